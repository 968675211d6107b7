"""People named with a title or a role ("Prime Minister Shehbaz Sharif", "Stacy W. Hastie, CEO
of USSM"), with the role and affiliation the text states, and their later surname mentions.

Bylines and datelines of writers, project names that look like names ("the Tia Maria copper
mine"), short forms of organisations ("Ying Tak") and the signatories of legal notices are not
the story's people."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from itertools import chain

from mineralwatch.extract.doc import Doc, EntityInfo, Span
from mineralwatch.extract.gazetteer import Gazetteer, Hit, matches_at, written_words
from mineralwatch.extract.geo import (
    city_country,
    local_area_words,
    locative_before,
    project_words,
)
from mineralwatch.extract.text import (
    alternation,
    blanks_start,
    find_forms,
    folds_to_ascii,
    line_bounds,
    slugify,
    trie,
    word_after,
    word_matches,
    word_matches_at,
)
from mineralwatch.extract.vocabulary import load_organisation_cues


def _latin_letters(upper: bool) -> str:
    """Regex class contents: the capitals (or the lower-case letters) of names in Latin script,
    beyond ASCII ("Øyvind", "Émilie Côté", "Łukasz", "Ștefan", "Nguyễn")."""
    extra = (chr(c) for block in ((0xC0, 0x250), (0x1E00, 0x1F00)) for c in range(*block))
    return ("A-Z" if upper else "a-z") + "".join(
        ch for ch in extra if (ch.isupper() if upper else ch.islower()))


_UP, _LOW = _latin_letters(True), _latin_letters(False)

# The lower-case words before a surname: "Ludwig von Mises", "Jaco van der Merwe", "Koos de
# la Rey", "Luiz da Silva", "José dos Santos".
_PARTICLE = (r"(?:van[ \t]+de[nr]?[ \t]+|de[ \t]+la[ \t]+|de[ \t]+|van[ \t]+|von[ \t]+"
             r"|da[ \t]+|dos[ \t]+)")
_NAME = (rf"(?P<name>[{_UP}][{_LOW}\-]+(?:-?[{_UP}][{_LOW}]+)?(?:[ \t]+[{_UP}]\.)?"
         rf"(?:[ \t]+(?:{_PARTICLE}|bin[ \t]+|al-|el-|O['’]|d['’])?"
         rf"[{_UP}][{_LOW}{_UP}\-]+){{1,3}})(?!['’]?\w)")


_NAME_AFTER_TITLE = re.compile(rf",?[ \t]+{_NAME}")
# A surname after initials, as Indian news writes names: "its managing director, S.
# Venkatraman, said"; or an initial, a given name and a surname: "chairman G. Robert Durham".
_INITIALLED_AFTER_TITLE = re.compile(
    rf",?[ \t]+(?P<name>(?:[{_UP}]\.[ \t]?){{1,3}}[{_UP}][{_LOW}]{{2,}}"
    rf"(?:[ \t]+[{_UP}][{_LOW}]{{2,}})?)(?=[,;.]?[ \t])")
# A minister's portfolio, one or two capitalised words, before the name ("of Mining", "for
# Mining and Industry"); or up to four, closed by a comma ("for Mineral Resources, Naaja
# Lyberth-Kristiansen", "of Mineral Resources and Energy, Armindo Nhantumbo").
_NAME_AFTER_PORTFOLIO = re.compile(
    rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[{_UP}][{_LOW}]+"
    rf"(?:(?:[ \t]+(?:and|&)[ \t]+[{_UP}][{_LOW}]+)?[ \t]+"
    rf"|(?:[ \t]+(?:(?:and|&)[ \t]+)?[{_UP}][{_LOW}]+){{0,3}},[ \t]+){_NAME}")


@cache
def _mononym_after_title() -> re.Pattern[str]:
    """One name after a minister's title, before a verb of reporting: "Mines and Energy
    Minister Subroto confirmed …" (see ``mononym_titles`` in people.toml)."""
    verbs = _alternatives(_data()["reporting_verbs"] + _data()["mononym_verbs"])
    return re.compile(rf"[ \t]+(?P<name>[{_UP}][{_LOW}]{{2,}})(?=[ \t]+(?:{verbs})\b)")
# A capitalised given name and surname right after a role: the role is theirs.
_NAME_AFTER_ROLE = re.compile(rf"[ \t]+[{_UP}][{_LOW}]+[ \t]+[{_UP}][{_LOW}]")


@cache
def _data() -> dict:
    return tomllib.loads((files("mineralwatch") / "data" / "people.toml").read_text("utf-8"))


@cache
def _not_name_words() -> frozenset[str]:
    """people.toml's words, and organisation_cues.toml's words of the land and metals that
    close miners' names ("Lac Opinaca West", "Sierra Morena Tungsten") and the heads of public
    bodies ("the Competition Tribunal")."""
    company = load_organisation_cues()
    return frozenset(_data()["not_name_words"]).union(
        company["feature_words"], company["metal_suffixes"], company["body_heads"])


@cache
def _asset_nouns() -> frozenset[str]:
    """organisation_cues.toml ``asset_nouns``: "smelter", "mine", "project" after a name."""
    return frozenset(load_organisation_cues()["asset_nouns"])


@cache
def _place_words() -> frozenset[str]:
    """Words of where (organisation_cues.toml ``place_words``): a name made of them only is a
    region's ("Lyndon's Mid West rare earths refinery"), not a person's."""
    return frozenset(load_organisation_cues()["place_words"])


def _alternatives(words: list[str]) -> str:
    """Words as a regex alternation, longest first; a space in a phrase matches any blanks
    on its line."""
    return alternation(words, space=r"[ \t]+")


@cache
def _registry_forms() -> re.Pattern[str]:
    """Any registered name or alias as whole words of a lower-cased candidate name."""
    forms = {form.lower() for p in _data().get("person", []) for form in (p["name"], *p["aliases"])}
    return re.compile(rf"(?<!\w)(?:{alternation(forms)})(?!\w)")


def public_figure(name: str) -> bool:
    """Whether ``name`` is exactly a registered public figure's name or alias ("Trump")."""
    return bool(name) and _registry_forms().fullmatch(name.lower()) is not None


_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?:By|BY|by)[ \t]+$")
# "A look at the day ahead … by Amanda Cooper." ending the opening paragraph; a dateline of
# writers ("Anantha Lakshmi in Jakarta and Camilla Hodgson in London").
_BY_AT_END = re.compile(r"[ \t]by[ \t]+$")
_AFTER_BYLINE = re.compile(r"\.?[ \t]*(?:\n|$)")
_DATELINE = re.compile(r"(?m)^(?:[A-Z][\w'’-]+[ \t]+){1,3}in[ \t]+[A-Z][\w'’-]+"
                       r"(?:[ \t]+and[ \t]+(?:[A-Z][\w'’-]+[ \t]+){1,3}in[ \t]+[A-Z][\w'’-]+)*"
                       r"[ \t]*$")


@cache
def _registry() -> tuple[Gazetteer[str], dict[str, dict]]:
    people = {p["id"]: p for p in _data().get("person", [])}
    entries = [(form, pid) for pid, p in people.items() for form in (p["name"], *p["aliases"])]
    return Gazetteer(entries, case_sensitive={form for form, _ in entries}), people


# Between the comma after a name and its role: "Jane Doe, 52, the company's chief executive".
_TO_ROLE = r"\s+(?:\d{2},\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w.&'’-]+\s+){0,3}?"


@cache
def _patterns() -> tuple[Gazetteer[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = _data()
    roles = alternation(data["roles_after_name"])
    titled = Gazetteer(((t, t) for t in data["titles_before_name"]),
                       case_sensitive=data["titles_before_name"])
    role_after = re.compile(
        rf"{_NAME},{_TO_ROLE}(?P<role>{roles})(?!\w)"
        r"(?:\s+(?:of|at)\s+(?P<aff>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}))?"
    )
    # A signature: the name alone on a line, the role opening the next ("Jane Doe\nPresident
    # and CEO"). Found from the role line back: a pattern that opens with a name would be tried
    # at every line of the text.
    # (the roles as a trie: tried at every line break, it fails at the first letter no role
    # continues; it finds the role the alternation would)
    signature = re.compile(
        rf"\n(?:[ \t]*\n)?[ \t]*(?:{trie(data['roles_after_name'])})(?!\w)")
    return titled, role_after, signature, frozenset(data["honorifics"])


@cache
def _roles() -> Gazetteer[str]:
    """The roles written after a name, found by the shared scan: most texts have none, and
    spare the pattern tried at every capital letter."""
    roles = _data()["roles_after_name"]
    return written_words(roles)


@cache
def _role_commas() -> re.Pattern[str]:
    """A comma that a role follows as ``role_after`` reads it after a name: whether one does
    is all that is asked, so the roles are a trie."""
    return re.compile(rf",(?={_TO_ROLE}(?:{trie(_data()['roles_after_name'])})(?!\w))")


def _role_comma_opens(text: str, roles: list[Hit[str]]) -> Iterator[int]:
    """Where ``_role_commas`` may open before each role: the last comma before it, and the one
    before that when a day's digits end it ("March 20, chief executive"), as ``_TO_ROLE``
    holds no other comma (nor does a role, so one hidden by a longer hit has the same)."""
    for hit in roles:
        if (comma := text.rfind(",", 0, hit.start)) < 0:
            continue
        if text[comma - 2:comma].isdigit() and (before := text.rfind(",", 0, comma)) >= 0:
            yield before
        yield comma


_CAPITAL = re.compile(rf"[{_UP}]")
# The blanks of a name (before its initial, its words and their particles: "Jan van der Berg")
# part it into eight words at most: its first capital lies in the last eight words before the
# comma that ends it, on that comma's line.
_NAME_WORDS = 8


def _role_matches(text: str, roles: list[Hit[str]],
                  role_after: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``role_after.finditer(text)``, the pattern tried only at the capitals of the words
    before a comma that a role follows, in text order, rather than at every capital; the
    commas tried only before the ``roles`` the shared scan finds."""
    pos = tried = 0  # the end of the last match; where the capitals are not tried yet
    for comma in matches_at(_role_commas(), text, _role_comma_opens(text, roles)):
        end = comma.start()
        line_start = text.rfind("\n", 0, end) + 1
        head = text[line_start:end].rsplit(None, _NAME_WORDS)
        start = line_start + len(head[0]) if len(head) > _NAME_WORDS else line_start
        for capital in _CAPITAL.finditer(text, max(start, pos, tried), end):
            if capital.start() >= pos and (match := role_after.match(text, capital.start())):
                yield match
                pos = match.end()
        tried = end


# "* Ben Isaacson, Scotiabank: asked …" (earnings-call notes), an item at a line's start: the
# text's first line, or a line after its break (which the engine skips to, where a line's
# start "^" is tried at every position).
_LISTED = rf"[ \t]*[*•\-][ \t]+{_NAME},[ \t]+[A-Z][^:\n]{{1,60}}:"
_LISTED_FIRST = re.compile(_LISTED)
_LISTED_AFTER_BREAK = re.compile(rf"\n{_LISTED}")


def _listed_names(text: str) -> Iterator[re.Match[str]]:
    """The names of a list's items (see ``_LISTED``), in text order."""
    first = _LISTED_FIRST.match(text)
    if first is not None:
        yield first
    yield from _LISTED_AFTER_BREAK.finditer(text, first.end() if first is not None else 0)


@cache
def _introduced() -> re.Pattern[str]:
    """"the appointment of Mark Saxon as …", "welcomed Jane Doe to …"; its words open a word
    (``word_matches_at``, from their first words)."""
    words = _alternatives(_data()["introducing_words"])
    return re.compile(rf"(?:{words})[ \t]+{_NAME}(?=[ \t]+(?:as|to|from|,|who))")


@cache
def _first_words(key: str) -> tuple[str, ...]:
    """The first word of each phrase of people.toml's list ``key``: where a pattern opening
    with one of the phrases may match."""
    return tuple({phrase.split()[0] for phrase in _data()[key]})


_NAME_AT_END = re.compile(rf"{_NAME}$")


def said_after() -> re.Pattern[str]:
    """A reporting verb right after a name ("Jane Doe said", "Quantech said")."""
    return _said_patterns()[0]


@cache
def _said_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"Jane Doe said", found from the verb back (a pattern that opens with a name would be
    tried at every capital letter of the text), and "said Jane Doe," or "said Jane Doe of the
    union" (whose verb opens a word: ``word_matches``)."""
    data = _data()
    # ("[ \t][ \t]*", not "[ \t]+": a pattern opening with a character class is searched by
    # skipping to its characters, one opening with a repeat is tried at every position)
    after = re.compile(rf"[ \t][ \t]*(?:{_alternatives(data['reporting_verbs'])})\b")
    before = re.compile(rf"(?:{_alternatives(data['reporting_verbs_before_name'])})[ \t]+"
                        rf"(?P<name2>[{_UP}][{_LOW}\-]+(?:[ \t]+[{_UP}]\.)?"
                        rf"[ \t]+[{_UP}][{_LOW}{_UP}\-]+)(?=[,.]|[ \t]+of[ \t])")
    return after, before


_NAME_LINE = re.compile(rf"[ \t]*{_NAME}[ \t]*")


def _signed_names(text: str, role_line: re.Pattern[str]) -> list[tuple[int, int]]:
    """The names standing alone on the line before a role line."""
    names = []
    for match in role_line.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        name = _NAME_LINE.fullmatch(text, line_start, match.start())
        if name:
            names.append(name.span("name"))
    return names


def _said_after_matches(text: str) -> Iterator[re.Match[str]]:
    """``said_after().finditer(text)``, tried only at the blanks before a reporting verb (each
    verb found by a substring search), not at every blank of the text."""
    said_after = _said_patterns()[0]
    starts: set[int] = set()
    for verb in _first_words("reporting_verbs"):
        at = text.find(verb)
        while at != -1:
            if at and text[at - 1] in " \t":
                starts.add(blanks_start(text, at))  # the match opens where the blanks do
            at = text.find(verb, at + 1)
    pos = 0  # the end of the last match
    for start in sorted(starts):
        if start >= pos and (match := said_after.match(text, start)) is not None:
            yield match
            pos = match.end()


def _said_names(text: str) -> list[tuple[int, int]]:
    """Names of "Jane Doe said", "said Jane Doe," and ", Jane Doe, said" (see
    ``_apposed_name``), in text order; a "said" already read as the verb of a name before it
    does not also introduce the name after it."""
    said_before = _said_patterns()[1]
    found: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    for verb in _said_after_matches(text):
        if text[verb.start() - 1:verb.start()] == "," and \
                (apposed := _apposed_name(text, verb.start() - 1)) is not None:
            found.append(apposed)
        name = _NAME_AT_END.search(text, max(0, verb.start() - 80), verb.start())
        if name:
            found.append(name.span("name"))
            taken.append((name.start(), verb.end()))
            of_firm = _NAME_OF_FIRM_AT_END.search(text, max(0, name.start() - 60), name.end())
            if of_firm is not None and of_firm["name"].split()[0] in _all_given_names():
                found.append(of_firm.span("name"))  # "Mark Hollings of Stirling Partners
                # said": Hollings (not "The Reserve Bank of New Zealand said")
    for match in word_matches(said_before, text):
        if not any(start <= match.start() < end for start, end in taken):
            found.append(match.span("name2"))
    return sorted(found)


# A name, then "of" and the name of the firm at the end of a text: "Mark Hollings of Stirling
# Partners" before "said" (which the firm's name alone stands right before).
_NAME_OF_FIRM_AT_END = re.compile(rf"(?<![\w,])[ \t]*{_NAME}[ \t]+of[ \t]+(?=[{_UP}])[^\n,]*$")
# A name set off by commas at the end of a text: ", Efua Amankwah" of "a deputy minister of
# lands, Efua Amankwah, told reporters".
_APPOSED_NAME_AT_END = re.compile(rf",[ \t]+{_NAME}$")


def _apposed_name(text: str, comma: int) -> tuple[int, int] | None:
    """The name in apposition ending at the ``comma`` before a reporting verb, after a
    person's role or opening with a given name: "a deputy minister of lands and natural
    resources, Efua Amankwah, told reporters" (not "the mine's majority owner, Groupe Minier
    Kasaji, said": an owner is as often a company)."""
    name = _APPOSED_NAME_AT_END.search(text, max(0, comma - 80), comma)
    if name is not None and (name["name"].split()[0] in _all_given_names() or
                             _person_role_before(text, name.start())):
        return name.span("name")
    return None


def _person_role_before(text: str, at: int) -> bool:
    """Whether the words right before ``at`` name a person's role ("a deputy minister of lands",
    "the company's chief executive"; not an owner or a shareholder, often companies)."""
    words = set(text[max(0, at - 60):at].split())
    return bool(words & _person_roles())


@cache
def _person_roles() -> frozenset[str]:
    """The one-word roles of ``roles_after_name`` that only people hold."""
    owners = set(load_organisation_cues()["parent_roles"])
    return frozenset(r for r in _data()["roles_after_name"] if " " not in r) - owners


def find_people(doc: Doc) -> None:
    """Component: titled or role-bearing names, then later mentions by full name or surname."""
    titled, role_after, signature, honorifics = _patterns()
    registry, known = _registry()
    text = doc.text
    found: dict[str, str] = {}  # form → person id
    for field, body, lowered in doc.fields():
        for hit in registry.find(body, lowered):
            person = known[hit.payload]
            if " " not in hit.surface and _other_given_name(body, hit.start, person["name"]):
                continue  # "CEO Mark Chalmers" is not Jim Chalmers
            doc.remember(hit.payload, EntityInfo("person", person["name"],
                                                 country=person.get("country"),
                                                 attributes={"role": person["role"]}))
            doc.spans.append(Span(hit.start, hit.end, "person", (hit.payload,), person["name"],
                                  "people", 1.0, field))
    for hit in titled.find(text, doc.lowered):
        if match := _name_after_title(text, hit.surface, hit.end):
            _record(doc, match.start("name"), match.end("name"),
                    role=None if hit.surface in honorifics else hit.surface,
                    affiliation=None, found=found)
    if roles := list(_roles().find(text, doc.lowered)):  # most texts name none
        for match in _role_matches(text, roles, role_after):
            if _NAME_AFTER_ROLE.match(text, match.end("role")):
                continue  # "Mount Isa, site manager Tom Jones said": the role is Tom Jones's
            affiliation = _affiliation(doc, match.start("aff"), match.end("aff")) \
                if match.group("aff") else None
            _record(doc, match.start("name"), match.end("name"), role=match.group("role"),
                    affiliation=affiliation, found=found)
    for start, end in _signed_names(text, signature):
        _record(doc, start, end, role=None, affiliation=None, found=found)
    introduced = word_matches_at(_introduced(), text, _first_words("introducing_words"))
    for match in chain(_listed_names(text), introduced):
        _record(doc, match.start("name"), match.end("name"), role=None, affiliation=None,
                found=found)
    _possessed_by_organisation(doc, found)
    _nicknamed(doc, found)
    _given_name_pairs(doc, found)
    for start, end in _said_names(text):
        if len(text[start:end].split()) >= 2:
            _record(doc, start, end, role=None, affiliation=None,
                    found=found)
    _merge_middle_initials(found)
    _merge_generations(doc, found)
    _merge_surnames_read_first(doc, found)
    _drop_surnames_of_others(doc, found, known)
    for field, body, _ in doc.fields():
        for start, end, form in find_forms(body, found):
            pid = found[form]
            doc.spans.append(Span(start, end, "person", (pid,), doc.info[pid].name, "people",
                                  0.9, field))


def _name_after_title(text: str, title: str, end: int) -> re.Match[str] | None:
    """The name a title at ``end`` introduces: "Chief Executive Jane Doe", "managing director,
    S. Venkatraman", "Minister Subroto confirmed", "Minister of Mining Chikondi Mwale",
    "King Fahd", "Mr Justice Millett"."""
    lowered = title.lower()
    data = _data()
    return _NAME_AFTER_TITLE.match(text, end) or _INITIALLED_AFTER_TITLE.match(text, end) or (
        _mononym_after_title().match(text, end)
        if lowered.endswith(tuple(data["mononym_titles"])) else None) or (
        _NAME_AFTER_PORTFOLIO.match(text, end)
        if lowered.endswith(tuple(data["portfolio_titles"])) else None) or (
        _ONE_NAME.match(text, end) if title in data["one_name_titles"] else None)


# One name, no capitalised word after it: "King Fahd of Saudi Arabia", "Mr Justice Millett"
# (not "King Charles III", "King Island").
_ONE_NAME = re.compile(rf"[ \t]+(?P<name>[{_UP}][{_LOW}]{{2,}})(?![\w'’-]|[ \t]+[{_UP}\d])")


def _drop_surnames_of_others(doc: Doc, found: dict[str, str], known: dict[str, dict]) -> None:
    """"Clarence Morrison of Dean Witter … Morrison sees": a registered person's surname alone
    is someone else's when the article names another person of that surname in full."""
    others = _surnames_named_in_full(found)
    if not others:
        return
    texts = {field: body for field, body, _ in doc.fields()}
    doc.spans = [s for s in doc.spans if not (
        s.type == "person" and s.ids[0] in known and s.name.split()[-1] in others
        and s.ids[0] not in others[s.name.split()[-1]]
        and " " not in texts[s.field][s.start:s.end])]


def _surnames_named_in_full(found: dict[str, str]) -> dict[str, set[str]]:
    """Each surname of a name the article writes in full, with the people who bear it."""
    surnames: dict[str, set[str]] = {}
    for form, pid in found.items():
        if " " in form:
            surnames.setdefault(form.split()[-1], set()).add(pid)
    return surnames


def _merge_surnames_read_first(doc: Doc, found: dict[str, str]) -> None:
    """"Deputy Minister Nhantumbo said" after "the Deputy Minister of Mineral Resources and
    Energy, Armindo Nhantumbo": titles are read before untitled names, so a surname may be
    recorded as a person of its own before the full name that it stands for. It is that
    person when the article names one person of that surname in full."""
    full = _surnames_named_in_full(found)
    for form, pid in list(found.items()):
        owners = full.get(form, set()) - {pid}
        if " " in form or pid != "person:" + slugify(form) or len(owners) != 1:
            continue
        person = owners.pop()
        for other, other_pid in found.items():
            if other_pid == pid:
                found[other] = person
        lone, kept = doc.info.pop(pid), doc.info[person]
        for key, value in lone.attributes.items():
            kept.attributes.setdefault(key, value)


_MIDDLE_INITIAL = re.compile(r"[ \t]+[A-Z]\.(?=[ \t])")


@cache
def _openers() -> frozenset[str]:
    """Words that open a sentence or a title before a name: "As", "But", "Premier"."""
    return frozenset(_data()["name_openers"]) | person_titles()


# A word run into the next by a lost line break: "StrategyWith", "SmithThe" (not "VanderMeer").
_GLUED = re.compile(r"[a-z]{3}(?:With|The|And|For|From|In|On|Of|To|At|By|As)$")


_WORD = re.compile(r"\S+")


def _without_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """The name without the title words around it, when two words or more are left:
    "Economics Minister Martin Bangemann", "John Smith Chief Executive"; but "John King"."""
    words = list(_WORD.finditer(text[start:end]))
    titles = [i for i, w in enumerate(words) if w[0] in title_words()]
    first = titles[-1] + 1 if titles and len(words) - titles[-1] > 2 else 0
    last = len(words)
    while last - first > 2 and words[last - 1][0] in title_words():
        last -= 1
    return start + words[first].start(), start + words[last - 1].end()


def titled_surname(words: list[str]) -> bool:
    """Whether the words are a title of several words and a surname: "Mining Minister
    Nhantumbo", "Deputy Prime Minister Sharif" (not "Mining Minister" alone, "Mining Affairs")."""
    return len(words) > 2 and words[-2] in person_titles() and words[-1] not in title_words() \
        and all(w in title_words() for w in words[:-1])


@cache
def title_words() -> frozenset[str]:
    """The capitalised words of titles ("Managing", "Director"): no name begins or ends with
    one ("Managing Director Pertti Voutilainen", "John Smith Chief Executive")."""
    return frozenset(w for title in _data()["titles_before_name"] if title[:1].isupper()
                     for w in title.split() if w[:1].isupper() and w.isalpha())


def _merge_middle_initials(found: dict[str, str]) -> None:
    """"Keith J. Henderson" is the "Keith Henderson" the same article names."""
    for form in list(found):
        plain = _MIDDLE_INITIAL.sub("", form)
        if plain != form and plain in found:
            found[form] = found[plain]


def _merge_generations(doc: Doc, found: dict[str, str]) -> None:
    """"Clifford F. Stritch" and "Stritch" are the "Clifford F. Stritch Jr." the article names
    (people.toml ``generational_suffixes``): a name read without its suffix is the same man."""
    suffixes = frozenset(_data()["generational_suffixes"])
    for form, pid in list(found.items()):
        base, _, last = form.rpartition(" ")
        lone = found.get(base.rstrip(","))
        if last not in suffixes or lone is None or lone == pid:
            continue
        for other, other_pid in found.items():
            if other_pid == lone:
                found[other] = pid
        doc.info.pop(lone, None)


@cache
def _firm_after() -> re.Pattern[str]:
    """"and Co", "& Sons" right after a name: the name is a firm's (people.toml firm_after)."""
    return re.compile(rf"[ \t]+(?:{_alternatives(_data()['firm_after'])})(?![\w-])")


_CONTACT_REACH = 80  # characters after a name read for a contact
_LOCATIVE_REACH = 10  # characters before a name read for a preposition of place ("outside ")
# Characters of an address's domain read past the reach, where its "@" is within it
# ("… Corporate Development\n+1 (520) 555-0143 | ir@santacruzmanganese.example")
_DOMAIN_REACH = 40


def _contact_after(text: str, end: int) -> bool:
    """Whether a contact label ("Tel:", "E-mail."), an e-mail address or "via email" follows
    ``end`` closely; an address is looked for only where an "@" is."""
    words, address = _contact_patterns()
    stop = end + _CONTACT_REACH
    return words.search(text, end, stop) is not None or (
        text.find("@", end, stop) != -1 and
        address.search(text, end, stop + _DOMAIN_REACH) is not None)


@cache
def _contact_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A contact label or phrase ("Tel:", "via email"), and an e-mail address."""
    data = _data()
    # "Tel: …", "Tel.: …", "Tel. +1 604 …" (not "said in an email."): a label's period only
    # before a telephone number (an e-mail address is matched on its own)
    return (re.compile(rf"(?i)\b(?:{_alternatives(data['contact_labels'])})"
                       rf"(?:\.?[ \t]*:|\.[ \t]*(?=[+(]?\d[\d ()./-]{{5,}}))|"
                       rf"\b(?:{_alternatives(data['contact_phrases'])})\b"),
            re.compile(r"[\w.-]+@[\w-]+\.\w"))


# A telephone number on the name's own line, as contacts are written: "Akari Tanabe, CFA, +81 3
# 5555 0163", "Laurent Gagnon, Press Secretary, Office of the Minister of Natural Resources,
# 613-555-0172" (not on a later line: the contacts after a quote).
_TELEPHONE_ON_LINE = re.compile(r"[^\n]{0,100}?(?:(?<![\w.])\+\d{1,3}[ \t]\d[\d \t]{6,}\d|"
                                r"\b\d{3}-\d{3}-\d{4}\b)")


# A Korean name: a short surname, then a given name of two syllables joined by a hyphen
# ("Park Ji-hoon", "Kim Min-jun"; not "The Sudbury-area").
_KOREAN_NAME = re.compile(rf"[{_UP}][{_LOW}]{{1,4}} [{_UP}][{_LOW}]{{1,4}}-[{_LOW}]{{2,5}}")


def _name_words(words: list[str]) -> list[str]:
    """The words of a name that may not be place or firm words: all but a Korean surname
    before its hyphenated given name ("Park Ji-hoon" is a person, "Lee Park" a place)."""
    if len(words) == 2 and _KOREAN_NAME.fullmatch(" ".join(words)):
        return words[1:]
    return words


# A name made a modifier: "O'Leary-led", "Hancock-backed", "Trump-era".
_LED = re.compile(r"-[a-z]*(?:ed|era)$")


def _record(doc: Doc, start: int, end: int, role: str | None, affiliation: str | None,
            found: dict[str, str]) -> None:
    if doc.text.endswith(("'s", "’s"), start, end):
        end -= 2  # "Peter Dutton's claims"
    while doc.text[start:end].split(maxsplit=1)[0] in _openers() and " " in doc.text[start:end]:
        start += len(doc.text[start:end].split(maxsplit=1)[0]) + 1  # "As Warren Pearce, CEO …"
        start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
    start, end = _without_titles(doc.text, start, end)
    words = doc.text[start:end].split()
    if role is None and titled_surname(words):
        role = " ".join(words[:-1])  # "Prime Minister Nhantumbo said": a titled surname
        start = end - len(words[-1])
    name = doc.text[start:end]
    words = name.split()
    if (len(words) < 2 and role is None and affiliation is None) or name in found or \
            name in _credited(doc):
        return  # (a form already read names its person: "Sucre Figarella told"; a page's
        # writer is none of its story)
    if words[0] in _patterns()[3]:
        return  # "Mr O'Leary": a surname reference, linked when the full name is known
    company = _company_surname(doc, start, end)
    if any(part in _not_name_words() for w in _name_words(words)
           for part in w.strip(".").split("-")) or \
            city_country(name) or all(w in _place_words() for w in words) or \
            (_covered(doc, start, end) and not (role and _surname_is_a_place(doc, start, end))
             and company is None):
        return  # (nor is a city a person: "from Abu Dhabi to Seoul", nor a region: "Mid West")
    if locative_before().search(doc.text, max(0, start - _LOCATIVE_REACH), start):
        return  # "an open pit near Diego de Almagro", "around Abu Dabbab": a place
    after = word_after(doc.text, end)
    if after in _not_name_words() or after in _asset_nouns():
        return  # "the Lachlan Fold Belt": a longer name, of a place; "its Hernán Videla Lira
        # smelter": an asset named after a person
    if _LED.search(words[-1]) or _BYLINE.search(doc.text, max(0, start - 6), start):
        return  # "O'Leary-led", "Trump-era" (not "Choi Nam-ho"); "By Amanda Cooper" is the
        # byline, not the story
    if any(_GLUED.search(w) for w in words):
        return  # "Supply Chain StrategyWith": a heading glued to the text
    if _is_byline(doc, start, end) or _in_credits(doc, start) or \
            _names_project(doc.text, name) or \
            _inside_organisation_name(doc, name) or _in_notice(doc, start) or \
            _contact_after(doc.text, end) or \
            _TELEPHONE_ON_LINE.match(doc.text, end) or \
            _firm_after().match(doc.text, end):
        return  # (a name followed by a telephone or an e-mail is a release's contact)
    if _registry_forms().search(name.lower()) and not (
            words[0] in _all_given_names() and not _registry_forms().match(name.lower())):
        return  # names a known public figure ("Trump administration"): linked by the registry
        # (but "Mark Chalmers" is not Jim Chalmers)
    if company is not None:
        doc.spans.remove(company)
    pid = "person:" + slugify(name)
    attributes = {k: v for k, v in (("role", role), ("affiliation", affiliation)) if v}
    doc.remember(pid, EntityInfo("person", name, attributes=attributes))
    found[name] = pid
    if len(words) >= 2 and len(words[-1]) > 3:
        found.setdefault(words[-1], pid)
    if len(words) == 3 and words[1][0].isupper() and not words[1].endswith(".") and \
            words[1] not in _all_given_names():  # "Mary Ann Smith": not "Ann Smith"
        found.setdefault(" ".join(words[1:]), pid)  # "Sucre Figarella told": both surnames
    particle = next((i for i, w in enumerate(words[2:-1], 2) if w.islower()), None)
    if particle is not None:  # "Javier Perez de Cuellar" … "Perez de Cuellar said"
        found.setdefault(" ".join(words[particle - 1:]), pid)


# A given name and a capitalised surname: "Ben Isaacson", "Tom O'Leary", "Jean-Sebastien
# Jacques" (a double given name known by its first part). Given names come from
# gender-guesser's list of about 60,000; words that are also ordinary English ("Grant", "May",
# "Chase") are excluded by people.toml.
# (Opening with the capital lets the engine skip ahead to capitals; the look-behind after it
# checks the character before the name.)
_GIVEN_AND_SURNAME = re.compile(
    rf"(?P<name>(?P<given>[{_UP}](?<![\w-].)[{_LOW}]+)(?:-[{_UP}][{_LOW}]+)?"
    rf"(?:[ \t]+[{_UP}]\.)?[ \t]+"
    rf"(?:O['’]|Mc|Mac|{_PARTICLE})?[{_UP}][{_LOW}'’]*[{_LOW}]"
    rf"(?:-[{_UP}{_LOW}'’]*[{_LOW}])*)(?!['’]?\w)"  # "Margaret Osei-Lindgren"
)


@cache
def person_titles() -> frozenset[str]:
    """Capitalised one-word titles written before a name ("Governor", "Senator", "Dr")."""
    return frozenset(t for t in _data()["titles_before_name"] if " " not in t and t[:1].isupper())


def given_names() -> frozenset[str]:
    """Given names that may open an untitled person's name ("Ben", "Madeleine")."""
    return _given_names()


@cache
def _given_names() -> frozenset[str]:
    return _all_given_names() - frozenset(_data()["not_given_names"])


_WORD_BEFORE = re.compile(rf"([{_UP}][{_LOW}]+)[ \t]+$")


def _other_given_name(text: str, start: int, full_name: str) -> bool:
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return match is not None and match.group(1) != full_name.split()[0] and \
        match.group(1) in _all_given_names() and match.group(1) not in _not_name_words()


@cache
def _all_given_names() -> frozenset[str]:
    """Every given name of gender-guesser's list, common words included ("Mark", "Grant")."""
    from gender_guesser.detector import Detector

    return frozenset(name for name in Detector(case_sensitive=True).names if name[:1].isupper())


def _in_notice(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` lies in a sentence of a release's legal notice (``notice_markers``)."""
    return doc.in_sentence_with(_notice_markers(), pos)


@cache
def _notice_markers() -> tuple[str, ...]:
    return tuple(_data()["notice_markers"])


@cache
def _credits() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A wire story's credits ("Editing by Jan Harvey" to the next ";" or ")"), and the literal
    cues ("editing by") whose absence lets an article skip the pattern."""
    words = _data()["credit_words"]
    not_after = "".join(rf"(?<!{word} )" for word in _data()["credit_not_after"])
    pattern = re.compile(rf"(?i){not_after}\b(?:{_alternatives(words)})\s+by\s+[^;)\n]*")
    return pattern, tuple(f"{word} by" for word in words)


_CREDITED_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}"
# After a writer's name: the city they write from, "(London)" or "in Ulaanbaatar".
_WRITES_FROM = r"[ \t]*\([^()\n]{1,30}\)|[ \t]+in[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?"
# Names joined by a comma or "and", or both: "By Jane Doe, Asia Editor, and John Roe".
_CREDITED_NAMES = (rf"{_CREDITED_NAME}(?:{_WRITES_FROM})?"
                   rf"(?:(?:,?[ \t]+and[ \t]+|,[ \t]*){_CREDITED_NAME}(?:{_WRITES_FROM})?)*")
# Where a byline or a labelled credit may open: a line's start or a separator of the page's
# header ("9 July 2025 | Interview by …"); a capitalised "By" after any space (a header glued
# to the text: "… without a licence By Oliver Prentice (London)").
_CREDIT_OPENS = re.compile(r"(?:^|\n|[|•·])[ \t]*$")


@cache
def _credit_patterns() -> tuple[re.Pattern[str], ...]:
    """A byline and a labelled credit holding only names (and where they write from), up to a
    separator or the line's end, a photo's agency credit, and a writer's line after its line
    break ("\nJane Doe, Senior Reporter"); each opens with its own words or characters so that
    the scan skips ahead to them."""
    data = _data()
    # names end at a separator, the line's end or a figure: "By Mamadou Sow and Lin Qiaoyu 4
    # minute read"
    names = rf"(?P<names>{_CREDITED_NAMES})[ \t]*(?=[|•·,—–\[]|[ \t]-|$|\d)"
    return (re.compile(rf"(?m)(?:{_alternatives(data['byline_openers'])})[ \t]+{names}"),
            re.compile(rf"(?m)(?:{_alternatives(data['credit_labels'])})[ \t]*:?[ \t]*{names}"),
            # "(Xinhua/Li Wen)", and a caption's last words in square brackets: "[Photo: … .
            # MERIDIAN/Amr Saleh]"
            re.compile(rf"(?:[(\[]|(?<=[ \t]))(?:[A-Z][\w&.-]*[ \t]?){{1,3}}/"
                       rf"(?P<names>{_CREDITED_NAME})(?:\)|\](?=\s|$))"),
            re.compile(rf"(?im)\n[ \t]*(?P<names>{_CREDITED_NAME}),[ \t]+(?:[\w&-]+[ \t]+)"
                       rf"{{0,3}}(?:{_alternatives(data['writer_roles'])})[ \t]*(?:[|•·,]|$)"),
            # the same line glued to the sentence before it, when it closes its own line: a
            # newsletter's sign-off ("… prices, people and paperwork. Eleanor Quist, Editor")
            re.compile(rf"(?im)[.!?][ \t]+(?P<names>{_CREDITED_NAME}),[ \t]+"
                       rf"(?:[\w&-]+[ \t]+){{0,3}}(?:{_alternatives(data['writer_roles'])})"
                       rf"[ \t]*$"),
            re.compile(rf"(?m)(?:^|(?<=[.!?]))[ \t]*(?P<names>{_CREDITED_NAME})[ \t]*\n[ \t]*"
                       rf"(?:{_alternatives(data['date_line_openers'])})\b"))


_DATE_LINE_OPENS = re.compile(
    rf"\n[ \t]*(?:{_alternatives(_data()['date_line_openers'])})\b")


def _credit_opens(text: str, at: int) -> bool:
    return _CREDIT_OPENS.search(text, max(0, at - 12), at) is not None


def _credited(doc: Doc) -> frozenset[str]:
    """The names a page credits as its writers (see ``byline_openers``)."""
    names = doc.cache.get("people-credited")
    if names is None:
        text = doc.text
        byline, label, photo, desk, sign_off, over_date = _credit_patterns()
        # a capitalised "By" opens a byline even mid-line: "… without a licence By Oliver
        # Prentice" (not "Interview by", which opens one only where a credit may stand)
        alone = tuple(o for o in _data()["byline_openers"] if " " not in o)
        # each scan only where its words are (see ``_credit_cues``): most pages credit none
        openers, labels, roles = _credit_cues()
        found = [m for m in byline.finditer(text) if _credit_opens(text, m.start()) or (
            text.startswith(alone, m.start()) and m.start() > 0
            and text[m.start() - 1] in " \t")] if openers.search(text) else []
        if labels.search(text):
            found += [m for m in label.finditer(text) if _credit_opens(text, m.start())]
        if "/" in text:  # "(Reuters/Jane Doe)"
            found += list(photo.finditer(text))
        if any(role in doc.lowered for role in roles) or folds_to_ascii(text):
            found += list(desk.finditer("\n" + text))  # (the first line after a break too)
            found += list(sign_off.finditer(text))
        if _DATE_LINE_OPENS.search(text):  # few pages have one: the name's pattern opens
            found += list(over_date.finditer(text))  # with no character to skip ahead to
        names = doc.cache["people-credited"] = frozenset(
            name.group() for m in found
            for name in re.finditer(_CREDITED_NAME, re.sub(_WRITES_FROM, "", m["names"])))
    return names


@cache
def _credit_cues() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """What a text must hold for each credit's scan to find anything: a byline opener's or a
    credit label's first word (as written: plain alternations, which a search skips through
    to their first letters, where the credits' patterns are tried at many more places), and a
    writer's role (in the lower-cased text; a role's pattern ignores case)."""
    data = _data()
    return (re.compile(alternation(o.split()[0] for o in data["byline_openers"])),
            re.compile(alternation(label.split()[0] for label in data["credit_labels"])),
            tuple(role.split()[0].lower() for role in data["writer_roles"]))



def _in_credits(doc: Doc, pos: int) -> bool:
    spans = doc.cache.get("people-credits")
    if spans is None:
        pattern, cues = _credits()
        spans = doc.cache["people-credits"] = [m.span() for m in pattern.finditer(doc.text)] \
            if any(cue in doc.lowered for cue in cues) else []
    return any(start <= pos < end for start, end in spans)


def _is_byline(doc: Doc, start: int, end: int) -> bool:
    text = doc.text
    if start < 600 and _BY_AT_END.search(text, max(0, start - 4), start) and \
            _AFTER_BYLINE.match(text, end):
        return True
    return bool(_DATELINE.fullmatch(text, *line_bounds(text, start, end)))


_WORDS_AFTER = re.compile(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")


def _names_project(text: str, name: str) -> bool:
    """"the Tia Maria copper mine", "the Vara Mada Project", "Esmeralda County": a project or a
    place, not a person, wherever the article writes it so."""
    words = _project_or_area_words()
    at = text.find(name)
    while at != -1:
        match = _WORDS_AFTER.match(text, at + len(name))
        if match and (match[1].lower() in words or (
                match[1].islower() and match[2] and match[2].lower() in words)):
            return True  # "the Myra Falls complex", "the Tia Maria copper mine"
        at = text.find(name, at + 1)
    return False


@cache
def _project_or_area_words() -> frozenset[str]:
    return project_words() | local_area_words()


def _inside_organisation_name(doc: Doc, name: str) -> bool:
    """"Ying Tak" after "Hong Kong Ying Tak": a short form of an organisation's name."""
    return any(info.type == "organization" and name in info.name and name != info.name
               for info in doc.info.values())


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A name that is a whole line: a caption or an author's line, unless a role follows on
    the next line (a signature, found by its own pattern)."""
    line_start, line_end = line_bounds(text, start, end)
    return not text[line_start:start].strip() and not text[end:line_end].strip()


# "a meeting … in Milton Keynes": an untitled name after "in" is a place (but "invested in
# Robert Friedland's latest venture"); one after "the" is a place or a site named after a
# person ("projects in the Walker Lane", "the Cowan North decline", "the John Taolo Gaetsewe
# district").
_PLACE_BEFORE = re.compile(r"\b(?:in|[Tt]he)[ \t]+$")


@cache
def _vessel_before() -> re.Pattern[str]:
    """"the aircraft carrier Kitty Hawk", "the tanker Grace Dawn": a name after a vessel's
    noun (``vessel_nouns``) is the ship's, often a person's name given to it."""
    return re.compile(rf"\b(?:{_alternatives(_data()['vessel_nouns'])})[ \t]+$")


# "Liaoliang (Leon) Zhu": a known given name in brackets between two capitalised words is the
# person's other given name, no part of the name (searched from its bracket: few texts have one).
_NICKNAME = re.compile(rf"\((?P<nick>[{_UP}][{_LOW}]+)\)[ \t]+"
                       rf"(?P<surname>[{_UP}][{_LOW}'’]*[{_LOW}])(?!['’]?\w)")
_GIVEN_BEFORE = re.compile(rf"(?<![\w'’-])(?P<given>[{_UP}][{_LOW}]+)[ \t]+$")


def _nicknamed(doc: Doc, found: dict[str, str]) -> None:
    """People written with a nickname between given name and surname, "Liaoliang (Leon)
    Zhu", are known by the two names around it; the surname alone names them later."""
    text = doc.text
    for match in _NICKNAME.finditer(text):
        given = _GIVEN_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if given is None or match["nick"] not in _given_names() or \
                doc.in_headline(match.start()) or \
                {given["given"], match["surname"]} & _not_name_words():
            continue
        name = f"{given['given']} {match['surname']}"
        pid = "person:" + slugify(name)
        if name not in found:
            doc.remember(pid, EntityInfo("person", name))
            found[name] = pid
            found.setdefault(match["surname"], pid)
            doc.spans.append(Span(given.start(), match.end(), "person", (pid,), name, "people",
                                  0.9, "text"))


def _given_name_pairs(doc: Doc, found: dict[str, str]) -> None:
    """Untitled people: a known given name followed by a surname, outside headlines."""
    names = _given_names()
    text = doc.text
    pos = 0
    while (match := _GIVEN_AND_SURNAME.search(text, pos)) is not None:
        # "But Nick Toufexis of Prudential-Bache": an opener before a name does not take the
        # given name after it for a surname (the words of "Sprott Asset Management" stay one).
        given = match.group("given")
        pos = match.end("given") if given not in names and given in _openers() else match.end()
        if match.group("given") in names and not doc.in_headline(match.start()) and \
                not _alone_on_its_line(text, match.start("name"), match.end("name")) and \
                not (_PLACE_BEFORE.search(text, max(0, match.start() - 5), match.start())
                     and not match.group("name").endswith(("'s", "’s"))) and \
                not _vessel_before().search(text, max(0, match.start() - 12), match.start()):
            _record(doc, match.start("name"), _third_name_end(doc, match.end("name")),
                    role=None, affiliation=None, found=found)


# A third capitalised word of three letters or more closing a name, before a comma or a
# lower-case word: "Chantal Mwamba Kalenga spoke", "Marcos Teixeira Duarte, P.Eng." (not "John
# Smith Mining Corp", nor "said Peter Smith Kalgoorlie" at a line's end, nor a "Jr" that the
# name keeps as written).
_THIRD_NAME = re.compile(rf"[ \t]+([{_UP}][{_LOW}'’]+[{_LOW}])(?=[,;)]|[ \t]+[a-z])")


def _third_name_end(doc: Doc, end: int) -> int:
    """Where a name of a given name and a surname ends, with a second surname if one follows
    (no title, no word of places or companies, no entity of its own)."""
    third = _THIRD_NAME.match(doc.text, end)
    if third is None:
        return end
    word = third.group(1)
    if word in person_titles() or word in _not_name_words() or word in _openers() or \
            any(s.start <= third.start(1) < s.end and s.field == "text" for s in doc.spans):
        return end
    return third.end(1)


_AFTER_POSSESSIVE = re.compile(rf"['’]s[ \t]+{_NAME}")


def _possessed_by_organisation(doc: Doc, found: dict[str, str]) -> None:
    """"Proactive's Jonathan Jackson", "Iluka's Tom O'Leary": a person of that organisation."""
    for span in [s for s in doc.spans if s.field == "text" and s.type == "organization"]:
        match = _AFTER_POSSESSIVE.match(doc.text, span.end)
        if match:
            _record(doc, match.start("name"), match.end("name"), role=None,
                    affiliation=span.ids[0], found=found)


def _covered(doc: Doc, start: int, end: int) -> bool:
    """A name already claimed by an organisation or a place is not a person."""
    claimed = _claimed_spans(doc)
    index = bisect_right(claimed, (start, 1 << 30))
    return any(s < end and start < e for s, e in claimed[max(0, index - 8):index + 1])


def _surname_is_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether only a place claims the words after a titled name's given name: "Chairman
    Kazuo Nagano" is a man, not the prefecture."""
    first = doc.text[start:end].split(maxsplit=1)[0]
    if first not in _all_given_names():
        return False
    claims = [s for s in _text_spans_over(doc, start, end) if s.type in _CLAIMING_TYPES]
    return all(s.type == "place" and start + len(first) < s.start and s.end <= end
               for s in claims)


def _company_surname(doc: Doc, start: int, end: int) -> Span | None:
    """The span of a one-word company name that alone claims the surname after a known given
    name: "said Marit Sandvik, the alliance's director" is a woman, not Sandvik AB ("Al
    Batinah" is Oman's region: "Al" is the Arabic article as often as a given name)."""
    words = doc.text[start:end].split()
    if len(words) != 2 or len(words[0]) < 3 or words[0] not in _all_given_names():
        return None
    claims = _text_spans_over(doc, start, end)
    if len(claims) == 1 and claims[0].type == "organization" and \
            (claims[0].start, claims[0].end) == (end - len(words[1]), end):
        return claims[0]
    return None


def _text_spans_over(doc: Doc, start: int, end: int) -> list[Span]:
    """The body's spans that overlap ``start``–``end``: what else claims a name's words."""
    return [s for s in doc.spans if s.start < end and start < s.end and s.field == "text"]


# The kinds of span whose words are no person's name (see ``_claimed_spans``).
_CLAIMING_TYPES = ("organization", "country", "place")


def _claimed_spans(doc: Doc) -> list[tuple[int, int]]:
    """Organisation and place spans, sorted; cached on the doc while people are found."""
    key = len(doc.spans)
    cached = doc.cache.get("claimed")
    if cached is None or cached[0] != key:
        spans = sorted((s.start, s.end) for s in doc.spans if s.field == "text"
                       and s.type in _CLAIMING_TYPES)
        cached = doc.cache["claimed"] = (key, spans)
    return cached[1]


def _affiliation(doc: Doc, start: int, end: int) -> str | None:
    for span in doc.spans:
        if start <= span.start < end and span.field == "text" and span.type == "organization":
            return span.ids[0]
    return None
