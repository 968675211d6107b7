"""Publication dates as printed by sources, to ISO 8601 strings.

Times are kept as the source gives them (no timezone conversion): a wall-clock time stays
wall-clock, and an explicit offset stays in the string.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

# Each pattern names the strptime format of what it matched; tried in order.
_FORMATS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), f)
    for p, f in (
        (r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2}", "%m/%d/%Y %H:%M:%S"),
        (r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}", "%m/%d/%Y %H:%M"),
        (r"\d{1,2}/\d{1,2}/\d{4}", "%m/%d/%Y"),
        (r"[A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M", "%B %d, %Y %I:%M %p"),
        (r"[A-Z][a-z]{2}\.? \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M", "%b %d, %Y %I:%M %p"),
        (r"[A-Z][a-z]+ \d{1,2}, \d{4}", "%B %d, %Y"),
        (r"[A-Z][a-z]{2}\.? \d{1,2}, \d{4}", "%b %d, %Y"),
        (r"\d{1,2} [A-Z][a-z]+ \d{4}", "%d %B %Y"),
        (r"\d{1,2} [A-Z][a-z]{2} \d{4}", "%d %b %Y"),
        (r"[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th) \d{4}", "%B %d %Y"),
    )
)
_RFC822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?\s*", re.IGNORECASE)
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)\b")
_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)


def _iso(dt: datetime, has_time: bool) -> str:
    if not has_time:
        return dt.date().isoformat()
    return dt.isoformat(timespec="seconds")


def parse_date(text: str | None) -> str | None:
    """ISO form of the first date found in ``text``, or None when there is none."""
    if not text:
        return None
    text = text.strip()
    if _RFC822.match(text):
        try:
            return _iso(parsedate_to_datetime(text), True)
        except (TypeError, ValueError, IndexError):
            pass
    iso = _ISO.search(text)
    if iso:
        value = iso.group(0).replace(" ", "T").replace("Z", "+00:00")
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            return None
        return _iso(dt, "T" in value)
    text = _WEEKDAY.sub("", text)
    for pattern, fmt in _FORMATS:
        found = pattern.search(text)
        if not found:
            continue
        value = found.group(0).replace(".", "")
        if fmt == "%B %d %Y":
            value = _ORDINAL.sub("", value)
        try:
            dt = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return _iso(dt, "%H" in fmt or "%I" in fmt)
    return None
