"""Names in official tables → canonical ids, through the shared vocabulary.

USGS and the World Bank each spell countries and commodities their own way ("Congo
(Kinshasa)", "Korea, Republic of", WGI code ``ZAR``, "Gemanium"). The crosswalks live in the
vocabulary files (``minerals.toml`` field ``usgs``, ``countries.toml`` sections ``[usgs_names]``
and ``[wgi_codes]``); this module only cleans the strings and looks them up, so the statistics
and the news use the same ids.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from mineralwatch.extract import vocabulary

# Footnote markers: "China3", "World total (rounded) 10".
_FOOTNOTE = re.compile(r"(?:(?<=[A-Za-z])|(?<=\)) ?)\d{1,2}$")
_QUALIFIER = re.compile(r"\s*\(([^)]*)\)\s*$")  # "Brazil (beneficiated)"


class UnknownMineral(LookupError):
    """A name that no mineral in the vocabulary answers to."""


@dataclass(frozen=True, slots=True)
class MineralInfo:
    id: str
    name: str
    symbol: str | None
    group: str | None  # canonical id of the group (rare earths, PGMs) it belongs to
    usgs: tuple[str, ...]


def clean_name(raw: str) -> str:
    """NFKC-normalise, turn non-breaking spaces and curly quotes plain, collapse spaces."""
    text = unicodedata.normalize("NFKC", raw).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(text.split())


def strip_footnote(name: str) -> str:
    return _FOOTNOTE.sub("", name).strip()


def split_qualifier(name: str) -> tuple[str, str]:
    """``"Brazil (beneficiated)"`` → ``("Brazil", "beneficiated")``."""
    match = _QUALIFIER.search(name)
    if not match:
        return name, ""
    return name[: match.start()].strip(), match.group(1).strip()


# --- minerals -----------------------------------------------------------------------------


@cache
def minerals() -> dict[str, MineralInfo]:
    """Every mineral of the vocabulary keyed by id, in file order."""
    out: dict[str, MineralInfo] = {}
    for m in vocabulary.load_minerals():
        out[m.id] = MineralInfo(id=m.id, name=m.name, symbol=m.symbol, group=m.group_id,
                                usgs=m.usgs)
    return out


@cache
def _commodity_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for info in minerals().values():
        for name in info.usgs:
            index.setdefault(clean_name(name).casefold(), info.id)
    return index


@cache
def _name_index() -> dict[str, str]:
    """Names, aliases, then ore and product terms ("alumina", "spodumene") → id, casefolded."""
    index: dict[str, str] = {}
    entries = vocabulary.load_minerals()
    for m in entries:
        for form in (m.name, *m.aliases, m.id.removeprefix("mineral:")):
            index.setdefault(clean_name(form).casefold(), m.id)
    for m in entries:
        for form in m.terms:
            index.setdefault(clean_name(form).casefold(), m.id)
    return index


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", clean_name(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def mineral_for_commodity(commodity: str) -> str:
    """The mineral id for a USGS commodity string (World Data, Fig2 or T5 spelling).

    The vocabulary's ``usgs`` strings decide; then the name before a comma or a parenthesis
    ("GALLIUM, metal", "Graphite (natural)") is tried as a mineral name or alias; a commodity
    the vocabulary lacks keeps a slug of its own name so that a newer release still loads.
    """
    cleaned = strip_footnote(clean_name(commodity))
    by_usgs = _commodity_index()
    names = _name_index()
    head = cleaned.split(",")[0].strip()
    bare, _ = split_qualifier(head)
    for candidate in (cleaned, head, bare):
        key = candidate.casefold()
        if key in by_usgs:
            return by_usgs[key]
        if key in names:
            return names[key]
    return f"mineral:{slug(bare)}"


def resolve_mineral(query: str) -> str:
    """A user's mineral name ("rare earths", "Li", "mineral:lithium") → its canonical id."""
    text = clean_name(query)
    if text.startswith("mineral:"):
        if text in minerals():
            return text
        raise UnknownMineral(f"unknown mineral id {text!r}")
    for info in minerals().values():  # element symbols are case-sensitive: "Li", not "li"
        if info.symbol and info.symbol == text:
            return info.id
    key = text.casefold()
    for candidate in (key, key.replace("-", " "), slug(text)):
        if candidate in _name_index():
            return _name_index()[candidate]
    raise UnknownMineral(f"no mineral called {query!r}")


def mineral_name(mineral_id: str) -> str:
    info = minerals().get(mineral_id)
    return info.name if info else mineral_id.removeprefix("mineral:").replace("-", " ")


def group_members(mineral_id: str) -> list[str]:
    return [m.id for m in minerals().values() if m.group == mineral_id]


# --- countries ----------------------------------------------------------------------------


@cache
def _usgs_country_index() -> dict[str, str]:
    """``[usgs_names]`` first, then the news aliases ("Republic of Korea" in Fig2)."""
    countries = vocabulary.load_country_aliases()
    index = {clean_name(k).casefold(): v for k, v in countries.usgs_names.items()}
    for alias, code in countries.aliases.items():
        index.setdefault(clean_name(alias).casefold(), code)
    return index



def country_for_name(name: str) -> str | None:
    """A country string from a USGS table → ``country:XX``, or None when it is no country.

    Footnote digits and a trailing qualifier ("Brazil (beneficiated)") are dropped first;
    the vocabulary's ``[usgs_names]`` and aliases decide, then pycountry's names.
    """
    cleaned = strip_footnote(clean_name(name))
    bare, _ = split_qualifier(cleaned)
    index = _usgs_country_index()
    for candidate in (cleaned, bare):
        if candidate.casefold() in index:
            return _as_country(index[candidate.casefold()])
    try:
        return f"country:{pycountry.countries.lookup(bare).alpha_2}"
    except LookupError:
        return None


def _as_country(value: str) -> str:
    return value if value.startswith("country:") else f"country:{value}"


@cache
def _wgi_index() -> dict[str, str]:
    return {k.upper(): v for k, v in vocabulary.load_country_aliases().wgi_codes.items()}


def country_for_wgi_code(code: str) -> str | None:
    """A WGI country code (mostly ISO alpha-3, but ``ZAR``, ``ROM``, ``ADO``…) → country id."""
    code = code.strip().upper()
    if code in _wgi_index():
        return _as_country(_wgi_index()[code])
    country = pycountry.countries.get(alpha_3=code)
    return f"country:{country.alpha_2}" if country else None


def country_name(country_id: str) -> str:
    country = pycountry.countries.get(alpha_2=country_id.removeprefix("country:"))
    if country is None:
        return country_id
    return getattr(country, "common_name", None) or country.name

