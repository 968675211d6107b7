"""Which registry names found in a text are mentions of their organisation: not a common word
without support, part of a place's or a resource's name, a copyright holder, a masthead or a
wire's credit.
"""

from __future__ import annotations

import re
from functools import cache

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Hit
from mineralwatch.extract.geo import admin_words, port_countries, region_names, story_country
from mineralwatch.extract.people import given_names
from mineralwatch.extract.text import alternation
from mineralwatch.extract.vocabulary import load_organisation_cues, load_units

from .names import (
    POSSESSIVE_AFTER,
    next_word,
    opens_place_name_after,
    person_like,
    resource_terms_only,
)
from .registry import cues, link_exact, registry
from .spans import add_span, country_before, describes_listing

_WIRE_CREDIT = re.compile(r"\)[ \t]*[-–—]")
# "Manitoba--(Newsfile Corp.": the bracket first, then the dashes before it, so that the engine
# skips to the brackets instead of trying the dashes at every position of the text
_WIRE_CREDIT_OPENING = re.compile(r"\((?=[A-Z])(?:(?<=--\()|(?<=[–—]\())")
# The line break before a line opening with a full date ("\nFebruary 20, 2024"); the months'
# names are units.toml's.
_DATE_LINE = re.compile(rf"\n(?=(?:{'|'.join(load_units()['months'])}) \d{{1,2}}, \d{{4}})")
_MASTHEAD_LENGTH = range(3, 61)  # the characters of a paper's name


def add_registry_mentions(doc: Doc) -> None:
    """The registry's names found in the text that are mentions of their organisation, added
    as spans: not a word of another thing's name (an index, a place, a region, resource
    terms), not a wire's credit, and a name that is a common word only where the article
    supports it."""
    reg = registry()
    hits = [(field, hit) for field, text, lowered in doc.fields()
            for hit in reg.gazetteer.find(text, lowered)
            if not describes_listing(text, hit.start, hit.end)]
    # "Rio", "DOE", "the Commission" count only where the article also names the organisation
    # in full (or by a listing).
    supported = {hit.payload for _, hit in hits if hit.surface not in reg.context_forms}
    supported |= {oid for oid, info in doc.info.items() if info.listings}
    places = [s for s in doc.spans if s.type in ("place", "country")]
    for field, hit in hits:
        text = doc.text_of(field)
        if _names_thing(text, hit.end) or _opens_defined_term(text, hit.start, hit.end):
            continue  # "the Asian Metal index", "the Financial Review Mining Summit"
        if _names_place(text, places, field, hit) or _names_region(text, places, field, hit):
            continue  # "in the Antofagasta region": the place, not Antofagasta plc
        if reg.kinds.get(hit.payload) == "media" and _WIRE_CREDIT.match(text, hit.end) and \
                text[hit.start - 1:hit.start] == "(":
            continue  # "SANTIAGO, Jan 9 (Reuters) -": the wire's own credit in its dateline
        if reg.kinds.get(hit.payload) == "media" and _uncredited_wire_story(doc, hits) and \
                _asked_by_the_reporter(text, hit.start):
            continue  # "a spokesman told Reuters" in Reuters' story: the reporter asking
        if reg.kinds.get(hit.payload) in cues().state_kinds and (
                _title_of_person_after(text, hit.end) or
                (field == "text" and _another_state_s(doc, hit.start, hit.payload))):
            continue  # "U.S. Trade Representative Clayton Yeutter said": his title
        if hit.surface in reg.context_forms:
            backed = hit.payload in supported or \
                _cited(doc, field, text, hit.start, hit.end, hit.payload) or \
                _listed_with_known(text, field, hit, hits, reg.context_forms)
            if not backed or _among_resource_terms(text, hit.start, hit.end) or \
                    opens_place_name_after(text, hit.end) or \
                    (hit.payload not in supported and
                     _another_of_its_head(doc.text, hit.surface, hit.payload)):
                continue  # (nor "adjacent to Hatchet Creek", beside Hatchet Uranium Corp.)
        add_span(doc, field, hit.start, hit.end, hit.payload, "registry")


@cache
def _copyright_line() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """"© 2025 OreLine Media Pty Ltd.", "Copyright 2024-2025 Nordic Industry Times Oy": the
    holder's name starts after the mark and its years ("(c) 2024 Newsfile Corp.": "(c)" alone
    only before a year, not a list's third item); and the marks, lower-cased, whose absence
    lets an article skip the pattern."""
    marks = load_organisation_cues()["copyright_marks"]
    return (re.compile(rf"(?:(?:{alternation(marks)})[ \t]*(?:\([cC]\)[ \t]*)?"  # "Copyright (c)"
                       r"|\([cC]\)[ \t]*(?=\d{4}\b))"
                       rf"(?:\d{{4}}[ \t]*[-–]?[ \t]*)*(?=[A-Z])"),
            (*{mark.lower() for mark in marks}, "(c)"))


def drop_copyright_holders(doc: Doc) -> None:
    """The page's copyright holder is its publisher (see ``copyright_marks``): none of its
    mentions is the story's, unless the story is its own release, which its title or a
    listing of it shows ("© Kahurangi Mineral Sands Limited 2025" under "Kahurangi Mineral
    Sands Receives Fast-track Approval …", or "Ministry of Energy and Minerals Signs …", a
    headline read for no name). So is a newswire credited after the dateline
    ("Winnipeg, Manitoba--(Newsfile Corp. - January 20, 2026)", then "visit the Newsfile
    website"). A news database's masthead, the line between the title and the date ("The
    Australian Financial Review" over "February 20, 2024 Tuesday"), is no mention either,
    nor of the country its words name, though the paper may still be _cited in the story."""
    pattern, marks = _copyright_line()
    starts = {m.end() for m in pattern.finditer(doc.text)} \
        if any(mark in doc.lowered for mark in marks) else set()
    starts |= {m.end() for m in _WIRE_CREDIT_OPENING.finditer(doc.text)}
    mastheads = _masthead_lines(doc.text)
    if not starts and not mastheads:
        return
    in_title = {s.ids[0] for s in doc.spans if s.type == "organization" and s.field == "title"}
    headline = doc.title or (doc.text[:doc.text.find("\n")] if doc.in_headline(0) else "")
    holders = {s.ids[0] for s in doc.spans if s.type == "organization" and s.field == "text"
               and s.start in starts and s.ids[0] not in in_title
               and doc.text[s.start:s.end] not in headline  # a headline of no span's name
               and not (s.ids[0] in doc.info and doc.info[s.ids[0]].listings)}
    on_masthead = [s for s in doc.spans if s.field == "text" and any(
        a <= s.start and s.end <= b for a, b in mastheads)]
    masthead_names = [s for s in on_masthead if s.type == "organization"]
    doc.spans = [s for s in doc.spans if not (
        (s.type == "organization" and s.ids[0] in holders) or s in masthead_names or (
            s.type in ("country", "place") and s in on_masthead and any(
                n.start <= s.start and s.end <= n.end for n in masthead_names)))]


_CONTACT_LINE_LENGTH = 240  # the characters of a contact's paragraph, at most
# What sets a contact's paragraph apart from a sentence ("the White House press secretary
# said"): its lines, an e-mail address or a telephone number.
_CONTACT_FORM = re.compile(r"\n|@|\d{3}[ .-]\d{4}")


def drop_contact_lines(doc: Doc) -> None:
    """A release's contact paragraph (``contact_line_markers``: "Press Secretary, Office of
    the Minister of Natural Resources, 613-555-0172") names the issuer's press office, no
    organisation of the story: its mentions there go, the story's elsewhere stay."""
    markers = tuple(load_organisation_cues()["contact_line_markers"])
    text, lowered, lines = doc.text, doc.lowered, []
    for marker in markers:
        at = lowered.find(marker)
        while at != -1:
            start, end = text.rfind("\n\n", 0, at) + 1, text.find("\n\n", at)
            end = len(text) if end == -1 else end  # its paragraph: "Olivia Brassard\nPress …"
            if end - start <= _CONTACT_LINE_LENGTH and \
                    _CONTACT_FORM.search(text, start + 1, end):
                lines.append((start, end))
            at = lowered.find(marker, at + 1)
    if lines:
        doc.spans = [s for s in doc.spans if not (
            s.type == "organization" and s.field == "text" and
            any(a <= s.start < b for a, b in lines))]


def _masthead_lines(text: str) -> list[tuple[int, int]]:
    """A line of its own, no longer than a paper's name, right before a line opening with a
    full date: a news database's masthead ("The Australian Financial Review\nFebruary 20,
    2024"). Found from the date's line break, which the engine skips to, rather than tried at
    the start of every line."""
    lines = []
    for match in _DATE_LINE.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        if match.start() - start in _MASTHEAD_LENGTH:
            lines.append((start, match.start()))
    return lines


# A person's name right after a word: a given name and a capitalised word or two ("Clayton
# Yeutter", "Carla A. Hills")
_PERSON_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\w'’-]+){1,2})")


def _title_of_person_after(text: str, end: int) -> bool:
    """Whether a state's office in the registry is a person's title, his name right after it:
    "U.S. Trade Representative Clayton Yeutter said" names the official, not his office (a
    company before a name, "from Rio Tinto Jakob Stausholm", stays the company)."""
    match = _PERSON_AFTER.match(text, end)
    if match is None:
        return False
    words = match.group(1).split()
    return person_like(text, words) and words[0] in given_names()


# Characters read before the agency's name: the longest interviewer cue ("enquiries from")
# with the blanks and line breaks that may stand in and after it
_INTERVIEWER_REACH = 25


def _asked_by_the_reporter(text: str, start: int) -> bool:
    """Whether an interviewer's words stand before the name at ``start``, across a line's or
    a paragraph's break: "told\nReuters", "necessary.\n\nAsked by Reuters"."""
    before = " ".join(text[max(0, start - _INTERVIEWER_REACH):start].lower().split())
    return (" " + before).endswith(cues().interviewer)


def _uncredited_wire_story(doc: Doc, hits: list[tuple[str, Hit[str]]]) -> bool:
    """Whether the article is a wire story that names its agency nowhere, neither in a source
    line nor in a credit after its dateline: there "a spokesman told Reuters" is the
    reporter asking, no source of a fact, as the Reuters-21578 gold reads its 1987 stories
    ("NEW YORK, March 3 - … told Reuters"). A story that credits its agency ("MONTREAL, Oct 9
    (Reuters) -") or names its source ("Reuters") cites it where someone "told Reuters", as
    the critical-minerals and synthetic gold read modern news."""
    if doc.article.source or not any(span.source == "dateline" for span in doc.spans):
        return False
    return not any(doc.text_of(field)[hit.start - 1:hit.start] == "(" and
                   _WIRE_CREDIT.match(doc.text_of(field), hit.end) for field, hit in hits)


@cache
def _thing_after() -> re.Pattern[str]:
    return re.compile(rf"(?:[ \t]+[A-Z][^\s]*){{0,4}}[ \t]+"
                      rf"(?:{alternation(cues().named_things)})\b")


def _names_thing(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` opens the name of an index or an event ("the
    Nasdaq Sprott Lithium Miners Index", "The Australian Financial Review Mining Summit")."""
    return bool(_thing_after().match(text, end))
_QUOTES = ('"', "“")


def _opens_defined_term(text: str, start: int, end: int) -> bool:
    """Whether the name opens a capitalised term the text defines in quotes: "FT" of
    'flow-through units (each a "FT Unit")' and of "per FT Unit" is no Financial Times."""
    word = next_word(text, end)
    if not word[:1].isupper() or text[end:end + 1] != " ":
        return False
    term = f"{text[start:end]} {word.removesuffix('s')}"
    return any(quote + term in text for quote in _QUOTES)
_TICKER_IN_PARENS = re.compile(r"[ \t]*\((?:[A-Za-z]+:[ \t]*)?[A-Z]{1,5}(?:\.[A-Z]{1,3})?\)")


def _another_of_its_head(text: str, form: str, oid: str) -> bool:
    """Whether the text names another body by the head word of a context alias: "the
    Commission" after "the Competition Commission" is that one, not the European Commission
    (asked only where the text does not name the registry's body in full; "A Commission
    spokesman" names no other body)."""
    article, _, head = form.partition(" ")
    if article.lower() != "the" or head not in cues().body_heads:
        return False  # only "the" and a body's head: "the Commission", "the Tribunal"
    return any(named[1] not in cues().leading and link_exact(named[0]) != oid
               for named in re.finditer(rf"\b([A-Z][\w'’-]*)[ \t]+{re.escape(head)}\b", text))


def _cited(doc: Doc, field: str, text: str, start: int, end: int, oid: str) -> bool:
    """A common-word alias used as an actor or a source ("Treasury said", "told The
    Australian", "Vale (VALE)"), or one of its country's bodies in a story of that country
    ("Australia's Takeovers Panel", "the Energy Department" from Washington)."""
    c = cues()
    if text.startswith(":", end):
        return False  # a label: "Critical Metals: while reviewing …"
    before = " " + text[max(0, start - 24):start].lower()
    if before.rstrip().endswith(c.topic_before):
        return False  # "relates to Mineral Resources is based on": a topic, no actor
    after = next_word(text, end)
    if after.endswith("ly") and after.islower():  # "The Australian recently revealed"
        after = next_word(text, text.index(after, end) + len(after))
    if after in c.source_after or _TICKER_IN_PARENS.match(text, end):
        return True
    if before.endswith(" ") and before.rstrip().endswith(c.source_before):
        return True
    reg = registry()
    country = reg.countries.get(oid)
    return field == "text" and country is not None and (
        country_before(doc, start) == country or (
            reg.kinds.get(oid) in c.state_kinds and " " in text[start:end]  # not an acronym
            and story_country(doc) == country))


def _another_state_s(doc: Doc, start: int, oid: str) -> bool:
    """Whether a state's body is written after another country's name: "Chile's Congress",
    "the Peruvian Congress", "India's Ministry of Commerce" name that state's body, not the
    registry's of the same name (the United States Congress, China's ministry)."""
    country = registry().countries.get(oid)
    before = country_before(doc, start) if country else None
    return before is not None and before != country


def _names_place(text: str, places: list[Span], field: str, hit: Hit[str]) -> bool:
    """Whether the hit is a place's name, a longer one ("Lao People's Democratic Republic") or
    one followed by an administrative word ("the Antofagasta region"), or a city's or region's
    after a word of where ("expansions in Antofagasta and Tarapacá")."""
    if any(p.start <= hit.start and hit.end <= p.end and p.field == field and (
            p.end - p.start > hit.end - hit.start or next_word(text, p.end) in admin_words())
            for p in places):
        return True
    written = text[hit.start:hit.end]
    if written not in port_countries() and written not in region_names():
        return False
    if _opens_region_list(text, hit.end):
        return True
    where = cues().place_before.search(text, max(0, hit.start - 40), hit.start)
    return where is not None and (where[1] or "").lower() not in cues().holding_words


# "… and Atacama regions": the second name of a pair and their administrative word
_REGION_PAIR_END = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
                              r"[ \t]+(\w+?)s?\b")


def _opens_region_list(text: str, end: int) -> bool:
    """"the Antofagasta and Atacama regions": a region's name opening a pair of regions is the
    region, not the company named after it."""
    pair = _REGION_PAIR_END.match(text, end)
    return pair is not None and pair[1] in admin_words()


def _names_region(text: str, places: list[Span], field: str, hit: Hit[str]) -> bool:
    """Whether a region's name a company shares is the region: "in the Pilbara", "the
    Piedmont region", "Western Australia's Pilbara", "a stake in a Pilbara explorer" (not "a
    stake in Pilbara", "Pilbara's shares")."""
    if hit.surface.title() not in cues().region_aliases or POSSESSIVE_AFTER.match(text, hit.end):
        return False
    after = next_word(text, hit.end)
    if after in admin_words() or after.lower() in cues().description_heads:
        return True  # "a Pilbara explorer": one of the region's
    before = text[max(0, hit.start - 40):hit.start]
    if _the_before().search(before):
        return True
    where = cues().place_before.search(before)
    if where is not None and (where[1] or "").lower() not in cues().holding_words:
        return True
    return any(p.field == field and p.end == hit.start - 3 and
               POSSESSIVE_AFTER.match(text, p.end) for p in places)


@cache
def _the_before() -> re.Pattern[str]:
    """"the" before a region's name, perhaps with a word of where (``place_words``): "in the
    East Pilbara"."""
    return re.compile(rf"\b(?:the|The)[ \t]+(?:(?:{alternation(cues().place_words)})[ \t]+)?$")


# What joins two names of a list, blanks aside: "and", "&", ", and"; or a comma alone (group
# 1), which counts when the list goes on after the name. Matched in place, between the names,
# so no slice of the text between two far-apart hits is made.
_LIST_JOINT = re.compile(r"\s*(?:and|&|,\s+and|(,))\s*")
_TERM_BEFORE = re.compile(r"(\w+[ \t]+\w+)[ \t]+(?:and|&)[ \t]+$")
_TERM_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+(\w+[ \t]+\w+)")


def _among_resource_terms(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is joined to a resource code's reporting term:
    "Exploration Results and Mineral Resources"."""
    before = _TERM_BEFORE.search(text, max(0, start - 30), start)
    after = _TERM_AFTER.match(text, end)
    return any(m is not None and resource_terms_only(m[1]) for m in (before, after))


def _listed_with_known(text: str, field: str, hit: Hit[str], hits: list[tuple[str, Hit[str]]],
                       context_forms: frozenset[str]) -> bool:
    """A common-word alias listed with an organisation named in full: "Pilbara Minerals and
    Mineral Resources drop 3.2% and 4.8%", "IGO, Mineral Resources, Pilbara Minerals and
    Liontown fell" (not the JORC Code's "For Lynas Rare Earths, Mineral Resources are
    estimated")."""
    in_list = _LIST_GOES_ON.match(text, hit.end) is not None  # "IGO, Mineral Resources, …"
    for other_field, other in hits:
        if other_field != field or other is hit or other.surface in context_forms:
            continue
        joint = _LIST_JOINT.fullmatch(text, other.end, hit.start) if other.end <= hit.start \
            else _LIST_JOINT.fullmatch(text, hit.end, other.start)
        if joint and (joint[1] is None or in_list):
            return True
    return False


_LIST_GOES_ON = re.compile(r",|[ \t]+(?:and|&)[ \t]")
