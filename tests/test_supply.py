"""Concentration figures checked by hand against MCS2025_World_Data.csv, the profile and risk
table, store precedence after `reference load`, and the news signals on inserted events."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mineralwatch.analyse import crosswalk, reference, releases, signals, supply
from mineralwatch.store.db import connect


def _stage(profile: dict, stage: str, product: str = "") -> dict:
    return next(s for s in profile["stages"] if (s["stage"], s["product"]) == (stage, product))


def _share(stage: dict, country: str) -> float:
    return next(s["share"] for s in stage["shares"] if s["country"] == country)


# --- figures checked by hand ----------------------------------------------------------------


def test_rare_earths_china_is_69_percent_of_2024_mine_production():
    mine = _stage(supply.mineral_profile(None, "mineral:rare-earths"), "mine")
    assert (mine["year"], mine["estimated"], mine["unit"]) == (2024, True, "metric tons")
    assert mine["world_total"] == 390_000
    assert mine["shares"][0]["country"] == "country:CN"
    assert mine["shares"][0]["quantity"] == 270_000
    assert mine["china_share"] == pytest.approx(100 * 270_000 / 390_000, abs=0.01)  # 69.23
    # China 270,000, United States 45,000, Burma 31,000.
    assert mine["top3_share"] == pytest.approx(100 * 346_000 / 390_000, abs=0.02)
    assert mine["n_producers"] == 12
    # "Other Countries" 1,100 t is reported, not counted.
    assert mine["other_countries"] == {"quantity": 1_100, "share": pytest.approx(0.28, abs=0.01)}
    named = [270_000, 45_000, 31_000, 13_000, 13_000, 13_000, 2_900, 2_500, 2_000, 300, 130, 20]
    expected_hhi = sum((100 * q / 390_000) ** 2 for q in named)
    assert mine["hhi"] == pytest.approx(expected_hhi, abs=0.5)


def test_cobalt_drc_share():
    mine = _stage(supply.mineral_profile(None, "mineral:cobalt"), "mine")
    assert mine["top_producer"]["country"] == "country:CD"
    assert mine["top_producer"]["share"] == pytest.approx(100 * 220_000 / 290_000, abs=0.01)
    assert mine["top_producer"]["name"] == "Congo (Kinshasa)"
    assert mine["china_share"] == 0.0  # China mines no cobalt in the table
    # The U.S. row is typed "Mine production, estimated", the others "…cobalt content…".
    assert _share(mine, "country:US") == pytest.approx(100 * 300 / 290_000, abs=0.01)


def test_lithium_with_its_withheld_us_value():
    mine = _stage(supply.mineral_profile(None, "mineral:lithium"), "mine")
    assert mine["withheld"] == ["country:US"]
    assert "country:US" not in {s["country"] for s in mine["shares"]}
    assert any("withheld" in note for note in mine["notes"])
    assert any("Excludes U.S. production" in note for note in mine["notes"])
    assert mine["world_total"] == 240_000
    assert _share(mine, "country:AU") == pytest.approx(100 * 88_000 / 240_000, abs=0.01)
    assert mine["china_share"] == pytest.approx(100 * 41_000 / 240_000, abs=0.01)
    # Reserves are not withheld: the U.S. has 1.8 Mt of 30 Mt.
    assert _share(mine["reserves"], "country:US") == pytest.approx(6.0, abs=0.01)


def test_antimony():
    profile = supply.mineral_profile(None, "mineral:antimony")
    mine = _stage(profile, "mine")
    assert mine["china_share"] == pytest.approx(60.0)  # 60,000 of 100,000
    # Tajikistan 17,000 and Russia 13,000 follow China.
    assert [s["country"] for s in mine["shares"][:3]] == ["country:CN", "country:TJ",
                                                          "country:RU"]
    assert mine["top3_share"] == pytest.approx(90.0)
    # The world reserves are a bound, ">2000000", on the row "World total (rounded) 10".
    assert mine["reserves"]["world_total"] == 2_000_000
    assert mine["reserves"]["world_total_bound"] == ">"
    assert profile["net_import_reliance"]["pct"] == 85
    assert profile["import_sources"][0] == {"country": "country:CN", "name": "China"}
    assert profile["critical_lists"]["us-2025"] == "yes"
    assert profile["critical_lists"]["eu-strategic"] is None


def test_a_withheld_year_falls_back_to_the_previous_one():
    rows = pd.DataFrame([
        _row("country:AA", 2023, 40.0), _row("country:AA", 2024, None, status="withheld"),
        _row("country:BB", 2023, 50.0), _row("country:BB", 2024, 60.0),
        _row("", 2024, 100.0, kind="world"),
    ])
    summary = supply._summarise(rows, "production")
    assert summary["year"] == 2024
    by_country = {s["country"]: s for s in summary["shares"]}
    assert by_country["country:AA"]["year"] == 2023 and by_country["country:AA"]["share"] == 40
    assert by_country["country:BB"]["year"] == 2024 and by_country["country:BB"]["share"] == 60
    assert summary["withheld"] == ["country:AA"]
    assert any("2023 figure used" in n for n in summary["notes"])


def _row(country: str, year: int, value: float | None, kind: str = "country",
         status: str = "") -> dict:
    return {"release": "T", "commodity": "X", "mineral": "mineral:x", "type": "t",
            "stage": "mine", "product": "", "country": country, "country_name": country,
            "qualifier": "", "row_kind": kind, "measure": "production", "year": year,
            "estimated": year == 2024, "value": value, "bound": "", "unit": "metric tons",
            "status": status, "note": ""}


def test_hhi_bounds_on_every_stage():
    world = reference.shipped("world_data")
    for mineral in sorted(set(world["mineral"])):
        for stage, product in supply.stages(mineral):
            for measure in ("production", "capacity", "reserves"):
                s = supply.stage_summary(mineral, stage, product, measure=measure)
                if s is None:
                    continue
                assert 0 <= s["hhi"] <= 10_000, (mineral, stage, measure)
                # USGS rounds world totals: named shares may sum a little above 100.
                if not s["world_total_bound"]:
                    assert s["named_share"] <= 105, (mineral, stage, measure)
                assert 0 <= s["top3_share"] <= s["named_share"] + 0.01
                if s["wgi_hhi"] is not None:
                    assert 0 <= s["wgi_hhi"] <= 10
                assert s["n_producers"] == len(s["shares"])
                ordered = [x["quantity"] for x in s["shares"]]
                assert ordered == sorted(ordered, reverse=True)


def test_an_implausible_world_total_is_replaced_by_the_sum_of_rows():
    # MCS 2025 prints 4,400 kt as the 2024 world kaolin total (44,400 kt in 2023).
    kaolin = supply.stage_summary("mineral:clays", "mine", "kaolin")
    assert kaolin["world_total_source"] == "sum of rows"
    # Eleven named countries (34,340 kt) and "Other Countries" (9,900 kt).
    assert kaolin["world_total"] == pytest.approx(34_340 + 9_900)
    assert any("far below" in note for note in kaolin["notes"])


def test_hhi_extremes():
    assert supply.hhi([100.0]) == 10_000
    assert supply.hhi([50.0, 50.0]) == 5_000
    assert supply.hhi([]) == 0
    assert supply.hhi([100.0, 10.0]) == 10_000  # rounding above 100 % is capped


def test_governance_weighted_hhi_follows_the_eu_formula():
    mine = _stage(supply.mineral_profile(None, "mineral:cobalt"), "mine")
    wgi = reference.shipped("wgi").set_index("country")["scaled"]
    scored = [s for s in mine["shares"] if s["country"] in wgi.index]
    expected = sum((s["share"] / 100) ** 2 * wgi[s["country"]] for s in scored)
    assert mine["wgi_hhi"] == pytest.approx(expected, abs=1e-3)
    # New Caledonia (1,500 t) has no WGI score of its own: coverage says so.
    assert "country:NC" not in wgi.index
    named = sum(s["share"] for s in mine["shares"])
    assert mine["wgi_coverage"] == pytest.approx(1 - (100 * 1_500 / 290_000) / named, abs=1e-3)
    # The DRC's poor governance (8.2 of 10) weighs on cobalt.
    assert wgi["country:CD"] > 8


def test_a_mineral_with_no_statistics_has_a_message_not_an_error():
    profile = supply.mineral_profile(None, "mineral:scandium")
    assert profile["stages"] == []
    assert "No world production statistics for scandium" in profile["message"]
    assert profile["net_import_reliance"]["pct"] == 100  # USGS still gives reliance
    germanium = supply.mineral_profile(None, "mineral:germanium")
    assert germanium["stages"] == [] and "Gemanium" in germanium["message"]
    assert supply.production_shares("mineral:scandium").empty


def test_members_of_a_group_borrow_its_figures():
    neodymium = supply.mineral_profile(None, "mineral:neodymium")
    assert neodymium["statistics_for"] == "mineral:rare-earths"
    assert "rare earths" in neodymium["message"]
    platinum = supply.mineral_profile(None, "mineral:platinum")
    assert [s["product"] for s in platinum["stages"]] == ["platinum"]
    assert platinum["stages"][0]["top_producer"]["country"] == "country:ZA"


def test_production_shares_dataframe():
    shares = supply.production_shares("mineral:copper", "refinery", "refined copper")
    assert list(shares.columns) == ["country", "name", "quantity", "share", "year", "wgi"]
    assert shares.iloc[0]["country"] == "country:CN"
    assert shares["share"].is_monotonic_decreasing
    reserves = supply.production_shares("mineral:copper", "mine", "copper content",
                                        measure="reserves")
    assert reserves.iloc[0]["country"] == "country:CL"


def test_concentration_table_one_row_per_stage():
    table = supply.concentration_table("mineral:copper")
    assert list(table["stage"]) == ["mine", "refinery"]
    mine = table.iloc[0]
    assert (mine["top_producer"], mine["reserves_top"]) == ("Chile", "Chile")
    assert table["hhi"].between(0, 10_000).all()
    assert supply.concentration_table("mineral:scandium").empty


def test_aluminum_has_three_stages_in_order():
    profile = supply.mineral_profile(None, "mineral:aluminum")
    assert [(s["stage"], s["product"]) for s in profile["stages"]] == [
        ("mine", "bauxite"), ("refinery", "alumina"), ("smelter", "aluminum")]


def test_unknown_mineral_raises():
    with pytest.raises(crosswalk.UnknownMineral):
        supply.mineral_profile(None, "mineral:unobtainium")
    with pytest.raises(crosswalk.UnknownMineral):
        crosswalk.resolve_mineral("unobtainium")


def test_names_resolve_to_ids():
    assert crosswalk.resolve_mineral("rare earths") == "mineral:rare-earths"
    assert crosswalk.resolve_mineral("Li") == "mineral:lithium"
    assert crosswalk.resolve_mineral("mineral:antimony") == "mineral:antimony"
    assert crosswalk.resolve_mineral("Antimony") == "mineral:antimony"


# --- risk table -----------------------------------------------------------------------------


def test_risk_table_one_row_per_mineral_sorted():
    table = supply.risk_table()
    assert table["mineral"].is_unique
    hhi = table["hhi"].dropna()
    assert hhi.is_monotonic_decreasing
    assert table.iloc[0]["mineral"] == "mineral:gallium"  # China 98.7 % of primary gallium
    ree = table.set_index("mineral").loc["mineral:rare-earths"]
    assert ree["china_share"] == pytest.approx(69.23, abs=0.01)
    assert "neodymium" in ree["covers"]


def test_risk_table_list_filter_and_sorts():
    eu = supply.risk_table("eu-strategic", sort="china_share")
    assert "mineral:rare-earths" in set(eu["mineral"])  # through its listed members
    assert "mineral:antimony" not in set(eu["mineral"])  # critical, not strategic
    assert eu["china_share"].dropna().is_monotonic_decreasing
    us = supply.risk_table("us-2025", sort="net_import_reliance")
    assert us["net_import_reliance_pct"].dropna().is_monotonic_decreasing
    assert "mineral:scandium" in set(us["mineral"])  # listed, no statistics, still a row
    with pytest.raises(ValueError, match="unknown list"):
        supply.risk_table("eu-2030")
    with pytest.raises(ValueError, match="unknown sort"):
        supply.risk_table(sort="price")


# --- a newer release in the store -----------------------------------------------------------


def _next_release(source: Path, target: Path, china_2025: str) -> Path:
    """A copy of MCS 2025 as if it were MCS 2026: years shifted, China's rare earths changed."""
    raw = pd.read_csv(source, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    raw = raw.rename(columns={"PROD_2023": "PROD_2024", "PROD_EST_ 2024": "PROD_EST_ 2025",
                              "CAP_2023": "CAP_2024", "CAP_EST_ 2024": "CAP_EST_ 2025",
                              "RESERVES_2024": "RESERVES_2025"})
    raw["SOURCE"] = "MCS2026"
    china = (raw["COMMODITY"].str.strip() == "Rare earths") & (raw["COUNTRY"] == "China")
    raw.loc[china, "PROD_EST_ 2025"] = china_2025
    raw = raw[raw["COMMODITY"].str.strip().isin(["Rare earths", "Lithium"])]
    raw.to_csv(target, index=False, encoding="utf-8-sig")
    return target


@pytest.fixture()
def usgs_world(shared_dir: Path) -> Path:
    return shared_dir / "reference" / "usgs" / "MCS2025_World_Data.csv"


def test_a_loaded_newer_release_takes_precedence(tmp_path: Path, usgs_world: Path):
    newer = _next_release(usgs_world, tmp_path / "MCS2026_World_Data.csv", "300000")
    con = connect(tmp_path / "store.duckdb")
    result = releases.load_release(con, newer)
    assert (result.release, result.latest_year, result.replaced) == ("MCS2026", 2025, 0)
    mine = _stage(supply.mineral_profile(con, "mineral:rare-earths"), "mine")
    assert mine["year"] == 2025
    assert mine["china_share"] == pytest.approx(100 * 300_000 / 390_000, abs=0.01)
    # Minerals the new file lacks keep the shipped figures.
    cobalt = _stage(supply.mineral_profile(con, "mineral:cobalt"), "mine")
    assert cobalt["year"] == 2024
    # Without the store, the shipped figures.
    assert _stage(supply.mineral_profile(None, "mineral:rare-earths"), "mine")["year"] == 2024


def test_loading_twice_adds_nothing(tmp_path: Path, usgs_world: Path):
    newer = _next_release(usgs_world, tmp_path / "new.csv", "300000")
    con = connect(tmp_path / "store.duckdb")
    first = releases.load_release(con, newer)
    again = releases.load_release(con, newer)
    assert again.replaced == first.rows == again.rows
    count = con.execute("SELECT count(*) FROM reference_world_data").fetchone()[0]
    assert count == first.rows
    assert len(releases.stored_releases(con)) == 1


def test_a_malformed_file_loses_nothing(tmp_path: Path, usgs_world: Path):
    con = connect(tmp_path / "store.duckdb")
    good = releases.load_release(con, _next_release(usgs_world, tmp_path / "a.csv", "300000"))
    broken = tmp_path / "broken.csv"
    pd.read_csv(tmp_path / "a.csv", encoding="utf-8-sig", dtype=str).drop(
        columns=["TYPE"]).to_csv(broken, index=False)
    with pytest.raises(reference.ReferenceDataError, match=r"broken\.csv.*'TYPE'"):
        releases.load_release(con, broken)
    count = con.execute("SELECT count(*) FROM reference_world_data").fetchone()[0]
    assert count == good.rows


# --- news: events by month and diversification signals --------------------------------------


@pytest.fixture()
def news(tmp_path: Path):
    """A store with a handful of real-shaped events about rare earths and one about lithium."""
    con = connect(tmp_path / "news.duckdb")
    articles = [
        ("a1", "2025-09-03", None), ("a2", "2025-10-14", None), ("a3", "2025-10-20", None),
        ("a4", "2025-10-21", "a3"),  # a near-duplicate of a3: its events do not count twice
    ]
    for article_id, published, duplicate_of in articles:
        con.execute(
            "INSERT INTO articles (id, title, published, published_date, text, content_hash,"
            " duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [article_id, f"title {article_id}", published, published, "text",
             f"hash-{article_id}", duplicate_of],
        )
    entities = [
        ("org:lynas", "organization", "Lynas Rare Earths", "country:AU"),
        ("org:china-northern-rare-earth", "organization", "China Northern Rare Earth",
         "country:CN"),
        ("country:MY", "country", "Malaysia", None),
    ]
    con.executemany("INSERT INTO entities (id, type, name, country) VALUES (?, ?, ?, ?)",
                    entities)
    events = [
        # id, article, type, kind, date, precision, evidence, arguments
        ("e1", "a1", "shipment", "export", "2025-08", "month",
         "Malaysia shipped 500 tonnes of rare earth oxide to Japan in August.",
         [("origin", "country:MY"), ("destination", "country:JP"),
          ("commodity", "mineral:rare-earths")]),
        ("e2", "a1", "shipment", "export", None, None,
         "China exported rare earths to the United States.",
         [("origin", "country:CN"), ("commodity", "mineral:rare-earths")]),
        ("e3", "a2", "agreement", "offtake", "2025-10-14", "day",
         "Lynas signed an offtake agreement with China Northern Rare Earth for NdPr.",
         [("party", "org:lynas"), ("party", "org:china-northern-rare-earth"),
          ("commodity", "mineral:neodymium")]),
        ("e4", "a2", "facility", "separation_plant", "2026", "year",
         "A separation plant will be built in Quebec.",
         [("location", "place:CA-QC"), ("commodity", "mineral:rare-earths"),
          ("status", "planned")]),
        ("e5", "a3", "facility", "mine", None, None,
         "The Mount Weld mine in Greenland was closed.",
         [("location", "country:GL"), ("commodity", "mineral:rare-earths"),
          ("status", "closed")]),
        ("e6", "a3", "discovery", "resource", None, None,
         "A lithium discovery was reported in Brazil.",
         [("location", "country:BR"), ("commodity", "mineral:lithium")]),
        ("e7", "a4", "discovery", "resource", None, None,
         "A rare earth deposit was found in Brazil.",
         [("location", "country:BR"), ("commodity", "mineral:rare-earths")]),
    ]
    for event_id, article_id, type_, kind, date, precision, evidence, arguments in events:
        con.execute(
            "INSERT INTO events (id, article_id, type, kind, date, date_precision, date_start,"
            " evidence_text, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0.9)",
            [event_id, article_id, type_, kind, date, precision,
             _date_start(date), evidence],
        )
        for role, value in arguments:
            con.execute("INSERT INTO event_arguments VALUES (?, ?, ?, ?)",
                        [event_id, role, value, value])
    return con


def _date_start(date: str | None) -> str | None:
    if date is None:
        return None
    return {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date)


def test_diversification_signals_exclude_top_producers(news):
    found = signals.diversification_signals(
        news, ["mineral:rare-earths", "mineral:neodymium"],
        exclude=["country:CN", "country:US", "country:MM"])
    got = set(zip(found["source"], found["event_id"], strict=True))
    assert got == {("country:MY", "e1"), ("org:lynas", "e3"), ("place:CA-QC", "e4")}
    lynas = found.set_index("source").loc["org:lynas"]
    assert lynas["country"] == "country:AU" and lynas["role"] == "party"
    assert lynas["evidence"].startswith("Lynas signed an offtake agreement")
    assert found.set_index("source").loc["place:CA-QC", "country"] == "country:CA"


def test_events_by_month(news):
    months = signals.events_by_month(news, ["mineral:rare-earths", "mineral:neodymium"])
    counts = {(r.month, r.type): r.events for r in months.itertuples()}
    # e1 has its own month (August); e2 none, so its article's (September); e4 is dated
    # only to a year, so its article's month; e7 is in a near-duplicate article.
    assert counts == {("2025-08", "shipment"): 1, ("2025-09", "shipment"): 1,
                      ("2025-10", "agreement"): 1, ("2025-10", "facility"): 2}


def test_profile_carries_the_news(news):
    profile = supply.mineral_profile(news, "mineral:rare-earths")
    assert profile["top3_producers"] == ["country:CN", "country:US", "country:MM"]
    sources = {s["source"] for s in profile["signals"]}
    assert sources == {"country:MY", "org:lynas", "place:CA-QC"}
    assert sum(m["events"] for m in profile["events_by_month"]) == 5
    lithium = supply.mineral_profile(news, "mineral:lithium")
    assert [s["source"] for s in lithium["signals"]] == ["country:BR"]


def test_no_store_means_no_news():
    assert signals.diversification_signals(None, ["mineral:rare-earths"]).empty
    assert signals.events_by_month(None, ["mineral:rare-earths"]).empty
