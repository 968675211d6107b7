"""The `mineral`, `risk` and `reference load` commands, run through Typer's CliRunner."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from mineralwatch.cli import app
from mineralwatch.store.db import connect

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder, so no stray mineralwatch.duckdb is picked up."""
    monkeypatch.chdir(tmp_path)


def test_mineral_json_for_rare_earths():
    result = runner.invoke(app, ["mineral", "rare earths", "--format", "json"])
    assert result.exit_code == 0, result.output
    profile = json.loads(result.stdout)
    mine = profile["stages"][0]
    assert {"stage", "year", "unit", "world_total", "shares", "hhi", "top3_share",
            "china_share", "other_countries"} <= set(mine)
    assert mine["shares"][0] == {"country": "country:CN", "name": "China",
                                 "quantity": 270000.0, "share": 69.23, "year": 2024,
                                 "wgi": pytest.approx(5.58, abs=0.01)}
    assert {"critical_lists", "net_import_reliance", "import_sources", "signals",
            "events_by_month"} <= set(profile)


@pytest.mark.parametrize("name", ["Li", "mineral:lithium", "lithium", "Lithium"])
def test_mineral_names(name: str):
    result = runner.invoke(app, ["mineral", name, "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["mineral"] == "mineral:lithium"


def test_mineral_table_mentions_withheld_and_residual():
    result = runner.invoke(app, ["mineral", "lithium"])
    assert result.exit_code == 0
    assert "Australia" in result.stdout and "36.7" in result.stdout
    assert "withheld" in result.stdout
    assert "Other countries (residual)" in result.stdout  # in the reserves table
    assert "net import reliance" in result.stdout


def test_mineral_without_statistics_is_a_message_and_exit_0():
    result = runner.invoke(app, ["mineral", "scandium"])
    assert result.exit_code == 0
    assert "No world production statistics for scandium" in result.stdout


def test_unknown_mineral_is_exit_2():
    result = runner.invoke(app, ["mineral", "unobtainium"])
    assert result.exit_code == 2
    assert "no mineral called 'unobtainium'" in result.stderr


def test_mineral_plot_writes_a_png(tmp_path: Path):
    target = tmp_path / "antimony.png"
    result = runner.invoke(app, ["mineral", "antimony", "--plot", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    empty = tmp_path / "scandium.png"
    assert runner.invoke(app, ["mineral", "scandium", "--plot", str(empty)]).exit_code == 0
    assert empty.stat().st_size > 0


def test_risk_csv_for_the_eu_strategic_list():
    result = runner.invoke(app, ["risk", "--list", "eu-strategic", "--sort", "china_share",
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(io.StringIO(result.stdout))
    assert table["mineral"].is_unique
    assert table.iloc[0]["mineral"] == "mineral:gallium"
    assert "mineral:rare-earths" in set(table["mineral"])
    assert table["china_share"].dropna().is_monotonic_decreasing


def test_risk_table_and_json():
    result = runner.invoke(app, ["risk", "--sort", "wgi_hhi"])
    assert result.exit_code == 0
    assert "gallium" in result.stdout and "HHI" in result.stdout
    rows = json.loads(runner.invoke(app, ["risk", "--format", "json"]).stdout)
    assert rows[0]["hhi"] >= rows[1]["hhi"]
    bad = runner.invoke(app, ["risk", "--list", "eu-2030"])
    assert bad.exit_code == 2


def _new_release(shared_dir: Path, target: Path) -> Path:
    raw = pd.read_csv(shared_dir / "reference" / "usgs" / "MCS2025_World_Data.csv",
                      encoding="utf-8-sig", dtype=str, keep_default_na=False)
    raw = raw.rename(columns={"PROD_2023": "PROD_2024", "PROD_EST_ 2024": "PROD_EST_ 2025"})
    raw["SOURCE"] = "MCS2026"
    raw = raw[raw["COMMODITY"].str.strip() == "Antimony"]
    china = raw["COUNTRY"] == "China"
    raw.loc[china, "PROD_EST_ 2025"] = "50000"
    raw.to_csv(target, index=False, encoding="utf-8-sig")
    return target


def test_reference_load_then_mineral_uses_it(tmp_path: Path, shared_dir: Path):
    db = tmp_path / "store.duckdb"
    newer = _new_release(shared_dir, tmp_path / "MCS2026.csv")
    result = runner.invoke(app, ["reference", "load", str(newer), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "MCS2026" in result.stdout and "2025" in result.stdout
    again = runner.invoke(app, ["reference", "load", str(newer), "--db", str(db)])
    assert again.exit_code == 0 and "replacing" in again.stdout
    profile = json.loads(runner.invoke(
        app, ["mineral", "antimony", "--db", str(db), "--format", "json"]).stdout)
    assert profile["stages"][0]["year"] == 2025
    assert profile["stages"][0]["china_share"] == pytest.approx(50.0)  # 50,000 of 100,000


def test_reference_load_malformed_file(tmp_path: Path, shared_dir: Path):
    db = tmp_path / "store.duckdb"
    newer = _new_release(shared_dir, tmp_path / "MCS2026.csv")
    assert runner.invoke(app, ["reference", "load", str(newer), "--db", str(db)]).exit_code == 0
    broken = tmp_path / "broken.csv"
    pd.read_csv(newer, encoding="utf-8-sig", dtype=str).drop(columns=["UNIT_MEAS"]).to_csv(
        broken, index=False)
    result = runner.invoke(app, ["reference", "load", str(broken), "--db", str(db)])
    assert result.exit_code == 2
    assert "broken.csv" in result.stderr and "UNIT_MEAS" in result.stderr
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(DISTINCT release) FROM reference_world_data").fetchone() \
        == (1,)
    missing = runner.invoke(app, ["reference", "load", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_mineral_shows_diversification_signals_from_the_store(tmp_path: Path):
    db = tmp_path / "news.duckdb"
    con = connect(db)
    con.execute("INSERT INTO articles (id, title, published, published_date, text, content_hash)"
                " VALUES ('a1', 'Malaysian shipment', '2025-09-03', '2025-09-03', 'text', 'h1')")
    con.execute("INSERT INTO events (id, article_id, type, kind, evidence_text) VALUES"
                " ('e1', 'a1', 'shipment', 'export', 'Malaysia shipped rare earth oxide to "
                "Japan.')")
    con.executemany("INSERT INTO event_arguments VALUES ('e1', ?, ?, ?)",
                    [("origin", "country:MY", "country:MY"),
                     ("commodity", "mineral:rare-earths", "mineral:rare-earths")])
    con.close()
    result = runner.invoke(app, ["mineral", "rare earths", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Diversification signals" in result.stdout
    assert "Malaysia shipped rare earth oxide to Japan." in result.stdout
    assert "2025-09 1" in result.stdout
