"""Typed, cached access to the vocabulary data files shipped in ``mineralwatch/data``.

The matchers need minerals, organisations, exchanges and country aliases as plain lookups;
keeping them in TOML lets a domain expert correct a fact without touching code. Each file is
parsed and checked once per process (``functools.cache``), so a bad edit fails loudly with the
file and entry named, at first use rather than as a silent wrong match later.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any

MINERALS_FILE = "minerals.toml"
ORGANISATIONS_FILE = "organisations.toml"
EXCHANGES_FILE = "exchanges.toml"
COUNTRIES_FILE = "countries.toml"
UNITS_FILE = "units.toml"
ORGANISATION_CUES_FILE = "organisation_cues.toml"

_MINERAL_ID = re.compile(r"mineral:[a-z0-9]+(?:-[a-z0-9]+)*")
_ORG_ID = re.compile(r"org:[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY_ID = re.compile(r"country:[A-Z]{2}")
_ALPHA2 = re.compile(r"[A-Z]{2}")
_EXCHANGE_CODE = re.compile(r"[A-Z0-9]+")
_LISTING = re.compile(r"([A-Z0-9]+):([A-Z0-9][A-Z0-9.\-]*)")
_SUBGROUPS = frozenset({"light", "heavy"})
_LIST_FLAGS = ("us_2018", "us_2022", "us_2025", "eu_critical", "eu_strategic")


class VocabularyError(ValueError):
    """A vocabulary data file is malformed or inconsistent."""


@dataclass(frozen=True, slots=True)
class MineralEntry:
    """One commodity of minerals.toml."""

    id: str
    name: str
    symbol: str | None
    group: str | None  # id suffix of the group entry, e.g. "rare-earths"
    subgroup: str | None  # "light" | "heavy" for rare earths
    aliases: tuple[str, ...]
    terms: tuple[str, ...]
    usgs: tuple[str, ...]  # exact stripped COMMODITY strings of MCS2025_World_Data.csv
    us_2018: bool
    us_2022: bool
    us_2025: bool
    eu_critical: bool
    eu_strategic: bool
    ambiguous: bool  # the bare name is a common English word
    ambiguous_aliases: tuple[str, ...]

    @property
    def group_id(self) -> str | None:
        return f"mineral:{self.group}" if self.group else None

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """Name, aliases and terms as written (the symbol is not a surface form)."""
        return (self.name, *self.aliases, *self.terms)


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """One organisation of organisations.toml."""

    id: str
    name: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]  # aliases that count only with support nearby
    home_aliases: tuple[str, ...]  # "Treasury": this body in news about its own country
    country: str | None  # country:XX of headquarters
    kind: str
    minerals: tuple[str, ...]
    listings: tuple[str, ...]  # EXCHANGE:SYMBOL
    source: str
    note: str | None


@dataclass(frozen=True, slots=True)
class ExchangeEntry:
    """One exchange of exchanges.toml."""

    code: str
    name: str
    country: str | None
    spellings: tuple[str, ...]
    suffixes: tuple[str, ...]  # quote-service ticker suffixes such as ".AX"
    terminal: str | None = None  # a market-data terminal's country letters: "JP" of "5719 JP"
    cities: tuple[str, ...] = ()  # its city's name, the exchange's only in a bracket: "Oslo"


@dataclass(frozen=True, slots=True)
class CountryAliases:
    """Country aliases of countries.toml (pycountry's own names are not repeated here)."""

    aliases: Mapping[str, str]  # alias as written -> alpha-2
    case_sensitive: frozenset[str]  # forms to match only in the case written
    needs_context: frozenset[str]  # forms that count only with supporting context
    noun_names: frozenset[str]  # forms that are the country's name, not an adjective
    usgs_names: Mapping[str, str]  # USGS MCS COUNTRY string -> alpha-2
    wgi_codes: Mapping[str, str]  # WGI code that is not ISO alpha-3 -> alpha-2
    wgi_names: Mapping[str, str]  # WGI countryname pycountry cannot look up -> alpha-2
    display_names: Mapping[str, str]  # alpha-2 -> short name, where pycountry's is inverted


# --- reading ------------------------------------------------------------------------------


def _read(filename: str) -> dict[str, Any]:
    resource = files("mineralwatch") / "data" / filename
    try:
        return tomllib.loads(resource.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise VocabularyError(f"{filename}: cannot be read: {exc}") from exc


def _fail(filename: str, entry: object, problem: str) -> VocabularyError:
    return VocabularyError(f"{filename}: entry {entry!r}: {problem}")


def _strings(filename: str, entry: object, raw: dict[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(filename, entry, f"`{key}` must be a list of non-empty strings")
    return tuple(value)


def _text(
    filename: str, entry: object, raw: dict[str, Any], key: str, *, required: bool = True
) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(filename, entry, f"`{key}` must be a non-empty string")
    return value


def _check_unique(filename: str, ids: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise _fail(filename, item, f"duplicate {what}")
        seen.add(item)


# --- minerals -----------------------------------------------------------------------------


def _mineral(raw: dict[str, Any]) -> MineralEntry:
    f = MINERALS_FILE
    mid = raw.get("id")
    if not isinstance(mid, str) or not _MINERAL_ID.fullmatch(mid):
        raise _fail(f, mid, "id must look like mineral:lower-case-name")
    flags = {}
    for key in (*_LIST_FLAGS, "ambiguous"):
        value = raw.get(key, False)
        if not isinstance(value, bool):
            raise _fail(f, mid, f"`{key}` must be true or false")
        flags[key] = value
    group = _text(f, mid, raw, "group", required=False)
    subgroup = _text(f, mid, raw, "subgroup", required=False)
    if subgroup is not None and (group is None or subgroup not in _SUBGROUPS):
        raise _fail(f, mid, f"`subgroup` needs a group and one of {sorted(_SUBGROUPS)}")
    aliases = _strings(f, mid, raw, "aliases")
    ambiguous_aliases = _strings(f, mid, raw, "ambiguous_aliases")
    if not set(ambiguous_aliases) <= set(aliases):
        raise _fail(f, mid, "every `ambiguous_aliases` item must also be in `aliases`")
    return MineralEntry(
        id=mid,
        name=_text(f, mid, raw, "name") or "",
        symbol=_text(f, mid, raw, "symbol", required=False),
        group=group,
        subgroup=subgroup,
        aliases=aliases,
        terms=_strings(f, mid, raw, "terms"),
        usgs=_strings(f, mid, raw, "usgs"),
        ambiguous_aliases=ambiguous_aliases,
        **flags,
    )


@cache
def load_organisation_cues() -> dict[str, Any]:
    """data/organisation_cues.toml, parsed once: the words of organisations' names, read by
    the organisations, the people (words no person's name holds) and the cleaner (a name's
    heading)."""
    return _read(ORGANISATION_CUES_FILE)


@cache
def load_units() -> dict[str, Any]:
    """data/units.toml, parsed once: units, currencies, date words and dollar rules; each
    currency code added before and after the number, each dollar qualifier paired with each
    dollar and cent word ("Australian dlrs", and in brackets as a wire writes it abroad:
    "132 mln (U.S.) dlrs")."""
    units = _read(UNITS_FILE)
    for code in units.get("currency_codes", {}).get("codes", []):
        units["currency_prefix"].setdefault(code, code)
        units["currency_suffix"].setdefault(code, code)
    for table in ("currency_suffix", "cents"):
        words = _dollar_names(units[table])
        units[table].update({f"{written} {word}": code
                             for qualifier, code in units.get("dollar_qualifiers", {}).items()
                             for written in (qualifier, f"({qualifier})")
                             for word in words})  # not "HK ¢": a sign takes no qualifier
    return units


def _dollar_names(table: dict[str, str]) -> list[str]:
    """The one-word names of the dollar in a table of currency words ("dollars", "dlrs")."""
    return [name for name, code in table.items() if code == "$" and name.isalpha()]


@cache
def dollar_words() -> frozenset[str]:
    """The words of a dollar after its country ("U.S. Dollar debt", "Canadian dlrs"), lower
    case: unambiguous, unlike "marks" or "rand"."""
    return frozenset(name.lower() for name in _dollar_names(load_units()["currency_suffix"]))


@cache
def percent_words() -> tuple[str, ...]:
    """The spellings of "per cent" in units.toml ("%", "pct", "per cent"), as written there."""
    return tuple(word for word, sign in load_units()["percent"].items() if sign == "%")


@cache
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes units.toml reads as currencies ("USD", "EUR")."""
    return frozenset(load_units()["currency_codes"]["codes"])


@cache
def _minerals_file() -> dict[str, Any]:
    return _read(MINERALS_FILE)


@cache
def load_minerals() -> tuple[MineralEntry, ...]:
    """Every commodity, in file order, checked for unique ids, groups and USGS names."""
    entries = tuple(_mineral(raw) for raw in _minerals_file().get("mineral", []))
    if not entries:
        raise VocabularyError(f"{MINERALS_FILE}: no [[mineral]] entries")
    _check_unique(MINERALS_FILE, (e.id for e in entries), "id")
    _check_unique(MINERALS_FILE, (u for e in entries for u in e.usgs), "USGS commodity name")
    ids = {e.id for e in entries}
    for entry in entries:
        if entry.group_id is not None and entry.group_id not in ids:
            raise _fail(MINERALS_FILE, entry.id, f"unknown group {entry.group!r}")
    return entries


@cache
def _minerals_by_id() -> Mapping[str, MineralEntry]:
    return MappingProxyType({e.id: e for e in load_minerals()})


def mineral_by_id(mineral_id: str) -> MineralEntry | None:
    """The entry with this id, or None."""
    return _minerals_by_id().get(mineral_id)


def _multi_terms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    out = []
    for raw in _minerals_file().get("term", []):
        text = raw.get("text")
        minerals = raw.get("minerals")
        if not isinstance(text, str) or not text.strip():
            raise _fail(MINERALS_FILE, text, "[[term]] needs a non-empty `text`")
        if not isinstance(minerals, list) or len(minerals) < 2:
            raise _fail(MINERALS_FILE, text, "[[term]] needs at least two `minerals`")
        for mid in minerals:
            if mineral_by_id(mid) is None:
                raise _fail(MINERALS_FILE, text, f"unknown mineral id {mid!r}")
        out.append((text, tuple(minerals)))
    return tuple(out)


@cache
def mineral_terms() -> dict[str, tuple[str, ...]]:
    """Every surface form, lower-cased, to the mineral ids it names.

    Covers names, aliases, ore and product terms and the multi-mineral ``[[term]]`` tables;
    element symbols are left out (they need numeric context). A form may name one entry only.
    """
    table: dict[str, tuple[str, ...]] = {}
    sources: dict[str, str] = {}

    def add(form: str, ids: tuple[str, ...], origin: str) -> None:
        key = form.lower()
        if key in table and table[key] != ids:
            raise _fail(MINERALS_FILE, form, f"names both {sources[key]} and {origin}")
        table[key] = ids
        sources[key] = origin

    for entry in load_minerals():
        for form in entry.surface_forms:
            add(form, (entry.id,), entry.id)
    for text, ids in _multi_terms():
        add(text, ids, f"[[term]] {text!r}")
    return table


@cache
def mineral_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every surface form as written in the data file, with the mineral ids it names.

    The matcher needs the written case: "NdPr" and "REO" match only as written, and their
    lower-case keys in ``mineral_terms()`` have lost it.
    """
    mineral_terms()  # validates: a form may name one entry only
    forms: list[tuple[str, tuple[str, ...]]] = [
        (form, (entry.id,)) for entry in load_minerals() for form in entry.surface_forms]
    forms += list(_multi_terms())
    return tuple(forms)


@cache
def ambiguous_terms() -> frozenset[str]:
    """Lower-cased forms that are common English words and need mining context to count."""
    out: set[str] = set()
    for entry in load_minerals():
        if entry.ambiguous:
            out.add(entry.name.lower())
        out.update(a.lower() for a in entry.ambiguous_aliases)
    return frozenset(out)


@cache
def case_sensitive_terms() -> frozenset[str]:
    """Lower-cased forms to match only as written: acronyms and formulae ("APT", "REO", "NdPr").

    Derived, not listed: a one-word form with two or more capitals is an acronym or formula,
    and its lower-case spelling can be an ordinary word ("apt").
    """
    written = [f for e in load_minerals() for f in e.surface_forms]
    written += [text for text, _ in _multi_terms()]
    return frozenset(
        f.lower() for f in written if " " not in f and sum(c.isupper() for c in f) >= 2
    )


@cache
def symbol_settings() -> dict[str, Any]:
    """The ``[symbols]`` table of minerals.toml: when element symbols count as minerals
    (grade units, technical words, groups, impurity cues, symbols that never count)."""
    return _minerals_file().get("symbols", {})


@cache
def all_element_symbols() -> frozenset[str]:
    """Every element symbol, common words ("In", "As") included: a name made of symbols only
    ("Cu Zn") names no organisation."""
    return frozenset(m.symbol for m in load_minerals() if m.symbol)


@cache
def element_symbols() -> dict[str, str]:
    """Element symbol → mineral id, without the symbols that are also common words."""
    never = set(symbol_settings().get("never", []))
    return {e.symbol: e.id for e in load_minerals() if e.symbol and e.symbol not in never}


@cache
def mineral_context() -> dict[str, tuple[str, ...]]:
    """The words around a common-English mineral word that make it the commodity: ``after``
    (whole words), ``after_stems`` (word beginnings) and ``before`` (minerals.toml [context])."""
    table = _minerals_file().get("context", {})
    out = {key: tuple(table.get(key, ())) for key in ("after", "after_stems", "before")}
    for key, words in out.items():
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise _fail(MINERALS_FILE, key, "[context] needs a non-empty list of words")
    return out


@cache
def mineral_name_words() -> dict[str, tuple[str, ...]]:
    """Lower-cased words that lend a mineral to an organisation's name only ("steel")."""
    return _word_table("name_words")


@cache
def mineral_topic_words() -> dict[str, tuple[str, ...]]:
    """Lower-cased words that tell what a story is about without naming a mineral ("steel")."""
    return _word_table("topic_words")


def _word_table(table_name: str) -> dict[str, tuple[str, ...]]:
    table = _minerals_file().get(table_name, {})
    for word, mid in table.items():
        if mineral_by_id(mid) is None:
            raise _fail(MINERALS_FILE, word, f"unknown mineral id {mid!r}")
    return {word.lower(): (mid,) for word, mid in table.items()}


@cache
def impurity_cues() -> tuple[str, ...]:
    """Lower-cased phrases that open a list of impurities ("impurities such as")."""
    return tuple(c.lower() for c in symbol_settings().get("impurity_cues", []))


@cache
def false_friends() -> tuple[str, ...]:
    """Phrases that contain a mineral word but never mention the mineral ("silver lining")."""
    out = []
    for raw in _minerals_file().get("false_friend", []):
        text = raw.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _fail(MINERALS_FILE, text, "[[false_friend]] needs a non-empty `text`")
        out.append(text)
    _check_unique(MINERALS_FILE, (t.lower() for t in out), "false friend")
    return tuple(out)


# --- exchanges ----------------------------------------------------------------------------


@cache
def load_exchange_entries() -> tuple[ExchangeEntry, ...]:
    """Every exchange of exchanges.toml, checked for unique codes and spellings."""
    f = EXCHANGES_FILE
    entries = []
    for raw in _read(f).get("exchange", []):
        code = raw.get("code")
        if not isinstance(code, str) or not _EXCHANGE_CODE.fullmatch(code):
            raise _fail(f, code, "code must be upper-case letters and digits")
        country = _text(f, code, raw, "country", required=False)
        if country is not None and not _COUNTRY_ID.fullmatch(country):
            raise _fail(f, code, f"malformed country {country!r}")
        entries.append(
            ExchangeEntry(
                code=code,
                name=_text(f, code, raw, "name") or "",
                country=country,
                spellings=_strings(f, code, raw, "spellings"),
                suffixes=_strings(f, code, raw, "suffixes"),
                terminal=_text(f, code, raw, "terminal", required=False),
                cities=_strings(f, code, raw, "cities"),
            )
        )
    _check_unique(f, (e.code for e in entries), "code")
    _check_unique(f, (e.terminal for e in entries if e.terminal), "terminal")
    return tuple(entries)


@cache
def exchange_countries() -> dict[str, str]:
    """Exchange code → its country's id ("TSE" → "country:JP")."""
    return {e.code: e.country for e in load_exchange_entries() if e.country}


@cache
def exchange_cities() -> frozenset[str]:
    """The exchanges' cities' names, upper-cased ("OSLO")."""
    return frozenset(city.upper() for e in load_exchange_entries() for city in e.cities)


@cache
def terminal_codes() -> dict[str, str]:
    """A market-data terminal's country letters ("JP") to exchange codes ("TSE")."""
    return {e.terminal: e.code for e in load_exchange_entries() if e.terminal}


@cache
def load_exchanges() -> dict[str, str]:
    """Every spelling, upper-cased, to its canonical exchange code (codes map to themselves),
    for listings: with the exchanges' cities, which name them in a listing's bracket only
    ("(Oslo: NOM)"; see ``exchange_cities``)."""
    table: dict[str, str] = {}
    for entry in load_exchange_entries():
        for spelling in (entry.code, *entry.spellings, *entry.cities):
            key = spelling.upper()
            if table.get(key, entry.code) != entry.code:
                raise _fail(
                    EXCHANGES_FILE, spelling, f"spelling of both {table[key]} and {entry.code}"
                )
            table[key] = entry.code
    for entry in load_exchange_entries():
        for spelling in entry.spellings:  # "(OTC-Pink: TLOFF)", "(NYSE-American: HVC)"
            table.setdefault("-".join(spelling.upper().split()), entry.code)
    return table


@cache
def numeric_symbol_exchanges() -> frozenset[str]:
    """Exchange codes whose listing symbols are numbers."""
    return frozenset(_read(EXCHANGES_FILE).get("numeric_symbols", []))


@cache
def symbol_labels() -> tuple[str, ...]:
    """Words between an exchange and the colon before a symbol ("ASX code: LYC")."""
    return tuple(_read(EXCHANGES_FILE).get("symbol_labels", []))


def listed_words() -> tuple[str, ...]:
    """Participles telling where a company's shares trade ("listed", "quoted")."""
    return tuple(_read(EXCHANGES_FILE).get("listed_words", []))


@cache
def symbol_phrases() -> tuple[str, ...]:
    """Phrases giving a symbol after the exchange named before them ("as", "under the
    symbol"): exchanges.toml's phrases, and its openers before each of organisation_cues.toml's
    nouns of a symbol."""
    data = _read(EXCHANGES_FILE)
    nouns = load_organisation_cues().get("symbol_words", [])
    phrases = (*data.get("symbol_phrases", []),
               *(f"{opener} {noun}" for opener in data.get("symbol_openers", []) for noun in nouns))
    if not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise _fail(EXCHANGES_FILE, "symbol_phrases", "needs a non-empty list of phrases")
    return phrases


@cache
def letter_symbol_exchanges() -> dict[str, str]:
    """Exchange code → the exchange a symbol of letters under its spelling is on ("TSE" →
    "TSX": "(TSE: CRE)" is Toronto, Tokyo's codes opening with a digit)."""
    table = _read(EXCHANGES_FILE).get("letter_symbols", {})
    codes = {entry.code for entry in load_exchange_entries()}
    for written, code in table.items():
        for unknown in (c for c in (written, code) if c not in codes):
            raise _fail(EXCHANGES_FILE, f"letter_symbols.{written}",
                        f"unknown exchange {unknown!r}")
    return dict(table)


@cache
def source_exchange_prefixes() -> dict[str, dict[str, str]]:
    """Source word → {prefix as that quote service writes it → exchange code}."""
    table = _read(EXCHANGES_FILE).get("source_prefixes", {})
    codes = {entry.code for entry in load_exchange_entries()}
    for source, prefixes in table.items():
        for prefix, code in prefixes.items():
            if code not in codes:
                raise _fail(EXCHANGES_FILE, f"{source}.{prefix}", f"unknown exchange {code!r}")
    return {source.lower(): {p.upper(): c for p, c in prefixes.items()}
            for source, prefixes in table.items()}


@cache
def exchange_suffixes() -> dict[str, str]:
    """Quote-service ticker suffixes (".AX", ".TO"), upper-cased, to exchange codes."""
    table: dict[str, str] = {}
    for entry in load_exchange_entries():
        for suffix in entry.suffixes:
            if suffix.upper() in table:
                raise _fail(EXCHANGES_FILE, suffix, "suffix of two exchanges")
            table[suffix.upper()] = entry.code
    return table


@cache
def wire_listing_suffixes() -> frozenset[str]:
    """The 1987 wire's code suffixes ("<BP.L>") that name a listing; the wire's other codes
    only mark their company ("<NSTC.T>"), upper-cased."""
    listed = frozenset(s.upper()
                       for s in _read(EXCHANGES_FILE).get("wire_listing_suffixes", []))
    if unknown := listed - set(exchange_suffixes()):
        raise _fail(EXCHANGES_FILE, "wire_listing_suffixes",
                    f"unknown suffixes {sorted(unknown)}")
    return listed


# --- organisations ------------------------------------------------------------------------


def _org(raw: dict[str, Any], kinds: frozenset[str], exchanges: Mapping[str, str]) -> OrgEntry:
    f = ORGANISATIONS_FILE
    oid = raw.get("id")
    if not isinstance(oid, str) or not _ORG_ID.fullmatch(oid):
        raise _fail(f, oid, "id must look like org:lower-case-slug")
    aliases = _strings(f, oid, raw, "aliases")
    name = _text(f, oid, raw, "name") or ""
    context_aliases = _strings(f, oid, raw, "context_aliases")
    if not set(context_aliases) <= {name, *aliases}:
        raise _fail(f, oid, "every `context_aliases` item must be the name or an alias")
    country = _text(f, oid, raw, "country", required=False)
    if country is not None and not _COUNTRY_ID.fullmatch(country):
        raise _fail(f, oid, f"malformed country {country!r} (want country:XX)")
    kind = _text(f, oid, raw, "kind") or ""
    if kind not in kinds:
        raise _fail(f, oid, f"unknown kind {kind!r}")
    if raw.get("home_aliases") and country is None:
        raise _fail(f, oid, "`home_aliases` need the organisation's `country`")
    minerals = _strings(f, oid, raw, "minerals")
    for mid in minerals:
        if mineral_by_id(mid) is None:
            raise _fail(f, oid, f"unknown mineral id {mid!r}")
    listings = _strings(f, oid, raw, "listings")
    for listing in listings:
        match = _LISTING.fullmatch(listing)
        if match is None:
            raise _fail(f, oid, f"malformed listing {listing!r} (want EXCHANGE:SYMBOL)")
        if exchanges.get(match.group(1)) != match.group(1):
            raise _fail(f, oid, f"listing {listing!r} uses an exchange code not in exchanges.toml")
    return OrgEntry(
        id=oid,
        name=name,
        aliases=aliases,
        context_aliases=context_aliases,
        home_aliases=_strings(f, oid, raw, "home_aliases"),
        country=country,
        kind=kind,
        minerals=minerals,
        listings=listings,
        source=_text(f, oid, raw, "source") or "",
        note=_text(f, oid, raw, "note", required=False),
    )


@cache
def load_organisations() -> tuple[OrgEntry, ...]:
    """Every organisation, checked for unique ids and names, known minerals and exchanges."""
    data = _read(ORGANISATIONS_FILE)
    kinds = frozenset(data.get("kinds", []))
    if not kinds:
        raise VocabularyError(f"{ORGANISATIONS_FILE}: `kinds` is missing or empty")
    exchanges = load_exchanges()
    entries = tuple(_org(raw, kinds, exchanges) for raw in data.get("org", []))
    _check_unique(ORGANISATIONS_FILE, (e.id for e in entries), "id")
    owner: dict[str, str] = {}
    for entry in entries:
        for form in {entry.name.lower(), *(a.lower() for a in entry.aliases)}:
            if owner.setdefault(form, entry.id) != entry.id:
                raise _fail(
                    ORGANISATIONS_FILE, entry.id, f"name {form!r} is also used by {owner[form]}"
                )
    return entries


# --- countries ----------------------------------------------------------------------------


def _alpha2_table(data: dict[str, Any], section: str) -> Mapping[str, str]:
    table = data.get(section, {})
    if not isinstance(table, dict):
        raise VocabularyError(f"{COUNTRIES_FILE}: [{section}] must be a table")
    for key, code in table.items():
        if not isinstance(code, str) or not _ALPHA2.fullmatch(code):
            raise _fail(COUNTRIES_FILE, key, f"[{section}] value must be an alpha-2 code")
    return MappingProxyType(dict(table))


@cache
def load_country_aliases() -> CountryAliases:
    """Aliases, demonyms and source crosswalks of countries.toml, each form naming one country."""
    f = COUNTRIES_FILE
    data = _read(f)
    aliases: dict[str, str] = {}
    for code, forms in data.get("aliases", {}).items():
        if not _ALPHA2.fullmatch(code):
            raise _fail(f, code, "[aliases] keys must be alpha-2 codes")
        for form in _strings(f, code, {"forms": forms}, "forms"):
            if aliases.setdefault(form, code) != code:
                raise _fail(f, form, f"alias of both {aliases[form]} and {code}")
    flags = {
        key: frozenset(_strings(f, key, data, key))
        for key in ("case_sensitive", "needs_context", "noun_names")
    }
    display = data.get("display_names", {})
    for code, name in display.items():
        if not _ALPHA2.fullmatch(code) or not isinstance(name, str) or not name.strip():
            raise _fail(f, code, "[display_names] maps an alpha-2 code to a name")
    return CountryAliases(
        display_names=MappingProxyType(display),
        aliases=MappingProxyType(aliases),
        usgs_names=_alpha2_table(data, "usgs_names"),
        wgi_codes=_alpha2_table(data, "wgi_codes"),
        wgi_names=_alpha2_table(data, "wgi_names"),
        **flags,
    )
