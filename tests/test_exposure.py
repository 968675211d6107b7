"""`mineralwatch exposure`: listed companies in a mineral's news and their share moves around
it, on the ingested demo corpus and on synthetic stores."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from mineralwatch.analyse.changes import BadWatch
from mineralwatch.analyse.exposure import SALIENCE_THRESHOLD, exposure
from mineralwatch.api import create_app
from mineralwatch.cli import app
from mineralwatch.pipeline import ingest
from mineralwatch.store.db import connect
from mineralwatch.store.readindex import IDX
from synthetic import build_synthetic_store

DEMO = Path(__file__).resolve().parents[1] / "src" / "mineralwatch" / "data" / "demo"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("exposure") / "demo.duckdb"
    con = connect(path)
    assert ingest(con, [str(DEMO)]).ok
    con.close()
    return path


def _company(answer: dict, org: str) -> dict:
    return next(c for c in answer["companies"] if c["id"] == org)


def test_a_move_reported_with_the_news_about_the_mineral(con):
    lithium = exposure(con, "lithium", limit=100)
    ganfeng = _company(lithium, "org:ganfeng-lithium")
    assert ganfeng["listings"] == ["HKEX:1772", "SZSE:002460"]
    assert ganfeng["events"] >= 1 and ganfeng["first"] <= ganfeng["last"]
    move = ganfeng["moves"][0]
    assert move["change_pct"] == 1.0 and move["date"] == date(2025, 2, 14)
    assert move["evidence"] == "Ganfeng shares edged up about 1% after the filing."
    assert move["near"]["days"] == 0 and move["near"]["event"]["type"] == "production"


def test_a_move_named_by_ticker_belongs_to_its_company(con):
    """"Liontown Resources (ASX: LTR) dropped 7.6%": the move's subject is the listing; the
    company is salient in the story about lithium miners, so it is tied by the article."""
    liontown = _company(exposure(con, "Li", limit=100), "org:liontown-resources")
    assert liontown["articles"] == 1 and liontown["events"] == 0
    assert [m["change_pct"] for m in liontown["moves"]] == [-7.6]
    assert liontown["moves"][0]["near"]["article_id"] == "354aaa0ab0583ae6"


def test_the_window_decides_which_moves_count(con):
    """Lithium Corp's shares rose 900% to $0.44 the day before the story about it."""
    wide = _company(exposure(con, "lithium", limit=100), "org:lithium-corp")
    move = wide["moves"][0]
    assert (move["change_pct"], move["price"], move["currency"]) == (900.0, 0.44, "USD")
    assert move["near"]["days"] == -1
    narrow = _company(exposure(con, "lithium", window=0, limit=100), "org:lithium-corp")
    assert narrow["moves"] == [] and narrow["moves_total"] == 0


def test_a_group_covers_its_members(con):
    """Energy Fuels' events name NdPr (neodymium, praseodymium), not "rare earths"."""
    rare_earths = exposure(con, "rare earths", limit=100)
    assert "mineral:neodymium" in rare_earths["mineral"]["covers"]
    energy_fuels = _company(rare_earths, "org:energy-fuels")
    neodymium = _company(exposure(con, "Nd", limit=100), "org:energy-fuels")
    assert energy_fuels["events"] >= neodymium["events"] > 0
    assert all(c["listings"] for c in rare_earths["companies"])  # listed companies only


def test_only_salient_companies_of_articles_count(con):
    """UBS is named once as an analyst in a lithium story: not exposure to lithium."""
    salience = con.execute("SELECT max(salience) FROM article_entities ae JOIN articles a "
                           "ON a.id = ae.article_id WHERE entity_id = 'org:ubs' "
                           "AND list_contains(a.minerals, 'mineral:lithium')").fetchone()[0]
    assert salience < SALIENCE_THRESHOLD
    assert "org:ubs" not in {c["id"] for c in exposure(con, "lithium", limit=100)["companies"]}


def test_bad_and_empty_answers(con, tmp_path):
    with pytest.raises(BadWatch) as err:
        exposure(con, "kryptonite")
    assert err.value.param == "mineral"
    with pytest.raises(BadWatch):
        exposure(con, "lithium", window=-1)
    # A real mineral no listed company is tied to: an empty answer, not an error.
    assert exposure(con, "helium")["companies"] == []


def _cli(*args: str):
    return CliRunner().invoke(app, ["exposure", *args])


def test_cli_and_api(db, tmp_path):
    table = _cli("lithium", "--db", str(db), "--limit", "50")
    assert table.exit_code == 0, table.output
    assert "Ganfeng" in table.output and "+900%" in table.output
    out = json.loads(_cli("W", "--db", str(db), "--format", "json").output)
    assert out["companies"][0]["id"] == "org:american-tungsten"
    assert {m["change_pct"] for m in out["companies"][0]["moves"]} >= {50.0}
    bad = _cli("kryptonite", "--db", str(db))
    assert bad.exit_code == 2 and len(bad.output.strip().splitlines()) == 1
    assert "kryptonite" in bad.output and "MINERAL" in bad.output
    empty = tmp_path / "empty.duckdb"
    connect(empty).close()
    nothing = _cli("lithium", "--db", str(empty))
    assert nothing.exit_code == 0 and "Nothing" in nothing.output

    con = connect(db, read_only=True)
    client = TestClient(create_app(con))
    ok = client.get("/api/exposure/lithium", params={"window": 3, "limit": 50})
    assert ok.status_code == 200
    assert ok.json() == json.loads(json.dumps(exposure(con, "lithium", window=3, limit=50),
                                              default=str))
    missing = client.get("/api/exposure/kryptonite")
    assert missing.status_code == 404 and missing.json()["detail"].startswith("mineral:")
    assert client.get("/api/exposure/lithium", params={"window": 999}).status_code == 422
    con.close()


# --- synthetic stores ----------------------------------------------------------------------

def test_counts_agree_with_the_base_tables(tmp_path):
    path = tmp_path / "s.duckdb"
    con = connect(path)
    build_synthetic_store(con, n_articles=200, n_events=2000, seed=9, end=date(2025, 6, 30))
    con.execute("UPDATE articles SET duplicate_of = 'x' WHERE id IN "
                "(SELECT id FROM articles ORDER BY id LIMIT 20)")
    con.execute("UPDATE events SET modality = 'denied' WHERE id IN "
                "(SELECT id FROM events ORDER BY id DESC LIMIT 100)")
    answer = exposure(con, "lithium", window=5, limit=500)
    expected = dict(con.execute("""
        WITH listed AS (SELECT id AS org, unnest(list_prepend(id, listings)) AS key
                        FROM entities WHERE len(listings) > 0)
        SELECT listed.org, count(DISTINCT e.id) FROM events e
        JOIN articles a ON a.id = e.article_id
        JOIN event_arguments c ON c.event_id = e.id AND c.role = 'commodity'
        JOIN event_arguments o ON o.event_id = e.id JOIN listed ON listed.key = o.entity_id
        WHERE c.entity_id = 'mineral:lithium' AND a.duplicate_of IS NULL
          AND e.modality IS DISTINCT FROM 'denied'
        GROUP BY ALL""").fetchall())
    assert expected and {c["id"]: c["events"] for c in answer["companies"]} == expected
    assert answer["total"] == len(expected)
    for company in answer["companies"]:
        for move in company["moves"]:
            assert abs(move["near"]["days"]) <= 5
            assert move["near"]["date"] - timedelta(days=5) <= move["date"]
            assert move["change_pct"] is not None  # "rose 12.5%" is read as 12.5
    assert any(c["moves"] for c in answer["companies"])
    con.close()


def test_a_server_builds_the_analyses_tables_at_start_up(db):
    con = connect(db, read_only=True)
    try:
        create_app(con)
        built = {r[0] for r in con.execute(f"SELECT name FROM {IDX}.derived_meta").fetchall()}
    finally:
        con.close()
    assert built == {"watch_args", "exposure_ties", "exposure_moves"}
