"""Share moves written as a quote, with no verb to trigger them: "McEwen Mining (NYSE:MUX)
+3.2% in Wednesday's trading". A signed percentage right after a company's name (its listing in
brackets between) is that company's move on the day of publication."""

from __future__ import annotations

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.models import Event, Evidence

from .lexicon import lexicon
from .merge import Mention
from .triggers import span_index

_SUBJECTS = ("organization", "listing")


def quoted_moves(doc: Doc) -> list[Mention]:
    """One share move per signed percentage that follows a company's name."""
    quotes = lexicon().quotes
    text = doc.text
    found: list[Mention] = []
    if not doc.sentences:
        return found
    for value in doc.values:
        if value.type != "percent" or value.start == 0 or value.amount is None:
            continue
        sign = text[value.start - 1]
        if sign not in quotes["signs"]:
            continue
        subjects = _named_before(doc, value.start - 1)
        if not subjects:
            continue
        sentence = doc.sentences[max(0, doc.sentence_index(value.start))]
        change = -abs(value.amount) if sign in quotes["falls"] else abs(value.amount)
        event = Event(
            type="market_move", kind="share_price",
            arguments={"subject": subjects, "change_pct": [change]},
            evidence=Evidence(sentence.text, sentence.start, sentence.end),
            extractor="rule:market_move.quote", confidence=quotes["confidence"],
            date=doc.published.isoformat() if doc.published is not None else None,
            date_precision="day" if doc.published is not None else None)
        found.append(Mention(event, True, ""))
    return found


def _named_before(doc: Doc, end: int) -> list[str]:
    """The company (and listing) named right before ``end``: "Southern Copper (NYSE:SCCO) ",
    "Lynas "."""
    text = doc.text
    by_end = span_index(doc)[1]
    position = len(text[:end].rstrip())
    ids: list[str] = []
    if text[position - 1:position] == ")":
        opening = text.rfind("(", max(0, position - 40), position)
        if opening < 0:
            return []
        ids.extend(s.ids[0] for s in _spans_within(doc, opening, position))
        position = len(text[:opening].rstrip())
    name: Span | None = by_end.get(position)
    if name is not None and name.type in _SUBJECTS:
        return [name.ids[0], *ids]
    return []


def _spans_within(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.spans if s.field == "text" and start <= s.start and s.end <= end
            and s.type in _SUBJECTS]
