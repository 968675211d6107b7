"""Money, percentages and quantities, normalised, with their spans; dates come from dates.py.

One scan finds the numerals; what each means is read from the few characters around it with
small anchored regexes: currency before it ("A$", "RMB"), scale and unit after it ("bn",
"mln dlrs", "per cent", "Mtpa"), qualifiers before it ("nearly"), and the words that give a
price its role (share price, market value, price per tonne). Text without digits costs one
regex pass, and every vocabulary word lives in data/units.toml.

Conventions the pipeline can rely on:
- Money ``amount`` is in units of ``currency`` (cents are divided by 100); a bare "$" is
  ``default_dollar``, so pass "AUD" for Australian sources (or ``BARE_DOLLAR`` to settle it
  later). A minus sign before the currency sign makes the amount negative ("(-$1.09)").
- A range ("$1.7 billion to $1.8 billion", "$1.7 to $1.8 billion", "5-10%") gives two values,
  one per end, each exact; a bare low end takes the high end's currency, scale and unit.
- ``approx`` is set by qualifiers and bounds alike ("about", "nearly", "more than", "up to").
- Quantities keep ``unit`` as normalised ("t", "kt", "Mt", "lb", "oz", "t/y", "GWh") with
  ``amount`` in that unit; ``tonnes`` is metric tonnes (per year when the unit ends in "/y")
  and stays None for units that are not weights. Grades ("g/t", "ppm") are skipped; a grade
  in per cent ("0.31% U3O8") is a percentage with role "grade", a holding ("60 pct-owned")
  one with role "owned", a metal's purity ("99.5 pct purity") one with role "purity", a
  tariff's rate ("levies of 50%") one with role "levy", a price's margin ("a 41% premium")
  one with role "premium"; a ship's size
  ("75,453 tonnes dw") is a quantity with role "deadweight".
- Two shares of a whole written as a ratio ("a 51:49 joint venture") are two percentages.
- Money roles: "share_price", "market_cap", "unit_price" (with ``unit`` the priced unit, as in
  "US$3,168 per tonne") and "per_share" (dividends and earnings per share).
- A dealer's two-way price is its bid ("409.40/90 dlrs" is 409.4 USD; written bare, it is of
  the kind of the one before it in its paragraph).
- A wire's fractions are numbers ("66-3/4 cts" is 0.6675 USD); a currency word several
  countries use ("francs", "pesos") is that of ``country``, where the story was filed from.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from mineralwatch.extract.dates import find_dates
from mineralwatch.extract.text import alternation, first_letters, last_words, trie
from mineralwatch.extract.vocabulary import currency_codes, load_units
from mineralwatch.models import Value

__all__ = ["BARE_DOLLAR", "currency_names", "find_values"]

_VOCAB = load_units()
# As ``default_dollar``: leave a bare "$" (or "dollars", "cents") unresolved, currency "$",
# for a caller that settles it value by value (the pipeline: a share price is in its
# exchange's dollar).
BARE_DOLLAR = "$"


def written_with_scale(value: Value) -> bool:
    """Whether an amount is written with a scale ("$2.4 billion", "A$500m"): a sum, where a
    price is of a unit ("US$880 a tonne")."""
    return any(_SCALE.match(value.text, number.end()) for number in _NUMBER.finditer(value.text))


def currency_names(code: str) -> list[str]:
    """Every way of writing currency ``code`` before or after a number ("C$", "CAD",
    "Canadian dollars"): what a text names when it says which dollar it counts in."""
    tables = (_VOCAB["currency_prefix"], _VOCAB["currency_suffix"], _VOCAB["cents"])
    return sorted({name for table in tables for name, c in table.items() if c == code})


_SPACE = "[ \u00a0\u202f]"
# Between a number and its scale or unit: PDF exports double spaces and wrap lines there
# ("$5.3  billion"), and compounds take a hyphen ("a $4.6-billion package", "a 250-tonne").
_GAP = r"(?:\s{0,3}|-)"


def _key(name: str) -> str:
    return " ".join(name.split())


def _alternation(names: Iterable[str]) -> str:
    """Longest first, so "tpa" beats "t"; short names exact, longer ones case-insensitive (a
    trie of their lower-case forms: tried after every numeral, it fails at the first letter
    that no name continues)."""
    names = set(names)
    long = trie({n.lower() for n in names if len(n) > 3}, space=r"\s+")
    short = alternation((n for n in names if len(n) <= 3), space=r"\s+")
    # Every long name is longer than every short one, so longest-first holds across the two.
    return "|".join(x for x in (f"(?i:{long})" if long else "", short) if x)


def _words(names: list[str]) -> re.Pattern[str]:
    """Keywords found anywhere in a context window, on word boundaries where they have them;
    behind a test of their first letters, which fails most positions of the window at once
    (each word's boundary and first letter are tried there otherwise)."""
    parts = []
    for name in sorted(set(names), key=len, reverse=True):
        pattern = re.escape(name).replace(r"\ ", r"\s+")
        if name[0].isalnum():
            pattern = r"\b" + pattern
        if name[-1].isalnum():
            pattern += r"\b"
        parts.append(pattern)
    return re.compile(f"{first_letters(names)}(?:{'|'.join(parts)})", re.IGNORECASE)


class _Lookup(dict[str, Any]):
    """Maps a matched name back to its entry: exact first, then case-folded for long names."""

    def __init__(self, table: dict[str, Any]) -> None:
        super().__init__((_key(k), v) for k, v in table.items())
        self.folded = {_key(k).lower(): v for k, v in table.items() if len(k) > 3}

    def find(self, matched: str) -> Any:
        key = _key(matched)
        return self[key] if key in self else self.folded[key.lower()]


def _suffix_table() -> dict[str, tuple[str, Any]]:
    """Every word that may follow a number, with what it makes of it."""
    table: dict[str, tuple[str, Any]] = {}
    for entry in _VOCAB["quantity"]:
        for name in entry["names"]:
            table[name] = ("quantity", (entry["unit"], entry.get("tonnes")))
    for name, code in _VOCAB["percent"].items():
        table[name] = ("percent", code)
    for name, currency in {**_VOCAB["currency_suffix"],
                           **_VOCAB["currency_suffix_scaled"]}.items():
        table[name] = ("money", currency)
    for shared in _VOCAB["shared_currency_names"].values():
        for name in shared["names"]:
            table[name] = ("money", shared)  # settled by the story's country (_currency)
    for name, currency in _VOCAB["cents"].items():
        table[name] = ("cents", currency)
    for name in (*_VOCAB["grade"]["names"], *_VOCAB["transport_work"]["names"]):
        table[name] = ("grade", None)  # consumed, nothing emitted
    for name in _VOCAB["grade"]["percent_names"]:
        table[name] = ("percent", "grade")
    return table


_SUFFIXES = _Lookup(_suffix_table())
_PREFIXES = _Lookup(_VOCAB["currency_prefix"])
_SCALES = _Lookup({**_VOCAB["scale"], **_VOCAB["scale_attached"]})
_NUMBER_WORDS = _Lookup(_VOCAB["number_words"])
_UNITS = _Lookup({n: (e["unit"], e.get("tonnes")) for e in _VOCAB["quantity"] for n in e["names"]})

# A look-ahead for a digit first: at the many positions without one it fails at once, where the
# two alternatives would each be tried. What precedes a numeral is checked in Python
# (_NOT_BEFORE_NUMBER) rather than by a costly look-behind at every position.
# Wire prices are written in fractions: "66-3/4 cts", "3/4 cts", "8-1/2 pct" (halves to
# sixty-fourths, so a date like "10/03" or a ratio like "24/7" is no fraction).
_FRACTION = r"(?P<num>[1-9]\d?)/(?P<den>2|4|8|16|32|64)(?![\d/])"
# Unicode's vulgar fractions glued to a whole number ("66⅔%", "12½"): their values come from
# the Unicode database.
_VULGAR = "[\u00bc-\u00be\u2150-\u215e]"
_NUMBER = re.compile(
    rf"(?=\d)(?:{_FRACTION}|(?P<whole>\d(?:\d{{0,2}}(?:,\d{{3}})+|\d*)(?:\.\d+)?)"
    rf"(?:-{_FRACTION.replace('num', 'mixed_num').replace('den', 'mixed_den')}"
    rf"|(?P<vulgar>{_VULGAR}))?)"
)
_DIGIT = re.compile(r"\d")


def _numbers(text: str) -> Iterator[re.Match[str]]:
    """``_NUMBER.finditer(text)``: a numeral opens at each digit after the last (its pattern
    matches at every digit), and a one-class pattern skips to the next digit quicker than the
    look-ahead tried at each position."""
    pos = 0
    while (digit := _DIGIT.search(text, pos)) is not None:
        match = _NUMBER.match(text, digit.start())
        if match is None:  # (never: a digit is a numeral)
            pos = digit.end()
            continue
        yield match
        pos = match.end()


_NOT_BEFORE_NUMBER = frozenset("._,/")
# The blank that opens one of them: a single scan, skipping from blank to blank, finds them all.
_BEFORE_CUE = re.compile(f" (?={trie(_VOCAB['number_word_cues']['words'])})")
# "twenty-five percent" is one number: a tens word and a unit word joined by a hyphen.
_TENS = [w for w, n in _VOCAB["number_words"].items() if n >= 20 and n % 10 == 0]
_SPELLED = (rf"(?<![\w-])(?:(?P<tens>{_alternation(_TENS)})-)?"
            rf"(?P<word>{_alternation(_VOCAB['number_words'])}){_SPACE}")
# "one U.S. cent": a dollar's qualifier may stand between the number word and its cue.
_NUMBER_WORD_BEFORE = re.compile(
    rf"{_SPELLED}(?P<qualifier>(?:{_alternation(_VOCAB['dollar_qualifiers'])}){_SPACE})?$",
    re.IGNORECASE)
_SPELLED_LOW_END = re.compile(rf"{_SPELLED}(?:to|or){_SPACE}$", re.IGNORECASE)
_SCALE = re.compile(
    rf"(?:{_GAP}(?P<word>{_alternation(_VOCAB['scale'])})"
    rf"|(?P<letter>{_alternation(_VOCAB['scale_attached'])}))(?![A-Za-z])"
)
# "a year" ends no rate before "earlier": "44,100 tonnes a year earlier" (not "5 pct before").
_NOT_A_RATE = r"(?:(?<![Yy]ear)|(?![ \t]+(?:earlier|ago|before|later)\b))"
_SUFFIX = re.compile(rf"{_GAP}(?P<name>{_alternation(_suffix_table())})(?![A-Za-z])"
                     + _NOT_A_RATE)
# Words right after or right before a percentage that say what it describes (role → the
# words' pattern), tried in this order.
_DESCRIBED_AFTER = {role: re.compile(rf"[- ](?:{alternation(_VOCAB['roles'][f'{role}_after'])})\b")
                    for role in ("owned", "purity", "world_share", "premium")}
_DESCRIBED_BEFORE = {
    role: re.compile(rf"\b(?:{alternation(_VOCAB['roles'][f'{role}_before'])})[ \t]+$",
                     re.IGNORECASE)
    for role in ("levy", "grade")
}
_DEADWEIGHT = re.compile(rf"[ \t]+(?:{alternation(_VOCAB['roles']['deadweight_after'])})\b",
                         re.IGNORECASE)
_PER_ORE = re.compile(
    rf"(?:[ \t]+of(?:[ \t]+[A-Za-z-]+){{1,2}})?{_SPACE}?"
    rf"(?:{_alternation(_VOCAB['grade']['per_ore'])})(?![A-Za-z])", re.IGNORECASE)
_ORE_GRADE_UNITS = frozenset(_VOCAB["grade"]["ore_grade_units"])
_RATE = re.compile(rf"{_SPACE}?(?:{_alternation(_VOCAB['rate']['suffixes'])})(?![A-Za-z])"
                   + _NOT_A_RATE)
_PER_UNIT = re.compile(
    "(?:" + "|".join(
        rf"{_SPACE}?/{_SPACE}?" if j == "/" else rf"\s{{1,2}}{re.escape(j)}\s{{1,2}}"
        for j in _VOCAB["unit_price"]["joiners"]
    ) + rf")(?P<unit>{_alternation(_UNITS)})(?![A-Za-z/])"
)
# A name opening with a letter opens a word; the test follows the name (a look-behind over it
# and the character before), so that every alternative opens with a literal and the engine
# skips to the characters that may open one.
_PREFIX = re.compile(
    "(?:"
    + "|".join(
        re.escape(name) + (rf"(?<![A-Za-z]{re.escape(name)})" if name[0].isalpha() else "")
        for name in sorted(_VOCAB["currency_prefix"], key=len, reverse=True)
    )
    + rf"){_SPACE}?$"
)
_PREFIX_ENDS = frozenset(n[-1] for n in _VOCAB["currency_prefix"])
_SPACES = frozenset(" \u00a0\u202f")
_MINUS = frozenset("-\u2212")
_BEFORE_MINUS = frozenset(" \u00a0\n([")
_APPROX_WORDS = tuple(w.lower() for w in _VOCAB["approx"]["words"])
_RANGE_JOIN = re.compile(
    r"\s*(?:" + "|".join(map(re.escape, _VOCAB["range"]["joiners"])) + r")\s*$"
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_DASH_JOINERS = frozenset(j for j in _VOCAB["range"]["joiners"] if not j.isalpha())
_CODES = currency_codes()
_SCALED_ONLY = frozenset(_VOCAB["currency_suffix_scaled"])
# "¥": a sign several currencies share, settled by the story's country (see units.toml)
SHARED_SIGNS: dict[str, dict[str, Any]] = _VOCAB["shared_currency_signs"]
# Prefixes read only beside a number that reads as an amount: codes, and letters such as "R".
_LETTER_PREFIXES = frozenset(_VOCAB["currency_codes"]["letter_prefixes"])
_CODE_LIKE = _CODES | frozenset(_VOCAB["currency_codes"]["code_like_prefixes"])
_ELIDED = _VOCAB["elided_currency"]
_ELIDED_END = re.compile(
    rf"\s*(?:[.,;:)]|$|(?P<word>{alternation([*_ELIDED['followers'], *_ELIDED['comparisons']])})"
    rf"(?!\w))", re.IGNORECASE)
_COMPARISONS = frozenset(w.lower() for w in _ELIDED["comparisons"])
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_GLUED_CENTS = re.compile(rf"(?:{alternation(_VOCAB['glued_cents'])})(?!\w|\.\w)")
_PRICE_IN_CENTS = re.compile(r"\d{1,3}(?:,\d{3})*\.\d\d")  # "R48.20"
_PRICED_ONLY = frozenset(_VOCAB["glued_cents_rules"]["priced_only"])

_ROLES = _VOCAB["roles"]
_MARKET_CAP_BEFORE = _words(_ROLES["market_cap_before"])
_MARKET_CAP_AFTER = re.compile(r"\s*(?:" + _words(_ROLES["market_cap_after"]).pattern + ")",
                               re.IGNORECASE)
_NOT_MARKET_CAP = _words(_ROLES["not_market_cap"])
_VALUED_SUBJECT = _words(_ROLES["valued_at_subjects"])
_SHARE_PRICE_BEFORE = _words(_ROLES["share_price_before"])
_SHARE_PRICE_WEAK = _words(_ROLES["share_price_weak_before"])
_SHARE_PRICE_WEAK_MAX = float(_ROLES["share_price_weak_max"])
_CARRY_PRICE = re.compile(
    r"\s*(?:" + "|".join(map(re.escape, _VOCAB["unit_price"]["carry_over"])) + r")\s*$"
)
_PER_SHARE_AFTER = re.compile(r"\s*(?:" + _words(_ROLES["per_share_after"]).pattern + ")",
                              re.IGNORECASE)
_PER_SHARE_FIGURE = _words(_ROLES["per_share_figure_before"])
_PER_SHARE_BEFORE = _words(_ROLES["per_share_before"])
_SHARE_PRICE_MAX = float(_ROLES["share_price_max"])
_CONTEXT = 80  # characters searched before a value for its role


@dataclass(slots=True)
class _Token:
    """A numeral and what surrounds it, before the range pass settles bare low ends."""

    start: int  # value start: the currency prefix when there is one
    end: int
    number: float
    scale: float | None = None
    kind: str | None = None  # money | cents | percent | quantity | grade | None (bare)
    currency: str | None = None
    unit: str | None = None
    tonnes: float | None = None  # tonnes per unit
    role: str | None = None
    approx: bool = False
    glued: str | None = None  # the letter of hundredths glued to the number ("21.5c")


def find_values(
    text: str, published: dt.date | None = None, default_dollar: str = "USD",
    country: str | None = None,
) -> list[Value]:
    """Money, percent, quantity and date values of ``text``, sorted and non-overlapping.

    ``published`` resolves relative dates ("last month"); ``default_dollar`` is what a bare
    "$" (or "dollars", "cents") means: "USD" unless the source says otherwise; ``country``
    (a ``country:`` id) is where the story was filed from, whose "francs" or "pesos" it counts.
    """
    year = int(str(published)[:4]) if published else None
    tokens = _tokens(text, default_dollar, (country, year))
    _settle_ranges(text, tokens)
    _settle_elided_currency(text, tokens)
    _settle_result_tables(text, tokens, default_dollar)
    _settle_compared_figures(text, tokens)
    _settle_bare_quotes(text, tokens)
    values = [v for t in tokens if (v := _to_value(text, t)) is not None]
    values.extend(_splits(text))
    values.extend(find_dates(text, published))
    return _without_overlaps(values)


# Its first digit opens it, the look-behind after it: the search skips from digit to digit.
_SPLIT = re.compile(r"(?P<a>\d(?<![\d:./,]\d)\d?)[:/](?P<b>\d{1,2})(?![\d:/]|[.,]\d)"
                    rf"[- \t]+(?:{_alternation(_VOCAB['splits']['nouns'])})(?![A-Za-z])")
_WHOLE = 100


def _splits(text: str) -> list[Value]:
    """The two shares of a whole written as a ratio: "a 51:49 joint venture" is 51% and 49%
    (not "a 10:30 meeting", whose figures do not add up to 100)."""
    if ":" not in text and "/" not in text:
        return []
    found = []
    for m in _SPLIT.finditer(text):
        if int(m["a"]) + int(m["b"]) != _WHOLE:
            continue
        found += [Value("percent", m.start(g), m.end(g), m[g], amount=float(m[g]), unit="%")
                  for g in ("a", "b")]
    return found


# Thousands grouped by spaces, the SI way ("640 000 t"): read so only before a unit of
# quantity, since telephone and company numbers are grouped so too ("+1 604 555 0187").
_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])")


def _spaced_quantity(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The numeral ``m`` opens written with its thousands grouped by spaces, when a unit of
    quantity follows it."""
    whole = m["whole"]
    if not whole or len(whole) > 3 or m.end() != m.end("whole") or \
            not text.startswith((" ", "\u00a0", "\u202f"), m.end()):
        return None
    spaced = _SPACED.match(text, m.start())
    unit = _SUFFIX.match(text, spaced.end()) if spaced else None
    return spaced if unit and _SUFFIXES.find(unit["name"])[0] == "quantity" else None


def _numerals(text: str) -> list[tuple[int, int, float, bool]]:
    """(start, end, number, written in digits) for each numeral, in text order."""
    found = []
    grouped_to = 0  # the end of a numeral grouped by spaces, whose later groups are read
    for m in _numbers(text):
        start = m.start()
        if start < grouped_to:
            continue
        before = text[start - 1] if start else " "
        if (before in _NOT_BEFORE_NUMBER and not _after_a_percentage(text, start)
                and not _after_a_dotted_word(text, start)) or (
                before.isalnum() and not (
                (_may_follow_prefix(text, start)
                and _PREFIX.search(text, max(0, start - 6), start))
                or _glued_percent(text, start, m.end()))):
            continue  # "Q3", "U3O8", the "03" of "10/03"; but "$US3.5 billion" is money
        if spaced := _spaced_quantity(text, m):
            grouped_to = spaced.end()
            found.append((start, grouped_to, float("".join(spaced[0].split())), True))
        elif (number := _numeral_value(m)) is not None:
            found.append((start, _quote_end(text, m), number, True))
    # "four cents a share": rare, so found from the cue word after the spelled number
    for blank in _BEFORE_CUE.finditer(text):
        at = blank.start()
        if at and (text[at - 1].isalpha() or text[at - 1] == "."):  # not "14 pct"
            found.extend(_spelled_numbers(text, at))
    if len(found) > 1 and not found[-1][3]:
        found.sort()
    return found


# A dealer's two-way price after a decimal figure: the offer in full or its last digits
# ("409.40/90 dlrs", "408.90/409.40", "call money at 3.80/90").
_QUOTE_TAIL = re.compile(r"/(?:(?P<full>\d+\.\d+)|(?P<digits>\d{1,4}))(?![\d/]|[.,]\d)")


def _quote_end(text: str, m: re.Match[str]) -> int:
    """Where a numeral ends: after the offer of a two-way price ("409.40/90"), whose value is
    the bid, the first figure; else at its last digit."""
    whole = m["whole"]
    if not whole or "." not in whole or m.end() != m.end("whole"):
        return m.end()
    tail = _QUOTE_TAIL.match(text, m.end())
    if tail is None or (tail["digits"] and len(tail["digits"]) > len(whole.partition(".")[2])):
        return m.end()
    return tail.end()


def _is_quote(text: str, token: _Token) -> bool:
    """Whether a token is a two-way price ("409.00/50"; ``_quote_end``)."""
    return _QUOTED.search(text, token.start, token.end) is not None


_QUOTED = re.compile(r"\d\.\d+/\d")


def _spelled_numbers(text: str, at: int) -> list[tuple[int, int, float, bool]]:
    """The spelled number before the cue word at ``at`` ("four cents", "twenty-five percent",
    "one U.S. cent"), after the low end of a spelled range when there is one ("five to six
    billion dlrs"); ``_settle_ranges`` gives that end its currency and scale."""
    w = _NUMBER_WORD_BEFORE.search(text, max(0, at - 28), at + 1)
    if w is None or (number := _spelled(w)) is None:
        return []
    found = [(w.start(), w.start("qualifier") if w["qualifier"] else at, number, False)]
    low = _SPELLED_LOW_END.search(text, max(0, w.start() - 24), w.start())
    if low and (low_number := _spelled(low)) is not None:
        found.insert(0, (low.start(), low.end("word"), low_number, False))
    return found


def _spelled(m: re.Match[str]) -> float | None:
    """The number of a ``word`` group, with its ``tens`` ("twenty-five"); None for
    "twenty-twenty". Number words are listed lower-case ("Two mln dlrs" opens a sentence)."""
    number = float(_NUMBER_WORDS.find(m["word"].lower()))
    if m["tens"]:
        tens = float(_NUMBER_WORDS.find(m["tens"].lower()))
        return tens + number if number < 10 else None
    return number


def _numeral_value(m: re.Match[str]) -> float | None:
    """The number a ``_NUMBER`` match writes; None for a "fraction" of more than one ("3/2")."""
    if m["num"]:
        num, den = int(m["num"]), int(m["den"])
        return num / den if num < den else None
    whole = float(m["whole"].replace(",", ""))
    if m["mixed_num"]:
        num, den = int(m["mixed_num"]), int(m["mixed_den"])
        return whole + num / den if num < den else None
    if m["vulgar"]:
        return whole + unicodedata.numeric(m["vulgar"])
    return whole


def _after_a_percentage(text: str, start: int) -> bool:
    """A figure after a percentage and a slash is a second percentage ("by 8%/11%"), not the
    second half of a date or a code."""
    return text.startswith("%/", start - 2)


_DOTTED_APPROX = tuple(w for w in _APPROX_WORDS if w.endswith("."))  # "c.", "approx."


def _after_a_dotted_word(text: str, start: int) -> bool:
    """A figure glued to a currency prefix or a qualifier that ends in a full stop
    ("Rs.1,200 crore", as Indian government releases write it; "c.15%", as analysts' notes
    do), not the decimals of a number."""
    if text[start - 1] != ".":
        return False
    if _may_follow_prefix(text, start) and (
            prefix := _PREFIX.search(text, max(0, start - 6), start)) is not None:
        return prefix[0].endswith(".")
    before = text[max(0, start - 8):start].lower()
    return before.endswith(_DOTTED_APPROX) and _is_approx(text, start)


def _glued_percent(text: str, start: int, end: int) -> bool:
    """A lost space between a word and a percentage ("up to70%"): formulas and codes ("Li2O",
    "Q3") are capitalised, so a percentage after two lower-case letters is a number."""
    return text.startswith("%", end) and start > 1 and text[start - 1].islower() and text[
        start - 2].islower()


def _may_follow_prefix(text: str, start: int) -> bool:
    """Cheap test before the prefix regex: most numerals follow a space after a plain word."""
    if start == 0:
        return False
    before = text[start - 1]
    if before in _SPACES:
        return start > 1 and text[start - 2] in _PREFIX_ENDS
    return before in _PREFIX_ENDS


def _percent_role(text: str, start: int, end: int) -> str | None:
    """What the percentage at ``start:end`` describes, if its words say: "the 60 pct-owned
    Agnew mine" a holding, "99.5 pct purity" no change, "a 41% premium to the last close" a
    price's margin, "impose levies of 50% on copper imports" a rate, "ore grading 1.5%
    nickel" a grade (as "1.5% Ni" is)."""
    for role, after in _DESCRIBED_AFTER.items():
        if after.match(text, end):
            return role
    for role, before in _DESCRIBED_BEFORE.items():
        if before.search(text, max(0, start - 30), start):
            return role
    return None


def _tokens(text: str, default_dollar: str,
            story: tuple[str | None, int | None]) -> list[_Token]:
    """The numerals of ``text`` with what their neighbours make of them; ``story`` is the
    story's country and year, for a currency word several countries use."""
    tokens = []
    for start, end, number, digits in _numerals(text):
        token = _Token(start, end, number)
        pos = end
        prefix = None
        if digits and _may_follow_prefix(text, start) and (
                p := _PREFIX.search(text, max(0, start - 6), start)):
            token.start = p.start()
            token.kind = "money"
            prefix = p[0].strip()
            code = SHARED_SIGNS.get(prefix) or _PREFIXES.find(prefix)
            token.currency = _currency(code, default_dollar, *story)
            if token.currency is None:  # "K" of no country whose money it is
                token.kind, token.start, prefix = None, start, None
            elif _is_minus(text, token.start):  # "a loss of (-$1.09)"
                token.start, token.number = token.start - 1, -number
        if s := _SCALE.match(text, pos):
            token.scale = float(_SCALES.find(s["word"] or s["letter"]))
            pos = s.end()
        if (prefix in _CODE_LIKE and not _reads_as_amount(text, start, end, token)) or (
                prefix in _LETTER_PREFIXES and token.scale is None
                and not _PRICE_IN_CENTS.fullmatch(text, start, end)
                and not _PER_UNIT.match(text, pos)):
            token.kind, token.currency, token.start = None, None, start  # "SAR 2023", "PHP 8",
            # "hole R1.5", "Section R3,500"; but "R1.2 billion", "R4,200 a tonne" are rand
        if token.kind is None and (g := _GLUED_CENTS.match(text, pos)):
            token.kind, token.glued, pos = "cents", g[0], g.end()
            token.currency = _currency(_VOCAB["glued_cents"][g[0]], default_dollar, *story)
        x = _SUFFIX.match(text, pos)  # matched once for the two readings below
        if token.kind is None and x and not (
                x["name"] in _CODES and not _reads_as_amount(text, start, end, token)) and not (
                x["name"] in _SCALED_ONLY and _not_scaled_money(text, start, end, x.end(),
                                                                token)):
            kind, payload = _SUFFIXES.find(x["name"])
            token.kind, pos = kind, x.end()
            if kind in ("money", "cents"):
                token.currency = _currency(payload, default_dollar, *story)
                if token.currency is None:  # "francs" of no country known: read, as a
                    token.kind = "grade"      # grade is, and nothing emitted
            elif kind == "percent" and payload == "grade":
                token.unit, token.role = "%", "grade"
            elif kind == "percent":
                token.unit = payload
                if described := _percent_role(text, start, pos):
                    token.role = described
                if _is_minus(text, start) and not _after_a_figure(text, start - 1):
                    # "(NASDAQ:OGAL) -21.4% premarket": a fall told by its sign
                    token.start, token.number = start - 1, -token.number
            elif kind == "quantity":
                token.unit, token.tonnes = payload
                rate = token.tonnes is not None and not token.unit.endswith("/y")
                if rate and (r := _RATE.match(text, pos)):
                    token.unit, pos = token.unit + "/y", r.end()
                if token.unit in _ORE_GRADE_UNITS and (g := _PER_ORE.match(text, pos)):
                    token.kind, pos = "grade", g.end()  # "0.194 ounces of gold a ton"
                elif _DEADWEIGHT.match(text, pos):
                    token.role = "deadweight"  # "the bulk carrier Envoy, 75,453 tonnes dw"
        elif x and (named := _SUFFIXES.find(x["name"]))[0] == "money":
            pos = x.end()  # "US$5 million USD": the code repeats the prefix …
            if token.currency == default_dollar and named[1] != "$":
                # … or "$1.5 million CAD"
                named_currency = _currency(named[1], default_dollar, *story)
                token.currency = named_currency or token.currency
        if token.kind in ("money", "cents") and (u := _PER_UNIT.match(text, pos)):
            token.role, token.unit = "unit_price", _UNITS.find(u["unit"])[0]
            pos = u.end()
        if token.kind is None and (label := _percent_label(text, start)):
            token.kind, token.unit = "percent", "%"  # "Percent Change: +41.8"
            if label["sign"] in _MINUS:
                token.start, token.number = start - 1, -token.number
        token.end = pos
        tokens.append(token)
    return tokens


def _not_scaled_money(text: str, start: int, end: int, word_end: int, token: _Token) -> bool:
    """Whether a currency word that is an English word too is no money here: after a bare
    number ("in 2021 won approval") or before an apostrophe ("40 million won't")."""
    return (token.scale is None and "," not in text[start:end]) or \
        text[word_end:word_end + 1] in ("'", "’")


def _currency(payload: Any, default_dollar: str, country: str | None,
              year: int | None) -> str | None:
    """The currency a currency word names: "$" is ``default_dollar``, a word several
    countries use (a ``shared_currency_names`` entry) is that of ``country`` or its fallback
    of the time (itself read so), any other its own code."""
    if isinstance(payload, dict):
        if country in payload["by_country"]:
            return _of_the_time(payload["by_country"][country], year)
        until = payload.get("fallback_until")
        if until is not None and (year is None or year > until):
            return None
        payload = payload.get("fallback")  # "¥": the yuan, whenever
        if payload is None:
            return None
    return default_dollar if payload == "$" else _of_the_time(payload, year)


def _of_the_time(code: str, year: int | None) -> str:
    """The code a currency had in ``year``: before a redenomination, the old one (and before
    that one's, its predecessor: the bolivar of 1987 is VEB, neither VEF nor VES). Years are
    compared, so a story of the redenomination's own year reads the new code."""
    history = _VOCAB["currency_history"].get(code)
    if history and year is not None and year < history["since"]:
        return _of_the_time(history["old"], year)
    return code


def _reads_as_amount(text: str, start: int, end: int, token: _Token) -> bool:
    """Whether a number beside a currency code reads as an amount of money: scaled, written
    with a decimal point or thousands separator ("ZAR 3 billion", "USD 1,200"), or a price of
    a share or a unit ("SEK 19 per share", "USD 12 per pound"); not a year or a version ("Hong
    Kong SAR 2023 figures", "runs on PHP 8")."""
    return token.scale is not None or any(c in text[start:end] for c in ".,") or \
        _PER_SHARE_AFTER.match(text, end) is not None or _PER_UNIT.match(text, end) is not None


def _is_minus(text: str, start: int) -> bool:
    """A minus sign right before a currency sign, itself after a space or a bracket: not the
    dash of a range ("$12-$15") or of a compound."""
    return start > 0 and text[start - 1] in _MINUS and (
        start == 1 or text[start - 2] in _BEFORE_MINUS)


# A price line's label before a percentage written without its sign (``percent_labels``).
_PERCENT_LABEL = re.compile(
    rf"\b(?:{_alternation(_VOCAB['percent_labels']['labels'])}):[ \t]*(?P<sign>[-+\u2212]?)$")


def _percent_label(text: str, start: int) -> re.Match[str] | None:
    """A price line's label right before a figure ("Percent Change: +41.8"): its colon is
    looked for first, as before most figures there is none."""
    lo = max(0, start - _LABEL_REACH)
    return _PERCENT_LABEL.search(text, lo, start) if text.find(":", lo, start) != -1 else None


_LABEL_REACH = 24  # characters before a figure read for its label


def _after_a_figure(text: str, start: int) -> bool:
    """Whether a figure ends just before ``start`` (spaces aside): "2.4 -3.1%" is a range."""
    before = text[max(0, start - 3):start].rstrip(" \u00a0")
    return before[-1:].isdigit()


def _is_approx(text: str, start: int) -> bool:
    """A qualifier or bound right before the value: "nearly $1 billion", "over 900%"."""
    before = text[max(0, start - 24):start].rstrip(" \u00a0").lower()
    if not before.endswith(_APPROX_WORDS):
        return False
    return any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum()
                                or not w[0].isalnum())
        for w in _APPROX_WORDS
    )


def _settle_ranges(text: str, tokens: list[_Token]) -> None:
    """Give the low end of a range what only its high end states: "$1.7 to $1.8 billion";
    and a price right after a unit price its unit: "$920/metric ton from $558"."""
    for low, high in pairwise(tokens):
        if (low.role == "unit_price" and high.kind == "money" and high.role is None
                and high.scale is None and _CARRY_PRICE.match(text, low.end, high.start)):
            high.role, high.unit = low.role, low.unit
        if low.kind == "money" and high.kind is None and low.scale is None and \
                high.scale is not None and low.number <= high.number and \
                _RANGE_JOIN.match(text, low.end, high.start):
            # "US$1.2-1.5 billion": the high end's scale, the low end's currency
            high.kind, high.currency, high.role = low.kind, low.currency, low.role
            low.scale = high.scale
            continue
        join = _RANGE_JOIN.match(text, low.end, high.start)
        if low.kind == "money" and high.kind is None and low.scale == high.scale and \
                low.number <= high.number and join is not None and \
                join[0].strip() in _DASH_JOINERS:
            # "US$15.40-16.20/lb", "Rs 60,000-62,000 a kg": the high end's currency is the low's
            high.kind, high.currency, high.role, high.unit = (
                low.kind, low.currency, low.role, low.unit)
            continue
        if high.kind in (None, "grade") or low.number > high.number:
            continue
        if join is None or (join[0].strip() == "and" and not _BETWEEN.search(
                text, max(0, low.start - 10), low.start)) or (
                join[0].strip() == "or" and low.scale is not None):
            continue  # (not "a loss of 4.2 mln or 10 pct": a sum restated)
        if low.kind is None:
            low.kind, low.currency, low.unit, low.tonnes = (
                high.kind, high.currency, high.unit, high.tonnes)
            low.role = high.role
        if low.kind == high.kind and low.scale is None:
            low.scale = high.scale


_SCALE_WORD_END = re.compile(r"[A-Za-z]{3}$")  # "47.7 mln", "1.5 billion"; not "96m", "2bn"


def _settle_elided_currency(text: str, tokens: list[_Token]) -> None:
    """Give a bare scaled amount the currency of the scaled amount before it on its line (a
    paragraph of cleaned text): "40.00 billion marks from a previous 44.32 billion". A range
    is read as one ("from 30 mln to 35 mln"), so that a range of counts keeps neither end
    ("30 million to 40 million people"); past a sentence's end only before punctuation or a
    comparison ("… markka. It had a loss, 171.2 mln, in 1982"), past a paragraph's only
    compared ("\n\nNet loss industrial vehicles 990 mln vs loss 1.54 billion")."""
    last: _Token | None = None
    counted: _Token | None = None  # the last scaled figure of something else
    for i, token in enumerate(tokens):
        if token.kind == "money" and token.scale is not None and token.role is None:
            last = token
            continue
        if token.scale is not None and token.kind not in (None, "money"):
            counted = token  # "… 5 mln tonnes\n\nExports fell to 3 mln from 4 mln": tonnes
            continue
        if last is None or not _elided(token):
            continue
        ends = [token]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and _RANGE_JOIN.match(text, token.end, following.start):
            if not _elided(following):
                continue
            ends.append(following)
        end = _ELIDED_END.match(text, ends[-1].end)
        if end is None:
            counted = token  # "… fell to 628.5 mln barrels from 628.9 mln": what it counts
            continue
        compared = (end["word"] and end["word"].lower() in _COMPARISONS) or \
            _compared(text, token.start)
        if "\n" in text[last.end:token.start] and not (
                compared and _SCALE_WORD_END.search(text, token.start, token.end)
                and (counted is None or counted.start < last.start)):
            continue  # in the next paragraph, only a sum compared, its scale a word, and no
            # count between: "… down from 47.7 mln a year earlier", "… 990 mln vs loss 1.54
            # billion" (a wire's paragraph is a sentence); not a drill hole's "from 96m"
        if _SENTENCE_BREAK.search(text, last.end, token.start) and end["word"] and \
                not compared:
            continue  # "… 20 mln stg. It employs 3 mln at the plant." (but "This was 5.19 pct
            # up from 49.98 billion at the end of November")
        for elided in ends:
            elided.kind, elided.currency = "money", last.currency
        last = ends[-1]


_TABLE_AMOUNT = r"\d[\d,.]*(?:[ \t]+(?:mln|million|billion|bln))?"
_RESULT_LINE = re.compile(
    rf"(?<![\w-])(?:{_alternation(_VOCAB['result_tables']['labels'])})"
    rf"(?:[ \t]+(?:loss|profit))?[ \t]+(?P<now>{_TABLE_AMOUNT})[ \t]+vs\.?[ \t]+"
    rf"(?:(?:loss|profit)[ \t]+)?(?P<before>{_TABLE_AMOUNT})", re.IGNORECASE)


def _settle_result_tables(text: str, tokens: list[_Token], default_dollar: str) -> None:
    """A results table's bare amounts are money in the currency of the table's amounts
    before them, else the story's dollar: "Oper net 1,048,000 vs 1,870,000", "Net loss 2.9
    mln vs profit 174,562"; "Turnover 952.6 mln vs 970.1 mln" after "Pre-tax profit 121.1 mln
    stg" (units.toml ``result_tables``)."""
    if " vs" not in text:
        return
    lines = list(_RESULT_LINE.finditer(text))
    if not lines:
        return
    starts = {m.start(group) for m in lines for group in ("now", "before")}
    currency = default_dollar
    for token in tokens:
        if token.kind in ("money", "cents") and token.currency and token.role != "unit_price":
            currency = token.currency
        elif token.kind is None and (token.start in starts or (
                token.start > lines[0].start() and _a_noted_sum(text, token))):
            token.kind, token.currency = "money", currency


_COUNT_REACH = 40  # characters before a figure, on its line, read for a count's label
_COUNTED_BEFORE = re.compile(rf"\b(?:{alternation(_VOCAB['result_tables']['counted'])})\b",
                              re.IGNORECASE)


def _a_noted_sum(text: str, token: _Token) -> bool:
    """A sum in a results table's notes: scaled or written with thousands separators ("gains
    of 2,610,000 vs 2,442,000", "by 10 mln."), nothing after it saying what it counts, and
    no count's label just before it on its line ("Avg shrs 5,910,000 vs 3,680,000")."""
    if token.scale is None and not (token.number >= 1000 and "," in text[token.start:token.end]):
        return False
    if not _ELIDED_END.match(text, token.end):
        return False
    line_start = text.rfind("\n", 0, token.start) + 1
    return _COUNTED_BEFORE.search(text, max(line_start, token.start - _COUNT_REACH),
                                  token.start) is None


_SAME_SCALE = 100  # how far apart two figures compared may be and still share a scale


def _settle_compared_figures(text: str, tokens: list[_Token]) -> None:
    """A bare figure compared with a scaled amount right before it is one of the same kind:
    "raised its capital to 405 mln ringgit from 105", "44.7 mln dlrs vs 9,489,000" (a full
    figure keeps its own size; a figure of like size takes the scale)."""
    for before, token in pairwise(tokens):
        if token.kind is not None or token.scale is not None or before.kind != "money" or \
                before.scale is None or before.role is not None or \
                not _compared(text, token.start) or not _ELIDED_END.match(text, token.end) or \
                _A_YEAR.fullmatch(text, token.start, token.end):
            continue  # (not "a €14.2 million grant. … so that from 2027 the plant": a year)
        token.kind, token.currency = "money", before.currency
        if token.number and before.number / _SAME_SCALE <= token.number <= \
                before.number * _SAME_SCALE:
            token.scale = before.scale


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _settle_bare_quotes(text: str, tokens: list[_Token]) -> None:
    """A two-way price written bare is of the kind of the one before it in its paragraph:
    "rose to 409.40/90 dlrs from 408.90/409.40", "call money fell to 3.90/4.0 pct. It had been
    3.80/90 on Friday"."""
    last: _Token | None = None
    for token in tokens:
        if not _is_quote(text, token):
            continue
        if token.kind is None and last is not None and "\n" not in text[last.end:token.start]:
            token.kind, token.currency, token.unit = last.kind, last.currency, last.unit
        if token.kind in ("money", "cents", "percent"):
            last = token


def _compared(text: str, start: int) -> bool:
    """Whether a comparison word stands right before ``start``: "up from 49.98 billion"."""
    return bool(_COMPARISONS.intersection(last_words(text, 0, start, 1)))


def _elided(token: _Token) -> bool:
    """A scaled number with nothing that says what it counts: "355 mln"."""
    return token.kind is None and token.scale is not None


def _to_value(text: str, t: _Token) -> Value | None:
    if t.kind in (None, "grade"):
        return None
    amount = _rounded(t.number * (t.scale or 1.0))
    span = text[t.start:t.end]
    t.approx = _is_approx(text, t.start)
    if t.kind in ("money", "cents"):
        if t.kind == "cents":
            amount = _rounded(amount / 100)
        role = t.role or _money_role(text, t, amount)
        if role is None and t.glued in _PRICED_ONLY:
            return None  # "section 4c", "40c": no price
        return Value("money", t.start, t.end, span, amount=amount, currency=t.currency,
                     approx=t.approx, unit=t.unit, role=role)
    if t.kind == "percent":
        return Value("percent", t.start, t.end, span, amount=t.number, approx=t.approx,
                     unit=t.unit, role=t.role)
    tonnes = _rounded(amount * t.tonnes) if t.tonnes is not None else None
    return Value("quantity", t.start, t.end, span, amount=amount, approx=t.approx,
                 unit=t.unit, tonnes=tonnes, role=t.role)


def _rounded(x: float) -> float:
    """Twelve significant digits: 517.3 × 1e6 is 517300000, not 517299999.99999994."""
    return float(f"{x:.12g}")


def _money_role(text: str, t: _Token, amount: float) -> str | None:
    """What the sentence says this amount is: a share price, a market value, a per-share sum."""
    lo = max(0, t.start - _CONTEXT)
    before = text[lo:t.start]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    if _MARKET_CAP_AFTER.match(text, t.end):
        return "market_cap"
    cap = _MARKET_CAP_BEFORE.search(before)
    if cap and (cap[0].lower() != "valued at" or (
            _VALUED_SUBJECT.search(before, 0, cap.start())
            and not _NOT_MARKET_CAP.search(before, 0, cap.start()))):
        return "market_cap"
    if t.scale is not None or amount > _SHARE_PRICE_MAX:
        return None
    if _PER_SHARE_AFTER.match(text, t.end):
        return "per_share" if _PER_SHARE_FIGURE.search(before) else "share_price"
    if _PER_SHARE_BEFORE.search(before):
        return "per_share"
    if _SHARE_PRICE_BEFORE.search(before):
        return "share_price"
    if amount < _SHARE_PRICE_WEAK_MAX and _SHARE_PRICE_WEAK.search(before):
        return "share_price"
    return None


def _without_overlaps(values: list[Value]) -> list[Value]:
    """Earliest first, longest first at one start; a value inside an earlier one is dropped."""
    values.sort(key=lambda v: (v.start, v.start - v.end))
    kept: list[Value] = []
    for value in values:
        if not kept or value.start >= kept[-1].end:
            kept.append(value)
    return kept
