"""Date expressions resolved against the article's publication date, each with a precision.

Rules that decide the ambiguous cases (news is mostly about what has just happened):
- A bare weekday ("on Thursday") is the most recent such day on or before publication;
  "last Thursday" the one strictly before, "next"/"this coming" the first after, "this" the
  one in the publication's Monday-to-Sunday week; "Thursday last week" that day of the week
  before publication's.
- A month, day or quarter without a year ("in September", "Feb 10", "the third quarter") is
  the most recent one not after publication; "last November" is strictly before it. But a
  day up to four months ahead, or the month after publication, is the coming one ("record
  March 17" in a story of 26 February; "the offer closes April 29" in one of 5 March).
- Unless the sentence looks ahead: after a future cue ("will", "expected", "ahead of": the
  `future_cues` of units.toml) such a date is the first one on or after publication, when
  that is at most six months away; a bare weekday needs the cue in its own clause, and a
  reporting verb beside the date ("said on Tuesday", "according to a Friday filing")
  keeps it in the past, as does a verb of the past with its object before a day ("signed
  the decree on 12 March", said in November).
- The end of a period still running ("the fiscal year ending in October", "if the ban ends
  in September") is the next such date, up to a year ahead.
  So is a deadline given to do something ("until June 30 to present plans").
- "February last year" is February of the year before publication.
- "in October that year", "on Aug. 1 of that year" take the year of the date before them.
- "the following day", "a day later", "the previous day" count from the day written before;
  "comes two months after" counts back from its sentence's date, or from publication; "a
  year earlier" is the period (month, quarter, year) its sentence opens with, a year back.
- "this/last/next week" resolve to the month of that week (there is no week precision);
  "last/this/next" with a season ("next autumn") to that year.
- "early 2026", "mid-2025", "by 2027", "H1 2025", "FY25", "the end of 2024", "the start of
  2025" resolve to the year: the annotators of every gold set date a year's part so; "by the
  end of the year" and "by year-end" are publication's.
- A range of months that fills a quarter or a year ("October–December", "Jan-Dec, 1986")
  is that quarter or year; any other gives its two months in one run ("April-May").
- "10/03/2025" is US order (month first) unless the first number cannot be a month;
  "10.03.2025" and "10-Mar-2025" are day first, as European and Indian notices write them.
- Without a publication date only expressions that carry their own year are returned.
- Capitalised month names only; "May", "March" and "August" alone need a preposition
  before them ("in May"), so "May be" and "March on" are not dates. A bare year (19xx/20xx)
  is a year unless a unit, scale or currency follows it ("2,000 tonnes", "2000 tonnes");
  after "by", "in", ... a footnote mark may cling to it ("by 20503." is 2050).

Speed: a cheap look-ahead over anchor words (months, weekdays, digits, "last", ...) guards
the full alternation, so most positions in the text cost one failed literal check.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from mineralwatch.extract.text import after_the, alternation, trie, word_opening
from mineralwatch.extract.vocabulary import load_units
from mineralwatch.models import Value

__all__ = ["find_dates", "resolve_date"]

_VOCAB = load_units()
_DATES = _VOCAB["dates"]
_MONTHS: dict[str, int] = {**_VOCAB["months"], **_VOCAB["month_abbreviations"]}
_WEEKDAYS: dict[str, int] = _VOCAB["weekdays"]
_RELATIVE_DAYS: dict[str, int] = _VOCAB["relative_days"]
_QUARTERS: dict[str, int] = _VOCAB["quarter_ordinals"]
_HALVES: dict[str, int] = _VOCAB["half_ordinals"]
_COUNTS: dict[str, int] = _VOCAB["number_words_dates"]
# A wire spells a month's first days: "effective July one", "May three shipments".
_SPELLED_DAYS = {w: n for w, n in _COUNTS.items() if w not in ("a", "an") and n <= 9}
# Words after "July one" that make "one" a count ("in July one year", "in May one of them").
_NOT_A_DAY = "day|days|year|years|week|weeks|month|months|of|more|time|times"
_AMBIGUOUS_MONTHS = frozenset(_DATES["ambiguous_months"])
# Months that close a quarter: Australian reports say "the December quarter".
# A broker's note shortens it: "Production 412kt (Mar Q: 371kt; Jun Q 2022: 388kt)".
_QUARTER_MONTHS = {3: 1, 6: 2, 9: 3, 12: 4}


def _alt(names: Iterable[str]) -> str:
    """Date words, longest first; "end of" also matches "end  of" across a line break."""
    return alternation(names, space=r"\s+")


def _trie(names: Iterable[str]) -> str:
    """Date words as ``_alt`` writes them, branching a letter at a time: the forms try them at
    every anchor, where a flat alternation tries each word (the same match in a pattern that
    heeds case)."""
    return trie(names, space=r"\s+")


def _cased(names: Iterable[str]) -> list[str]:
    """Each word as written and capitalised: literal alternatives keep the scan fast."""
    return [v for n in names for v in (n, n[0].upper() + n[1:])]


_Y = r"(?:19|20)\d\d(?!\d)"
_Y2 = r"\d\d(?!\d)"
_FULL = _trie(_VOCAB["months"])
# A wire's "NEW YORK, APRIL 1 -"; a flat alternation, as the "mdy" form reads it: its look-ahead
# for a day binds to the last word alone.
_UPPER_FULL = _alt(m.upper() for m in _VOCAB["months"])
_MONTH = rf"(?:{_FULL}|(?:{_trie(_VOCAB['month_abbreviations'])})\.?)(?![a-z])"
_WEEKDAY = rf"(?:{_trie(_WEEKDAYS)})"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+)?"
_ORDINAL = _trie(_cased(_QUARTERS))
_SUFFIX = r"(?:st|nd|rd|th)?(?!\w)(?![.,]\d)"  # not the "1" of "August 1.8%" or "May 1,500"


def _relative_year(name: str, group: str = "w", of_optional: bool = False) -> str:
    """" of last year", " of next year": the year of a quarter, told from publication; with
    "of" optional, of a day too ("December 1 last year"), in the group ``{name}_{group}``."""
    of = r"(?:of\s+)?" if of_optional else r"of\s+"
    return rf"\s+{of}(?P<{name}_{group}>last|this|next)\s+year(?![a-z])"


def _qualifier(name: str) -> str:
    return rf"(?:(?P<{name}_q>{_trie(_cased(_DATES['period_qualifiers']))})[\s-]+)?"


def _year_end() -> str:
    """ "year-end" after a deadline's word ("by year-end", "before the year end", "by
    end-year"): a part of publication's year, as "by the end of the year" is; "by year-end
    2026" leaves the year to its own form."""
    after = "|".join(rf"(?<=\b{re.escape(word)}{the} )" for word in _DATES["year_end_after"]
                     for the in ("", " the"))  # (a look-behind is of one width)
    return rf"(?:{after})(?:[Yy]ear[- ]end|end-year)(?![\w-])(?!\s+(?:19|20)\d\d)"


_FORMS = {
    "iso": rf"(?P<iso_y>{_Y})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?!\d)",
    "us": rf"(?P<us_a>[0-3]?\d)/(?P<us_b>[0-3]?\d)/(?P<us_y>{_Y})",
    # Day first, as European and Indian notices write it: "30.09.2025", "30-Sep-2025"
    "dd": rf"(?P<dd_d>[0-3]?\d)(?:\.(?P<dd_n>[01]?\d)\.|-(?P<dd_m>{_MONTH})-)(?P<dd_y>{_Y})",
    "dmy": rf"{_WEEKDAY_PREFIX}(?P<dmy_d>[0-3]?\d){_SUFFIX}\s+(?:of\s+)?(?P<dmy_m>{_MONTH})"
    rf"(?:,?\s+(?P<dmy_y>{_Y})|{_relative_year('dmy', 'r', of_optional=True)})?",
    "qb": rf"(?P<qb>[1-4])Q\s?'?(?P<qb_y>{_Y}|{_Y2})",
    "ago": rf"(?P<ago_n>\d{{1,2}}|{_trie(_cased(_COUNTS))})\s+"
    r"(?P<ago_u>day|week|month|year)s?\s+ago\b",
    # "Jan-Dec, 1986", "October–December", "April-May": see `_month_range`
    "mr": rf"(?P<mr_a>{_MONTH})[ \t]?[-–/][ \t]?(?P<mr_b>{_MONTH})(?:,?\s+(?P<mr_y>{_Y}))?",
    "mdy": rf"{_WEEKDAY_PREFIX}(?P<mdy_m>{_MONTH}|{_UPPER_FULL}(?=\s+\d))\s+"
    rf"(?:(?P<mdy_d>[0-3]?\d){_SUFFIX}"
    rf"|(?P<mdy_w>{_trie(_cased(_SPELLED_DAYS))})(?![\w-])(?!\s+(?:{_NOT_A_DAY})\b))"
    rf"(?:,?\s+(?P<mdy_y>{_Y})|{_relative_year('mdy', 'r', of_optional=True)})?",
    # "the December quarter", "Mar Q 2022"; ASX reports put the year between and capitalise:
    # "the September 2025 Quarter"
    "qd": rf"(?P<qd>{_trie(n for n, v in _MONTHS.items() if v in _QUARTER_MONTHS)})\.?\s+"
    rf"(?:(?P<qd_y0>{_Y})\s+(?=[Qq]uarter(?![a-z])))?(?:[Qq]uarter|Q(?![\w&]))"
    rf"(?:\s+(?:of\s+)?(?P<qd_y>{_Y})|{_relative_year('qd')})?",
    "mly": rf"(?P<mly_m>{_FULL})\s+(?P<mly_w>last|this|next)\s+year(?![a-z])",
    "my": rf"{_qualifier('my')}(?P<my_m>{_MONTH}),?\s+(?P<my_y>{_Y})",
    "qa": rf"Q(?P<qa>[1-4])(?:\s*(?:FY|CY)\s*'?(?P<qa_fy>{_Y}|{_Y2})|\s+(?P<qa_y>{_Y})"
    rf"|\s*'(?P<qa_y2>{_Y2})|{_relative_year('qa')})?(?!\w)",
    "qc": rf"(?P<qc>{_ORDINAL})[\s-]+quarter(?:\s+(?:of\s+)?(?:(?:fiscal|calendar|financial)"
    rf"\s+)?(?:year\s+)?(?P<qc_y>{_Y})|\s+(?:of\s+)?FY\s?'?(?P<qc_fy>{_Y}|{_Y2})(?!\w)"
    rf"|{_relative_year('qc')})?",  # "the fourth quarter of FY28"
    "half": rf"(?:H[12]\s*(?:FY\s*)?|[12]H\s*|(?:{_trie(_cased(_HALVES))})\s+half\s+(?:of\s+)?"
    rf"(?:fiscal\s+)?)(?P<half_y>{_Y})|[12]H(?P<half_y2>\d\d)(?!\w)"  # "1H25"
    r"|(?:H[12]|[12]H)\s?FY\s?'?(?P<half_fy>\d\d)(?!\w)",  # "1HFY26", "H1 FY26"
    "fy": rf"(?:FY\s?|[Ff]iscal\s+(?:year\s+)?)(?P<fy>{_Y}|{_Y2})"
    rf"|CY(?:\s?(?P<fy_cy>{_Y})|(?P<fy_cy2>\d\d)(?!\w))",  # "CY2026", "CY26"; not "CY 25 units"
    "rd": rf"(?P<rd>{_trie(_cased(_RELATIVE_DAYS))})(?![a-z])",
    "rp": rf"(?P<rp>[Ee]arlier\s+this|[Ll]ater\s+this|[Ll]ast|[Tt]his|[Nn]ext)\s+"
    rf"(?P<rp_u>week|month|year|quarter|{_alt(_DATES['seasons'])})(?![a-z])",
    "yp": rf"(?:{_trie(_cased(_DATES['year_parts']))})\s+of\s+the\s+year(?![a-z])"
    r"(?!\s+(?:(?:19|20)\d\d|before|earlier|prior|after|ending|ended)\b)"  # not "… the
    # year 2023", nor a fiscal year: "the second half of the year ending October 31, 1988"
    rf"|{_year_end()}",
    "rm": rf"(?P<rm_p>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<rm>{_FULL})(?![a-z])",
    "wd": rf"(?:(?P<wd_p>[Nn]ext|[Tt]his\s+coming|[Ll]ast|[Tt]his|[Cc]oming)\s+)?"
    rf"(?P<wd>{_WEEKDAY})(?![a-z])(?:\s+(?:of\s+)?(?P<wd_w>last|this|next)\s+week(?![a-z]))?",
    "bm": rf"{_qualifier('bm')}(?P<bm>{_FULL})(?![a-z])",
    # A wire's year before its quarter: "in the 1986 first quarter" (a half is its year)
    "yq": rf"(?P<yq_y>{_Y})[ \t]+(?:(?P<yq>{_ORDINAL})[\s-]+quarter"
    rf"|(?:{_trie(_cased(_HALVES))})[\s-]+half)(?![a-z])",
    # A timeline's year with its month in brackets: "2021 (December) - Uranium law enters force"
    "ym": rf"(?P<ym_y>{_Y})[ \t]+\((?P<ym_m>{_FULL})\)",
    # A web export keeps a footnote mark against the year it follows: "by 20503." is 2050.
    "yr": rf"{_qualifier('yr')}(?<![\w$€£¥.,/])(?<!\d-)(?P<yr>(?:19|20)\d\d)"
    r"(?P<yr_note>[1-9](?=[.,;]?\s))?(?![\w/%]|[.,]\d|-\d{3})",
}
# Every form starts at one of these; the look-ahead fails fast everywhere else.
_ANCHOR_WORDS = [
    *_MONTHS, *(m.upper() for m in _VOCAB["months"]), *_WEEKDAYS,
    *_cased(_RELATIVE_DAYS), *_cased(["last", "this", "next", "earlier", "later", "coming"]),
    *_cased(_DATES["period_qualifiers"]), *_cased(_QUARTERS), *_cased(["fiscal", "year"]), "FY",
    "CY",
]


_ANCHORS = [
    r"\d", r"Q[1-4]", r"H[12]", trie(_ANCHOR_WORDS),
    rf"(?:{_trie(_cased(_COUNTS))})\s+(?:day|week|month|year)s?\s+ago",
]
# The character class fails most word starts with one test before the anchors are tried.
_FIRST_CHARS = "".join(sorted({w[0] for w in [*_ANCHOR_WORDS, *_cased(_COUNTS), "Q", "H"]}))
# Forms that never open with a digit (their words and letters open them): most anchors are
# numerals, where one look-ahead skips a run of these forms instead of a try of each. A run
# keeps its forms' place in the order, so the first form that matches still wins.
_OPEN_WITH_A_LETTER = frozenset({"mr", "mdy", "qd", "mly", "my", "qa", "fy", "rd", "rp", "yp", "rm",
                                 "wd", "bm"})


def _forms_alternation() -> str:
    """The forms in their order, each a group named "F<form>"."""
    parts: list[str] = []
    run: list[str] = []
    for name, pattern in _FORMS.items():
        if name in _OPEN_WITH_A_LETTER:
            run.append(f"(?P<F{name}>{pattern})")
            continue
        if run:
            parts.append(rf"(?!\d)(?:{'|'.join(run)})")
            run = []
        parts.append(f"(?P<F{name}>{pattern})")
    if run:
        parts.append(rf"(?!\d)(?:{'|'.join(run)})")
    return "|".join(parts)


_DATE = re.compile(
    rf"\b(?=[0-9{re.escape(_FIRST_CHARS)}])(?=" + "|".join(_ANCHORS) + ")"
    + f"(?:{_forms_alternation()})"
)
_PREPOSITION_BEFORE = re.compile(
    rf"(?<!\w)(?:{_alt(_DATES['prepositions'])})[\s-]+$", re.IGNORECASE
)
# "the" before a bare weekday and a capitalised word after it make it part of a name ("the
# Sunday Creek project"); "a Monday Australian bourse filing" is a date.
_NAME_AFTER = re.compile(rf"[ \u00a0](?!(?:{_FULL})\b)[A-Z][a-z]")
_MONTH_RANGE_BEFORE = re.compile(rf"\b(?:{_FULL})[-–]$")  # "January-August", "April–May"
_MONTH_NOUN_AFTER = re.compile(rf"[ \t]+(?:{_alt(_DATES['month_nouns'])})\b")
_DECADE_AFTER = re.compile(r"['\u2019]s\b")
_NOTED_YEAR_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(_DATES['noted_year_after'])})\s+$")


# The year groups of the forms that may leave the year out ("on March 12", "the third
# quarter", "on Tuesday"): these resolve against publication, ahead of it when the sentence
# says the date is to come.
_YEAR_GROUPS = {"mr": ("mr_y",), "dmy": ("dmy_y", "dmy_r"), "mdy": ("mdy_y", "mdy_r"),
                "qa": ("qa_fy", "qa_y", "qa_y2", "qa_w"), "qc": ("qc_y", "qc_fy", "qc_w"),
                "qd": ("qd_y0", "qd_y", "qd_w"), "bm": (), "wd": ("wd_p", "wd_w")}
_LOOK_BACK = 240  # characters searched back for the sentence's future cue
_LOOK_BACK_WEEKDAY = 60
# A blank line or a bullet ends a sentence; a single line break may be a PDF export's wrap.
# Matched from the window's start, the greedy prefix makes each end at the last break.
_SENTENCE_BREAK = re.compile(r"(?s:.*)(?:[.!?][\s\"”]|\n\s*\n|\n\s*[*•-])")
_CLAUSE_BREAK = re.compile(r"(?s:.*)(?:[.!?][\s\"”]|\n\s*\n|\n\s*[*•-]|[,;:(])")
# An upcoming month, day or quarter is read ahead only this close to publication: "was
# scheduled for June 6" in a September story is the June just gone.
_AHEAD_DAYS = 183
# Without a cue, a day up to four months ahead (or next month) is still the coming one: a
# story of 26 February has dividends "payable April 1 to shareholders of record March 17";
# news leaves out the year of a date in its own year, and writes it for one long past.
_NEAR_DAYS = 122
# The end of a period still running ("the fiscal year ending in October", "if the ban ends in
# September"; `ending_before` of units.toml) is the next such date, up to a year ahead: a
# period already over "ended".
_ENDING = 2  # the lean for it
_HORIZON_DAYS = {0: _NEAR_DAYS, 1: _AHEAD_DAYS, _ENDING: 366}
_YEAR_STEPS = {"last": -1, "this": 0, "next": 1}  # "of last year", "next month"
# With a cue, a quarter is the coming one in the rest of the year or up to two quarters into
# the next: "hopes to lift it in the third quarter", said in May; "the first quarter", said in
# November (but "due to publish fourth-quarter results", said in February, reports the quarter
# just gone: see `results_after`).
_QUARTERS_AHEAD = 2
# An attached half ("1H25") is read only this many years from publication: "1H30" is a code.
_HALF_YEARS_AWAY = 2


def _cue_words(names: Iterable[str]) -> str:
    """Whole words or phrases, as a trie behind a first-letter test: the future cues are
    searched through whole sentences."""
    words = [" ".join(n.lower().split()) for n in names]
    first = re.escape("".join(sorted({w[0] for w in words})))
    body = trie(words, space=r"\s+")
    return rf"\b(?=[{first}])(?:{body})(?!\w)"


_FUTURE_CUES = re.compile(_cue_words(_DATES["future_cues"]), re.IGNORECASE)
_QUARTER_AHEAD = re.compile(_cue_words(_DATES["quarter_ahead_cues"]), re.IGNORECASE)
_START_BEFORE = re.compile(rf"\w,?[ \t]+(?:{_alt(_DATES['start_before'])})"
                           r"(?:[ \t]+(?:in|on|from))?[ \t]+(?:the[ \t]+)?$")
_QUARTER_REACH = re.compile(rf"\b(?:{_alt(_DATES['quarter_reach_before'])})[ \t]+(?:the[ \t]+)?$",
                            re.IGNORECASE)
_REPORTED_BEFORE = re.compile(rf"(?:{_cue_words(_DATES['reported_cues'])})[^.;\n]*$",
                              re.IGNORECASE)
_REPORTED_AFTER = re.compile(rf"\W{{1,3}}(?:{_cue_words(_DATES['reported_cues'])})",
                             re.IGNORECASE)
_ENDED_AFTER = re.compile(r"[ \t]+ended\b")
# A deadline given to do something: "until June 30 to present plans" (not "had until …").
_TIME_GIVEN_BEFORE = re.compile(rf"\b(?:{_alt(_DATES['time_given_before'])})[ \t]+$",
                                re.IGNORECASE)
_TO_DO_AFTER = re.compile(r",?[ \t]+to[ \t]+(?!(?:the|a|an|its|their|his|her|our|this|that)\b)"
                          r"[a-z]{2,}\b")
_ENDING_BEFORE = re.compile(rf"\b(?:{_alt(_DATES['ending_before'])})[ \t]+(?:(?:in|on)[ \t]+)?$")
_RESULTS_AFTER = re.compile(
    rf"[ \t]+(?:(?:{_cue_words(_DATES['results_qualifiers'])})[ \t]+)?"
    rf"(?:{_cue_words(_DATES['results_after'])})\b", re.IGNORECASE)
_QUARTER_FORMS = frozenset({"qa", "qc", "qd"})  # of `_YEAR_GROUPS`: "qb" always has its year
_DEADLINE = re.compile(r"\b(?:by|before|due[ \t]+(?:in|by))[ \t]+(?:the[ \t]+)?$",
                       re.IGNORECASE)
_TOWARDS = re.compile(r"\b(?:to|until|till|through|by)[ \t]+$", re.IGNORECASE)
_PAST_BEFORE = re.compile(rf"(?:{_cue_words(_DATES['past_cues'])})[^.;\n]*$", re.IGNORECASE)
# A verb in the past tense right before a weekday ("surfaced on Monday"), that no future cue
# is ("expected on Monday") nor a passive's participle ("will be commissioned on Monday").
_PAST_VERB_RIGHT_BEFORE = re.compile(
    "".join(rf"(?<!\b{re.escape(word)} )" for word in _DATES["participle_auxiliaries"]) +
    rf"\b(?!(?:{_alt(_DATES['future_cues'])})\b)[a-z]{{2,}}ed[ \t]+on[ \t]+$")
# A verb in "-ed" and its object before "on" and a day ("signed the decree on 12 March"),
# not a participle after its noun ("shareholders registered on March 27").
_PAST_VERB_AND_OBJECT = re.compile(
    "".join(rf"(?<!\b{re.escape(word)} )" for word in _DATES["participle_auxiliaries"]) +
    rf"\b(?!(?:{_alt(_DATES['future_cues'])})\b)[a-z]{{2,}}ed(?:[ \t]+(?!on\b)[\w'’-]+){{1,4}}"
    r"[ \t]+on[ \t]+$")

# "after closing Monday", "after buying shares on market in July": a gerund after "after"
# tells what was done before the clause's time, so a future cue earlier in the clause does not
# reach a date in its phrase.
_AFTER_DOING = re.compile(r"\bafter[ \t]+[a-z]{2,}ing\b[^.,;:!?\n]*$", re.IGNORECASE)
_AFTER_DOING_REACH = 64


def _after_year_names() -> list[str]:
    """Words that make a number after them a count, not a year."""
    names = [n for e in _VOCAB["quantity"] for n in e["names"]]
    names += [*_VOCAB["percent"], *_VOCAB["currency_suffix"], *_VOCAB["scale"]]
    names += [n for shared in _VOCAB["shared_currency_names"].values() for n in shared["names"]]
    return names


_NOT_A_YEAR_AFTER = re.compile(rf"[ \u00a0]?(?:{_alt(_after_year_names())})(?![A-Za-z])")
_NOT_A_YEAR_BEFORE = re.compile(
    rf"(?<![\w.])(?:{_alt(_DATES['not_year_after'])})[ \u00a0]*$", re.IGNORECASE
)


def find_dates(text: str, published: dt.date | None) -> list[Value]:
    """Every date expression of ``text`` with its ISO date (day, month, "2025-Q3" or year)."""
    pub = published.date() if isinstance(published, dt.datetime) else published
    dateline = _dateline_day(text, pub)
    pub = dateline or pub
    values: list[Value] = []
    if dateline and (lower := _DATELINE_DAY.match(text)) and lower["lower"]:
        values.append(Value("date", lower.start("m"), lower.end("d"),
                            text[lower.start("m"):lower.end("d")], date=dateline.isoformat(),
                            precision="day"))
    for m in _DATE.finditer(text):
        form = m.lastgroup[1:]  # type: ignore[index]  # the outer group "F<form>"
        if not _plausible(text, m, form):
            continue
        yearless = form in _YEAR_GROUPS and _yearless(m, form)
        lean = _lean(text, m.start(), m.end(), form == "wd", form in _QUARTER_FORMS) \
            if yearless and pub else 0
        if form == "mr":
            values.extend(_month_range(m, pub, lean))
            continue
        try:
            resolved = _RESOLVERS[form](m, pub, lean)
            if yearless and form != "wd" and values and _THAT_YEAR.match(text, m.end()):
                resolved = _in_year_of(resolved, values[-1])  # "on Aug. 1 that year"
            elif yearless and form != "wd" and (period := _YEARS_PERIOD_BEFORE.search(
                    text, max(0, m.start() - 40), m.start())):
                resolved = _in_year_of(resolved, period["y"])  # "1985 period ended Dec 28"
        except ValueError:  # "February 30", a year out of range
            continue
        if resolved is not None:
            values.append(Value("date", m.start(), m.end(), m[0],
                                date=resolved[0], precision=resolved[1]))
    return _year_earlier(text, _counted_back(text, _with_days_next_to(text, values), pub))


_NEXT_DAY = re.compile(r"\b(?:the[ \t]+(?:following|next|previous)[ \t]+day|"
                       r"a[ \t]+day[ \t]+(?:later|earlier))\b", re.IGNORECASE)
_NEXT_DAY_REACH = 300  # characters back to the day it counts from
_NEXT_DAY_WORDS = ("following day", "next day", "previous day", "day later", "day earlier")


def _with_days_next_to(text: str, values: list[Value]) -> list[Value]:
    """``values`` and "the following day", "a day later", "the previous day": a day from the
    day written (or so counted) just before ("the order came on June 3 and the following day
    …")."""
    lowered = text.lower() if values else ""
    if not any(word in lowered for word in _NEXT_DAY_WORDS):
        return values
    days = sorted((v for v in values if v.precision == "day" and v.date), key=lambda v: v.end)
    added: list[Value] = []
    for m in _NEXT_DAY.finditer(text):
        before = [v for v in days if m.start() - _NEXT_DAY_REACH <= v.end <= m.start()]
        if before:
            back = m[0].lower().endswith("earlier") or "previous" in m[0].lower()
            day = dt.date.fromisoformat(before[-1].date) + dt.timedelta(  # type: ignore[arg-type]
                days=-1 if back else 1)
            counted = Value("date", m.start(), m.end(), m[0], date=day.isoformat(),
                            precision="day")
            added.append(counted)
            days.append(counted)  # "… the following day … a day later": from the day counted
    return _with_added(values, added)


def _sentence_start(text: str, floor: int, at: int) -> int:
    """Where the sentence holding ``at`` starts, looked for at most ``_LOOK_BACK`` characters
    back and not before ``floor``."""
    lo = max(floor, at - _LOOK_BACK)
    last = _SENTENCE_BREAK.match(text, lo, at)
    return last.end() if last else lo


def _with_added(values: list[Value], added: list[Value]) -> list[Value]:
    """``values`` and the dates counted from them, in text order."""
    return sorted([*values, *added], key=lambda v: v.start) if added else values


# (Opening with the verbs' first letters, and "a year earlier" with its "a", the searches skip
# to them: see ``word_opening``.)
_COUNTED_BACK = re.compile(
    rf"{word_opening(_DATES['coming_verbs'])}(?i:[ \t]+"
    rf"(?:(?:{_alt(_DATES['coming_qualifiers'])})[ \t]+)?"
    rf"(?P<span>(?P<n>\d{{1,2}}|{_alt(_COUNTS)})[ \t]+(?P<unit>month|year)s?[ \t]+after)\b)")


def _counted_back(text: str, values: list[Value], pub: dt.date | None) -> list[Value]:
    """``values`` and "comes two months after", "came a year after": the month (year) so
    long before the date the sentence gives its subject ("The August discovery came two
    months after …" is June), or before publication when it gives none ("The draft comes
    two months after …", said in November, is September)."""
    if pub is None or " after" not in text:
        return values
    added: list[Value] = []
    for m in _COUNTED_BACK.finditer(text):
        n = int(m["n"]) if m["n"].isdigit() else _COUNTS[m["n"].lower()]
        unit = m["unit"].lower()
        lo = _sentence_start(text, 0, m.start())
        anchors = [v for v in values if lo <= v.start and v.end <= m.start() and v.date
                   and v.precision in (("day", "month") if unit == "month" else
                                       ("day", "month", "quarter", "year"))]
        # a month's count reads the anchor's month (a day or a month); a year's, its year only
        # (a quarter's "2024-Q3" has no month to read)
        anchor = anchors[-1].date if anchors else None
        year, month = (int(anchor[:4]), int(anchor[5:7]) if unit == "month" else 1) \
            if anchor else (pub.year, pub.month)
        if unit == "month":
            index = year * 12 + month - 1 - n
            iso, precision = _month(index // 12, index % 12 + 1)
        else:
            iso, precision = _year(year - n)
        added.append(Value("date", m.start("span"), m.end("span"), m["span"], date=iso,
                           precision=precision))
    return _with_added(values, added)


# "a year earlier" of a figure compared ("from a year earlier to 17,022 tonnes"), not one
# before a noun or "than" ("a year before the export ban", "a year earlier than planned")
_YEAR_EARLIER = re.compile(rf"{word_opening(['a'])}(?i:[ \t]+year[ \t]+(?:earlier|before)\b"
                           r"(?![ \t]+(?:than|the|an?|its|their|this|that)\b))")


def _year_earlier(text: str, values: list[Value]) -> list[Value]:
    """``values`` and "a year earlier": the period its sentence opens with, a year back
    ("produced 38,400 tonnes in 2023, down from 44,100 tonnes a year earlier" is 2022;
    "fell to 5,298 tonnes in February from 7,472 in January and 14,280 a year earlier" is
    February of the year before); not counted without a period before it in its sentence
    (a day there dates the telling: "said on Tuesday that sales were up on a year earlier")."""
    if "year" not in text:
        return values
    dateline = _DATELINE_DAY.match(text)
    added: list[Value] = []
    for m in _YEAR_EARLIER.finditer(text):
        lo = _sentence_start(text, dateline.end() if dateline else 0, m.start())
        anchor = next((v for v in values if lo <= v.start and v.end <= m.start() and v.date
                       and v.precision != "day"), None)
        if anchor is None:
            continue
        back = f"{int(anchor.date[:4]) - 1:04d}{anchor.date[4:]}"  # type: ignore[index]
        added.append(Value("date", m.start(), m.end(), m[0], date=back,
                           precision=anchor.precision))
    return _with_added(values, added)


# A period named with its year, ended or ending on a year-less day: "NOTE: 1985 period ended
# December 28", "its 1986 fiscal year ending June 30".
_YEARS_PERIOD_BEFORE = re.compile(r"\b(?P<y>(?:19|20)\d\d)[ \t]+(?:[a-z]+[ \t]+)?"
                                  r"(?:period|quarter|year|half)[ \t]+end(?:ed|ing)[ \t]+"
                                  r"(?:on[ \t]+)?$")
_THAT_YEAR = re.compile(r"[ \t,]+(?:of[ \t]+)?that[ \t]+year\b", re.IGNORECASE)


def _in_year_of(resolved: Resolved, before: Value | str) -> Resolved:
    """A year-less date moved to the year of the date before it ("in 2023 ... in October that
    year") or to a year written ("1985"); without a publication date such a date is not
    resolved (None), and stays so."""
    year = before if isinstance(before, str) else before.date
    if resolved is None or not year:
        return resolved
    iso, precision = resolved
    moved = f"{year[:4]}{iso[4:]}"
    if precision == "day":
        dt.date.fromisoformat(moved)  # ValueError: "February 29" of a year with none
    return moved, precision


# (A dateline's month is a month in lower case too, "Caracas, june 2 -": its place says so.)
_DATELINE_DAY = re.compile(rf"[^\n]{{2,60}}?,[ \t]*(?P<m>{_MONTH}|{_UPPER_FULL}|"
                           rf"(?P<lower>{_alt(m.lower() for m in _VOCAB['months'])}))[ \t]+"
                           rf"(?P<d>[0-3]?\d)[ \t]*[-–—]")
_DATELINE_SLACK = 2  # days a wire's local date may stand from the feed's timestamp


def _dateline_day(text: str, pub: dt.date | None) -> dt.date | None:
    """The day a wire's dateline gives ("HONG KONG, March 5 -" in a story the feed stamped
    March 4): relative dates ("yesterday") count from it, as the reporter wrote them."""
    match = _DATELINE_DAY.match(text)
    if pub is None or match is None:
        return None
    month, day = _month_number(match["m"]), int(match["d"])
    for year in (pub.year, pub.year - 1, pub.year + 1):
        try:
            written = dt.date(year, month, day)
        except ValueError:
            return None
        if abs((written - pub).days) <= _DATELINE_SLACK:
            return written
    return None


# Month ranges that are a quarter or a year ("October–December", "Jan-Dec, 1986"): first
# month → last month.
_QUARTER_SPANS = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}
_YEAR_SPANS = frozenset({(1, 12), (1, 6), (7, 12)})  # a year, or a half dated by its year


def _month_range(m: re.Match[str], pub: dt.date | None, lean: int) -> list[Value]:
    """A range of months: one value when it spans a quarter ("3Q FY3/26 (October–December)"
    is 2025-Q4) or a year or half of one ("Jan-Dec, 1986" is 1986, as "H1 2025" is 2025),
    else a month for each end, in one run of months: one that starts after publication is
    the coming one ("April-May delivery" said in March), any other ends as its last month
    alone would ("the January-August period" said in March is of the year before)."""
    first, last = _month_number(m["mr_a"]), _month_number(m["mr_b"])
    year = int(m["mr_y"]) if m["mr_y"] else None
    if year is None and pub is None:
        return []
    whole: Resolved = None
    if (first, last) in _QUARTER_SPANS:
        quarter = _QUARTER_SPANS[first, last]
        year = year or _recent_quarter(quarter, pub, lean)  # type: ignore[arg-type]
        whole = _quarter(year, quarter)
    elif (first, last) in _YEAR_SPANS:
        whole = _year(year or _recent_month(last, pub, lean=lean))  # type: ignore[arg-type]
    if whole is not None:
        return [Value("date", m.start(), m.end(), m[0], date=whole[0], precision=whole[1])]
    wraps = last < first  # "November-January"
    if year is None:
        year = _recent_month(first, pub, lean=lean) + wraps  # type: ignore[arg-type]
        if (year - wraps, first) <= (pub.year, pub.month):  # type: ignore[union-attr]
            year = _recent_month(last, pub, lean=lean)  # type: ignore[arg-type]
    first_year, last_year = year - wraps, year
    ends = ((m.start("mr_a"), m.end("mr_a"), _month(first_year, first)),
            (m.start("mr_b"), m.end(), _month(last_year, last)))
    return [Value("date", start, end, m.string[start:end], date=iso, precision=precision)
            for start, end, (iso, precision) in ends]


def resolve_date(expression: str, published: dt.date | None) -> tuple[str, str] | None:
    """The first date in ``expression`` as (ISO string, precision): "on Thursday" → a day."""
    found = find_dates(expression, published)
    return (found[0].date, found[0].precision) if found else None  # type: ignore[return-value]


def _yearless(m: re.Match[str], form: str) -> bool:
    """A month, day, quarter or bare weekday whose year the reader must supply."""
    group = _YEAR_GROUPS.get(form)
    return group is not None and not any(m[g] for g in group)


def _lean(text: str, start: int, end: int, weekday: bool, quarter: bool = False) -> int:
    """1 when the sentence looks ahead to the date ("the measures take effect on March 12"
    after "will", a deadline "by June"), -1 when a reporting verb dates a statement ("it will
    build a plant, the company said on Tuesday") or the past tense or an "ended" after it
    puts it behind ("the second quarter ended March 31"; a ``quarter`` whose results are
    told: "fourth-quarter results"), else 0. A weekday, a few days off either way, looks
    ahead only on a cue in its own clause."""
    lo = max(0, start - (_LOOK_BACK_WEEKDAY if weekday else _LOOK_BACK))
    if last := (_CLAUSE_BREAK if weekday else _SENTENCE_BREAK).match(text, lo, start):
        lo = last.end()
    if _REPORTED_BEFORE.search(text, max(lo, start - 24), start) or _REPORTED_AFTER.match(
            text, end) or _ENDED_AFTER.match(text, end) or (
            quarter and _RESULTS_AFTER.match(text, end)):
        return -1  # "the company said on Tuesday", "in its second quarter ended March 31",
        # "fourth-quarter trading results"
    if weekday and _PAST_VERB_RIGHT_BEFORE.search(text, max(lo, start - 24), start):
        return -1  # "Speculation that a bid could come … surfaced on Monday": the verb's past
        # (not of a date further off: "shareholders registered on March 27" is ahead)
    if _ENDING_BEFORE.search(text, max(lo, start - 16), start):
        return _ENDING  # "the current fiscal year ending in October", said in March
    if _TIME_GIVEN_BEFORE.search(text, max(lo, start - 16), start) and \
            _TO_DO_AFTER.match(text, end) and not _PAST_BEFORE.search(text, max(lo, start - 24),
                                                                     start):
        return _ENDING  # "gave the exporters until June 30 to present plans", said in November
    if _AFTER_DOING.search(text, max(lo, start - _AFTER_DOING_REACH), start):
        return -1  # "up ahead of the open after closing Monday", "expects more output this
        # year after replacing two agitators in the March quarter": done before
    if _FUTURE_CUES.search(text, lo, start) or _START_BEFORE.search(text, lo, start) or \
            _opens_a_plan(text, lo, start, end) or (
            quarter and (
            _QUARTER_AHEAD.search(text, lo, start) or
            _QUARTER_REACH.search(text, max(lo, start - 16), start))):
        return 1  # "it will …"; of a quarter, "we can take FID in the September quarter"
    past = _PAST_BEFORE.search(text, max(lo, start - 24), start) or (
        not weekday and not quarter and _PAST_VERB_AND_OBJECT.search(text, max(lo, start - 48),
                                                                     start))
    if not past and not weekday and _DEADLINE.search(text, max(lo, start - 16), start):
        return 1  # "a binding agreement by June", "due in the first quarter": a deadline
        # ahead (not "had doubled by March"; nor a weekday: "by Thursday's close")
    if _TOWARDS.search(text, max(lo, start - 10), start):
        return 0  # "the meeting was moved to March 20": not behind, whatever the tense
    return -1 if past else 0


# A date opening its sentence, one or two words before it ("From April, …", "In early June
# …"), and a modal of the future soon after it, in its clause ("… Tambourah will stop mining").
_OPENING_WORDS = re.compile(r"[ \t]*(?:[A-Z][a-z]*[ \t]+)(?:[a-z]+[ \t]+)?")
_MODAL_AFTER = re.compile(rf",?[ \t]+(?:[\w'’.-]+[ \t]+){{0,5}}?"
                          rf"(?:{_alt(_DATES['plan_modals'])})\b")


def _opens_a_plan(text: str, lo: int, start: int, end: int) -> bool:
    """Whether a date opening its sentence is when the sentence's subject will act: "From
    April, Tambourah will stop mining" (not "In April, the company said it will …": a verb
    of the past or of saying stands before the modal)."""
    if not _OPENING_WORDS.fullmatch(text, lo, start):
        return False
    modal = _MODAL_AFTER.match(text, end)
    return modal is not None and not any(
        word.endswith("ed") or word in _REPORTING_WORDS for word in modal[0].split())


# The one-word reporting cues ("said", "told"; not "according to"), read word by word.
_REPORTING_WORDS = frozenset(cue for cue in _DATES["reported_cues"] if " " not in cue)


def _plausible(text: str, m: re.Match[str], form: str) -> bool:
    """Reject the word senses of "May"/"March", weekdays in names ("the Sunday Creek
    project"), decades ("the 1970's") and years that are counts."""
    if form == "bm" and m["bm"] in _AMBIGUOUS_MONTHS and not m["bm_q"]:
        start = m.start("bm")
        return _PREPOSITION_BEFORE.search(text, max(0, start - 16), start) is not None or \
            _MONTH_RANGE_BEFORE.search(text, max(0, start - 12), start) is not None or \
            _MONTH_NOUN_AFTER.match(text, m.end()) is not None
    if form == "wd" and not m["wd_p"] and _NAME_AFTER.match(text, m.end()):
        return not after_the(text, m.start())
    if form == "yr":
        start = m.start("yr")
        if m["yr"].endswith("0") and _DECADE_AFTER.match(text, m.end()):
            return False
        if _NOT_A_YEAR_AFTER.match(text, m.end()):
            return False
        if m["yr_note"] and _NOTED_YEAR_BEFORE.search(text, max(0, start - 10), start) is None:
            return False  # a five-digit number, not a year and its footnote
        return _NOT_A_YEAR_BEFORE.search(text, max(0, start - 10), start) is None
    return True


# ----- resolution: each returns (iso, precision) or None when it needs a publication date ----

Resolved = tuple[str, str] | None


def _day(d: dt.date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _month(year: int, month: int) -> tuple[str, str]:
    if not 1 <= month <= 12:
        raise ValueError(month)
    return f"{year:04d}-{month:02d}", "month"


def _quarter(year: int, quarter: int) -> tuple[str, str]:
    return f"{year:04d}-Q{quarter}", "quarter"


def _year(year: int) -> tuple[str, str]:
    return f"{year:04d}", "year"


def _full_year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _recent_day(month: int, day: int, pub: dt.date, lean: int = 0) -> dt.date:
    """The most recent month/day on or before ``pub``, unless the first one on or after it is
    near: within four months, six with ``lean`` 1, a year with ``_ENDING`` (never with
    ``lean`` -1)."""
    if lean >= 0:
        horizon = dt.timedelta(days=_HORIZON_DAYS[lean])
        for year in range(pub.year, pub.year + 2):
            try:
                ahead = dt.date(year, month, day)
            except ValueError:  # 29 February in a common year
                continue
            if pub <= ahead <= pub + horizon:
                return ahead
    try:
        candidate: dt.date | None = dt.date(pub.year, month, day)
    except ValueError:  # 29 February in a common year
        candidate = None
    if candidate is None or candidate > pub:
        for year in range(pub.year - 1, pub.year - 9, -1):
            try:
                return dt.date(year, month, day)
            except ValueError:  # 29 February in a common year
                continue
    assert candidate is not None
    return candidate


def _recent_month(month: int, pub: dt.date, strictly_before: bool = False,
                  lean: int = 0) -> int:
    """The year of the most recent ``month`` not after (or strictly before) ``pub``'s month;
    of the next one when that is the month after publication, or within six months with
    ``lean`` 1 (a year with ``_ENDING``)."""
    ahead = (month - pub.month) % 12
    if not strictly_before and ((lean > 0 and ahead <= _HORIZON_DAYS[lean] // 30)
                                or (lean == 0 and ahead == 1)):
        return pub.year if month >= pub.month else pub.year + 1
    if month < pub.month or (month == pub.month and not strictly_before):
        return pub.year
    return pub.year - 1


def _recent_quarter(quarter: int, pub: dt.date, lean: int = 0) -> int:
    """The year of the most recent ``quarter`` not after ``pub``'s; with ``lean`` 1, of the
    coming one, in the rest of the year or within ``_QUARTERS_AHEAD`` into the next ("first
    output is expected in the fourth quarter", said in March). Without a cue, the quarter
    after publication may be one just gone a year back ("a strike hit output in the second
    quarter", said in February's annual results)."""
    current = (pub.month - 1) // 3 + 1
    if lean > 0 and quarter >= current:
        return pub.year  # "first concentrate expected in the fourth quarter", said in March
    if lean > 0 and (quarter - current) % 4 <= _QUARTERS_AHEAD:
        return pub.year + 1
    return pub.year if quarter <= current else pub.year - 1


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    return _MONTHS[name if name in _MONTHS else name.capitalize()]


def _with_year(day: int, month: int, year: str | None, pub: dt.date | None,
               lean: int, relative: str | None = None) -> Resolved:
    if year:
        return _day(dt.date(int(year), month, day))
    if relative and pub:
        return _day(dt.date(pub.year + _YEAR_STEPS[relative], month, day))
    return _day(_recent_day(month, day, pub, lean)) if pub else None


def _iso(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _day(dt.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])))


def _us(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    a, b = int(m["us_a"]), int(m["us_b"])
    month, day = (a, b) if a <= 12 else (b, a)
    return _day(dt.date(int(m["us_y"]), month, day))


def _dd(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    month = int(m["dd_n"]) if m["dd_n"] else _month_number(m["dd_m"])
    return _day(dt.date(int(m["dd_y"]), month, int(m["dd_d"])))


def _dmy(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _with_year(int(m["dmy_d"]), _month_number(m["dmy_m"]), m["dmy_y"], pub, lean,
                      m["dmy_r"])


def _mdy(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    day = int(m["mdy_d"]) if m["mdy_d"] else _SPELLED_DAYS[m["mdy_w"].lower()]
    return _with_year(day, _month_number(m["mdy_m"]), m["mdy_y"], pub, lean, m["mdy_r"])


def _my(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _month(int(m["my_y"]), _month_number(m["my_m"]))


def _ym(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _month(int(m["ym_y"]), _month_number(m["ym_m"]))


def _mly(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    if pub is None:
        return None
    return _month(pub.year + _YEAR_STEPS[m["mly_w"]], _month_number(m["mly_m"]))


def _quarter_of(quarter: int, year: str | None, pub: dt.date | None, lean: int,
                relative: str | None = None) -> Resolved:
    """A quarter of its written year, of the year ``relative`` to publication ("last"), or
    of the year publication and ``lean`` give."""
    if year:
        return _quarter(_full_year(year), quarter)
    if pub is None:
        return None
    if relative:
        return _quarter(pub.year + _YEAR_STEPS[relative], quarter)
    return _quarter(_recent_quarter(quarter, pub, lean), quarter)


def _qa(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _quarter_of(int(m["qa"]), m["qa_fy"] or m["qa_y"] or m["qa_y2"], pub, lean,
                       m["qa_w"])


def _qb(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _quarter_of(int(m["qb"]), m["qb_y"], pub, lean)


def _qc(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _quarter_of(_QUARTERS[m["qc"].lower()], m["qc_y"] or m["qc_fy"], pub, lean,
                       m["qc_w"])


def _qd(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _quarter_of(_QUARTER_MONTHS[_month_number(m["qd"])], m["qd_y0"] or m["qd_y"], pub,
                       lean, m["qd_w"])


def _half(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    if m["half_y"]:
        return _year(int(m["half_y"]))
    if m["half_fy"]:
        return _year(_full_year(m["half_fy"]))
    year = _full_year(m["half_y2"])  # "1H25": a half of a year near publication, not "1H30"
    return _year(year) if pub is not None and abs(year - pub.year) <= _HALF_YEARS_AWAY else None


def _fy(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _year(_full_year(m["fy"] or m["fy_cy"] or m["fy_cy2"]))


def _yq(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    year = int(m["yq_y"])
    return _quarter(year, _QUARTERS[m["yq"].lower()]) if m["yq"] else _year(year)


def _yr(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _year(int(m["yr"]))


def _rd(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _day(pub + dt.timedelta(days=_RELATIVE_DAYS[m["rd"].lower()])) if pub else None


def _yp(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    return _year(pub.year) if pub else None  # "by the end of the year"


def _rp(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    if pub is None:
        return None
    step = _YEAR_STEPS.get(m["rp"].lower(), 0)  # "earlier this", "later this": 0
    unit = m["rp_u"]
    if unit == "week":
        d = pub + dt.timedelta(days=7 * step)
        return _month(d.year, d.month)
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + step
        return _month(index // 12, index % 12 + 1)
    if unit == "quarter":
        index = pub.year * 4 + (pub.month - 1) // 3 + step
        return _quarter(index // 4, index % 4 + 1)
    if unit.lower() in _SEASONS:
        return _year(_season_year(_SEASONS[unit.lower()], step, pub))
    return _year(pub.year + step)


_SEASONS: dict[str, int] = _DATES["seasons"]
_SEASON_MONTHS = 3


def _season_year(start: int, step: int, pub: dt.date) -> int:
    """The year of the season starting in month ``start`` that "last" (-1), "this" (0) or
    "next" (1) names: the next to start after publication, the last to have ended before it."""
    if step > 0:
        return pub.year if start > pub.month else pub.year + 1
    if step < 0:
        return pub.year if start + _SEASON_MONTHS <= pub.month else pub.year - 1
    return pub.year


def _ago(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    if pub is None:
        return None
    raw = m["ago_n"]
    n = int(raw) if raw.isdigit() else _COUNTS[raw.lower()]
    unit = m["ago_u"]
    if unit in ("day", "week"):
        return _day(pub - dt.timedelta(days=n * (7 if unit == "week" else 1)))
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 - n
        return _month(index // 12, index % 12 + 1)
    return _year(pub.year - n)


def _rm(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    if pub is None:
        return None
    month, which = _month_number(m["rm"]), m["rm_p"].lower()
    if which == "last":
        return _month(_recent_month(month, pub, strictly_before=True), month)
    if which == "next":
        return _month(pub.year if month > pub.month else pub.year + 1, month)
    return _month(pub.year, month)


def _bm(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    if pub is None:
        return None
    month = _month_number(m["bm"])
    return _month(_recent_month(month, pub, lean=lean), month)


def _wd(m: re.Match[str], pub: dt.date | None, lean: int = 0) -> Resolved:
    if pub is None:
        return None
    target, which = _WEEKDAYS[m["wd"]], " ".join((m["wd_p"] or "").lower().split())
    if m["wd_w"]:  # "Wednesday last week": that day of the week before publication's
        monday = pub - dt.timedelta(days=pub.weekday())
        return _day(monday + dt.timedelta(days=7 * _YEAR_STEPS[m["wd_w"]] + target))
    if which in ("next", "this coming", "coming") or (not which and lean > 0):
        ahead = (target - pub.weekday()) % 7 or (0 if lean > 0 and not which else 7)
        return _day(pub + dt.timedelta(days=ahead))
    if which == "this":
        return _day(pub + dt.timedelta(days=target - pub.weekday()))
    back = (pub.weekday() - target) % 7
    if which == "last" and back == 0:
        back = 7
    return _day(pub - dt.timedelta(days=back))


_RESOLVERS: dict[str, Callable[[re.Match[str], dt.date | None, int], Resolved]] = {
    "iso": _iso, "us": _us, "dd": _dd, "dmy": _dmy, "qb": _qb, "ago": _ago, "mdy": _mdy,
    "qd": _qd, "mly": _mly, "my": _my, "qa": _qa, "qc": _qc, "half": _half, "fy": _fy, "rd": _rd,
    "rp": _rp, "yp": _yp, "rm": _rm, "wd": _wd, "bm": _bm, "yq": _yq, "ym": _ym, "yr": _yr,
}
