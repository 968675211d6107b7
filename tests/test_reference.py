"""Reading the raw USGS, critical-list and WGI files: every trap of PROVENANCE.md, on the real
files, and the shipped tables being exactly what the build script makes of them."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pandas as pd
import pytest

from mineralwatch.analyse import crosswalk, reference

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def usgs(shared_dir: Path) -> Path:
    return shared_dir / "reference" / "usgs"


@pytest.fixture(scope="module")
def world(usgs: Path) -> pd.DataFrame:
    return reference.read_world_data(usgs / "MCS2025_World_Data.csv")


def _value(world: pd.DataFrame, mineral: str, country: str, year: int = 2024,
           measure: str = "production", **filters: str) -> float:
    rows = world[(world["mineral"] == mineral) & (world["country"] == country)
                 & (world["year"] == year) & (world["measure"] == measure)]
    for column, value in filters.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, rows
    return float(rows["value"].iloc[0])


def test_byte_order_mark_does_not_hide_the_first_column(usgs: Path, world: pd.DataFrame):
    assert (usgs / "MCS2025_World_Data.csv").read_bytes()[:3] == b"\xef\xbb\xbf"
    assert set(world["release"]) == {"MCS2025"}  # read from SOURCE, the first column


def test_year_columns_are_found_despite_the_space_in_prod_est_2024():
    columns = ["SOURCE", "PROD_2023", "PROD_EST_ 2024", "CAP_2023", "CAP_EST_ 2024",
               "RESERVES_2024", "PROD_NOTES"]
    found = [(c.measure, c.year, c.estimated) for c in reference.year_columns(columns)]
    assert found == [("production", 2023, False), ("production", 2024, True),
                     ("capacity", 2023, False), ("capacity", 2024, True),
                     ("reserves", 2024, False)]


def test_2024_estimates_are_read(world: pd.DataFrame):
    assert _value(world, "mineral:rare-earths", "country:CN") == 270_000
    assert _value(world, "mineral:rare-earths", "country:CN", year=2023) == 255_000
    rows = world[(world["year"] == 2024) & (world["measure"] == "production")]
    assert rows["estimated"].all()


def test_padded_and_non_breaking_space_names(world: pd.DataFrame):
    # 'Russia ' and 'Canada ' are padded in the raw file; they still resolve to countries.
    assert _value(world, "mineral:antimony", "country:RU") == 13_000
    assert _value(world, "mineral:cobalt", "country:CA") == 4_500
    # 'United\xa0States and Canada' is a regional row, not the United States.
    regions = world[world["row_kind"] == "region"]
    assert set(regions["country_name"]) == {"United States and Canada"}
    assert (regions["country"] == "").all()
    # 'Côte d’Ivoire' with a typographic apostrophe.
    assert "country:CI" in set(world["country"])


def test_every_country_string_is_a_country_or_a_known_aggregate(world: pd.DataFrame):
    kinds = world.groupby("row_kind")["country_name"].unique()
    assert all(n.lower().startswith("world total") for n in kinds["world"])
    assert all(n.lower().startswith("other countries") for n in kinds["other"])
    assert world.loc[world["row_kind"] == "country", "country"].str.match(
        r"^country:[A-Z]{2}$").all()


def test_aggregate_row_variants(world: pd.DataFrame):
    names = set(world.loc[world["row_kind"] == "world", "country_name"])
    # The footnote marker of "World total (rounded) 10" is dropped.
    assert "World total (rounded)" in names and "World total (rounded) 10" not in names
    assert {"World total (ilmenite, rounded)", "World total (rounded), natural"} <= names
    others = set(world.loc[world["row_kind"] == "other", "country_name"])
    assert "Other countries (includes crude)" in others


def test_gemanium_typo_is_germanium_without_figures(world: pd.DataFrame):
    germanium = world[world["commodity"] == "Gemanium"]
    assert set(germanium["mineral"]) == {"mineral:germanium"}
    assert germanium["value"].isna().all()
    assert crosswalk.mineral_for_commodity("Gemanium") == "mineral:germanium"


def test_withheld_values_come_from_the_notes_column(usgs: Path, world: pd.DataFrame):
    raw = pd.read_csv(usgs / "MCS2025_World_Data.csv", encoding="utf-8-sig", dtype=str,
                      keep_default_na=False)
    assert (raw["PROD_NOTES"] == "W for 23-24").sum() == 14
    withheld = world[(world["status"] == "withheld") & (world["measure"] == "production")]
    # 14 rows × two years, all of them the United States.
    assert len(withheld) == 28
    assert set(withheld["country"]) == {"country:US"}
    assert {"mineral:lithium", "mineral:silicon", "mineral:tellurium"} <= set(
        withheld["mineral"])


def test_text_in_the_reserves_column(world: pd.DataFrame):
    reserves = world[(world["measure"] == "reserves") & (world["row_kind"] == "world")]
    niobium = reserves[reserves["mineral"] == "mineral:niobium"].iloc[0]
    assert (niobium["value"], niobium["bound"]) == (17_000_000, ">")  # ">17,000,000"
    antimony = reserves[reserves["mineral"] == "mineral:antimony"].iloc[0]
    assert (antimony["value"], antimony["bound"]) == (2_000_000, ">")
    assert reserves["bound"].eq(">").sum() == 7


def test_qualitative_and_missing_reserves(world: pd.DataFrame):
    reserves = world[world["measure"] == "reserves"]
    assert (reserves["status"] == "qualitative").sum() >= 30  # Large, Moderate, Small…
    burma = reserves[(reserves["mineral"] == "mineral:rare-earths")
                     & (reserves["country"] == "country:MM")]
    assert burma["status"].tolist() == ["not_available"]


def test_units_differ_and_reserve_units_come_from_notes(world: pd.DataFrame):
    assert set(world["unit"]) >= {"metric tons", "thousand metric tons", "kilograms",
                                  "million carats", "million cubic meters",
                                  "thousand metric dry tons"}
    iron = world[(world["mineral"] == "mineral:iron-ore") & (world["measure"] == "reserves")
                 & world["value"].notna()]
    assert set(iron["unit"]) == {"million metric tons"}
    iron_prod = world[(world["mineral"] == "mineral:iron-ore")
                      & (world["measure"] == "production")]
    assert set(iron_prod["unit"]) == {"thousand metric tons"}
    # The one row with an empty UNIT_MEAS (rutile, Sierra Leone) keeps an empty unit here;
    # the analysis takes the stage's common unit.
    rutile = world[(world["product"] == "rutile") & (world["country"] == "country:SL")]
    assert set(rutile["unit"]) == {""}


def test_a_unit_note_on_some_rows_applies_to_their_siblings(world: pd.DataFrame):
    # Only four molybdenum rows say "(Reserve data is thousand metric tons)"; all reserves are.
    moly = world[(world["mineral"] == "mineral:molybdenum") & world["value"].notna()]
    assert set(moly.loc[moly["measure"] == "reserves", "unit"]) == {"thousand metric tons"}
    assert set(moly.loc[moly["measure"] == "production", "unit"]) == {"metric tons"}
    assert _value(world, "mineral:molybdenum", "country:CN", measure="reserves") == 5_900


def test_several_product_types_per_commodity(world: pd.DataFrame):
    copper = world[world["mineral"] == "mineral:copper"]
    assert set(zip(copper["stage"], copper["product"], strict=True)) == {
        ("mine", "copper content"), ("refinery", "refined copper")}
    # Cobalt's two wordings of mine production are one stage.
    cobalt = world[world["mineral"] == "mineral:cobalt"]
    assert len(set(cobalt["type"])) == 2 and set(cobalt["stage"]) == {"mine"}
    assert _value(world, "mineral:cobalt", "country:US") == 300
    pgm = world[world["mineral"] == "mineral:platinum-group-metals"]
    assert set(pgm["product"]) == {"palladium", "platinum"}
    aluminum = world[world["mineral"] == "mineral:aluminum"]
    assert set(zip(aluminum["stage"], aluminum["product"], strict=True)) == {
        ("mine", "bauxite"), ("refinery", "alumina"), ("smelter", "aluminum")}


def test_no_world_rows_for_some_minerals(world: pd.DataFrame):
    for mineral in ("mineral:scandium", "mineral:cesium", "mineral:rubidium",
                    "mineral:uranium", "mineral:metallurgical-coal"):
        assert mineral not in set(world["mineral"])


def test_missing_column_is_named(tmp_path: Path, usgs: Path):
    raw = pd.read_csv(usgs / "MCS2025_World_Data.csv", encoding="utf-8-sig", dtype=str,
                      keep_default_na=False)
    broken = tmp_path / "broken.csv"
    raw.drop(columns=["COUNTRY"]).to_csv(broken, index=False)
    with pytest.raises(reference.ReferenceDataError, match=r"broken\.csv.*'COUNTRY'"):
        reference.read_world_data(broken)
    no_years = tmp_path / "no_years.csv"
    raw.drop(columns=["PROD_2023", "PROD_EST_ 2024"]).to_csv(no_years, index=False)
    with pytest.raises(reference.ReferenceDataError, match=r"no_years\.csv.*PROD_"):
        reference.read_world_data(no_years)


def test_not_a_csv_is_a_clear_error(tmp_path: Path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(reference.ReferenceDataError, match=r"empty\.csv"):
        reference.read_world_data(empty)


def test_import_reliance(usgs: Path):
    table = reference.read_import_reliance(usgs / "MCS2025_Fig2_Net_Import_Reliance.csv",
                                           usgs / "MCS2025_T5_Critical_Minerals_Salient.csv")
    rows = table.set_index("commodity")
    ree = rows.loc["RARE EARTHS, compounds and metals"]
    assert (ree["mineral"], ree["reliance_pct"]) == ("mineral:rare-earths", 80)
    assert ree["import_sources"] == "country:CN;country:MY;country:JP;country:EE"
    lithium = rows.loc["LITHIUM"]
    assert (lithium["reliance_pct"], lithium["bound"], lithium["reliance_text"]) == (50, ">",
                                                                                     ">50")
    # "China3" and "Republic of Korea" in the import sources.
    aluminum = rows.loc["ALUMINUM"]
    assert aluminum["import_sources"].split(";")[-1] == "country:CN"
    assert rows.loc["INDIUM"]["import_sources"].startswith("country:KR;")
    assert (table["import_sources"].str.split(";").explode() != "").all()
    # Beryllium is only in T5, where the U.S. is a net exporter ("E").
    beryllium = table[table["mineral"] == "mineral:beryllium"].iloc[0]
    assert (beryllium["table"], beryllium["status"]) == ("t5", "net_exporter")


def test_critical_lists_counts_match_the_official_lists(shared_dir: Path):
    lists = reference.read_critical_lists(
        shared_dir / "reference" / "critical_minerals" / "critical_minerals_lists.csv")
    named = lists[lists["status"] == "yes"].groupby("list").size()
    assert named["us-2022"] == 50 and named["us-2025"] == 60 and named["us-2018"] == 33
    assert set(lists["mineral"]) <= set(crosswalk.minerals())  # every id is in the vocabulary
    assert "mineral:phosphate-rock" in set(lists["mineral"])  # "phosphate" in the CSV


def test_wgi_scaling_and_codes(shared_dir: Path):
    wgi = reference.read_wgi(shared_dir / "reference" / "governance" / "wgidataset.csv")
    assert set(wgi["year"]) == {2023}
    by_country = wgi.set_index("country")
    assert by_country.loc["country:CD", "wgi_code"] == "ZAR"  # not ISO alpha-3
    assert by_country.loc["country:RO", "wgi_code"] == "ROM"
    assert wgi["scaled"].between(0, 10).all()
    row = by_country.loc["country:CN"]
    mean = sum(row[d] for d in reference.WGI_DIMENSIONS) / 6
    assert row["scaled"] == pytest.approx((2.5 - mean) * 2, abs=1e-3)
    assert by_country.loc["country:NO", "scaled"] < by_country.loc["country:CD", "scaled"]


def test_shipped_tables_are_what_the_build_script_makes(tmp_path: Path, shared_dir: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_reference",
                                                  REPO / "scripts" / "build_reference.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.build(shared_dir / "reference", out=tmp_path)
    shipped = REPO / "src" / "mineralwatch" / "data" / "reference"
    for name in reference.SHIPPED.values():
        fresh = hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
        assert fresh == hashlib.sha256((shipped / name).read_bytes()).hexdigest(), name


def test_shipped_tables_load_without_the_shared_folder():
    world = reference.shipped("world_data")
    assert list(world.columns) == reference.WORLD_COLUMNS
    assert world["value"].dtype == float and world["year"].dtype.kind == "i"
    with (reference.DATA / "usgs_types.csv").open(encoding="utf-8") as fh:
        stages = {row["stage"] for row in csv.DictReader(fh)}
    assert stages <= {"mine", "refinery", "smelter", "plant", "metal", "production", "capacity"}
