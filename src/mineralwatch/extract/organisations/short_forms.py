"""Later mentions of an organisation found once: short names it is given ("(“Vale”)"), its
name shortened ("Lynas" for Lynas Rare Earths), the title's forms, and the home country's bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.geo import admin_words, country_counts, country_forms, region_names
from mineralwatch.extract.people import given_names, said_after
from mineralwatch.extract.text import WIRE_CODE, find_forms, last_words
from mineralwatch.extract.vocabulary import currency_codes, load_country_aliases

from .frames import deed_on_its, ends_phrase, held_in_before, owned_after, replied_after
from .names import (
    abbreviates,
    name_before,
    name_goes_on,
    next_word,
    opens_place_name_after,
    syllables_fit,
)
from .registry import cues, is_generic, registry, strip_legal
from .spans import (
    add_org,
    add_span,
    names_a_country,
    non_org_head,
    org_spans,
    own_listing,
    place_span,
    span_at,
    written_before,
)

# A short name in quotes, of up to four capitalised words: "“Vale”", "the “Company”".
_QUOTED_SHORT_NAME = r"(?:the[ \t]+)?[“\"]([A-Z][\w&.’'-]*(?:[ \t]+[A-Z][\w&.’'-]*){0,3})[”\"]"
# Right after a name, perhaps past its listings ("(TSX.V: BRC) (OTCQB: BRCCF)") or a
# bracketed legal form ("(Private) Limited"), the short name may follow a note and
# "hereinafter" ("(tentative name; hereinafter “JBRE”)", "(ASX: CCM; hereinafter “Caldera”)").
_SHORT_NAME = re.compile(r"(?:[ \t]*\([^()\n:]{1,20}:[ \t]*[\w.]+\))*"
                         r"(?:[ \t]*\((?:Private|Pvt\.?)\)[ \t]+(?:Limited|Ltd\.?))?"
                         r"[ \t]*\((?:[^()“”\"\n]{0,40}?[;,][ \t]*)?(?:hereinafter[ \t]+)?"
                         + _QUOTED_SHORT_NAME)
_SHORT_NAME_ANYWHERE = re.compile(rf"\({_QUOTED_SHORT_NAME}")  # a scan opens at its "("


def short_names(doc: Doc) -> None:
    """"Vale Canada Limited (“Vale”)": the quoted short name is this organisation's in the
    rest of the release, even where the registry knows it as another's."""
    text = doc.text
    defined: dict[str, str] = {}
    for short, named in _short_names_after_names(doc):
        defined.setdefault(short, named)
    for match in _SHORT_NAME_ANYWHERE.finditer(text):
        # "Cooperativa Agroindustrial do Mato Grosso ("Coopermato")": a name no other cue
        # found, which its short name abbreviates
        found = name_before(text, match.start(), keep_leading=True)
        short = match.group(1)
        if short in defined or found is None or span_at(doc, *found) or \
                names_a_country(doc, *found) or place_span(doc, found[0], found[0] + 1) or \
                non_org_head(text[found[0]:found[1]].split()) or \
                not syllables_fit(short, text[found[0]:found[1]], every_word=False):
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


def _short_names_after_names(doc: Doc) -> Iterator[tuple[str, str]]:
    """Each quoted short name right after an organisation's name (``_SHORT_NAME``), with
    that organisation's id; none that is a leading word or a legal form ("the “Company”")."""
    text, c = doc.text, cues()
    for span in _named_spans(doc):
        match = _SHORT_NAME.match(text, span.end)
        if match and match.group(1) not in c.leading | c.legal:
            yield match.group(1), span.ids[0]


def _named_spans(doc: Doc) -> list[Span]:
    """The organisations' spans that a short name may be defined after: the outermost, and
    none that is a legal form alone ("Inc." read before "Brazos Magnetics, Inc." is)."""
    return [s for s in _outermost(list(org_spans(doc)))
            if doc.text[s.start:s.end] not in cues().legal]


def defined_after_discovered(doc: Doc) -> None:
    """A short name defined right after a name the discovery steps found ("Zhob Valley
    Chromite (Private) Limited (“ZVC”)", "Terras Raras do Planalto Ltda. (hereinafter
    “TRP”)") is that organisation's in the rest of the text, as a registry name's is
    (``short_names``, which runs before them)."""
    for short, oid in _short_names_after_names(doc):
        if short not in doc.acronyms and not is_generic(short):
            doc.acronyms[short] = oid


# An acronym right after a name, as wire stories define it: between commas ("Amalgamated Metal
# Trading, AMT, today lodged", "the International Tin Council's, ITC, buffer stock manager") or
# in brackets past the wire's mark closing the name or its ticker ("<BHP Gold Mines Ltd>
# (BHPGM)", "Renison Goldfields Consolidated Ltd <RGFJ.S> (RGC)").
_ACRONYM_AFTER_NAME = re.compile(r"(?:['’]s)?(?:,[ \t]+([A-Z]{3,6}),|"
                                 rf"(?:>|[ \t]*{WIRE_CODE})[ \t]*\(([A-Z]{{2,6}})\))")


def acronyms_after_names(doc: Doc) -> None:
    """The acronym written after an organisation's name is its name in the rest of the story
    ("Amalgamated Metal Trading, AMT, … AMT will contest"; "<BHP Gold Mines Ltd> (BHPGM) …
    BHPGM will pay"), when its letters are the name's initials (the acronym step reads one in
    brackets right after the name: "(AMT)")."""
    text = doc.text
    for span in org_spans(doc):
        match = _ACRONYM_AFTER_NAME.match(text, span.end)
        acronym = match and (match.group(1) or match.group(2))
        if acronym and acronym not in doc.acronyms and acronym not in cues().not_short_forms \
                and _company_letters(acronym) and abbreviates(acronym, text[span.start:span.end]):
            doc.acronyms[acronym] = span.ids[0]


def _home_country(doc: Doc, candidates: dict[str, str]) -> str | None:
    """Of the candidates' countries, the one the article mentions most (states count for
    their country), if one leads."""
    counts = {c: n for c, n in country_counts(doc, "text").items() if c in candidates}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def find_home_forms(doc: Doc) -> None:
    """"Treasury" is the Australian Treasury in Australian news, the US one in American news."""
    reg = registry()
    for field, text, lowered in doc.fields():
        for hit in reg.home.find(text, lowered):
            candidates = reg.home_ids[hit.surface]
            oid = candidates.get(_home_country(doc, candidates) or "")
            if field == "text" and written_before(doc, hit.start, "place"):
                continue  # "the WA Treasury": a state's, not the country's
            if oid is None or next_word(text, hit.end) in cues().not_org_after or \
                    name_goes_on(text, hit.end) or (field == "text" and
                                                     span_at(doc, hit.start, hit.end)):
                continue
            add_span(doc, field, hit.start, hit.end, oid, "registry", 0.9)


# Title spans a body's fuller name may take over: the registry's, a listing's company, a
# headline's capitals ("ORION CAPITAL CORP <OC>") and their copies
_HEADLINE_SOURCES = ("registry", "listing", "headline", "propagated")


def title_short_forms(doc: Doc) -> None:
    """A headline's short name is the fuller name the story gives: "KAISER ALUMINUM <KLU>
    RAISES PRODUCT PRICES" over "Kaiser Aluminum and Chemical Corp said …" names the body's
    company, not the registry's entry that the short name also spells, nor a new company of
    the name before a listing ("SLATER <SSI.A.TO>" over "Slater Industries Inc said")."""
    headline = [i for i, s in enumerate(doc.spans) if s.type == "organization" and
                s.field == "title" and s.source in _HEADLINE_SOURCES]
    if not headline:
        return
    body = _outermost([s for s in doc.spans if s.type == "organization" and s.field == "text"])
    for index in headline:
        span = doc.spans[index]
        if any(b.ids == span.ids for b in body):
            continue  # the story names the registry's company itself
        written = doc.title[span.start:span.end].lower()
        fuller = next((b for b in body if doc.lowered.startswith(written + " ", b.start)
                       and b.end - b.start > len(written)), None) or \
            _same_short_name(doc, body, written) or _abridged(doc, body, written)
        if fuller is not None:
            doc.spans[index] = replace(span, ids=fuller.ids, name=fuller.name)
            if span.source == "listing":
                _move_listings(doc, span.ids[0], fuller.ids[0])


def _same_short_name(doc: Doc, body: list[Span], written: str) -> Span | None:
    """The body's company a headline's one word before its legal form abbreviates: "DCNY CORP
    <DCY>" over "Discount Corp of New York said …" is that company's short name."""
    words = _without_legal_tail(written.split(), keep=1)
    if len(words) != 1 or words == written.split():
        return None
    return next((b for b in body if abbreviates(words[0].upper(), b.name)), None)


def _abridged(doc: Doc, body: list[Span], written: str) -> Span | None:
    """The one body company whose name a headline's name of two words or more abridges,
    first word first and the rest in order: "KANTO MINING <KNTO.T>" over "Kanto Metal
    Mining Co said …"."""
    words = _without_legal_tail(written.split(), keep=2)
    if len(words) < 2:
        return None
    found = {b.ids[0]: b for b in body if _in_order(words, doc.lowered[b.start:b.end].split())}
    return next(iter(found.values())) if len(found) == 1 else None


def _without_legal_tail(words: list[str], keep: int) -> list[str]:
    """A headline's lower-cased words without the legal forms ending them ("… corp", "… co
    inc"), down to no fewer than ``keep`` words."""
    end = len(words)
    while end > keep and words[end - 1] in cues().legal_folded:
        end -= 1
    return words[:end]


def _in_order(words: list[str], name: list[str]) -> bool:
    """Whether ``words`` open ``name`` and the rest of them come in it in their order."""
    if not name or name[0] != words[0] or len(name) <= len(words):
        return False
    rest = iter(name[1:])
    return all(word in rest for word in words[1:])


def _move_listings(doc: Doc, old: str, new: str) -> None:
    """The listings written after a short name ("SLATER <SSI.A.TO>") are the fuller name's."""
    for listing in sorted(doc.info[old].listings):
        doc.info[listing].attributes["organization"] = new
        own_listing(doc, new, listing)
    doc.info[old].listings.clear()  # one company owns a listing


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


def shortened_names(doc: Doc) -> None:
    """A name found in the article that opens a longer one found there is its short form: a
    headline's "Aravalli Metals to invest …" over "Aravalli Metals Refining Ltd (NSE: ARAVMET)
    will invest …", "Barkly (ASX: BKR)" after "Barkly Rare Earths" (neither from the registry;
    a name of one word only when written without a legal form: "LTV Corp" beside "LTV Steel"
    is the parent; so is a name written with its legal form beside one adding a country:
    "Orinoco Tantalum Corp." of "Orinoco Tantalum Colombia S.A.S.")."""
    _inside_longer_names(doc)
    found = {oid: strip_legal(info.name).split() for oid, info in doc.info.items()
             if info.type == "organization" and info.attributes.get("discovered")}
    if not found:
        return
    named = {oid: strip_legal(info.name).split() for oid, info in doc.info.items()
             if info.type == "organization" and oid not in found}
    fuller: dict[str, str] = {}
    for oid, words in found.items():
        legal = doc.info[oid].name.split() != words  # written with its legal form
        alone = len(words) == 1 and not legal and \
            not is_generic(words[0]) and not _named_as_parent(doc, oid)
        # a body's head may leave out its country ("the Export-Import Bank" after "the
        # Export-Import Bank of the United States"); a company's is another company ("British
        # Petroleum Co Plc" beside "British Petroleum Co of Australia")
        body = doc.info[oid].name.split()[-1] in cues().of_heads
        longer = [other for other, more in found.items()
                  if (len(words) >= 2 or alone) and len(more) > len(words)
                  and ((_opens(words, more)
                        and ((not cues().of_connectors.intersection(more[len(words):])
                              and not (legal and country_forms().intersection(
                                  more[len(words):])))
                             or (body and _of_country(more[len(words):]))))
                       or ((len(words) >= 2 or alone) and _after_its_opener(words, more)))]
        longer += [other for other, more in named.items()
                   if body and len(words) >= 2 and _opens(words, more)
                   and _of_country(more[len(words):])]
        if len(longer) == 1:
            fuller[oid] = longer[0]
        defined = doc.acronyms.get(doc.info[oid].name)
        if defined and defined != oid and defined in doc.info:
            # "Baltic Separation Technologies (BST)", then "BST managing director Kadri
            # Vahtra": the acronym the article defined, read again by another cue
            fuller[oid] = defined
    for short, full in fuller.items():
        _move_listings(doc, short, full)
    fuller.update(_registry_short_forms(doc, found))  # (a registry name keeps its listings)
    if fuller:
        doc.spans = [replace(s, ids=(fuller[s.ids[0]],), name=doc.info[fuller[s.ids[0]]].name)
                     if s.type == "organization" and s.ids[0] in fuller else s for s in doc.spans]


# A capitalised word right before a name, on its line: "MARLOWE " of "MARLOWE ALUMINA LIMITED".
_WORD_BEFORE = re.compile(r"([A-Z][\w&'’-]*)[ \t]+$")


def _inside_longer_names(doc: Doc) -> None:
    """A registry name written after a capitalised word that, with it, opens another name of
    the article is that name's tail, not the registry's company: "ABOUT MARLOWE ALUMINA
    LIMITED" beside "Marlowe Alumina Limited" is no Alumina Limited, "a Northern Southwire
    spokesman" beside "Northern Southwire Aluminium Co" no Southwire."""
    names = {info.name.casefold(): oid for oid, info in doc.info.items()
             if info.type == "organization" and " " in info.name}
    if not names:
        return
    text = doc.text
    for index, span in enumerate(doc.spans):
        if span.type != "organization" or span.field != "text" or span.source != "registry":
            continue
        before = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
        if before is None:
            continue
        longer = f"{before.group(1)} {text[span.start:span.end]}".casefold()
        owners = {oid for name, oid in names.items()
                  if oid != span.ids[0] and (name == longer or name.startswith(longer + " "))}
        if len(owners) == 1:
            oid = owners.pop()
            doc.spans[index] = replace(span, start=before.start(1), ids=(oid,),
                                       name=doc.info[oid].name)


def _registry_short_forms(doc: Doc, found: dict[str, list[str]]) -> dict[str, str]:
    """A registry name the article only ever writes as the opening of a longer name it found
    first, of a country, is that name's short form: "Anglo American Corp of South Africa Ltd …
    Anglo American said" is the South African company, not the registry's Anglo American plc."""
    orgs = [s for s in doc.spans if s.type == "organization" and s.field == "text"]
    written: dict[str, list[Span]] = {}
    for span in orgs:  # not within a longer name: "Anglo American" of the longer one
        if not any(o.start <= span.start and span.end <= o.end and o.end - o.start >
                   span.end - span.start for o in orgs):
            written.setdefault(span.ids[0], []).append(span)
    fuller: dict[str, str] = {}
    for oid, spans in written.items():
        if oid in found or any(s.source != "registry" for s in spans):
            continue
        first = min(s.start for s in spans)
        longer = {other for other in found if _first_before(written.get(other, ()), first)
                  and not _beside(doc.text, written[other], spans)}
        for text in {strip_legal(doc.text[s.start:s.end]) for s in spans}:
            words = text.split()
            longer = {other for other in longer
                      if len(found[other]) > len(words) and _opens(words, found[other])
                      and _national_unit(found[other][len(words):])}
        if len(longer) == 1:
            fuller[oid] = longer.pop()
    return fuller


def _national_unit(words: list[str]) -> bool:
    """Whether the words a longer name adds name a country: "Corp of South Africa", "Brasil"
    (not "NT and SA" of "Bank of America NT and SA", the bank's own legal name)."""
    return _of_country(words) or bool(country_forms().intersection(words))


def _first_before(spans: Iterable[Span], before: int) -> bool:
    """Whether one of ``spans`` comes before ``before``."""
    return any(s.start < before for s in spans)


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _beside(text: str, names: list[Span], shorts: list[Span]) -> bool:
    """Whether a short name is written in the sentence of the longer name, as another company
    beside it: "Tianqi Lithium Energy Australia, owned by Tianqi Lithium and IGO"."""
    return any(n.end <= s.start and not _SENTENCE_END.search(text, n.end, s.start)
               for n in names for s in shorts)


def _opens(words: list[str], more: list[str]) -> bool:
    """Whether a name's words open a longer name's, in any case: a headline writes its short
    name in capitals ("U.S. MINERALS <USMX.O>" over "U.S. Minerals Exploration Co")."""
    return [w.casefold() for w in more[:len(words)]] == [w.casefold() for w in words]


def _after_its_opener(words: list[str], more: list[str]) -> bool:
    """Whether ``more`` is ``words`` after a country's or a province's name or a word of its
    kind: "the Growth Fund" after "the Canada Growth Fund", "Tilopozo" after "Minera Tilopozo"
    are their short forms (a single word only after a kind: "Nickel" is no "Canada Nickel"); a
    body's name after its reach: "the Statistics Office" of "the Federal Statistics Office"."""
    if more[-len(words):] != words:
        return False
    c = cues()
    opener = " ".join(more[:-len(words)])
    return opener in c.kind_openers or (len(words) >= 2 and (
        opener in region_names() or (opener in c.reach_words and
                                     (words[-1] in c.of_heads or words[-1] in c.body_heads))))


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


def propagate(doc: Doc, only: frozenset[str] | None = None) -> None:
    """Find later mentions of names and acronyms that this article introduced (``only``: of
    these organisations' names alone, discovered after the others' mentions were found)."""
    forms: dict[str, str] = dict(doc.acronyms) if only is None else {}
    discovered = [(oid, info) for oid, info in doc.info.items()
                  if info.type == "organization" and info.attributes.get("discovered")
                  and (only is None or oid in only)]
    listed = only is None and any(s.type == "listing" for s in doc.spans)
    if not discovered and not forms and not listed:
        return
    taken = {doc.written(s)
             for s in doc.spans if s.type != "organization"}
    symbols = _listed_symbols(doc, taken) if listed else {}
    regions = {doc.written(s)
               for s in doc.spans if s.type == "place"}
    # a first word that is another company's whole name before its legal form is that one's:
    # "Genova's shares" beside "Genova Inc" and "Genova Products Inc"
    whole = {strip_legal(info.name) for _, info in discovered
             if strip_legal(info.name) != info.name}
    for oid, info in discovered:
        forms.setdefault(info.name, oid)
        short = strip_legal(info.name)
        if short != info.name and short not in taken and not is_generic(short):
            forms.setdefault(short, oid)
        shorter = _strip_industry(short)
        if shorter != short and shorter not in taken and (
                not _of_place(shorter) or _short_name_evidence(doc.text, shorter, False)[1]):
            # words of place or common words only where the text writes them as the company's:
            # "Gold State said" after "Gold State Lithium"
            forms.setdefault(shorter, oid)
        first, *rest = info.name.split()
        if rest and rest[-1] in cues().body_heads:
            continue  # "Columbia County Quorum Court" is never called "Columbia"
        if rest and first not in cues().not_short_forms and first not in whole and (
                (first not in taken and ((_company_letters(first) and len(first) <= 5)
                                         or _first_word_alone(doc.text, first)))
                # "KLM" after "KLM Royal Dutch Airlines"; a region's name only where the text
                # writes it as the company's ("Khomas said", "Khomas shares rose"), not a
                # country's ("Zambia Revenue Authority" beside "Zambia's exports")
                or (first in regions and _short_name_evidence(doc.text, first, False)[1])):
            forms.setdefault(first, oid)
        second = rest[0] if len(rest) >= 2 else ""
        if first in region_names() and second.istitle() and second not in taken and \
                not is_generic(second) and _first_word_alone(doc.text, second):
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
            if " " not in form and opens_place_name_after(text, end):
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
# After a company's first word used alone: no letter (nor "'s" + letter), no capitalised word.
_ALONE_AFTER = re.compile(r"(?!['’]?\w|[ \t]+[A-Z])")
# After a company's first word as the owner of what a lower-case word names: "Minjiang's
# lithium plant", "Corredor's expertise" (not "Quebec's Ministry", a capitalised name's).
_OWNER_AFTER = re.compile(r"['’]s[ \t]+[a-z]")


# A modal and a verb after a sentence's subject: "Northgate will fund the rest".
_WILL_AFTER = re.compile(r"[ \t]+(?:also[ \t]+)?(?:will|would)[ \t]+(?:also[ \t]+)?[a-z]")
# Another finite verb after a sentence's subject: an auxiliary ("Ashgrove is targeting",
# "Nyanza has raised"), a past tense in -ed ("Kestrel gained 6.5%") or a present tense in -s
# ("Pilbrook expects"), an adverb perhaps between ("Saqr already holds"). A noun may stand
# there after a common word ("First shipments will", "Global demand"), which the text writes
# in lower case too.
_VERB_AFTER = re.compile(r"[ \t]+(?:(?:also|now|already|still|then|later|recently|again)[ \t]+)?"
                         r"(?:is|was|has|had|[a-z]{2,}(?:ed|[^su\W]s))\b")

# A relative clause of its own after it, with its verb: "Rheinwerk, which was acquired last year
# by a Swiss private equity group, said" (a region may have one too, as it may a verb).
_RELATIVE_AFTER = re.compile(r",[ \t]+(?:which|who)" + _VERB_AFTER.pattern)


# A deal's noun and "with" before a party to it: "signed an offtake agreement with Tessaly on
# Tuesday", "in exclusive talks with Xiangjiang." (a region's word is read so only where
# ``deeds``: "a deal with Quebec").
_DEAL_WITH_BEFORE = re.compile(r"\b(?:agreements?|deals?|talks|offtakes?|contracts?|"
                               r"partnership|venture|merger)[ \t]+with[ \t]+$")
_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"”’]?[ \t]+$")
# Where a clause opens inside a sentence, before its subject: after a comma or a semicolon
# ("Under the agreement, Lyndon will deliver", "uncommitted; Anadolu has a right") or a
# conjunction ("and Wimmera now expects", "under which Saurashtra will acquire").
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:[,;][ \t]+|\b(?:and|but|while|when|after|because|which|"
                                  r"that)[ \t]+)$")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence: after ". " or a line's start."""
    before = text[max(0, at - 3):at]
    return at == 0 or before.endswith("\n") or _SENTENCE_END_BEFORE.search(before) is not None


def _short_name_evidence(text: str, first: str, deeds: bool = True) -> tuple[int, bool]:
    """How often the text writes a company's first word alone (not before another capitalised
    word) or as an owner ("Minjiang's lithium plant"), and whether once as a company only is
    written: the subject of a reporting verb ("Quantech said"), of a reply ("Daesan declined
    to comment"), opening a sentence before a verb (``_opens_with_verb``) or, if ``deeds``, of
    a deed done to its own ("Laurentia completed its acquisition": a region does
    as much, "Quebec uses its hydropower"), before what only a company has ("Kestrel shares",
    "Sable Chief Executive Marcus Bell") or after what is held in a company ("Shares of Sable
    rose", "a 19.9% stake in Ruvuma")."""
    count, as_company, at = 0, False, text.find(first)
    while at != -1:
        end = at + len(first)
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_'’"):
            if owned_after().match(text, end):
                as_company = True  # "Kestrel's board", "EcoVolt Chief Executive Park Ji-hoon"
            elif _OWNER_AFTER.match(text, end):
                count += 1  # "Tarrow's cathode line": the word alone, as an owner
                as_company = as_company or (deeds and not _written_in_lower_case(text, first))
            elif _ALONE_AFTER.match(text, end):
                count += 1
                as_company = as_company or bool(said_after().match(text, end)) or \
                    bool(replied_after().match(text, end)) or \
                    _opens_with_verb(text, at, first, deeds) or \
                    (deeds and bool(deed_on_its().match(text, end))) or (
                    (held_in_before().search(text, max(0, at - 24), at) is not None or (
                        deeds and _DEAL_WITH_BEFORE.search(text, max(0, at - 30), at) is not None))
                    and ends_phrase(text, end))
        at = text.find(first, end)
    return count, as_company


def _opens_with_verb(text: str, at: int, first: str, deeds: bool) -> bool:
    """Whether the word at ``at`` opens a sentence as its subject: before "will" ("Northgate
    will fund the rest") or, if ``deeds`` (a region does as much: "Quebec plans to"), another
    finite verb ("Kestrel gained 6.5%", "Pilbrook expects to drill") or a relative clause
    ("Rheinwerk, which was acquired"), where the word is no common one."""
    if not (_opens_sentence(text, at) or _CLAUSE_OPENS_BEFORE.search(text, max(0, at - 9), at)):
        return False
    end = at + len(first)
    return bool(_WILL_AFTER.match(text, end)) or (
        deeds and bool(_VERB_AFTER.match(text, end) or _RELATIVE_AFTER.match(text, end)) and
        not _written_in_lower_case(text, first))


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether the text writes a word in lower case too, as a common word ("first
    production" beside "First shipments will go to Japan"), never a name ("Kestrel")."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _first_word_alone(text: str, first: str) -> bool:
    """Whether the text uses a name's first word as the company's short name: once where only
    a company is meant, or alone again and again ("Laurentia completed its acquisition",
    "Laurentia plans" after "Laurentia Graphite Inc."); not a common word or a given name
    ("Western", "Grant")."""
    if len(first) < 4 or not first.isalpha() or is_generic(first):
        return False
    count, as_company = _short_name_evidence(text, first)
    if first in given_names():  # "Calliope shares closed", not "Grant said"
        return as_company and not said_after().match(text, text.find(first) + len(first))
    return as_company or (len(first) >= 5 and count >= 2)


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
