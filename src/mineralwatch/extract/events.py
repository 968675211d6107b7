"""Events of taxonomy v1 from trigger words and the linked entities around them.

For each sentence, triggers from ``data/events.toml`` propose events; the entities of the
sentence fill roles by where they stand (subject before the trigger, object after it, or after
a preposition: "from Pakistan", "to the United States", "between A and B"), and the sentence's
values give the date, money, percentages and quantities. Mentions of one real-world event
across sentences ("the shipment", "the deal") merge into one event that keeps every evidence.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Gazetteer
from mineralwatch.extract.text import Sentence
from mineralwatch.models import Event, Evidence, Value

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "state-owned",
                          "u.s.-based", "company", "firm", "miner"})
_PREPOSITIONS = frozenset({"from", "to", "by", "between", "with", "in", "at", "for", "of",
                           "into", "on", "against", "near", "and"})
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s*$",
                      re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    kind: str
    confidence: float
    requires: frozenset[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: Gazetteer[Trigger]
    roles: dict[str, dict[str, Any]]
    modality: dict[str, tuple[re.Pattern[str], ...]]
    stages: Gazetteer[str]
    anaphora: re.Pattern[str]


@cache
def lexicon() -> Lexicon:
    data = tomllib.loads((files("mineralwatch") / "data" / "events.toml").read_text("utf-8"))
    entries = []
    for spec in data["trigger"]:
        trigger = Trigger(spec["type"], spec["kind"], spec["confidence"],
                          frozenset(w.lower() for w in spec.get("requires", ())))
        entries.extend((word, trigger) for word in spec["words"])
    acronyms = {w for spec in data["trigger"] for w in spec["words"] if w.isupper()}
    modality = {
        name: tuple(re.compile(rf"(?<![\w-]){re.escape(cue)}(?![\w-])", re.IGNORECASE)
                    for cue in cues)
        for name, cues in data["modality"].items()
    }
    stages = Gazetteer((word, stage) for stage, words in data["stage"].items() for word in words)
    pronouns = "|".join(re.escape(p) for p in data["anaphora"]["pronouns"])
    return Lexicon(
        triggers=Gazetteer(entries, case_sensitive=acronyms),
        roles=data["roles"],
        modality=modality,
        stages=stages,
        anaphora=re.compile(rf"\b(?:{pronouns})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE),
    )


def find_events(doc: Doc) -> None:
    """Component: events per sentence, then merged across the article."""
    lex = lexicon()
    text_spans = [s for s in doc.spans if s.field == "text"]
    values = doc.values
    hits = [h for h in lex.triggers.find(doc.text, doc.lowered) if not _hyphen_joined(doc.text, h)]
    events: list[Event] = []
    span_cursor = value_cursor = 0
    for number, sentence in enumerate(doc.sentences):
        in_sentence = [h for h in hits if sentence.start <= h.start < sentence.end]
        if not in_sentence:
            continue
        while span_cursor < len(text_spans) and text_spans[span_cursor].end <= sentence.start:
            span_cursor += 1
        spans = [s for s in text_spans[span_cursor:] if s.start < sentence.end]
        while value_cursor < len(values) and values[value_cursor].end <= sentence.start:
            value_cursor += 1
        sentence_values = [v for v in values[value_cursor:] if v.start < sentence.end]
        lowered_words = set(_WORD.findall(sentence.text.lower())) | set(sentence.text.split())
        lowered_sentence = sentence.text.lower()
        taken_types: set[str] = set()
        for hit in in_sentence:
            trigger = hit.payload
            if trigger.type in taken_types:
                continue  # one event of a type per sentence; later triggers restate it
            if trigger.requires and not (trigger.requires & lowered_words or any(
                    r in lowered_sentence for r in trigger.requires if " " in r or "/" in r)):
                continue
            event = _build_event(doc, number, sentence, hit.start, hit.end, trigger, spans,
                                 sentence_values, in_sentence)
            if event is not None:
                events.append(event)
                taken_types.add(trigger.type)
    doc.events = merge_events(events)


def _hyphen_joined(text: str, hit) -> bool:
    """"mine-to-magnet" and "ship-to-shore" are words of their own, not triggers."""
    return (hit.end < len(text) and text[hit.end] == "-") or \
        (hit.start > 0 and text[hit.start - 1] == "-")


def _build_event(doc: Doc, number: int, sentence: Sentence, start: int, end: int,
                 trigger: Trigger, spans: list[Span], values: list[Value],
                 triggers: list) -> Event | None:
    lex = lexicon()
    spec = lex.roles[trigger.type]
    text = doc.text
    arguments: dict[str, list[Any]] = {}
    clause_start, clause_end = _clause(sentence, start, end, trigger, triggers)
    passive = bool(_PASSIVE.search(text, max(sentence.start, start - 30), end))
    antecedent = _antecedent(doc, number, sentence, start, spans)
    subject_role = spec.get("subject", {}).get("organization")
    if antecedent and subject_role:
        _add(arguments, subject_role, antecedent)
    for span in spans:
        if span.type == "mineral":
            for ident in span.ids:
                _add(arguments, spec["anywhere"].get("mineral"), ident)
            continue
        if _is_possessive_modifier(text, span, spans) or \
                text.startswith(("-based", "-headquartered"), span.end):
            continue
        position = _position(text, sentence, span, start, end, clause_start, clause_end)
        if position is None:
            continue
        if passive and position == "subject":
            position = "object"
        if antecedent and position == "subject":
            continue  # "its planned facility": the owner is the antecedent, not this entity
        role = spec.get(position, {}).get(span.type) or spec["anywhere"].get(span.type)
        if role and role not in ("commodity",):
            _add(arguments, role, span.ids[0])
    clause_values = [v for v in values if clause_start <= v.start < clause_end
                     and not _modifies_other_trigger(v, trigger, triggers)]
    event_values = _values_for(trigger, spec, clause_values, start, arguments)
    if not any(arguments.get(role) for role in spec["core"]) and not (
            event_values and any(isinstance(v[0], str) for v in arguments.values())):
        return None
    date_value = _nearest(clause_values, start, "date")
    modality, confidence = _modality(sentence.text, trigger, spec, arguments)
    return Event(
        type=trigger.type,
        kind=trigger.kind,
        arguments=arguments,
        evidence=Evidence(sentence.text, sentence.start, sentence.end),
        extractor=f"rule:{trigger.type}.{trigger.kind}",
        confidence=confidence,
        date=date_value.date if date_value else None,
        date_precision=date_value.precision if date_value else None,
        value=event_values,
        stage=_stage(doc, sentence, start, spans),
        modality=modality,
    )


def _clause(sentence: Sentence, start: int, end: int, trigger: Trigger,
            triggers: list) -> tuple[int, int]:
    """The part of the sentence this trigger governs: up to triggers of other events."""
    clause_start, clause_end = sentence.start, sentence.end
    for other in triggers:
        if other.payload.type in (trigger.type, "market_move"):
            continue
        if other.end <= start:
            clause_start = max(clause_start, other.end)
        elif other.start >= end:
            clause_end = min(clause_end, other.start)
    return clause_start, clause_end


def _position(text: str, sentence: Sentence, span: Span, start: int, end: int,
              clause_start: int, clause_end: int) -> str | None:
    """How the entity relates to the trigger: a preposition, "subject" or "object"."""
    if span.start < clause_start or span.start >= clause_end:
        return None
    if start <= span.start < end:
        return None
    preceding = [w.lower() for w in _WORD.findall(text[max(sentence.start, span.start - 40):
                                                       span.start])]
    while preceding and preceding[-1] in _DETERMINERS:
        preceding.pop()
    word = preceding[-1] if preceding else ""
    lead_in = text[max(clause_start, sentence.start):span.start].lower()
    if word in ("between", "and") and "between" in lead_in:
        return "between"
    if span.start >= end:
        return word if word in _PREPOSITIONS and word != "and" else "object"
    return word if word in ("from", "by", "with", "in", "at") else "subject"


def _is_possessive_modifier(text: str, span: Span, spans: list[Span]) -> bool:
    """"Pakistan's Frontier Works Organisation": the country only modifies the organisation."""
    tail = text[span.end:span.end + 3]
    if not tail.startswith(("'s ", "’s ")):
        return False
    return any(other.start == span.end + 3 and other.type == "organization" for other in spans)


def _modifies_other_trigger(value: Value, trigger: Trigger, triggers: list) -> bool:
    """"a $500 million partnership": the amount belongs to the trigger right after it."""
    return any(other.payload.type != trigger.type and 0 <= other.start - value.end <= 12
               for other in triggers)


def _antecedent(doc: Doc, number: int, sentence: Sentence, start: int,
                spans: list[Span]) -> str | None:
    """"its shares", "the company's refinery": the organisation the text points back to."""
    if not lexicon().anaphora.search(doc.text, max(sentence.start, start - 40), start):
        return None
    in_sentence = [s for s in spans if s.type == "organization" and s.end <= start]
    if in_sentence:
        return in_sentence[0].ids[0]
    for previous in reversed(doc.sentences[max(0, number - 3):number]):
        orgs = [s for s in doc.spans if s.field == "text" and s.type == "organization"
                and previous.start <= s.start < previous.end]
        if orgs:
            return orgs[0].ids[0]
    return None


def _values_for(trigger: Trigger, spec: dict[str, Any], values: list[Value], start: int,
                arguments: dict[str, list[Any]]) -> dict[str, Any] | None:
    """Fill value roles from the sentence's normalised values; return the event's value."""
    mapping = spec.get("values", {})
    money_value = None
    for value in sorted(values, key=lambda v: abs(v.start - start)):
        key = value.role if value.role in mapping else value.type
        role = mapping.get(key)
        if role is None or arguments.get(role):
            continue
        if value.type == "money" and value.role in ("share_price", "market_cap") \
                and key == "money":
            continue
        literal = _literal(value)
        arguments[role] = [literal]
        if role == "value" and money_value is None:
            money_value = {"amount": value.amount, "currency": value.currency,
                           "approx": value.approx}
    return money_value


def _literal(value: Value) -> Any:
    if value.type == "money":
        return {"amount": value.amount, "currency": value.currency, "approx": value.approx}
    if value.type == "quantity":
        return {"amount": value.amount, "unit": value.unit, "tonnes": value.tonnes}
    return value.amount


def _nearest(values: list[Value], start: int, kind: str) -> Value | None:
    candidates = [v for v in values if v.type == kind and v.date]
    return min(candidates, key=lambda v: abs(v.start - start), default=None)


def _modality(sentence: str, trigger: Trigger, spec: dict[str, Any],
              arguments: dict[str, list[Any]]) -> tuple[str, float]:
    filled = sum(1 for role in spec["core"] if arguments.get(role))
    confidence = min(0.95, trigger.confidence + 0.05 * (filled - 1))
    for name in ("denied", "rumoured", "planned"):
        if any(p.search(sentence) for p in lexicon().modality[name]):
            factor = {"denied": 0.4, "rumoured": 0.6, "planned": 0.95}[name]
            return name, round(confidence * factor, 3)
    return "asserted", round(confidence, 3)


def _stage(doc: Doc, sentence: Sentence, start: int, spans: list[Span]) -> str | None:
    """The supply-chain stage named nearest the trigger, outside organisations' names."""
    lowered = doc.lowered[sentence.start:sentence.end]
    names = [(s.start - sentence.start, s.end - sentence.start) for s in spans
             if s.type == "organization"]
    hits = [h for h in lexicon().stages.find(doc.text[sentence.start:sentence.end], lowered)
            if not any(a <= h.start < b for a, b in names)]
    if not hits:
        return None
    offset = start - sentence.start
    return min(hits, key=lambda h: abs(h.start - offset)).payload


def _add(arguments: dict[str, list[Any]], role: str | None, value: Any) -> None:
    if role is None:
        return
    bucket = arguments.setdefault(role, [])
    if value not in bucket:
        bucket.append(value)


def merge_events(events: list[Event]) -> list[Event]:
    """One event per real-world event: merge restatements of the same event."""
    merged: list[Event] = []
    for event in events:
        for kept in merged:
            if _same_event(kept, event):
                _absorb(kept, event)
                break
        else:
            merged.append(event)
    return merged


def _same_event(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.value and b.value and a.value.get("amount") == b.value.get("amount"):
        return True
    core = lexicon().roles[a.type]["core"]
    shared = conflicts = 0
    for role in core:
        left, right = set(map(str, a.arguments.get(role, ()))), \
            set(map(str, b.arguments.get(role, ())))
        if left and right:
            if left & right:
                shared += 1
            elif role != "commodity":
                conflicts += 1
    anaphoric = bool(re.match(r"(?:the|this|that)\s+(?:\w+\s+)?(?:shipment|deal|agreement|"
                              r"acquisition|transaction|investment|funding|loan|discovery|"
                              r"find|refinery|plant|project|ban|controls?)\b",
                              b.evidence.text, re.IGNORECASE))
    return conflicts == 0 and (shared > 0 or anaphoric)


def _absorb(kept: Event, other: Event) -> None:
    for role, values in other.arguments.items():
        for value in values:
            _add(kept.arguments, role, value)
    kept.more_evidence.append(other.evidence)
    kept.date = kept.date or other.date
    kept.date_precision = kept.date_precision or other.date_precision
    kept.value = kept.value or other.value
    kept.stage = kept.stage or other.stage
    kept.confidence = min(0.99, max(kept.confidence, other.confidence) + 0.05)
    if kept.kind in ("partnership", "agreement") and other.kind not in ("partnership",):
        kept.kind = other.kind
        kept.extractor = other.extractor
