"""Date expressions resolved against the publication date: the brief's examples, corpus
articles (by record id, asserting only the short date strings) and the false-date traps."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from mineralwatch.extract.dates import find_dates, resolve_date

# The seed article was published on Friday 3 October 2025.
FRIDAY = dt.date(2025, 10, 3)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Thursday", ("2025-10-02", "day")),
        ("on Friday", ("2025-10-03", "day")),
        ("on Saturday", ("2025-09-27", "day")),
        ("last Friday", ("2025-09-26", "day")),
        ("next Thursday", ("2025-10-09", "day")),
        ("this coming Monday", ("2025-10-06", "day")),
        ("this Wednesday", ("2025-10-01", "day")),
        ("at Thursday's meeting", ("2025-10-02", "day")),
        ("yesterday", ("2025-10-02", "day")),
        ("Today", ("2025-10-03", "day")),
        ("tomorrow", ("2025-10-04", "day")),
        ("three weeks ago", ("2025-09-12", "day")),
        ("10 days ago", ("2025-09-23", "day")),
        ("last month", ("2025-09", "month")),
        ("earlier this month", ("2025-10", "month")),
        ("next month", ("2025-11", "month")),
        ("this week", ("2025-10", "month")),
        ("last week", ("2025-09", "month")),
        ("two months ago", ("2025-08", "month")),
        ("last year", ("2024", "year")),
        ("earlier this year", ("2025", "year")),
        ("next year", ("2026", "year")),
        ("a year ago", ("2024", "year")),
        ("last quarter", ("2025-Q3", "quarter")),
        ("in August 2025", ("2025-08", "month")),
        ("Aug. 2025", ("2025-08", "month")),
        ("in September", ("2025-09", "month")),
        ("in October", ("2025-10", "month")),
        ("in November", ("2025-11", "month")),  # the month after publication is ahead
        ("in December", ("2024-12", "month")),
        ("last November", ("2024-11", "month")),
        ("next March", ("2026-03", "month")),
        ("February last year", ("2024-02", "month")),
        ("January this year", ("2025-01", "month")),
        ("early April", ("2025-04", "month")),
        ("September 12", ("2025-09-12", "day")),
        ("October 20th", ("2024-10-20", "day")),
        ("12 September 2025", ("2025-09-12", "day")),
        ("12th of September", ("2025-09-12", "day")),
        ("24th August 1992", ("1992-08-24", "day")),
        ("Sept. 12, 2025", ("2025-09-12", "day")),
        ("Sep 12 2025", ("2025-09-12", "day")),
        ("Thursday, October 2, 2025", ("2025-10-02", "day")),
        ("January 31,\u00a02025", ("2025-01-31", "day")),
        ("2025-10-03", ("2025-10-03", "day")),
        ("10/03/2025", ("2025-10-03", "day")),
        ("25/03/2025", ("2025-03-25", "day")),
        ("Q3 2025", ("2025-Q3", "quarter")),
        ("Q1 FY25", ("2025-Q1", "quarter")),
        ("Q3'25", ("2025-Q3", "quarter")),
        ("1Q24", ("2024-Q1", "quarter")),
        ("third quarter of 2025", ("2025-Q3", "quarter")),
        ("the third quarter", ("2025-Q3", "quarter")),
        ("a fourth-quarter profit", ("2024-Q4", "quarter")),
        ("the December quarter", ("2024-Q4", "quarter")),
        ("the June quarter 2025", ("2025-Q2", "quarter")),
        ("the fourth quarter of FY28", ("2028-Q4", "quarter")),
        ("from December 1 last year", ("2024-12-01", "day")),
        ("on 15 September this year", ("2025-09-15", "day")),
        ("before the August deadline", ("2025-08", "month")),  # a month before a noun it dates
        ("early 2026", ("2026", "year")),
        ("mid-2025", ("2025", "year")),
        ("late 2025", ("2025", "year")),
        ("by the end of 2027", ("2027", "year")),
        ("by the end of the year", ("2025", "year")),  # the year of publication's part
        ("since the start of the year", ("2025", "year")),
        ("at the start of 2026", ("2026", "year")),
        ("by 2027", ("2027", "year")),
        ("the 2025 list", ("2025", "year")),
        ("H2 2027", ("2027", "year")),
        ("first half of 2024", ("2024", "year")),
        ("FY25", ("2025", "year")),
        ("fiscal 2024", ("2024", "year")),
    ],
)
def test_resolves(expression: str, expected: tuple[str, str]) -> None:
    published = dt.date(2025, 10, 3)
    if expression in ("a fourth-quarter profit", "the December quarter", "October 20th"):
        published = dt.date(2025, 2, 13)  # a February results story looks back a year
    assert resolve_date(expression, published) == expected


def test_span_covers_qualifiers_but_not_prepositions() -> None:
    assert [v.text for v in find_dates("by mid-2025, in August 2025, on Thursday", FRIDAY)] == [
        "mid-2025", "August 2025", "Thursday"]
    assert [v.text for v in find_dates("last Tuesday and next week", FRIDAY)] == [
        "last Tuesday", "next week"]


@pytest.mark.parametrize(
    "text",
    [
        "Prices may be lower.",
        "May be the best year yet.",
        "May rise further, analysts said.",
        "Theresa May said so.",
        "They will March on the capital.",
        "an August body of experts",
        "It shipped 2,000 tonnes.",
        "It shipped 2000 tonnes.",
        "It cost $2025.",
        "up 2025%",
        "Suite 2000, Vancouver",
        "at 10:43:39",
        "https://example.com/2025/02/story",
        "Form 10-K",
        "Dec",
        "this-week-february-10",
        "like the Sunday Creek antimony-gold project",
        "work done in the 1980\u2019s and 1970's",
    ],
)
def test_false_dates(text: str) -> None:
    assert find_dates(text, FRIDAY) == []


@pytest.mark.parametrize("text", ["in May", "since May", "by March", "mid-May", "last May",
                                  "May 5", "May 2025", "March 17, 2025", "on Monday Rio Tinto",
                                  "a Monday Australian bourse filing",
                                  "2024's output", "Thursday's meeting"])
def test_ambiguous_months_with_date_context(text: str) -> None:
    assert len(find_dates(text, FRIDAY)) == 1


def test_the_second_month_of_a_range_is_a_date() -> None:
    """"August" and "May" need a word of time before them ("an august body"); a month and a
    dash are one: "the January-August period", "for April–May delivery"."""
    found = find_dates("Output for the January-August period rose; cargoes for April–May "
                       "delivery; an august body.", FRIDAY)
    assert [v.text for v in found] == ["January", "August", "April", "May"]


def test_without_publication_date_only_dated_expressions() -> None:
    text = "on Thursday, last month, in September, 12 September 2025 and Q3 2025"
    assert [(v.text, v.date) for v in find_dates(text, None)] == [
        ("12 September 2025", "2025-09-12"), ("Q3 2025", "2025-Q3")]
    assert resolve_date("in September", None) is None


def test_datetime_publication_is_accepted() -> None:
    assert resolve_date("yesterday", dt.datetime(2025, 10, 3, 10, 43, 39)) == (
        "2025-10-02", "day")


def test_impossible_dates_are_skipped() -> None:
    assert find_dates("February 30, 2025 and 13/13/2025", FRIDAY) == []


def test_leap_day_without_year_goes_back_to_a_leap_year() -> None:
    assert resolve_date("February 29", dt.date(2025, 10, 3)) == ("2024-02-29", "day")
    # in a leap year, the day just past is this year's
    assert resolve_date("cash at 29 February", dt.date(2024, 3, 12)) == ("2024-02-29", "day")


# ----- corpus articles ----------------------------------------------------------------------


def corpus_dates(corpus_records: dict[str, dict], record_id: str) -> dict[str, tuple]:
    record = corpus_records[record_id]
    published = dt.date.fromisoformat(record["published"][:10])
    text = record["text"]
    found = find_dates(text, published)
    assert all(text[v.start:v.end] == v.text for v in found)
    return {" ".join(v.text.split()): (v.date, v.precision) for v in found}


def test_lexis_export_dates(corpus_records: dict[str, dict]) -> None:
    # AFR, published Thursday 22 February 2024: the Lexis header, "yesterday", "December".
    dates = corpus_dates(corpus_records, "cmn-001-2cfaabcdd3")
    assert dates["February 22, 2024"] == ("2024-02-22", "day")
    assert dates["Thursday"] == ("2024-02-22", "day")
    assert dates["yesterday"] == ("2024-02-21", "day")
    assert dates["December"] == ("2023-12", "month")


def test_month_last_year(corpus_records: dict[str, dict]) -> None:
    assert corpus_dates(corpus_records, "cmn-013-33be591bb1")["February last year"] == (
        "2023-02", "month")


def test_release_dates_and_quarters(corpus_records: dict[str, dict]) -> None:
    dates = corpus_dates(corpus_records, "cmn-126-d4a125b9a3")
    assert dates["Q4 2025"] == ("2025-Q4", "quarter")
    assert dates["H2 2027"] == ("2027", "year")
    assert corpus_dates(corpus_records, "cmn-112-4e32dada00")["1Q24"] == ("2024-Q1", "quarter")
    assert corpus_dates(corpus_records, "cmn-007-8aaa5e79a5")["fourth quarter of 2024"] == (
        "2024-Q4", "quarter")


def test_weekday_in_a_wire_story(corpus_records: dict[str, dict]) -> None:
    # Dow Jones, published Thursday 13 February 2025: "on Thursday said".
    assert corpus_dates(corpus_records, "cmn-083-fcd314c98f")["Thursday"] == (
        "2025-02-13", "day")


# ----- a date without its year, ahead of publication or behind it ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A future cue in the sentence reads the month, day or quarter ahead, within six months.
        ("The tariffs will take effect on March 12.", ("2026-03-12", "day")),
        ("Results are expected in the first quarter.", ("2026-Q1", "quarter")),
        ("It hopes to lift the ban in the first quarter.", ("2026-Q1", "quarter")),  # syn-228
        ("Payment was due November 16.", ("2025-11-16", "day")),  # a deadline, told after
        ("The company will restart the mill in November.", ("2025-11", "month")),
        ("The meeting was scheduled for June 6.", ("2025-06-06", "day")),  # too far ahead
        ("It restarted the mill in December.", ("2024-12", "month")),
        ("Shares of record on October 20 get the dividend.", ("2025-10-20", "day")),
        ("It said on October 20 it would pay.", ("2024-10-20", "day")),
        # A weekday needs the cue in its own clause; a reporting verb beside it wins.
        ("Shareholders are due to vote on Tuesday.", ("2025-10-07", "day")),
        ("It will build a plant, the company said on Tuesday.", ("2025-09-30", "day")),
        ("It will cost more, according to a Tuesday filing.", ("2025-09-30", "day")),
        ("Prices would rise, traders said, from $558 on Tuesday.", ("2025-09-30", "day")),
        # A due date or a deadline right before the date lies ahead, unless the past tense
        # says otherwise; a weekday's "by" may lie behind.
        ("It is completing a feasibility study, due in the first quarter.",
         ("2026-Q1", "quarter")),
        ("The two companies aim to sign a binding agreement by January.",
         ("2026-01", "month")),
        ("We'll be lucky to see product moving before February.", ("2026-02", "month")),
        ("Shares had doubled by March.", ("2025-03", "month")),
        ("Output fell, due in part to flooding in May.", ("2025-05", "month")),
        ("Shares rose 6% before giving up the gain by Thursday's close.",
         ("2025-10-02", "day")),
        # A quarter without a cue is the last one, even the one after publication's ("a strike
        # hit output in the first quarter", told in October); a quarter that "ended" too, cue
        # or not; a cue reaches the rest of the year and at most two quarters into the next
        # ("due to publish third-quarter figures" in October is behind).
        ("After a strike hit output in the first quarter, the miner cut guidance.",
         ("2025-Q1", "quarter")),
        # of a quarter, a modal or a word of reach is a cue (syn-281, syn-239)
        ("Supply may tighten in the second quarter.", ("2026-Q2", "quarter")),
        ("It will bring the resource update forward into the first quarter.",
         ("2026-Q1", "quarter")),
        # a start told inside the sentence looks ahead; opening it, it may tell the past
        ("It plans a drilling programme starting in January.", ("2026-01", "month")),
        ("Starting in March, output fell sharply.", ("2025-03", "month")),
        # a date opening its sentence is when its subject will act (syn-393); not when a
        # verb of saying or of the past comes first
        ("From March, Tambourah will stop mining at the pit.", ("2026-03", "month")),
        ("In March, the company said it will stop mining.", ("2025-03", "month")),
        # a verb of the past and its object before the day, not a participle after its noun
        ("The board approved the merger on 12 December.", ("2024-12-12", "day")),
        ("Dividends go to holders registered on 12 December.", ("2025-12-12", "day")),
        # an attempt looks ahead, as an aim does
        ("Every buyer is trying to book tonnes for the first quarter.", ("2026-Q1", "quarter")),
        # "be held" is never past, after "to" or a modal or as a subjunctive
        ("The delegates recommended that another round be held in March.",
         ("2026-03", "month")),
        ("Lynas unveiled its expansion plans on Tuesday.", ("2025-09-30", "day")),
        ("It will restate its first quarter ended March 31.", ("2025-Q1", "quarter")),
        ("Kazatomprom is due to publish third-quarter trading figures.", ("2025-Q3", "quarter")),
        ("The mill was commissioned in the fourth quarter of last year.", ("2024-Q4", "quarter")),
        ("Sales rose in Q4 of last year.", ("2024-Q4", "quarter")),
        ("First output is planned for the June quarter of next year.", ("2026-Q2", "quarter")),
    ],
)
def test_future_cues_read_yearless_dates_ahead(text: str, expected: tuple[str, str]) -> None:
    assert resolve_date(text, FRIDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("First concentrate is expected in the fourth quarter.", "2026-Q4"),  # syn-66
    ("Commissioning is scheduled for the fourth quarter.", "2026-Q4"),
    ("Kazatomprom is due to publish fourth-quarter trading results.", "2025-Q4"),  # syn-174
    ("Its fourth quarter earnings will be published next week.", "2025-Q4"),
    ("It will restart the plant in the fourth quarter and report output then.", "2026-Q4"),
    # a modal reads a quarter ahead (syn-281, "we can take FID in the September quarter");
    # a past verb it does not know still leaves the quarter after publication's behind
    ("The board can take a final investment decision in the June quarter.", "2026-Q2"),
    ("Shipments resumed in the June quarter after the strike.", "2025-Q2"),
])
def test_a_quarter_ahead_in_the_year_unless_its_results_are_told(text: str,
                                                                 expected: str) -> None:
    assert resolve_date(text, dt.date(2026, 3, 6)) == (expected, "quarter")


def test_footnote_mark_after_a_year() -> None:
    assert [(v.text, v.date) for v in find_dates("demand will rise by 20503. Next", FRIDAY)] == [
        ("20503", "2050")]
    assert find_dates("a town of 20503 people", FRIDAY) == []


def test_yearless_dates_in_the_news(corpus_records: dict[str, dict]) -> None:
    # Reuters, Tuesday 11 February 2025: measures that "will" take effect on March 12.
    assert corpus_dates(corpus_records, "cmn-071-325acde16e")["March 12"] == (
        "2025-03-12", "day")
    # MT Newswires, 12 February 2025: "ahead of a Feb. 13 AGM".
    assert corpus_dates(corpus_records, "cmn-076-0a3ccd63c5")["Feb. 13"] == (
        "2025-02-13", "day")
    # AFR, 22 February 2024: an update "expected at the end of March".
    assert corpus_dates(corpus_records, "cmn-001-2cfaabcdd3")["end of March"] == (
        "2024-03", "month")
    # MT Newswires, 10 February 2025: a study planned for "the second quarter".
    assert corpus_dates(corpus_records, "cmn-054-d0a4f2f268")["second quarter"] == (
        "2025-Q2", "quarter")
    # AFR, 4 September 2024: a meeting that "was scheduled for June 6" is the June just gone.
    assert corpus_dates(corpus_records, "cmn-028-4ad9a25a8b")["June 6"] == ("2024-06-06", "day")


def test_near_dates_ahead_in_reuters(shared_dir: Path) -> None:
    # Reuters, 26 February 1987: "payable April one to shareholders of record March 17".
    path = shared_dir / "corpora" / "reuters21578" / "metals-train.jsonl"
    with path.open(encoding="utf-8") as fh:
        record = next(r for r in map(json.loads, fh) if str(r["id"]) == "37")
    published = dt.date.fromisoformat(record["date"][:10])
    dates = {v.text: v.date for v in find_dates(record["body"], published)}
    assert dates["March 17"] == "1987-03-17"


def test_yearless_days_within_four_months_are_ahead(reuters_articles: dict) -> None:
    # Reuters, 5 March 1987: the rights issue "opens April 4 and closes April 29"; a year-less day
    # months past publication is the one before it.
    bhp = reuters_articles["1918"]
    dates = {v.text: v.date for v in find_dates(bhp.text, dt.date(1987, 3, 5))}
    assert dates["April 29"] == "1987-04-29"
    assert resolve_date("on September 2", dt.date(1987, 3, 5)) == ("1986-09-02", "day")
    assert resolve_date("on July 2", dt.date(1987, 3, 5)) == ("1987-07-02", "day")
    # Past tense right before it keeps it behind: "for the year ended June 30".
    found = find_dates("Profit for the year ended June 30 rose; it was signed on May 20.",
                       dt.date(1987, 3, 5))
    assert [v.date for v in found] == ["1986-06-30", "1986-05-20"]
    moved = find_dates("The meeting was moved to March 20.", dt.date(2025, 3, 1))
    assert [v.date for v in moved] == ["2025-03-20"]  # where it moved to: ahead


def test_weekdays_in_the_news(corpus_records: dict[str, dict]) -> None:
    # Dow Jones, Thursday 13 February 2025: loading "will" start on Friday.
    assert corpus_dates(corpus_records, "cmn-091-a4aac13ceb")["Friday"] == ("2025-02-14", "day")
    # AFR, Thursday 9 May 2024: "would be a priority for Tuesday's federal budget".
    assert corpus_dates(corpus_records, "cmn-010-9a3110ec50")["Tuesday"] == ("2024-05-14", "day")
    # MT Newswires, Monday 10 February 2025: "according to a Saturday filing".
    assert corpus_dates(corpus_records, "cmn-048-369112adf5")["Saturday"] == ("2025-02-08", "day")
    # Reuters, Monday 10 February 2025: the treasurer "could block them from voting at
    # Thursday's shareholder meeting".
    assert corpus_dates(corpus_records, "cmn-044-a3409a54ff")["Thursday"] == (
        "2025-02-13", "day")
    # Seeking Alpha, Tuesday 11 February 2025: a "would" clauses away does not reach "on Friday".
    assert corpus_dates(corpus_records, "cmn-056-2bd2047f53")["Friday"] == ("2025-02-07", "day")


def test_a_verb_in_the_past_right_before_a_weekday_puts_it_behind() -> None:
    # syn-193, Wednesday 18 September 2019: a "could" earlier in the clause does not make
    # "surfaced on Monday" next week's; a passive's participle after "will be" still looks ahead.
    wednesday = dt.date(2019, 9, 18)
    surfaced = find_dates("Speculation that a rival bid could come from Peru surfaced on Monday.",
                          wednesday)
    assert [v.date for v in surfaced] == ["2019-09-16"]
    ahead = find_dates("The plant will be commissioned on Monday.", wednesday)
    assert [v.date for v in ahead] == ["2019-09-23"]


def test_end_of_a_year_is_dated_by_the_year(corpus_records: dict[str, dict]) -> None:
    """As "early 2026" and "mid-2025" are: the annotators of each gold set date "end 2025",
    "end of 1990" and "end-1985" by their year (most of 22 such dates)."""
    assert corpus_dates(corpus_records, "cmn-115-83d9352766")["end 2025"] == ("2025", "year")
    assert [(v.date, v.precision) for v in find_dates(
        "Output is to double by end-1985 and again by the end of 1990.", dt.date(1984, 5, 2))
        ] == [("1985", "year"), ("1990", "year")]


def test_years_with_footnote_marks(corpus_records: dict[str, dict]) -> None:
    dates = corpus_dates(corpus_records, "cmn-019-5afb0c36c8")
    assert (dates["20503"], dates["20404"]) == (("2050", "year"), ("2040", "year"))


@pytest.mark.parametrize(("text", "iso"), [("guidance for 1H25", "2025"), ("in 2H25", "2025"),
                                           ("CY2026 output", "2026"), ("CY26 sales", "2026")])
def test_attached_halves_and_calendar_years(text: str, iso: str) -> None:
    [value] = find_dates(text, dt.date(2025, 10, 3))
    assert (value.date, value.precision) == (iso, "year")


def test_an_attached_half_inside_a_code_is_no_date() -> None:
    assert find_dates("part 1H25x of the plan", dt.date(2025, 10, 3)) == []


@pytest.mark.parametrize("text", ["CY 25 units were sold", "the unit 1H30 engine"])
def test_calendar_year_codes_and_far_halves_are_no_dates(text: str) -> None:
    assert find_dates(text, dt.date(2025, 10, 3)) == []


def test_a_wire_spells_the_first_days_of_a_month() -> None:
    """"effective July one", "Effective with May three shipments"; "in July one year later"
    counts years, so only the month is a date there."""
    published = dt.date(1987, 3, 19)
    assert resolve("effective July one.", published) == [("July one", "1987-07-01", "day")]
    assert resolve("Effective with May three shipments.", published) == [
        ("May three", "1987-05-03", "day")]
    assert resolve("In July one year later it closed.", published) == [
        ("July", "1986-07", "month")]


def test_an_event_that_starts_on_a_weekday_lies_ahead() -> None:
    """"a four-day visit …, which starts on Friday", in a story of Thursday 19 March 1987."""
    assert resolve("the visit, which starts on Friday.", dt.date(1987, 3, 19)) == [
        ("Friday", "1987-03-20", "day")]


def test_a_date_after_a_gerund_after_after_is_behind() -> None:
    """"after closing Monday", "after sliding 5% on Friday": done before the clause's time,
    which a cue earlier in the clause ("ahead of the open") does not move ahead."""
    tuesday = dt.date(2025, 1, 28)
    assert resolve("It was seen higher ahead of the open after closing Monday.", tuesday) == [
        ("Monday", "2025-01-27", "day")]
    assert resolve("The shares will rebound after sliding 5% on Friday.", tuesday) == [
        ("Friday", "2025-01-24", "day")]
    assert resolve("The shares will rebound on Friday.", tuesday) == [
        ("Friday", "2025-01-31", "day")]
    # a month or quarter in the gerund's phrase too, its object between
    assert resolve("It expects more output after fixing two pumps in the March quarter.",
                   dt.date(2025, 9, 19)) == [("March quarter", "2025-Q1", "quarter")]


def test_the_end_of_a_period_still_running_is_ahead() -> None:
    """"ending"/"ends" right before a year-less date, or "until" and "to" and a verb after
    it: the coming one, up to a year ahead; "ended" keeps it behind."""
    march = dt.date(1987, 3, 20)
    assert resolve("It sees 80 cts a share for the fiscal year ending in October.", march) == [
        ("October", "1987-10", "month")]
    assert resolve("Even if the ban ends in November, supply stays short.", march) == [
        ("November", "1987-11", "month")]
    assert resolve("Profit fell in the year ended in October.", march) == [
        ("October", "1986-10", "month")]
    # a deadline given to do something, too
    november = dt.date(2025, 11, 6)
    assert resolve("It gave the smelters until June 30 to file expansion plans.", november) == [
        ("June 30", "2026-06-30", "day")]
    assert resolve("Output rose until June to a record.", november) == [
        ("June", "2025-06", "month")]
    assert resolve("The board set a timetable of April to decide on the smelter.", november) == [
        ("April", "2026-04", "month")]


def test_a_dateline_s_month_in_lower_case_is_its_day() -> None:
    """"Lima, june 2 - …": a wire's dateline, its month in lower case, still dates the story
    (a lower-case month elsewhere is no date)."""
    assert resolve("Lima, june 2 - the firm said it met the june 2 target.",
                   dt.date(1987, 6, 2)) == [("june 2", "1987-06-02", "day")]


def test_a_period_named_with_its_year_ends_in_that_year() -> None:
    """"NOTE: 1985 period ended December 28": the year written before the period dates its
    year-less end."""
    assert resolve("NOTE: 1985 period ended December 28.", dt.date(1987, 3, 25)) == [
        ("1985", "1985", "year"), ("December 28", "1985-12-28", "day")]
    assert resolve("Its 1986 fiscal year ended June 30 was weak.", dt.date(1988, 3, 1)) == [
        ("1986", "1986", "year"), ("June 30", "1986-06-30", "day")]


def test_a_timeline_s_year_with_its_month_in_brackets() -> None:
    """"2021 (December) - …": one month of that year, not a year and a year-less month."""
    assert resolve("2019 (March) - The law takes effect.", dt.date(2026, 5, 30)) == [
        ("2019 (March)", "2019-03", "month")]


def resolve(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    return [(v.text, v.date, v.precision) for v in find_dates(text, published)]


def test_a_wires_dateline_dates_its_relative_days() -> None:
    """"HONG KONG, March 5 - … yesterday" in a story the feed stamped March 4 (its own time
    zone): yesterday is March 4. A dateline in capitals ("NEW YORK, APRIL 1 -") is a date,
    and "last night" is the day before."""
    found = find_dates("HONG KONG, March 5 - Gold rose yesterday.", dt.date(1987, 3, 4))
    assert [(v.text, v.date) for v in found] == [("March 5", "1987-03-05"),
                                                 ("yesterday", "1987-03-04")]
    found = find_dates("NEW YORK, APRIL 1 - Three were killed last night.", dt.date(1987, 4, 1))
    assert [(v.text, v.date) for v in found] == [("APRIL 1", "1987-04-01"),
                                                 ("last night", "1987-03-31")]
    assert find_dates("COPPER MAY RISE", dt.date(1987, 4, 1)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("China put gallium under licences in July 2023. The rules took effect on Aug. 1 of that "
     "year.", ("2023-08-01", "day")),  # syn-17
    ("Tin traded at a record in 1985, in June of that year.", ("1985-06", "month")),  # 17731
    ("It bought a stake in 2023, and Albemarle walked away in October that year.",
     ("2023-10", "month")),  # syn-36
])
def test_a_date_of_that_year_takes_the_year_before_it(text: str,
                                                      expected: tuple[str, str]) -> None:
    assert [(v.date, v.precision) for v in find_dates(text, FRIDAY)][-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr Chalmers ordered the sell-down on June 3 and the following day Northern Minerals "
     "named its buyers.", "2025-06-04"),  # cmn-033
    ("Salar Andino gained 6.4% in Toronto on Thursday. Puna rose the previous day.",
     "2025-10-01"),
    ("The pipeline ruptured on August 29. A day later the regulator halted processing.",
     "2025-08-30"),
    ("It closed on June 6. The next day it reopened.", "2025-06-07"),
    ("It reopened on June 6; a day earlier it had warned.", "2025-06-05"),
    ("ON JUNE 3 IT SOLD. THE FOLLOWING DAY IT BOUGHT.", "2025-06-04"),  # a wire's capitals
    # from a day counted so: June 4, then June 5
    ("The order came on June 3. The following day it sold. A day later it bought.",
     "2025-06-05"),
])
def test_the_following_day_counts_from_the_day_before_it(text: str, expected: str) -> None:
    assert [(v.date, v.precision) for v in find_dates(text, FRIDAY)][-1] == (expected, "day")


def test_the_next_step_is_no_day() -> None:
    assert find_dates("On June 3 it said the next step and the following week matter.",
                      FRIDAY) == find_dates("On June 3 it said.", FRIDAY)


def test_a_report_after_a_month_does_not_put_it_behind() -> None:
    assert resolve_date("It will deliver in March a report.", dt.date(2026, 1, 10)) == (
        "2026-03", "month")


def test_the_end_of_the_year_written_with_its_number_is_that_year() -> None:
    assert [(v.text, v.date) for v in find_dates("At the end of the year 2023 output rose.",
                                                 FRIDAY)] == [("2023", "2023")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Smelter output for Jan-Dec, 1986 was a record.", [("1986", "year")]),
    ("Refiners shipped more in the April–June quarter.", [("2025-Q2", "quarter")]),
    ("Sales for the period (July-September) rose.", [("2025-Q3", "quarter")]),
    ("Buyers are booking cargoes for November-December loading.",
     [("2025-11", "month"), ("2025-12", "month")]),
    ("Ore imports in the January-August period rose.", [("2025-01", "month"),
                                                        ("2025-08", "month")]),
])
def test_a_range_of_months_is_a_period_or_two_months_in_one_run(
        text: str, expected: list[tuple[str, str]]) -> None:
    """A quarter's or a year's months are that quarter or year; other ranges give their two
    months, upcoming when the range starts after publication (a story of 3 October 2025)."""
    assert [(v.date, v.precision) for v in find_dates(text, FRIDAY)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The mint will issue the coin from next autumn.", "2026"),  # autumn has begun
    ("Drilling resumes next spring.", "2026"),
    ("Crews finished the road last summer.", "2025"),  # ended in August
    ("The pit flooded last winter.", "2024"),
    ("Sales slowed earlier this summer.", "2025"),
])
def test_a_season_named_from_publication_is_dated_by_its_year(text: str, expected: str) -> None:
    """Seasons start in March, June, September and December: told on 3 October 2025, "next
    autumn" is 2026's, "last summer" this year's, "last winter" the one begun in 2024."""
    assert [(v.date, v.precision) for v in find_dates(text, FRIDAY)] == [(expected, "year")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The go-slow began on Tuesday last week.", "2025-09-23"),
    ("Talks resume on Monday next week.", "2025-10-06"),
    ("The board met on Wednesday of this week.", "2025-10-01"),
])
def test_a_weekday_of_the_week_before_or_after(text: str, expected: str) -> None:
    """"Tuesday last week" is that day of the week before publication's (Friday 3 October
    2025), not the last Tuesday and a month."""
    assert [(v.date, v.precision) for v in find_dates(text, FRIDAY)] == [(expected, "day")]


def test_a_broker_s_quarter_named_by_its_last_month_and_q() -> None:
    """An Australian broker's note writes "Mar Q" and "Jun Q 2022" for the March and June
    quarters; "Dec Q&A" is no quarter."""
    found = find_dates("Output 412kt (Mar Q: 371kt; Jun Q 2022: 388kt). See our Dec Q&A.",
                       FRIDAY)
    assert [(v.text, v.date) for v in found] == [("Mar Q", "2025-Q1"),
                                                 ("Jun Q 2022", "2022-Q2")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ban comes three months after the ministry opened a review.", ("2025-07", "month")),
    ("The sale, agreed in May, came barely two months after the float.",
     ("2025-03", "month")),
    ("The strike, in 2024, came less than a year after the last one.", ("2023", "year")),
])
def test_a_subject_that_comes_months_after_an_event_dates_it(
        text: str, expected: tuple[str, str]) -> None:
    """"X comes three months after Y": Y is so long before X's date in the sentence, or
    before publication (3 October 2025) when the sentence gives none."""
    assert (find_dates(text, FRIDAY)[-1].date, find_dates(text, FRIDAY)[-1].precision) == expected


def test_a_plan_months_after_an_event_is_no_date() -> None:
    assert find_dates("Output will start six months after approval.", FRIDAY) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Exports rose to 9,100 tonnes in August from 8,700 in July and 6,200 a year earlier.",
     ("2024-08", "month")),
    ("Output in 2024 was 310,000 ounces, up from 280,000 a year earlier.", ("2023", "year")),
    ("In the June quarter sales were A$41 million, against A$37 million a year before.",
     ("2024-Q2", "quarter")),
])
def test_a_year_earlier_is_the_sentence_s_period_a_year_back(
        text: str, expected: tuple[str, str]) -> None:
    """"a year earlier" is the period its sentence opens with, a year back (told on 3
    October 2025)."""
    found = find_dates(text, FRIDAY)
    assert (found[-1].date, found[-1].precision) == expected


def test_a_year_after_a_quarter_counts_back_its_year() -> None:
    """A quarter anchors a count of years by its year alone ("2024-Q3" has no month)."""
    found = find_dates("Output in the third quarter of 2024 came just a year after the mine "
                       "opened.", FRIDAY)
    assert [(v.date, v.precision) for v in found] == [("2024-Q3", "quarter"), ("2023", "year")]


@pytest.mark.parametrize("text", ["In 2021 the mine closed, a year before the export ban.",
                                  "In March the plant opened a year earlier than planned."])
def test_a_year_earlier_that_goes_on_is_no_comparison(text: str) -> None:
    """"a year before the ban", "a year earlier than planned": no figure compared a year back,
    so no period a year before the sentence's."""
    assert [v.text for v in find_dates(text, FRIDAY)] == [text.split()[1]]


def test_a_year_earlier_after_a_day_of_telling_is_no_date() -> None:
    found = find_dates("The company said on Tuesday sales were up on a year earlier.", FRIDAY)
    assert [v.text for v in found] == ["Tuesday"]


def test_guidance_looks_ahead_to_its_period_s_end() -> None:
    """Guidance is a forecast: "guidance for the year to March 31", told on 3 October 2025,
    is of the year running; without it a day six months ahead is past."""
    found = find_dates("The miner cut its output guidance for the year to March 31.", FRIDAY)
    assert [(v.date, v.precision) for v in found] == [("2026-03-31", "day")]
    found = find_dates("Output rose in the year to March 31.", FRIDAY)
    assert [(v.date, v.precision) for v in found] == [("2025-03-31", "day")]


_MONTHS = {"March": "03", "May": "05", "August": "08"}


@pytest.mark.parametrize("text", ["The March announcement lifted the stock.",
                                  "Its May placement raised A$4 million.",
                                  "The August strike cut output."])
def test_an_ambiguous_month_before_news_it_dates_is_a_month(text: str) -> None:
    """"March", "May" and "August" alone are a month before a noun of news they date (the
    most recent one, told on 3 October 2025)."""
    [found] = find_dates(text, FRIDAY)
    assert (found.date, found.precision) == (f"2025-{_MONTHS[text.split()[1]]}", "month")
