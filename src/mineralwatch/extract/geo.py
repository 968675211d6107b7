"""Countries and first-level places, linked to ISO 3166 codes with pycountry's lists.

Country names, official names, aliases, abbreviations and demonyms ("U.S.", "Pakistani",
"DRC") resolve to ``country:XX``; state and province names to ``place:XX-YY``, each place also
linked to its country.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from itertools import chain

import pycountry

from mineralwatch.extract.doc import Doc, EntityInfo, Span
from mineralwatch.extract.gazetteer import Gazetteer, Hit, hit_starts, matches_at, written_words
from mineralwatch.extract.text import (
    LIST_JOINT,
    alternation,
    lower_same_length,
    trie,
    unaccented,
    word_opening,
)
from mineralwatch.extract.vocabulary import (
    VocabularyError,
    load_country_aliases,
    load_exchange_entries,
    load_units,
)

# Subdivisions that ISO also lists as countries: they are linked as countries.
_ALSO_COUNTRIES = {"CN-HK", "CN-MO", "CN-TW"}


@cache
def _places_config() -> dict:
    return tomllib.loads((files("mineralwatch") / "data" / "places.toml").read_text("utf-8"))


@cache
def country_names() -> dict[str, str]:
    """alpha-2 → the short name shown to users (and opening national bodies' names), for
    pycountry's countries and those it does not list (Kosovo)."""
    display = load_country_aliases().display_names
    return {**display, **{c.alpha_2: display.get(c.alpha_2) or getattr(c, "common_name", None)
                          or c.name for c in pycountry.countries}}


@cache
def place_names() -> dict[str, str]:
    """The first-level subdivisions of ``countries``, code → name as news writes it."""
    return _subdivision_names(_places_config()["countries"])


@cache
def _abroad_places() -> dict[str, str]:
    """The first-level subdivisions of every other country, code → name: named only with an
    administrative word, in a story of their country ("Chanthaburi province" in a Thai
    story; see ``_find_named_divisions``)."""
    listed = set(_places_config()["countries"])
    return _subdivision_names([c.alpha_2 for c in pycountry.countries
                               if c.alpha_2 not in listed])


def _subdivision_names(countries: list[str]) -> dict[str, str]:
    config = _places_config()
    suffix = _admin_suffix()
    names: dict[str, str] = {}
    provinces = set(config["province_countries"])
    groupings = set(config["grouping_types"])
    for code in countries:
        # pycountry gives a set, iterated in a different order in each process: sorted, the
        # output is the same on every run, and a region takes the bare name before a city
        # written like it ("Almaty Region" is the oblast, KZ-19; the city is KZ-75)
        subdivisions = sorted(pycountry.subdivisions.get(country_code=code) or (),
                              key=lambda sub: (sub.type == "City", sub.code))
        for sub in subdivisions:
            read = sub.parent_code is None or (code in provinces and sub.type == "Province")
            if read and sub.type not in groupings and sub.code not in _ALSO_COUNTRIES:
                # "Caraga (Region XIII)": news writes the name without its number
                bare = suffix.sub("", _PARENTHESISED.sub("", sub.name))
                # "Almaty oblysy" and the city "Almaty": the second keeps its full name, and
                # a city its type ("Almaty City")
                if bare in names.values():
                    bare = f"{sub.name} City" if sub.type == "City" else sub.name
                names[sub.code] = bare
    return names


_PARENTHESISED = re.compile(r"\s*\([^)]*\)$")


@cache
def _admin_suffix() -> re.Pattern[str]:
    """The administrative suffix pycountry writes and news leaves out ("Guangdong Sheng",
    "Pavlodar oblysy", "Norrbottens län [SE-25]"): see places.toml."""
    config = _places_config()
    return re.compile(rf"\s+(?:{alternation(config['admin_suffixes'])})\b.*$"
                      rf"|s?\s+(?:{alternation(config['genitive_admin_suffixes'])})\b.*$")


def country_of_place(place_id: str) -> str | None:
    """``place:AU-WA`` → ``country:AU``: an ISO 3166-2 code opens with its country's code.
    None for a place id that is no such code."""
    code = place_id.removeprefix("place:")
    head = code[:2]
    return f"country:{head}" if code[2:3] == "-" and head.isalpha() and head.isupper() \
        else None


def country_counts(doc: Doc, field: str | None = None) -> Counter[str]:
    """How often the article points to each country (in ``field`` only, when given): its
    country mentions, its places' countries and its organisations' home countries."""
    counts: Counter[str] = Counter()
    for span in doc.spans:
        if (field is None or span.field == field) and (country := span_country(doc, span)):
            counts[country] += 1
    return counts


def span_country(doc: Doc, span: Span) -> str | None:
    """The country a span points to: a country mention's own, a place's, an organisation's
    home country; none for other spans."""
    if span.type == "country":
        return span.ids[0]
    if span.type == "place":
        return country_of_place(span.ids[0])
    if span.type == "organization":
        info = doc.info.get(span.ids[0])
        return info.country if info is not None else None
    return None


def named_state(name: str) -> str | None:
    """The country or state a body's name holds, which it acts for: "Mining Inspectorate of
    Sweden" → country:SE, "Colorado Department of Public Health and Environment" →
    place:US-CO; None for "European Commission"."""
    hit = next(_name_gazetteer().find(name, lower_same_length(name)), None)
    return f"{hit.payload[0]}:{hit.payload[1]}" if hit is not None else None


@cache
def _gazetteer() -> Gazetteer[tuple[str, str]]:
    return _country_gazetteer()


@cache
def _name_gazetteer() -> Gazetteer[tuple[str, str]]:
    """``_gazetteer``'s forms on an automaton of their own, for bodies' names: a name scanned
    by the shared one, between the steps that read an article's text, would push the text's
    hits out of what that scan keeps, and a later step would scan the whole text again."""
    return _country_gazetteer(own_scan=True)


def _country_gazetteer(own_scan: bool = False) -> Gazetteer[tuple[str, str]]:
    entries = _gazetteer_entries()
    # Every name is a proper noun: match it as written, so "china" (porcelain), "us" (the
    # pronoun) and "chad" do not count.
    return Gazetteer(entries, case_sensitive={form for form, _ in entries}, own_scan=own_scan)


@cache
def _gazetteer_entries() -> list[tuple[str, tuple[str, str]]]:
    """Each country's and subdivision's written forms with (kind, code); the subdivisions
    that need a cue are left out."""
    aliases = load_country_aliases()
    # The project's aliases come first: they override pycountry where the two disagree
    # ("Congo" in the news is nearly always the DR Congo, pycountry's "Congo" is CG).
    entries: list[tuple[str, tuple[str, str]]] = [
        (alias, ("country", code)) for alias, code in aliases.aliases.items()
    ]
    for country in pycountry.countries:
        for form in {country.name, getattr(country, "common_name", None),
                     getattr(country, "official_name", None)}:
            # "Korea, Republic of" is a list form, never written in news
            if form and "," not in form:
                entries.append((form, ("country", country.alpha_2)))
    config = _places_config()
    cities = _dateline_cities()
    city_named = {code: n for code, n in place_names().items()  # "Hải Phòng", "Hai Phong"
                  if n.lower() in cities or unaccented(n).lower() in cities}
    cued = _subdivisions_needing_cue() | set(city_named.values())
    for code, name in city_named.items():  # "Lusaka Province", "Osaka prefecture"
        entries.extend((f"{form} {word}", ("place", code)) for form in {name, unaccented(name)}
                       for word in config["admin_words"])
    country_forms = {form.lower() for form, _ in entries}
    for code, name in place_names().items():
        if name not in cued and name.lower() not in country_forms:
            entries.append((name, ("place", code)))
            plain = unaccented(name)  # "Rajasthan", "Goias"; not "Para" (Pará): a word
            if plain != name and plain.isascii() and len(plain) > 4 and \
                    plain not in cued and plain.lower() not in country_forms:
                entries.append((plain, ("place", code)))
    for alias, code in config["aliases"].items():
        entries.append((alias, ("place", code)))
    for country, words in config["prefixed_divisions"].items():  # "County Meath"
        entries.extend((f"{word} {sub.name}", ("place", sub.code)) for word in words
                       for sub in pycountry.subdivisions.get(country_code=country) or ())
    return _with_both_apostrophes(entries)


def _with_both_apostrophes(entries: list[tuple[str, tuple[str, str]]]
                           ) -> list[tuple[str, tuple[str, str]]]:
    """The entries, and those with an apostrophe again with the other one: pages print the
    typographic "’" as often as the typewriter's "'" ("Cote d’Ivoire", "Ha'il")."""
    written = {form for form, _ in entries}
    swapped = [(other, payload) for form, payload in entries
               if ("'" in form or "’" in form) and
               (other := form.translate(_APOSTROPHES)) not in written]
    return entries + swapped


_APOSTROPHES = str.maketrans({"'": "’", "’": "'"})


@cache
def _aliases_needing_context() -> frozenset[str]:
    return frozenset(form.lower() for form in load_country_aliases().needs_context)


def _part_of_longer_name(text: str, start: int, end: int) -> bool:
    """"Jordan Trimble", "Chad Smith", "Indian Ocean": a capitalised word glued on either side
    (not "in late July, America's president": a comma parts them; nor "Late on Wednesday
    Guinea's government": a day or a month opens no name)."""
    after = text[end:end + 40].split(maxsplit=1)
    before = text[max(0, start - 40):start].rsplit(maxsplit=1)
    capital_after = bool(after) and after[0][:1].isupper() and text[end:end + 1] == " "
    capital_before = bool(before) and before[-1][:1].isupper() and \
        not before[-1].endswith((".", ":", ",", "’s", "'s")) and text[start - 1:start] == " " \
        and before[-1] not in _date_words()
    return capital_after or capital_before


@cache
def _date_words() -> frozenset[str]:
    """Days, months and "Yesterday", "Today", capitalised as they open a sentence."""
    units = load_units()
    return frozenset([*units["weekdays"], *units["months"],
                      *(day.capitalize() for day in units["relative_days"] if " " not in day)])


@cache
def _notice_markers() -> tuple[str, ...]:
    """Phrases of a release's legal notices (``boilerplate_markers``)."""
    return tuple(_places_config()["boilerplate_markers"])


@cache
def _continent_before() -> re.Pattern[str]:
    """A continent's or region's word right before "American" (``continent_before``)."""
    return re.compile(rf"\b(?:{alternation(_places_config()['continent_before'])})[ \t-]+$")


@cache
def locative_before() -> re.Pattern[str]:
    """A preposition of place right before a name (``locative_before``): "near Diego de
    Almagro" names a place."""
    return re.compile(rf"\b(?:{alternation(_places_config()['locative_before'])})[ \t]+$")


@cache
def project_words() -> frozenset[str]:
    """Lower-cased words that, right after a name, make it a mine or a project."""
    return frozenset(_places_config()["project_words"])


@cache
def admin_words() -> frozenset[str]:
    """Words that, right after a name, make it a state or a province ("Khomas region")."""
    return frozenset(_places_config()["admin_words"])


@cache
def _settlement_of() -> re.Pattern[str]:
    """A word of a town and "of" right before a name (``settlement_words``): "the city of
    Oruro" is the town, not the region of its name."""
    return re.compile(rf"\b(?:{alternation(_places_config()['settlement_words'])})[ \t]+of[ \t]+$")


@cache
def _point_before() -> re.Pattern[str]:
    """A preposition of a point right before a name (``point_prepositions``)."""
    return re.compile(rf"\b(?:{alternation(_places_config()['point_prepositions'])})[ \t]+$")


_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:)]|$)", re.MULTILINE)


def _a_town_named_like_it(text: str, start: int, end: int) -> bool:
    """Whether a subdivision's name at ``start``–``end`` names a town: "the city of Oruro",
    or a point ending its clause ("the refinery at Pavlodar, …", "ships through
    Antofagasta"); not "at Texas refinery", "through Montana's program", "through Nampula
    province", the region."""
    if _settlement_of().search(text, max(0, start - 24), start):
        return True
    return _point_before().search(text, max(0, start - 10), start) is not None and \
        _CLAUSE_END.match(text, end) is not None


@cache
def local_area_words() -> frozenset[str]:
    """Lower-cased words that, right after a name, make it a local area ("Esmeralda County")."""
    return frozenset(_places_config()["local_area_words"])


@cache
def _project_after() -> re.Pattern[str]:
    """A capitalised project, local-area or river word right after a place's name: "the Bahia
    Project" names a project, "Santa Cruz County" (Arizona) a county, "the Mississippi River"
    a river, not the province or the state."""
    words = [*(w.capitalize() for w in project_words() | local_area_words()),
             *_places_config()["feature_after"]]  # "the Mississippi River"
    return re.compile(rf"[ \t]+(?:{alternation(words)})\b")


# How far into the text a dateline of a city not in ``dateline_cities`` is looked for.
_DATELINE_LEAD = 300


@cache
def _dateline() -> re.Pattern[str]:
    """A line opening with a city and a comma, then, on the same line, a capitalised month and
    a number or a dash ("LONDON, March 19 -", "SYDNEY, April -", "VANCOUVER, BC, Feb. 10,
    2025", "DALLAS, TX -- August 20th"; not "Regina, a spokeswoman, said it may …"). A city
    not in ``dateline_cities`` is captured too, for a state abbreviation after it."""
    cities = _dateline_cities()
    months = _dateline_months()
    names = trie(cities, space=r"[ \t]+")  # tried at every line's start
    other = r"(?-i:[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,3})"  # "THE DALLES", "Coeur D'Alene"
    abbreviations = alternation(_dateline_abbreviations())
    postal = alternation(_postal_codes())
    pattern = re.compile(  # "CONAKRY/SINGAPORE, Nov 6": a story filed from two cities
        rf"^(?P<city>{names}|{other})(?:/(?P<city2>{names}|{other}))?,"
        rf"(?:[ \t]+(?P<abbr>{abbreviations}|(?-i:{postal}))\.?(?=[,\s]))?"
        rf"[^\n]{{0,40}}?\b(?P<month>(?-i:{months}))\.?[ \t]+(?:\d|[-–—])",
        re.IGNORECASE | re.MULTILINE)
    return pattern


@cache
def _dashed_dateline() -> re.Pattern[str]:
    """A dateline read by its dash rather than its date: a city in capitals or a known one,
    its state or country, then a dash ("GOROMONZI, Zimbabwe — Forty kilometres …",
    "VANCOUVER, BRITISH COLUMBIA - Kestrel Lithium …", "SALTA, Argentina (AMW) — …")."""
    names = trie(_dateline_cities(), space=r"[ \t]+")
    capitals = r"(?-i:[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){0,3})"
    return re.compile(rf"(?:{names}|{capitals}),[ \t]+(?P<region>[^\n,()—–-]{{2,40}}?)"
                      r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]*(?:—|–|--?)[ \t]", re.IGNORECASE)


def _dashed_datelines(text: str) -> Iterator[re.Match[str]]:
    """``_dashed_dateline`` matched at the start of each line of the story's opening."""
    pattern = _dashed_dateline()
    line_start = 0
    while 0 <= line_start < _DATELINE_LEAD:
        if (match := pattern.match(text, line_start)) is not None:
            yield match
        line_start = text.find("\n", line_start) + 1 or -1


@cache
def _dateline_months() -> str:
    """The months a dateline is dated by, as written and in capitals ("NEW YORK, MARCH 20"):
    a trie, tried at many positions, which matches as their alternation would."""
    return trie(_dateline_months_written())


@cache
def _dateline_months_written() -> tuple[str, ...]:
    """The months and their abbreviations, as written and in capitals."""
    units = load_units()
    months = [*units["months"], *units["month_abbreviations"]]
    return (*months, *(m.upper() for m in months))


@cache
def _month_days() -> re.Pattern[str]:
    """A month and a day or a dash after it, as a dateline's line holds ("March 19 -")."""
    return re.compile(rf"(?:{_dateline_months()})\.?[ \t]+(?:\d|[-–—])")


@cache
def _dateline_month_words() -> Gazetteer[str]:
    """The months of ``_dateline_months``, as written and in capitals, for the shared scan."""
    months = _dateline_months_written()
    return written_words(months)


def _dateline_matches(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """``_dateline().finditer(text)``, the pattern tried only at the start of the lines that
    hold a month and a day (it reads no line break), not at every position of the text; the
    months only where the shared scan finds them, whole words (as the dateline reads them,
    after ``\\b``), not at every position either."""
    pattern = _dateline()
    pos = tried = -1  # the end of the last match; the last line start tried
    months = hit_starts(_dateline_month_words().find(text, lowered))
    for month in matches_at(_month_days(), text, months):
        line_start = text.rfind("\n", 0, month.start()) + 1
        if line_start < pos or line_start == tried:
            continue
        tried = line_start
        if (match := pattern.match(text, line_start)) is not None:
            yield match
            pos = match.end()


_NAME_WORDS = re.compile(r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}")


def region_end(text: str, start: int) -> int | None:
    """Where a country's or a first-level subdivision's name written at ``start`` ends ("New
    York", even uncued, "Ghana", "Oregon"), if one is; a city is none ("Phoenix")."""
    words = _NAME_WORDS.match(text, start)
    if words is None:
        return None
    names = region_names()
    parts = words.group().split()
    for count in range(len(parts), 0, -1):
        if " ".join(parts[:count]) in names:
            return start + len(" ".join(parts[:count]))
    return None


@cache
def country_forms() -> frozenset[str]:
    """Every country's name, alias and demonym as written ("India", "South Korea", "Korea",
    "Chinese")."""
    return frozenset(hit_form for hit_form, (kind, _) in _gazetteer_entries()
                     if kind == "country") | frozenset(country_names().values())


@cache
def demonyms() -> frozenset[str]:
    """The aliases of countries.toml that are adjectives of nationality ("Chinese",
    "Australian", "Emirati"), told by their endings from the names and abbreviations beside
    them ("UAE", "Holland", "Zaire"): they say whose people or goods, not where a thing is."""
    aliases = load_country_aliases()
    names = {form for country in pycountry.countries for form in (
        country.name, getattr(country, "common_name", None),
        getattr(country, "official_name", None))}  # "Iran", "Czech Republic"
    return frozenset(form for form in aliases.aliases
                     if form not in aliases.noun_names and form not in names and
                     _DEMONYM_END.search(form))


# "Chinese", "Brazilian", "Kenyan", "Polish", "Icelandic", "Dutch", "Swiss", "Iraqi" (not
# "Chinese Taipei")
_DEMONYM_END = re.compile(r"[a-z](?:ese|an|ish|ic|ch|ss|(?<!e)i)$")


@cache
def region_names() -> frozenset[str]:
    """Every country's and first-level subdivision's name as written, cued or not."""
    return country_forms() | frozenset(place_names().values())


@cache
def port_countries() -> dict[str, str]:
    """Each port, rail hub or dateline city, as written, to its country's alpha-2 code: where
    goods are shipped from and to ("left the Port of Duqm for Qinzhou"). A port of
    ``port_states`` is listed there alone, under its state's code ("AU-WA")."""
    config = _places_config()
    return {city: code.split("-", 1)[0]
            for table in (config["dateline_cities"], config["ports"], config["port_states"])
            for code, cities in table.items() for city in cities}


@cache
def port_states() -> dict[str, str]:
    """Each port of the ``[port_states]`` table, as written, to its first-level subdivision's
    code: goods "shipped from Geraldton port" leave Western Australia too."""
    return {port: code for code, ports in _places_config()["port_states"].items()
            for port in ports}


def city_country(name: str) -> str | None:
    """The country code of a city datelines name ("New York" → "US"), if it is one."""
    return _dateline_cities().get(" ".join(name.lower().split()))


@cache
def _dateline_cities() -> dict[str, str]:
    """``dateline_cities``: each city, lower-cased and single-spaced, to its country code."""
    return {" ".join(city.lower().split()): code
            for code, names in _places_config()["dateline_cities"].items() for city in names}


def cities_countries(text: str, start: int, end: int) -> set[str]:
    """The countries (``country:`` ids) of the ``dateline_cities`` named, as written, in
    ``text[start:end]``: "headquartered in Osaka" is in Japan, though "Osaka" alone is no
    place mention (its prefecture needs a cue)."""
    cities = _dateline_cities()
    return {f"country:{cities[' '.join(m[0].lower().split())]}"
            for m in _city_names().finditer(text, start, end)}


@cache
def _city_names() -> re.Pattern[str]:
    names = [city for cities in _places_config()["dateline_cities"].values() for city in cities]
    return re.compile(rf"\b(?:{trie(names)})\b")


@cache
def _state_letters() -> dict[str, str]:
    """A dateline's state abbreviation or postal code, upper case, to its subdivision."""
    return {**_postal_codes(), **_dateline_abbreviations()}


@cache
def _postal_codes() -> dict[str, str]:
    """"TX", "BC": a subdivision's postal code, where it is its ISO 3166-2 code's letters
    (``postal_code_countries``); read in capitals only, after a dateline's city."""
    countries = tuple(f"{c}-" for c in _places_config()["postal_code_countries"])
    return {code[3:]: code for code in place_names() if code.startswith(countries)}


@cache
def _dateline_abbreviations() -> dict[str, str]:
    """``dateline_abbreviations`` by their letters, upper case, without the final period."""
    table = {}
    for written, code in _places_config()["dateline_abbreviations"].items():
        if code not in place_names():
            raise VocabularyError(f"places.toml: [dateline_abbreviations] {written!r}: "
                                  f"{code} is no subdivision of the listed countries")
        table[written.rstrip(".").upper()] = code
    return table


# The rest of a dateline's day and its year: "February 10, 2025".
_YEAR_AFTER_DAY = re.compile(r"\d?(?:st|nd|rd|th)?,?[^\S\n]+(?:19|20)\d\d\b")
# What stands between a dateline's city and the state or country written after it.
_AFTER_CITY = re.compile(r",[ \t]*")


def _find_dateline(doc: Doc) -> None:
    """The country of the city a story was filed from: a dateline names it, though in running
    text a city names no country. A state's name used as the city ("Quebec City") is then
    no mention of the state. A state written after the city ("CALGARY, ALBERTA", "MILPITAS,
    Calif.") is named there itself, and a news agency's city still names the state's country
    (the Reuters gold's rule: "BIRMINGHAM, Ala." is in the United States); a press release's
    dateline, dated with its year ("CALGARY, ALBERTA, February 10, 2025– TheNewswire"), names
    only what it writes (the critical-minerals gold's reading). A country written after the
    city ("PERTH, Scotland") is the one named. A dateline without a date ("GOROMONZI,
    Zimbabwe — …") marks only the state or country it writes."""
    for match in _dashed_datelines(doc.text):
        for span in doc.spans:  # where the story was filed from, not an actor; no more is
            if span.field == "text" and span.type in ("place", "country") and \
                    match.span("region") == (span.start, span.end):  # told of its city
                span.source = "dateline"
    abbreviations = _state_letters()
    for match in _dateline_matches(doc.text, doc.lowered):
        start, end = match.span("city")
        if not doc.text[start].isupper():
            continue
        code = city_country(match.group("city"))
        opens_story = match.start() < _DATELINE_LEAD
        if opens_story:  # "SINGAPORE, Nov 6": a city-state, or a second city, files no actor
            for span in doc.spans:
                if span.field == "text" and span.type == "country" and (
                        (span.start, span.end) in (match.span("city"), match.span("city2"))):
                    span.source = "dateline"
        if match["abbr"] and (code is not None or opens_story):
            place = abbreviations[match["abbr"].upper()]
            _add_place(doc, "text", *match.span("abbr"), place, place_names()[place], "dateline")
        after_city = [s for s in doc.spans if s.field == "text" and s.type in ("place", "country")
                      and end < s.start < match.end()
                      and _AFTER_CITY.fullmatch(doc.text, end, s.start)]
        # a known city, a capitalised one opening the story ("SURFERS PARADISE, Australia,
        # March 23") or one with its state and a comma ("Murdochville, Quebec, April 3");
        # not "Separately, Japan … on March 3 signed"
        state_then_date = any(s.type == "place" and _AFTER_CITY.fullmatch(
            doc.text, s.end, match.start("month")) for s in after_city)
        if code is None and not (opens_story and (match["city"].isupper() or state_then_date)):
            continue
        for span in after_city:  # "Vancouver, BC, Feb. 10": where the story was filed from,
            span.source = "dateline"  # not an actor
        if any(s.type == "country" for s in after_city):
            continue  # "PERTH, Scotland, …": named there
        state = next((s for s in after_city if s.type == "place"), None)
        if state is not None and _YEAR_AFTER_DAY.match(doc.text, match.end()):
            continue  # a press release's "Vancouver, BC, Feb. 10, 2025"
        if state is not None:  # "BIRMINGHAM, Ala.": the state's country, not England's
            code = (country_of_place(state.ids[0]) or "").removeprefix("country:") or code
        if code is None:
            continue
        doc.spans = [s for s in doc.spans if not (s.field == "text" and s.type == "place"
                                                 and s.start < end and start < s.end)]
        _add_country(doc, "text", start, end, code, "dateline")


def dateline_country(doc: Doc) -> str | None:
    """The ``country:`` id of the place a story was filed from, when its dateline names one."""
    datelines = [s for s in doc.spans if s.source == "dateline"]
    if not datelines:
        return None
    span = min(datelines, key=lambda s: (s.field != "text", s.start))  # "CONAKRY/SINGAPORE"
    code = span.ids[0]
    return country_of_place(code) if code.startswith("place:") else code


def publisher_country(doc: Doc) -> str | None:
    """The country a publication's name holds ("The Australian Financial Review", "The Times of
    India"): a national paper's "the government" is its own country's."""
    source = doc.article.source
    state = named_state(source) if source else None
    return country_of_place(state) if state and state.startswith("place:") else state


def story_country(doc: Doc) -> str | None:
    """Where the story was filed from (its dateline), else the country it names most: whose
    "francs" or "pesos" it counts, whose "Energy Department" or "Finance Ministry" it names."""
    country = dateline_country(doc)
    if country is None and (counts := country_counts(doc, "text")):
        country = counts.most_common(1)[0][0]
    return country


# A ticker symbol opening a market-data line or following another listing ("Tickers: PKM CN |
# PHKMF US", "Ticker: CDY CN; CDYCF US"): the letters after it are a terminal's market code.
_SYMBOL_BEFORE = re.compile(r"(?:^|[|;:][ \t]*)[A-Z0-9][A-Z0-9.]{1,7}[ \t]+$", re.MULTILINE)
_MARKET_AFTER = re.compile(r"[ \t]*(?:[|;,)]|$)", re.MULTILINE)
# A country written between an amount and its currency unit names the currency: "450 million
# U.S. dollars", "10 US cents", or after a symbol's amount, "$900 US an ounce". (Reuters' "400
# U.S. dlrs" stays a country: that corpus's gold counts it.)
_AMOUNT_BEFORE = re.compile(r"(?:(?P<symbol>[$\u20ac\u00a3] ?)?\d(?:[\d.,/-]*\d)?[ \t]+"
                            r"(?:(?:million|billion|trillion)[ \t]+)?)$")
_UNIT_AFTER = re.compile(r"[ \t]+(?:cents?|dollars?)\b")


def _names_a_currency(text: str, start: int, end: int) -> bool:
    """Whether the country at ``start:end`` sits in an amount of money as its currency."""
    amount = _AMOUNT_BEFORE.search(text, max(0, start - 40), start)
    return amount is not None and (amount.group("symbol") is not None
                                   or _UNIT_AFTER.match(text, end) is not None)


def _lower_case_story(text: str) -> bool:
    """Whether a story is written in lower case, as a few wire stories lost their capitals
    ("lima, may 4 - the peruvian state refiner said on monday ..."):
    fewer than one character in a hundred is a capital, where news has two or more (its
    opening is counted first, which rules out nearly every story)."""
    opening = min(len(text), _OPENING)
    return opening >= 200 and len(_CAPITAL.findall(text, 0, opening)) * 50 <= opening and \
        len(_CAPITAL.findall(text)) * 100 < len(text)


def _capitalised(text: str) -> str:
    """The text with each word's first letter a capital, the same length: names are matched
    as written, so a lower-case story's "germany" is read as "Germany"."""
    return _WORD_START.sub(lambda m: m[0].upper(), text)


_CAPITAL = re.compile(r"[A-Z]")
_OPENING = 500  # characters
_WORD_START = re.compile(r"\b[a-z]")


def find_places(doc: Doc) -> None:
    """Component: propose ``country`` and ``place`` spans in title and text."""
    gazetteer = _gazetteer()
    places = place_names()
    needs_context = _aliases_needing_context()
    notices = _notice_markers()
    project_after = _project_after()
    continent_before = _continent_before()
    for field, text, lowered in doc.fields():
        scanned = _capitalised(text) if field == "text" and _lower_case_story(text) else text
        for hit in gazetteer.find(scanned, lowered):
            kind, code = hit.payload
            if text.startswith("$", hit.end):
                continue  # "US$63 million", "A$97 million": a currency, not a country
            if len(hit.surface) == 2 and _MARKET_AFTER.match(text, hit.end) and \
                    _SYMBOL_BEFORE.search(text, max(0, hit.start - 16), hit.start):
                continue  # "Tickers: PKM CN | PHKMF US": a terminal's market, not a country
            if kind == "country" and _names_a_currency(text, hit.start, hit.end):
                continue
            if kind == "country" and code == "US" and continent_before.search(
                    text, max(0, hit.start - 8), hit.start):
                continue  # "North American buyers", "Latin American producers": a continent
            if field == "text" and doc.in_sentence_with(notices, hit.start):
                continue
            if kind == "country" and _in_exchange_name(text, hit.start, hit.surface):
                continue  # "listed on the Australian Securities Exchange": the exchange's
            if hit.surface.lower() in needs_context and field == "text" and \
                    _part_of_longer_name(text, hit.start, hit.end):
                continue
            if kind == "country":
                _add_country(doc, field, hit.start, hit.end, code, "geo")
            elif project_after.match(text, hit.end):
                continue  # "the Bahia Project in Brazil": a project named after its state
            elif _a_town_named_like_it(text, hit.start, hit.end):
                continue  # "the city of Oruro", "ships through Antofagasta": not the region
            elif _other_country_s(doc, field, text, hit.start, code):
                continue  # "Botswana's North-West District": not South Africa's North-West
            else:
                _add_place(doc, field, hit.start, hit.end, code, places.get(code, hit.surface),
                           "geo")
    _find_dateline(doc)
    _find_addresses(doc)
    _find_listed_cued(doc)
    _find_named_divisions(doc)
    _find_home_divisions(doc)
    _find_divisions_listed_with_their_word(doc)
    _drop_unsupported_aliases(doc)
    _read_namesake_states(doc)
    _drop_regions_abroad(doc)


@cache
def _exchange_names() -> dict[str, tuple[tuple[int, str], ...]]:
    """The exchanges' names that hold a country's word ("Australian Securities Exchange",
    "NYSE American"), by that word lower-cased, with where it starts in them."""
    names: dict[str, list[tuple[int, str]]] = {}
    for entry in load_exchange_entries():
        for spelling in entry.spellings:
            if " " in spelling:
                for hit in _gazetteer().find(spelling, spelling.lower()):
                    if hit.payload[0] == "country":
                        names.setdefault(hit.surface.lower(), []).append((hit.start, spelling))
    return {word: tuple(found) for word, found in names.items()}


def _in_exchange_name(text: str, start: int, surface: str) -> bool:
    """Whether a country's word at ``start`` is part of an exchange's name, written as the
    name is: like a company's, it mentions no country (the gold conventions)."""
    return any(text.startswith(name, start - offset) and
               not text[start - offset + len(name):start - offset + len(name) + 1].isalnum()
               for offset, name in _exchange_names().get(surface.lower(), ()) if offset <= start)


def _other_country_s(doc: Doc, field: str, text: str, start: int, code: str) -> bool:
    """Whether a country other than the subdivision's own is written, possessive, right
    before it ("Botswana's North-West"): the name is that country's division, not this one."""
    if not _POSSESSIVE_BEFORE.search(text, max(0, start - 3), start):
        return False
    return any(s.field == field and s.type == "country" and s.ids[0] != f"country:{code[:2]}"
               and _POSSESSIVE_GAP.fullmatch(text, s.end, start) for s in doc.spans)


_POSSESSIVE_BEFORE = re.compile(r"['’]s[ \t]+$")


def _find_listed_cued(doc: Doc) -> None:
    """A subdivision named like a country, a city or a common word, listed beside another of
    its country's subdivisions: "projects in Arizona, Georgia, Minnesota and Washington" are
    four U.S. states, not the country Georgia and the capital."""
    cued = _cued_places()
    for field, text, lowered in doc.fields():
        for hit in _cued_gazetteer().find(text, lowered):
            if text[hit.start:hit.end] != hit.surface:
                continue  # "FORT WASHINGTON, Pa.": a dateline in capitals, no list
            # "Central and Luapula provinces": of the countries with a subdivision of that
            # name, the one of a subdivision listed beside it
            beside = {country_of_place(s.ids[0]) for s in doc.spans
                      if s.field == field and s.type == "place" and (
                          LIST_JOINT.fullmatch(text, s.end, hit.start) or
                          LIST_JOINT.fullmatch(text, hit.end, s.start))}
            code = next((c for c in cued[hit.payload] if f"country:{c[:2]}" in beside), None)
            if code is None and len(cued[hit.payload]) == 1 and \
                    cued[hit.payload][0][:2] in _places_config()["town_state_countries"] and \
                    _after_a_town(text, hit.start, hit.end):
                code = cued[hit.payload][0]  # "Wenatchee, Washington, and …"
            if code is None:
                continue
            doc.spans = [s for s in doc.spans if not (
                s.field == field and s.start < hit.end and hit.start < s.end)]
            _add_place(doc, field, hit.start, hit.end, code, hit.payload, "geo")


# A town and a comma before a state's name, which a comma, a full stop or a bracket closes:
# "at Wenatchee, Washington, and", "(Yakima, Washington)"
_TOWN_BEFORE = re.compile(r"\b(?P<town>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]+$")
_STATE_CLOSED = re.compile(r"[ \t]*[,.)]")


def _after_a_town(text: str, start: int, end: int) -> bool:
    """Whether a state's name needing a cue follows a town's name and a comma and ends its
    phrase ("Wenatchee, Washington, and rail yards"); not a capital's or a country's
    name in a list ("Beijing, Washington", "China, Georgia"), nor a date ("In July,
    Washington did …")."""
    town = _TOWN_BEFORE.search(text, max(0, start - 32), start)
    if town is None or _STATE_CLOSED.match(text, end) is None:
        return False
    words = town["town"].split()
    return not (city_country(town["town"]) or town["town"] in country_forms() or
                set(words) & _date_words())


def _find_named_divisions(doc: Doc) -> None:
    """A subdivision named by a word several countries' subdivisions share, or one of a
    country outside ``countries``, and an administrative word: "Zambia's Northern Province",
    "its mine in Central Province, Zambia", "the Western Region of Uganda" (not Ghana's
    Northern Region), "Chanthaburi province" in a Thai story: the one of the country named
    beside it, else of the country the story is about."""
    for field, text, hit in _free_hits(doc, _division_gazetteer()):
        codes = _shared_divisions()[hit.payload]
        beside = [s for s in doc.spans if s.field == field and s.type == "country" and (
            _POSSESSIVE_GAP.fullmatch(text, s.end, hit.start) or
            _COUNTRY_AFTER_GAP.fullmatch(text, hit.end, s.start))]
        countries: list[str | None] = [s.ids[0] for s in beside] or [story_country(doc)]
        if (code := _only_division_in(codes, countries)) is not None:
            _add_division(doc, field, hit.start, hit.end, code)


@cache
def _home_divisions() -> dict[str, Gazetteer[str]]:
    """places.toml ``home_only_countries``: each one's first-level divisions by name, "Saint"
    also as "St" and "St.", to the code; and ``home_aliases``, by their countries."""
    config = _places_config()
    towns = set(config["home_only_towns"])
    forms: dict[str, list[tuple[str, str]]] = {}
    for country in config["home_only_countries"]:
        for sub in pycountry.subdivisions.get(country_code=country) or ():
            names = {sub.name, unaccented(sub.name)}
            names |= {f"{short} {n[6:]}" for n in names if n.startswith("Saint ")
                      for short in ("St", "St.")}
            forms.setdefault(country, []).extend(
                (name, sub.code) for name in names
                if sub.parent_code is None and name not in towns)
    for alias, code in config["home_aliases"].items():
        forms.setdefault(code[:2], []).append((alias, code))
    return {country: Gazetteer(found, case_sensitive={form for form, _ in found})
            for country, found in forms.items()}


def _find_home_divisions(doc: Doc) -> None:
    """The divisions of a ``home_only_countries`` country by their bare names, in a story of
    that country only: "bauxite mined in Trelawny and St Ann" in a Jamaican story; "Manchester" or
    "Portland" elsewhere is a town."""
    homes = _home_divisions()
    if not any(s.type == "country" and s.ids[0].removeprefix("country:") in homes
               for s in doc.spans):
        return
    country = (story_country(doc) or "").removeprefix("country:")
    if country not in homes:
        return
    for field, _text, hit in _free_hits(doc, homes[country]):
        _add_division(doc, field, hit.start, hit.end, hit.payload)


def _free_hits(doc: Doc, gazetteer: Gazetteer[str]) -> Iterator[tuple[str, str, Hit[str]]]:
    """Each field's hits of ``gazetteer`` written in its own case and inside no place or
    organisation read so far (a division's name inside one is part of that name). Lazy, so a
    division added for one hit is seen by the next's test."""
    for field, text, lowered in doc.fields():
        for hit in gazetteer.find(text, lowered):
            if text[hit.start:hit.end] == hit.surface and \
                    not _overlaps_place_or_org(doc, field, hit.start, hit.end):
                yield field, text, hit


def _add_division(doc: Doc, field: str, start: int, end: int, code: str) -> None:
    """Record the division ``code`` at ``start``–``end`` under its canonical name."""
    name = place_names().get(code) or _abroad_places()[code]
    _add_place(doc, field, start, end, code, name, "geo")


def _only_division_in(codes: list[str], countries: list[str | None]) -> str | None:
    """The one division of ``codes`` in one of ``countries`` (ids "country:XX"), if only one
    is: a name several countries' divisions share tells which by the country beside it."""
    chosen = [c for c in codes if f"country:{c[:2]}" in countries]
    return chosen[0] if len(chosen) == 1 else None


def _overlaps_place_or_org(doc: Doc, field: str, start: int, end: int) -> bool:
    """Whether a place or an organisation already read in ``field`` overlaps ``start``–``end``:
    a division's name inside one is part of that name, not a division."""
    return any(s.field == field and s.start < end and start < s.end
               for s in doc.spans if s.type in ("place", "organization"))


def _find_divisions_listed_with_their_word(doc: Doc) -> None:
    """The names of a list told with a plural administrative word, each read as if the word
    followed it: "the Jazan, Qassim and Hail regions" ("Hail region"), "the departments of
    Guainía and Vichada" in a Colombian story. The plural word is looked for first, and the
    list only beside it."""
    plural, before, after = _plural_admin_list()
    for field, text, lowered in doc.fields():
        # the plural words the shared scan finds, each matched where it opens: the pattern
        # is tried there alone, not at every word of the text
        words = _plural_admin_words().find(text, lowered)
        for word in matches_at(plural, lowered, hit_starts(words)):
            if (found := after.match(text, word.end())) is None:
                found = before.search(text, max(0, word.start() - _LIST_REACH), word.start())
            if found is not None:
                _read_listed_divisions(doc, field, found.start("names"), found.group("names"),
                                       word.group().removesuffix("s"))


def _read_listed_divisions(doc: Doc, field: str, offset: int, names: str, word: str) -> None:
    """Each name of ``names`` (at ``offset``) that, with the administrative ``word`` after
    it, is an alias ("Hail region") or a division of the story's country."""
    shared = _shared_divisions()
    for name in _LIST_NAME.finditer(names):
        start, end = offset + name.start(), offset + name.end()
        if _overlaps_place_or_org(doc, field, start, end):
            continue
        code = _places_config()["aliases"].get(f"{name.group()} {word}")
        if code is None and name.group() in shared:
            code = _only_division_in(shared[name.group()], [story_country(doc)])
        if code is not None:
            label = place_names().get(code) or _abroad_places().get(code, name.group())
            _add_place(doc, field, start, end, code, label, "geo")


_LIST_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")
_LIST_REACH = 120  # characters before a plural administrative word its list may start


@cache
def _plural_admin_words() -> Gazetteer[str]:
    """The plural administrative words of ``_plural_admin_list`` (one word each), for the
    article's shared scan."""
    return Gazetteer((word, word) for word in {f"{w.lower()}s" for w in admin_words()})


@cache
def _plural_admin_list() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A plural administrative word (``admin_words``: "provinces", "regions"), matched in
    the lower-cased text; a list of two or more capitalised names ending right before it
    ("Vientiane and Khammouane provinces"); and one after it and "of" ("the departments of
    Guainía and Vichada")."""
    plural = word_opening({f"{word.lower()}s" for word in admin_words()}, cased=True)
    name = _LIST_NAME.pattern
    names = rf"(?P<names>{name}(?:,[ \t]*{name})*,?[ \t]+and[ \t]+{name})"
    return (re.compile(rf"{plural}\b"), re.compile(rf"{names}[ \t]+$"),
            re.compile(rf"[ \t]+of[ \t]+{names}"))


_POSSESSIVE_GAP = re.compile(r"['’]s[ \t]+")
# Between a division and its country after it: "Central Province, Zambia", "the Western
# Region of Uganda".
_COUNTRY_AFTER_GAP = re.compile(r",[ \t]*|[ \t]+of[ \t]+(?:the[ \t]+)?")


@cache
def _shared_divisions() -> dict[str, list[str]]:
    """Names that subdivisions of several countries share, or that need a cue ("Northern",
    "Central"), and those of the countries not in ``countries`` ("Chanthaburi"), each to its
    codes."""
    codes: dict[str, list[str]] = {}
    for code, name in place_names().items():
        codes.setdefault(name, []).append(code)
    shared = {name: found for name, found in codes.items()
              if (len(found) > 1 or name in _subdivisions_needing_cue()) and " " not in name}
    words = _places_config()["admin_words"]
    for code, name in _abroad_places().items():
        # "North Western Province" (Sri Lanka's), as pycountry writes it: read with its word
        name = next((name.removesuffix(f" {word}") for word in words
                     if name.endswith(f" {word}")), name)
        if name in shared or name not in codes:  # (a listed place's own name is read uncued)
            shared.setdefault(name, []).append(code)
    return shared


@cache
def _division_gazetteer() -> Gazetteer[str]:
    """A shared division's name and an administrative word ("Northern Province"), to the
    name."""
    forms = [(f"{name} {word}", name) for name in _shared_divisions()
             for word in _places_config()["admin_words"]]
    return Gazetteer(forms, case_sensitive={form for form, _ in forms})


@cache
def _cued_places() -> dict[str, list[str]]:
    """The subdivisions that need a cue, by name as written: "Georgia" → ["US-GA"],
    "Central" → the codes of every country's Central province or region."""
    cued: dict[str, list[str]] = {}
    for code, name in place_names().items():
        if name in _subdivisions_needing_cue():
            cued.setdefault(name, []).append(code)
    return cued


@cache
def _subdivisions_needing_cue() -> frozenset[str]:
    """places.toml ``needs_cue``: subdivisions named like a country, a city or a word."""
    return frozenset(_places_config()["needs_cue"])


@cache
def _cued_gazetteer() -> Gazetteer[str]:
    """The subdivisions that need a cue, by name."""
    return Gazetteer([(name, name) for name in _cued_places()], case_sensitive=_cued_places())


@cache
def _bound_aliases() -> frozenset[str]:
    return frozenset(_places_config()["bound_aliases"])


def _drop_unsupported_aliases(doc: Doc) -> None:
    """A state named by one of ``bound_aliases`` ("SA") in a story that points to other
    countries, never to its own, is no mention of it."""
    bound = _bound_aliases()
    aliased = [s for s in doc.spans if s.type == "place" and doc.written(s) in bound]
    if not aliased:
        return
    pointed = {span_country(doc, s) for s in doc.spans
               if s.type in ("country", "place") and s not in aliased}
    pointed.discard(None)
    doc.spans = [s for s in doc.spans
                 if s not in aliased or not pointed or country_of_place(s.ids[0]) in pointed]


def _drop_regions_abroad(doc: Doc) -> None:
    """A subdivision named after a region across a border (``border_regions``: "the
    Copperbelt") is no mention of it in another country's story, nor where another country is
    named with it ("the Copperbelt of the Democratic Republic of the Congo"), unless an
    administrative word names it ("Copperbelt Province")."""
    regions = _places_config()["border_regions"]
    spans = [s for s in doc.spans if s.type == "place" and doc.written(s) in regions]
    if not spans:
        return
    home = story_country(doc)
    dropped = []
    for span in spans:
        text = doc.text_of(span.field)
        own = country_of_place(span.ids[0])
        beside = [s.ids[0] for s in doc.spans if s.field == span.field and s.type == "country"
                  and (_POSSESSIVE_GAP.fullmatch(text, s.end, span.start) or
                       _COUNTRY_AFTER_GAP.fullmatch(text, span.end, s.start))]
        cued = any(text.startswith(f" {word}", span.end) for word in admin_words())
        if not cued and (home != own or any(country != own for country in beside)):
            dropped.append(span)
    doc.spans = [s for s in doc.spans if s not in dropped]


def _read_namesake_states(doc: Doc) -> None:
    """A country named like another country's state (``namesake_states``: "Georgia") is that
    state in a story of the other country (its dateline, or the country it names most), or one
    pointing to it (naming it, its places or its companies) more often than to the namesake
    ("a battery plant in Georgia" beside Washington's duties on Chinese graphite, in a story
    naming China most), that names none of the namesake's own words, where it stands in no
    list of countries ("Ukraine, Georgia and Armenia")."""
    namesakes = _places_config()["namesake_states"]
    for code, namesake in namesakes.items():
        spans = [s for s in doc.spans if s.type == "country" and s.ids[0] == f"country:{code}"
                 and doc.written(s)
                 == namesake["name"] and not _listed_with_countries(doc, s)]
        if not spans:
            continue
        state = f"place:{namesake['state']}"
        home = country_of_place(state)
        own = _namesake_words(code)
        if own.search(doc.text) or own.search(doc.title) or (
                story_country(doc) != home and
                (home is None or country_counts(doc)[home] <= len(spans))):
            continue
        doc.spans = [s for s in doc.spans if s not in spans] + [
            Span(s.start, s.end, "place", (state,), place_names()[namesake["state"]], s.source,
                 s.confidence, s.field) for s in spans]
        doc.remember(state, EntityInfo("place", place_names()[namesake["state"]], country=home))


def _listed_with_countries(doc: Doc, span: Span) -> bool:
    """Whether a country's mention stands in a list with another country ("Ukraine, Georgia
    and Armenia")."""
    text = doc.text_of(span.field)
    return any(s.type == "country" and s.field == span.field and s is not span and (
        LIST_JOINT.fullmatch(text, s.end, span.start) or
        LIST_JOINT.fullmatch(text, span.end, s.start)) for s in doc.spans)


@cache
def _namesake_words(code: str) -> re.Pattern[str]:
    """The words of a namesake country's own (``own_words``), whole words in any case."""
    words = _places_config()["namesake_states"][code]["own_words"]
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE)


@cache
def _address() -> re.Pattern[str]:
    """A town and its state's stylebook abbreviation in running text, as written: "Ball Corp,
    Greeneville, Tenn., and …", "in Wenatchee, Wash. Asamera said". Not initials ("Clorox,
    S.C. Johnson", "Rao, N.S. Sharma"); an abbreviation before a name ("Albemarle, Pa. Smith")
    reads as a sentence's end, which is far more common. The town opens a word
    (``_address_matches``)."""
    return re.compile(rf"[A-Z][a-z][\w'-]*,{_abbreviation_after_comma()}")


@cache
def _abbreviation_after_comma() -> str:
    abbreviations = alternation(a for a in _places_config()["dateline_abbreviations"]
                                if "." not in a[:-1])
    return rf"[ \t]+(?P<abbr>{abbreviations})(?=[,;:)\s]|$)"


@cache
def _address_commas() -> re.Pattern[str]:
    """A comma before a state's abbreviation, as ``_address`` reads one after a town."""
    return re.compile(rf",(?={_abbreviation_after_comma()})")


def _address_matches(text: str) -> Iterator[re.Match[str]]:
    """``word_matches(_address(), text)``: tried only at the words that end at a comma before
    a state's abbreviation (a town's letters, digits, apostrophes and hyphens reach the
    comma), not at every capital of the text."""
    pos = 0  # the end of the last match
    for comma in _address_commas().finditer(text):
        end = comma.start()
        start = end
        while start and (text[start - 1].isalnum() or text[start - 1] in "_'-"):
            start -= 1
        for at in range(max(start, pos), end):
            if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
                continue  # inside a word
            if (match := _address().match(text, at)) is not None:
                yield match
                pos = match.end()
                break  # the match reaches past the comma


@cache
def _party_state() -> re.Pattern[str]:
    """A U.S. lawmaker's party and state in brackets: "Dan Glickman (D-Kans.)", "(R-Minn.)"."""
    abbreviations = alternation(_places_config()["dateline_abbreviations"])
    return re.compile(rf"\([DRI][-–](?P<abbr>{abbreviations})\)")


def _find_addresses(doc: Doc) -> None:
    """States written after a town in the body ("LaSalle, Ill."), the dateline's convention
    elsewhere in a story, where the dateline reads them already, and after a lawmaker's
    party ("(R-Minn.)")."""
    table = _places_config()["dateline_abbreviations"]
    taken = [(s.start, s.end) for s in doc.spans if s.field == "text" and s.type == "place"]
    for match in chain(_address_matches(doc.text), _party_state().finditer(doc.text)):
        start, end = match.span("abbr")
        if any(a < end and start < b for a, b in taken):
            continue  # the dateline's own, read above
        code = table[match["abbr"]]
        _add_place(doc, "text", start, end, code, place_names()[code], "address")


def _add_country(doc: Doc, field: str, start: int, end: int, code: str, source: str) -> None:
    cid = f"country:{code}"
    name = country_names()[code]
    doc.spans.append(Span(start, end, "country", (cid,), name, source, 1.0, field))
    doc.remember(cid, EntityInfo("country", name))


def _add_place(doc: Doc, field: str, start: int, end: int, code: str, name: str,
               source: str) -> None:
    pid = f"place:{code}"
    doc.spans.append(Span(start, end, "place", (pid,), name, source, 1.0, field))
    doc.remember(pid, EntityInfo("place", name, country=country_of_place(pid)))

