"""National bodies and ministries named by their words, not the registry: "Geological Survey of
Finland", "the Mines Ministry" (the country told last before it), "Finance Ministry" (the registry's
ministry of that portfolio, when the country has one).
"""

from __future__ import annotations

import re
from functools import cache

from mineralwatch.extract.doc import Doc, EntityInfo
from mineralwatch.extract.geo import (
    country_names,
    country_of_place,
    demonyms,
    place_names,
    story_country,
)
from mineralwatch.extract.text import last_words, word_opening

from .registry import cues, link_exact, org_id, registry
from .spans import add_span, country_before, in_boilerplate, org_spans, overlaps_org, written_before


def country_told_last(doc: Doc, start: int) -> str | None:
    """The country named last in the few sentences before ``start``, outside any name and not
    as where goods go or come from ("loaded for China"), nor as a nationality other than the
    story's ("CONAKRY … pressure on Chinese miners … the Ministry of Mines" is Guinea's;
    "South African producers are watching the Department of Trade" is South Africa's)."""
    names = list(org_spans(doc))
    bound = cues().goods_bound
    told = [span for span in doc.spans
            if span.field == "text" and span.type == "country" and
            start - _TOLD_LAST <= span.start < start and
            not any(n.start <= span.start < n.end for n in names) and
            not set(last_words(doc.text, max(0, span.start - 12), span.start, 1)) & bound]
    if not told:
        return None
    last = max(told, key=lambda span: span.start)
    if doc.text[last.start:last.end] in demonyms() and last.ids[0] != story_country(doc):
        return None  # "pressure on Chinese miners. … the Ministry of Mines": the story's
    return last.ids[0]


_TOLD_LAST = 400  # characters before a body's name within which its country is looked for


def add_national_body(doc: Doc, start: int, end: int, country: str | None = None,
                       name: str | None = None) -> None:
    """A body whose name is all common words, after its country: "Brazil's Ministry of Mines
    and Energy" is the Brazil Ministry of Mines and Energy, named as the registry names
    ministries ("China Ministry of Commerce"), or after its province: "Quebec's Ministry of
    Energy and Natural Resources" is the Quebec one, of Canada. ``name`` replaces the written
    one (a ministry named by its portfolio), ``country`` the one written before it."""
    written_home = country_before(doc, start) or written_before(doc, start, "place")
    if name is None and not written_home and \
            (named := _named_with_home(doc, doc.text[start:end], country)):
        add_span(doc, "text", start, end, named, "suffix", 0.85)
        return  # "the Utah Division of Oil, Gas and Mining … the Division of Oil, Gas and Mining"
    home = country = country_before(doc, start) or country
    if (place := written_before(doc, start, "place")) is not None:
        home, country = place, country_of_place(place)
    if country is None or home is None or in_boilerplate(doc, start):
        return
    home_name = place_names()[home[6:]] if home.startswith("place:") else \
        country_names()[home[8:]]
    name = f"{home_name} {name or doc.text[start:end]}"
    oid = link_exact(name) or org_id(name)
    doc.remember(oid, EntityInfo("organization", name, country=country,
                                 attributes={"discovered": "country"}))
    add_span(doc, "text", start, end, oid, "suffix", 0.85)


def _named_with_home(doc: Doc, written: str, country: str | None) -> str | None:
    """The body the article named earlier with its home before the same words (of the
    country told last, if the article gave it one)."""
    tail = f" {written}"
    return next((oid for oid, info in doc.info.items()
                 if info.type == "organization" and info.name.endswith(tail) and
                 info.country in (None, country)), None)


@cache
def _portfolio_ministry() -> re.Pattern[str]:
    """"mining ministry", "energy and mineral resources ministry", "Finance ministry": a
    ministry named by its portfolio with a word in lower case (the capitalised "Finance
    Ministry" is a suffix's name)."""
    portfolio = word_opening({p.lower() for p in cues().portfolios})
    return re.compile(rf"(?P<portfolio>{portfolio}(?:[ \t]+and[ \t]+{portfolio})?)"
                      r"[ \t]+(?P<head>[Mm]inistry)\b(?![ \t]+of\b)")


def discover_portfolio_ministries(doc: Doc) -> None:
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
        if overlaps_org(doc, match.start(), match.end()) or in_boilerplate(doc, match.start()) \
                or last_words(text, max(0, match.start() - 12), match.start(), 1) in (
                    ["every"], ["each"], ["any"], ["no"], ["other"]):
            continue  # "every defence ministry in the West": no one ministry
        parts = [portfolios[p.lower()] for p in re.split(r"[ \t]+and[ \t]+",
                                                        match.group("portfolio"))]
        add_portfolio_ministry(doc, match.start(), match.end(), " and ".join(parts))


def add_portfolio_ministry(doc: Doc, start: int, end: int, portfolio: str) -> None:
    """A ministry named by its portfolio: the article's, the registry's of the country
    written before it ("France's finance ministry" is its Ministry of the Economy and
    Finance), else "<country> Ministry of <portfolio>" (the story's country if none is)."""
    country = country_before(doc, start)
    oid = _ministry_named(doc, portfolio, country) or _registry_ministry(portfolio, country)
    if oid:
        add_span(doc, "text", start, end, oid, "suffix", 0.85)
    else:
        add_national_body(doc, start, end, story_country(doc), f"Ministry of {portfolio}")


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
