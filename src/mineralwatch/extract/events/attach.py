"""What the values and stage words of a sentence add to its event: money, percentages and
quantities fill value roles, the nearest date dates it, the nearest stage word places it in the
supply chain. The values themselves are found and normalised by ``extract/values.py``."""

from __future__ import annotations

from typing import Any

from mineralwatch.extract.doc import Doc
from mineralwatch.extract.gazetteer import Hit
from mineralwatch.extract.text import last_words
from mineralwatch.models import Value

from .lexicon import RoleTable, Trigger, lexicon
from .roles import Arguments
from .triggers import Clause, SentenceContext


def clause_values(context: SentenceContext, clause: Clause, trigger: Trigger,
                  hit: Hit) -> list[Value]:
    """The values of the clause that belong to this trigger."""
    return [v for v in context.values if clause[0] <= v.start < clause[1]
            and not _modifies_other_trigger(v, trigger, hit, context.hits)]


def attach_values(spec: RoleTable, values: list[Value], start: int, arguments: Arguments,
                  sign: int = 1) -> dict[str, Any] | None:
    """Fill value roles from the clause's values, nearest the trigger (at ``start``) first;
    return the event's money value."""
    mapping = spec.get("values", {})
    describing = lexicon().describing
    money_value = None
    for value in sorted(values, key=lambda v: abs(v.start - start)):
        key = value.role if value.role in mapping else value.type
        role = mapping.get(key)
        if role is None or arguments.get(role):
            continue
        if value.type == "money" and key == "money" and value.role in ("share_price",
                                                                       "market_cap"):
            continue  # a share price or a market value is no deal's amount
        if value.role in describing and role not in describing[value.role]:
            continue  # "the 60 pct-owned mine" tells no move of a price
        literal = _literal(value)
        if role == "change_pct" and isinstance(literal, float):
            literal = sign * abs(literal)
        arguments[role] = [literal]
        if role == "value" and money_value is None:
            money_value = money_of(value)
    return money_value


def event_date(doc: Doc, values: list[Value], start: int, event_type: str,
               clause: tuple[int, int], kind: str = "") -> tuple[str | None, str | None]:
    """The date (and its precision) nearest the trigger in its clause; for a share move told
    without one, the day of publication ("shares were last seen up $0.66"), unless its clause
    sums it over a period ("down 16 per cent over the past year": see ``period_moves``). A
    date after "since" starts a period, no day of a move, but its month dates a measure in
    force since then (``measure_starts``; "a campaign … built since 2023" is a period's)."""
    measure = lexicon().measure_starts.get(f"{event_type}.{kind}", frozenset())
    dates = [v for v in values if v.type == "date" and v.date and
             not _starts_period(doc, v, measure) and  # "its biggest gain since January 20"
             not _compared(doc, v, clause[0])]
    nearest = min(dates, key=lambda v: abs(v.start - start), default=None)
    if nearest is not None:
        return nearest.date, nearest.precision
    if event_type in lexicon().dated_by_publication and doc.published is not None and \
            lexicon().period_moves.search(doc.text, *clause) is None:
        return doc.published.isoformat(), "day"
    return None, None


def _starts_period(doc: Doc, date: Value, measure: frozenset[str]) -> bool:
    """Whether a word of ``period_starts`` right before the date makes it a period's bound,
    not the event's: one of ``measure`` before a month or a day dates the measure instead."""
    words = lexicon().period_starts - (measure if date.precision != "year" else frozenset())
    return bool(words.intersection(last_words(doc.lowered, 0, date.start, 1)))


def _compared(doc: Doc, date: Value, floor: int) -> bool:
    """Whether the date is a comparison's baseline: "approved work plans for 2025, up from 272
    million tonnes last year" is of 2025, "three times its level in January" of no January."""
    lex = lexicon()
    cues = list(lex.comparisons.finditer(doc.text, max(floor, date.start - lex.comparison_reach),
                                         date.start))  # positions, so look-behinds see before
    return bool(cues) and not any(mark in doc.text[cues[-1].end():date.start] for mark in ",;")


def stage(context: SentenceContext, start: int) -> str | None:
    """The supply-chain stage named nearest the trigger, outside organisations' names."""
    names = [(s.start, s.end) for s in context.spans if s.type == "organization"]
    hits = [h for h in context.stages if not any(a <= h.start < b for a, b in names)]
    if not hits:
        return None
    return min(hits, key=lambda h: abs(h.start - start)).payload


def _modifies_other_trigger(value: Value, trigger: Trigger, hit: Hit, hits: list[Hit]) -> bool:
    """"a $500 million partnership": the amount belongs to the trigger right after it, unless
    it follows this trigger at once ("shares drop 3.7% on weak Q3 production")."""
    if 0 <= value.start - hit.end <= 2:
        return False
    return any(0 <= other.start - value.end <= 12 and
               all(t.type != trigger.type for t in other.payload) for other in hits)


def money_of(value: Value) -> dict[str, Any]:
    """A money value as an event holds it."""
    return {"amount": value.amount, "currency": value.currency, "approx": value.approx}


def _literal(value: Value) -> Any:
    """A value as an event argument holds it."""
    if value.type == "money":
        return money_of(value)
    if value.type == "quantity":
        return {"amount": value.amount, "unit": value.unit, "tonnes": value.tonnes}
    return value.amount
