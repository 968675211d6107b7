"""Countries and first-level places, linked to ISO 3166 codes with pycountry's lists.

Country names, official names, aliases, abbreviations and demonyms ("U.S.", "Pakistani",
"DRC") resolve to ``country:XX``; state and province names to ``place:XX-YY``, each place also
linked to its country.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

import pycountry

from mineralwatch.extract.doc import Doc, EntityInfo, Span
from mineralwatch.extract.gazetteer import Gazetteer
from mineralwatch.extract.vocabulary import load_country_aliases

# pycountry writes Chinese provinces with their administrative suffix ("Guangdong Sheng").
_ADMIN_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu|Zhuangzu|Uygur|Weiwu'er)\b.*$")
# Subdivisions that ISO also lists as countries: they are linked as countries.
_ALSO_COUNTRIES = {"CN-HK", "CN-MO", "CN-TW"}


@cache
def _places_config() -> dict:
    return tomllib.loads((files("mineralwatch") / "data" / "places.toml").read_text("utf-8"))


@cache
def country_names() -> dict[str, str]:
    """alpha-2 → the short name shown to users."""
    return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}


@cache
def place_names() -> dict[str, str]:
    config = _places_config()
    names = {}
    for code in config["countries"]:
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            if sub.parent_code is None and sub.code not in _ALSO_COUNTRIES:
                names[sub.code] = _ADMIN_SUFFIX.sub("", sub.name)
    return names


@cache
def _gazetteer() -> Gazetteer[tuple[str, str]]:
    aliases = load_country_aliases()
    entries: list[tuple[str, tuple[str, str]]] = []
    for country in pycountry.countries:
        for form in {country.name, getattr(country, "common_name", None),
                     getattr(country, "official_name", None)} - {None}:
            if "," not in form:  # "Korea, Republic of" is a list form, never written in news
                entries.append((form, ("country", country.alpha_2)))
    for alias, code in aliases.aliases.items():
        if alias not in aliases.needs_context:
            entries.append((alias, ("country", code)))
    config = _places_config()
    cued = set(config["needs_cue"])
    country_forms = {form.lower() for form, _ in entries}
    for code, name in place_names().items():
        if name not in cued and name.lower() not in country_forms:
            entries.append((name, ("place", code)))
    for alias, code in config["aliases"].items():
        entries.append((alias, ("place", code)))
    # Every name is a proper noun: match it as written, so "china" (porcelain), "us" (the
    # pronoun) and "chad" do not count.
    sensitive = {form for form, _ in entries}
    return Gazetteer(entries, case_sensitive=sensitive)


def find_places(doc: Doc) -> None:
    """Component: propose ``country`` and ``place`` spans in title and text."""
    gazetteer = _gazetteer()
    countries, places = country_names(), place_names()
    for field, text, lowered in doc.fields():
        for hit in gazetteer.find(text, lowered):
            kind, code = hit.payload
            if kind == "country":
                cid = f"country:{code}"
                doc.spans.append(Span(hit.start, hit.end, "country", (cid,), countries[code],
                                      "geo", 1.0, field))
                doc.remember(cid, EntityInfo("country", countries[code]))
            else:
                pid = f"place:{code}"
                name = places.get(code, hit.surface)
                doc.spans.append(Span(hit.start, hit.end, "place", (pid,), name, "geo", 1.0, field))
                doc.remember(pid, EntityInfo("place", name, country=f"country:{code[:2]}"))


def country_of_place(place_id: str) -> str:
    return "country:" + place_id.removeprefix("place:")[:2]
