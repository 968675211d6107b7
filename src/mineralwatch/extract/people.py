"""People named with a title or a role ("Prime Minister Shehbaz Sharif", "Stacy W. Hastie, CEO
of USSM"), with the role and affiliation the text states, and their later surname mentions."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from functools import cache
from importlib.resources import files

from mineralwatch.extract.doc import Doc, EntityInfo, Span
from mineralwatch.extract.gazetteer import Gazetteer
from mineralwatch.extract.text import find_forms, slugify

_NAME = (r"(?P<name>[A-Z][a-zà-ÿ\-]+(?:[ \t]+[A-Z]\.)?"
         r"(?:[ \t]+(?:de[ \t]+|van[ \t]+|von[ \t]+|bin[ \t]+|al-|O['’])?[A-Z][a-zà-ÿA-Z\-]+)"
         r"{1,2})(?!['’]?\w)")


_NAME_AFTER_TITLE = re.compile(rf",?[ \t]+{_NAME}")


@cache
def _data() -> dict:
    return tomllib.loads((files("mineralwatch") / "data" / "people.toml").read_text("utf-8"))


@cache
def _not_name_words() -> frozenset[str]:
    return frozenset(_data()["not_name_words"])


@cache
def _registry_forms() -> re.Pattern[str]:
    """Any registered name or alias as whole words of a lower-cased candidate name."""
    forms = sorted({form.lower() for p in _data().get("person", [])
                    for form in (p["name"], *p["aliases"])}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")


_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?:By|BY|by)[ \t]+$")


@cache
def _registry() -> tuple[Gazetteer[str], dict[str, dict]]:
    people = {p["id"]: p for p in _data().get("person", [])}
    entries = [(form, pid) for pid, p in people.items() for form in (p["name"], *p["aliases"])]
    return Gazetteer(entries, case_sensitive={form for form, _ in entries}), people


@cache
def _patterns() -> tuple[Gazetteer[str], re.Pattern[str], frozenset[str]]:
    data = _data()
    roles = "|".join(re.escape(r) for r in sorted(data["roles_after_name"], key=len,
                                                   reverse=True))
    titled = Gazetteer(((t, t) for t in data["titles_before_name"]),
                       case_sensitive=data["titles_before_name"])
    role_after = re.compile(
        rf"{_NAME},\s+(?:the\s+|a\s+|an\s+)?(?:[\w.&'’-]+\s+){{0,3}}?(?P<role>{roles})\b"
        r"(?:\s+(?:of|at)\s+(?P<aff>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}))?"
    )
    return titled, role_after, frozenset(data["honorifics"])


# "* Ben Isaacson, Scotiabank: asked …" (earnings-call notes), "the appointment of Mark Saxon".
_LISTED = re.compile(rf"(?m)^[ \t]*[*•\-][ \t]+{_NAME},[ \t]+[A-Z][^:\n]{{1,60}}:")
_INTRODUCED = re.compile(rf"\b(?:appointment of|appointed|welcomed|welcomes|joined by|hired|"
                         rf"named|interviewed|with)[ \t]+{_NAME}(?=[ \t]+(?:as|to|from|,|who))")
_SAID = re.compile(rf"{_NAME}[ \t]+(?:said|says|told|added|noted|explained)\b|"
                   rf"\b(?:said|says)[ \t]+(?P<name2>[A-Z][a-zà-ÿ\-]+(?:[ \t]+[A-Z]\.)?"
                   rf"[ \t]+[A-Z][a-zà-ÿA-Z\-]+)(?=[,.])")


def find_people(doc: Doc) -> None:
    """Component: titled or role-bearing names, then later mentions by full name or surname."""
    titled, role_after, honorifics = _patterns()
    registry, known = _registry()
    text = doc.text
    found: dict[str, str] = {}  # form → person id
    for field, body, lowered in doc.fields():
        for hit in registry.find(body, lowered):
            person = known[hit.payload]
            doc.remember(hit.payload, EntityInfo("person", person["name"],
                                                 country=person.get("country"),
                                                 attributes={"role": person["role"]}))
            doc.spans.append(Span(hit.start, hit.end, "person", (hit.payload,), person["name"],
                                  "people", 1.0, field))
    for hit in titled.find(text, doc.lowered):
        match = _NAME_AFTER_TITLE.match(text, hit.end)
        if match:
            _record(doc, match.start("name"), match.end("name"),
                    role=None if hit.surface in honorifics else hit.surface,
                    affiliation=None, found=found)
    for match in role_after.finditer(text):
        affiliation = _affiliation(doc, match.start("aff"), match.end("aff")) \
            if match.group("aff") else None
        _record(doc, match.start("name"), match.end("name"), role=match.group("role"),
                affiliation=affiliation, found=found)
    for pattern in (_LISTED, _INTRODUCED):
        for match in pattern.finditer(text):
            _record(doc, match.start("name"), match.end("name"), role=None, affiliation=None,
                    found=found)
    _possessed_by_organisation(doc, found)
    _given_name_pairs(doc, found)
    for match in _SAID.finditer(text):
        group = "name" if match.group("name") else "name2"
        if len(match.group(group).split()) >= 2:
            _record(doc, match.start(group), match.end(group), role=None, affiliation=None,
                    found=found)
    for field, body, _ in doc.fields():
        for start, end, form in find_forms(body, found):
            pid = found[form]
            doc.spans.append(Span(start, end, "person", (pid,), doc.info[pid].name, "people",
                                  0.9, field))


def _record(doc: Doc, start: int, end: int, role: str | None, affiliation: str | None,
            found: dict[str, str]) -> None:
    name = doc.text[start:end]
    words = name.split()
    if words[0] in _patterns()[2]:
        return  # "Mr O'Leary": a surname reference, linked when the full name is known
    if any(w.strip(".") in _not_name_words() for w in words) or _covered(doc, start, end):
        return
    if re.search(r"-[a-z]", words[-1]) or _BYLINE.search(doc.text, max(0, start - 6), start):
        return  # "O'Leary-led"; "By Amanda Cooper" is the byline, not the story
    if _registry_forms().search(name.lower()):
        return  # names a known public figure ("Trump administration"): linked by the registry
    pid = "person:" + slugify(name)
    attributes = {k: v for k, v in (("role", role), ("affiliation", affiliation)) if v}
    doc.remember(pid, EntityInfo("person", name, attributes=attributes))
    found[name] = pid
    if len(words) >= 2 and len(words[-1]) > 3:
        found.setdefault(words[-1], pid)


# A given name and a capitalised surname: "Ben Isaacson", "Tom O'Leary". Given names come from
# gender-guesser's list of about 60,000; words that are also ordinary English ("Grant", "May",
# "Chase") are excluded by people.toml.
_GIVEN_AND_SURNAME = re.compile(
    r"\b(?P<name>(?P<given>[A-Z][a-zà-ÿ]+)(?:[ \t]+[A-Z]\.)?[ \t]+"
    r"(?:O['’]|Mc|Mac|de[ \t]+|van[ \t]+|von[ \t]+)?[A-Z][a-zà-ÿ'’\-]+[a-zà-ÿ])(?!['’]?\w)"
)


@cache
def _given_names() -> frozenset[str]:
    from gender_guesser.detector import Detector

    excluded = set(_data()["not_given_names"])
    return frozenset(name for name in Detector(case_sensitive=True).names
                     if name[:1].isupper() and name not in excluded)


def _given_name_pairs(doc: Doc, found: dict[str, str]) -> None:
    """Untitled people: a known given name followed by a surname, outside headlines."""
    names = _given_names()
    text = doc.text
    for match in _GIVEN_AND_SURNAME.finditer(text):
        if match.group("given") in names and not doc.in_headline(match.start()):
            _record(doc, match.start("name"), match.end("name"), role=None, affiliation=None,
                    found=found)


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


def _claimed_spans(doc: Doc) -> list[tuple[int, int]]:
    """Organisation and place spans, sorted; cached on the doc while people are found."""
    key = len(doc.spans)
    cached = doc.cache.get("claimed")
    if cached is None or cached[0] != key:
        spans = sorted((s.start, s.end) for s in doc.spans if s.field == "text"
                       and s.type in ("organization", "country", "place"))
        cached = doc.cache["claimed"] = (key, spans)
    return cached[1]


def _affiliation(doc: Doc, start: int, end: int) -> str | None:
    for span in doc.spans:
        if span.field == "text" and span.type == "organization" and start <= span.start < end:
            return span.ids[0]
    return None
