"""Organisations introduced by how the text describes them, not by a legal form or a listing.

News names many companies only by the words around them: an apposition ("Ambri, a U.S.-based
company"), a descriptor ("Chinese conglomerate Xiamen C&D"), a role ("chief executive of
Woodside", "Albemarle CEO Kent Masters"), a possessive ("Myriad's board") or a results list
("results from McDonald's, Loews and …"). These cues (``organisation_cues.toml``) also catch
people, places and defined terms, so this module is mostly the tests a candidate must pass.
It builds on ``names`` (where a name ends) and ``spans`` (adding one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from mineralwatch.extract.doc import Doc
from mineralwatch.extract.gazetteer import Gazetteer, Hit, matches_at, written_words
from mineralwatch.extract.geo import city_country, country_forms, region_names
from mineralwatch.extract.people import said_after
from mineralwatch.extract.text import after_the, alternation, blanks_start, word_start

from .names import OF_CUT, name_after, name_before, next_word, person_like, trim_name
from .registry import cues, link_exact
from .spans import add_org, add_span, claimed_by_place, non_org_head, overlaps_org


@cache
def _cue_words() -> Gazetteer[frozenset[str]]:
    """Description heads and roles, found in one pass: "company", "chief executive", "CEO"."""
    c = cues()
    kinds: dict[str, set[str]] = {}
    for kind, words in (("head", c.description_heads), ("role_of", c.roles_of),
                        ("role_between", c.roles_between), ("list", c.list_cues)):
        for word in words:
            kinds.setdefault(word, set()).add(kind)
    return Gazetteer(((w, frozenset(k)) for w, k in kinds.items()), case_sensitive=kinds)


# "Ambri, a U.S.-based company developing …": the name before the comma ("Jupiter, the
# company has committed …" is a new clause, not an apposition).
_APPOSITIVE = re.compile(r",[ \t]+(?P<article>an?|the)[ \t]+(?P<words>[^,;:()\n]{1,60})")
_APPOSITIVE_WORD = re.compile(r"[\w.’'-]+")
# "Chinese conglomerate Xiamen C&D", "two companies, Qogir … and Hong Kong Ying Tak"
_DESCRIPTOR_AFTER = re.compile(r"[,:]?[ \t]+(?=[A-Z0-9])")
# "chief executive of Woodside", "analyst Volkmar Baur at Commerzbank"
_ROLE_OF_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,3}(?:of|at)[ \t]+(?:the[ \t]+)?"
                            r"(?=[A-Z])")
# "Albemarle CEO Kent Masters": the name before the role
_ROLE_BETWEEN_AFTER = re.compile(r"[ \t]+(?=[A-Z][a-z])")


@cache
def _possessed() -> re.Pattern[str]:
    return re.compile(r"['’]s[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?:" +
                      alternation(cues().possessed) + r")\b")


@cache
def _possessed_words() -> Gazetteer[str]:
    """The first word of each of ``possessed``, for the shared scan: single words, so that no
    hit hides another; in any case, as ``_possessed`` tells it."""
    return Gazetteer((w, w) for w in {p.split()[0].lower() for p in cues().possessed})


def _possessive_opens(text: str, hits: Iterable[Hit[str]]) -> Iterator[int]:
    """Where ``_possessed`` may open before each of its words: at the "'s" that at most two
    lower-case words stand after, read back from the word over the blanks and words the
    pattern takes (it opens at no other)."""
    for hit in hits:
        at = hit.start
        for _ in range(3):  # the "'s" right before the word, or one or two words back
            blanks = blanks_start(text, at)
            if blanks == at:
                break
            if text[blanks - 2:blanks] in ("'s", "’s"):
                yield blanks - 2
                break
            at = word_start(text, blanks)
            if not "a" <= text[at:at + 1] <= "z":
                break


@cache
def _named_part() -> re.Pattern[str]:
    """A part noun after a capitalised word and at most one sector word: "its USS steelmaking
    division", "the Warner Brothers unit of …" (``part_nouns``)."""
    # opening with the blank after the capitalised word lets a search skip to blanks, where a
    # look-behind opening it is tried at every position; the blanks and the sector word are
    # taken whole (``*+``, ``++``), as giving back any of them can never let the rest match
    return re.compile(r"[ \t](?<=[A-Za-z.&'’].)[ \t]*+(?:[a-z][a-z-]++[ \t]+)?(?:" +
                      alternation(cues().part_nouns) + r")\b(?!-)")


@cache
def _part_words() -> Gazetteer[str]:
    """The part nouns as written, for the shared scan: ``_named_part`` is tried before them
    alone, where a search of every blank of a text that holds one cost more."""
    nouns = cues().part_nouns
    return written_words(nouns)


_SECTOR_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _part_opens(text: str, hits: Iterable[Hit[str]]) -> list[int]:
    """Where ``_named_part`` may open before each part noun's hit, in text order: the blanks
    right before the noun, and those before a sector word before it ("its USS steelmaking
    division"): the first blank of a run, as the pattern's look-behind requires."""
    opens: set[int] = set()
    for hit in hits:
        at = blanks_start(text, hit.start)
        if at == hit.start:
            continue  # no blank before the noun, which the pattern needs
        opens.add(at)
        word = at  # the sector word: the run of its letters and hyphens before those blanks
        while word and text[word - 1] in _SECTOR_WORD_CHARS:
            word -= 1
        if word < at and text[word] != "-":
            opens.add(blanks_start(text, word))
    return sorted(opens)


# What opens a part's name: its owner ("its", "Grumman's") or "the", the owner named after the
# part then ("the Warner Brothers unit of Warner Communications").
_PART_OWNER_BEFORE = re.compile(r"(?:\b[Ii]ts|['’]s)[ \t]+$")
_PARENT_AFTER = re.compile(r"[ \t]+of[ \t]+(?:[A-Z]|the[ \t]+[A-Z])")
# A possessive that opens the part's own name: "its Frank's Nursery and Crafts unit".
_NAME_OPENED_BY_POSSESSIVE = re.compile(r"\b(?:[Ii]ts|[Tt]he|an?)[ \t]+[A-Z][\w.-]*['’]s[ \t]+$")


def _named_parts(text: str, lowered: str) -> list[tuple[int, int]]:
    """Subsidiaries named before their part noun: "USX Corp said its USS steelmaking division
    raised prices", "24 pct of sales came from USX's USS steel unit", "the Warner Brothers unit
    of Warner Communications" (not "the Kings Mountain unit" with no owner named, nor a site's
    one word: "its Kemerton hydroxide unit")."""
    found: list[tuple[int, int]] = []
    opens = _part_opens(text, _part_words().find(text, lowered))
    for match in matches_at(_named_part(), text, opens):  # tried before a part noun alone
        name = name_before(text, match.start())
        if name is None or _site_like(text[name[0]:name[1]]):
            continue
        before = text[max(0, name[0] - 24):name[0]]
        if _NAME_OPENED_BY_POSSESSIVE.search(before) or named_as_asset(text, *name):
            continue  # "its Frank's Nursery and Crafts unit"; "the Kings Mountain mine"
        if _PART_OWNER_BEFORE.search(before) or (
                after_the(text, name[0]) and _PARENT_AFTER.match(text, match.end())):
            found.append(name)
    return found


@cache
def _relative_description() -> re.Pattern[str]:
    """After a name's comma, a relative clause of a body's deed ("which operates") or "one of"
    and up to six words ("one of two primary zinc smelters")."""
    deeds = alternation(cues().relative_deeds)
    return re.compile(rf",[ \t]+(?:(?:which|that)[ \t]+(?:(?:also|now|already)[ \t]+)?"
                      rf"(?:{deeds})\b|one[ \t]+of[ \t]+(?P<words>(?:[\w'’-]+[ \t]+){{0,5}}"
                      rf"[\w'’-]+))")


def _relative_descriptions(text: str) -> list[tuple[int, int]]:
    """Names a relative clause or "one of" describes as a body: "Vanádio Ipirá, which operates
    the country's second vanadium mine,", "The Nickel Smelter Forum, which represents about 40
    companies,", "Huta Cynku Bytom, one of two primary zinc smelters in Poland," (a plural
    description head among the words after "one of": not "Los Azules, one of Argentina's prime
    copper projects"; nor a site's one word: "Kemerton, which operates two trains,")."""
    heads = frozenset(h for h in cues().description_heads if h.endswith("s"))
    found = []
    for match in _relative_description().finditer(text):
        if match.group("words") is not None and heads.isdisjoint(match.group("words").split()):
            continue
        name = name_before(text, match.start())
        if name and not _site_like(text[name[0]:name[1]]):
            found.append(name)
    return found


def _site_like(name: str) -> bool:
    """One word not in capitals: in mining news as often a plant's or a mine's site as a
    company ("its Nova division", "Kemerton, which operates two trains,"); "USS" is a
    company's letters."""
    return " " not in name and not name.isupper()


def named_as_asset(text: str, start: int, end: int) -> bool:
    """Whether the text writes the name before an asset's noun too ("its Kings Mountain unit"
    beside "the Kings Mountain mine"): a plant's unit, no subsidiary. Of one asset only: a
    company's plants are its own ("shipments from USS plants"). Each place the name opens a
    word is tried, not a pattern made for the name (a compile of the nouns for each one)."""
    name = text[start:end]
    at = text.find(name)
    while at != -1:
        if not (at and (text[at - 1].isalnum() or text[at - 1] == "_")) and \
                _single_asset_after().match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


@cache
def _single_asset_after() -> re.Pattern[str]:
    """An asset's noun of one asset after a name, a word between them at most."""
    nouns = alternation(n for n in cues().asset_nouns | cues().not_org_after
                        if not n.endswith("s"))
    return re.compile(rf"[ \t]+(?:[a-z]+[ \t]+)?(?:{nouns})\b")


def discover_by_description(doc: Doc) -> None:
    """Names that news introduces by what they are rather than by a legal form."""
    text = doc.text
    c = cues()
    candidates: list[tuple[int, int, bool]] = []  # start, end, may be a person
    listed: set[int] = set()  # starts of names from a list ("results from McDonald's, …")
    owners: set[int] = set()  # starts of "subsidiary of X" names: a parent, not a short form
    heads = frozenset(c.description_heads)
    for match in _APPOSITIVE.finditer(text):
        head = _appositive_head(text, match, heads) or _listed_description(match)
        found = head and name_before(text, match.start())
        if found and head in c.description_heads_people and not _org_like(text[found[0]:found[1]]):
            continue  # "Xu Aihua, a trader in Shanghai": people are traders and investors too
        if found:
            candidates.append((*found, head in c.description_heads_people))
    for hit in _cue_words().find(text, doc.lowered):
        if "head" in hit.payload:
            after = _DESCRIPTOR_AFTER.match(text, hit.end)
            if after and _not_glued(text, hit.start):
                found = name_after(text, after.end())
                if found and _speaker_after_comma(text, after, found[1]):
                    found = None
                if found and not _NICKNAME.match(text, found[1]):  # "Liaoliang (Leon) Zhu"
                    plural = hit.surface.endswith("s") or hit.surface == "entities"
                    candidates.extend((*_cut_tail(text, *part), True)
                                      for part in _split_names(text, *found, keep_all=plural))
        if "role_of" in hit.payload:
            after = _ROLE_OF_AFTER.match(text, hit.end)
            found = after and name_after(text, after.end())
            if found and next_word(text, found[1]) in heads:
                found = None  # "a director of Sydney stockbroker Meares": the head's place
            if found:  # "a joint subsidiary of Johnson Matthey and Rustenburg": both
                parts = [_cut_tail(text, *p) for p in _split_names(text, *found, keep_all=True)]
                candidates.extend((*part, False) for part in parts)
                if hit.surface.lower() in c.parent_roles:  # "CEO of Northhollow": its own
                    owners.update(part[0] for part in parts)
        if "list" in hit.payload:
            after = _ROLE_BETWEEN_AFTER.match(text, hit.end)
            found = name_after(text, after.end()) if after else None
            if after and found:  # "results from McDonald's, Loews and Vertex Pharmaceuticals"
                parts = _list_names(text, after.end(), found[1])
                candidates.extend((*part, True) for part in parts)
                listed.update(part[0] for part in parts)
        if "role_between" in hit.payload and text[hit.start - 1:hit.start] in (" ", "\t") and \
                _ROLE_BETWEEN_AFTER.match(text, hit.end):
            found = name_before(text, hit.start - 1)
            # "Tamsin chairman Peter O'Neill and Halberd CEO Mark Olsen": the last name only
            found = found and trim_name(doc, text, *found)
            if found:
                candidates.append((*found, True))
    candidates.extend((*part, False) for part in _named_parts(text, doc.lowered))
    bodies = _relative_descriptions(text)  # "…, which represents", "…, one of two smelters"
    candidates.extend((*name, False) for name in bodies)
    if "s " in text or "s\t" in text:  # the "'s" and the blank after it that it needs
        opens = _possessive_opens(text, _possessed_words().find(text, doc.lowered))
        for match in matches_at(_possessed(), text, opens):
            found = name_before(text, match.start())
            if found:
                candidates.append((*found, True))
    for start, end, maybe_person in candidates:
        if text.endswith(("'s", "’s"), start, end) and start not in listed:
            end -= 2  # "director of Westdeutsche Landesbank Girozentrale's trading division"
        found = _trim_of(text, start, end)
        if found and _acceptable(doc, *found, maybe_person, listed=found[0] in listed,
                                 body=found in bodies):
            name = text[found[0]:found[1]]
            short = link_exact(name) or (None if found[0] in owners else
                                         _short_form_of(doc, name, found[0]))
            if short:
                add_span(doc, "text", *found, short, "description", 0.8)
            else:
                add_org(doc, "text", *found, source="description")


def _speaker_after_comma(text: str, after: re.Match[str], end: int) -> bool:
    """"a stake in the group, Dube said": a name after the head's comma that a reporting verb
    follows opens a clause of its own (its speaker), no name of the head's."""
    return after.group().startswith(",") and said_after().match(text, end) is not None


def _listed_description(match: re.Match[str]) -> str | None:
    """"Lithium Power International, the ASX-listed owner of the Maricunga brine project": a
    description that says the name is listed names a company, whatever its head."""
    words = match.group("words").split()[:3]
    return "listed" if any(w.endswith("-listed") for w in words) else None


def _appositive_head(text: str, match: re.Match[str], heads: frozenset[str]) -> str | None:
    """The description's head noun within its first seven words ("a U.S.-based company", "a
    foreign currency and precious metals firm"); after "the" it must end the phrase ("BHP, the
    world's biggest miner,"); a head of two words too ("a Kyiv-based think tank", "an industry
    body")."""
    previous = ""
    for number, word in enumerate(_APPOSITIVE_WORD.finditer(text, match.start("words"),
                                                             match.end("words"))):
        if number > 6:
            break
        head = word.group().rstrip(".")
        if head in _CLAUSE_WORDS:
            return None  # "Joseph Grimes, a director of the company": the head is a role
        previous, head = head, (f"{previous} {head}" if f"{previous} {head}" in heads else head)
        if head in heads:
            after = text[word.start() + len(head):word.start() + len(head) + 1]
            if after in ("'", "’", "-"):
                return None
            if match.group("article") == "the" and after not in (",", ".", ";", ")"):
                return None
            return head
    return None


_CLAUSE_WORDS = frozenset(("of", "at", "for", "in", "with", "to", "from", "by", "on", "that",
                           "which", "who", "whose"))


def _org_like(name: str) -> bool:
    """One word, or a name ending in a legal form or an industry word ("Glencore", "Nordic
    Metals Ltd"), rather than a given name and a surname."""
    words = name.split()
    return len(words) == 1 or words[-1].rstrip(".,") in cues().legal or words[-1] in cues().industry


def _not_glued(text: str, start: int) -> bool:
    """"joint-venture partner" counts, "co-founder" and "Iluka's partner" do not."""
    before = text[start - 1:start]
    return before not in ("-", "'", "’") or text[start - 2:start] in (" -", "\n-")


_NICKNAME = re.compile(r"[ \t]*\([A-Z][a-z]+\)")
_QUOTED = re.compile(r"[“\"]")


def _short_form_of(doc: Doc, name: str, at: int) -> str | None:
    """"Quantum" after "Quantum Critical Metals Corp.", "Metal Traders" after "Metal Traders
    Australasia Ltd", "Fuyuan Light Alloy" after "Shaanxi Fuyuan Light Alloy": the organisation
    already named, before ``at``, whose name opens with these words, after its province's or
    country's name or none (not "Deak International" named first, then its new "Deak
    International Trading Ltd")."""
    longer = [oid for oid, info in doc.info.items()
              if info.type == "organization" and (info.name.startswith(name + " ") or
                                                  _opens_after_home(info.name, name))]
    if not longer:
        return None
    return next((s.ids[0] for s in doc.spans if s.field == "text" and s.start < at and
                 s.ids and s.ids[0] in longer), None)


def _opens_after_home(full: str, name: str) -> bool:
    """Whether ``name`` opens ``full`` after the name of its province or country: "Fuyuan
    Light Alloy" of "Shaanxi Fuyuan Light Alloy Co." (not a single word: "Nickel" is no
    "Canada Nickel Co.")."""
    words, short = full.split(), name.split()
    return len(short) >= 2 and any(
        words[cut:cut + len(short)] == short and " ".join(words[:cut]) in region_names()
        for cut in range(1, min(len(words) - len(short), 3) + 1))


def _cut_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """"Lafarge Canada for Aluminosilicate": a name read forward ends before "for"/"of"
    unless its head takes an "of" name ("Bank of America")."""
    for match in OF_CUT.finditer(text, start, end):
        if text[start:match.start()].split()[-1] not in cues().of_heads:
            return start, match.start()
    return start, end


_LIST_ITEM = re.compile(r"[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3}")
_LIST_JOINER = re.compile(r",?[ \t]+and[ \t]+|,[ \t]*")


def _list_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of "McDonald's, Loews and Vertex Pharmaceuticals" (the list may run past
    ``end``, where a comma stopped the first name)."""
    names: list[tuple[int, int]] = []
    pos = start
    while len(names) < 8:
        item = _LIST_ITEM.match(text, pos)
        if not item:
            break
        names.append((item.start(), item.end()))
        joiner = _LIST_JOINER.match(text, item.end())
        if not joiner:
            break
        pos = joiner.end()
    return names


_FIRM_OF_TWO = re.compile(r"[A-Z][\w'’-]+ (?:and|&) [A-Z][\w'’-]+")


def _split_names(text: str, start: int, end: int, keep_all: bool) -> list[tuple[int, int]]:
    """"Qogir Trading & Service and Hong Kong Ying Tak" → both names (or the first only); a
    single head names one firm of two single words ("auditor Coopers and Lybrand"), unless
    the second is a demonym opening another description ("engineering group Mota-Engil and
    Belgian rail operator Vecturis")."""
    if not keep_all and _FIRM_OF_TWO.fullmatch(text, start, end) and \
            text[start:end].split()[-1] not in country_forms():
        return [(start, end)]
    parts, cursor = [], start
    for match in re.finditer(r",? and |, ", text[start:end]):
        parts.append((cursor, start + match.start()))
        cursor = start + match.end()
    parts.append((cursor, end))
    return parts if keep_all else parts[:1]


def _trim_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    if text[start:end].split()[0] in cues().of_heads:
        return start, end
    for match in reversed(list(OF_CUT.finditer(text, start, end))):
        if text[start:match.start()].split()[-1] not in cues().of_heads:
            return (match.end(), end) if match.end() < end else None
    return start, end


def _acceptable(doc: Doc, start: int, end: int, maybe_person: bool, listed: bool = False,
                body: bool = False) -> bool:
    """Whether a name found by a description cue may be taken for an organisation; one a
    body's deed describes may end with an event's head ("the Nickel Smelter Forum, which
    represents 40 companies": no "Future Minerals Forum" held in Riyadh)."""
    c = cues()
    text = doc.text
    words = [w.strip(".,") for w in text[start:end].split()]
    if not words or len(words) > 6 or words[0] in c.leading or c.never.intersection(words) or \
            (non_org_head(words) and not (body and words[-1] in c.named_things)):
        return False
    if any(w.isdigit() and (words[i - 1] in c.never or words[i - 1] == "May")
           for i, w in enumerate(words) if i) or \
            any(w.endswith(("'s", "’s")) for w in (words if not listed else words[:-1])):
        return False  # "May 15", "China's Tianqi Lithium" (but "Latitude 66" is a name)
    if not any(ch.isalpha() for ch in words[0]) or overlaps_org(doc, start, end):
        return False
    if any(sign in text[start:end] for sign in "$€£¥"):
        return False  # "lend the company A$200 million": an amount
    if all(w in c.not_names or w in c.generic or w in c.connectors or w in c.legal
           for w in words):
        return False
    if len(words) == 1 and (words[0] in c.legal or words[0] in c.industry or
                            words[0] in c.of_heads or len(words[0]) < 3 or
                            (words[0].endswith("ly") and words[0][1:].islower())):
        return False  # "Company", "Additionally, the company …"
    if doc.in_headline(start) or next_word(text, end) in c.not_org_after or \
            _names_asset(text, end):
        return False
    if claimed_by_place(doc, start, end) or _QUOTED.fullmatch(text, start - 1, start) or \
            city_country(text[start:end]) is not None:
        return False  # a place, or a defined term: (the “Technical Partner”); a city:
        # "Toronto's main stock index"
    return not person_like(text, words, strict=not maybe_person)


def _names_asset(text: str, end: int) -> bool:
    """"the owner of the Maricunga brine project": a name, then its commodity and an asset's
    word, is the asset's."""
    c = cues()
    first = next_word(text, end)
    after = text.find(first, end) + len(first) if first else end
    return (first.capitalize() in c.commodities or first.lower() in c.asset_descriptors) and \
        next_word(text, after) in c.not_org_after
