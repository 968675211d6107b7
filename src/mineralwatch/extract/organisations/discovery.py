"""Organisations the registry lacks, found by how news introduces them: an acronym defined
("U.S. Strategic Metals (USSM)"), a name beside a ticker or marked in a wire story, a headline's
company, "U.K.-based Less Common Metals".
"""

from __future__ import annotations

import re
from functools import cache

from mineralwatch.extract.doc import Doc, EntityInfo
from mineralwatch.extract.geo import city_country
from mineralwatch.extract.text import WIRE_CODE, alternation
from mineralwatch.extract.vocabulary import load_exchange_entries

from .names import OF_CUT, abbreviates, name_after, name_before, next_word, trim_name
from .registry import cues, is_generic, link_exact, link_name, registry, strip_legal
from .spans import (
    add_org,
    add_span,
    discovered_id,
    names_a_country,
    non_org_head,
    org_before_apposition,
    org_spans,
    overlaps_org,
    own_listing,
    place_span,
    relink,
    span_at,
)

_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]{1,9})\s*\)")
# A wire marks a company's name at its first mention: "<Syngold Exploration Inc> said" (not
# "<US$8,000/t copper and >1 g/t gold", nor "<jane@lynas.com>").
_MARKED_NAME = re.compile(r"<([A-Z][^<>\n@$/=:]{1,80})>(?![\w<])")
_MARKED_TICKER = re.compile(rf"[ \t]{WIRE_CODE}")


def discover_acronyms(doc: Doc) -> None:
    text = doc.text
    for match in _ACRONYM_DEF.finditer(text):
        acronym = match.group(1)
        if sum(ch.isupper() for ch in acronym) < 2:
            continue  # "(MoU)" is fine to skip; "(Mt)" is a unit
        found = name_before(text, match.start(), keep_leading=True)
        if found and not abbreviates(acronym, text[found[0]:found[1]]):
            found = name_before(text, match.start())
        if found and not abbreviates(acronym, text[found[0]:found[1]]):
            _known_by_acronym(doc, acronym, *found)  # "… Corporation (KOMIR)": the registry's
            continue
        if not found:
            continue
        words = text[found[0]:found[1]].split()
        if words[0] in cues().membership_titles and words[1:2] == ["of"]:
            # "a Member of the Australian Institute of Geoscientists (MAIG)": the acronym is
            # the title's; the body is named after "of"
            body = OF_CUT.match(text, found[0] + len(words[0]))
            if body and not span_at(doc, body.end(), found[1]):
                add_org(doc, "text", body.end(), found[1], source="acronym")
            continue
        head = words[-1]
        if non_org_head(words) or (is_generic(text[found[0]:found[1]])
                                   and head not in cues().of_heads):
            continue  # "Rare Earth Elements (REE)"; but "… Aluminium Institute (IPAI)" is one
        if next_word(text, match.end()).title() in cues().non_org_heads:
            continue  # "the Advanced Technology Vehicles Manufacturing (ATVM) program"
        existing = span_at(doc, found[0], found[1])
        oid = existing or add_org(doc, "text", *found, source="acronym")
        if oid and oid.startswith("org:"):
            doc.acronyms[acronym] = oid


def _known_by_acronym(doc: Doc, acronym: str, start: int, end: int) -> None:
    """"Korea Mineral Resources Corporation (KOMIR)": a name whose initials do not spell the
    acronym it defines, which the registry holds for an organisation whose name opens as it
    does and has all its words ("Korea Mine Rehabilitation and Mineral Resources
    Corporation"), is that organisation (not "the Environmental Protection Authority (EPA)":
    no Agency)."""
    known = link_exact(acronym)
    if known is None or not known.startswith("org:") or span_at(doc, start, end):
        return
    words = strip_legal(doc.text[start:end]).split()
    known_words = registry().names[known].replace(",", " ").split()
    if non_org_head(words) or words[:1] != known_words[:1] or not set(words) <= set(known_words):
        return  # (nor "the General Agreement on Trade and Tariffs (GATT)", a treaty)
    add_span(doc, "text", start, end, known, "acronym", 1.0)


_MEMBER_OF = re.compile(r"\b(?:[Mm]ember|[Ff]ellow)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_PARENTHESISED_WORD = re.compile(r"\([ \t]*([A-Z][A-Za-z0-9&]{1,11})[ \t]*\)")


def discover_translated_acronyms(doc: Doc) -> None:
    """"the Chilean Copper Commission (Cochilco)", "the National Mining Agency (ANM)": a body
    named in English, then by the short name of its own language's name, whose letters are not
    the English words'. The short name is the body's in the rest of the article, and links it to
    the registry's entry of that short name ("National Mining Company (Enami)" is ENAMI).
    Run after the suffix's names, which find most such bodies; a name no cue found counts when
    a body's head word closes it and its acronym has two capitals."""
    text = doc.text
    if "(" not in text:
        return
    c = cues()
    heads = c.of_heads | c.body_heads | c.of_name_heads | (c.industry - c.metals)
    for match in _PARENTHESISED_WORD.finditer(text):
        short = match.group(1)
        end = len(text[:match.start()].rstrip(" \t"))
        if short in doc.acronyms or not _may_be_short_name(doc, short, match.start(1)) or \
                end == match.start() or next_word(text, match.end()).title() in c.non_org_heads:
            continue
        written = name_before(text, end)
        found = trim_name(doc, text, *written) if written else None
        if not written or not found or _MEMBER_OF.search(text, max(0, found[0] - 20), found[0]):
            continue  # "a fellow of the Taxation Institute of Australia (FTIA)": a title's
        words = text[found[0]:found[1]].split()
        body = len(words) >= 2 and (words[-1] in heads or (words[0] in heads and
                                                           words[1] == "of")) and \
            not c.non_org_heads.intersection(text[written[0]:end].split())  # "Incentive
        # Regime for Large Investments (RIGI)": a programme
        # the whole name's span (not "Mineral Resources" of "Ministry of … Mineral Resources")
        span = min((s for s in org_spans(doc) if s.end == end and s.start <= found[0]),
                   key=lambda s: s.start, default=None)
        if short.isupper() and not body:
            continue  # "Ero Copper (ERO)": a company's ticker
        oid: str | None
        if span is not None:
            oid = span.ids[0]
        elif body and short.isupper() and not overlaps_org(doc, *found) and \
                not names_a_country(doc, *found):
            oid = add_org(doc, "text", *found, source="acronym")
        else:
            continue
        if not oid or not oid.startswith("org:"):
            continue
        linked = link_exact(short)
        if linked and linked != oid and doc.info.get(oid, EntityInfo("", "")).attributes.get(
                "discovered"):
            relink(doc, oid, linked)
            oid = linked
        doc.acronyms[short] = oid


def _may_be_short_name(doc: Doc, short: str, at: int) -> bool:
    """Whether a parenthesised word may be a body's short name: not a place ("(Malaysia)"), an
    exchange ("(TSXV)"), nor a word the text also writes in lower case ("(Company)")."""
    c = cues()
    if not (short.isupper() or short.isalpha()):
        return False  # "(HGc2)": a contract's code
    if short in c.not_short_forms or short in c.legal or short in c.generic or \
            short in c.not_names or short in c.industry or short in _exchange_spellings() or \
            short.title() in c.parenthesised_forms or \
            city_country(short) or any(s.start <= at < s.end and s.field == "text" and
                                        s.type in ("country", "place") for s in doc.spans):
        return False
    return short.isupper() or re.search(rf"\b{re.escape(short.lower())}\b", doc.text) is None


@cache
def _exchange_spellings() -> frozenset[str]:
    return frozenset(spelling for e in load_exchange_entries()
                     for spelling in (e.code, *e.spellings, *e.cities))


def discover_marked(doc: Doc) -> None:
    """A name the wire marks as a company is one whole, whatever words it holds ("<Australian
    Consolidated Minerals Ltd>", "<Asturiana de Zinc>"); a marked ticker ("<NEM>", "<AL.N>")
    names no company."""
    connectors = cues().connectors
    for match in _MARKED_NAME.finditer(doc.text):
        start, end = match.span(1)
        words = match.group(1).split()
        if not any(ch.islower() for ch in match.group(1)) or not all(
                w[0].isupper() or w[0].isdigit() or w in connectors for w in words):
            continue  # a ticker, or no name: "<Grades above detection limit>"
        if words[0] == "The":
            start += 4  # "<The Australian Gas Light Co>": the article is no part of the name
        if not span_at(doc, start, end):
            add_org(doc, "text", start, end, source="marked")


def discover_before_ticker(doc: Doc) -> None:
    """"KLM Royal Dutch Airlines <KLM.AS> is discussing …": the wire's ticker follows a
    company's name, one no other cue found (read last, so that names found otherwise keep
    their bounds: "Total Erickson Resources Ltd and Consolidated Silver Standard Mines Ltd
    <CDS.V>")."""
    if "<" not in doc.text:
        return  # no ticker marked: skip the scan
    legal = cues().legal
    for match in _MARKED_TICKER.finditer(doc.text):
        found = name_before(doc.text, match.start())
        if found is None:
            continue
        owner = next((s.ids[0] for s in org_spans(doc) if s.end == found[1]), None)
        name = doc.text[found[0]:found[1]]
        words = name.split()
        if owner is None and not overlaps_org(doc, *found) and any(
                ch.islower() for ch in name) and " and " not in name and \
                not (len(words) == 1 and words[0] in legal):
            owner = add_org(doc, "text", found[0], found[1], source="marked")
        listing = next((s.ids[0] for s in doc.spans if match.start() <= s.start < match.end()
                        and s.type == "listing" and s.field == "text"), None)
        if owner and listing:  # the company named before the wire's "<BP.L>" is listed there
            own_listing(doc, owner, listing)


@cache
def _headline_company() -> re.Pattern[str]:
    """A wire headline's opening company in capitals and its legal form, before its ticker
    ("ORION CAPITAL CORP <OC>") or marked by the wire ("<DAEWOO CORP> CALENDAR 1986")."""
    legal = alternation(sorted({w.upper() for w in cues().legal}))
    return re.compile(r"(?:<(?=[^<>]*>))?((?:[A-Z][A-Z0-9&.'-]*\s+)+?(?:" + legal +
                      r")(?:\s+(?:" + legal + r"))*)(?:>|\s*" + WIRE_CODE + ")")


def discover_headline_company(doc: Doc) -> None:
    """"ORION CAPITAL CORP <OC> 4TH QTR LOSS", "<DAEWOO CORP> CALENDAR 1986": a results
    story may name its company only in the headline, in capitals, with its legal form, before
    its ticker or inside the wire's mark. It is recorded as "Orion Capital Corp"."""
    match = _headline_company().match(doc.title)
    if match is None or any(s.field == "title" and s.type == "organization" and
                            s.start < match.end(1) for s in doc.spans):
        return
    name = " ".join(_headline_word(w, i) for i, w in enumerate(match.group(1).split()))
    oid = link_name(name) or discovered_id(doc, name, "headline")
    add_span(doc, "title", match.start(1), match.end(1), oid, "headline", 0.9)


def _headline_word(word: str, index: int) -> str:
    """A capitals headline's word in the usual case: "ORION" → "Orion", "CORP" → "Corp",
    "AND" → "and"; initials and short letters stay ("U.S.", "IBM")."""
    c = cues()
    if index and word.lower() in c.connectors:
        return word.lower()
    if "." in word or (len(word) <= 3 and word.casefold() not in c.legal_folded):
        return word
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


@cache
def _based() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """"U.K.-based", "Perth-headquartered": a place written before a ``based_words`` word; and
    those words after their hyphen ("-based"), one of which a text must hold to be scanned."""
    words = cues().based_words
    return (re.compile(r"([A-Z][\w.]*(?:[ -][A-Z][\w.]*)?)-(?:" + alternation(words) + r")\b"),
            tuple("-" + word for word in words))


def discover_based(doc: Doc) -> None:
    """"U.K.-based Less Common Metals": an organisation and its country."""
    text = doc.text
    pattern, marks = _based()
    if not any(mark in text for mark in marks):
        return
    for match in pattern.finditer(text):
        place = place_span(doc, match.start(1), match.end(1))
        found = name_after(text, match.end())
        if found:
            oid = span_at(doc, *found) or add_org(doc, "text", *found, source="based")
        else:
            oid = org_before_apposition(doc, match.start())
        if oid and place:
            info = doc.info.get(oid)
            if info and not info.country:
                info.country = place
