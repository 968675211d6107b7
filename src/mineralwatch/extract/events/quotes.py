"""Moves written as a quote, with no verb to trigger them: "McEwen Mining (NYSE:MUX) +3.2% in
Wednesday's trading". A signed percentage right after a company's name (its listing in brackets
between) is that company's move on the day of publication; one in brackets after a price per
unit, on a line of a price table that opens with a mineral ("Cobalt metal, Rotterdam: $10.45/lb
(-1.2%)"), is the mineral's price move."""

from __future__ import annotations

import re
from typing import Any

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.text import line_bounds
from mineralwatch.models import Event, Evidence

from .lexicon import lexicon
from .merge import Mention
from .triggers import span_index

_SUBJECTS = ("organization", "listing")


def quoted_moves(doc: Doc) -> list[Mention]:
    """One move per signed percentage that follows a company's name (its shares') or a price
    table row's price per unit (its mineral's)."""
    quotes = lexicon().quotes
    text = doc.text
    found: list[Mention] = []
    if not doc.sentences:
        return found
    for value in doc.values:
        if value.type != "percent" or value.start == 0 or value.amount is None:
            continue
        # the sign inside the value ("-1.2%", its minus read as a negative) or right before it
        sign_at = value.start if text[value.start] in quotes["signs"] else value.start - 1
        sign = text[sign_at]
        if sign not in quotes["signs"]:
            continue
        change = -abs(value.amount) if sign in quotes["falls"] else abs(value.amount)
        subjects = _named_before(doc, sign_at)
        arguments: dict[str, list[Any]] | None
        kind, arguments = "share_price", {"subject": subjects, "change_pct": [change]}
        if not subjects:
            kind, arguments = "commodity_price", _table_row(doc, sign_at, change)
            if not arguments:
                continue
        sentence = doc.sentences[max(0, doc.sentence_index(value.start))]
        event = Event(
            type="market_move", kind=kind, arguments=arguments,
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


def _table_row(doc: Doc, sign_at: int, change: float) -> dict[str, list] | None:
    """"Germanium metal, Rotterdam: $2,880/kg (+0.7%)": the mineral a price table's row opens
    with (a row starts a line or follows the bracket closing the row before: the cleaned text
    may have joined them), its price right before the bracketed change, with its unit (not a
    ticker strip's items, which a "|" parts)."""
    text = doc.text
    if text[sign_at - 1:sign_at] != "(":
        return None
    line_start, line_end = line_bounds(text, sign_at)
    if "|" in text[line_start:line_end]:
        return None
    row = max(line_start, text.rfind(")", 0, sign_at) + 1)
    row += len(text[row:sign_at]) - len(text[row:sign_at].lstrip())
    price = next((v for v in doc.values if v.type == "money" and row <= v.start and (
        (unit := _UNIT_ONLY.fullmatch(text, v.end, sign_at - 1)) is not None) and (
            v.role == "unit_price" or unit[1] is not None)), None)
    first = min((s for s in doc.spans if s.field == "text" and row <= s.start < sign_at),
                key=lambda s: s.start, default=None)
    if price is None or first is None or first.type != "mineral" or \
            first.start >= row + _ROW_HEAD:
        return None  # "Albemarle closed at $95.20 (+3.1%)": a share's price, of no unit
    return {"subject": [first.ids[0]], "change_pct": [change],
            "price": [{"amount": price.amount, "currency": price.currency, "approx": price.approx}]}


# How far into a price table's row its mineral may be named ("Manganese ore 36% CIF Tianjin").
_ROW_HEAD = 20
# Between a price and its bracketed change: nothing but its unit, if not read with it ("/dmtu").
_UNIT_ONLY = re.compile(r"(/[A-Za-z]+)?[ \t]*")


def _spans_within(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.spans if s.field == "text" and start <= s.start and s.end <= end
            and s.type in _SUBJECTS]
