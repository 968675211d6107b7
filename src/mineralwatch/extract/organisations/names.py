"""Where an organisation's name starts and ends in running text: the capitalised words before a
suffix or after a cue, "of" phrases, lists, and the words that end or open no name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from mineralwatch.extract.doc import Doc
from mineralwatch.extract.geo import city_country, country_forms, region_end
from mineralwatch.extract.people import person_titles
from mineralwatch.extract.text import unaccented, word_after
from mineralwatch.extract.vocabulary import all_element_symbols, load_country_aliases

from .registry import cues, is_generic, link_exact, strip_legal
from .spans import place_span

# A word of a name. A double hyphen or an em dash written without spaces parts two words, as
# a Dow Jones dateline does from the name after it ("SYDNEY--Paterson Copper Ltd. said"),
# where one hyphen joins them ("Rolls-Royce"). Characters are taken in runs, not one repeat
# per character, which is quicker in Python's engine.
_TOKEN = re.compile(r"(?:[^\s,;:()\[\]<>\"“”!?—-]+|-(?!-)(?<!--))+")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_CAMEL_CASE = re.compile(r"[a-z]{1,5}[A-Z][a-z]{2,}\w*")  # a brand's "enCore", "zeroEnergy"


HEAD_BEFORE = re.compile(r"\b([A-Z]\w+)[ \t]+(?:for|of|on)[ \t]+$")


POSSESSIVE_AFTER = re.compile(r"['’]s\b")  # "Saint-Croix Antimony Corp.'s project"
_WORD_AFTER = re.compile(r"[ \t]*(?:['’]s[ \t]+)?([\w'’-]+)")


def next_word(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text, end)
    return match.group(1) if match else ""
_TERMS_JOINED = re.compile(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]+")


def resource_terms_only(name: str) -> bool:
    """Whether a name is a resource code's reporting terms joined: "Ore Reserves and Mineral
    Resources" (``resource_terms``)."""
    return all(part in cues().resource_terms for part in _TERMS_JOINED.split(name))


def portfolio_of(tokens: list[str]) -> str | None:
    """The portfolio of a ministry named by it alone ("Finance Ministry", "Ministry of
    Finance"), in its usual full name ("Foreign Ministry" → "Foreign Affairs")."""
    portfolios = cues().portfolios
    if len(tokens) == 2 and tokens[1] == "Ministry":
        return portfolios.get(tokens[0])
    if len(tokens) == 3 and tokens[:2] == ["Ministry", "of"]:
        return portfolios.get(tokens[2])
    return None


CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.&-]*[ \t]+$")


def opens_place_name_after(text: str, end: int) -> bool:
    """Whether a word that closes a place's or an asset's name follows a company's short name:
    "Hatchet Creek", "the Sigma Mine"."""
    return word_after(text, end) in cues().place_closers


def opens_site_name_after(text: str, end: int) -> bool:
    """Whether a mineral and a site's noun in lower case follow a company's name: "the
    Tsawisis uranium project" is the project the company is named after."""
    after = word_after(text, end)
    return after.capitalize() in cues().commodities and \
        word_after(text, text.index(after, end) + len(after)) in _site_nouns()


@cache
def _site_nouns() -> frozenset[str]:
    """The lower-case nouns of a site a place's name is given to: "project", "deposit", "mine"
    (the asset nouns that close a project's name, not a company's "plant" or "operations")."""
    c = cues()
    return c.asset_nouns & c.not_org_after


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
        chosen = _name_words(text, pos, reach, whole=True) or []  # a whole window: a list
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
        if (word.endswith(("'s", "’s")) and not (chosen and c.inner_possessive.fullmatch(word))) \
                or c.qualifiers.search(word):
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
        if chosen and word.endswith(".") and word in c.legal and \
                chosen[-1].group().rstrip(",.") not in c.legal:
            break  # "… sold to Norvik Metals Ltd. Norvik Metals is": a name's last word
            # ended a sentence (not "Mitsui & Co. Ltd", two forms of one name)
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
# "and" in the languages of names with "de": "Junta de Castilla y León", "Instituto de
# Geologia e Mineração", "Chambre de Commerce et d'Industrie".
_AND_WORDS = r"(?:and|y|e|et|und)"
OF_NAME = re.compile(rf"[ \t]+(?:of|for|de)[ \t]+(?:the[ \t]+)?{_OF_WORD}"
                      rf"(?:[ \t]+(?:of[ \t]+|{_AND_WORDS}[ \t]+|{_PARTICLES}[ \t]+)?"
                      rf"{_OF_WORD})*")


# A ministry's portfolios after the first, one word each, the last after "and": ", Mines and
# Energy" of "Ministry of Industries, Mines and Energy".
_PORTFOLIO_LIST = re.compile(rf"(?:,[ \t]+{_OF_WORD})+,?[ \t]+and[ \t]+{_OF_WORD}\b")
_THE_ASSET = re.compile(r"[ \t]+(?:of|for)[ \t]+the[ \t]")  # "for the Ohio facility"
_WORD_NEXT = re.compile(r"[ \t]+([A-Za-z]+)")
# A country named with "the" after an of-name, its second "of": "Chamber of Mines of the
# Philippines" (an of-name's own words take no "the").
_OF_THE = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?=[A-Z])")


def extend_of(text: str, start: int, end: int) -> tuple[int, int]:
    """"Department" + " of Defence": heads such as Department and Ministry take an "of" name
    (not its compound's ending: "a Department of Energy-funded plant", nor an asset's name:
    "the Loan Programs Office for the Ohio facility"); a ministry's may list its portfolios
    ("Department of Trade, Industry and Competition")."""
    c = cues()
    head = text[start:end].split()[-1]
    match = OF_NAME.match(text, end) if head in c.of_heads else None
    if match is None or _names_asset(text, match):
        return start, end
    name_end = _state_before_and(text, match) or match.end()
    portfolios = _PORTFOLIO_LIST.match(text, name_end)
    if portfolios and head in c.government_heads and _are_portfolios(portfolios.group()):
        name_end = portfolios.end()
    of_country = _OF_THE.match(text, name_end)
    country_end = region_end(text, of_country.end()) if of_country else None
    if of_country and country_end and text[of_country.end():country_end] in country_forms():
        name_end = country_end  # "Chamber of Mines" + " of the Philippines"
    compound = c.compound_end.search(text, match.start(), name_end)
    return start, compound.start() if compound else name_end


def _state_before_and(text: str, of_name: re.Match[str]) -> int | None:
    """Where an of-name ends when its "of" names a country or a state and an "and" follows:
    "Bank of America and Goldman Sachs" are two banks; a body's portfolios go on ("Ministry of
    Mines and Energy")."""
    joint = _AND.search(text, of_name.start(), of_name.end())
    return joint.start() if joint and _ends_in_state(text[:joint.start()]) else None


def _ends_in_state(name: str) -> bool:
    """Whether a name ends with an "of" naming a country or a state: "Bank of America",
    "Industrial and Commercial Bank of China", "Chamber of Mines of the Philippines"."""
    openings = list(_OF_OPENING.finditer(name, max(0, len(name) - _STATE_REACH)))
    return bool(openings) and region_end(name, openings[-1].end()) == len(name)


_OF_OPENING = re.compile(r"[ \t]+(?:of|for|de)[ \t]+(?:the[ \t]+)?")
_STATE_REACH = 40  # characters of " of the Democratic Republic of the Congo" ending a name


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


def trim_name(doc: Doc, text: str, start: int, end: int) -> tuple[int, int] | None:
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
    while start < end and _not_a_first_word(first := text[start:end].split()[0]):
        if first.isdigit() and len(first) <= 3 and \
                is_generic(strip_legal(text[start + len(first) + 1:end])):
            break  # "92 Energy Ltd": a number that names the company with one generic word
        start += len(first) + 1
    while (cut := _second_name_at(text[start:end])) is not None:
        start += cut  # "Wagner and Brown and AFG Industries Inc": the last of three
    if (joined := _AND.search(text, start, end)) and \
            _known_short_form(doc, text[start:joined.start()]) and \
            any(w.rstrip(".,") not in cues().legal for w in text[joined.end():end].split()):
        start = joined.end()  # "advisor to Northbridge and Whitewater LLP": Northbridge
        # Copper's short form, then the law firm (not "Jefferies and Co")
    return (start, end) if start < end else None


def _known_short_form(doc: Doc, words: str) -> bool:
    """Whether ``words`` are the first word of an organisation the article already names
    ("Northbridge" of Northbridge Copper Corp.), or one of its short forms; not of a name
    that goes on with "and" itself ("Land and Environment Court")."""
    return " " not in words and any(
        info.type == "organization" and (info.name.split()[0] == words or words in info.aliases)
        and info.name != words and not info.name.startswith(f"{words} and ")
        for info in doc.info.values())


def _not_a_first_word(word: str) -> bool:
    """A number, or a connector left by one: "43-3/8 and Lacana Mining" is "Lacana Mining"."""
    return not any(ch.isalpha() for ch in word) or word in cues().connectors


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w&'’.-]*)")


def _qualifies(written: str, place: str, rest: str) -> bool:  # place: a country's or a place's
    """Whether a place opening a name only qualifies it: written otherwise than its own name
    ("U.S. Interior Department", "Chilean Quiborax SA") or before a known name ("China
    Northern Rare Earth"); "Utah International", "Zambia Consolidated Copper Mines" and
    "Canadian Infrastructure Fund" keep theirs, and so does a body named by its place and
    head alone ("the WA Treasury", "NSW Police")."""
    core = strip_legal(rest)
    if is_generic(core) or core in cues().body_heads:
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
    more ("Loews and Vertex Pharmaceuticals") or a person's ("Asher Edelman and Dominion
    Textiles Inc"); "Ministry of Energy and Mines", "Pohang Iron
    and Steel Co", "Procter and Gamble Co" and "British Printing and Communication Corp" are
    one name; so are two bodies named by their heads ("Monetary Committee and Committee of
    Central Bank Governors"); a name ending with a state's "of" ends there ("Bank of China and
    Citigroup"); and a committee's remit ("Senate Energy and Natural Resources Committee")."""
    if committee_name(name):
        return None
    joints = list(_AND.finditer(name))
    if len(joints) > 1 and len(name[:joints[0].start()].split()) > 1 and all(
            w.rstrip(".,") in cues().legal for w in name[joints[-1].end():].split()):
        return joints[0].end()  # "Tarrow Systems and Hallett Finch and Co.": the founders'
        # "and Co." takes the names just before it, the words before the first "and" are one
    for match in joints:
        before, after = name[:match.start()], name[match.end():]
        if _ends_in_state(before) and after[:1].isupper():
            return match.end()  # "Industrial and Commercial Bank of China and Bank of China"
        if (len(before.split()) >= 2 or len(after.split()) >= 2) and \
                (" of " not in before or after.split()[0] in cues().of_heads) and \
                not _carries_on(after) and (_complete_name(before) or _joins_a_name(
                    before, after) or _two_bodies(before, after) or _person_before(
                    before, after)):
            return match.end()
    return None


def committee_name(name: str) -> bool:
    """Whether ``name`` is a legislature's committee's: a chamber's word first, a body's head
    last ("House Energy and Commerce Committee", "Senate Foreign Relations Committee"); with
    an "of" its chamber's own name may be cut ("House of Commons …"), so none."""
    words = name.split()
    return len(words) > 1 and words[0] in cues().chamber_openers and "of" not in words and \
        (words[-1] in cues().chamber_heads or words[-1] in cues().body_heads)


def _person_before(before: str, after: str) -> bool:
    """A person's name joined to a company's: "formed by Asher Edelman and Dominion Textiles
    Inc"; a firm named after its founders goes on past "and" only with its legal form
    ("Morgan Grenfell and Co")."""
    legal = cues().legal
    return any(w.rstrip(",") not in legal for w in after.split()) and \
        person_like(before, before.split())


def _two_bodies(before: str, after: str) -> bool:
    """Two bodies each named by its head: "the Monetary Committee and Committee of Central
    Bank Governors"."""
    heads = cues().of_heads | cues().of_name_heads
    return before.split()[-1] in heads and after.split()[0] in heads


def _joins_a_name(before: str, after: str) -> bool:
    """One word joined to a company's name of two words or more: "Loews and Vertex
    Pharmaceuticals"; but a body's name goes on ("Post and Telecommunications Ministry")."""
    words = strip_legal(after).split(" of ")[0].split()  # "Land and Environment Court of
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
    words = strip_legal(after).split()
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
    return place_span(doc, match.end(), match.end() + 1) is None


def name_goes_on(text: str, pos: int) -> bool:
    """A capitalised word other than a legal form or a title follows: the name is longer."""
    match = _NEXT_WORD.match(text, pos)
    if not match:
        return False
    word = match.group(1).rstrip(".,")
    c = cues()
    return not (word in c.legal or match.group(1) in c.legal or word in c.leading or
                word in c.connectors or word.isupper())


def described_by_article(text: str, start: int, end: int) -> bool:
    """A name after "a" or "an" that is a description ("a Delaware corporation"), not a
    ministry named by its portfolio ("a Finance Ministry spokesman said" is that ministry's)
    nor a name before the noun the article belongs to ("an Economic Planning Board report"),
    nor a legislature's committee ("told a Lower House Trade Committee")."""
    return _after_article(text, start) and portfolio_of(text[start:end].split()) is None and \
        word_after(text, end) not in cues().voice_nouns and not committee_name(text[start:end])


def _after_article(text: str, pos: int) -> bool:
    """"an Alaska Native Corporation", "a Delaware corporation": a description, not a name."""
    return text[max(0, pos - 4):pos].lower().rstrip().endswith((" a", " an")) or \
        text[max(0, pos - 3):pos] in ("A ", "An ")


def symbols_only(tokens: list[str]) -> bool:
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
        if chosen and word[0].isdigit() and (chosen[-1].group() in ("and", "&") or "%" in word):
            break  # "60% owned by Sahel Capital Partners and 40% by …": a share, no name's word
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


def abbreviates(acronym: str, name: str) -> bool:
    """Whether the acronym is made of the name's initials ("USSM") or of the first letters
    of each of its words ("COMIBOL" of "Corporación Minera de Bolivia", "ENAMI" of "Empresa
    Nacional de Minería")."""
    return _initials_fit(acronym, name) or syllables_fit(acronym, name, every_word=True)


def syllables_fit(short: str, name: str, every_word: bool) -> bool:
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


_INITIAL = re.compile(r"[A-Z]|(?:[A-Z]\.)+[A-Z]")  # an initial once its full stop is stripped


def person_like(text: str, words: list[str], strict: bool = False) -> bool:
    """"Nick Curtis", "Governor R.N. Malhotra", "Mining Minister Nhantumbo", "Joseph F. Grimes
    II", or "Forrest" where the text also writes "Andrew Forrest". ``strict`` checks only
    titles and initials."""
    from mineralwatch.extract.people import given_names, person_titles, titled_surname

    c = cues()
    if words[0] in person_titles() or titled_surname(words):
        return True
    if len(words) >= 3 and words[-1] not in c.industry and words[-1] not in c.legal and \
            not _INITIAL.fullmatch(words[0]) and any(_INITIAL.fullmatch(w) for w in words[1:-1]):
        return True  # a middle initial: "Joseph F. Grimes II"
    if strict:
        return False
    names = given_names()
    if words[0] in names and 2 <= len(words) <= 3 and words[-1] not in c.industry:
        return True
    if len(words) == 1:
        return _given_name_before(text, words[0], names)
    return False


# A capitalised word, perhaps an initial, and the blanks up to where a surname is written
_FORENAME_BEFORE = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?$")
_BOUNDARY = re.compile(r"\b")
_FORENAME_REACH = 80  # characters read back from the surname for its forename


def _given_name_before(text: str, surname: str, names: frozenset[str]) -> bool:
    """Whether the text writes a given name before the word somewhere ("Andrew Forrest",
    "Andrew J. Forrest"): found by plain string search for the word, no pattern compiled for
    each word asked about."""
    at = text.find(surname)
    while at != -1:
        end = at + len(surname)
        if _BOUNDARY.match(text, end):
            forename = _FORENAME_BEFORE.search(text, max(0, at - _FORENAME_REACH), at)
            if forename is not None and forename.group(1) in names:
                return True
        at = text.find(surname, at + 1)
    return False
