"""Money, percentages and quantities: the seed, corpus articles, Reuters 1987, and the traps.

Corpus articles are referred to by id; only the short value strings they contain are written
here, never their sentences.
"""

from __future__ import annotations

import datetime as dt
import json
from itertools import pairwise
from pathlib import Path

import pytest

from mineralwatch.extract.pipeline import extract
from mineralwatch.extract.values import BARE_DOLLAR, find_values
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article, Value

SEED_PUBLISHED = dt.date(2025, 10, 3)


def one(text: str, **kwargs: object) -> Value:
    """The single non-date value of ``text``."""
    found = [v for v in find_values(text, **kwargs) if v.type != "date"]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def by_text(values: list[Value], text: str) -> Value:
    hits = [v for v in values if v.text == text]
    assert hits, f"{text!r} not among {[v.text for v in values]}"
    return hits[0]


def fields(v: Value) -> dict[str, object]:
    return {k: x for k, x in v.to_dict().items() if k not in ("start", "end")}


# ----- the seed article ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_values(seed_path: Path) -> tuple[str, list[Value]]:
    text = seed_path.read_text(encoding="utf-8")
    return text, find_values(text, SEED_PUBLISHED)


def test_seed_money(seed_values: tuple[str, list[Value]]) -> None:
    _, values = seed_values
    money = [fields(v) for v in values if v.type == "money"]
    assert money == [
        {"type": "money", "text": "$500 Million", "amount": 500e6, "currency": "USD"},
        {"type": "money", "text": "$500 million", "amount": 500e6, "currency": "USD"},
        {"type": "money", "text": "$500 million", "amount": 500e6, "currency": "USD"},
        {"type": "money", "text": "$1 billion", "amount": 1e9, "currency": "USD",
         "approx": True},
        {"type": "money", "text": "$5 million", "amount": 5e6, "currency": "USD",
         "role": "market_cap"},
        {"type": "money", "text": "$0.44", "amount": 0.44, "currency": "USD",
         "role": "share_price"},
    ]


def test_seed_percent_and_dates(seed_values: tuple[str, list[Value]]) -> None:
    _, values = seed_values
    surge = by_text(values, "900%")
    assert (surge.type, surge.amount, surge.unit, surge.approx) == ("percent", 900.0, "%", True)
    dates = [(v.text, v.date, v.precision) for v in values if v.type == "date"]
    assert dates == [
        ("10/03/2025", "2025-10-03", "day"),
        ("last month", "2025-09", "month"),
        ("Thursday", "2025-10-02", "day"),
        ("September", "2025-09", "month"),
        ("August 2025", "2025-08", "month"),
        ("Thursday", "2025-10-02", "day"),
    ]


def test_seed_values_are_sorted_disjoint_and_point_at_their_text(
    seed_values: tuple[str, list[Value]],
) -> None:
    text, values = seed_values
    assert [v.start for v in values] == sorted(v.start for v in values)
    for a, b in pairwise(values):
        assert a.end <= b.start
    assert all(text[v.start:v.end] == v.text for v in values)


# ----- corpus articles (critical-minerals-news), by record id --------------------------------


def corpus_values(corpus_records: dict[str, dict], record_id: str,
                  default_dollar: str = "USD") -> list[Value]:
    record = corpus_records[record_id]
    published = dt.date.fromisoformat(record["published"][:10])
    return find_values(record["text"], published, default_dollar=default_dollar)


@pytest.mark.parametrize(("text", "expected"), [
    # syn-372, syn-287: a brief's move told by its sign after the listing
    ("Ouachita Gallium (NASDAQ:OGAL) -21.4% premarket after pricing an offering.", [-21.4]),
    ("Silver State Lithium (NYSE American:SSLC) -6.4% in Wednesday trading.", [-6.4]),
    # a range's dash is no sign
    ("grades of 2.4 -3.1% copper", [2.4, 3.1]),
])
def test_a_percentage_keeps_the_minus_written_before_it(text: str, expected: list) -> None:
    assert [v.amount for v in find_values(text) if v.type == "percent"] == expected


def test_argus_pc_is_per_cent_and_cedis_are_ghana_s() -> None:
    # syn-399, syn-396: the trade press's "pc" after a figure; Ghana's currency by its name
    values = find_values("Its shares fell 4.7pc; the outlay was about 570 million cedis.")
    assert [(v.type, v.amount, v.currency) for v in values] == [
        ("percent", 4.7, None), ("money", 570e6, "GHS")]


def test_a_rand_price_of_a_unit_needs_no_scale() -> None:
    # syn-123: "R4,200 a tonne" is a price in rand, though "R" alone may be a hole's letter
    [price] = find_values("The chrome ore price rose to R4,200 a tonne.")
    assert (price.amount, price.currency, price.role) == (4200, "ZAR", "unit_price")
    assert find_values("The drill hole R1.5 intersected ore; Section R3,500 applies.") == []


def test_a_price_line_s_percent_change_is_a_percentage() -> None:
    # syn-285: the market brief's price line prints the percentage without its sign
    for line, amount in (("Price: 3.87, Change: +1.14, Percent Change: +41.8", 41.8),
                         ("Price: 12.34, Change: -0.56, Percent Change: -4.3", -4.3)):
        assert [v.amount for v in find_values(line) if v.type == "percent"] == [amount]


def test_afr_range_and_loan(corpus_records: dict[str, dict]) -> None:
    # Iluka's refinery cost "$1.7 billion to $1.8 billion": two values, one per end.
    values = corpus_values(corpus_records, "cmn-001-2cfaabcdd3", default_dollar="AUD")
    low, high = by_text(values, "$1.7 billion"), by_text(values, "$1.8 billion")
    assert (low.amount, high.amount, low.currency, low.approx) == (1.7e9, 1.8e9, "AUD", False)
    assert high.start - low.end == len(" to ")
    assert by_text(values, "$1.25 billion").amount == 1.25e9
    assert by_text(values, "yesterday").date == "2024-02-21"


def test_afr_dollar_codes_and_wrapped_scale(corpus_records: dict[str, dict]) -> None:
    values = corpus_values(corpus_records, "cmn-002-a3a532af0f", default_dollar="AUD")
    us = by_text(values, "$US3.5 billion")
    assert (us.amount, us.currency) == (3.5e9, "USD")
    # The PDF export breaks the line between "$5.3" and "billion".
    local = next(v for v in values if v.text.startswith("$5.3"))
    assert (local.amount, local.currency) == (5.3e9, "AUD")


def test_hyphenated_range_takes_scale_of_high_end(corpus_records: dict[str, dict]) -> None:
    values = corpus_values(corpus_records, "cmn-008-5c1dbc9857", default_dollar="AUD")
    assert by_text(values, "$1.7").amount == 1.7e9
    assert by_text(values, "$1.8 billion").amount == 1.8e9


def test_press_release_prices_and_bounds(corpus_records: dict[str, dict]) -> None:
    values = corpus_values(corpus_records, "cmn-007-8aaa5e79a5")
    price = by_text(values, "A$0.865")
    assert (price.amount, price.currency, price.role) == (0.865, "AUD", "share_price")
    up_to = by_text(values, "US$63 million")
    assert (up_to.amount, up_to.currency, up_to.approx) == (63e6, "USD", True)
    tilde = by_text(values, "A$97 million")
    assert (tilde.amount, tilde.currency, tilde.approx) == (97e6, "AUD", True)


def test_thousands_and_millions_letters(corpus_records: dict[str, dict]) -> None:
    values = corpus_values(corpus_records, "cmn-112-4e32dada00")
    assert fields(by_text(values, "C$63.7K")) == {
        "type": "money", "text": "C$63.7K", "amount": 63700.0, "currency": "CAD"}
    assert by_text(values, "C$1.87M").amount == 1.87e6


def test_unit_price_and_yearly_capacity(corpus_records: dict[str, dict]) -> None:
    values = corpus_values(corpus_records, "cmn-126-d4a125b9a3")
    cost = by_text(values, "US$3,168 per tonne")
    assert (cost.amount, cost.currency, cost.role, cost.unit) == (3168.0, "USD", "unit_price", "t")
    plant = by_text(values, "25 ktpa")
    assert (plant.type, plant.amount, plant.unit, plant.tonnes) == ("quantity", 25.0, "kt/y",
                                                                    25000.0)
    attached = by_text(values, "28,000tpa")
    assert (attached.unit, attached.tonnes) == ("t/y", 28000.0)


def test_market_cap_lines(corpus_records: dict[str, dict]) -> None:
    cap = by_text(corpus_values(corpus_records, "cmn-065-3153941462"), "A$165.6M")
    assert (cap.amount, cap.currency, cap.role) == (165.6e6, "AUD", "market_cap")
    lynas = by_text(corpus_values(corpus_records, "cmn-042-44b88245a5", "AUD"), "$6.5 billion")
    assert lynas.role == "market_cap"


def test_valued_at_a_stockpile_is_not_market_cap(corpus_records: dict[str, dict]) -> None:
    stock = by_text(corpus_values(corpus_records, "cmn-009-7cafc83955", "AUD"), "$1 billion")
    assert (stock.approx, stock.role) == (True, None)


def test_dividend_cents_are_per_share(corpus_records: dict[str, dict]) -> None:
    dividend = by_text(corpus_values(corpus_records, "cmn-083-fcd314c98f"), "0.4 cents")
    assert (dividend.amount, dividend.role) == (0.004, "per_share")


def test_quantities_in_news(corpus_records: dict[str, dict]) -> None:
    output = by_text(corpus_values(corpus_records, "cmn-031-bd4427670c"), "159,000 tonnes")
    assert (output.amount, output.unit, output.tonnes) == (159000.0, "t", 159000.0)
    uranium = by_text(corpus_values(corpus_records, "cmn-102-8796d7ace9"), "2.203 million lbs")
    assert (uranium.amount, uranium.unit) == (2.203e6, "lb")
    assert uranium.tonnes == pytest.approx(999.264, abs=1e-3)
    concentrate = by_text(corpus_values(corpus_records, "cmn-021-633d92319e"), "1,400 DMT")
    assert (concentrate.unit, concentrate.tonnes, concentrate.approx) == ("dmt", 1400.0, True)


def test_grades_are_not_quantities(corpus_records: dict[str, dict]) -> None:
    values = corpus_values(corpus_records, "cmn-103-15143145a8")
    assert not [v for v in values if v.type == "quantity" and v.unit == "g"]


def test_every_corpus_value_points_at_its_text(corpus_records: dict[str, dict]) -> None:
    for record in corpus_records.values():
        text = record["text"]
        values = find_values(text, dt.date.fromisoformat(record["published"][:10]))
        assert all(text[v.start:v.end] == v.text for v in values), record["id"]
        assert all(a.end <= b.start for a, b in pairwise(values))
        assert all(v.type in ("money", "percent", "quantity", "date") for v in values)


# ----- Reuters 1987: "mln dlrs", "cts", "pct", short tons ------------------------------------


@pytest.fixture(scope="module")
def reuters(shared_dir: Path) -> dict[str, dict]:
    path = shared_dir / "corpora" / "reuters21578" / "metals-train.jsonl"
    with path.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def reuters_values(reuters: dict[str, dict], story: str) -> list[Value]:
    record = reuters[story]
    return find_values(record["body"], dt.date.fromisoformat(record["date"][:10]))


def test_reuters_style(reuters: dict[str, dict]) -> None:
    cathode = by_text(reuters_values(reuters, "22"), "66 cents a lb")
    assert (cathode.amount, cathode.currency, cathode.role, cathode.unit) == (
        0.66, "USD", "unit_price", "lb")
    loss = by_text(reuters_values(reuters, "37"), "22 cts")
    assert (loss.amount, loss.role) == (0.22, "per_share")
    borrowing = by_text(reuters_values(reuters, "81"), "64 mln dlrs")
    assert (borrowing.amount, borrowing.currency) == (64e6, "USD")
    sugar = reuters_values(reuters, "46")
    short = by_text(sugar, "5,988 short tons")
    assert (short.unit, short.tonnes) == ("short ton", pytest.approx(5432.222, abs=1e-3))
    assert by_text(sugar, "46,254 tons").tonnes == 46254.0
    share = by_text(reuters_values(reuters, "311"), "65 pct")
    assert (share.type, share.amount, share.approx) == ("percent", 65.0, True)


def ingested_values(reuters_articles: dict, story: str) -> list[Value]:
    """The values of a story as the pipeline reads it: cleaned, its wrapped lines joined."""
    article = reuters_articles[story]
    return find_values(article.text, dt.date.fromisoformat(article.published[:10]))


def test_reuters_dollars_named_by_their_country(reuters_articles: dict) -> None:
    trade = by_text(ingested_values(reuters_articles, "7640"), "428 mln Australian dlrs")
    assert (trade.amount, trade.currency) == (428e6, "AUD")
    plant = by_text(ingested_values(reuters_articles, "6968"), "52.3 billion Taiwan dlrs")
    assert (plant.amount, plant.currency) == (52.3e9, "TWD")
    zinc = ingested_values(reuters_articles, "3183")
    assert by_text(zinc, "37 U.S. cts").currency == "USD"
    assert by_text(zinc, "50 Canadian cts a pound").currency == "CAD"


def test_reuters_spelled_percentages_and_dollars(reuters_articles: dict) -> None:
    exports = by_text(ingested_values(reuters_articles, "6189"), "nine pct")
    assert (exports.type, exports.amount) == ("percent", 9.0)
    earnings = ingested_values(reuters_articles, "5888")
    assert (by_text(earnings, "one dlr").amount, by_text(earnings, "four dlrs").amount) == (
        1.0, 4.0)
    bought = by_text(ingested_values(reuters_articles, "7640"), "170.5 mln")  # "… worth of"
    assert (bought.amount, bought.currency) == (170.5e6, "AUD")


def test_reuters_amount_written_without_its_currency(reuters_articles: dict) -> None:
    """The currency of the amount before it in the paragraph; not a count of something."""
    loss = ingested_values(reuters_articles, "3613")
    assert {(v.text, v.amount, v.currency) for v in loss if v.type == "money"} >= {
        ("83 mln markka", 83e6, "FIM"), ("355 mln", 355e6, "FIM"), ("171.2 mln", 171.2e6, "FIM")}
    sales = by_text(ingested_values(reuters_articles, "11918"), "44.32 billion")
    assert (sales.amount, sales.currency) == (44.32e9, "DEM")
    profit = by_text(ingested_values(reuters_articles, "3684"), "2.74 mln")
    assert (profit.amount, profit.currency) == (2.74e6, "GBP")  # after "5.56 mln stg"
    # "… against 6.9 billion a year earlier." (a comparison before the full stop), "… and
    # 3.41 billion during the first quarter".
    exports = by_text(ingested_values(reuters_articles, "13274"), "6.9 billion")
    assert (exports.amount, exports.currency) == (6.9e9, "USD")
    surplus = ingested_values(reuters_articles, "11771")
    assert {(v.text, v.currency) for v in surplus if v.type == "money"} >= {
        ("3.41 billion", "USD"), ("3.81 billion", "USD")}
    # In the next sentence, after a comparison word: "This was 5.19 pct up from 49.98 billion
    # at the end of November".
    supply = extract(reuters_articles["7029"]).values  # Manila's pesos: the story's country
    assert {(v.text, v.currency) for v in supply if v.type == "money"} >= {
        ("49.98 billion", "PHP"), ("37.09 billion", "PHP")}
    assert [v.text for v in find_values("It raised $5 million and has 120 million shares. "
                                        "China has 1.4 billion people.")] == ["$5 million"]
    assert [v.text for v in find_values("It raised $5 million.\n\nIt holds 2 million in "
                                        "trust.")] == ["$5 million"]  # another paragraph
    sales = find_values("Sales were 40 mln dlrs from 30 mln to 35 mln.")  # a range, as one
    assert [(v.text, v.currency) for v in sales] == [("40 mln dlrs", "USD"), ("30 mln", "USD"),
                                                     ("35 mln", "USD")]
    assert [v.text for v in find_values("It had 20 mln stg. It employs 3 mln at the plant. "
                                        "It raised $5 million for 30 million to 40 million "
                                        "people.")] == ["20 mln stg", "$5 million"]


# ----- the brief's examples and the traps ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A$1.2bn", {"amount": 1.2e9, "currency": "AUD"}),
        ("US$ 475 million", {"amount": 475e6, "currency": "USD"}),
        ("A$475m", {"amount": 475e6, "currency": "AUD"}),
        ("C$40 million", {"amount": 40e6, "currency": "CAD"}),
        ("CA$40 million", {"amount": 40e6, "currency": "CAD"}),
        ("€300m", {"amount": 300e6, "currency": "EUR"}),
        ("£12 million", {"amount": 12e6, "currency": "GBP"}),
        ("¥7 billion", {"amount": 7e9, "currency": "CNY"}),
        ("RMB 2 billion", {"amount": 2e9, "currency": "CNY"}),
        ("2 billion yuan", {"amount": 2e9, "currency": "CNY"}),
        ("HK$366.4", {"amount": 366.4, "currency": "HKD"}),
        ("Rs 500 crore", {"amount": 5e9, "currency": "INR"}),
        ("800 rupees", {"amount": 800.0, "currency": "INR"}),
        ("66 mln dlrs", {"amount": 66e6, "currency": "USD"}),
        ("1.5 bln dlrs", {"amount": 1.5e9, "currency": "USD"}),
        ("$1.8B", {"amount": 1.8e9, "currency": "USD"}),
        ("$5 million", {"amount": 5e6, "currency": "USD"}),
        ("a $4.6-billion package", {"amount": 4.6e9, "currency": "USD"}),
        ("$517.3 million", {"amount": 517.3e6, "currency": "USD"}),
        ("14¢", {"amount": 0.14, "currency": "USD"}),
        ("five million dollars", {"amount": 5e6, "currency": "USD"}),
        ("ZAR 3 billion", {"amount": 3e9, "currency": "ZAR"}),
        ("SEK 100 million", {"amount": 100e6, "currency": "SEK"}),
        ("Rp 2 trillion", {"amount": 2e12, "currency": "IDR"}),
        ("$1.5 million CAD", {"amount": 1.5e6, "currency": "CAD"}),
    ],
)
def test_money_forms(text: str, expected: dict[str, object]) -> None:
    value = one(text)
    assert value.type == "money"
    assert {k: getattr(value, k) for k in expected} == expected
    assert value.text == text.removeprefix("a ").removesuffix(" package")


def test_a_percentage_after_a_month_is_no_day() -> None:
    """"output for January-August 1.8% below": "August 1" is no date; "August 1, 2024" is."""
    found = find_values("Output for the eight months was 1.8% below, and in August 1.8% "
                        "below; on August 1, 2024 it said so.", published=dt.date(2024, 9, 1))
    assert [(v.type, v.text) for v in found] == [
        ("percent", "1.8%"), ("date", "August"), ("percent", "1.8%"), ("date", "August 1, 2024")]


def test_percentages_joined_by_a_slash() -> None:
    """An analyst's "by 8%/11%" gives two percentages; a date's "10/03" gives none."""
    found = find_values("We raise FY25E/FY26E EBITDA by 8%/11% from 10/03 levels.")
    assert [v.amount for v in found if v.type == "percent"] == [8.0, 11.0]


def test_a_currency_code_beside_a_year_or_version_is_no_amount() -> None:
    found = find_values("Talks at COP28 and COP 28 in Dubai; Hong Kong SAR 2023 figures; "
                        "the site runs on PHP 8.")
    assert [v for v in found if v.type == "money"] == []


def test_a_currency_code_before_a_price_per_share_or_unit_is_an_amount() -> None:
    found = find_values("The broker values the miner at SEK 19 per share, with concentrate "
                        "priced at USD 12 per pound.")
    assert [(v.amount, v.currency, v.role) for v in found if v.type == "money"] == [
        (19.0, "SEK", "share_price"), (12.0, "USD", "unit_price")]


def test_ringgit_letters_read_like_a_code() -> None:
    """"RM" are letters of other things too ("Room RM12"): money with a scale, decimals or a
    price per unit, as a code before a number is; "KSh" names only the shilling."""
    assert [v for v in find_values("Meet in Room RM12.") if v.type == "money"] == []
    found = find_values("Its shares rose 8% to RM1.12, the levy is RM50 per tonne and diesel "
                        "costs KSh 180 per litre.")
    assert [(v.amount, v.currency) for v in found if v.type == "money"] == [
        (1.12, "MYR"), (50.0, "MYR"), (180.0, "KES")]


def test_cents_glued_to_the_number() -> None:
    """An Australian or South African price's "21.5c" and a dividend's "6c/sh" are hundredths
    of the story's dollar; a glued "c" where nothing is priced is none ("section 4c", "40c", a
    year's letter in a reference list: "Dion 1998c.")."""
    found = find_values("The shares closed at 21.5c after a dividend of 6c/sh. Dion (1998c.) "
                        "had mapped the belt.", default_dollar="AUD")
    assert [(v.text, v.amount, v.currency) for v in found if v.type == "money"] == [
        ("21.5c", 0.215, "AUD"), ("6c", 0.06, "AUD")]
    unpriced = find_values("See section 4c of the Act: cells charged at 0.5c for 1000 cycles "
                           "at 40c, as in hole 24c.")
    assert [v for v in unpriced if v.type == "money"] == []
    # South African news writes the rand's cents so
    [rand] = [v for v in find_values("Headline earnings per share fell to 418c.",
                                     country="country:ZA") if v.type == "money"]
    assert (rand.amount, rand.currency) == (4.18, "ZAR")


@pytest.mark.parametrize(
    "qualifier",
    ["about", "around", "nearly", "almost", "roughly", "some", "more than", "over", "up to",
     "approximately", "~"],
)
def test_qualifiers_make_approx(qualifier: str) -> None:
    sep = "" if qualifier == "~" else " "
    value = one(f"spending {qualifier}{sep}$1 billion on it")
    assert (value.amount, value.approx, value.text) == (1e9, True, "$1 billion")


def test_exact_amount_is_not_approx_after_a_word_ending_like_a_qualifier() -> None:
    assert one("the turnover $5 million").approx is False


def test_default_dollar_for_australian_sources() -> None:
    assert one("a $500 million loan", default_dollar="AUD").currency == "AUD"
    assert one("a US$500 million loan", default_dollar="AUD").currency == "USD"
    assert one("paid 4 cents a share", default_dollar="AUD").currency == "AUD"


def test_range_gives_two_exact_values() -> None:
    low, high = find_values("a cost of $1.7 to $1.8 billion")
    assert (low.text, low.amount, high.amount) == ("$1.7", 1.7e9, 1.8e9)
    assert not low.approx and not high.approx
    low, high = find_values("margins of 5-10%")
    assert (low.type, low.amount, low.unit, high.amount) == ("percent", 5.0, "%", 10.0)
    low, high = find_values("between 3 and 5 per cent")
    assert (low.type, low.amount, high.amount) == ("percent", 3.0, 5.0)
    # Only the low end carries the currency, only the high end the scale.
    low, high = find_values("capital costs of US$1.2-1.5 billion")
    assert [(v.type, v.amount, v.currency) for v in (low, high)] == \
        [("money", 1.2e9, "USD"), ("money", 1.5e9, "USD")]


def test_and_joins_a_range_only_after_between() -> None:
    values = find_values("output in 2024 and 5% of supply")
    assert [(v.type, v.text) for v in values] == [("date", "2024"), ("percent", "5%")]


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("900%", 900.0, "%"),
        ("50 per cent", 50.0, "%"),
        ("3.5 percent", 3.5, "%"),
        ("12 pct", 12.0, "%"),
        ("2.5 percentage points", 2.5, "pp"),
        ("25 basis points", 25.0, "bp"),
        ("66⅔%", 66.0 + 2 / 3, "%"),  # a vulgar fraction glued to the number
        ("12½ per cent", 12.5, "%"),
    ],
)
def test_percentages(text: str, amount: float, unit: str) -> None:
    value = one(text)
    assert (value.type, value.amount, value.unit, value.text) == ("percent", amount, unit, text)


@pytest.mark.parametrize(
    ("text", "amount", "unit", "tonnes"),
    [
        ("45,000 tons", 45000.0, "t", 45000.0),
        ("120 tonnes", 120.0, "t", 120.0),
        ("96,720t", 96720.0, "t", 96720.0),
        ("12 kt", 12.0, "kt", 12000.0),
        ("30 thousand tonnes", 30000.0, "t", 30000.0),
        ("1.5 million tonnes", 1.5e6, "t", 1.5e6),
        ("2.5m tonnes", 2.5e6, "t", 2.5e6),
        ("15 Mt", 15.0, "Mt", 1.5e7),
        ("5 Mtpa", 5.0, "Mt/y", 5e6),
        ("20,000 tonnes per annum", 20000.0, "t/y", 20000.0),
        ("3,000 tons per year", 3000.0, "t/y", 3000.0),
        ("1,000 lb", 1000.0, "lb", 0.45359237),
        ("288,500 pounds", 288500.0, "lb", 130.8614),
        ("100,000 oz", 100000.0, "oz", 3.11034768),
        ("2 Moz", 2.0, "Moz", 62.2069536),
        ("500 kg", 500.0, "kg", 0.5),
        ("10 short tons", 10.0, "short ton", 9.0718474),
        ("8,000 wmt", 8000.0, "wmt", 8000.0),
        ("7,500 dmt", 7500.0, "dmt", 7500.0),
        ("two million tons", 2e6, "t", 2e6),
        ("40 GWh", 40.0, "GWh", None),
        ("640 000 t", 640000.0, "t", 640000.0),  # thousands grouped by spaces, the SI way
        ("1\u00a0250\u00a0000 tonnes", 1250000.0, "t", 1250000.0),
    ],
)
def test_quantities(text: str, amount: float, unit: str, tonnes: float | None) -> None:
    value = one(text)
    assert (value.type, value.amount, value.unit, value.text) == ("quantity", amount, unit, text)
    assert value.tonnes == (pytest.approx(tonnes, rel=1e-6) if tonnes is not None else None)


def test_numbers_grouped_by_spaces_are_one_only_before_a_unit() -> None:
    """A year before a spaced figure stays apart; a telephone number is no quantity."""
    assert [(v.type, v.amount) for v in find_values("In 2023 40 000 t were sold.")
            if v.type == "quantity"] == [("quantity", 40000.0)]
    assert not [v for v in find_values("Call +1 604 555 0187 or write.") if v.type == "quantity"]


def test_commodity_after_of_is_left_to_the_lead() -> None:
    value = one("the plant will produce 45,000 tons of REO a year")
    assert (value.text, value.tonnes) == ("45,000 tons", 45000.0)


@pytest.mark.parametrize("text", ["560g/t silver", "2.5 g/t gold", "1,505 ppm TREO"])
def test_grades_are_skipped(text: str) -> None:
    assert find_values(text) == []


@pytest.mark.parametrize("text",
                         ["200 billion tonne-miles", "12 mln ton-km", "5 mln tonne miles"])
def test_transport_work_is_no_weight(text: str) -> None:
    """Reuters-21578's "seaborne iron ore trade of 200 billion tonne-miles" weighs nothing."""
    assert find_values(text) == []


@pytest.mark.parametrize(("text", "amount"), [("2.1% TREO", 2.1), ("1.2% Li2O", 1.2),
                                              ("0.13% Cu", 0.13)])
def test_grades_in_per_cent_are_percentages(text: str, amount: float) -> None:
    value = one(text)
    assert (value.type, value.amount, value.unit, value.role) == ("percent", amount, "%", "grade")


@pytest.mark.parametrize("text", ["produces about 80% of the world's supply",
                                  "accounts for 70 per cent of global extraction",
                                  "more than 90% of world output"])
def test_a_share_of_the_worlds_supply_says_so(text: str) -> None:
    """A share of the world's supply is a percentage that changes nothing (role
    "world_share"): no price's move, no tariff's rate."""
    [value] = find_values(text)
    assert (value.type, value.role) == ("percent", "world_share")


@pytest.mark.parametrize(
    "text",
    ["Form 10-K", "Appendix 5B", "a 400m drill hole", "Q3 results", "U3O8 grades",
     "CSPG1", "Length: 487 words", "Page 1 of 2", "at 10:43:39"],
)
def test_bare_numbers_are_not_values(text: str) -> None:
    assert [v for v in find_values(text) if v.type != "date"] == []


def test_at_is_not_a_per_tonne_price() -> None:
    value = one("US$53.7 million at completion")
    assert (value.text, value.role, value.unit) == ("US$53.7 million", None, None)


@pytest.mark.parametrize(
    ("text", "role", "span"),
    [
        ("shares soared to close at $0.44 on Thursday", "share_price", "$0.44"),
        ("priced at US$4.35 per share", "share_price", "US$4.35"),
        ("the stock fell 3.6 per cent to $5.98", "share_price", "$5.98"),
        ("Pilbara Minerals rise 1.7% to A$2.16", "share_price", "A$2.16"),
        ("shares closed up 17 per cent at 14¢ yesterday", "share_price", "14¢"),
        ("an oversubscribed C$4.2 million placement at C$0.22", "share_price", "C$0.22"),
        ("up to 14,285,714 units at C$0.42 per unit", "share_price", "C$0.42"),
        ("a loss of 70 cents per share", "per_share", "70 cents"),
        ("an interim dividend of four cents a share", "per_share", "four cents"),
        ("explorer Lithium Corp, valued at just $5 million", "market_cap", "$5 million"),
        ("a market capitalisation of $320 million", "market_cap", "$320 million"),
        ("a $2.5 billion market cap", "market_cap", "$2.5 billion"),
        ("a deal valued at $500 million", None, "$500 million"),
        ("shares in the company raised $5 million", None, "$5 million"),
        ("copper at $9,358 a metric ton", "unit_price", "$9,358 a metric ton"),
        ("uranium at $65 per pound", "unit_price", "$65 per pound"),
        ("lithium at $12/kg", "unit_price", "$12/kg"),
        ("a record $920/metric ton from $558 on Friday", "unit_price", "$558"),
        ("zinc was up 0.8% to $2,868.5, tin was up", None, "$2,868.5"),
        ("it received an average price of $US1891 for the zircon", None, "$US1891"),
    ],
)
def test_money_roles(text: str, role: str | None, span: str) -> None:
    value = by_text([v for v in find_values(text) if v.type == "money"], span)
    assert value.role == role


def test_cents_are_hundredths() -> None:
    value = one("a price cut of 0.75 cent")
    assert (value.amount, value.currency) == (0.0075, "USD")


def test_a_wire_s_singular_ct_and_a_mark_sum_before_its_noun() -> None:
    money = [(v.text, v.amount, v.currency) for v in find_values(
        "The loss was one ct a share; the price moves 0.020 ct per degree.") if v.type == "money"]
    assert money == [("one ct", 0.01, "USD"), ("0.020 ct", 0.0002, "USD")]
    money = [(v.text, v.amount, v.currency) for v in find_values(
        "It will pay a 4.5 mln mark dividend, down from 6.1 mln.") if v.type == "money"]
    assert money == [("4.5 mln mark", 4.5e6, "DEM"), ("6.1 mln", 6.1e6, "DEM")]
    assert not [v for v in find_values("Gold held above the 400 mark.") if v.type == "money"]


@pytest.mark.parametrize("text", ["US$350/mtu", "$4.32/dmtu", "$330 a tonne unit"])
def test_a_concentrate_priced_by_the_tonne_unit(text: str) -> None:
    value = one(text)
    assert (value.role, value.unit) == ("unit_price", "mtu" if "dmtu" not in text else "dmtu")


def test_years_that_are_quantities_are_not_dates() -> None:
    values = find_values("exports of 2,000 tonnes and 2000 tonnes", dt.date(2025, 1, 1))
    assert [(v.type, v.text) for v in values] == [
        ("quantity", "2,000 tonnes"), ("quantity", "2000 tonnes")]


def test_dates_are_merged_without_overlap() -> None:
    values = find_values("In August 2025, it paid $5 million; on Thursday it shipped 20 t.",
                         SEED_PUBLISHED)
    assert [(v.type, v.text) for v in values] == [
        ("date", "August 2025"), ("money", "$5 million"), ("date", "Thursday"),
        ("quantity", "20 t")]


# ----- signs, Hong Kong dollars, lost spaces -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [("a loss of (-$1.09) a share", -1.09), ("a loss of -US$2.5 million", -2.5e6),
     ("a range of $12-$15/kg", 12.0)],
)
def test_minus_sign_before_the_currency(text: str, amount: float) -> None:
    assert next(v for v in find_values(text) if v.type == "money").amount == amount


def test_corpus_signs_and_codes(corpus_records: dict[str, dict]) -> None:
    loss = by_text(corpus_values(corpus_records, "cmn-089-d0c010c60b"), "-$1.09")
    assert (loss.amount, loss.role) == (-1.09, "per_share")
    values = corpus_values(corpus_records, "cmn-028-4ad9a25a8b", "AUD")
    assert fields(by_text(values, "$HK60 million"))["currency"] == "HKD"
    assert by_text(values, "$HK10,000").amount == 10000.0
    grade = by_text(corpus_values(corpus_records, "cmn-058-c035f832c6"), "0.31% U3O8")
    assert (grade.type, grade.amount, grade.approx) == ("percent", 0.31, True)
    glued = by_text(corpus_values(corpus_records, "cmn-053-7e4c5e02a9"), "70%")
    assert (glued.amount, glued.approx) == (70.0, True)


@pytest.mark.parametrize("text", ["CO2", "the H2 plan", "U3O8%", "km2"])
def test_letters_against_a_number_still_hide_it(text: str) -> None:
    assert [v for v in find_values(text) if v.type != "date"] == []


def test_bare_dollar_can_be_left_unresolved() -> None:
    assert one("a $5 million grant", default_dollar=BARE_DOLLAR).currency == "$"
    assert one("a C$5 million grant", default_dollar=BARE_DOLLAR).currency == "CAD"


# ----- what a bare "$" means: source, home listing, what the text says, the exchange --------


@pytest.fixture(scope="module")
def articles(corpus_path: Path) -> dict[str, Article]:
    return {a.id: a for a in read_sources([str(corpus_path)]) if isinstance(a, Article)}


def money_of(articles: dict[str, Article], record_id: str) -> dict[str, str | None]:
    return {v.text: v.currency for v in extract(articles[record_id]).values
            if v.type == "money"}


def test_dollar_of_an_australian_paper(articles: dict[str, Article]) -> None:
    assert money_of(articles, "cmn-001-2cfaabcdd3")["$1.25 billion"] == "AUD"


@pytest.mark.parametrize(("masthead", "currency"), [
    ("The Australian | March 4, 2025 Tuesday | Australian Edition", "AUD"),
    ("REPORT ON BUSINESS · MINING", "CAD"),
    ("Canada.ca › Natural Resources Canada › News", "CAD"),  # a breadcrumb (syn-256)
    ("The Australian dollar slid overnight", "USD"),  # a sentence, no masthead
])
def test_dollar_of_a_masthead_when_the_feed_names_no_source(masthead: str,
                                                           currency: str) -> None:
    text = (f"Miner lifts output\n\n{masthead}\n\nThe miner will spend $25m on a new crusher "
            "at its mine, it said.")
    for source in (None, "Nexis Uni"):  # no source, or a database that exported the page
        article = Article(id="masthead", title="Miner lifts output", text=text,
                          published="2025-03-04", source=source)
        assert {v.currency for v in extract(article).values if v.type == "money"} == {currency}


def test_canadian_release_that_says_nothing_counts_in_us_dollars(
        articles: dict[str, Article]) -> None:
    # A TSX-V junior's release on a US Department of Defense grant.
    money = money_of(articles, "cmn-019-5afb0c36c8")
    assert (money["$49.8M"], money["$37.3M"]) == ("USD", "USD")
    # A rubidium price per tonne in a TSX-listed company's release.
    assert money_of(articles, "cmn-103-15143145a8")["$1 million per tonne"] == "USD"


def test_canadian_release_that_names_its_dollar(articles: dict[str, Article]) -> None:
    # Skyharbour writes "CAD $3,345,000" once; its bare amounts are Canadian too.
    money = money_of(articles, "cmn-058-c035f832c6")
    assert (money["$1,000,000"], money["$0.40"]) == ("CAD", "CAD")


def test_a_metal_price_per_unit_is_in_us_dollars_where_a_release_names_its_own() -> None:
    """A release that writes "C$" for its own sums still quotes a metal's price per tonne in
    US dollars, as the world's markets do (syn-07, syn-233)."""
    text = ("Northbridge Copper Corp. (TSX: NBCU) closed its C$40 million bought deal. Its "
            "budget is $12 million. Copper traded near $9,900 a tonne this week.")
    article = Article(id="c-dollars", title="Northbridge closes financing", text=text,
                      published="2024-10-02")
    money = {v.text: v.currency for v in extract(article).values if v.type == "money"}
    assert money == {"C$40 million": "CAD", "$12 million": "CAD", "$9,900 a tonne": "USD"}
    # a cost per unit is the company's own, in its own dollar
    costs = Article(id="c-costs", title="Pilbara quarter", published="2024-10-02", text=(
        "Pilbara Minerals (ASX: PLS) said A$ costs rose. Its cash costs were $650 a tonne."))
    assert [v.currency for v in extract(costs).values if v.type == "money"] == ["AUD"]


def test_a_share_price_is_in_the_dollar_of_its_companys_only_exchange() -> None:
    """A share price the text gives no dollar or exchange for is in the dollar of the
    exchanges listing the companies its sentence names, when they have one: Arafura (ASX)
    and Lynas (ASX, and an over-the-counter quote in New York that is not its home) in
    Australian cents, MP Materials (NYSE) in US dollars."""
    text = ("Arafura Rare Earths jumped 10% to 21 cents. Lynas Rare Earths fell 2% to 48 "
            "cents. MP Materials rose 3% to $21.50.")
    article = Article(id="t", title="", text=text, published="2025-05-01")
    money = {v.text: v.currency for v in extract(article).values if v.type == "money"}
    assert money == {"21 cents": "AUD", "48 cents": "AUD", "$21.50": "USD"}


def test_a_share_price_is_in_the_dollar_of_the_one_exchange_the_text_names() -> None:
    """A company no listing or registry places, in a story that names one exchange by name
    (it "told the ASX"): its share price is in that exchange's dollar."""
    text = ("Quandong Gallium told the ASX it had won a A$40 million grant. "
            "Quandong shares closed 9% higher at 31¢.")
    article = Article(id="t", title="", text=text, published="2025-05-01")
    money = {v.text: v.currency for v in extract(article).values if v.type == "money"}
    assert money["31¢"] == "AUD"


def test_a_story_of_another_country_marks_the_home_dollar_and_writes_us_dollars_bare() -> None:
    """News of a Canadian-listed miner's project abroad writes "C$" for its share price and a
    bare "$" for the project's sums, in US dollars (syn-41, syn-233); a story of Canada itself
    keeps them Canadian (``test_a_metal_price_per_unit_…``, cmn-058)."""
    text = ("A court in Argentina's Salta province annulled the permit for Andes Brine Corp's "
            "(TSXV: ABC) lithium project in Argentina. The shares fell 30% to C$0.21. The "
            "project was to cost $740 million.")
    article = Article(id="abroad", title="Salta court annuls permit", text=text,
                      published="2024-11-20")
    money = {v.text: v.currency for v in extract(article).values if v.type == "money"}
    assert money == {"C$0.21": "CAD", "$740 million": "USD"}


def test_an_offer_of_cash_for_each_share_is_in_the_dollar_of_its_exchange() -> None:
    """"Samudra will pay 62¢ cash for each Coolgardie share" (syn-230), in a story of
    Indonesia's bidder: a per-share sum, in the dollar of the target's exchange."""
    article = Article(id="per-share", title="Kestrel Lithium (ASX: KLI)", published="2025-09-29",
                      text="Kestrel Lithium (ASX: KLI) is in Indonesia's sights. The bidder will "
                           "pay 62¢ cash for each Kestrel share.")
    [money] = [v for v in extract(article).values if v.type == "money"]
    assert (money.currency, money.role) == ("AUD", "per_share")


def test_share_price_takes_the_dollar_of_its_exchange(articles: dict[str, Article]) -> None:
    # MT Newswires, no listing in the text: "... on the Canadian Securities Exchange".
    money = money_of(articles, "cmn-055-7778e3e054")
    assert (money["$0.66"], money["$1.99"], money["$2.04"]) == ("CAD", "CAD", "CAD")
    # A placement price of a company listed at home in Canada, the text silent on currency.
    assert money_of(articles, "cmn-096-f75ba9b809")["$0.075"] == "CAD"
    # A US company's share price in a Reuters story.
    assert money_of(articles, "cmn-084-4244decc86")["$78.50"] == "USD"


def test_reuters_dollars_of_a_toronto_share_price(shared_dir: Path) -> None:
    # Reuters 1987: "shares rose 40 cts to 4.75 dlrs in trading on the Toronto Stock Exchange".
    path = shared_dir / "corpora" / "reuters21578" / "metals-train.jsonl"
    article = next(a for a in read_sources([str(path)])
                   if isinstance(a, Article) and a.id == "5567")
    money = {v.text: (v.currency, v.role) for v in extract(article).values if v.type == "money"}
    assert money["40 cts"] == money["4.75 dlrs"] == ("CAD", "share_price")


@pytest.mark.parametrize(("text", "amount"), [("a twenty-five percent (25%) interest", 25.0),
                                              ("forty-five cents a share", 0.45)])
def test_hyphenated_number_words(text: str, amount: float) -> None:
    assert find_values(text)[0].amount == amount


@pytest.mark.parametrize("text", ["twenty-twenty tonnes", "Ressources Naturelles, RG 96-11, 28pp."])
def test_not_numbers_of_a_unit(text: str) -> None:
    assert [v for v in find_values(text) if v.type != "date"] == []


def test_a_spelled_number_opening_a_sentence() -> None:
    """"Two mln dlrs …" at a sentence's start: number words are read in any case."""
    found = [(v.text, v.amount, v.currency) for v in
             find_values("Two mln dlrs were paid. Twenty-Five million tonnes.", "1987-03-11")]
    assert found == [("Two mln dlrs", 2_000_000.0, "USD"),
                     ("Twenty-Five million tonnes", 25_000_000.0, None)]


# ----- wire conventions: fractions, spelled ranges, the bureau's own currency ----------------


@pytest.mark.parametrize(("text", "amount"), [
    ("prices rise by 1-1/2 cts per pound", 0.015),
    ("will rise by 3/4 cts per pound", 0.0075),
    ("high grade zinc is 49-1/2 Canadian cents a pound", 0.495),
    ("the prime rate of 8-1/2 pct", 8.5),
])
def test_wire_fractions(text: str, amount: float) -> None:
    assert one(text).amount == amount


@pytest.mark.parametrize("text", ["open 24/7 pct of the time", "a 3/2 pct split", "on 10/03 dlrs"])
def test_no_fraction_of_more_than_one_or_a_date(text: str) -> None:
    assert [v for v in find_values(text) if v.type in ("money", "percent")] == []


def test_spelled_numbers_with_a_qualifier_and_spelled_ranges() -> None:
    found = [(v.text, v.amount, v.currency) for v in find_values(
        "Prices fell one U.S. cent and one Canadian cent. Bolivia hopes for five to six "
        "billion dlrs. A loss of 4.2 mln or 10 pct.")]
    assert found == [("one U.S. cent", 0.01, "USD"), ("one Canadian cent", 0.01, "CAD"),
                     ("five", 5e9, "USD"), ("six billion dlrs", 6e9, "USD"),
                     ("10 pct", 10.0, None)]


def test_hong_kong_dollars_written_h_k() -> None:
    assert one("traded at 3,805 H.K. Dlrs a tael").currency == "HKD"


@pytest.mark.parametrize(("country", "published", "currency"), [
    ("country:FR", None, "FRF"), ("country:BE", None, "BEF"), ("country:CH", None, "CHF"),
    ("country:ML", "2025-03-03", "XOF"), (None, "1987-03-31", "FRF"), (None, "2025-03-03", None)])
def test_francs_are_those_of_the_story_country(country: str | None, published: str | None,
                                               currency: str | None) -> None:
    """A story of no listed country counts French francs before the euro, and no franc after
    it (a Malian, Congolese or Swiss one)."""
    day = dt.date.fromisoformat(published) if published else None
    found = [(v.amount, v.currency) for v in find_values(
        "a net loss of 5.54 billion francs vs a loss of 10.93 billion.", day, country=country)
        if v.type == "money"]
    assert found == ([(5.54e9, currency), (10.93e9, currency)] if currency else [])


def test_qualified_francs_and_pesos_of_no_known_country() -> None:
    found = [(v.text, v.currency) for v in find_values(
        "It paid 20 billion CFA francs and 3 billion Congolese francs, and 200 mln pesos.",
        dt.date(2025, 3, 3), country="country:CM")]
    assert found == [("20 billion CFA francs", "XAF"), ("3 billion Congolese francs", "CDF")]


def test_a_named_franc_is_its_own() -> None:
    assert one("sold at 500 Belgian francs each", country="country:FR").currency == "BEF"


def test_francs_and_pesos_of_wire_stories_by_their_dateline(reuters_articles: dict) -> None:
    """PARIS and MANILA datelines: "billion francs" are French, "mln pesos" Philippine."""
    paris = money_of(reuters_articles, "11413")
    assert paris["5.54 billion francs"] == paris["10.93 billion"] == "FRF"
    assert money_of(reuters_articles, "7029")["597 mln pesos"] == "PHP"


def test_dlrs_of_a_story_filed_from_australia(reuters_articles: dict) -> None:
    """A Melbourne or Sydney wire writes its own dollar bare ("165 mln dlrs"), per-share
    cents too; a Toronto one writes "Canadian dlrs" and its bare dollars stay US."""
    comalco = money_of(reuters_articles, "921")
    assert comalco["165 mln dlrs"] == comalco["four cents"] == "AUD"
    assert money_of(reuters_articles, "5788")["10 mln dlrs"] == "AUD"
    # "SURFERS PARADISE, Australia, March 23": a dateline city the vocabulary lacks.
    assert money_of(reuters_articles, "8134")["0.80 dlrs"] == "AUD"
    toronto = money_of(reuters_articles, "448")
    assert [c for t, c in toronto.items() if "Canadian" in t] == ["CAD"]
    assert {c for t, c in toronto.items() if "Canadian" not in t} == {"USD"}


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("R1.2 billion", 1.2e9, "ZAR"), ("R500m", 5e8, "ZAR"),
    ("CAD$5 million", 5e6, "CAD"), ("CDN$2.5 million", 2.5e6, "CAD"),
    ("N$200 million", 2e8, "NAD"), ("₩1 trillion", 1e12, "KRW"),
    ("1 trillion rupiah", 1e12, "IDR"), ("3.2 billion reais", 3.2e9, "BRL"),
    ("5 billion roubles", 5e9, "RUB"), ("19 mln kwacha", 19e6, "ZMW"),
    ("20 billion Swedish kronor", 2e10, "SEK"),
    ("RM620 million", 6.2e8, "MYR"), ("KSh 18 billion", 1.8e10, "KES"),
    ("186 million zł", 1.86e8, "PLN"), ("38 million birr", 3.8e7, "ETB"),
    ("87.40 Swedish crowns", 87.4, "SEK"), ("4.5 billion kronor", 4.5e9, "SEK"),
])
def test_currencies_of_mining_countries(text: str, amount: float, currency: str) -> None:
    value = one(text)
    assert (value.amount, value.currency) == (amount, currency)


def test_a_currency_before_its_redenomination_keeps_its_old_code() -> None:
    """"a net loss of 718 mln kwacha in 1986", reported in 1987: the kwacha before 2013 (ZMK);
    pesos of 1987 Mexico are MXP."""
    old = [v for v in find_values("a net loss of 718 mln kwacha", published=dt.date(1987, 3, 1))
           if v.type == "money"]
    assert [(v.amount, v.currency) for v in old] == [(718e6, "ZMK")]
    pesos = [v for v in find_values("597 mln pesos", published=dt.date(1987, 3, 1),
                                    country="country:MX") if v.type == "money"]
    assert [v.currency for v in pesos] == ["MXP"]
    # two redenominations: the bolivar of 1987 (VEB), of 2012 (VEF) and of today (VES)
    for year, code in ((1987, "VEB"), (2012, "VEF"), (2024, "VES")):
        [bolivars] = find_values("will invest 75 billion bolivars", published=dt.date(year, 3, 30))
        assert (bolivars.amount, bolivars.currency) == (75e9, code)


def test_a_holding_and_a_ships_size_are_marked_as_such() -> None:
    """"the 60 pct-owned Agnew Nickel mine": a holding, which no price move may take; "99.5
    pct purity aluminium": a metal's purity (Reuters-21578 11767); "75,453 tonnes dw": a ship's
    deadweight, which no shipment carries."""
    [held, moved] = find_values("its 60 pct-owned mine, as prices fell 5 pct")
    assert (held.amount, held.role) == (60.0, "owned") and moved.role is None
    [purity, _] = find_values("raised the list price of 99.5 pct purity ingot to 2,050 dlrs")
    assert (purity.amount, purity.role) == (99.5, "purity")
    [ship] = find_values("the bulk carrier Envoy, 75,453 tonnes dw, was grounded")
    assert (ship.amount, ship.unit, ship.role) == (75453.0, "t", "deadweight")


@pytest.mark.parametrize("text", ["Unit R2 was shut", "the R2 road", "Rio's R3 plan",
                                  "hole R1.5 returned 2 g/t", "Section R3,500 applies"])
def test_a_letter_prefix_needs_an_amount(text: str) -> None:
    assert [v for v in find_values(text) if v.type == "money"] == []


def test_a_wire_s_title_counts_in_its_bureau_s_dollars() -> None:
    """The title's "165 mln dlrs" is the body's: Australian in a Melbourne story; and a story
    that writes "$" counts its bare cents in US dollars whatever its dateline."""
    article = Article(id="t", title="COMALCO TO RAISE 165 MLN DLRS IN SHARE ISSUE",
                      text="MELBOURNE, March 3 - Comalco Ltd said it will raise 165 mln dlrs "
                           "in a share issue.", published="1987-03-03")
    extraction = extract(article)
    assert {v.currency for v in extraction.values if v.type == "money"} == {"AUD"}
    assert {e.value["currency"] for e in extraction.events if e.value} == {"AUD"}
    modern = Article(id="m", text="SYDNEY, Oct 3 (Reuters) - Copper on the LME rose 3 cents "
                                  "to $4.50 per pound.", published="2025-10-03")
    assert {v.currency for v in extract(modern).values if v.type == "money"} == {"USD"}


def test_a_results_tables_amounts_are_money_in_its_currency(reuters_articles: dict) -> None:
    """"Oper net 1,048,000 vs 1,870,000 … Revs 72.2 mln vs 73.5 mln … Avg shrs 5,910,000 vs
    3,680,000": the results are dollars, the shares counted are not; a British table's
    "Turnover 952.6 mln vs 970.1 mln" after "Pre-tax profit 121.1 mln stg" is in sterling."""
    money = {v.amount: v.currency for v in extract(reuters_articles["557"]).values
             if v.type == "money"}
    assert money[1048000] == money[73.5e6] == "USD" and 5910000 not in money
    money = {v.amount: v.currency for v in extract(reuters_articles["5219"]).values
             if v.type == "money"}
    assert money[952.6e6] == "GBP"


@pytest.mark.parametrize("text, amounts", [
    ("raised its capital to 405 mln ringgit from 105 in mid-January.",
     [(405e6, "MYR"), (105e6, "MYR")]),
    ("Net 44.7 mln dlrs vs 9,489,000.", [(44.7e6, "USD"), (9489000, "USD")]),
    ("The fund has 5 mln dlrs from 12 investors.", [(5e6, "USD")]),
    # syn-183: a year after "from" is a date
    ("It won a €14.2 million grant. From 2027 the plant will make oxides, and from 2030 the "
     "metal.", [(14.2e6, "EUR")]),
])
def test_a_bare_figure_compared_with_an_amount(text: str, amounts: list) -> None:
    """"to 405 mln ringgit from 105": the figure compared is the same kind of amount, of the
    same scale when of like size; "from 12 investors" counts investors, "from 2027" a year."""
    assert [(v.amount, v.currency) for v in find_values(text) if v.type == "money"] == amounts


def test_a_price_range_s_bare_high_end_takes_the_low_end_s_currency() -> None:
    found = [(v.amount, v.currency) for v in find_values(
        "Cobalt was US$15.40-16.20/lb and gallium Rs 60,000–62,000 a kg, for 2024-25.")
        if v.type == "money"]
    assert found == [(15.4, "USD"), (16.2, "USD"), (60000, "INR"), (62000, "INR")]


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Central Asia Metals closed at 172p.", 1.72, "GBP"),   # a London price in pence
    ("The placing was priced at 39p.", 0.39, "GBP"),
    ("Prices rose 4 pence.", 0.04, "GBP"),
    ("Sibanye closed at R48.20 in Johannesburg.", 48.2, "ZAR"),  # a rand price in cents
])
def test_pence_and_a_rand_price(text: str, amount: float, currency: str) -> None:
    value = one(text)
    assert (value.amount, value.currency) == (amount, currency)


def test_no_pence_in_a_time_nor_rand_in_a_drill_hole() -> None:
    assert not [v for v in find_values("We meet at 5p.m. at hole R1.5, Section R3,500.")
                if v.type == "money"]


def test_a_home_paper_s_bare_dollar_is_its_country_s() -> None:
    """A Perth story of an ASX junior writes Australian dollars bare ("valuing the company at
    about $238 million"); a metal's price per tonne stays in US dollars."""
    text = ("Perth mining entrepreneur Doug Whitford lifted his holding in Barkly Rare Earths "
            "(ASX: BKR), an Australian developer in the Northern Territory, valuing the company "
            "at about $238 million. NdPr oxide sold for $60 per kilogram.")
    article = Article(id="p", text=text, published="2025-06-01")
    money = {v.text: v.currency for v in extract(article).values if v.type == "money"}
    assert money["$238 million"] == "AUD"
    assert money["$60 per kilogram"] == "USD"


@pytest.mark.parametrize(("text", "country", "money"), [
    ("sales of 612 billion won last year", "country:KR", [(612e9, "KRW")]),
    ("the shares rose to 38,650 won", "country:KR", [(38650.0, "KRW")]),
    ("in 2021 won approval for the mine", "country:KR", []),  # the verb
    ("the extra 40 million won't cover it", "country:KR", []),
    ("1.1 trillion dong of exports", "country:VN", [(1.1e12, "VND")]),
    ("a grant of OMR 3.8 million", "country:OM", [(3.8e6, "OMR")]),
    ("aid of 2 billion CFP francs", "country:NC", [(2e9, "XPF")]),
    ("The plant cost ¥2.1 billion, METI said.", "country:JP", [(2.1e9, "JPY")]),
    ("The plant cost ¥2.1 billion.", "country:CN", [(2.1e9, "CNY")]),
    ("a budget of COP 24,600 million", "country:CO", [(24.6e9, "COP")]),
    ("pledges made at COP28 in Dubai", "country:AE", []),  # the climate conference
])
def test_currencies_of_asia_the_gulf_and_the_pacific(text: str, country: str,
                                                     money: list) -> None:
    assert [(v.amount, v.currency) for v in find_values(text, None, country=country)
            if v.type == "money"] == money


def test_a_yen_sign_of_a_tokyo_listed_company() -> None:
    # A note on a company listed in Tokyo that names China more often than Japan.
    article = Article(id="y", published="2026-02-12", text=(
        "Hokuetsu Rare Metals (TSE: 5719) guided to sales of ¥21.6 billion. China's export "
        "controls on indium lifted prices in China, and Chinese buyers paid more."))
    assert [(v.amount, v.currency) for v in extract(article).values if v.type == "money"] == [
        (21.6e9, "JPY")]


@pytest.mark.parametrize(("text", "currency"), [
    # a Mongolian miner's interview, a Chinese story by its places: Japan asked of just before
    ("Exports go to Inner Mongolia and Hebei. And Japan? JOGMEC is funding a study with us, "
     "about ¥1.2 billion over two years.", "JPY"),  # syn-67
    ("The smelter is in Inner Mongolia. Tohoku Silicon will buy 60% of its output for customers "
     "in Japan, a deal worth about ¥9.5 billion a year.", "JPY"),  # syn-182
    ("Exports go to Inner Mongolia and Hebei. Its plant cost ¥2 billion.", "CNY"),
    # China named in the sentence of a story of Japan's: the yuan
    ("Japan's Sojitz will buy more. Its partner in China spent ¥2 billion on a plant in "
     "Jiangxi.", "CNY"),
    ("Exports go to Inner Mongolia and Hebei. Its sales in Japan and in China reached ¥2 "
     "billion.", "CNY"),  # both named: the story's
    # a company listed in Tokyo counts in yen whatever its sentence names
    ("Toyota Tsusho (TYO: 8015) said its unit in China earned ¥3 billion.", "JPY"),
    ("Kōyō is headquartered in Osaka and reported sales of ¥48.6 billion.", "JPY"),  # a city
])
def test_a_yen_sign_of_the_country_its_sentence_names(text: str, currency: str) -> None:
    article = Article(id="y", published="2025-06-01", text=text)
    assert [v.currency for v in extract(article).values if v.type == "money"] == [currency]


@pytest.mark.parametrize(("text", "currency"), [
    ("for NT$2.1bn in cash", "TWD"), ("a US$48-million (about J$7 billion) plant", "JMD"),
    ("a MX$900 million loan", "MXN"),
])
def test_dollars_written_with_their_country_s_letters(text: str, currency: str) -> None:
    assert [v.currency for v in find_values(text) if v.type == "money"][-1] == currency


def test_an_ore_grade_in_ounces_is_no_quantity(reuters_articles: dict) -> None:
    """"978,000 tons grading an average of 0.194 ounces of gold a ton" (Reuters-21578 3704):
    the ounces per ton are a grade; the tons of ore stay a quantity."""
    values = ingested_values(reuters_articles, "3704")
    assert not [v for v in values if v.amount == 0.194]
    assert by_text(values, "978,000 tons").tonnes == 978000.0
    produced = find_values("The mine will produce 85,000 ounces of gold a year.")
    assert [(v.amount, v.unit) for v in produced] == [(85000.0, "oz")]


def test_a_percentage_after_grading_is_a_grade() -> None:
    """"Ore grading 1.5% nickel" is a grade, as "1.5% Ni" is; a price's rise stays a change."""
    [grade] = [v for v in find_values("Ore grading 1.5% nickel was shipped.")
               if v.type == "percent"]
    assert grade.role == "grade"
    [rise] = [v for v in find_values("Copper rose 5% to $9,000 a tonne.") if v.type == "percent"]
    assert rise.role is None


def test_an_amount_compared_a_month_or_a_quarter_earlier_keeps_the_currency() -> None:
    """"… to 8.2 billion rupees from 7.9 billion a month earlier": the second figure is money
    of the first's currency, whatever span of time it is compared across."""
    text = ("Reserves grew to 8.2 billion rand in June from 7.9 billion a month earlier and "
            "from 7.1 billion a quarter earlier.")
    assert [(v.amount, v.currency) for v in find_values(text) if v.type == "money"] == [
        (8.2e9, "ZAR"), (7.9e9, "ZAR"), (7.1e9, "ZAR")]


@pytest.mark.parametrize("text", ["a gold coin with a face value of ten Ecus",
                                  "the 10 European Currency Unit coin",
                                  "a fee of 10 ECU per tonne"])
def test_the_european_currency_unit_before_the_euro(text: str) -> None:
    """The ECU of 1979-1998 (ISO 4217 XEU), in its spellings, also after a spelled number."""
    value = one(text)
    assert (value.amount, value.currency) == (10.0, "XEU")


def test_a_wire_s_dollar_qualifier_in_brackets() -> None:
    """A wire filed abroad writes whose dollar it counts in brackets: "40 mln (U.S.) dlrs"."""
    found = find_values("The loan of 40 mln (U.S.) dlrs and 9 mln (Canadian) dlrs closed.",
                        default_dollar="AUD")
    assert [(v.amount, v.currency) for v in found] == [(40e6, "USD"), (9e6, "CAD")]


def test_a_dealer_s_two_way_price_is_its_bid() -> None:
    """"312.50/80 dlrs" is bid 312.50, offer 312.80; a bare one after it in its paragraph is
    of its kind; a ratio or a date with a slash is no price."""
    text = ("Platinum eased to 312.50/80 dlrs from an opening of 313.10/313.60. The overnight "
            "rate held at 6.25/35 pct, from 6.15/25 earlier. Shifts run 24/7 since 10/03/2025.")
    found = [(v.type, v.amount, v.currency) for v in find_values(text) if v.type != "date"]
    assert found == [("money", 312.5, "USD"), ("money", 313.1, "USD"),
                     ("percent", 6.25, None), ("percent", 6.15, None)]


def test_a_results_table_s_notes_count_in_its_currency() -> None:
    """Below a wire's results table, "a charge of 1,250,000 or 12 cts" and "4.2 mln vs 3.9 mln
    for year" are sums in the table's dollar; a line of shares is no sum."""
    text = ("Shr 41 cts vs 37 cts\n\nNet 6,120,000 vs 5,480,000\n\nAvg shrs 14,900,000 vs "
            "14,750,000\n\nNOTE: Net includes a charge of 1,250,000 or 12 cts vs a gain of "
            "4.2 mln vs 3.9 mln for year. The company has 2,400 employees.")
    money = {v.amount for v in find_values(text) if v.type == "money"}
    assert {1250000, 4.2e6, 3.9e6} <= money
    assert not {14900000, 14750000, 2400} & money


@pytest.mark.parametrize(("text", "expected"), [
    ("Nickel traded at 71 or 72 cts a lb.", [0.71, 0.72]),
    ("Spot was up three or four pct.", [3.0, 4.0]),
    ("Results include gains of 310,000 or six cts.", [0.06]),  # a sum restated per share
    ("It lost 5.1 mln dlrs, or 12 pct.", [5.1e6, 12.0]),
])
def test_two_figures_joined_by_or_are_a_range(text: str, expected: list[float]) -> None:
    """"71 or 72 cts" is a range, as "71 to 72 cts" is; not a sum restated after a comma or
    one larger than the figure after it."""
    assert [v.amount for v in find_values(text) if v.type != "date"] == expected


def test_a_sum_compared_in_the_next_paragraph_keeps_its_currency() -> None:
    """A wire's paragraph is one sentence: "… 780 mln crowns.\\n\\nNet loss of the unit 95 mln vs
    loss 120 mln." counts in crowns; not after a count of something else, nor a drill hole's
    "from 96m"."""
    text = ("Group net loss 780 mln Swedish crowns vs 640 mln.\n\nNet loss of the unit 95 mln vs "
            "loss 120 mln.\n\nReserves fell to 12.5 mln barrels from 13.1 mln.\n\nIt raised "
            "A$15 million.\n\n• Hole 7: 38.4m at 2.1% Cu from 96m")
    money = [(v.amount, v.currency) for v in find_values(text) if v.type == "money"]
    assert money == [(780e6, "SEK"), (640e6, "SEK"), (95e6, "SEK"), (120e6, "SEK"),
                     (15e6, "AUD")]


@pytest.mark.parametrize(("country", "currency"), [
    ("country:ZM", "ZMW"), ("country:MW", "MWK"), ("country:PG", "PGK"), ("country:US", None)])
def test_a_k_before_a_sum_is_the_kwacha_or_the_kina_of_its_story(country: str,
                                                                  currency: str | None) -> None:
    """"a K450 million smelter" counts in the story's kwacha (Zambia, Malawi) or kina (Papua
    New Guinea); elsewhere, and "K2" anywhere, it is no money."""
    found = [v.currency for v in find_values("It will build a K450 million smelter near K2.",
                                             dt.date(2024, 5, 1), country=country)
             if v.type == "money"]
    assert found == ([currency] if currency else [])


def test_a_tonnage_a_year_earlier_is_no_yearly_rate() -> None:
    """"12,300 tonnes a year earlier" compares a tonnage with last year's; "12,300 tonnes a
    year" is a rate."""
    [then] = [v for v in find_values("down from 12,300 tonnes a year earlier")
              if v.type == "quantity"]
    assert (then.text, then.unit) == ("12,300 tonnes", "t")
    assert one("It makes 12,300 tonnes a year.").unit == "t/y"


@pytest.mark.parametrize(("text", "expected"), [
    ("The partners agreed a 65:35 joint venture for the refinery.", [65.0, 35.0]),
    ("Profits follow a 70/30 split between the two.", [70.0, 30.0]),
    ("Doors open for a 10:30 session.", []),  # a time: no whole
])
def test_a_ratio_of_shares_of_a_whole_is_two_percentages(text: str,
                                                         expected: list[float]) -> None:
    assert [v.amount for v in find_values(text) if v.type == "percent"] == expected


@pytest.mark.parametrize(("text", "amount"), [
    ("The mission has an outlay of ₹1.6 lakh crore.", 1.6e12),
    ("The state will spend Rs 75 crores on roads.", 7.5e8),
    ("A grant of Rs 40 lakhs was made.", 4e6),
])
def test_indian_scales_in_the_plural_and_a_lakh_of_crores(text: str, amount: float) -> None:
    value = one(text)
    assert (value.amount, value.currency) == (amount, "INR")


def test_a_city_that_names_an_exchange_in_a_bracket_sets_no_dollar_in_running_text() -> None:
    """"(Hong Kong: 1211)" is the Hong Kong exchange's listing, but a share price in a sentence
    that names the city is in no exchange's dollar for it."""
    text = ("Kestrel Lithium Ltd shares rose 5% to $0.42 on Tuesday after the company opened a "
            "trading office in Hong Kong.")
    article = Article(id="city", title="Kestrel opens an office", text=text,
                      published="2025-09-29")
    money = {v.text: v.currency for v in extract(article).values if v.type == "money"}
    assert money == {"$0.42": "USD"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Revenue rose to TRY 3.9bn in the quarter.", [(3.9e9, "TRY")]),
    ("Target price: TRY 186.00; share price TRY 142.30.", [(186.0, "TRY"), (142.3, "TRY")]),
    ("The boron plant will cost TRY 1,250 million, the ministry said.", [(1.25e9, "TRY")]),
    ("TRY 2 DAYS FREE: subscribe to our mining newsletter.", []),
    ("It will spend about 5.6 billion Egyptian pounds on a concentrator.", [(5.6e9, "EGP")]),
    ("A fee of 900 million Egyptian pounds was paid by the venture.", [(9e8, "EGP")]),
])
def test_lira_by_its_code_and_a_pound_qualified_by_its_country(
        text: str, expected: list[tuple[float, str]]) -> None:
    """"TRY" is lira only as an amount (a headline's "TRY 2 DAYS" is none); "Egyptian pounds"
    says its country, as "Chilean pesos" does."""
    found = find_values(text)
    assert [(v.amount, v.currency) for v in found if v.type == "money"] == expected


@pytest.mark.parametrize(("text", "amount"), [
    ("Zhongke offered 86c cash a share in March for Diemals, the Perth-based developer.", 0.86),
    ("The bidder will pay 41 cents in cash per share, the Perth-based target said.", 0.41),
    ("Orvane, whose board backs the 52c cash per share offer, said it would vote.", 0.52),
])
def test_a_bid_in_cash_a_share_is_a_per_share_price(text: str, amount: float) -> None:
    """"86c cash a share": a takeover's price per share, "cash" between the sum and "a share"
    (the glued cents count only where the sentence prices something)."""
    found = extract(Article(id="t", text=text, published="2025-10-03")).values
    assert [v.amount for v in found if v.type == "money"] == [amount]
