"""Mineral mentions: every commodity, ore and product name, resolved to ``mineral:`` ids.

Common-English words among them ("lead", "tin", "iron", "gold") count only with mining context;
phrases that are never minerals ("silver lining", "lead to") are blocked outright; a mineral word
inside an organisation's name loses to the organisation when overlaps are resolved. Element
symbols count only among other symbols or after a grade ("Cu and Zn", "Co-Ni", "0.67% Cu"), and
the elements of a list of impurities are not the article's minerals.
"""

from __future__ import annotations

import re
from functools import cache

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Gazetteer, Hit
from mineralwatch.extract.text import alternation, trie, word_matches
from mineralwatch.extract.vocabulary import (
    ambiguous_terms,
    case_sensitive_terms,
    element_symbols,
    false_friends,
    impurity_cues,
    load_minerals,
    mineral_context,
    mineral_forms,
    symbol_settings,
)

_LIST_JOINER = re.compile(r"\s*(?:,|and|or|/|-|&|,\s*and|,\s*or)\s*", re.IGNORECASE)


@cache
def _context() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows an ambiguous mineral word when it is the commodity ("lead prices", "tin
    smelter", "copper (Cu)"), and what precedes it ("tonnes of lead", "refined tin")."""
    # Only whether they match is asked, so the words are tries (the first letter no word
    # continues fails a position), which match where the alternations of the words do.
    words = mineral_context()
    whole = trie(words["after"], space=r"\s+")
    stems = trie(words["after_stems"], space=r"\s+")
    symbol = r"\(\s*[A-Z][a-z]?\s*\)"  # "copper (Cu)"
    # a price or a quantity, written with decimals or thousands ("silver 22.5 cents", "Lead
    # 443,850") or as a table's row ("Silver - 392 lots", "PLATINUM - 562 (567)"), not a
    # count or a year ("will lead 20 companies", "Tin 2024 results")
    figure = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?=\s*\(\d))"
              r"(?![\d.,]*[ \t]*(?:%|pct|per[ \t]?cent))")
    row = r"[ \t]+-[ \t]+\d"
    # "gold and coal mines": a word joined to it shares the noun after both
    joined = r"(?:(?:and|or|&)[ \t]+[a-z]+[ \t]+)?"
    after = re.compile(rf"{row}|[\s-]*(?:{joined}(?:{whole})\b|(?:{stems})|{symbol}|{figure})",
                       re.IGNORECASE)
    before = re.compile(rf"(?:{trie(words['before'])})\s*-?$", re.IGNORECASE)
    return after, before


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
        blocked += _impurity_lists(lowered)
        hits = [h for h in minerals.find(text, lowered)
                if not _inside(h, blocked) and not _in_link(text, h)]
        _drop_countries_inside(doc, field, hits)
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


    _find_symbols(doc)


def _drop_countries_inside(doc: Doc, field: str, hits: list[Hit[tuple[str, ...]]]) -> None:
    """A country's word inside a mineral's name is no mention of the country: "china clay" is
    kaolin (and a story that lost its capitals writes it as it writes China). Only names of
    several words can hold one, so most texts skip the pass over the spans."""
    phrases = [(h.start, h.end) for h in hits if " " in h.surface]
    if phrases:
        doc.spans = [s for s in doc.spans if not (
            s.field == field and s.type == "country" and
            any(start <= s.start and s.end <= end for start, end in phrases))]


_IMPURITY_LIST = re.compile(r"[ \t]*(?:[\w₂₃-]+(?:,[ \t]*and[ \t]+|,[ \t]*|[ \t]+and[ \t]+|"
                            r"[ \t]+or[ \t]+))*[\w₂₃-]+")


def _impurity_lists(lowered: str) -> list[tuple[int, int]]:
    """Spans of "impurities such as calcium, magnesium, potassium and sodium"."""
    spans = []
    for cue in impurity_cues():
        start = lowered.find(cue)
        while start != -1:
            end = start + len(cue)
            stop = _IMPURITY_LIST.match(lowered, end, min(len(lowered), end + 120))
            spans.append((end, stop.end() if stop else end))
            start = lowered.find(cue, end)
    return spans


@cache
def _symbol_patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    """A run of one- or two-letter capitalised tokens joined by hyphens, slashes, commas, "and"
    or spaces ("Co-Ni", "U-Th-REE", "Cu and Zn", "Zn, Cu, Ni, Pb"); and a symbol after a grade.
    A run opens a word: the runs are scanned with ``word_matches``, which checks that where a
    capital is found instead of at every position of the text."""
    settings = symbol_settings()
    groups = alternation(settings["groups"])
    units = alternation(settings["grade_units"])
    runs = (
        re.compile(rf"[A-Z][a-z]?(?:[-/](?:[A-Z][a-z]?|{groups})\b)+(?!-)"),
        re.compile(r"[A-Z][a-z](?:(?:,[ \t]*|,?[ \t]+and[ \t]+|[ \t]+)[A-Z][a-z]\b)+(?![-/])"),
    )
    return runs, re.compile(rf"(?:{units})[ \t]+([A-Z][a-z])(?![\w-])")


@cache
def _scan_cues() -> tuple[str, ...]:
    """Cues of a technical release: its grade units but "%" (found in any article), its words."""
    settings = symbol_settings()
    return tuple(u for u in settings["grade_units"] if u != "%") + \
        tuple(settings["technical_words"])


_RUN_TOKEN = re.compile(r"[A-Z][A-Za-z]*")


def _find_symbols(doc: Doc) -> None:
    """Element symbols written among other symbols or after a grade: "Cu and Zn", "Co-Ni".

    Single letters count only in a hyphenated run beside a two-letter symbol ("U-Th-REE"),
    never in "Y/Y"; joined by spaces or commas every member must have two letters.
    """
    text = doc.text
    symbols = element_symbols()
    names = _names()
    found: list[tuple[int, int, str]] = []
    lowered = doc.lowered
    if not any(cue in lowered for cue in _scan_cues()):
        return  # not a technical release
    runs, grade_symbol = _symbol_patterns()
    groups = symbol_settings()["groups"]
    for match in (m for run in runs for m in word_matches(run, text)):
        tokens = list(_RUN_TOKEN.finditer(match.group()))
        words = [t.group() for t in tokens]
        if not all(w in symbols or w in groups for w in words) or \
                not any(len(w) == 2 for w in words if w in symbols):
            continue
        found += [(match.start() + t.start(), match.start() + t.end(), t.group())
                  for t in tokens if t.group() in symbols]
    for match in grade_symbol.finditer(text):
        if match.group(1) in symbols:
            found.append((match.start(1), match.end(1), match.group(1)))
    for start, end, symbol in found:
        mid = symbols[symbol]
        doc.spans.append(Span(start, end, "mineral", (mid,), names.get(mid, symbol), "minerals",
                              0.8))


def _in_link(text: str, hit: Hit) -> bool:
    """Whether a hit is inside a web address ("https://…/reports-38-gpt-gallium-and-thallium-
    from-surface"): a link's words are no mention."""
    start = max(text.rfind(" ", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
    token = text[start:hit.start]
    return "://" in token or token.startswith("www.")


def _inside(hit: Hit, blocked: list[tuple[int, int]]) -> bool:
    return any(s < hit.end and hit.start < e for s, e in blocked)


def _has_context(text: str, hit: Hit, neighbours: list[Hit]) -> bool:
    after, before = _context()
    if after.match(text, hit.end, min(len(text), hit.end + 40)):
        return True
    if before.search(text, max(0, hit.start - 30), hit.start):
        return True
    # Listed beside another mineral: "copper, lead and zinc", "gold and silver", "lead-zinc".
    for other in neighbours:
        gap = (hit.end, other.start) if other.start >= hit.end else (other.end, hit.start)
        if other is not hit and 0 <= gap[1] - gap[0] <= 8 and _LIST_JOINER.fullmatch(text, *gap):
            return True
    return False
