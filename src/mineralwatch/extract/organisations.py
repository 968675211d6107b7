"""Organisations: the registry's and those the text introduces (listings: ``listings``).

Known organisations come from the registry (``data/organisations.toml``); unknown ones are
discovered from how news introduces them: an acronym definition ("U.S. Strategic Metals
(USSM)"), a name beside a listing ("Lithium Corp (OTC:LTUM)"), a corporate suffix ("… Ltd"),
"U.K.-based Less Common Metals", or a description ("Ambri, a U.S.-based company", "chief
executive of Woodside": ``org_descriptions``, which builds on the helpers here; cue words in
``organisation_cues.toml``). Registry names that are common words count only where the
text supports them: the full name, a ticker, the country before ("Australia's Takeovers
Panel"), or a citation ("told The Australian"); "Treasury" is the Treasury of the country the
article is about. Names in legal boilerplate, indexes named after
an organisation and quoted short names defined for another ("Vale Canada (“Vale”)") do not
count. A discovered name is linked to the registry when its normalised form matches an entry
closely (rapidfuzz), and its later mentions, short forms and acronym are found through the
rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from mineralwatch.extract.doc import Doc, EntityInfo, Span
from mineralwatch.extract.gazetteer import Gazetteer, Hit
from mineralwatch.extract.geo import (
    admin_words,
    city_country,
    country_counts,
    country_forms,
    country_names,
    country_of_place,
    place_names,
    port_countries,
    region_end,
    region_names,
    span_country,
    story_country,
)
from mineralwatch.extract.people import given_names, person_titles, public_figure, said_after
from mineralwatch.extract.text import (
    alternation,
    find_forms,
    first_letters,
    last_words,
    slugify,
    trie,
    unaccented,
    word_after,
)
from mineralwatch.extract.vocabulary import (
    all_element_symbols,
    currency_codes,
    load_country_aliases,
    load_exchange_entries,
    load_organisation_cues,
    load_organisations,
    load_units,
    mineral_terms,
)

# A word of a name. A double hyphen or an em dash written without spaces parts two words, as
# a Dow Jones dateline does from the name after it ("SYDNEY--Paterson Copper Ltd. said"),
# where one hyphen joins them ("Rolls-Royce"). Characters are taken in runs, not one repeat
# per character, which is quicker in Python's engine.
_TOKEN = re.compile(r"(?:[^\s,;:()\[\]<>\"“”!?—-]+|-(?!-)(?<!--))+")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_CAMEL_CASE = re.compile(r"[a-z]{1,5}[A-Z][a-z]{2,}\w*")  # a brand's "enCore", "zeroEnergy"
# Initials as a name key closes them up: "U.S.A.", "J. P." (then "Intergold USA", "JP Morgan").
_SPACED_INITIALS = re.compile(r"\b(?:[A-Z]\.[ \t]?){2,}")
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]{1,9})\s*\)")
# A wire marks a company's name at its first mention: "<Syngold Exploration Inc> said" (not
# "<US$8,000/t copper and >1 g/t gold", nor "<jane@lynas.com>").
_MARKED_NAME = re.compile(r"<([A-Z][^<>\n@$/=:]{1,80})>(?![\w<])")
_MARKED_TICKER = re.compile(r"[ \t]<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?>")
_FUZZY_CUTOFF = 92


@dataclass(frozen=True, slots=True)
class Cues:
    legal: frozenset[str]
    legal_folded: frozenset[str]  # the same, case-folded: a title's "… CO INC", "GMBH"
    legal_prefixes: frozenset[str]  # "PT" of "PT Vale Indonesia"
    kind_openers: frozenset[str]  # "Minera" of "Minera Tilopozo": no part of its short form
    place_of_forms: frozenset[str]  # "Co", "Corp": forms a country or state may follow
    portfolios: dict[str, str]  # "Foreign" → "Foreign Affairs": a ministry's portfolio
    state_kinds: frozenset[str]  # registry kinds of a state's own bodies
    asset_descriptors: frozenset[str]  # "brine" in "the Maricunga brine project"
    industry: frozenset[str]
    metals: frozenset[str]  # "Graphite" of "Keystone Graphite": an industry word too
    firm_suffixes: frozenset[str]  # "Research": a firm's last word, no generic one
    features: frozenset[str]  # "Mount" of "Mount Ferrier": a place's or an asset's name
    leading: frozenset[str]
    non_org_heads: frozenset[str]
    company_heads_after_industry: frozenset[str]  # "Investment" of "X Metals Investment"
    connectors: frozenset[str]
    of_connectors: frozenset[str]  # "British Petroleum Co of Australia": another company
    qualifiers: re.Pattern[str]  # "-based", "-listed" inside a word: it qualifies a name
    generic: frozenset[str]  # words that alone do not make a name: minerals, "Critical", …
    of_heads: frozenset[str]
    government_heads: frozenset[str]  # "Ministry": a national government's body
    of_name_heads: frozenset[str]
    body_heads: frozenset[str]  # "Vaasa Administrative Court": a public body's name's last word
    # "Court" → "High", "Supreme": a body's head named by these words alone names no body
    rank_only_heads: dict[str, frozenset[str]]
    portfolio_titles: frozenset[str]
    never: frozenset[str]
    not_org_after: frozenset[str]
    asset_nouns: frozenset[str]  # "for the Ohio facility": an asset, no body's name
    source_after: frozenset[str]
    source_before: tuple[str, ...]
    topic_before: tuple[str, ...]
    membership_titles: frozenset[str]  # "Member" of "Member of the AusIMM (MAusIMM)"
    resource_terms: frozenset[str]  # "Ore Reserves and Mineral Resources": no company
    interviewer: tuple[str, ...]  # "told Reuters": the publisher asking, no source
    not_short_forms: frozenset[str]  # "EV", "CEO": capitals no company is called by
    goods_bound: frozenset[str]  # "for" of "loaded for China": no body's state after it
    description_heads: tuple[str, ...]
    description_heads_people: frozenset[str]
    roles_of: tuple[str, ...]
    part_nouns: frozenset[str]  # "unit" of "a unit of JOGMEC": the parent acts through it
    parent_roles: frozenset[str]  # roles whose "of" names a parent ("a subsidiary of X")
    compound_end: re.Pattern[str]  # "-funded" of "Department of Energy-funded"
    roles_between: tuple[str, ...]
    list_cues: tuple[str, ...]
    possessed: tuple[str, ...]
    held_in: tuple[str, ...]
    held_in_ends: frozenset[str]
    deed_verbs: tuple[str, ...]  # "completed" of "Laurentia completed its acquisition"
    not_names: frozenset[str]
    place_words: frozenset[str]  # "North", "American": words of where, not who
    place_closers: frozenset[str]  # "Creek" of "Hatchet Creek": a place's or an asset's name
    parenthesised_forms: frozenset[str]  # "(Pty)" of "Erongo Tin Mining (Pty) Ltd"
    place_before: re.Pattern[str]  # "in " before "Antofagasta": the place, not the company
    holding_words: frozenset[str]  # "stake" of "a stake in Antofagasta": the company
    region_aliases: frozenset[str]  # "Pilbara": a region's name, and a company's short one
    boilerplate: tuple[str, ...]
    role_words: frozenset[str]
    based_words: tuple[str, ...]
    joined: frozenset[str]  # words that carry a name on after "and"
    abbreviations: frozenset[str]  # "St.": a full stop inside a name
    organ_heads: frozenset[str]  # "Board": a body's name, or a company's organ
    led_heads: frozenset[str]  # "Administration": after a leader's name, the leader
    named_things: tuple[str, ...]  # "Index", "Summit": an organisation's name opens theirs
    commodities: frozenset[str]  # one-word mineral terms, capitalised: "Gold", "Lithium"
    exchange_heads: frozenset[str]  # "Exchange": the last word of a market's name


@cache
def cues() -> Cues:
    data = load_organisation_cues()
    terms = mineral_terms()
    mineral_words = {w.capitalize() for term in terms for w in term.split()}
    generic = (mineral_words | {w for s in data["industry_suffixes"] for w in s.split()}
               | set(data["generic_words"]))
    return Cues(
        legal=frozenset(data["legal_suffixes"]),
        legal_folded=frozenset(w.casefold() for w in data["legal_suffixes"]),
        legal_prefixes=frozenset(data["legal_prefixes"]),
        kind_openers=frozenset(data["kind_openers"]),
        place_of_forms=frozenset(data["place_of_forms"]),
        portfolios=data["ministry_portfolios"],
        state_kinds=frozenset(data["state_kinds"]),
        asset_descriptors=frozenset(data["asset_descriptors"]),
        industry=(frozenset(data["industry_suffixes"]) | frozenset(data["metal_suffixes"])
                  | frozenset(data["firm_suffixes"])),
        metals=frozenset(data["metal_suffixes"]),
        firm_suffixes=frozenset(data["firm_suffixes"]),
        features=frozenset(data["feature_words"]),
        leading=frozenset(data["leading_non_name"]),
        non_org_heads=frozenset(data["non_org_heads"]),
        company_heads_after_industry=frozenset(data["company_heads_after_industry"]),
        connectors=frozenset(data["name_connectors"]),
        of_connectors=frozenset(data["of_connectors"]),
        qualifiers=re.compile(alternation(data["qualifier_endings"])),
        generic=frozenset(generic),
        commodities=frozenset(t.capitalize() for t in terms if " " not in t),
        of_heads=frozenset(data["of_heads"]),
        government_heads=frozenset(data["government_heads"]),
        of_name_heads=frozenset(data["of_name_heads"]),
        body_heads=frozenset(data["body_heads"]),
        rank_only_heads={head: frozenset(words)
                         for head, words in data["rank_only_heads"].items()},
        portfolio_titles=frozenset(data["portfolio_titles"]),
        led_heads=frozenset(data["led_heads"]),
        named_things=tuple(data["named_things"]),
        never=frozenset(data["never_in_name"]),
        not_org_after=frozenset(data["not_org_after"]),
        asset_nouns=frozenset(data["asset_nouns"]),
        source_after=frozenset(data["source_after"]),
        source_before=tuple(" " + w for w in data["source_before"]),
        topic_before=tuple(" " + w for w in data["topic_before"]),
        membership_titles=frozenset(data["membership_titles"]),
        resource_terms=frozenset(data["resource_terms"]),
        interviewer=tuple(" " + w for w in data["interviewer_cues"]),
        not_short_forms=frozenset(data["not_short_forms"]),
        description_heads=tuple(data["description_heads"]),
        description_heads_people=frozenset(data["description_heads_people"]),
        roles_of=tuple(data["roles_of"]),
        part_nouns=frozenset(data["part_nouns"]),
        parent_roles=frozenset(data["part_nouns"]) | frozenset(data["parent_roles"]),
        compound_end=re.compile(rf"-(?:{alternation(data['compound_suffixes'])})$"),
        roles_between=tuple(data["roles_between"]),
        list_cues=tuple(data["list_cues"]),
        possessed=tuple(data["possessed"]),
        held_in=tuple(data["held_in"]),
        held_in_ends=frozenset(data["held_in_ends"]),
        deed_verbs=tuple(data["deed_verbs"]),
        not_names=frozenset(data["not_names"]),
        goods_bound=frozenset(data["goods_bound"]),
        place_closers=frozenset(data["place_closers"]),
        parenthesised_forms=frozenset(data["parenthesised_forms"]),
        place_before=re.compile(rf"(\w+)?[ \t]*\b(?:{alternation(data['place_before'])})[ \t]+$",
                                re.IGNORECASE),
        holding_words=frozenset(data["holding_words"]),
        region_aliases=frozenset(data["region_aliases"]),
        place_words=frozenset(data["place_words"]) | {a for a in load_country_aliases().aliases
                                                      if " " not in a},
        boilerplate=tuple(data["boilerplate_markers"]),
        role_words=frozenset(data["role_words"]),
        joined=frozenset(data["joined_name_words"]) | frozenset(generic),
        based_words=tuple(data["based_words"]),
        abbreviations=frozenset(data["name_abbreviations"]),
        organ_heads=frozenset(data["organ_heads"]),
        exchange_heads=frozenset(data["exchange_heads"]),
    )


@lru_cache(maxsize=8192)  # an article names its organisations many times
def name_key(name: str) -> str:
    """Comparable form of an organisation name: legal suffixes dropped (in capitals too),
    initials closed up ("Intergold U.S.A." is "intergold-usa", as "Intergold USA"), slugged."""
    tokens = name.replace(",", " ").split()
    legal = cues().legal_folded
    while len(tokens) > 1 and (tokens[-1].casefold() in legal or tokens[-1] in ("and", "&")):
        tokens.pop()  # "Samuel Montagu and Co" is Samuel Montagu's, a title's "… CO INC" too
    tokens = _without_legal_prefix(tokens)
    return slugify(_SPACED_INITIALS.sub(lambda m: m[0].replace(".", "").replace(" ", "") + " ",
                                        " ".join(tokens) + " ").strip())


def _without_legal_prefix(tokens: list[str]) -> list[str]:
    """A name's words without the legal form written before them ("PT Vale Indonesia")."""
    while len(tokens) > 1 and tokens[0] in cues().legal_prefixes:
        tokens = tokens[1:]
    return tokens


def org_id(name: str) -> str:
    return "org:" + name_key(name)


@dataclass(frozen=True, slots=True)
class Registry:
    gazetteer: Gazetteer[str]
    names: dict[str, str]  # id → canonical name
    countries: dict[str, str | None]
    kinds: dict[str, str]  # id → kind ("miner", "media", "government", …)
    listings: dict[str, tuple[str, ...]]  # id → listings
    by_listing: dict[str, str]  # listing → id
    by_key: dict[str, str]  # name_key of every form → id
    keys_by_initial: dict[str, tuple[str, ...]]  # the keys by their first letter
    context_forms: frozenset[str]  # forms that count only beside another form of the same org
    home: Gazetteer[str]  # "Treasury": a form naming one body per country
    home_ids: dict[str, dict[str, str]]  # home form → country → id


@cache
def registry() -> Registry:
    orgs = load_organisations()
    entries: list[tuple[str, str]] = []
    by_key: dict[str, str] = {}
    for org in orgs:
        forms = {org.name, *org.aliases}
        stripped = _strip_legal(org.name)
        if stripped != org.name and not _is_generic(stripped):
            forms.add(stripped)
        for form in forms:
            entries.append((form, org.id))
            by_key.setdefault(name_key(form), org.id)
    home_ids: dict[str, dict[str, str]] = {}
    for org in orgs:
        for form in org.home_aliases:
            home_ids.setdefault(form, {})[org.country or ""] = org.id
    return Registry(
        gazetteer=Gazetteer(entries, case_sensitive={form for form, _ in entries}),
        names={o.id: o.name for o in orgs},
        countries={o.id: o.country for o in orgs},
        kinds={o.id: o.kind for o in orgs},
        listings={o.id: tuple(o.listings) for o in orgs},
        by_listing={listing: o.id for o in orgs for listing in o.listings},
        by_key=by_key,
        keys_by_initial=_by_initial(by_key),
        context_forms=frozenset(f for o in orgs for f in o.context_aliases),
        home=Gazetteer(((f, f) for f in home_ids), case_sensitive=home_ids),
        home_ids=home_ids,
    )


def find_organisations(doc: Doc) -> None:
    """Component: registry matches, then discovered names, then every later mention."""
    # Imported here: org_descriptions builds on this module's helpers (add_org, name_before).
    from mineralwatch.extract.org_descriptions import discover_by_description

    reg = registry()
    hits = [(field, hit) for field, text, lowered in doc.fields()
            for hit in reg.gazetteer.find(text, lowered)
            if not _describes_listing(text, hit.start, hit.end)]
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
                (" " + text[max(0, hit.start - 20):hit.start].lower()).rstrip().endswith(
                    cues().interviewer):
            continue  # "a spokesman told Reuters" in Reuters' story: the reporter asking
        if hit.surface in reg.context_forms:
            backed = hit.payload in supported or \
                _cited(doc, field, text, hit.start, hit.end, hit.payload) or \
                _listed_with_known(text, field, hit, hits, reg.context_forms)
            if not backed or _among_resource_terms(text, hit.start, hit.end) or \
                    _opens_place_name_after(text, hit.end) or \
                    (hit.payload not in supported and
                     _another_of_its_head(doc.text, hit.surface, hit.payload)):
                continue  # (nor "adjacent to Hatchet Creek", beside Hatchet Uranium Corp.)
        add_span(doc, field, hit.start, hit.end, hit.payload, "registry")
    _find_home_forms(doc)
    _short_names(doc)
    _discover_acronyms(doc)
    _discover_marked(doc)
    _discover_based(doc)
    _discover_by_suffix(doc)
    _discover_by_prefix(doc)
    _discover_portfolio_ministries(doc)
    _discover_translated_acronyms(doc)
    discover_by_description(doc)
    _discover_before_ticker(doc)
    _discover_headline_company(doc)
    _propagate(doc)
    _title_short_forms(doc)
    _shortened_names(doc)
    _drop_copyright_holders(doc)


_WIRE_CREDIT = re.compile(r"\)[ \t]*[-–—]")
# "Manitoba--(Newsfile Corp.": the bracket first, then the dashes before it, so that the engine
# skips to the brackets instead of trying the dashes at every position of the text
_WIRE_CREDIT_OPENING = re.compile(r"\((?=[A-Z])(?:(?<=--\()|(?<=[–—]\())")
# The line break before a line opening with a full date ("\nFebruary 20, 2024"); the months'
# names are units.toml's.
_DATE_LINE = re.compile(rf"\n(?=(?:{'|'.join(load_units()['months'])}) \d{{1,2}}, \d{{4}})")
_MASTHEAD_LENGTH = range(3, 61)  # the characters of a paper's name


@cache
def _copyright_line() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """"© 2025 OreLine Media Pty Ltd.", "Copyright 2024-2025 Nordic Industry Times Oy": the
    holder's name starts after the mark and its years; and the marks, lower-cased, whose
    absence lets an article skip the pattern."""
    marks = load_organisation_cues()["copyright_marks"]
    return (re.compile(rf"(?:{alternation(marks)})[ \t]*(?:\([cC]\)[ \t]*)?"  # "Copyright (c) 2025"
                       rf"(?:\d{{4}}[ \t]*[-–]?[ \t]*)*(?=[A-Z])"),
            tuple({mark.lower() for mark in marks}))


def _drop_copyright_holders(doc: Doc) -> None:
    """The page's copyright holder is its publisher (see ``copyright_marks``): none of its
    mentions is the story's, unless the story is its own release, which its title or a
    listing of it shows ("© Kahurangi Mineral Sands Limited 2025" under "Kahurangi Mineral
    Sands Receives Fast-track Approval …"). So is a newswire credited after the dateline
    ("Winnipeg, Manitoba--(Newsfile Corp. - January 20, 2026)", then "visit the Newsfile
    website"). A news database's masthead, the line between the title and the date ("The
    Australian Financial Review" over "February 20, 2024 Tuesday"), is no mention either,
    nor of the country its words name, though the paper may still be cited in the story."""
    pattern, marks = _copyright_line()
    starts = {m.end() for m in pattern.finditer(doc.text)} \
        if any(mark in doc.lowered for mark in marks) else set()
    starts |= {m.end() for m in _WIRE_CREDIT_OPENING.finditer(doc.text)}
    mastheads = _masthead_lines(doc.text)
    if not starts and not mastheads:
        return
    in_title = {s.ids[0] for s in doc.spans if s.type == "organization" and s.field == "title"}
    holders = {s.ids[0] for s in doc.spans if s.type == "organization" and s.field == "text"
               and s.start in starts and s.ids[0] not in in_title
               and not (s.ids[0] in doc.info and doc.info[s.ids[0]].listings)}
    on_masthead = [s for s in doc.spans if s.field == "text" and any(
        a <= s.start and s.end <= b for a, b in mastheads)]
    masthead_names = [s for s in on_masthead if s.type == "organization"]
    doc.spans = [s for s in doc.spans if not (
        (s.type == "organization" and s.ids[0] in holders) or s in masthead_names or (
            s.type in ("country", "place") and s in on_masthead and any(
                n.start <= s.start and s.end <= n.end for n in masthead_names)))]


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


_SHORT_NAME_DEF = (r"\((?:the[ \t]+)?[“\"]"
                   r"([A-Z][\w&.’'-]*(?:[ \t]+[A-Z][\w&.’'-]*){0,3})[”\"]")
_SHORT_NAME = re.compile(r"[ \t]*" + _SHORT_NAME_DEF)  # right after a name
_SHORT_NAME_ANYWHERE = re.compile(_SHORT_NAME_DEF)  # a scan opens at its "("


def _short_names(doc: Doc) -> None:
    """"Vale Canada Limited (“Vale”)": the quoted short name is this organisation's in the
    rest of the release, even where the registry knows it as another's."""
    text = doc.text
    defined: dict[str, str] = {}
    for span in list(_org_spans(doc)):
        match = _SHORT_NAME.match(text, span.end)
        if match and match.group(1) not in cues().leading | cues().legal:
            defined.setdefault(match.group(1), span.ids[0])
    for match in _SHORT_NAME_ANYWHERE.finditer(text):
        # "Cooperativa Agroindustrial do Mato Grosso ("Coopermato")": a name no other cue
        # found, which its short name abbreviates
        found = name_before(text, match.start(), keep_leading=True)
        short = match.group(1)
        if short in defined or found is None or _span_at(doc, *found) or \
                _names_a_country(doc, *found) or _place_span(doc, found[0], found[0] + 1) or \
                non_org_head(text[found[0]:found[1]].split()) or \
                not _syllables_fit(short, text[found[0]:found[1]], every_word=False):
            continue  # (nor an asset: "Rapahoe Terrace Heavy Mineral Sands Project ("Rapahoe")")
        oid = add_org(doc, "text", *found, source="short-name")
        if oid:
            defined[short] = oid
    if not defined:
        return
    doc.spans = [s for s in doc.spans if not (
        s.type == "organization" and s.field == "text" and
        text[s.start:s.end] in defined and s.ids[0] != defined[text[s.start:s.end]])]
    doc.acronyms.update(defined)


@cache
def _thing_after() -> re.Pattern[str]:
    return re.compile(rf"(?:[ \t]+[A-Z][^\s]*){{0,4}}[ \t]+"
                      rf"(?:{alternation(cues().named_things)})\b")


def _names_thing(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` opens the name of an index or an event ("the
    Nasdaq Sprott Lithium Miners Index", "The Australian Financial Review Mining Summit")."""
    return bool(_thing_after().match(text, end))


def _admin_of_region(name: str) -> bool:
    """Whether a name is an administrative word and a region's name: "Department of Potosí",
    "Province of Salta"."""
    head, of, region = name.partition(" of ")
    return bool(of) and head in admin_words() and region in region_names()


_HEAD_BEFORE = re.compile(r"\b([A-Z]\w+)[ \t]+(?:for|of|on)[ \t]+$")
_QUOTES = ('"', "“")


def _opens_defined_term(text: str, start: int, end: int) -> bool:
    """Whether the name opens a capitalised term the text defines in quotes: "FT" of
    'flow-through units (each a "FT Unit")' and of "per FT Unit" is no Financial Times."""
    word = next_word(text, end)
    if not word[:1].isupper() or text[end:end + 1] != " ":
        return False
    term = f"{text[start:end]} {word.removesuffix('s')}"
    return any(quote + term in text for quote in _QUOTES)


POSSESSIVE_AFTER = re.compile(r"['’]s\b")  # "Saint-Croix Antimony Corp.'s project"
_WORD_AFTER = re.compile(r"[ \t]*(?:['’]s[ \t]+)?([\w'’-]+)")
_TICKER_IN_PARENS = re.compile(r"[ \t]*\((?:[A-Za-z]+:[ \t]*)?[A-Z]{1,5}(?:\.[A-Z]{1,3})?\)")


def next_word(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text, end)
    return match.group(1) if match else ""


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
        _country_before(doc, start) == country or (
            reg.kinds.get(oid) in c.state_kinds and " " in text[start:end]  # not an acronym
            and story_country(doc) == country))


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
_TERMS_JOINED = re.compile(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]+")
_TERM_BEFORE = re.compile(r"(\w+[ \t]+\w+)[ \t]+(?:and|&)[ \t]+$")
_TERM_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+(\w+[ \t]+\w+)")


def _resource_terms_only(name: str) -> bool:
    """Whether a name is a resource code's reporting terms joined: "Ore Reserves and Mineral
    Resources" (``resource_terms``)."""
    return all(part in cues().resource_terms for part in _TERMS_JOINED.split(name))


def _among_resource_terms(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is joined to a resource code's reporting term:
    "Exploration Results and Mineral Resources"."""
    before = _TERM_BEFORE.search(text, max(0, start - 30), start)
    after = _TERM_AFTER.match(text, end)
    return any(m is not None and _resource_terms_only(m[1]) for m in (before, after))


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


def _country_before(doc: Doc, start: int) -> str | None:
    """The country written just before ``start``: "Australia's", "Australian", "U.S."."""
    return _written_before(doc, start, "country")


def _written_before(doc: Doc, start: int, kind: str) -> str | None:
    """The id of a ``kind`` span ending just before ``start`` ("Australia's", "the WA")."""
    for span in doc.spans:
        if 0 <= start - span.end <= 3 and span.field == "text" and span.type == kind and \
                doc.text[span.end:start].strip() in ("", "'s", "’s"):
            return span.ids[0]
    return None


def _home_country(doc: Doc, candidates: dict[str, str]) -> str | None:
    """Of the candidates' countries, the one the article mentions most (states count for
    their country), if one leads."""
    counts = {c: n for c, n in country_counts(doc, "text").items() if c in candidates}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _find_home_forms(doc: Doc) -> None:
    """"Treasury" is the Australian Treasury in Australian news, the US one in American news."""
    reg = registry()
    for field, text, lowered in doc.fields():
        for hit in reg.home.find(text, lowered):
            candidates = reg.home_ids[hit.surface]
            oid = candidates.get(_home_country(doc, candidates) or "")
            if field == "text" and _written_before(doc, hit.start, "place"):
                continue  # "the WA Treasury": a state's, not the country's
            if oid is None or next_word(text, hit.end) in cues().not_org_after or \
                    _name_goes_on(text, hit.end) or (field == "text" and
                                                     _span_at(doc, hit.start, hit.end)):
                continue
            add_span(doc, field, hit.start, hit.end, oid, "registry", 0.9)


_TICKER_AFTER = re.compile(r"\s*:\s*[A-Z0-9.]{1,6}(?![A-Za-z])")


@cache
def _symbol_after() -> re.Pattern[str]:
    """A symbol after an exchange's name: "on the TSX Venture Exchange under the symbol NHL"
    (``symbol_words``), or a code alone that ends the clause: "and on the Frankfurt Stock
    Exchange under 8NH." (not "under ASX Listing Rule 7.1")."""
    words = alternation(load_organisation_cues()["symbol_words"], space=r"[ \t]+")
    return re.compile(rf"[ \t]+under[ \t]+(?:(?:(?:the|its)[ \t]+)?(?i:{words})[ \t]+"
                      rf"[\"“‘']?[A-Z0-9]|[A-Z0-9]*[A-Z][A-Z0-9]{{0,7}}"
                      r"(?=[,;)]|\.(?:\s|$)|[ \t]+and\b))")


def _describes_listing(text: str, start: int, end: int) -> bool:
    """"ASX-listed", "ASX listed CuFe", "(ASX: ILU)", "is listed on the ASX", "delisted from
    the TSX Venture Exchange": an exchange named as where a company's shares are, not as an
    actor (as it is in "received acceptance from the TSX Venture Exchange")."""
    return text.startswith(("-listed", "-quoted", " listed"), end) or \
        bool(_TICKER_AFTER.match(text, end)) or \
        _LISTED_ON.search(text, max(0, start - 24), start) is not None


def _where_shares_trade(text: str, start: int, end: int) -> bool:
    """An exchange named, in a sentence of shares, as where they trade: "closed at C$1.63 on
    the Toronto Stock Exchange", "after the close of ASX trading" (not "copper … in Comex
    trading", the market the news reports)."""
    if _exchange_as_modifier().match(text, end) or \
            _filed_with().search(text, max(0, start - 24), start):
        return True  # "ASX miners", "ASX 200", "released to the ASX": the market, no actor
    if _SHARES.search(text, max(0, start - 120), end + 60) is None:
        return False
    return text.startswith(" trading", end) or \
        _traded_on().search(text, max(0, start - 50), start) is not None


_LISTED_ON = re.compile(r"\b(?:(?:listed|quoted|listing)[ \t]+on|delisted[ \t]+from)"
                        r"[ \t]+(?:the[ \t]+)?$")


@cache
def _traded_on() -> re.Pattern[str]:
    """"shares closed at C$1.63 on the", "rose 6.5% to A$0.98 on the", "rose nine per cent to
    48 cents on the" (``trading_words``, ``move_words``)."""
    data = load_organisation_cues()
    trading, moves = alternation(data["trading_words"]), alternation(data["move_words"])
    return re.compile(rf"(?:\b(?:{trading})\b(?:[^.;:]|\.(?=\d)){{0,25}}?"
                      rf"|\b(?:{moves})\b(?:[^.;:,]|[.,](?=\d)){{0,40}}?)"
                      r"[ \t]on[ \t]+(?:the[ \t]+)?$")


@cache
def _filed_with() -> re.Pattern[str]:
    """"released to the", "lodged with the": where a notice was filed (``filing_words``)."""
    words = alternation(load_organisation_cues()["filing_words"])
    return re.compile(rf"\b(?:{words})[ \t]+(?:to|with)[ \t]+(?:the[ \t]+)?$")


@cache
def _exchange_as_modifier() -> re.Pattern[str]:
    """What after an exchange's name makes it the market's (``exchange_modifiers``)."""
    words = alternation(load_organisation_cues()["exchange_modifiers"], space=r"[ \t]+")
    return re.compile(rf"[ \t]+(?:(?:{words})\b|\d{{2,4}}\b)")


_SHARES = re.compile(r"\b(?:[Ss]hares?|[Ss]tocks?|[Ss]hareholders|listing)\b")


def add_span(doc: Doc, field: str, start: int, end: int, oid: str, source: str,
              confidence: float = 1.0) -> None:
    if field == "text" and _in_boilerplate(doc, start):
        return
    reg = registry()
    written_in = doc.text_of(field)
    kind = reg.kinds.get(oid)
    if kind == "exchange" and _named_as_market(written_in, start, end):
        return
    name = reg.names.get(oid) or _known_name(doc, oid)
    doc.spans.append(Span(start, end, "organization", (oid,), name, source, confidence, field))
    info = doc.remember(oid, EntityInfo("organization", name, country=reg.countries.get(oid),
                                        listings=set(reg.listings.get(oid, ())),
                                        attributes={"kind": kind} if kind else {}))
    written = written_in[start:end]
    if written != name:
        info.aliases.add(written)


def _known_name(doc: Doc, oid: str) -> str:
    """The name the article knows an organisation by, else its id."""
    info = doc.info.get(oid)
    return info.name if info is not None else oid


def non_org_head(words: list[str]) -> bool:
    """Whether a name's last word makes it a law's, a programme's or an asset's ("… Act", "…
    Investment"); after an industry word some of them end a company's name instead
    ("Khalifa Metals Investment")."""
    c = cues()
    if not words or words[-1] not in c.non_org_heads:
        return False
    return not (words[-1] in c.company_heads_after_industry and len(words) > 2 and
                words[-2] in c.industry)


def _in_boilerplate(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` lies in a sentence of legal boilerplate (see ``boilerplate_markers``)."""
    return doc.in_sentence_with(cues().boilerplate, pos)


def add_org(doc: Doc, field: str, start: int, end: int, source: str) -> str | None:
    """Link or create the organisation written at ``start:end``; returns its id."""
    text = doc.text_of(field)
    if field == "text" and _in_boilerplate(doc, start):
        return None
    name = text[start:end]
    oid = link_name(name)
    if oid is None:
        if _names_land(name) or _unknown_market(text, start, end):
            return None
        oid = _discovered(doc, name, source)
    add_span(doc, field, start, end, oid, source, 1.0 if source != "suffix" else 0.85)
    return oid


def _unknown_market(text: str, start: int, end: int) -> bool:
    """"listed on the Abu Dhabi Securities Exchange (ADX: FALCON)": an exchange the registry
    does not know, named as where shares are, is no actor, as a known one is not (``add_span``)."""
    return text[start:end].split()[-1] in cues().exchange_heads and \
        _named_as_market(text, start, end)


def _named_as_market(text: str, start: int, end: int) -> bool:
    """An exchange named as where shares are, no actor: "is listed on the ASX", "closed at
    C$1.63 on the Toronto Stock Exchange", "trade on the TSX Venture Exchange under the symbol
    NHL"."""
    return _describes_listing(text, start, end) or bool(_symbol_after().match(text, end)) or \
        _where_shares_trade(text, start, end)


def _discovered(doc: Doc, name: str, source: str) -> str:
    """A new organisation the registry does not know: its id, recorded in the article."""
    oid = org_id(name)
    doc.remember(oid, EntityInfo("organization", name, attributes={"discovered": source}))
    return oid


def _names_land(name: str) -> bool:
    """"Mount Ferrier", "Lac Opinaca West": a place's or an asset's name, not a company's
    ("Mount Gibson Iron Ltd" and "Lake Resources" end with a company's word)."""
    c = cues()
    words = name.split()
    return words[0] in c.features and words[-1].rstrip(".,") not in c.legal and \
        words[-1] not in c.industry


def link_exact(name: str) -> str | None:
    """Registry id for a name or alias, compared without case, punctuation or legal suffix."""
    return registry().by_key.get(name_key(name))


@lru_cache(maxsize=8192)
def link_name(name: str) -> str | None:
    """Registry id for a name written in the news, exactly or by a close fuzzy match."""
    reg = registry()
    key = name_key(name)
    if key in reg.by_key:
        return reg.by_key[key]
    if len(key) < 6:
        return None
    # a misspelling keeps its first letter: "ioneer" is no "Pioneer" (and the search is short)
    best = process.extractOne(key, reg.keys_by_initial.get(key[0], ()), scorer=fuzz.ratio,
                              score_cutoff=_FUZZY_CUTOFF)
    return reg.by_key[best[0]] if best else None


def _by_initial(keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for key in keys:
        grouped.setdefault(key[:1], []).append(key)
    return {initial: tuple(group) for initial, group in grouped.items()}


def _discover_acronyms(doc: Doc) -> None:
    text = doc.text
    for match in _ACRONYM_DEF.finditer(text):
        acronym = match.group(1)
        if sum(ch.isupper() for ch in acronym) < 2:
            continue  # "(MoU)" is fine to skip; "(Mt)" is a unit
        found = name_before(text, match.start(), keep_leading=True)
        if found and not _abbreviates(acronym, text[found[0]:found[1]]):
            found = name_before(text, match.start())
        if not found or not _abbreviates(acronym, text[found[0]:found[1]]):
            continue
        words = text[found[0]:found[1]].split()
        if words[0] in cues().membership_titles and words[1:2] == ["of"]:
            # "a Member of the Australian Institute of Geoscientists (MAIG)": the acronym is
            # the title's; the body is named after "of"
            body = OF_CUT.match(text, found[0] + len(words[0]))
            if body and not _span_at(doc, body.end(), found[1]):
                add_org(doc, "text", body.end(), found[1], source="acronym")
            continue
        head = words[-1]
        if non_org_head(words) or (_is_generic(text[found[0]:found[1]])
                                   and head not in cues().of_heads):
            continue  # "Rare Earth Elements (REE)"; but "… Aluminium Institute (IPAI)" is one
        if next_word(text, match.end()).title() in cues().non_org_heads:
            continue  # "the Advanced Technology Vehicles Manufacturing (ATVM) program"
        existing = _span_at(doc, found[0], found[1])
        oid = existing or add_org(doc, "text", *found, source="acronym")
        if oid and oid.startswith("org:"):
            doc.acronyms[acronym] = oid


_MEMBER_OF = re.compile(r"\b(?:[Mm]ember|[Ff]ellow)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_PARENTHESISED_WORD = re.compile(r"\([ \t]*([A-Z][A-Za-z0-9&]{1,11})[ \t]*\)")


def _discover_translated_acronyms(doc: Doc) -> None:
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
        found = written and _trim_name(doc, text, *written)
        if not found or _MEMBER_OF.search(text, max(0, found[0] - 20), found[0]):
            continue  # "a fellow of the Taxation Institute of Australia (FTIA)": a title's
        words = text[found[0]:found[1]].split()
        body = len(words) >= 2 and (words[-1] in heads or (words[0] in heads and
                                                           words[1] == "of")) and \
            not c.non_org_heads.intersection(text[written[0]:end].split())  # "Incentive
        # Regime for Large Investments (RIGI)": a programme
        # the whole name's span (not "Mineral Resources" of "Ministry of … Mineral Resources")
        span = min((s for s in _org_spans(doc) if s.end == end and s.start <= found[0]),
                   key=lambda s: s.start, default=None)
        if short.isupper() and not body:
            continue  # "Ero Copper (ERO)": a company's ticker
        if span is not None:
            oid = span.ids[0]
        elif body and short.isupper() and not overlaps_org(doc, *found) and \
                not _names_a_country(doc, *found):
            oid = add_org(doc, "text", *found, source="acronym")
        else:
            continue
        if not oid or not oid.startswith("org:"):
            continue
        linked = link_exact(short)
        if linked and linked != oid and doc.info.get(oid, EntityInfo("", "")).attributes.get(
                "discovered"):
            _relink(doc, oid, linked)
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
                     for spelling in (e.code, *e.spellings))


def _relink(doc: Doc, old: str, new: str) -> None:
    """The spans of a discovered organisation are the registry's ``new`` one's."""
    spans = [s for s in doc.spans if s.type == "organization" and s.ids == (old,)]
    doc.spans = [s for s in doc.spans if not (s.type == "organization" and s.ids == (old,))]
    doc.info.pop(old, None)
    for s in spans:
        add_span(doc, s.field, s.start, s.end, new, s.source, s.confidence)


def _discover_marked(doc: Doc) -> None:
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
        if not _span_at(doc, start, end):
            add_org(doc, "text", start, end, source="marked")


def _discover_before_ticker(doc: Doc) -> None:
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
        owner = next((s.ids[0] for s in _org_spans(doc) if s.end == found[1]), None)
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
    """A wire headline's opening company in capitals, its legal form and its ticker."""
    legal = alternation(sorted({w.upper() for w in cues().legal}))
    return re.compile(r"((?:[A-Z][A-Z0-9&.'-]*\s+)+?(?:" + legal + r")(?:\s+(?:" + legal +
                      r"))*)\s*<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?>")


def _discover_headline_company(doc: Doc) -> None:
    """"ORION CAPITAL CORP <OC> 4TH QTR LOSS": a results story may name its company only in
    the headline, in capitals, before its legal form and ticker. It is recorded as "Orion
    Capital Corp"."""
    match = _headline_company().match(doc.title)
    if match is None or any(s.field == "title" and s.type == "organization" and
                            s.start < match.end(1) for s in doc.spans):
        return
    name = " ".join(_headline_word(w, i) for i, w in enumerate(match.group(1).split()))
    oid = link_name(name) or _discovered(doc, name, "headline")
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


def own_listing(doc: Doc, owner: str, listing: str) -> None:
    """Record, both ways, that ``owner`` is listed as ``listing``."""
    known = doc.info.get(owner)
    name = known.name if known else registry().names.get(owner, owner)
    doc.remember(owner, EntityInfo("organization", name, listings={listing}))
    doc.info[listing].attributes.setdefault("organization", owner)


@cache
def _suffix_words() -> Gazetteer[str]:
    """Every legal or industry suffix and every head of an "of" name, matched as written."""
    words = cues().legal | cues().industry | cues().of_name_heads | cues().body_heads
    return Gazetteer(((w, w) for w in words), case_sensitive=words)


def _suffix_matches(doc: Doc) -> Iterator[tuple[int, int, str]]:
    """(start, end, suffix) of each legal or industry suffix written as a whole word, not
    inside "U.S.-based", "Co-operative" or "Inc.com"."""
    text = doc.text
    for hit in _suffix_words().find(text, doc.lowered):
        start, end = hit.start, hit.end
        if text[start:end] != hit.surface or text[start - 1:start] in (".", "-") or \
                text[end:end + 1] == "-" or \
                (text[end:end + 1] == "." and text[end + 1:end + 2].isalnum()):
            continue
        yield start, end, hit.surface


def _discover_by_prefix(doc: Doc) -> None:
    """"PT Samudra Logam Nusantara": a legal form written before the name (Indonesia's
    perseroan terbatas) opens an organisation's name, which runs over the capitalised words
    after it (and a legal suffix: "PT Vale Indonesia Tbk"); not a clock's "10 a.m. PT"."""
    c = cues()
    for field, text, _ in doc.fields():
        if not any(prefix in text for prefix in c.legal_prefixes):
            continue  # most texts have none: spare them the search
        for match in _prefixed_name().finditer(text):
            words = match.group("name").split()
            while words and (words[-1] in c.connectors or words[-1] in c.never):
                words.pop()
            if not words or words[0] in c.never or _TIME_BEFORE.search(
                    text, max(0, match.start() - 8), match.start()):
                continue
            end = match.start("name") + len(" ".join(words))
            if text[match.start("name"):end] == " ".join(words) and \
                    not (field == "text" and _span_at(doc, match.start(), end)):
                add_org(doc, field, match.start(), end, "prefix")


_TIME_BEFORE = re.compile(r"(?:\d|[ap]\.?m\.?)[ \t]*$", re.IGNORECASE)


@cache
def _prefixed_name() -> re.Pattern[str]:
    """A legal prefix and the capitalised words after it (with "of", "&" between them)."""
    # not past a full stop ("… Nusantara. PT Vale"); a name of two letters or more, not an
    # analyst's price target ("PT A$0.22")
    word = r"[A-Z][\w&'’-]+(?:\.[\w&'’-]+)*(?![\w$])"
    return re.compile(rf"(?<![\w.])(?:{alternation(sorted(cues().legal_prefixes))})[ \t]+"
                      rf"(?P<name>{word}(?:[ \t]+(?:{word}|of|&)){{0,5}})")


def _discover_by_suffix(doc: Doc) -> None:
    c = cues()
    text = doc.text
    for match_start, end, token in _suffix_matches(doc):
        if token not in c.legal and token not in c.industry and token not in c.body_heads \
                and not _OF_NAME.match(text, end):
            continue  # "Federation" names only with its "of": "Federation of … Mine Workers"
        if token in c.metals and not _CAPITAL_BEFORE.search(text, max(0, match_start - 40),
                                                             match_start):
            continue  # "spot Gold", "in gold": no capitalised word, so no name, before it
        found = name_before(text, end)
        if found == (match_start, end) and token in c.legal and \
                text[match_start - 2:match_start] == ", ":
            found = name_before(text, match_start - 2)  # "ALPS Distributors, Inc."
            found = found and (found[0], end)
        if found and _is_generic(text[found[0]:found[1]]):
            wider = name_before(text, end, keep_leading=True)  # "Canadian Infrastructure Fund"
            if wider and _place_span(doc, wider[0], wider[0] + 1):
                found = wider
        if not found and (token in c.of_heads or token in c.industry) and \
                _OF_NAME.match(text, end):
            found = match_start, end  # "the Association for the Advancement of …"
        if not found:
            continue
        if token in c.industry and _name_goes_on(text, end):
            continue  # "Skeena Mining Division", "Timmins Mining Camp": a longer name
        if token in c.metals and _metal_name_goes_on().match(text, end):
            continue  # "Havre St Pierre Nickel, Copper, PGM property", "NetZero Nickel(TM)"
        if token in c.industry and next_word(text, end) in c.portfolio_titles:
            continue  # "Resources Minister Madeline King": a portfolio, not a company
        if token in c.body_heads and next_word(text, end) in person_titles():
            continue  # "U.S. District Court Judge Eugene A. Gordon": a judge's title
        if token in c.led_heads and public_figure(text[found[0]:match_start].strip()):
            continue  # "the Trump Administration": a mention of the president (people.py)
        if _described_by_article(text, *found) or (
                next_word(text, end) in c.not_org_after and not POSSESSIVE_AFTER.match(text, end)):
            continue  # "an Alaska Native Corporation", "the Jupiter Rare Earths prospect" (not
            # "Saint-Croix Antimony Corp.'s project", "Jerdacuttup Lithium's mine": a company's)
        extended = _extend_of(text, *found)
        if token in c.industry and extended[1] == end:
            extended = extended[0], _ampersand_end(doc, end)
        found = _trim_name(doc, text, *extended)
        if found and _admin_of_region(text[found[0]:found[1]]):
            continue  # "the Department of Potosí": Bolivia's department, a place
        if found and (head := _HEAD_BEFORE.search(text, max(0, found[0] - 40), found[0])) and \
                head[1] in c.non_org_heads:
            continue  # "the Incentive Regime for Large Investments": a programme's words
        words = text[found[0]:found[1]].split() if found else []
        if found and ((len(words) >= 3 and words[0] in c.of_heads) or (
                words[-1] in c.of_heads and words[-1] not in c.legal)) and \
                not link_exact(text[found[0]:found[1]]):
            # a national body keeps its country: "Australian Bureau of Statistics", "South
            # African Press Association" (not a company: "American Barrick Resources")
            found = _with_demonym(doc, *found)
        if not found or _span_at(doc, *found) or _ends_with_known(doc, *found) or \
                _names_a_country(doc, *found) or _joined_to_known_body(doc, *found, token):
            continue
        core = _strip_legal(text[found[0]:found[1]])
        if token in c.firm_suffixes and found[1] == end and _is_generic(core[:-len(token)]):
            continue  # "the Critical Minerals Research, Development and Demonstration program"
        if _is_generic(core) or core in c.place_words or (len(core) <= 3 and not core.isupper()) \
                or _called_with_demonym(doc, found[0], core):
            found = _with_demonym(doc, *found)  # "British Petroleum Co PLC", not "Petroleum";
            # "Canadian Pacific Ltd", not "Pacific"; "American Can Co", not "Can"
        tokens = text[found[0]:found[1]].split()
        if tokens and tokens[0].endswith("ing") and tokens[0] not in c.industry:
            # "British Printing and Communication Corp" (not "Mining Commission")
            found = _with_demonym(doc, *found)
            tokens = text[found[0]:found[1]].split()
        head = tokens[-1] if found[1] <= end else token  # "Institute for Mineral Policy"
        if " " in token and found[1] == end:
            head = token  # a suffix of two words vouches for itself: "Metallurgical Complex"
        if len(tokens) < 2 or head in c.non_org_heads or (
                _gerund_opens(tokens[0], token) and  # not a place's: "Wyoming Department of …"
                _place_span(doc, found[0], found[0] + len(tokens[0])) is None):
            continue
        if head in c.rank_only_heads and tokens[-1] == head and all(
                t in c.rank_only_heads[head] or t in c.place_words for t in tokens[:-1]):
            continue  # "the High Court", "a U.K. Court", "its General Assembly": no body named
        states = tokens[0] == token and _country_before(doc, found[0]) is not None
        if tokens[0] == token and all(t in c.not_names or t in c.connectors for t in tokens) \
                and not states:
            continue  # "the Board of Directors": a company's organ, not an organisation (but
            # "Thailand's Board of Investment" is the state's)
        if (len(tokens) > 2 or "-" in tokens[0]) and all(
                t in c.role_words or t in person_titles() for t in tokens[:-1]):
            continue  # "Vice President Exploration of the Company", "Vice-President
            # Exploration": a title (not "General Partners", a firm)
        if token in c.organ_heads and not states:
            if _names_organ(text, end, tokens[:-1]):
                continue
            if len(tokens) < 3:
                found = _with_demonym(doc, *found)  # "Australian Wheat Board"
                tokens = text[found[0]:found[1]].split()
                if len(tokens) < 3:
                    continue  # "The Kestrel Board approved": a company's board
        if token in c.of_heads and tokens[-1] == token and \
                _span_at(doc, found[0], end - len(token) - 1) and \
                not link_exact(text[found[0]:found[1]]):
            continue  # "the LME Board": a known organisation's organ
        if _symbols_only(tokens[:-1]) or c.never.intersection(tokens) or \
                any("%" in t for t in tokens):
            continue  # "0.05% Ni, Cu and Co", "On Wednesday Iluka Resources"
        if _resource_terms_only(text[found[0]:found[1]]):
            continue  # "Ore Reserves and Mineral Resources": a resource code's terms
        if doc.in_headline(found[0]) and token not in c.legal:
            continue  # a sub-headline: "US Boosts Critical Minerals Supply For Security" (a
            # legal form still names a company: "Iron Range Nickel Refining LLC — $118.0 million")
        ministry = tokens[0] in c.government_heads and tokens[1:2] == ["of"] and \
            len(tokens) > 2 and not link_exact(" ".join(tokens))
        if ministry or (token in c.industry and _is_generic(" ".join(tokens))):
            if (tokens[0] in c.of_heads and len(tokens) > 2) or tokens[-1] in c.of_heads:
                # "Brazil's Ministry of Mines and Energy"; a ministry with no country before
                # it, the country told last ("Namibia … The Ministry of Mines and Energy"),
                # else the story's ("JAKARTA - … the Ministry of Energy and Mineral Resources")
                home = _country_told_last(doc, found[0]) or story_country(doc) \
                    if tokens[0] in c.government_heads else None
                _add_national_body(doc, *found, home)
            continue
        if token in c.place_of_forms and found[1] == end:
            found = found[0], _place_of_end(doc, end)
        portfolio = _portfolio(tokens)
        if portfolio is not None:  # "the Finance Ministry said" in a story from Paris is the
            _add_portfolio_ministry(doc, *found, portfolio)  # France Ministry of Finance
            continue
        add_org(doc, "text", *found, source="suffix")


# One capitalised word after "&" that ends a name: "Iron Range Resources & Rehabilitation board".
_AMPERSAND_WORD = re.compile(r"[ \t]+&[ \t]+([A-Z][a-z]+)(?![\w&'’.-])(?![ \t]+[A-Z])")


def _ampersand_end(doc: Doc, end: int) -> int:
    """Where a name ending in an industry word ends that joins one more word of its own with
    "&": "Iron Range Resources & Rehabilitation" (not a company, a place or a person named
    after it: "Lynas Rare Earths & Iluka", "Kestrel Resources & Perth")."""
    match = _AMPERSAND_WORD.match(doc.text, end)
    if match is None:
        return end
    word = match.group(1)
    c = cues()
    if word in c.legal or word in c.connectors or word in c.place_words or \
            word in given_names() or link_exact(word) or \
            any(span.start < match.end() and match.start(1) < span.end for span in doc.spans):
        return end
    return match.end()


_OF = re.compile(r"[ \t]+of[ \t]+")


def _place_of_end(doc: Doc, end: int) -> int:
    """Where a company's name ends that names its country or state after its legal form:
    "Morgan Guaranty Trust Co of New York", "State Gold Mining Corp of Ghana" (not its head
    office's city: "Phelps Dodge Corp of Phoenix" is Phelps Dodge)."""
    of = _OF.match(doc.text, end)
    return (region_end(doc.text, of.end()) or end) if of else end


@cache
def _metal_name_goes_on() -> re.Pattern[str]:
    """After a metal closing a name: another metal or an acronym in a list ("Nickel, Copper,
    PGM property"; not ", CEO …" or ", ASX-listed"), a trademark's sign, a figure."""
    metals = alternation(cues().metals)
    return re.compile(rf"\s*(?:,\s*(?:{metals}|[A-Z]{{2,4}})(?=\s*(?:,|and\b))|\(TM\)|™|®|\d)")


@cache
def _based() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """"U.K.-based", "Perth-headquartered": a place written before a ``based_words`` word; and
    those words after their hyphen ("-based"), one of which a text must hold to be scanned."""
    words = cues().based_words
    return (re.compile(r"([A-Z][\w.]*(?:[ -][A-Z][\w.]*)?)-(?:" + alternation(words) + r")\b"),
            tuple("-" + word for word in words))


def _names_organ(text: str, end: int, before: list[str]) -> bool:
    """Whether a name ending in an organ word ("Board") is a company's organ: "Energy Fuels
    Inc. Board of Directors", "the Kestrel Minerals Board"."""
    c = cues()
    following = text[end:end + 30].split()[:2]
    if following[:1] == ["of"] and following[1:] and following[1].strip(".,") in c.not_names:
        return True
    last = before[-1].rstrip(".,") if before else ""
    return last in c.legal or last in c.industry


def _gerund_opens(word: str, suffix: str) -> bool:
    """Whether a name found before ``suffix`` opens with a verb's -ing form rather than a
    name's own word. Only a legal form vouches for such a word ("Irving Bank Corp", "Viking
    Mines Ltd"); before any other suffix it is a verb or a heading ("Trump's Unleashing
    American Energy order", "- Emerging Technologies:"). A sentence's opening -ing word
    ("Following Lynas Corp's results") is dropped by ``name_before`` (``leading_non_name``).
    An industry's own word is a name's ("Mining and Minerals Regulatory Authority")."""
    c = cues()
    return word.endswith("ing") and word not in c.industry and (
        suffix not in c.legal or word in c.generic)


def _with_demonym(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The name with the country word written just before it ("Australian" + "Bureau of
    Statistics"), when one is."""
    for span in doc.spans:
        if span.end == start - 1 and span.field == "text" and span.type == "country" and \
                doc.text[span.end] == " " and doc.text[span.start:span.end][0].isupper():
            return span.start, end
    return start, end


def _called_with_demonym(doc: Doc, start: int, core: str) -> bool:
    """Whether the country word before a name is the name's own, as the text calls the
    company by both again: "American Express Co" is "American Express" later, not "Express"
    (a miner introduced as "Chinese miner Zijin Mining Group Co" has a word between)."""
    before = _with_demonym(doc, start, start)[0]
    return before < start and doc.text.count(f"{doc.text[before:start]}{core}") >= 2


def _country_told_last(doc: Doc, start: int) -> str | None:
    """The country named last in the few sentences before ``start``, outside any name and not
    as where goods go or come from ("loaded for China")."""
    names = list(_org_spans(doc))
    bound = cues().goods_bound
    told = [span for span in doc.spans
            if span.field == "text" and span.type == "country" and
            start - _TOLD_LAST <= span.start < start and
            not any(n.start <= span.start < n.end for n in names) and
            not set(last_words(doc.text, max(0, span.start - 12), span.start, 1)) & bound]
    return max(told, key=lambda span: span.start).ids[0] if told else None


_TOLD_LAST = 400  # characters before a body's name within which its country is looked for


def _add_national_body(doc: Doc, start: int, end: int, country: str | None = None,
                       name: str | None = None) -> None:
    """A body whose name is all common words, after its country: "Brazil's Ministry of Mines
    and Energy" is the Brazil Ministry of Mines and Energy, named as the registry names
    ministries ("China Ministry of Commerce"), or after its province: "Quebec's Ministry of
    Energy and Natural Resources" is the Quebec one, of Canada. ``name`` replaces the written
    one (a ministry named by its portfolio), ``country`` the one written before it."""
    home = country = _country_before(doc, start) or country
    if (place := _written_before(doc, start, "place")) is not None:
        home, country = place, country_of_place(place)
    if country is None or home is None or _in_boilerplate(doc, start):
        return
    home_name = place_names()[home[6:]] if home.startswith("place:") else \
        country_names()[home[8:]]
    name = f"{home_name} {name or doc.text[start:end]}"
    oid = link_exact(name) or org_id(name)
    doc.remember(oid, EntityInfo("organization", name, country=country,
                                 attributes={"discovered": "country"}))
    add_span(doc, "text", start, end, oid, "suffix", 0.85)


def _portfolio(tokens: list[str]) -> str | None:
    """The portfolio of a ministry named by it alone ("Finance Ministry", "Ministry of
    Finance"), in its usual full name ("Foreign Ministry" → "Foreign Affairs")."""
    portfolios = cues().portfolios
    if len(tokens) == 2 and tokens[1] == "Ministry":
        return portfolios.get(tokens[0])
    if len(tokens) == 3 and tokens[:2] == ["Ministry", "of"]:
        return portfolios.get(tokens[2])
    return None


@cache
def _portfolio_ministry() -> re.Pattern[str]:
    """"mining ministry", "energy and mineral resources ministry", "Finance ministry": a
    ministry named by its portfolio with a word in lower case (the capitalised "Finance
    Ministry" is a suffix's name)."""
    words = {p.lower() for p in cues().portfolios}  # a trie behind a test of its first letters:
    portfolio = rf"(?i:{first_letters(words)}{trie(words)})"  # tried at every word's boundary
    return re.compile(rf"\b(?P<portfolio>{portfolio}(?:[ \t]+and[ \t]+{portfolio})?)"
                      r"[ \t]+(?P<head>[Mm]inistry)\b(?![ \t]+of\b)")


def _discover_portfolio_ministries(doc: Doc) -> None:
    """"Indonesia's energy ministry", "the labour ministry": a ministry named by its portfolio
    in lower case is the ministry of that portfolio the article already names ("the Ministry of
    Mines and Minerals Development … the mines ministry"), else the registry's of its country
    ("China's commerce ministry"), else its country's "Ministry of Labour"."""
    text = doc.text
    if "inistry" not in text:
        return
    portfolios = {key.lower(): value for key, value in cues().portfolios.items()}
    for match in _portfolio_ministry().finditer(text):
        written = match.group()
        if written[0].isupper() and written.split()[-1][0].isupper():
            continue  # "Finance Ministry": found by its suffix
        if overlaps_org(doc, match.start(), match.end()) or _in_boilerplate(doc, match.start()) \
                or last_words(text, max(0, match.start() - 12), match.start(), 1) in (
                    ["every"], ["each"], ["any"], ["no"], ["other"]):
            continue  # "every defence ministry in the West": no one ministry
        parts = [portfolios[p.lower()] for p in re.split(r"[ \t]+and[ \t]+",
                                                        match.group("portfolio"))]
        _add_portfolio_ministry(doc, match.start(), match.end(), " and ".join(parts))


def _add_portfolio_ministry(doc: Doc, start: int, end: int, portfolio: str) -> None:
    """A ministry named by its portfolio: the article's, the registry's of the country
    written before it ("France's finance ministry" is its Ministry of the Economy and
    Finance), else "<country> Ministry of <portfolio>" (the story's country if none is)."""
    country = _country_before(doc, start)
    oid = _ministry_named(doc, portfolio, country) or _registry_ministry(portfolio, country)
    if oid:
        add_span(doc, "text", start, end, oid, "suffix", 0.85)
    else:
        _add_national_body(doc, start, end, story_country(doc), f"Ministry of {portfolio}")


def _portfolio_words(portfolio: str) -> set[str]:
    return {w for w in portfolio.split() if w != "and"}


def _ministry_named(doc: Doc, portfolio: str, country: str | None) -> str | None:
    """The ministry the article already names whose name holds the portfolio's words."""
    wanted = _portfolio_words(portfolio)
    for oid, info in doc.info.items():
        words = set(info.name.replace(",", " ").split())
        if info.type == "organization" and "Ministry" in words and wanted <= words and \
                (country is None or info.country in (None, country)):
            return oid
    return None


def _registry_ministry(portfolio: str, country: str | None) -> str | None:
    """The registry's one ministry of ``country`` whose name holds the portfolio's words."""
    if country is None:
        return None
    wanted = _portfolio_words(portfolio)
    found = {oid for oid, words in _registry_ministries().get(country, ()) if wanted <= words}
    return found.pop() if len(found) == 1 else None


@cache
def _registry_ministries() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Each country's ministries in the registry, with the words of their names."""
    reg = registry()
    found: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for oid, name in reg.names.items():
        words = frozenset(name.replace(",", " ").split())
        country = reg.countries.get(oid)
        if country and "Ministry" in words and reg.kinds.get(oid) in cues().state_kinds:
            found.setdefault(country, []).append((oid, words))
    return {country: tuple(ministries) for country, ministries in found.items()}


def _discover_based(doc: Doc) -> None:
    """"U.K.-based Less Common Metals": an organisation and its country."""
    text = doc.text
    pattern, marks = _based()
    if not any(mark in text for mark in marks):
        return
    for match in pattern.finditer(text):
        place = _place_span(doc, match.start(1), match.end(1))
        found = name_after(text, match.end())
        if found:
            oid = _span_at(doc, *found) or add_org(doc, "text", *found, source="based")
        else:
            oid = _org_before_apposition(doc, match.start())
        if oid and place:
            info = doc.info.get(oid)
            if info and not info.country:
                info.country = place


def _title_short_forms(doc: Doc) -> None:
    """A headline's short name is the fuller name the story gives: "KAISER ALUMINUM <KLU>
    RAISES PRODUCT PRICES" over "Kaiser Aluminum and Chemical Corp said …" names the body's
    company, not the registry's entry that the short name also spells."""
    headline = [i for i, s in enumerate(doc.spans) if s.type == "organization" and
                s.field == "title" and s.source == "registry"]
    if not headline:
        return
    body = _outermost([s for s in doc.spans if s.type == "organization" and s.field == "text"])
    for index in headline:
        span = doc.spans[index]
        if any(b.ids == span.ids for b in body):
            continue  # the story names the registry's company itself
        written = doc.title[span.start:span.end].lower()
        fuller = next((b for b in body if doc.lowered.startswith(written + " ", b.start)
                       and b.end - b.start > len(written)), None)
        if fuller is not None:
            doc.spans[index] = replace(span, ids=fuller.ids, name=fuller.name)


def _outermost(spans: list[Span]) -> list[Span]:
    """The spans no longer one holds, in their order: "Kaiser Aluminum and Chemical Corp", not
    the "Kaiser Aluminum" inside it. (By the greatest end of the spans opening at each start and
    before it, not by a test of every span against every other.)"""
    end_at: dict[int, int] = {}  # start → the greatest end of the spans opening there
    for span in spans:
        end_at[span.start] = max(end_at.get(span.start, span.end), span.end)
    end_before: dict[int, int] = {}  # start → the greatest end of the spans opening before it
    reach = -1
    for start in sorted(end_at):
        end_before[start] = reach
        reach = max(reach, end_at[start])
    return [s for s in spans if end_before[s.start] < s.end and end_at[s.start] <= s.end]


def _shortened_names(doc: Doc) -> None:
    """A name found in the article that opens a longer one found there is its short form: a
    headline's "Aravalli Metals to invest …" over "Aravalli Metals Refining Ltd (NSE: ARAVMET)
    will invest …", "Barkly (ASX: BKR)" after "Barkly Rare Earths" (neither from the registry;
    a name of one word only when written without a legal form: "LTV Corp" beside "LTV Steel"
    is the parent; so is a name written with its legal form beside one adding a country:
    "Orinoco Tantalum Corp." of "Orinoco Tantalum Colombia S.A.S.")."""
    found = {oid: _strip_legal(info.name).split() for oid, info in doc.info.items()
             if info.type == "organization" and info.attributes.get("discovered")}
    if not found:
        return
    named = {oid: _strip_legal(info.name).split() for oid, info in doc.info.items()
             if info.type == "organization" and oid not in found}
    fuller: dict[str, str] = {}
    for oid, words in found.items():
        legal = doc.info[oid].name.split() != words  # written with its legal form
        alone = len(words) == 1 and not legal and \
            not _is_generic(words[0]) and not _named_as_parent(doc, oid)
        # a body's head may leave out its country ("the Export-Import Bank" after "the
        # Export-Import Bank of the United States"); a company's is another company ("British
        # Petroleum Co Plc" beside "British Petroleum Co of Australia")
        body = doc.info[oid].name.split()[-1] in cues().of_heads
        longer = [other for other, more in found.items()
                  if (len(words) >= 2 or alone) and len(more) > len(words)
                  and ((more[:len(words)] == words
                        and ((not cues().of_connectors.intersection(more[len(words):])
                              and not (legal and country_forms().intersection(
                                  more[len(words):])))
                             or (body and _of_country(more[len(words):]))))
                       or ((len(words) >= 2 or alone) and _after_its_opener(words, more)))]
        longer += [other for other, more in named.items()
                   if body and len(words) >= 2 and more[:len(words)] == words
                   and _of_country(more[len(words):])]
        if len(longer) == 1:
            fuller[oid] = longer[0]
        defined = doc.acronyms.get(doc.info[oid].name)
        if defined and defined != oid and defined in doc.info:
            # "Baltic Separation Technologies (BST)", then "BST managing director Kadri
            # Vahtra": the acronym the article defined, read again by another cue
            fuller[oid] = defined
    if fuller:
        doc.spans = [replace(s, ids=(fuller[s.ids[0]],), name=doc.info[fuller[s.ids[0]]].name)
                     if s.type == "organization" and s.ids[0] in fuller else s for s in doc.spans]


def _after_its_opener(words: list[str], more: list[str]) -> bool:
    """Whether ``more`` is ``words`` after a country's name or a word of its kind: "the Growth
    Fund" after "the Canada Growth Fund", "Tilopozo" after "Minera Tilopozo" are their short
    forms (a single word only after a kind: "Nickel" is no "Canada Nickel")."""
    if more[-len(words):] != words:
        return False
    opener = " ".join(more[:-len(words)])
    return opener in cues().kind_openers or (len(words) >= 2 and opener in country_forms())


def _of_country(words: list[str]) -> bool:
    """Whether ``words`` are "of" and a country's name, after a legal form the shorter name
    left out: "of the United States", "Corporation of Ghana"."""
    while words and words[0] in cues().legal:
        words = words[1:]
    if words[:1] != ["of"]:
        return False
    rest = words[2:] if words[1:2] == ["the"] else words[1:]
    return " ".join(rest) in country_forms()


def _named_as_parent(doc: Doc, oid: str) -> bool:
    """Whether the text writes the organisation as a parent ("a subsidiary of Orvane"), though
    its subsidiary's name opens with its own (``part_nouns``, ``parent_roles``)."""
    parents = cues().parent_roles
    for span in doc.spans:
        if span.type == "organization" and span.field == "text" and span.ids[0] == oid:
            words = last_words(doc.text, 0, span.start, 2)
            if len(words) == 2 and words[1] == "of" and words[0] in parents:
                return True
    return False


def _propagate(doc: Doc) -> None:
    """Find later mentions of names and acronyms that this article introduced."""
    forms: dict[str, str] = dict(doc.acronyms)
    discovered = [(oid, info) for oid, info in doc.info.items()
                  if info.type == "organization" and info.attributes.get("discovered")]
    listed = any(s.type == "listing" for s in doc.spans)
    if not discovered and not forms and not listed:
        return
    taken = {doc.written(s)
             for s in doc.spans if s.type != "organization"}
    symbols = _listed_symbols(doc, taken) if listed else {}
    regions = {doc.written(s)
               for s in doc.spans if s.type == "place"}
    for oid, info in discovered:
        forms.setdefault(info.name, oid)
        short = _strip_legal(info.name)
        if short != info.name and short not in taken and not _is_generic(short):
            forms.setdefault(short, oid)
        shorter = _strip_industry(short)
        if shorter != short and shorter not in taken and not _of_place(shorter):
            forms.setdefault(shorter, oid)
        first, *rest = info.name.split()
        if rest and rest[-1] in cues().body_heads:
            continue  # "Columbia County Quorum Court" is never called "Columbia"
        if rest and first not in cues().not_short_forms and (
                (first not in taken and ((_company_letters(first) and len(first) <= 5)
                                         or _first_word_alone(doc.text, first)))
                # "KLM" after "KLM Royal Dutch Airlines"; a region's name only where the text
                # writes it as the company's ("Khomas said", "Khomas shares rose"), not a
                # country's ("Zambia Revenue Authority" beside "Zambia's exports")
                or (first in regions and _short_name_evidence(doc.text, first, False)[1])):
            forms.setdefault(first, oid)
        second = rest[0] if len(rest) >= 2 else ""
        if first in region_names() and second.istitle() and second not in taken and \
                not _is_generic(second) and _first_word_alone(doc.text, second):
            # "Yuhai shares fell" after "Shandong Yuhai Aluminium": a name opened by its
            # province or country is called by the word after it
            forms.setdefault(second, oid)
    for field, text, _ in doc.fields():
        # an all-capitals headline spells them in capitals: "LOUISIANA PACIFIC <LPX> BUYS …"
        # (its words may be spelled like a symbol: none is read there)
        table = {f.upper(): o for f, o in forms.items()} if text.isupper() else \
            {**symbols, **forms}
        inside = [(s.start, s.end) for s in doc.spans if s.field == field and
                  s.type != "organization" and s.end - s.start > 1]
        for start, end, form in find_forms(text, table):
            if form in regions and next_word(text, end) in admin_words():
                continue  # "the Khomas region", beside Khomas Yellowcake's "Khomas said"
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in inside):
                continue  # "North Al Batinah", the region, beside "Al Batinah Chrome LLC"
            if text[start - 1:start] == "-" and text[start - 2:start - 1].isalpha():
                continue  # "Asia-Pacific", beside "Pacific Rim Mining Journal"
            if " " not in form and _opens_place_name_after(text, end):
                continue  # "the Sigma Mine", beside Sigma Mines' "Sigma"
            add_span(doc, field, start, end, table[form], "propagated")


def _listed_symbols(doc: Doc, taken: set[str]) -> dict[str, str]:
    """The symbols of the listings the article writes, as names of their companies: "In July
    2025, TUNG completed a C$7.0M private placement" after "American Tungsten Corp. (CSE:
    TUNG)". Symbols of three capitals or more, of one company, that are no other entity's
    words, no currency code ("EUR") and no capitals a company is never called by ("CEO")."""
    written = {s.ids[0] for s in doc.spans if s.type == "listing"}
    owners: dict[str, set[str]] = {}
    for oid, info in doc.info.items():
        if info.type == "organization":
            for listing in info.listings & written:
                owners.setdefault(listing.partition(":")[2], set()).add(oid)
    excluded = taken | cues().not_short_forms | currency_codes()
    return {symbol: next(iter(ids)) for symbol, ids in owners.items()
            if len(ids) == 1 and len(symbol) >= 3 and symbol.isalpha() and symbol.isupper()
            and symbol not in excluded}


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.&-]*[ \t]+$")
# After a company's first word used alone: no letter (nor "'s" + letter), no capitalised word.
_ALONE_AFTER = re.compile(r"(?!['’]?\w|[ \t]+[A-Z])")


def _opens_place_name_after(text: str, end: int) -> bool:
    """Whether a word that closes a place's or an asset's name follows a company's short name:
    "Hatchet Creek", "the Sigma Mine"."""
    return word_after(text, end) in cues().place_closers


@cache
def _deed_on_its() -> re.Pattern[str]:
    """One of `deed_verbs` and "its" after a name: "Laurentia completed its acquisition"."""
    return re.compile(rf"[ \t]+(?:{alternation(cues().deed_verbs)})[ \t]+its\b")


@cache
def _held_in_before() -> re.Pattern[str]:
    """What only a company has, before its name: "Shares of Sable", "a stake in Ruvuma"."""
    words = (r"[ \t]+".join(map(re.escape, held.split())) for held in cues().held_in)
    return re.compile(rf"\b(?:{'|'.join(words)})[ \t]+$", re.IGNORECASE)


@cache
def _owned_after() -> re.Pattern[str]:
    """What only a company has, after its name: "Kestrel shares", "Sable Chief Executive"."""
    return re.compile(rf"(?:['’]s)?[ \t]+(?:{alternation(cues().possessed)})\b", re.IGNORECASE)


def _short_name_evidence(text: str, first: str, deeds: bool = True) -> tuple[int, bool]:
    """How often the text writes a company's first word alone (not before another capitalised
    word), and whether once as a company only is written: the subject of a reporting verb
    ("Quantech said") or, if ``deeds``, of a deed done to its own ("Laurentia completed its
    acquisition": a region does as much, "Quebec uses its hydropower"), before what only a
    company has ("Kestrel shares", "Sable Chief Executive Marcus Bell") or after what is held in
    a company ("Shares of Sable rose", "a 19.9% stake in Ruvuma")."""
    count, as_company, at = 0, False, text.find(first)
    while at != -1:
        end = at + len(first)
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_'’"):
            if _owned_after().match(text, end):
                as_company = True  # "Kestrel's board", "EcoVolt Chief Executive Park Ji-hoon"
            elif _ALONE_AFTER.match(text, end):
                count += 1
                as_company = as_company or bool(said_after().match(text, end)) or \
                    (deeds and bool(_deed_on_its().match(text, end))) or (
                    _held_in_before().search(text, max(0, at - 24), at) is not None and
                    _ends_phrase(text, end))
        at = text.find(first, end)
    return count, as_company


def _ends_phrase(text: str, end: int) -> bool:
    """Whether a name ends its noun phrase at ``end``: "a stake in Ruvuma for $31 million", not
    "a stake in Yukon tungsten developer"; "Shares in Boyne (Euronext Growth Dublin: BZN)"."""
    following = text[end:end + 40].lstrip(" \t")[:1]
    if not following or not (following.isalnum() or following in "'’"):
        return True  # punctuation (a bracket after spaces too) or the text's end
    return next_word(text, end).lower() in cues().held_in_ends


def _first_word_alone(text: str, first: str) -> bool:
    """Whether the text uses a name's first word as the company's short name: once where only
    a company is meant, or alone again and again ("Laurentia completed its acquisition",
    "Laurentia plans" after "Laurentia Graphite Inc."); not a common word or a given name
    ("Western", "Grant")."""
    if len(first) < 4 or not first.isalpha() or _is_generic(first):
        return False
    count, as_company = _short_name_evidence(text, first)
    if first in given_names():  # "Calliope shares closed", not "Grant said"
        return as_company and not said_after().match(text, text.find(first) + len(first))
    return as_company or (len(first) >= 5 and count >= 2)


def name_before(text: str, pos: int, keep_leading: bool = False) -> tuple[int, int] | None:
    """The capitalised name that ends at ``pos`` (spaces allowed before it), if any.

    Leading words that usually qualify a name ("Australian", "Meanwhile") are dropped unless
    ``keep_leading``: an acronym's letters can show they belong to it ("Australian Rare Earths
    (AR3)").
    """
    c = cues()
    chosen = list(_words_before(text, pos))
    while chosen and (chosen[0].group() in c.connectors or
                      (chosen[0].group() in c.leading and not keep_leading and
                       not _opens_place_name([t.group() for t in chosen[:3]]))):
        chosen.pop(0)
    while chosen and chosen[-1].group() in c.connectors:
        chosen.pop()
    if not chosen:
        return None
    return _after_city(text, chosen[0].start(), chosen[-1].end())


@lru_cache(maxsize=64)  # asked twice of one place: a name with and without its leading words
def _words_before(text: str, pos: int) -> tuple[re.Match[str], ...]:
    """The words of the capitalised name that ends at ``pos``, first to last."""
    # Most names end their walk back within a few words: the words of a short window first,
    # those of the whole reach only when the walk gets to the short window's first word.
    reach = max(0, pos - _NAME_REACH)
    near = max(reach, pos - _NAME_NEAR)
    chosen = _name_words(text, pos, near, whole=False) if near > reach else None
    if chosen is None:
        chosen = _name_words(text, pos, reach, whole=True)
    chosen.reverse()
    return tuple(chosen)


_NAME_REACH = 160  # characters before its end within which a name's words are looked for
_NAME_NEAR = 64  # the short window tried first


def _name_words(text: str, pos: int, start: int, whole: bool) -> list[re.Match[str]] | None:
    """The words of the capitalised name ending at ``pos``, last first, read back from ``pos``
    among the words after ``start``. Unless the window is ``whole``, its first word may be cut
    by ``start`` and the words before it are unseen: then None when the walk gets to it."""
    c = cues()
    tokens = list(_TOKEN.finditer(text, start, pos))
    chosen: list[re.Match[str]] = []
    end_limit = pos
    in_parentheses = False  # "Morgan Guaranty (Switzerland) AG": a place before the form
    for index in range(len(tokens) - 1, -1, -1):
        if index <= 1 and not whole:
            return None  # the next word, or the one before it, may be cut
        token = tokens[index]
        gap = text[token.end():end_limit]
        word = token.group()
        if gap != " ":  # (the one blank between most words is none of these gaps)
            mark, broken = gap.strip(), "\n" in gap
            if mark == ")" and not broken and chosen and not in_parentheses and \
                    all(t.group() in c.legal for t in chosen) and word[:1].isupper() and \
                    word.title() not in c.parenthesised_forms:
                in_parentheses = True
            elif mark == "(" and not broken and in_parentheses:
                in_parentheses = False
            elif (mark or broken) and not (  # "Lao-Yunnan Potash Co., Ltd (LYP)"
                    mark == "," and not broken and word in c.legal and
                    len(chosen) == 1 and chosen[0].group() in c.legal):
                break
        if word.endswith(("'s", "’s")) or c.qualifiers.search(word):
            break
        if chosen and word in c.abbreviations:
            # "St. Joe Gold Corp" opens with it; after a name it ends a sentence ("on Wall St.
            # Kestrel Minerals Ltd said")
            before = tokens[index - 1] if index else None
            if before is None or text[before.end():token.start()].strip() or \
                    not before.group()[:1].isupper():
                chosen.append(token)
            break
        if chosen and word.endswith(".") and word not in c.legal and \
                not _INITIALS.fullmatch(word):
            break  # "… in South America. The Company": the previous sentence's last word
        if not (word[0].isupper() or word[0].isdigit() or (chosen and word in c.connectors)
                or (not chosen and word in c.legal)  # "Songwe Helium plc"
                or _CAMEL_CASE.fullmatch(word)):  # "zeroEnergy Metals"
            break
        if word == "the" and not _word_before_is(text, token.start(), "of"):
            break
        if chosen and word == "The":
            chosen.append(token)  # "… Pty Ltd. The Company": a name opens at its "The"
            break
        if chosen and word in c.never:
            break  # "on Tuesday Dampier Minerals deferred": the name starts after the day
        if chosen and chosen[-1].group() in ("and", "&") and word.rstrip(",") in c.legal:
            break  # "Albemarle Corp and Mineral Resources Ltd": a legal form ends a name
        chosen.append(token)
        end_limit = token.start()
    else:  # no word stopped the walk: it read the window's every word
        if not whole:
            return None
    if in_parentheses:
        return None  # "(Pacific) Ltd" with nothing before the parenthesis: no name
    return chosen


def _after_city(text: str, start: int, end: int) -> tuple[int, int]:
    """"in Sydney Pilbara Minerals (ASX: PLS) climbed": a city where shares trade, then a
    known company (not "London Metal Exchange", a name of its own)."""
    if not _word_before_is(text, start, "in") or link_exact(text[start:end]):
        return start, end
    tokens = list(_WORD_AT.finditer(text, start, end))
    for n in (1, 2):
        if len(tokens) > n and city_country(" ".join(t.group() for t in tokens[:n])) and \
                link_exact(text[tokens[n].start():end]):
            return tokens[n].start(), end
    return start, end


_WORD_AT = re.compile(r"\S+")


def _opens_place_name(words: list[str]) -> bool:
    """Whether a leading word opens a place's name with the words after it: "New" of "New
    York Commodities Exchange" stays."""
    return any(" ".join(words[:n]) in _place_name_set() for n in (2, 3))


@cache
def _place_name_set() -> frozenset[str]:
    """Names of countries and first-level places of two or three words."""
    from mineralwatch.extract.geo import place_names

    names = set(place_names().values()) | set(load_country_aliases().aliases)
    return frozenset(n for n in names if 2 <= len(n.split()) <= 3)


# a capitalised word, whose apostrophe is no possessive's: "of Agriculture's Florida …" ends
# at "Agriculture", "Bank of America NT and SA's <BAC.N>" at "SA"
# A capitalised word of an of-name; a plural's apostrophe goes on into the next name word
# ("Japan Federation of Employers' Associations"), not into a price ("Ministry of Mines' Rs
# 1,500 crore scheme").
# (a currency's letters are no word: "bought back by the Company for C$1,000,000")
_OF_WORD = (r"[A-Z][\w&-]*(?:['’](?!s\b)[\w&-]+|['’](?=[ \t]+[A-Z][\w&-]*[ \t]+[^\d\s]))*"
            r"(?![\w&$€£¥-])")
# Lower-case particles inside a place's or a body's own name: "University of Dar es Salaam",
# "Universidad de Chile", "Banco do Brasil".
_PARTICLES = r"(?:es|de|del|da|do|dos|das|di|la|le|du)"
_OF_NAME = re.compile(rf"[ \t]+(?:of|for|de)[ \t]+(?:the[ \t]+)?{_OF_WORD}"
                      rf"(?:[ \t]+(?:of[ \t]+|and[ \t]+|{_PARTICLES}[ \t]+)?{_OF_WORD})*")


# A ministry's portfolios after the first, one word each, the last after "and": ", Mines and
# Energy" of "Ministry of Industries, Mines and Energy".
_PORTFOLIO_LIST = re.compile(rf"(?:,[ \t]+{_OF_WORD})+,?[ \t]+and[ \t]+{_OF_WORD}\b")
_THE_ASSET = re.compile(r"[ \t]+(?:of|for)[ \t]+the[ \t]")  # "for the Ohio facility"
_WORD_NEXT = re.compile(r"[ \t]+([A-Za-z]+)")
# A country named with "the" after an of-name, its second "of": "Chamber of Mines of the
# Philippines" (an of-name's own words take no "the").
_OF_THE = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?=[A-Z])")


def _extend_of(text: str, start: int, end: int) -> tuple[int, int]:
    """"Department" + " of Defence": heads such as Department and Ministry take an "of" name
    (not its compound's ending: "a Department of Energy-funded plant", nor an asset's name:
    "the Loan Programs Office for the Ohio facility"); a ministry's may list its portfolios
    ("Department of Trade, Industry and Competition")."""
    c = cues()
    head = text[start:end].split()[-1]
    match = _OF_NAME.match(text, end) if head in c.of_heads else None
    if match is None or _names_asset(text, match):
        return start, end
    name_end = match.end()
    portfolios = _PORTFOLIO_LIST.match(text, name_end)
    if portfolios and head in c.government_heads and _are_portfolios(portfolios.group()):
        name_end = portfolios.end()
    of_country = _OF_THE.match(text, name_end)
    country_end = of_country and region_end(text, of_country.end())
    if country_end and text[of_country.end():country_end] in country_forms():
        name_end = country_end  # "Chamber of Mines" + " of the Philippines"
    compound = c.compound_end.search(text, match.start(), name_end)
    return start, compound.start() if compound else name_end


def _names_asset(text: str, of_name: re.Match[str]) -> bool:
    """Whether an "of the …" or "for the …" phrase names an asset, its noun next: "the Loan
    Programs Office for the Ohio facility" (not "the Ministry of Mines project")."""
    if not _THE_ASSET.match(of_name.group()):
        return False
    after = _WORD_NEXT.match(text, of_name.end())
    nouns = cues().asset_nouns  # next, or last of the name: "for the Ohio Facility"
    return (after is not None and after[1].lower() in nouns) or \
        of_name.group().split()[-1].lower() in nouns


def _are_portfolios(listed: str) -> bool:
    """Whether words listed after a ministry's "of" name are its portfolios, not organisations
    listed beside it ("the Ministry of Finance, Glencore and Trafigura signed")."""
    c = cues()
    return not any(link_exact(word) or word in c.of_heads
                   for word in re.findall(r"[^\s,]+", listed) if word != "and")


OF_CUT = re.compile(r" (?:of|for) (?:the )?")


def _trim_name(doc: Doc, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop a leading place ("China National Development…"), a role or person before "of"
    ("Adam Megginson of Benchmark Minerals"), leading numbers ("2023 Northern Minerals") and
    the first of two names joined by "and"."""
    for span in doc.spans:  # (the position first: it rules out nearly every span at once)
        if span.start == start and span.field == "text" and span.type in ("country", "place") \
                and span.end < end and text[span.end:span.end + 1] == " " and \
                _qualifies(text[span.start:span.end], span.name, text[span.end + 1:end]):
            start = span.end + 1
    words = text[start:end].split()
    if len(words) > 2 and words[0] in cues().organ_heads and words[1] == "of" and \
            (words[-1].rstrip(".,") in cues().legal or words[-1] in cues().industry or
             " ".join(words[-2:]) in cues().industry):  # "… Rare Earths"
        start += len(words[0]) + 4  # "the Board of Redgum Rare Earths Limited": its organ
    elif words[0] not in cues().of_heads:  # "Association for the …" stays
        for match in reversed(list(OF_CUT.finditer(text, start, end))):
            if _cut_at(doc, text, start, match):
                start = match.end()
                break
    while start < end and _not_a_first_word(text[start:end].split()[0]):
        start += len(text[start:end].split()[0]) + 1
    name = text[start:end]
    cut = _second_name_at(name)
    if cut is not None:
        start += cut
    return (start, end) if start < end else None


def _not_a_first_word(word: str) -> bool:
    """A number, or a connector left by one: "43-3/8 and Lacana Mining" is "Lacana Mining"."""
    return not any(ch.isalpha() for ch in word) or word in cues().connectors


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w&'’.-]*)")


def _qualifies(written: str, place: str, rest: str) -> bool:  # place: a country's or a place's
    """Whether a place opening a name only qualifies it: written otherwise than its own name
    ("U.S. Interior Department", "Chilean Quiborax SA") or before a known name ("China
    Northern Rare Earth"); "Utah International", "Zambia Consolidated Copper Mines" and
    "Canadian Infrastructure Fund" keep theirs."""
    core = _strip_legal(rest)
    if _is_generic(core):
        return False
    own_name = written.lower() == place.lower() or written in _noun_names()  # "Surinam"
    return not own_name or (len(core.split()) > 1 and bool(link_exact(core)))


@cache
def _noun_names() -> frozenset[str]:
    return load_country_aliases().noun_names


_AND = re.compile(" and ")


def _second_name_at(name: str) -> int | None:
    """Where the second of two names joined by "and" begins, if it does: after the first
    "and" whose words before it make a name of their own ("Black Stone Resources and Indian
    Ocean Shipping and Service Co"), or after a single word before a name of two words or
    more ("Loews and Vertex Pharmaceuticals"); "Ministry of Energy and Mines", "Pohang Iron
    and Steel Co", "Procter and Gamble Co" and "British Printing and Communication Corp" are
    one name; so are two bodies named by their heads ("Monetary Committee and Committee of
    Central Bank Governors")."""
    for match in _AND.finditer(name):
        before, after = name[:match.start()], name[match.end():]
        if (len(before.split()) >= 2 or len(after.split()) >= 2) and \
                (" of " not in before or after.split()[0] in cues().of_heads) and \
                not _carries_on(after) and (_complete_name(before) or _joins_a_name(
                    before, after) or _two_bodies(before, after)):
            return match.end()
    return None


def _two_bodies(before: str, after: str) -> bool:
    """Two bodies each named by its head: "the Monetary Committee and Committee of Central
    Bank Governors"."""
    heads = cues().of_heads | cues().of_name_heads
    return before.split()[-1] in heads and after.split()[0] in heads


def _joins_a_name(before: str, after: str) -> bool:
    """One word joined to a company's name of two words or more: "Loews and Vertex
    Pharmaceuticals"; but a body's name goes on ("Post and Telecommunications Ministry")."""
    words = _strip_legal(after).split(" of ")[0].split()  # "Land and Environment Court of
    # Appeal": the head before "of" closes the one body's name
    return len(before.split()) == 1 and len(words) >= 2 and words[-1] not in cues().of_heads


def _complete_name(before: str) -> bool:
    """Whether the words before an "and" are a name of their own: ending with a legal or
    industry word ("Marathon Oil Co and …", "Zebra Mining and …") or known ("Rio Tinto and
    …"); "British Printing and …" is not."""
    c = cues()
    words = before.split()
    last = words[-1].rstrip(",")
    # a lone industry word names nothing: "Mining and Minerals Regulatory Authority"
    return last in c.legal or (last in c.industry and len(words) > 1) or bool(link_exact(before))


def _carries_on(after: str) -> bool:
    """Whether the words after "and" go on the name before it ("… and Steel Co")."""
    words = _strip_legal(after).split()
    return bool(words) and all(w in cues().joined for w in words)


def _cut_at(doc: Doc, text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the words before this "of"/"for" are not part of the name: a person or a role
    ("Adam Megginson of Benchmark Minerals", "Executive Chairman of Critical Metals"), or any
    words before a name that is not a place ("Sponsor of the Fund"); but "Alcoa of Australia"
    and "Sealy Mattress Co of Michigan" are one name, and so is "Bank of America"."""
    c = cues()
    before = text[start:match.start()].split()
    if before[-1] in c.of_heads:
        return False
    titles = person_titles()
    if match.group().startswith(" for") or any(w in titles or w in c.role_words for w in before) \
            or person_like(text, [w.strip(".,") for w in before]):
        return True
    return _place_span(doc, match.end(), match.end() + 1) is None


def _name_goes_on(text: str, pos: int) -> bool:
    """A capitalised word other than a legal form or a title follows: the name is longer."""
    match = _NEXT_WORD.match(text, pos)
    if not match:
        return False
    word = match.group(1).rstrip(".,")
    c = cues()
    return not (word in c.legal or match.group(1) in c.legal or word in c.leading or
                word in c.connectors or word.isupper())


def _described_by_article(text: str, start: int, end: int) -> bool:
    """A name after "a" or "an" that is a description ("a Delaware corporation"), not a
    ministry named by its portfolio: "a Finance Ministry spokesman said" is that ministry's."""
    return _after_article(text, start) and _portfolio(text[start:end].split()) is None


def _after_article(text: str, pos: int) -> bool:
    """"an Alaska Native Corporation", "a Delaware corporation": a description, not a name."""
    return text[max(0, pos - 4):pos].lower().rstrip().endswith((" a", " an")) or \
        text[max(0, pos - 3):pos] in ("A ", "An ")


def _symbols_only(tokens: list[str]) -> bool:
    """Chemical symbols and numbers only: an assay line, not a name ("Ni Cu Co")."""
    symbols = all_element_symbols()  # common words ("In", "As") too
    return bool(tokens) and all(
        t.strip(",.%") in symbols or not any(ch.isalpha() for ch in t) for t in tokens)


def _word_before_is(text: str, pos: int, word: str) -> bool:
    return text[max(0, pos - len(word) - 1):pos].rstrip() == word


_FIGURE_GOES_ON = re.compile(r"[,.]\d")  # "1,200", "2.5": thousands or decimals


def name_after(text: str, pos: int) -> tuple[int, int] | None:
    c = cues()
    chosen: list[re.Match[str]] = []
    start_limit = pos
    for token in _TOKEN.finditer(text, pos, min(len(text), pos + 160)):
        gap = text[start_limit:token.start()]
        if (gap.strip() or "\n" in gap) and chosen:
            break
        word = token.group()
        if not (word[0].isupper() or word[0].isdigit() or (chosen and word in c.connectors)):
            break
        if word == "the" and not (chosen and chosen[-1].group() == "of"):
            break
        if c.qualifiers.search(word):
            # "Arif Naqvi Law Associates and Abu Dhabi-based Al Tamimi …": the qualified name
            # is a second one, after the last "and"
            joint = max((i for i, t in enumerate(chosen) if t.group() in ("and", "&")),
                        default=None)
            if joint is not None:
                del chosen[joint:]
                break
            chosen.clear()  # "São Paulo-listed Mineração Recôncavo": the name after it
            start_limit = token.end()
            continue
        if chosen and word.isdigit() and _FIGURE_GOES_ON.match(text, token.end()):
            break  # a figure after the name: "Deccan Motion Systems 1,200 tpa" (not the
            # number of "Latitude 66 said")
        if chosen and chosen[-1].group().endswith(".") and (
                word in c.leading or word in c.never or not (
                    chosen[-1].group() in c.legal or _INITIALS.fullmatch(chosen[-1].group()))):
            break  # "… Co Ltd. This transaction", "MineLife. Fitch": the next sentence
        chosen.append(token)
        start_limit = token.end()
    while chosen and chosen[-1].group() in c.connectors:
        chosen.pop()
    if not chosen or (len(chosen) == 1 and chosen[0].group() in c.leading):
        return None
    end = chosen[-1].end()
    if text[end - 1] == "." and chosen[-1].group() not in c.legal:
        end -= 1
    return chosen[0].start(), end


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the acronym is made of the name's initials ("USSM") or of the first letters
    of each of its words ("COMIBOL" of "Corporación Minera de Bolivia", "ENAMI" of "Empresa
    Nacional de Minería")."""
    return _initials_fit(acronym, name) or _syllables_fit(acronym, name, every_word=True)


def _syllables_fit(short: str, name: str, every_word: bool) -> bool:
    """Whether ``short`` is the opening letters of the name's words in turn, from its first
    word: of every word but connectors (``every_word``: an acronym), or of some ("Coopermato"
    of "Cooperativa Agroindustrial do Mato Grosso": a quoted short name)."""
    target = unaccented(short).upper()
    words = [unaccented(w).upper() for w in name.replace("-", " ").split()]
    connectors = {c.upper() for c in cues().connectors}

    @cache
    def fit(at: int, word: int) -> bool:
        if at == len(target):
            return not every_word or all(w in connectors for w in words[word:])
        if word == len(words):
            return False
        for length in range(min(len(words[word]), len(target) - at), 0, -1):
            if words[word][:length] == target[at:at + length] and fit(at + length, word + 1):
                return True
        skippable = words[word] in connectors or not every_word
        return word > 0 and skippable and fit(at, word + 1)

    return len(words) >= 2 and len(target) >= 3 and fit(0, 0)


def _initials_fit(acronym: str, name: str) -> bool:
    """True when the acronym's letters appear in order among the name's initials and capitals."""
    letters = "".join(
        ch for word in name.replace("-", " ").split()
        for i, ch in enumerate(word) if ch.isalpha() and (i == 0 or ch.isupper())
    ).upper()
    wanted = iter(letters)
    target = "".join(ch for ch in acronym.upper() if ch.isalpha())
    return bool(letters) and letters[0] == target[0] and all(ch in wanted for ch in target)


@lru_cache(maxsize=8192)  # asked of the same names and words again and again
def _is_generic(name: str) -> bool:
    generic, connectors = cues().generic, cues().connectors
    words = [w.strip(".,") for w in name.split() if w not in connectors]
    return all(w in generic or w.capitalize() in generic for w in words)


@lru_cache(maxsize=8192)
def _strip_legal(name: str) -> str:
    tokens = name.split()
    legal = cues().legal
    while len(tokens) > 1 and tokens[-1].rstrip(",") in legal:
        tokens.pop()
    return " ".join(_without_legal_prefix(tokens)).rstrip(",")


def _strip_industry(name: str) -> str:
    """The name without the industry words closing it, when two words or more are left that
    end with none: "Consolidated TVX Mining" is "Consolidated TVX" later on (not "Avia" for
    "Avia Group International": one word alone is as often a person or a place, unless it is
    the company's letters, "TMOC" of "TMOC Resources")."""
    c = cues()
    tokens = name.split()
    keep = 1 if _company_letters(tokens[0]) else 2
    popped = False
    while len(tokens) > keep:
        pair = " ".join(tokens[-2:])
        if len(tokens) > keep + 1 and pair in c.industry:  # "Tsagaan Del Rare Earths"
            del tokens[-2:]
        elif tokens[-1] in c.industry or tokens[-1] in c.connectors or (
                popped and tokens[-1] in c.commodities):
            tokens.pop()  # "Free State Consolidated Gold Mines" is "Free State Consolidated"
        else:
            break
        popped = True
    return " ".join(tokens) if tokens[-1] not in c.industry else name


def _company_letters(word: str) -> bool:
    """Three capitals or more that are no country's ("TMOC", not "USA")."""
    return len(word) >= 3 and word.isalpha() and word.isupper() and \
        word not in load_country_aliases().aliases


def _of_place(name: str) -> bool:
    """Whether a name is made of words of place alone ("North American", "South Pacific")
    or of words no name is made of."""
    c = cues()
    return all(w in c.place_words or w in c.generic for w in name.split())


def _span_at(doc: Doc, start: int, end: int) -> str | None:
    for span in doc.spans:  # (the position first: it rules out nearly every span at once)
        if span.start <= start and end <= span.end and span.type == "organization" and \
                span.field == "text":
            return span.ids[0]
    return None


def _ends_with_known(doc: Doc, start: int, end: int) -> bool:
    """Whether a known organisation's name ends a run of three words or more ("Western REE
    Supply Chain Critical Metals Corp": a heading glued to the sentence before "Critical
    Metals Corp"); "European Critical Metals Corp" is a company of its own, and so is the
    body a head of an of-name opens ("Ministry of Energy and Mineral Resources")."""
    if doc.text[start:end].split()[0] in cues().of_heads:
        return False
    return any(start < s.start < end <= s.end and s.type == "organization" and
               s.field == "text" and s.source == "registry"
               and len(doc.text[start:s.start].split()) >= 3 for s in doc.spans)


def _joined_to_known_body(doc: Doc, start: int, end: int, head: str) -> bool:
    """"Treasurer Jim Chalmers and Treasury": a known body's name joined by "and" to the
    words before it ("Land and Environment Court" is a name: its head alone is none)."""
    return head in cues().body_heads and " and " in doc.text[start:end] and any(
        s.start == end - len(head) and s.end == end for s in _org_spans(doc))


def _names_a_country(doc: Doc, start: int, end: int) -> bool:
    """"the Union of Soviet Socialist Republics": a country's name, not an organisation's."""
    return any(s.start == start and s.end == end and s.field == "text" and s.type == "country"
               for s in doc.spans)


def overlaps_org(doc: Doc, start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in _org_spans(doc))


def _org_spans(doc: Doc) -> Iterator[Span]:
    return (s for s in doc.spans if s.type == "organization" and s.field == "text")


def _place_span(doc: Doc, start: int, end: int) -> str | None:
    for span in doc.spans:
        if start <= span.start < end and span.field == "text" and \
                span.type in ("country", "place"):
            return span_country(doc, span)
    return None


def _org_before_apposition(doc: Doc, pos: int) -> str | None:
    """"USSM, a Missouri-based company": the organisation before ", a"."""
    window = doc.text[max(0, pos - 60):pos]
    cut = window.rfind(",")
    if cut == -1 or not re.fullmatch(r",\s+(?:an?|the)\s+", window[cut:]):
        return None
    anchor = pos - len(window) + cut
    best = None
    for span in _org_spans(doc):
        if span.end <= anchor and anchor - span.end <= 2:
            best = span.ids[0]
    return best


_INITIAL = re.compile(r"[A-Z]|(?:[A-Z]\.)+[A-Z]")  # an initial once its full stop is stripped


def person_like(text: str, words: list[str], strict: bool = False) -> bool:
    """"Nick Curtis", "Governor R.N. Malhotra", "Joseph F. Grimes II", or "Forrest" where the
    text also writes "Andrew Forrest". ``strict`` checks only titles and initials."""
    from mineralwatch.extract.people import given_names, person_titles

    c = cues()
    if words[0] in person_titles():
        return True
    if len(words) >= 3 and words[-1] not in c.industry and words[-1] not in c.legal and \
            not _INITIAL.fullmatch(words[0]) and any(_INITIAL.fullmatch(w) for w in words[1:-1]):
        return True  # a middle initial: "Joseph F. Grimes II"
    if strict:
        return False
    names = given_names()
    if words[0] in names and 2 <= len(words) <= 3 and words[-1] not in c.industry:
        return True
    if len(words) == 1:  # (the given name's capital first, its word boundary after it: the
        # engine skips to the capitals, where a leading "\b" is tried at every position)
        return any(m.group(1) in names for m in re.finditer(
            rf"([A-Z](?<!\w[A-Z])[a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?{re.escape(words[0])}\b", text))
    return False
