"""What a bare "$" (or a shared sign, "¥") means, and the values component that settles it.

``find_values`` leaves a bare dollar unresolved (``BARE_DOLLAR``); the article around it
decides: its source, its dateline, the exchanges it names, the currencies it writes. The
vocabulary (sources by dollar, dollar by country, which value roles are share prices) is
``[dollars]`` in ``data/units.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.geo import (
    cities_countries,
    dateline_country,
    span_country,
    story_country,
)
from mineralwatch.extract.listings import CASHTAGS, OTC_EXCHANGE
from mineralwatch.extract.organisations import registry
from mineralwatch.extract.text import alternation, first_letters, trie, word_opening
from mineralwatch.extract.values import BARE_DOLLAR, SHARED_SIGNS, currency_names, find_values
from mineralwatch.extract.vocabulary import exchange_countries, load_exchange_entries, load_units
from mineralwatch.models import Value

_DOLLARS = load_units()["dollars"]
_DOLLAR_SOURCES: dict[str, list[str]] = _DOLLARS["sources"]
_DOLLAR_OF_COUNTRY: dict[str, str] = _DOLLARS["of_country"]
_DOLLAR_OF_DATELINE: dict[str, str] = _DOLLARS["of_dateline"]
_SHARE_ROLES = frozenset(_DOLLARS["share_roles"])
_OWN_COST = re.compile(rf"\b(?:{alternation(_DOLLARS['own_cost_words'])})\b[^.;\n]*$",
                       re.IGNORECASE)
_COST_REACH = 40  # characters before a price per unit read for a cost word


def find_money_dates(doc: Doc) -> None:
    """Component: money, percentages, quantities and dates, normalised.

    What a bare "$" means depends on who writes and what it prices: an Australian paper's
    dollars are Australian, and so are a Melbourne wire's "dlrs" (its dateline); a Vancouver
    junior's release (TSX-V: SYH) counts in Canadian dollars when it says so somewhere ("C$",
    "CAD"), unless it tells of another country; a share price is in the dollar of the
    exchange that quotes it ("up $0.66 ... on the Canadian Securities Exchange").
    """
    doc.values = find_values(doc.text, doc.published, default_dollar=BARE_DOLLAR,
                             country=story_country(doc))
    _shared_signs(doc)
    bare = [v for v in doc.values if v.currency == BARE_DOLLAR]
    if not bare:
        return
    source = _source_dollar(doc)
    home = _home_dollar(doc)
    default = source or (home if home and _names_currency(doc.text, home)
                         and _of_home_country(doc, home) else "USD")
    # a home paper's "$" (not a metal's price per tonne, quoted in US dollars the world over)
    local = home if home and not source and _home_story(doc, home) else None
    bureau = _bureau_dollar(doc)
    for value in bare:
        own = bureau if "$" not in value.text else None
        if own is None and local and "$" in value.text and value.role != "unit_price":
            own = local
        if own is None and value.role == "unit_price" and not source and \
                not _OWN_COST.search(doc.text, max(0, value.start - _COST_REACH), value.start):
            own = "USD"  # "$9,900 a tonne" in a release that writes "C$" for its own sums
        value.currency = own or default
        if value.role in _SHARE_ROLES:
            value.currency = _exchange_dollar(doc, value) or source or own or \
                _listed_dollar(doc, value) or home or _named_exchange_dollar(doc) or default


def title_values(doc: Doc) -> list[Value]:
    """The title's values, its bare dollars read as the body's: a "$" as the body's first
    "$", a wire's "dlrs" as its bureau's (after ``find_money_dates``)."""
    values = find_values(doc.title, doc.published, default_dollar=BARE_DOLLAR,
                         country=story_country(doc))
    sign = next((v.currency for v in doc.values if v.type == "money" and v.currency
                 and v.text.lstrip().startswith("$")), None) or "USD"
    bureau = _bureau_dollar(doc)
    for value in values:
        if value.currency == BARE_DOLLAR:
            value.currency = sign if "$" in value.text else bureau or sign
    return values


def _bureau_dollar(doc: Doc) -> str | None:
    """The dollar a wire bureau writes bare ("165 mln dlrs" from Melbourne), by the story's
    dateline; not in a story that writes "$" (a modern wire's "$" and "3 cents" are US, its own
    dollar "A$")."""
    if "$" in doc.text or "$" in doc.title:
        return None
    country = dateline_country(doc)
    return _DOLLAR_OF_DATELINE.get(country) if country else None


def _source_dollar(doc: Doc) -> str | None:
    return _dollar_of_source(doc.article.source or "") or _masthead_dollar(doc.text)


_MASTHEAD_LINES = 12  # lines at the top of a text where a masthead stands
# Also a breadcrumb's "›". ("\s\s*", not "\s+": a pattern opening with a character class is
# searched by skipping to its characters, one opening with a repeat is tried at every position.)
_SEPARATOR = re.compile(r"\s\s*[|·•—–>›»-]\s+")


def _masthead_dollar(text: str) -> str | None:
    """The dollar of the publication a masthead line names ("The Australian | February 11,
    2025 Tuesday", "REPORT ON BUSINESS · MINING"), for an article whose source says none."""
    mastheads = _mastheads()
    for line in text.split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES]:
        if code := mastheads.get(_SEPARATOR.split(line.strip(), 1)[0].lower()):
            return code
    return None


@cache
def _mastheads() -> dict[str, str]:
    """Lower-cased publication name → the dollar it writes bare."""
    return {name.lower(): code for code, names in _DOLLARS["mastheads"].items()
            for name in names}


@cache
def _dollar_of_source(source: str) -> str | None:
    lowered = source.lower()
    return next((code for code, names in _DOLLAR_SOURCES.items()
                 if any(name in lowered for name in names)), None)


def _shared_signs(doc: Doc) -> None:
    """A sign several currencies share ("¥": the yen or the yuan) is the home listing's
    country's where it has one ("¥" in a note on a Tokyo-listed company that names China more
    than Japan is the yen; "Toyota Tsusho (TYO: 8015) said its Chinese unit earned ¥3
    billion"); else the one country of its list that its sentence names, or else the sentence
    before ("Kōyō is headquartered in Osaka and reported net sales of ¥48.6 billion"; "And
    Japan? JOGMEC is funding a joint study, about ¥1.2 billion"), whatever the story's."""
    home = exchange_countries().get(_home_exchange(doc) or "")
    for value in doc.values:
        shared = SHARED_SIGNS.get(value.text.lstrip("-( ")[:1])
        if value.type != "money" or not shared:
            continue
        if home in shared["by_country"]:
            value.currency = shared["by_country"][home]
            continue
        i = doc.sentence_index(value.start)
        for sentence in (doc.sentences[j] for j in (i, i - 1) if j >= 0):
            named = {shared["by_country"].get(country) for country in _countries_in(
                doc, sentence.start, sentence.end)} - {None}
            if named:
                if len(named) == 1:
                    value.currency = named.pop()
                break


def _countries_in(doc: Doc, start: int, end: int) -> set[str | None]:
    """The countries the text names between ``start`` and ``end``, and those of its places
    and cities."""
    return {span_country(doc, span) for span in doc.spans if span.field == "text"
            and span.type in ("country", "place") and start <= span.start < end} | \
        cities_countries(doc.text, start, end)


def _home_exchange(doc: Doc) -> str | None:
    """The exchange of the first listing the text names, or that a cashtag ("$MP") stands
    for."""
    listings = sorted([*((s.start, s.ids[0]) for s in doc.spans
                         if s.type == "listing" and s.field == "text"),
                       *doc.cache.get(CASHTAGS, {}).items()])
    return listings[0][1].split(":")[0] if listings else None


def _home_dollar(doc: Doc) -> str | None:
    """The dollar of the country of the first exchange listing the text names."""
    return _exchange_dollars().get(_home_exchange(doc) or "")


def _of_home_country(doc: Doc, home: str) -> bool:
    """Whether the story, by its dateline or the country it names most, is of the home
    listing's country or of none: a story of a Canadian junior's project in Argentina writes
    "C$" for its share price to set it apart from the bare "$" of US dollars."""
    country = story_country(doc)
    return country is None or _DOLLAR_OF_COUNTRY.get(country) == home


def _home_story(doc: Doc, home: str) -> bool:
    """Whether the story is of the home listing's country, by the countries it names and its
    organisations' homes (a Perth paper's report on a Perth miner), and writes no "US$"."""
    country = story_country(doc)
    return country is not None and _DOLLAR_OF_COUNTRY.get(country) == home and \
        not _names_currency(doc.text, "USD")


def _exchange_dollar(doc: Doc, value: Value) -> str | None:
    """The dollar of the exchange named in the value's sentence, by listing or by name."""
    start, end = _sentence_of(doc, value)
    for span in _spans_between(doc, "listing", start, end):
        if code := _exchange_dollars().get(span.ids[0].split(":")[0]):
            return code
    if m := _exchange_names().search(doc.text, start, end):
        return _exchange_dollars().get(_exchange_by_name()[m[0]])
    return None


def _named_exchange_dollar(doc: Doc) -> str | None:
    """The one dollar of the exchanges the text names by name when it lists no company:
    "Calliope told the ASX …; its shares closed at 48¢" is in Australian cents."""
    dollars = {_exchange_dollars().get(_exchange_by_name()[m[0]])
               for m in _exchange_names().finditer(doc.text)}
    return dollars.pop() if len(dollars) == 1 else None


def _listed_dollar(doc: Doc, value: Value) -> str | None:
    """The one dollar of the exchanges listing the organisations the value's sentence names,
    by the text's listings or the registry's: "Arafura fell 10% to 21 cents" is in Australian
    cents, as Arafura is listed on the ASX alone. A foreign company's over-the-counter quote
    in New York ("OTC:LYSCF") is not its home listing."""
    dollars = {_exchange_dollars().get(exchange)
               for span in _spans_between(doc, "organization", *_sentence_of(doc, value))
               for exchange in _home_exchanges(doc, span.ids[0])}
    return dollars.pop() if len(dollars) == 1 else None


def _sentence_of(doc: Doc, value: Value) -> tuple[int, int]:
    """Where the value's sentence starts and ends; nothing before the first sentence."""
    i = doc.sentence_index(value.start)
    return (doc.sentences[i].start, doc.sentences[i].end) if i >= 0 else (0, 0)


def _spans_between(doc: Doc, kind: str, start: int, end: int) -> list[Span]:
    """The body's spans of ``kind`` that start between ``start`` and ``end``."""
    return [s for s in doc.spans if s.type == kind and s.field == "text" and start <= s.start < end]


def _home_exchanges(doc: Doc, organisation: str) -> set[str]:
    """The exchanges listing an organisation, by the text or the registry, over the counter
    only when it has no other."""
    info = doc.info.get(organisation)
    listings = {*(info.listings if info else ()), *registry().listings.get(organisation, ())}
    exchanges = {listing.split(":")[0] for listing in listings}
    return exchanges - {OTC_EXCHANGE} or exchanges


def _names_currency(text: str, code: str) -> bool:
    """Whether ``text`` writes currency ``code`` anywhere; plain substring tests first, as a
    long release rarely does, then the word-bounded pattern ("AUD" is not "FRAUD")."""
    names, pattern = _currency_pattern(code)
    return any(name in text for name in names) and pattern.search(text) is not None


@cache
def _currency_pattern(code: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The names of a currency and a pattern of them: a trie behind a test of their first
    letters, as the pattern is tried at every position of the text."""
    names = tuple(currency_names(code))
    return names, re.compile(rf"{first_letters(names)}(?<![A-Za-z])(?:{trie(names)})"
                             r"(?![A-Za-z])")


@cache
def _exchange_dollars() -> dict[str, str]:
    """Exchange code → the dollar its prices are in, for exchanges of dollar countries."""
    return {code: _DOLLAR_OF_COUNTRY[country] for code, country in exchange_countries().items()
            if country in _DOLLAR_OF_COUNTRY}


@cache
def _exchange_by_name() -> dict[str, str]:
    """Spellings an exchange is named by in running text ("Canadian Securities Exchange",
    "ASX"): several words or a capitalised code, never a two-letter one like "HK", nor its
    city's name ("Hong Kong", not among its spellings, names it in a listing's bracket only)."""
    return {spelling: e.code for e in load_exchange_entries() if e.code in _exchange_dollars()
            for spelling in (e.code, *e.spellings)
            if " " in spelling or (len(spelling) >= 3 and spelling.isupper())}


@cache
def _exchange_names() -> re.Pattern[str]:
    """The names of ``_exchange_by_name``, as a trie behind a class of their first letters
    (see ``word_opening``)."""
    return re.compile(rf"{word_opening(_exchange_by_name(), cased=True)}\b")
