"""Organisations named with a legal form or an industry word ("Lithium Corp", "Pilbara Mining"),
or opened by a legal prefix ("PT Vale").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mineralwatch.extract.doc import Doc
from mineralwatch.extract.gazetteer import (
    Gazetteer,
    blanks_before,
    hit_starts,
    matches_at,
    written_words,
)
from mineralwatch.extract.geo import admin_words, region_end, region_names, story_country
from mineralwatch.extract.people import given_names, person_titles, public_figure
from mineralwatch.extract.text import after_the, alternation

from .ministries import add_national_body, add_portfolio_ministry, country_told_last
from .names import (
    CAPITAL_BEFORE,
    HEAD_BEFORE,
    OF_NAME,
    POSSESSIVE_AFTER,
    abbreviates,
    committee_name,
    described_by_article,
    extend_of,
    name_before,
    name_goes_on,
    next_word,
    portfolio_of,
    resource_terms_only,
    symbols_only,
    trim_name,
)
from .registry import cues, is_generic, link_exact, strip_legal
from .spans import (
    add_org,
    claimed_by_place,
    country_before,
    ends_with_known,
    joined_to_known_body,
    names_a_country,
    overlaps_org,
    place_span,
    span_at,
)


def _admin_of_region(name: str) -> bool:
    """Whether a name is an administrative word and a region's name: "Department of Potosí",
    "Province of Salta"."""
    head, of, region = name.partition(" of ")
    return bool(of) and head in admin_words() and region in region_names()


@cache
def _suffix_words() -> Gazetteer[str]:
    """Every legal or industry suffix and every head of an "of" name, matched as written."""
    words = cues().legal | cues().industry | cues().of_name_heads | cues().body_heads | \
        cues().chamber_heads
    return written_words(words)


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


def discover_by_prefix(doc: Doc) -> None:
    """"PT Samudra Logam Nusantara": a legal form written before the name (Indonesia's
    perseroan terbatas) opens an organisation's name, which runs over the capitalised words
    after it (and a legal suffix: "PT Vale Indonesia Tbk"); not a clock's "10 a.m. PT", nor a
    form closing the name before it ("Kazatomprom JSC Chairman …")."""
    c = cues()
    for field, text, lowered in doc.fields():
        # tried only where the shared scan finds a prefix: most texts have none
        for match in matches_at(_prefixed_name(), text,
                                hit_starts(_prefix_words().find(text, lowered))):
            words = match.group("name").split()
            while words and (words[-1] in c.connectors or words[-1] in c.never):
                words.pop()
            if not words or words[0] in c.never or _BEFORE_PREFIX.search(
                    text, max(0, match.start() - 30), match.start()):
                continue
            end = match.start("name") + len(" ".join(words))
            if text[match.start("name"):end] == " ".join(words) and \
                    not (field == "text" and span_at(doc, match.start(), end)):
                add_org(doc, field, match.start(), end, "prefix")


# a clock's figure or "a.m." ("10 a.m. PT"), or a capitalised word whose legal form it is
_BEFORE_PREFIX = re.compile(r"(?:\d|(?i:[ap]\.?m\.?)|\b[A-Z][\w&-]*)[ \t]*$")


def discover_by_company_opener(doc: Doc) -> None:
    """"Compagnie des Bauxites de Guinée resumed exports": a word of another language saying
    what kind of firm it is opens a company's name, which runs over the capitalised words and
    the particles between them (``company_openers``, ``name_particles``)."""
    for field, text, lowered in doc.fields():
        # tried only where the shared scan finds an opener: most texts have none
        for match in matches_at(_opened_name(), text,
                                hit_starts(_opener_words().find(text, lowered))):
            if not (field == "text" and overlaps_org(doc, *match.span())) and \
                    not _spells_out_acronym(text, match):
                add_org(doc, field, *match.span(), "prefix")


_ACRONYM_OPENING = re.compile(r"\b([A-Z]{2,})[ \t]*\($")


def _spells_out_acronym(text: str, name: re.Match[str]) -> bool:
    """Whether a name spells out, in brackets, the acronym just before it: "EPAC (Empresa
    Publica de Abastecimento de Cereais)" is EPAC, named by its acronym."""
    acronym = _ACRONYM_OPENING.search(text, max(0, name.start() - 12), name.start())
    return acronym is not None and abbreviates(acronym[1], name.group())


@cache
def _prefix_words() -> Gazetteer[str]:
    """The legal prefixes as written, for the shared scan: ``_prefixed_name`` is tried at
    their hits alone, where a substring test of each over every text and title cost more."""
    return written_words(cues().legal_prefixes)


@cache
def _opener_words() -> Gazetteer[str]:
    """The company openers as written, for the shared scan: ``_opened_name`` is tried at
    their hits alone, as ``_prefixed_name`` at ``_prefix_words``'."""
    return written_words(cues().company_openers)


@cache
def _opened_name() -> re.Pattern[str]:
    """A company opener and the capitalised words after it, particles between them; the last
    word capitalised ("Société Minière de Bisunzu said"), not the first letter of a legal
    form ("Compañía Minera del Sur S.A.": the name ends at "Sur")."""
    c = cues()
    word = r"(?:[dl]['’])?[A-Z][\w'’-]*(?![\w$]|\.[A-Za-z])"
    return re.compile(rf"(?<![\w])(?:{alternation(sorted(c.company_openers))})"
                      rf"(?:[ \t]+(?:(?:{alternation(sorted(c.name_particles))})[ \t]+)*"
                      rf"{word}){{1,8}}")


@cache
def _prefixed_name() -> re.Pattern[str]:
    """A legal prefix and the capitalised words after it (with "of", "&" between them)."""
    # not past a full stop ("… Nusantara. PT Vale"); a name of two letters or more, not an
    # analyst's price target ("PT A$0.22")
    word = r"[A-Z][\w&'’-]+(?:\.[\w&'’-]+)*(?![\w$])"
    return re.compile(rf"(?<![\w.])(?:{alternation(sorted(cues().legal_prefixes))})[ \t]+"
                      rf"(?P<name>{word}(?:[ \t]+(?:{word}|of|&)){{0,5}})")


def discover_by_suffix(doc: Doc) -> None:
    c = cues()
    text = doc.text
    for match_start, end, token in _suffix_matches(doc):
        if token not in c.legal and token not in c.industry and token not in c.body_heads \
                and token not in c.chamber_heads and not OF_NAME.match(text, end):
            continue  # "Federation" names only with its "of": "Federation of … Mine Workers"
        if token in c.metals and not CAPITAL_BEFORE.search(text, max(0, match_start - 40),
                                                             match_start):
            continue  # "spot Gold", "in gold": no capitalised word, so no name, before it
        found = name_before(text, end)
        if found == (match_start, end) and token in c.legal and \
                text[match_start - 2:match_start] == ", ":
            found = name_before(text, match_start - 2)  # "ALPS Distributors, Inc."
            found = found and (found[0], end)
        if found and is_generic(text[found[0]:found[1]]):
            wider = name_before(text, end, keep_leading=True)  # "Canadian Infrastructure Fund"
            if wider and place_span(doc, wider[0], wider[0] + 1):
                found = wider
        if not found and (token in c.of_heads or token in c.industry) and \
                OF_NAME.match(text, end):
            found = match_start, end  # "the Association for the Advancement of …"
        if not found:
            continue
        if token in c.chamber_heads and not OF_NAME.match(text, end) and \
                not committee_name(text[found[0]:end]):
            continue  # "the Operations Committee": a company's organ
        if token in c.industry and text[found[0]:end].split()[0] in c.chamber_openers:
            continue  # "the Senate Energy and Natural Resources Committee": its remit's words
        if token in c.industry and name_goes_on(text, end):
            home = _home_closing(text, end)
            if home is None or overlaps_org(doc, end, home):
                continue  # "Skeena Mining Division", "Timmins Mining Camp": a longer name;
                # "Natural Resources Canada", the registry's department
            found, end = name_before(text, home), home  # "Kestrel Lithium Australia holds"
            if not found:
                continue
        if token in c.metals and _metal_name_goes_on().match(text, end):
            continue  # "Havre St Pierre Nickel, Copper, PGM property", "NetZero Nickel(TM)"
        if token in c.industry and next_word(text, end) in c.portfolio_titles:
            continue  # "Resources Minister Madeline King": a portfolio, not a company
        if token in c.chamber_heads and text.startswith(" on ", end):
            continue  # "the Interministerial Committee on strategic minerals": its remit
            # goes on in words that need not be capitalised, so its end is unknown
        if token in c.body_heads and next_word(text, end) in person_titles():
            continue  # "U.S. District Court Judge Eugene A. Gordon": a judge's title
        if token in c.led_heads and public_figure(text[found[0]:match_start].strip()):
            continue  # "the Trump Administration": a mention of the president (people.py)
        if described_by_article(text, *found) or (
                next_word(text, end) in c.not_org_after and not POSSESSIVE_AFTER.match(text, end)):
            continue  # "an Alaska Native Corporation", "the Jupiter Rare Earths prospect" (not
            # "Saint-Croix Antimony Corp.'s project", "Jerdacuttup Lithium's mine": a company's)
        extended = extend_of(text, *found)
        if token in c.industry and extended[1] == end:
            extended = extended[0], _ampersand_end(doc, end)
        found = trim_name(doc, text, *extended)
        if found and _admin_of_region(text[found[0]:found[1]]):
            continue  # "the Department of Potosí": Bolivia's department, a place
        if found and (before := HEAD_BEFORE.search(text, max(0, found[0] - 40), found[0])) and \
                before[1] in c.non_org_heads:
            continue  # "the Incentive Regime for Large Investments": a programme's words
        words = text[found[0]:found[1]].split() if found else []
        if found and ((len(words) >= 3 and words[0] in c.of_heads) or (
                words[-1] in c.of_heads and words[-1] not in c.legal)) and \
                not link_exact(text[found[0]:found[1]]):
            # a national body keeps its country: "Australian Bureau of Statistics", "South
            # African Press Association" (not a company: "American Barrick Resources")
            found = _with_demonym(doc, *found)
        if not found or span_at(doc, *found) or ends_with_known(doc, *found) or \
                names_a_country(doc, *found) or joined_to_known_body(doc, *found, token):
            continue
        core = strip_legal(text[found[0]:found[1]])
        if token in c.firm_suffixes and found[1] == end and is_generic(core[:-len(token)]):
            continue  # "the Critical Minerals Research, Development and Demonstration program"
        if is_generic(core) or core in c.place_words or (len(core) <= 3 and not core.isupper()) \
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
        if len(tokens) < 2 or (head in c.non_org_heads and
                               not _states_agency(doc, found, end, tokens, head)) or (
                _gerund_opens(tokens[0], token) and  # not a place's: "Wyoming Department of …"
                place_span(doc, found[0], found[0] + len(tokens[0])) is None):
            continue
        if tokens[-1] == head and _rank_only(head, tokens[:-1]):
            continue  # "the High Court", "a U.K. Court", "its General Assembly": no body named
        if _activity_asset(tokens):
            continue  # "the Kalgoorlie Rare Earths Processing Facility": a plant, no body
        states = tokens[0] == token and country_before(doc, found[0]) is not None
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
                span_at(doc, found[0], end - len(token) - 1) and \
                not link_exact(text[found[0]:found[1]]):
            continue  # "the LME Board": a known organisation's organ
        if symbols_only(tokens[:-1]) or c.never.intersection(tokens) or \
                any("%" in t for t in tokens):
            continue  # "0.05% Ni, Cu and Co", "On Wednesday Iluka Resources"
        if resource_terms_only(text[found[0]:found[1]]):
            continue  # "Ore Reserves and Mineral Resources": a resource code's terms
        if doc.in_headline(found[0]) and token not in c.legal:
            continue  # a sub-headline: "US Boosts Critical Minerals Supply For Security" (a
            # legal form still names a company: "Iron Range Nickel Refining LLC — $118.0 million")
        ministry = tokens[0] in c.government_heads and tokens[1:2] == ["of"] and \
            len(tokens) > 2 and not link_exact(" ".join(tokens))
        portfolio = portfolio_of(tokens)
        if portfolio is not None and not ministry:  # "the Finance Ministry said" in a story
            add_portfolio_ministry(doc, *found, portfolio)  # from Paris is the France Ministry
            continue  # of Finance; "the Energy Ministry", of industry words, too
        if ministry or (token in c.industry and is_generic(" ".join(tokens))):
            if (tokens[0] in c.of_heads and len(tokens) > 2) or tokens[-1] in c.of_heads:
                # "Brazil's Ministry of Mines and Energy"; a ministry with no country before
                # it, the country told last ("Namibia … The Ministry of Mines and Energy"),
                # else the story's ("JAKARTA - … the Ministry of Energy and Mineral Resources")
                country = country_told_last(doc, found[0]) or story_country(doc) \
                    if tokens[0] in c.government_heads or _the_states_body(doc, *found) \
                    else None
                add_national_body(doc, *found, country)
                if tokens[0] in c.member_heads and not span_at(doc, *found):
                    add_org(doc, "text", *found, source="suffix")  # no home: one body of
                    # members all the same ("the Association of Minor Metals")
            continue
        if token in c.place_of_forms and found[1] == end:
            found = found[0], _place_of_end(doc, end)
        add_org(doc, "text", *found, source="suffix")


def _states_agency(doc: Doc, found: tuple[int, int], end: int, tokens: list[str],
                   head: str) -> bool:
    """"the Utah Division of Oil, Gas and Mining": a head that else ends a district's name
    ("the Skeena Mining Division of British Columbia") opens an agency's "of" name, after
    nothing but its state's name."""
    if head not in cues().of_name_heads or found[1] <= end:
        return False
    return tokens[0] == head or (
        place_span(doc, found[0], end - len(head)) is not None and
        not any(word in cues().industry for word in tokens[:tokens.index(head)]))


def _the_states_body(doc: Doc, start: int, end: int) -> bool:
    """"licences are issued by the Mining Commission": a state's body of common words after
    "the", with no country before it, is the country's told last (or the story's), as a
    ministry is; not the short form of a longer name the article gives ("the International
    Tin Council … the Tin Council")."""
    c = cues()
    name = doc.text[start:end]
    head = name.rsplit(None, 1)[-1]
    return (head in c.government_heads or head in c.body_heads) and \
        after_the(doc.text, start) and \
        not any(info.type == "organization" and info.name.endswith(f" {name}")
                for info in doc.info.values())


@cache
def _lower_case_head() -> re.Pattern[str]:
    """A public body's head written in lower case after a capitalised word ("the National Meat
    board said", "a suit in Multnomah County Circuit court", "approval from the Krupanj
    municipality"): the heads of ``body_heads`` and ``organ_heads``."""
    heads = sorted({h.lower() for h in cues().body_heads | cues().organ_heads})
    # opening with the blank lets a search skip to blanks (see ``descriptions._named_part``)
    return re.compile(rf"[ \t](?<=[A-Za-z].)[ \t]*({alternation(heads)})\b(?![-'’])")


@cache
def _lower_case_heads() -> Gazetteer[str]:
    """The heads of ``_lower_case_head`` (one word each), for the article's shared scan: in any
    case, as the pattern tells the lower case."""
    return Gazetteer((head, head) for head in
                     {h.lower() for h in cues().body_heads | cues().organ_heads})


def _lower_case_head_matches(doc: Doc) -> Iterator[re.Match[str]]:
    """``_lower_case_head().finditer(doc.text)``, the pattern (which heeds case) tried only at
    the first of the blanks before each head the shared scan finds (the one blank where it can
    open: the look-behind fails the others), not at every blank of the text."""
    hits = _lower_case_heads().find(doc.text, doc.lowered)
    return matches_at(_lower_case_head(), doc.text, blanks_before(doc.text, hits))


def discover_by_lower_case_head(doc: Doc) -> None:
    """A body named by capitalised words and its head in lower case, as wires and local papers
    write it: "the National Meat board said", "in Multnomah County Circuit court", "from the
    Krupanj municipality". Not a company's organ ("the Kestrel Lithium board", and any board
    named by one word: "the Kestrel board"), a country's or a place's ("a Portuguese court",
    "Potosí department" is no head here), a month's ("the January court ruling")."""
    text = doc.text
    c = cues()
    for match in _lower_case_head_matches(doc):
        found = name_before(text, match.start())
        found = found and trim_name(doc, text, *found)
        if not found or doc.in_headline(found[0]):
            continue
        words = text[found[0]:found[1]].split()
        organ = match.group(1).title() in c.organ_heads
        if (organ and (len(words) < 2 or _names_organ(text, found[1], words))) or \
                (len(words) < 2 and not after_the(text, found[0])):
            continue  # "the Kestrel Lithium board"; "Water board approves …" opening a line
        if c.never.intersection(words) or _rank_only(match.group(1).title(), words) or \
                all(w in c.place_words or is_generic(w) for w in words) or \
                overlaps_org(doc, found[0], match.end()) or \
                claimed_by_place(doc, *found) or _opens_an_org(doc, words[0]):
            continue
        add_org(doc, "text", found[0], match.end(), source="suffix")


def _rank_only(head: str, words: list[str]) -> bool:
    """Whether the words before a body's head name only its rank or its place ("the High
    Court", "a U.K. Court", "its General Assembly"), no body (``rank_only_heads``)."""
    ranks = cues().rank_only_heads.get(head)
    return ranks is not None and all(w in ranks or w in cues().place_words for w in words)


def _opens_an_org(doc: Doc, word: str) -> bool:
    """Whether an organisation the article names opens with ``word`` or is its acronym: its
    organ ("the Kestrel board" of Kestrel Lithium, "the APEA council" of the Australian
    Petroleum Exploration Association (APEA))."""
    return word in doc.acronyms or any(info.type == "organization" and
                                       info.name.split()[0] == word
                                       for info in doc.info.values())


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


def _home_closing(text: str, end: int) -> int | None:
    """Where a company's name ends that closes with its country or state after an industry
    word, a subsidiary's name: "Kestrel Lithium Australia holds", "Tianqi Lithium Energy
    Australia said" (not "Pilbara Minerals Australia's largest", nor a longer name)."""
    word = _NEXT_WORD_START.match(text, end)
    home = word and region_end(text, word.end())
    if not home or text.startswith(("'s", "’s"), home) or name_goes_on(text, home):
        return None
    return home


_NEXT_WORD_START = re.compile(r"[ \t]+")


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


def _names_organ(text: str, end: int, before: list[str]) -> bool:
    """Whether a name ending in an organ word ("Board") is a company's organ: "Energy Fuels
    Inc. Board of Directors", "the Kestrel Minerals Board"."""
    c = cues()
    following = text[end:end + 30].split()[:2]
    if following[:1] == ["of"] and following[1:] and following[1].strip(".,") in c.not_names:
        return True
    last = before[-1].rstrip(".,") if before else ""
    return last in c.legal or last in c.industry


def _activity_asset(tokens: list[str]) -> bool:
    """Whether a name is an asset named by what is done there: an asset's noun after an -ing
    word, "Rare Earths Processing Facility", "Magnet Manufacturing Facility" (a loan too:
    "Working Capital Financing Facility"), where "Facility" otherwise ends a lender's name
    ("Northern Australia Infrastructure Facility")."""
    return len(tokens) > 1 and tokens[-1].lower() in cues().asset_nouns and \
        tokens[-2].endswith("ing")


def _gerund_opens(word: str, suffix: str) -> bool:
    """Whether a name found before ``suffix`` opens with a verb's -ing form rather than a
    name's own word. Only a legal form or a firm's word vouches for such a word ("Irving Bank
    Corp", "Viking Mines Ltd", "Stirling Partners"); before any other suffix it is a verb or a
    heading ("Trump's Unleashing American Energy order", "- Emerging Technologies:"). A
    sentence's opening -ing word ("Following Lynas Corp's results") is dropped by
    ``name_before`` (``leading_non_name``). An industry's own word is a name's ("Mining and
    Minerals Regulatory Authority")."""
    c = cues()
    return word.endswith("ing") and word not in c.industry and (
        (suffix not in c.legal and suffix not in c.firm_words) or word in c.generic)


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
