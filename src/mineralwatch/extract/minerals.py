"""Mineral mentions: every commodity, ore and product name, resolved to ``mineral:`` ids.

Common-English words among them ("lead", "tin", "iron", "gold") count only with mining context;
phrases that are never minerals ("silver lining", "lead to") are blocked outright; a mineral word
inside an organisation's name loses to the organisation when overlaps are resolved.
"""

from __future__ import annotations

import re
from functools import cache

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Gazetteer, Hit
from mineralwatch.extract.vocabulary import (
    ambiguous_terms,
    case_sensitive_terms,
    false_friends,
    load_minerals,
    mineral_forms,
)

# What follows an ambiguous mineral word when it is the commodity ("lead prices", "tin mine").
_CONTEXT_AFTER = re.compile(
    r"[\s-]*(?:ores?\b|concentrates?\b|mines?\b|mining\b|miners?\b|metals?\b|prices?\b|"
    r"production\b|output\b|smelt|refin|deposits?\b|reserves?\b|resources?\b|futures\b|tonnes\b|"
    r"tons\b|ingots?\b|cathodes?\b|bullion\b|projects?\b|grades?\b|equivalent\b|exports?\b|"
    r"imports?\b|shipments?\b|supply\b|supplies\b|demand\b|market\b|contracts?\b|producers?\b|"
    r"stocks\b|inventor|oxides?\b|sulph|sulf|powder\b|alloys?\b|assets?\b|exploration\b|"
    r"prospects?\b|belt\b|occurrences?\b|minerali[sz]ation\b|intercepts?\b|recover|"
    r"content\b|price\b|was\b|were\b|rose\b|fell\b|gained\b|eased\b|lost\b|climbed\b|"
    r"slipped\b|jumped\b|dropped\b|traded\b|closed\b|coins?\b|assays?\b|industry\b|"
    r"mills?\b|plants?\b|pact\b|council\b|agreement\b|dealers?\b|holdings\b|fields?\b|"
    r"discover|stockpil|sales\b|bearing\b|producing\b|property\b|makers?\b|quotas?\b|"
    r"deliver|per\s+ton|equivalent\b|\(\s*[A-Z][a-z]?\s*\))",
    re.IGNORECASE,
)
# What precedes it ("tonnes of lead", "refined tin", "production of gold").
_CONTEXT_BEFORE = re.compile(
    r"(?:tonnes?|tons?|oz|ounces?|pounds?|lbs?|kg|grams?|g/t|ppm|%|pct|cent|refined|primary|"
    r"secondary|spot|physical|LME|Comex|battery-grade|high-grade|precious|of)\s*-?$",
    re.IGNORECASE,
)
_LIST_JOINER = re.compile(r"\s*(?:,|and|or|/|-|&|,\s*and|,\s*or)\s*", re.IGNORECASE)


@cache
def _gazetteers() -> tuple[Gazetteer[tuple[str, ...]], Gazetteer[None], frozenset[str]]:
    minerals = Gazetteer(mineral_forms(), case_sensitive=case_sensitive_terms())
    blockers = Gazetteer((phrase, None) for phrase in false_friends())
    return minerals, blockers, frozenset(t.lower() for t in ambiguous_terms())


@cache
def _names() -> dict[str, str]:
    return {m.id: m.name for m in load_minerals()}


def find_minerals(doc: Doc) -> None:
    """Component: propose a ``mineral`` span for each mineral mention in title and text."""
    minerals, blockers, ambiguous = _gazetteers()
    names = _names()
    for field, text, lowered in doc.fields():
        blocked = [(h.start, h.end) for h in blockers.find(text, lowered)]
        hits = [h for h in minerals.find(text, lowered) if not _inside(h, blocked)]
        for hit in hits:
            is_ambiguous = hit.surface.lower() in ambiguous
            if is_ambiguous and not _has_context(text, hit, hits):
                continue
            ids = hit.payload
            name = names.get(ids[0], hit.surface) if len(ids) == 1 else hit.surface
            doc.spans.append(
                Span(hit.start, hit.end, "mineral", ids, name, "minerals",
                     0.8 if is_ambiguous else 1.0, field)
            )


def _inside(hit: Hit, blocked: list[tuple[int, int]]) -> bool:
    return any(s < hit.end and hit.start < e for s, e in blocked)


def _has_context(text: str, hit: Hit, neighbours: list[Hit]) -> bool:
    if _CONTEXT_AFTER.match(text, hit.end, min(len(text), hit.end + 40)):
        return True
    if _CONTEXT_BEFORE.search(text, max(0, hit.start - 30), hit.start):
        return True
    # Listed beside another mineral: "copper, lead and zinc", "gold and silver", "lead-zinc".
    for other in neighbours:
        gap = (hit.end, other.start) if other.start >= hit.end else (other.end, hit.start)
        if other is not hit and 0 <= gap[1] - gap[0] <= 8 and _LIST_JOINER.fullmatch(text, *gap):
            return True
    return False
