"""`mineralwatch changes`: new events for a watch list, on the demo corpus re-dated so that
some of it is today's news, and on synthetic stores for the edges."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from mineralwatch.analyse.changes import BadWatch, what_changed
from mineralwatch.api import create_app
from mineralwatch.cli import app
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article
from mineralwatch.pipeline import ingest_articles
from mineralwatch.store.db import connect
from synthetic import build_synthetic_store

DEMO = Path(__file__).resolve().parents[1] / "src" / "mineralwatch" / "data" / "demo"
TODAY = date.today()
PAKISTAN = "001b8e623d4f81fa"  # Pakistan's first cargo to U.S. Strategic Metals
PAKISTAN_COPY = "demo-jsonl-001"  # the same story, a few words changed: a near duplicate
TRILOGY = "demo-jsonl-003"  # copper; stored without a date, so its date is the ingest day
CONGO = "770796e3e9a1299c"  # Congo suspends cobalt exports
CHINA_LICENCES = "ca1b02bda0786242"  # 2023; one sentence denies the licences are a ban


def _demo_articles() -> list[Article]:
    """The demo corpus with the Pakistan story (and its copy) published today, the Trilogy
    story undated and the Congo story five days old; the rest keep their 2023-2025 dates."""
    redate = {PAKISTAN: TODAY.isoformat(), PAKISTAN_COPY: TODAY.isoformat(), TRILOGY: None,
              CONGO: (TODAY - timedelta(days=5)).isoformat()}
    out = []
    for item in read_sources([str(DEMO)]):
        assert isinstance(item, Article), item
        if item.id in redate:
            item = dataclasses.replace(item, published=redate[item.id])
        out.append(item)
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("changes") / "demo.duckdb"
    con = connect(path)
    report = ingest_articles(con, _demo_articles())
    assert report.near_duplicates == 1
    con.close()
    return path


def _listed(answer: dict) -> list[dict]:
    return [e for g in answer["groups"] for t in g["types"] for e in t["items"]]


def _articles(answer: dict) -> set[str]:
    return {e["article"]["id"] for e in _listed(answer)}


def test_default_is_since_yesterday_of_the_newest_article(con):
    answer = what_changed(con)
    assert answer["period"] == {"since": TODAY - timedelta(days=1), "until": TODAY, "days": 2}
    assert answer["previous"]["until"] == TODAY - timedelta(days=2)
    # Today's story and the undated one ingested today; not the five-day-old one.
    assert _articles(answer) == {PAKISTAN, TRILOGY}
    rare_earths = next(g for g in answer["groups"] if g["id"] == "mineral:rare-earths")
    shipment = next(t for t in rare_earths["types"] if t["type"] == "shipment")
    assert shipment["events"] == 1 and shipment["previous"] == 0
    event = shipment["items"][0]
    assert event["evidence"].startswith("Pakistan's first consignment of rare earths")
    assert event["article"]["title"].startswith("Pakistan Delivers First Critical Minerals")
    assert event["confidence"] > 0.5
    assert event["arguments"]["origin"] == ["country:PK"]


def test_an_older_story_needs_a_wider_since_and_is_counted_before(con):
    assert CONGO not in _articles(what_changed(con, minerals=["cobalt"]))
    week = what_changed(con, minerals=["cobalt"], since="7d")
    assert _articles(week) == {CONGO}
    assert week["period"]["since"] == TODAY - timedelta(days=7)
    cobalt = week["groups"][0]
    assert cobalt["events"] >= 2 and cobalt["previous"] == 0
    # Since three days ago, the Congo story falls in the three days before: cobalt fell.
    three = what_changed(con, minerals=["Co"], since="3d")
    assert three["groups"][0]["events"] == 0
    assert three["groups"][0]["previous"] == cobalt["events"]
    assert three["groups"][0]["change"] == -cobalt["events"]
    # A date works as well as a duration.
    assert what_changed(con, minerals=["cobalt"],
                        since=(TODAY - timedelta(days=7)).isoformat())["groups"] == week["groups"]


def test_a_near_duplicate_never_counts(con):
    everything = what_changed(con, since="36500d", limit=100)
    assert PAKISTAN in _articles(everything)
    assert PAKISTAN_COPY not in _articles(everything)
    stored = con.execute("SELECT duplicate_of FROM articles WHERE id = ?",
                         [PAKISTAN_COPY]).fetchone()
    assert stored == (PAKISTAN,)  # the copy is stored, pointing at the first
    pakistan = what_changed(con, countries=["PK"])
    assert pakistan["groups"][0]["events"] == 1  # one cargo, though two articles tell it


def test_a_denied_event_never_counts(con):
    denied = con.execute("SELECT id FROM events WHERE article_id = ? AND modality = 'denied'",
                         [CHINA_LICENCES]).fetchall()
    assert denied
    answer = what_changed(con, minerals=["gallium"], since="2023-07-01", limit=100)
    listed = {e["id"] for e in _listed(answer)}
    assert listed and not listed & {d[0] for d in denied}
    assert all(e["modality"] != "denied" for e in _listed(answer))


def test_countries_count_their_places_and_their_ministries(con):
    by_code = what_changed(con, countries=["pk"], since="2d")
    assert [what_changed(con, countries=[c], since="2d")["groups"] for c in
            ("PK", "country:PK", "Pakistan")] == [by_code["groups"]] * 3
    # Missouri is place:US-MO: an event located there touches the United States.
    us = what_changed(con, countries=["US"], since="2023-01-01", limit=100)
    assert any(v.startswith("place:US-") for e in _listed(us)
               for vs in e["arguments"].values() for v in vs)


def test_watch_items_are_read_as_users_type_them(con):
    assert what_changed(con, minerals=["Sb"], since="2024-01-01") == \
        what_changed(con, minerals=["antimony", "mineral:antimony"], since="2024-01-01")
    for kwargs, param in (({"minerals": ["kryptonite"]}, "mineral"),
                          ({"countries": ["XX"]}, "country"),
                          ({"countries": ["Atlantis"]}, "country"),
                          ({"since": "last week"}, "since"),
                          ({"since": "2025-02-30"}, "since")):
        with pytest.raises(BadWatch) as err:
            what_changed(con, **kwargs)
        assert err.value.param == param


def test_min_confidence_leaves_weak_events_out(con):
    everything = what_changed(con, since="36500d", limit=100)
    strong = what_changed(con, since="36500d", min_confidence=0.8, limit=100)
    assert 0 < strong["events"] < everything["events"]
    assert all(e["confidence"] >= 0.8 for e in _listed(strong))


def _cli(*args: str):
    return CliRunner().invoke(app, ["changes", *args])


def test_cli_table_json_and_errors(db):
    table = _cli("--db", str(db), "--country", "PK")
    assert table.exit_code == 0, table.output
    assert "Pakistan" in table.output and "shipment" in table.output
    out = _cli("--db", str(db), "--mineral", "cobalt", "--since", "7d", "--format", "json")
    assert out.exit_code == 0, out.output
    assert {e["article"]["id"] for g in json.loads(out.output)["groups"] for t in g["types"]
            for e in t["items"]} == {CONGO}
    for args, option in ((["--mineral", "kryptonite"], "--mineral"),
                         (["--country", "XX"], "--country"),
                         (["--since", "fortnight"], "--since")):
        bad = _cli("--db", str(db), *args)
        assert bad.exit_code == 2
        assert bad.output.strip().startswith(f"error: {option}:")
        assert len(bad.output.strip().splitlines()) == 1
    assert _cli("--db", str(db), "--min-confidence", "2").exit_code == 2


def test_empty_store_answers_nothing(tmp_path):
    path = tmp_path / "empty.duckdb"
    connect(path).close()
    result = _cli("--db", str(path), "--mineral", "antimony")
    assert result.exit_code == 0 and "Nothing" in result.output
    con = connect(path, read_only=True)
    assert what_changed(con, minerals=["antimony"])["groups"] == []
    con.close()
    quiet = _cli("--db", str(path), "--since", "7d", "--format", "json")
    assert json.loads(quiet.output)["period"] is None


def test_api_answers_and_rejects_bad_parameters(db):
    con = connect(db, read_only=True)
    client = TestClient(create_app(con))
    ok = client.get("/api/changes", params={"country": ["PK", "US"], "since": "7d"})
    assert ok.status_code == 200
    assert [g["id"] for g in ok.json()["watch"]] == ["country:PK", "country:US"]
    assert ok.json() == json.loads(json.dumps(what_changed(con, countries=["PK", "US"],
                                                           since="7d"), default=str))
    for params, name in (({"mineral": "kryptonite"}, "mineral"), ({"country": "XX"}, "country")):
        unknown = client.get("/api/changes", params=params)
        assert unknown.status_code == 404 and unknown.json()["detail"].startswith(f"{name}:")
    for params, name in (({"since": "soon"}, "since"), ({"min_confidence": 3}, "min_confidence")):
        bad = client.get("/api/changes", params=params)
        assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][:2] == ["query", name]
    assert client.get("/api/changes", params={"since": "99999d"}).status_code == 200
    con.close()


# --- synthetic stores ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("changes-syn") / "s.duckdb"
    con = connect(path)
    build_synthetic_store(con, n_articles=300, n_events=3000, seed=4, end=date(2025, 6, 30))
    # Near duplicates whose events name lithium, inside the period the tests ask about.
    con.execute("UPDATE articles SET duplicate_of = 'x' WHERE id IN (SELECT DISTINCT "
                "e.article_id FROM events e JOIN event_arguments g ON g.event_id = e.id "
                "JOIN articles a ON a.id = e.article_id WHERE g.entity_id = 'mineral:lithium' "
                "AND a.published_date >= (SELECT max(published_date) - 10 FROM articles) "
                "ORDER BY 1 LIMIT 3)")
    con.execute("UPDATE events SET modality = 'denied' WHERE id IN "
                "(SELECT id FROM events WHERE date_start >= DATE '2025-06-20' LIMIT 20)")
    con.close()
    return path


def _expected(con, mineral: str, since: date, until: date) -> int:
    """The count straight from the base tables, as the module docstring defines it."""
    return con.execute("""
        SELECT count(DISTINCT e.id) FROM events e JOIN articles a ON a.id = e.article_id
        JOIN event_arguments g ON g.event_id = e.id
        WHERE a.duplicate_of IS NULL AND e.modality IS DISTINCT FROM 'denied'
          AND g.role IN ('commodity', 'subject') AND g.entity_id = ?
          AND coalesce(a.published_date, CAST(a.ingested_at AS DATE)) BETWEEN ? AND ?""",
                       [mineral, since, until]).fetchone()[0]


def test_counts_agree_with_the_base_tables(synthetic):
    con = connect(synthetic, read_only=True)
    answer = what_changed(con, minerals=["lithium", "cobalt"], since="10d")
    period, before = answer["period"], answer["previous"]
    newest = con.execute("SELECT max(published_date) FROM articles").fetchone()[0]
    assert period["until"] == newest and period["days"] == 11
    for group in answer["groups"]:
        assert group["events"] == _expected(con, group["id"], period["since"], period["until"])
        assert group["previous"] == _expected(con, group["id"], before["since"],
                                              before["until"])
        assert group["events"] > 0
    listed = {e["article"]["id"] for e in _listed(what_changed(con, minerals=["lithium"],
                                                                since="10d", limit=100))}
    duplicates = {r[0] for r in con.execute(
        "SELECT id FROM articles WHERE duplicate_of IS NOT NULL").fetchall()}
    assert len(duplicates) == 3 and listed and not listed & duplicates
    con.close()


def test_a_future_dated_article_does_not_move_now_and_new_rows_show(synthetic, tmp_path):
    path = tmp_path / "copy.duckdb"
    path.write_bytes(synthetic.read_bytes())
    con = connect(path)
    before = what_changed(con, minerals=["antimony"])
    text = ("Antimony exports from Tajikistan doubled last month, customs data showed. "
            "The Tajik government said antimony shipments to China would keep rising.")
    future = Article(id="future-1", title="Antimony exports double", text=text,
                     published=(TODAY + timedelta(days=400)).isoformat())
    ingest_articles(con, [future])
    after = what_changed(con, minerals=["antimony"])
    assert after["period"] == before["period"]  # the newest day has not moved
    fresh = Article(id="fresh-1", title="Tajik antimony plant",
                    text="Tajikistan's Talco Gold opened an antimony processing plant in the "
                         "Sughd region on Tuesday.",
                    published=before["period"]["until"].isoformat())
    ingest_articles(con, [fresh])
    newer = what_changed(con, minerals=["antimony"])  # the same connection sees the write
    assert "fresh-1" in _articles(newer)
    assert newer["groups"][0]["events"] == before["groups"][0]["events"] + 1
    con.close()
