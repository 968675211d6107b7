"""The REST API on a synthetic store: answers, filters, errors, escaping, and a schemathesis
run against the app's own OpenAPI document (every generated request answers below 500)."""

from __future__ import annotations

from datetime import date

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from mineralwatch.api import create_app
from mineralwatch.store import queries
from mineralwatch.store.db import connect
from synthetic import HOSTILE, add_hostile_article, build_synthetic_store


def _store():
    con = connect(":memory:")
    build_synthetic_store(con, n_articles=80, n_events=500, seed=5, end=date(2025, 12, 31))
    add_hostile_article(con)
    return con


CON = _store()
APP = create_app(CON)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(APP)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case):
    # Default checks: no 5xx, documented status codes and content types, responses matching
    # their schemas, invalid input rejected with 4xx.
    case.call_and_validate()


def test_openapi_document_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/articles", "/api/articles/{article_id}",
                 "/api/entities/{entity_id}", "/api/minerals/{mineral_id}",
                 "/api/organisations/{org_id}", "/api/flows", "/api/search"):
        assert path in paths
    assert "/api/ingest" not in paths  # no token configured: no ingest endpoint


def test_a_parameter_of_one_value_given_twice_is_refused(client):
    # "?limit=1&limit=2" would be read as its last value without a word; a list takes repeats.
    for path in ("/api/events?limit=1&limit=2", "/api/search?q=lithium&q=cobalt"):
        response = client.get(path)
        assert response.status_code == 422, path
        [error] = response.json()["detail"]
        assert error["loc"] == ["query", path.split("?")[1].split("=")[0]]
        assert "more than once" in error["msg"]
    assert client.get("/events?limit=1&limit=2").status_code == 422  # the page alike
    watched = client.get("/api/changes", params=[("mineral", "lithium"), ("mineral", "cobalt")])
    assert watched.status_code == 200


def test_events_filters_agree_with_sql(client):
    body = client.get("/api/events", params={"type": "shipment",
                                             "mineral": "mineral:lithium"}).json()
    expected = CON.execute(
        "SELECT count(*) FROM events e WHERE type = 'shipment' AND id IN (SELECT event_id FROM "
        "event_arguments WHERE entity_id = 'mineral:lithium')").fetchone()[0]
    assert body["total"] == expected > 0
    assert body["filters"] == {"type": "shipment", "mineral": "mineral:lithium"}
    for ev in body["events"]:
        assert ev["type"] == "shipment"
        assert "mineral:lithium" in [a["entity_id"] for a in ev["arguments"]["commodity"]]


def test_events_date_range_confidence_and_text(client):
    body = client.get("/api/events", params={"since": "2025-01-01", "until": "2025-09-30",
                                             "min_confidence": 0.7, "q": "OFFTAKE",
                                             "limit": 500}).json()
    assert body["events"]
    for ev in body["events"]:
        assert "2025-01-01" <= ev["date_start"] <= "2025-09-30"
        assert ev["confidence"] >= 0.7
        assert "offtake" in ev["evidence"]["text"].lower()


def test_events_paging_and_sorting(client):
    first = client.get("/api/events", params={"limit": 10}).json()
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    assert first["total"] == second["total"] == 500
    dates = [e["date_start"] for e in first["events"] + second["events"] if e["date_start"]]
    assert dates == sorted(dates, reverse=True)
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}
    conf = client.get("/api/events", params={"sort": "confidence_desc", "limit": 50}).json()
    values = [e["confidence"] for e in conf["events"]]
    assert values == sorted(values, reverse=True)
    beyond = client.get("/api/events", params={"offset": 10_000}).json()
    assert beyond["total"] == 500 and beyond["events"] == []


def test_event_evidence_and_highlights_point_into_the_article(client):
    ev = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    article = client.get(f"/api/articles/{ev['article']['id']}").json()
    span = ev["evidence"]
    assert article["text"][span["start"]:span["end"]] == span["text"]
    for h in ev["highlights"]:
        mention = next(m for m in article["mentions"]
                       if m["start"] == span["start"] + h["start"])
        assert mention["entity_id"] == h["entity_id"]
    for m in article["mentions"]:
        assert article["text"][m["start"]:m["end"]] == m["text"]
    assert ev["id"] in [e["id"] for e in article["events"]]


def test_listing_and_organisation_filters(client):
    by_listing = client.get("/api/events", params={"listing": "ASX:LYC"}).json()
    by_org = client.get("/api/events", params={"organisation": "org:lynas-rare-earths"}).json()
    assert by_listing["total"] == by_org["total"] > 0


def test_mineral_page_data(client):
    m = client.get("/api/minerals/mineral:lithium").json()
    assert m["type"] == "mineral" and m["n_events"] > 0
    assert sum(m["events_by_type"].values()) >= m["n_events"]
    assert m["countries"] and all(c["id"].startswith("country:") for c in m["countries"])
    assert m["companies"] and all(c["id"].startswith("org:") for c in m["companies"])
    assert all(f["mineral"] == "mineral:lithium" and f["origin"] != f["destination"]
               for f in m["flows"])
    assert "supply" in m  # statistics when mineralwatch.analyse.supply is there, else null


def test_organisation_and_entity(client):
    o = client.get("/api/organisations/org:lynas-rare-earths").json()
    assert o["listings"] == ["ASX:LYC"] and o["country"] == "country:AU"
    assert o["country_name"] == "Australia"
    assert o["co_organisations"] and o["latest_events"]
    e = client.get("/api/entities/country:CN").json()
    assert e["name"] == "China" and e["n_events"] > 0


def test_flows_are_country_pairs_from_shipments_and_agreements(client):
    flows = client.get("/api/flows", params={"mineral": "mineral:copper"}).json()["flows"]
    assert flows
    for f in flows:
        assert f["type"] in ("shipment", "agreement")
        assert f["origin"].startswith("country:") and f["destination"].startswith("country:")
    total = sum(f["events"] for f in client.get("/api/flows", params={"limit": 200}).json()
                ["flows"] if f["mineral"] == "mineral:copper")
    assert total == sum(f["events"] for f in flows)


def test_search_finds_entities_articles_and_events(client):
    body = client.get("/api/search", params={"q": "lynas"}).json()
    assert body["entities"][0]["id"] == "org:lynas-rare-earths"
    assert all("lynas" in e["evidence"]["text"].lower() for e in body["events"])
    assert client.get("/api/search", params={"q": "ASX:LYC"}).json()["entities"]


def test_article_text_is_returned_as_stored(client):
    body = client.get("/api/articles/hostile-1").json()
    assert HOSTILE in body["title"] and HOSTILE in body["text"]


@pytest.mark.parametrize("url, status, fragment", [
    ("/api/articles/no-such-article", 404, "no article"),
    ("/api/minerals/no-such", 404, "no mineral"),
    ("/api/minerals/country:CN", 404, "no mineral"),
    ("/api/organisations/mineral:lithium", 404, "no organisation"),
    ("/api/entities/x", 404, "no entity"),
    ("/api/events?since=2025-02-30", 422, "since"),
    ("/api/events?until=yesterday", 422, "until"),
    ("/api/events?offset=-1", 422, "offset"),
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?limit=100000", 422, "limit"),
    ("/api/events?type=earthquake", 422, "type"),
    ("/api/events?sort=random", 422, "sort"),
    ("/api/events?min_confidence=2", 422, "min_confidence"),
    ("/api/events?min_confidence=nan", 422, "min_confidence"),
    ("/api/events?q=", 422, "q"),
    ("/api/events?q=%00", 422, "q"),
    ("/api/search", 422, "q"),
    ("/api/flows?type=investment", 422, "type"),
    ("/api/articles?limit=-5", 422, "limit"),
])
def test_bad_parameters_are_4xx_with_a_clear_message(client, url, status, fragment):
    r = client.get(url)
    assert r.status_code == status
    assert fragment in str(r.json()["detail"])


def test_pages_escape_article_text(client):
    html = client.get("/articles/hostile-1").text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in client.get("/articles?q=script").text
    assert "<script>alert" not in client.get("/search", params={"q": "<script>"}).text


def test_pages_answer_bad_parameters_with_html_errors(client):
    r = client.get("/events", params={"since": "not-a-date"})
    assert r.status_code == 422 and "since" in r.text and r.headers["content-type"].startswith(
        "text/html")
    assert client.get("/minerals/mineral:nope").status_code == 404
    # An empty form field means "no filter" on pages.
    assert client.get("/events?type=&since=&min_confidence=").status_code == 200


def test_plotly_is_served_locally(client):
    assert client.get("/docs").status_code == 404  # FastAPI's docs page needs a CDN
    r = client.get("/plotly.min.js")
    assert r.status_code == 200 and b"plotly" in r.content[:2000].lower()
    for path in ("/", "/events", "/minerals/mineral:lithium", "/flows"):
        html = client.get(path).text
        assert "https://" not in html.split("<footer")[0].replace('href="https://', "")


def test_ingest_needs_a_token_and_adds_articles():
    con = _store()
    app = create_app(con, ingest_token="s3cret")
    article = {"id": "posted-1", "title": "China bans antimony exports",
               "published": "2025-12-04",
               "text": "China banned exports of antimony and gallium to the United States on "
                       "Tuesday, the commerce ministry said."}
    with TestClient(app) as c:
        assert "/api/ingest" in c.get("/openapi.json").json()["paths"]
        assert c.post("/api/ingest", json=[article]).status_code == 403
        bad = c.post("/api/ingest", json=[article], headers={"Authorization": "Bearer wrong"})
        assert bad.status_code == 403
        auth = {"Authorization": "Bearer s3cret"}
        assert c.post("/api/ingest", json=[{"title": "no text"}], headers=auth).status_code == 422
        before = c.get("/api/stats").json()
        done = c.post("/api/ingest", json=[article], headers=auth)
        assert done.status_code == 200 and done.json()["new"] == 1, done.text
        stored = c.get("/api/articles/posted-1").json()
        assert stored["title"] == article["title"]
        assert {"mineral:antimony", "country:CN"} <= {e["id"] for e in stored["entities"]}
        after = c.get("/api/stats").json()
        assert after["articles"] == before["articles"] + 1
        assert after["events"] == before["events"] + len(stored["events"])
        again = c.post("/api/ingest", json=[article], headers=auth).json()
        assert again["new"] == 0  # idempotent


def test_posted_text_is_cleaned_so_its_wrapped_lines_stay_one_sentence():
    con = _store()
    app = create_app(con, ingest_token="s3cret")
    text = ("Beijing banned exports of gallium and germanium to the United States on Tuesday, the\n"
            "Commerce Ministry said, widening curbs it placed on the two metals a year ago as\n"
            "Washington tightened its own rules on sales of chip-making tools.")
    article = {"id": "wrapped-1", "title": "Beijing bans gallium exports",
               "published": "2025-12-04", "text": text}
    with TestClient(app) as c:
        done = c.post("/api/ingest", json=[article], headers={"Authorization": "Bearer s3cret"})
        assert done.status_code == 200, done.text
        stored = c.get("/api/articles/wrapped-1").json()
    assert "\n" not in stored["text"]
    authorities = {a["entity_id"] for e in stored["events"] if e["type"] == "policy"
                   for a in e["arguments"].get("authority", [])}
    assert "org:china-ministry-of-commerce" in authorities


def test_queries_see_new_rows_after_a_write():
    con = _store()
    before = queries.count_events(con, queries.EventQuery())
    con.execute("INSERT INTO events (id, article_id, type, date_start, evidence_text, "
                "confidence) SELECT 'new:0', 'hostile-1', 'policy', DATE '2025-01-02', "
                "'A new export ban.', 0.9")
    assert queries.count_events(con, queries.EventQuery()) == before + 1
    assert queries.search_events(con, queries.EventQuery(q="new export ban"))[0] == 1


NASTY = ["", " ", "%", "_", "'", "\"; DROP TABLE events; --", "\x00", "\x1f", "é" * 300,
         "<script>alert(1)</script>", "-1", "99999999999999999999", "nan", "2025-02-30", "../.."]


@pytest.mark.parametrize("value", NASTY)
def test_pages_never_fail_on_hostile_parameters(client, value):
    paths = ["/events?q={v}", "/events?since={v}", "/events?min_confidence={v}",
             "/events?offset={v}", "/events?type={v}", "/events?mineral={v}", "/search?q={v}",
             "/flows?mineral={v}", "/flows?type={v}", "/articles?q={v}", "/articles?limit={v}",
             "/api/events?listing={v}", "/api/articles?entity={v}", "/api/search?q={v}"]
    from urllib.parse import quote

    for path in paths:
        r = client.get(path.format(v=quote(value, safe="")))
        assert r.status_code < 500, (path, value, r.status_code)
    for prefix in ("/articles/", "/minerals/", "/organisations/", "/entities/",
                   "/api/articles/", "/api/minerals/", "/api/entities/"):
        if value.strip() and value not in ("../..",):
            r = client.get(prefix + quote(value, safe=""))
            assert r.status_code in (404, 422), (prefix, value, r.status_code)
