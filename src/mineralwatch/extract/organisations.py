"""Organisations and their stock listings.

Known organisations come from the registry (``data/organisations.toml``); unknown ones are
discovered from how news introduces them: an acronym definition ("U.S. Strategic Metals
(USSM)"), a name beside a listing ("Lithium Corp (OTC:LTUM)"), a corporate suffix ("… Ltd"),
or "U.K.-based Less Common Metals". A discovered name is linked to the registry when its
normalised form matches an entry closely (rapidfuzz), and its later mentions, short forms and
acronym are found through the rest of the article.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from rapidfuzz import fuzz, process

from mineralwatch.extract.doc import Doc, EntityInfo, Span
from mineralwatch.extract.gazetteer import Gazetteer
from mineralwatch.extract.text import find_forms, slugify
from mineralwatch.extract.vocabulary import (
    load_exchanges,
    load_organisations,
    mineral_terms,
)

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”!?]+")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]{1,9})\s*\)")
_FUZZY_CUTOFF = 92


@dataclass(frozen=True, slots=True)
class Cues:
    legal: frozenset[str]
    industry: frozenset[str]
    leading: frozenset[str]
    non_org_heads: frozenset[str]
    connectors: frozenset[str]
    qualifiers: tuple[str, ...]
    generic: frozenset[str]  # words that alone do not make a name: minerals, "Critical", …


@cache
def cues() -> Cues:
    data = tomllib.loads(
        (files("mineralwatch") / "data" / "organisation_cues.toml").read_text("utf-8")
    )
    mineral_words = {w.capitalize() for term in mineral_terms() for w in term.split()}
    generic = mineral_words | {w for s in data["industry_suffixes"] for w in s.split()} | {
        "Critical", "Strategic", "Rare", "Earth", "Earths", "Battery", "Base", "Precious",
        "Clean", "Green", "Global", "National", "International", "Federal", "State", "Mineral",
        "Magnet", "Magnets", "Supply", "Chain", "Security", "Stocks", "In", "Focus", "New",
    }
    return Cues(
        legal=frozenset(data["legal_suffixes"]),
        industry=frozenset(data["industry_suffixes"]),
        leading=frozenset(data["leading_non_name"]),
        non_org_heads=frozenset(data["non_org_heads"]),
        connectors=frozenset(data["name_connectors"]),
        qualifiers=tuple(data["qualifier_endings"]),
        generic=frozenset(generic),
    )


def name_key(name: str) -> str:
    """Comparable form of an organisation name: legal suffixes dropped, slugged."""
    tokens = name.replace(",", " ").split()
    legal = cues().legal
    while len(tokens) > 1 and tokens[-1] in legal:
        tokens.pop()
    return slugify(" ".join(tokens))


def org_id(name: str) -> str:
    return "org:" + name_key(name)


@dataclass(frozen=True, slots=True)
class Registry:
    gazetteer: Gazetteer[str]
    names: dict[str, str]  # id → canonical name
    countries: dict[str, str | None]
    listings: dict[str, tuple[str, ...]]  # id → listings
    by_listing: dict[str, str]  # listing → id
    by_key: dict[str, str]  # name_key of every form → id
    keys: tuple[str, ...]
    context_forms: frozenset[str]  # forms that count only beside another form of the same org


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
    return Registry(
        gazetteer=Gazetteer(entries, case_sensitive={form for form, _ in entries}),
        names={o.id: o.name for o in orgs},
        countries={o.id: o.country for o in orgs},
        listings={o.id: tuple(o.listings) for o in orgs},
        by_listing={listing: o.id for o in orgs for listing in o.listings},
        by_key=by_key,
        keys=tuple(by_key),
        context_forms=frozenset(f for o in orgs for f in o.context_aliases),
    )


_COLON = re.compile(r"[:：]")
_SYMBOL = re.compile(r"\s*(?P<sym>[A-Z0-9][A-Z0-9.\-]{0,9}[A-Z0-9]|[A-Z])(?!\w)")


@cache
def _exchange_before_colon() -> re.Pattern[str]:
    """An exchange name ending just before a colon ("NASDAQ", "TSX-V ", "OTCQB")."""
    spellings = sorted(load_exchanges(), key=len, reverse=True)
    alternation = "|".join(re.escape(s) for s in spellings)
    return re.compile(rf"(?<![\w-])(?P<ex>{alternation})\s*$", re.IGNORECASE)


def _listing_matches(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, exchange as written, symbol) of each "EXCHANGE: SYMBOL" in the text.

    Scanning from each colon back to an exchange name is far cheaper than trying the long
    alternation of exchange spellings at every position of the text.
    """
    exchange = _exchange_before_colon()
    for colon in _COLON.finditer(text):
        found = exchange.search(text, max(0, colon.start() - 24), colon.start())
        symbol = found and _SYMBOL.match(text, colon.end())
        if symbol:
            yield found.start("ex"), symbol.end(), found.group("ex"), symbol.group("sym")


def find_listings(doc: Doc) -> None:
    """Component: ``EXCHANGE:SYMBOL`` listings, attached to the organisation they follow."""
    exchanges = load_exchanges()
    reg = registry()
    for field, text, _ in doc.fields():
        for start, end, written_exchange, symbol in _listing_matches(text):
            exchange = exchanges.get(written_exchange.upper())
            if exchange is None or not symbol.isupper():
                continue
            listing = f"{exchange}:{symbol}"
            doc.spans.append(Span(start, end, "listing", (listing,), listing, "listings", 1.0,
                                  field))
            doc.remember(listing, EntityInfo("listing", listing))
            owner = reg.by_listing.get(listing)
            if owner is None:
                opening = text.rfind("(", max(0, start - 40), start)
                if opening != -1 and ")" not in text[opening:start]:
                    found = _name_before(text, opening)
                    if found:
                        owner = _add_org(doc, field, *found, source="listing")
            if owner:
                doc.remember(owner, EntityInfo("organization", reg.names.get(owner, owner),
                                               listings={listing}))
                doc.info[listing].attributes.setdefault("organization", owner)


def find_organisations(doc: Doc) -> None:
    """Component: registry matches, then discovered names, then every later mention."""
    reg = registry()
    hits = [(field, hit) for field, text, lowered in doc.fields()
            for hit in reg.gazetteer.find(text, lowered)
            if not _describes_listing(text, hit.start, hit.end)]
    # "Rio", "DOE", "the Commission" count only where the article also names the organisation
    # in full (or by a listing).
    supported = {hit.payload for _, hit in hits if hit.surface not in reg.context_forms}
    supported |= {oid for oid, info in doc.info.items() if info.listings}
    for field, hit in hits:
        if hit.surface in reg.context_forms and hit.payload not in supported:
            continue
        _add_span(doc, field, hit.start, hit.end, hit.payload, "registry")
    _discover_acronyms(doc)
    _discover_based(doc)
    _discover_by_suffix(doc)
    _propagate(doc)


_TICKER_AFTER = re.compile(r"\s*:\s*[A-Z0-9.]{1,6}(?![A-Za-z])")


def _describes_listing(text: str, start: int, end: int) -> bool:
    """"ASX-listed", "(ASX: ILU)": an exchange named as a market, not as an actor."""
    return text.startswith(("-listed", "-quoted"), end) or bool(_TICKER_AFTER.match(text, end))


def _add_span(doc: Doc, field: str, start: int, end: int, oid: str, source: str,
              confidence: float = 1.0) -> None:
    reg = registry()
    name = reg.names.get(oid) or doc.info.get(oid, EntityInfo("organization", oid)).name
    doc.spans.append(Span(start, end, "organization", (oid,), name, source, confidence, field))
    doc.remember(oid, EntityInfo("organization", name, country=reg.countries.get(oid),
                                 listings=set(reg.listings.get(oid, ()))))
    written = (doc.text if field == "text" else doc.title)[start:end]
    if written != name:
        doc.info[oid].aliases.add(written)


def _add_org(doc: Doc, field: str, start: int, end: int, source: str) -> str | None:
    """Link or create the organisation written at ``start:end``; returns its id."""
    text = doc.text if field == "text" else doc.title
    name = text[start:end]
    oid = link_name(name)
    if oid is None:
        oid = org_id(name)
        doc.remember(oid, EntityInfo("organization", name, attributes={"discovered": source}))
    _add_span(doc, field, start, end, oid, source, 1.0 if source != "suffix" else 0.85)
    return oid


def link_exact(name: str) -> str | None:
    """Registry id for a name or alias, compared without case, punctuation or legal suffix."""
    return registry().by_key.get(name_key(name))


def link_name(name: str) -> str | None:
    """Registry id for a name written in the news, exactly or by a close fuzzy match."""
    reg = registry()
    key = name_key(name)
    if key in reg.by_key:
        return reg.by_key[key]
    if len(key) < 6:
        return None
    best = process.extractOne(key, reg.keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return reg.by_key[best[0]] if best else None


def _discover_acronyms(doc: Doc) -> None:
    text = doc.text
    for match in _ACRONYM_DEF.finditer(text):
        acronym = match.group(1)
        if sum(ch.isupper() for ch in acronym) < 2:
            continue  # "(MoU)" is fine to skip; "(Mt)" is a unit
        found = _name_before(text, match.start(), keep_leading=True)
        if found and not _initials_fit(acronym, text[found[0]:found[1]]):
            found = _name_before(text, match.start())
        if not found or not _initials_fit(acronym, text[found[0]:found[1]]):
            continue
        head = text[found[0]:found[1]].split()[-1]
        if head in cues().non_org_heads or _is_generic(text[found[0]:found[1]]):
            continue
        existing = _span_at(doc, found[0], found[1])
        oid = existing or _add_org(doc, "text", *found, source="acronym")
        if oid and oid.startswith("org:"):
            doc.acronyms[acronym] = oid


@cache
def _suffix_pattern() -> re.Pattern[str]:
    """Any legal or industry suffix as a whole word ("Limited." keeps its full stop out)."""
    words = sorted(cues().legal | cues().industry, key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(w) for w in words) +
                      r")(?![\w-]|\.\w)")


def _discover_by_suffix(doc: Doc) -> None:
    c = cues()
    text = doc.text
    for match in _suffix_pattern().finditer(text):
        token, end = match.group(), match.end()
        found = _name_before(text, end)
        if not found:
            continue
        found = _trim_name(doc, text, *_extend_of(text, *found))
        if not found or _span_at(doc, *found):
            continue
        tokens = text[found[0]:found[1]].split()
        if len(tokens) < 2 or tokens[-1] in c.non_org_heads or tokens[0].endswith("ing"):
            continue
        if doc.in_headline(found[0]):
            continue  # a sub-headline: "US Boosts Critical Minerals Supply For Security"
        if token in c.industry and _is_generic(" ".join(tokens)):
            continue
        if token in c.legal and _is_generic(" ".join(tokens[:-1])) and len(tokens) < 2:
            continue
        _add_org(doc, "text", *found, source="suffix")


_BASED = re.compile(r"([A-Z][\w.]*(?:[ -][A-Z][\w.]*)?)-(?:based|headquartered)\b")


def _discover_based(doc: Doc) -> None:
    """"U.K.-based Less Common Metals": an organisation and its country."""
    text = doc.text
    for match in _BASED.finditer(text):
        place = _place_span(doc, match.start(1), match.end(1))
        found = _name_after(text, match.end())
        if found:
            oid = _span_at(doc, *found) or _add_org(doc, "text", *found, source="based")
        else:
            oid = _org_before_apposition(doc, match.start())
        if oid and place:
            info = doc.info.get(oid)
            if info and not info.country:
                info.country = place


def _propagate(doc: Doc) -> None:
    """Find later mentions of names and acronyms that this article introduced."""
    forms: dict[str, str] = dict(doc.acronyms)
    for oid, info in doc.info.items():
        if info.type == "organization" and info.attributes.get("discovered"):
            forms.setdefault(info.name, oid)
            short = _strip_legal(info.name)
            if short != info.name and not _is_generic(short):
                forms.setdefault(short, oid)
    for field, text, _ in doc.fields():
        for start, end, form in find_forms(text, forms):
            _add_span(doc, field, start, end, forms[form], "propagated")


def _name_before(text: str, pos: int, keep_leading: bool = False) -> tuple[int, int] | None:
    """The capitalised name that ends at ``pos`` (spaces allowed before it), if any.

    Leading words that usually qualify a name ("Australian", "Meanwhile") are dropped unless
    ``keep_leading``: an acronym's letters can show they belong to it ("Australian Rare Earths
    (AR3)").
    """
    c = cues()
    tokens = [m for m in _TOKEN.finditer(text, max(0, pos - 160), pos)]
    chosen: list[re.Match[str]] = []
    end_limit = pos
    for token in reversed(tokens):
        gap = text[token.end():end_limit]
        if gap.strip() or "\n" in gap:
            break
        word = token.group()
        if word.endswith(("'s", "’s")) or any(q in word for q in c.qualifiers):
            break
        if chosen and word.endswith(".") and word not in c.legal and \
                not _INITIALS.fullmatch(word):
            break  # "… in South America. The Company": the previous sentence's last word
        if not (word[0].isupper() or word[0].isdigit() or (chosen and word in c.connectors)):
            break
        if word == "the" and not _word_before_is(text, token.start(), "of"):
            break
        chosen.append(token)
        end_limit = token.start()
    chosen.reverse()
    while chosen and (chosen[0].group() in c.connectors or
                      (chosen[0].group() in c.leading and not keep_leading)):
        chosen.pop(0)
    while chosen and chosen[-1].group() in c.connectors:
        chosen.pop()
    if not chosen:
        return None
    return chosen[0].start(), chosen[-1].end()


_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*)*")


def _extend_of(text: str, start: int, end: int) -> tuple[int, int]:
    """"Department" + " of Defence": heads such as Department and Ministry take an "of" name."""
    if text[start:end].split()[-1] in ("Department", "Ministry", "Bank", "Commission",
                                         "Council", "Office", "Agency", "Institute", "Board",
                                         "Administration", "Authority", "Secretary"):
        match = _OF_NAME.match(text, end)
        if match:
            return start, match.end()
    return start, end


def _trim_name(doc: Doc, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop a leading place ("China National Development…") and a conjunction of two names."""
    for span in doc.spans:
        if span.field == "text" and span.type in ("country", "place") and span.start == start \
                and span.end < end and text[span.end:span.end + 1] == " ":
            start = span.end + 1
    name = text[start:end]
    cut = name.rfind(" and ")
    if cut != -1 and (len(name[:cut].split()) >= 2 or len(name[cut + 5:].split()) >= 2):
        start += cut + len(" and ")
    return (start, end) if start < end else None


def _word_before_is(text: str, pos: int, word: str) -> bool:
    return text[max(0, pos - len(word) - 1):pos].rstrip() == word


def _name_after(text: str, pos: int) -> tuple[int, int] | None:
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


def _initials_fit(acronym: str, name: str) -> bool:
    """True when the acronym's letters appear in order among the name's initials and capitals."""
    letters = "".join(
        ch for word in name.replace("-", " ").split()
        for i, ch in enumerate(word) if ch.isalpha() and (i == 0 or ch.isupper())
    ).upper()
    wanted = iter(letters)
    target = "".join(ch for ch in acronym.upper() if ch.isalpha())
    return bool(letters) and letters[0] == target[0] and all(ch in wanted for ch in target)


def _is_generic(name: str) -> bool:
    generic, connectors = cues().generic, cues().connectors
    words = [w.strip(".,") for w in name.split() if w not in connectors]
    return all(w in generic or w.capitalize() in generic for w in words)


def _strip_legal(name: str) -> str:
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].rstrip(",") in cues().legal:
        tokens.pop()
    return " ".join(tokens).rstrip(",")


def _span_at(doc: Doc, start: int, end: int) -> str | None:
    for span in _org_spans(doc):
        if span.start <= start and end <= span.end:
            return span.ids[0]
    return None


def _org_spans(doc: Doc) -> Iterator[Span]:
    return (s for s in doc.spans if s.type == "organization" and s.field == "text")


def _place_span(doc: Doc, start: int, end: int) -> str | None:
    for span in doc.spans:
        if span.field == "text" and span.type in ("country", "place") and \
                start <= span.start < end:
            ident = span.ids[0]
            return ident if ident.startswith("country:") else "country:" + ident[6:8]
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
