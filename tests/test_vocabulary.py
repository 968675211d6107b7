"""The vocabulary data files: loaded, well-formed, and true to the reference data they cite."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycountry
import pytest

from mineralwatch.analyse.crosswalk import country_for_name
from mineralwatch.extract import vocabulary as vocab
from mineralwatch.extract.vocabulary import (
    VocabularyError,
    ambiguous_terms,
    case_sensitive_terms,
    false_friends,
    load_country_aliases,
    load_exchanges,
    load_minerals,
    load_organisations,
    mineral_by_id,
    mineral_context,
    mineral_terms,
    symbol_phrases,
)

LIGHT = {"cerium", "lanthanum", "neodymium", "praseodymium", "samarium", "promethium"}
HEAVY = {
    "dysprosium",
    "erbium",
    "europium",
    "gadolinium",
    "holmium",
    "lutetium",
    "terbium",
    "thulium",
    "ytterbium",
    "yttrium",
    "scandium",
}
PGM = {"platinum", "palladium", "rhodium", "ruthenium", "iridium", "osmium"}
FLAG_COLUMNS = {
    "us_2018": "us_2018_final",
    "us_2022": "us_2022_final",
    "us_2025": "us_2025_final",
    "eu_critical": "eu_crma_critical",
    "eu_strategic": "eu_crma_strategic",
}
# USGS COUNTRY rows that are sums or regions, not countries.
AGGREGATE = re.compile(r"^(World total|Other countries)|^United States and Canada$", re.I)
# The WGI's own codes that name no current ISO country.
WGI_WITHOUT_ISO = {"ANT"}  # Netherlands Antilles, dissolved 2010
KOSOVO = "XK"  # user-assigned code, absent from ISO 3166-1 and pycountry


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def usgs_rows(shared_dir: Path) -> list[dict[str, str]]:
    return _csv(shared_dir / "reference" / "usgs" / "MCS2025_World_Data.csv")


@pytest.fixture(scope="module")
def critical_rows(shared_dir: Path) -> list[dict[str, str]]:
    return _csv(shared_dir / "reference" / "critical_minerals" / "critical_minerals_lists.csv")


@pytest.fixture(scope="module")
def wgi_rows(shared_dir: Path) -> list[dict[str, str]]:
    return _csv(shared_dir / "reference" / "governance" / "wgidataset.csv")


def _resolve(name: str) -> str:
    ids = mineral_terms()[name.lower()]
    assert len(ids) == 1, (name, ids)
    return ids[0]


def _is_country(code: str) -> bool:
    return pycountry.countries.get(alpha_2=code) is not None


# --- minerals -----------------------------------------------------------------------------


def test_every_loader_returns_data() -> None:
    assert len(load_minerals()) > 90
    assert len(mineral_terms()) > 400
    assert len(false_friends()) > 50
    assert len(load_exchanges()) > 100
    assert len(load_organisations()) >= 170
    assert len(load_country_aliases().aliases) > 200
    context = mineral_context()
    assert "ore" in context["after"] and "smelt" in context["after_stems"]
    assert "tonnes" in context["before"]
    assert "under the symbol" in symbol_phrases()


def test_mineral_ids_are_unique_and_well_formed() -> None:
    ids = [m.id for m in load_minerals()]
    assert len(ids) == len(set(ids))
    for entry in load_minerals():
        assert re.fullmatch(r"mineral:[a-z0-9]+(-[a-z0-9]+)*", entry.id), entry.id
        slug = re.sub(r"[^a-z0-9]+", "-", entry.name.lower()).strip("-")
        # "industrial garnet" keeps the shorter id the news word gives
        assert entry.id == f"mineral:{slug}" or entry.id == "mineral:garnet", entry.id


def test_every_usgs_commodity_maps_to_exactly_one_mineral(
    usgs_rows: list[dict[str, str]],
) -> None:
    commodities = {row["COMMODITY"].strip() for row in usgs_rows}
    holders = {c: [m.id for m in load_minerals() if c in m.usgs] for c in commodities}
    assert {c: ids for c, ids in holders.items() if len(ids) != 1} == {}
    assert holders["Gemanium"] == ["mineral:germanium"]
    assert holders["Rare earths"] == ["mineral:rare-earths"]
    assert holders["Bauxite"] == ["mineral:aluminum"]
    # and no entry names a commodity the table does not have
    assert {u for m in load_minerals() for u in m.usgs} <= commodities


def test_critical_list_flags_match_the_reference_csv(
    critical_rows: list[dict[str, str]],
) -> None:
    assert len(critical_rows) == 64
    for row in critical_rows:
        entry = mineral_by_id(_resolve(row["mineral"]))
        assert entry is not None
        for flag, column in FLAG_COLUMNS.items():
            expected = row[column] in ("yes", "group")
            assert getattr(entry, flag) is expected, (row["mineral"], flag)


def test_group_flags_are_true_when_a_member_is_listed() -> None:
    for group in ("mineral:rare-earths", "mineral:platinum-group-metals"):
        members = [m for m in load_minerals() if m.group_id == group]
        entry = mineral_by_id(group)
        assert entry is not None
        for flag in FLAG_COLUMNS:
            assert getattr(entry, flag) is any(getattr(m, flag) for m in members), (group, flag)


def test_usgs_names_agree_with_the_critical_list_crosswalk(
    critical_rows: list[dict[str, str]],
) -> None:
    by_usgs = {u: m.id for m in load_minerals() for u in m.usgs}
    for row in critical_rows:
        mid = _resolve(row["mineral"])
        entry = mineral_by_id(mid)
        assert entry is not None
        for commodity in filter(None, row["mcs2025_world_commodity"].split("; ")):
            holder = by_usgs[commodity]
            # zirconium holds the combined "Zirconium and Hafnium" rows
            allowed = {mid, entry.group_id} | (
                {"mineral:zirconium"} if mid.endswith("hafnium") else set()
            )
            assert holder in allowed, (row["mineral"], commodity, holder)


def test_seventeen_rare_earths_split_light_and_heavy() -> None:
    members = [m for m in load_minerals() if m.group == "rare-earths"]
    assert len(members) == 17
    assert {m.name for m in members if m.subgroup == "light"} == LIGHT
    assert {m.name for m in members if m.subgroup == "heavy"} == HEAVY
    assert all(m.symbol for m in members)


def test_six_platinum_group_metals() -> None:
    members = {m.name for m in load_minerals() if m.group == "platinum-group-metals"}
    assert members == PGM


@pytest.mark.parametrize(
    ("form", "ids"),
    [
        ("NdPr", ("mineral:neodymium", "mineral:praseodymium")),
        ("spodumene", ("mineral:lithium",)),
        ("Lithium Hydroxide", ("mineral:lithium",)),
        ("bastnäsite", ("mineral:rare-earths",)),
        ("rare earth elements", ("mineral:rare-earths",)),
        ("REO", ("mineral:rare-earths",)),
        ("PGMs", ("mineral:platinum-group-metals",)),
        ("copper concentrate", ("mineral:copper",)),
        ("cathode copper", ("mineral:copper",)),
        ("fluorite", ("mineral:fluorspar",)),
        ("ferrotungsten", ("mineral:tungsten",)),
        ("APT", ("mineral:tungsten",)),
        ("U3O8", ("mineral:uranium",)),
        ("ilmenite", ("mineral:titanium",)),
        ("zircon", ("mineral:zirconium",)),
        ("aluminium", ("mineral:aluminum",)),
        ("bauxite", ("mineral:aluminum",)),
        ("stibnite", ("mineral:antimony",)),
        ("cassiterite", ("mineral:tin",)),
        ("coltan", ("mineral:tantalum", "mineral:niobium")),
        ("mixed hydroxide precipitate", ("mineral:nickel",)),
        ("iron ore", ("mineral:iron-ore",)),
    ],
)
def test_surface_forms_resolve(form: str, ids: tuple[str, ...]) -> None:
    assert mineral_terms()[form.lower()] == ids


def test_symbols_are_not_surface_forms() -> None:
    terms = mineral_terms()
    assert mineral_by_id("mineral:lithium").symbol == "Li"  # type: ignore[union-attr]
    assert "li" not in terms and "cu" not in terms and "nd" not in terms


def test_ambiguous_and_case_sensitive_forms() -> None:
    assert {"lead", "tin", "gold", "silver", "iron", "mercury"} <= ambiguous_terms()
    assert "lithium" not in ambiguous_terms() and "lead concentrate" not in ambiguous_terms()
    # Metals whose names are rarely anything else in minerals news need no context.
    assert not {"copper", "nickel", "zinc"} & ambiguous_terms()
    assert {"apt", "npi", "ndpr", "reo", "u3o8"} <= case_sensitive_terms()
    assert "rare earths" not in case_sensitive_terms()


def test_false_friends_are_not_mineral_terms() -> None:
    terms = mineral_terms()
    assert {"silver lining", "gold standard", "lead to", "iron out"} <= {
        f.lower() for f in false_friends()
    }
    assert not [f for f in false_friends() if f.lower() in terms]


# --- exchanges and organisations ----------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "code"),
    [
        ("NasdaqGS", "NASDAQ"),
        ("Nasdaq", "NASDAQ"),
        ("NYSE American", "NYSEAMERICAN"),
        ("NYSE MKT", "NYSEAMERICAN"),
        ("AMEX", "NYSEAMERICAN"),
        ("TSX-V", "TSXV"),
        ("TSX.V", "TSXV"),
        ("TSX Venture", "TSXV"),
        ("OTCQB", "OTC"),
        ("OTC Pink", "OTC"),
        ("OTCMKTS", "OTC"),
        ("FSE", "FRA"),
        ("Frankfurt", "FRA"),
        ("CNSX", "CSE"),
        ("HK", "HKEX"),
        ("ASX", "ASX"),
        ("AIM", "AIM"),
        ("NYSE Texas", "NYSETEXAS"),
        ("TSE", "TSE"),
        ("TSX", "TSX"),
        ("NYSE Arca", "NYSE"),
        ("AU", "ASX"),
        ("B3", "BVMF"),
    ],
)
def test_exchange_spellings(spelling: str, code: str) -> None:
    assert load_exchanges()[spelling.upper()] == code


def test_org_registry_is_well_formed() -> None:
    orgs = load_organisations()
    assert len(orgs) >= 170
    assert len({o.id for o in orgs}) == len(orgs)
    codes = set(load_exchanges().values())
    for org in orgs:
        assert re.fullmatch(r"org:[a-z0-9]+(-[a-z0-9]+)*", org.id), org.id
        if org.country is not None:
            assert _is_country(org.country.removeprefix("country:")), org.id
        for listing in org.listings:
            assert listing.split(":", 1)[0] in codes, (org.id, listing)
        for mid in org.minerals:
            assert mineral_by_id(mid) is not None, (org.id, mid)


@pytest.mark.parametrize(
    ("oid", "listings", "country"),
    [
        ("org:usa-rare-earth", ("NASDAQ:USAR",), "country:US"),
        ("org:lynas-rare-earths", ("ASX:LYC", "OTC:LYSCF"), "country:AU"),
        ("org:mp-materials", ("NYSE:MP",), "country:US"),
        ("org:energy-fuels", ("NYSEAMERICAN:UUUU", "TSX:EFR"), "country:US"),
        ("org:us-strategic-metals", (), "country:US"),
        ("org:frontier-works-organisation", (), "country:PK"),
    ],
)
def test_known_organisations(oid: str, listings: tuple[str, ...], country: str) -> None:
    org = next(o for o in load_organisations() if o.id == oid)
    assert org.listings == listings
    assert org.country == country


def test_seed_article_organisations_are_named() -> None:
    names = {form.lower(): entry.id for entry in load_organisations()
             for form in (entry.name, *entry.aliases)}
    for form in (
        "USSM",
        "FWO",
        "U.S. Strategic Metals",
        "Less Common Metals",
        "USA Rare Earth Inc.",
        "Department of the Interior",
        "U.S. Department of Energy",
        "Lithium Corp",
    ):
        assert form.lower() in names, form
    assert names["mofcom"] == "org:china-ministry-of-commerce"
    commerce = next(o for o in load_organisations() if o.id == "org:china-ministry-of-commerce")
    assert "Commerce Ministry" in commerce.context_aliases


def test_listings_in_the_corpus_belong_to_their_registry_entry(
    corpus_records: dict[str, dict[str, Any]],
) -> None:
    """Where an article prints "Name (EXCHANGE: SYMBOL)", the registry agrees with it."""
    exchanges = load_exchanges()
    by_listing = {listing: o for o in load_organisations() for listing in o.listings}
    pattern = re.compile(
        r"\((NYSE American|Nasdaq|NASDAQ|NYSE|ASX|TSX\.V|TSX-V|TSXV|CSE):\s*([A-Z]+)\)"
    )
    checked = 0
    for record in corpus_records.values():
        for match in pattern.finditer(record["text"]):
            listing = f"{exchanges[match.group(1).upper()]}:{match.group(2)}"
            org = by_listing.get(listing)
            if org is None:
                continue
            checked += 1
            before = record["text"][max(0, match.start() - 80) : match.start()].lower()
            assert any(f.lower() in before for f in (org.name, *org.aliases)), (listing, before)
    assert checked >= 20


# --- countries ----------------------------------------------------------------------------


def test_country_aliases_name_real_countries() -> None:
    aliases = load_country_aliases()
    # pycountry's countries, or one it does not list whose name the vocabulary gives (Kosovo)
    assert {code for code in aliases.aliases.values()
            if not _is_country(code) and code not in aliases.display_names} == set()
    assert aliases.aliases["Kosovo"] == "XK"
    assert aliases.aliases["U.S."] == "US" and aliases.aliases["DRC"] == "CD"
    assert aliases.aliases["Congo (Brazzaville)"] == "CG"
    assert aliases.aliases["Türkiye"] == aliases.aliases["Turkey"] == "TR"
    assert aliases.aliases["Malagasy"] == "MG" and aliases.aliases["Emirati"] == "AE"
    assert "Beijing" not in aliases.aliases  # capitals are not aliases


def test_country_flags_name_known_forms() -> None:
    aliases = load_country_aliases()
    pycountry_names = {
        getattr(c, attr)
        for c in pycountry.countries
        for attr in ("name", "common_name", "official_name")
        if hasattr(c, attr)
    }
    known = set(aliases.aliases) | pycountry_names
    assert (aliases.case_sensitive | aliases.needs_context) <= known
    assert {"US", "Turkey", "Chad"} <= aliases.case_sensitive
    assert {"Georgia", "Jordan", "Niger", "Guinea"} <= aliases.needs_context


def test_usgs_country_names_are_all_mapped(usgs_rows: list[dict[str, str]]) -> None:
    aliases = load_country_aliases()
    raw = {row["COUNTRY"] for row in usgs_rows}
    countries = {c for c in raw if not AGGREGATE.match(" ".join(c.split()))}
    assert {c for c in countries if country_for_name(c) is None} == set()
    assert all(_is_country(code) for code in aliases.usgs_names.values())
    assert country_for_name("Congo (Kinshasa)") == "country:CD"
    assert country_for_name("Korea, Republic of") == "country:KR"
    assert country_for_name("Burma") == "country:MM"
    assert country_for_name("Russia ") == "country:RU"


def test_wgi_codes_and_names_are_mapped(wgi_rows: list[dict[str, str]]) -> None:
    aliases = load_country_aliases()
    pairs = {(row["code"], row["countryname"]) for row in wgi_rows}
    for code, name in pairs:
        iso = pycountry.countries.get(alpha_3=code)
        alpha2 = iso.alpha_2 if iso else aliases.wgi_codes.get(code)
        if code in WGI_WITHOUT_ISO:
            assert alpha2 is None
            continue
        assert alpha2 is not None, code
        assert _is_country(alpha2) or alpha2 == KOSOVO, code
        try:
            by_name = pycountry.countries.lookup(name).alpha_2
        except LookupError:
            by_name = aliases.wgi_names.get(name)
        assert by_name == alpha2, (code, name, by_name)


# --- validation ---------------------------------------------------------------------------


def _clear_caches() -> None:
    for value in vars(vocab).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


@pytest.fixture
def patched_files(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, dict[str, Any]]]:
    """Real files, with entries a test may overwrite before loading."""
    overrides: dict[str, dict[str, Any]] = {}
    real_read = vocab._read
    monkeypatch.setattr(vocab, "_read", lambda name: overrides.get(name) or real_read(name))
    _clear_caches()
    yield overrides
    _clear_caches()


def _org_file(*orgs: dict[str, Any]) -> dict[str, Any]:
    return {"kinds": ["miner"], "org": list(orgs)}


GOOD_ORG = {"id": "org:acme", "name": "Acme Ltd", "kind": "miner", "source": "test"}


@pytest.mark.parametrize(
    ("org", "message"),
    [
        ({"listings": ["ASX-LYC"]}, "malformed listing"),
        ({"listings": ["MOON:LYC"]}, "not in exchanges.toml"),
        ({"minerals": ["mineral:unobtainium"]}, "unknown mineral id"),
        ({"country": "Australia"}, "malformed country"),
        ({"kind": "wizard"}, "unknown kind"),
        ({"id": "Acme"}, "id must look like"),
        ({"home_aliases": ["Treasury"]}, "need the organisation's `country`"),
    ],
)
def test_bad_org_entries_are_rejected(
    patched_files: dict[str, dict[str, Any]], org: dict[str, Any], message: str
) -> None:
    patched_files[vocab.ORGANISATIONS_FILE] = _org_file({**GOOD_ORG, **org})
    with pytest.raises(VocabularyError, match=rf"organisations\.toml: entry .*{message}"):
        load_organisations()


def test_duplicate_ids_are_rejected(patched_files: dict[str, dict[str, Any]]) -> None:
    patched_files[vocab.ORGANISATIONS_FILE] = _org_file(GOOD_ORG, {**GOOD_ORG, "name": "Acme 2"})
    with pytest.raises(VocabularyError, match=r"'org:acme': duplicate id"):
        load_organisations()
    lithium = {"id": "mineral:lithium", "name": "lithium"}
    patched_files[vocab.MINERALS_FILE] = {"mineral": [lithium, lithium]}
    with pytest.raises(VocabularyError, match=r"minerals\.toml: entry 'mineral:lithium'"):
        load_minerals()


def test_multi_mineral_terms_must_name_known_minerals(
    patched_files: dict[str, dict[str, Any]],
) -> None:
    patched_files[vocab.MINERALS_FILE] = {
        "mineral": [{"id": "mineral:neodymium", "name": "neodymium"}],
        "term": [{"text": "NdPr", "minerals": ["mineral:neodymium", "mineral:praseodymium"]}],
    }
    with pytest.raises(VocabularyError, match=r"'NdPr': unknown mineral id 'mineral:praseodymium'"):
        mineral_terms()


def test_shared_home_aliases_name_one_body_per_country() -> None:
    homes: dict[str, dict[str, str]] = {}
    for org in load_organisations():
        for form in org.home_aliases:
            assert org.country, org.id
            assert org.country not in homes.get(form, {}), f"{form!r} twice in {org.country}"
            homes.setdefault(form, {})[org.country] = org.id
    assert homes["Treasury"] == {"country:AU": "org:australian-treasury",
                                 "country:US": "org:us-department-of-the-treasury",
                                 "country:GB": "org:uk-treasury"}


def test_element_symbols_leave_out_common_words_and_impurity_cues_are_lowered() -> None:
    symbols = vocab.element_symbols()
    assert symbols["Cu"] == "mineral:copper" and symbols["Th"] == "mineral:thorium"
    assert not {"In", "As", "Be", "He", "I"} & set(symbols)
    assert all(cue == cue.lower() for cue in vocab.impurity_cues())
    assert vocab.mineral_name_words()["steel"] == ("mineral:iron-and-steel",)


def test_every_exchange_code_is_letters_only() -> None:
    """Listing ids must match the extraction schema's EXCHANGE:SYMBOL (letters before ":")."""
    for entry in vocab.load_exchange_entries():
        assert re.fullmatch(r"[A-Z]+", entry.code), entry.code


def test_quote_service_suffixes_map_to_exchanges() -> None:
    suffixes = vocab.exchange_suffixes()
    assert suffixes[".CN"] == "CSE" and suffixes[".AX"] == "ASX" and suffixes[".V"] == "TSXV"
