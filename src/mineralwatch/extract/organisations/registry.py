"""The registry of known organisations (``data/organisations.toml``), the cue words for finding
others (``data/organisation_cues.toml``), and linking a name to the registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from mineralwatch.extract.gazetteer import Gazetteer, written_words
from mineralwatch.extract.geo import country_forms
from mineralwatch.extract.text import alternation, slugify
from mineralwatch.extract.vocabulary import (
    load_country_aliases,
    load_organisation_cues,
    load_organisations,
    mineral_terms,
)

# Initials as a name key closes them up: "U.S.A.", "J. P." (then "Intergold USA", "JP Morgan").
_SPACED_INITIALS = re.compile(r"\b(?:[A-Z]\.[ \t]?){2,}")
_FUZZY_CUTOFF = 92


@dataclass(frozen=True, slots=True)
class Cues:
    legal: frozenset[str]
    legal_folded: frozenset[str]  # the same, case-folded: a title's "… CO INC", "GMBH"
    legal_prefixes: frozenset[str]  # "PT" of "PT Vale Indonesia"
    kind_openers: frozenset[str]  # "Minera" of "Minera Tilopozo": no part of its short form
    company_openers: frozenset[str]  # "Compagnie" of "Compagnie des Bauxites de Guinée"
    name_particles: frozenset[str]  # "des", "de" of that name
    place_of_forms: frozenset[str]  # "Co", "Corp": forms a country or state may follow
    portfolios: dict[str, str]  # "Foreign" → "Foreign Affairs": a ministry's portfolio
    state_kinds: frozenset[str]  # registry kinds of a state's own bodies
    asset_descriptors: frozenset[str]  # "brine" in "the Maricunga brine project"
    industry: frozenset[str]
    metals: frozenset[str]  # "Graphite" of "Keystone Graphite": an industry word too
    firm_suffixes: frozenset[str]  # "Research": a firm's last word, no generic one
    firm_words: frozenset[str]  # "Partners": after a word in -ing, as a legal form
    features: frozenset[str]  # "Mount" of "Mount Ferrier": a place's or an asset's name
    leading: frozenset[str]
    non_org_heads: frozenset[str]
    company_heads_after_industry: frozenset[str]  # "Investment" of "X Metals Investment"
    connectors: frozenset[str]
    of_connectors: frozenset[str]  # "British Petroleum Co of Australia": another company
    qualifiers: re.Pattern[str]  # "-based", "-listed" inside a word: it qualifies a name
    inner_possessive: re.Pattern[str]  # "Cattlemen's", "Governor's": a name goes on before it
    generic: frozenset[str]  # words that alone do not make a name: minerals, "Critical", …
    of_heads: frozenset[str]
    government_heads: frozenset[str]  # "Ministry": a national government's body
    of_name_heads: frozenset[str]
    member_heads: frozenset[str]  # "Association" of "Association of Minor Metals": no state's
    reach_words: frozenset[str]  # "Federal" of "Federal Statistics Office": a short form drops it
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
    voice_nouns: frozenset[str]  # "report" of "an Economic Planning Board report said"
    possessed: tuple[str, ...]
    held_in: tuple[str, ...]
    held_in_ends: frozenset[str]
    deed_verbs: tuple[str, ...]  # "completed" of "Laurentia completed its acquisition"
    replies: tuple[str, ...]  # "declined to comment" of "Daesan declined to comment"
    relative_deeds: tuple[str, ...]  # "operates" of "Vantora, which operates a mine,"
    statement_verbs: tuple[str, ...]  # "said" of "Vantora said on Tuesday it would"
    statement_gap_words: tuple[str, ...]  # "on", "Tuesday" of the same
    # words of people, no company ("officials", "dealers", "analysts", "chief executive"): the
    # `speakers`, `roles_of` and `description_heads_people` lists together
    people_words: frozenset[str]
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
    chamber_openers: frozenset[str]  # "Senate": opens a committee's name
    chamber_heads: frozenset[str]  # "Committee": a committee's name's head
    led_heads: frozenset[str]  # "Administration": after a leader's name, the leader
    named_things: tuple[str, ...]  # "Index", "Summit": an organisation's name opens theirs
    commodities: frozenset[str]  # one-word mineral terms, capitalised: "Gold", "Lithium"
    exchange_heads: frozenset[str]  # "Exchange": the last word of a market's name


@cache
def cues() -> Cues:
    data = load_organisation_cues()
    terms = mineral_terms()
    # not a country's name a term holds ("china clay"): "Bank of China" is no generic name
    mineral_words = {w.capitalize() for term in terms for w in term.split()} - country_forms()
    generic = (mineral_words | {w for s in data["industry_suffixes"] for w in s.split()}
               | set(data["generic_words"]))
    return Cues(
        legal=frozenset(data["legal_suffixes"]),
        legal_folded=frozenset(w.casefold() for w in data["legal_suffixes"]),
        legal_prefixes=frozenset(data["legal_prefixes"]),
        kind_openers=frozenset(data["kind_openers"]),
        company_openers=frozenset(data["company_openers"]),
        name_particles=frozenset(data["name_particles"]),
        place_of_forms=frozenset(data["place_of_forms"]),
        portfolios=data["ministry_portfolios"],
        state_kinds=frozenset(data["state_kinds"]),
        asset_descriptors=frozenset(data["asset_descriptors"]),
        industry=(frozenset(data["industry_suffixes"]) | frozenset(data["metal_suffixes"])
                  | frozenset(data["firm_suffixes"])),
        metals=frozenset(data["metal_suffixes"]),
        firm_suffixes=frozenset(data["firm_suffixes"]),
        firm_words=frozenset(data["firm_words"]),
        features=frozenset(data["feature_words"]),
        leading=frozenset(data["leading_non_name"]),
        non_org_heads=frozenset(data["non_org_heads"]),
        company_heads_after_industry=frozenset(data["company_heads_after_industry"]),
        connectors=frozenset(data["name_connectors"]),
        of_connectors=frozenset(data["of_connectors"]),
        qualifiers=re.compile(alternation(data["qualifier_endings"]), re.IGNORECASE),
        inner_possessive=re.compile(
            rf"(?=[A-Z])(?i:\w*(?:{alternation(data['possessives_in_names'])}))['’]s"),
        generic=frozenset(generic),
        commodities=frozenset(t.capitalize() for t in terms if " " not in t),
        of_heads=frozenset(data["of_heads"]),
        government_heads=frozenset(data["government_heads"]),
        of_name_heads=frozenset(data["of_name_heads"]),
        member_heads=frozenset(data["member_heads"]),
        reach_words=frozenset(data["reach_words"]),
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
        voice_nouns=frozenset(data["voice_nouns"]),
        possessed=tuple(data["possessed"]),
        held_in=tuple(data["held_in"]),
        held_in_ends=frozenset(data["held_in_ends"]),
        deed_verbs=tuple(data["deed_verbs"]),
        replies=tuple(data["replies"]),
        relative_deeds=tuple(data["relative_deeds"]),
        statement_verbs=tuple(data["statement_verbs"]),
        statement_gap_words=tuple(data["statement_gap_words"]),
        people_words=frozenset(data["speakers"]) | frozenset(data["roles_of"])
        | frozenset(data["description_heads_people"]),
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
        chamber_openers=frozenset(data["chamber_openers"]),
        chamber_heads=frozenset(data["chamber_heads"]),
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
        stripped = strip_legal(org.name)
        if stripped != org.name and not is_generic(stripped):
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
        home=written_words(home_ids),
        home_ids=home_ids,
    )


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


@lru_cache(maxsize=8192)  # asked of the same names and words again and again
def is_generic(name: str) -> bool:
    generic, connectors = cues().generic, cues().connectors
    words = [w.strip(".,") for w in name.split() if w not in connectors]
    return all(w in generic or w.capitalize() in generic for w in words)


@lru_cache(maxsize=8192)
def strip_legal(name: str) -> str:
    tokens = name.split()
    legal = cues().legal
    while len(tokens) > 1 and tokens[-1].rstrip(",") in legal:
        tokens.pop()
    return " ".join(_without_legal_prefix(tokens)).rstrip(",")
