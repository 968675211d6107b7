"""The store's read queries on small hand-made rows, where every expected answer is visible."""

from __future__ import annotations

from datetime import date

import pytest

from mineralwatch.store import queries
from mineralwatch.store.db import connect

ENTITIES = [
    ("mineral:rare-earths", "mineral", "rare earths", None, None),
    ("mineral:antimony", "mineral", "antimony", None, None),
    ("country:PK", "country", "Pakistan", None, None),
    ("country:US", "country", "United States", None, None),
    ("country:CN", "country", "China", None, None),
    ("country:AU", "country", "Australia", None, None),
    ("org:us-strategic-metals", "organization", "US Strategic Metals", "country:US", None),
    ("org:frontier-works-organisation", "organization", "Frontier Works Organisation",
     "country:PK", None),
    ("org:lynas", "organization", "Lynas Rare Earths", "country:AU", ["ASX:LYC"]),
]
TEXT = ("Pakistan shipped rare earths to US Strategic Metals. "
        "US Strategic Metals and Frontier Works Organisation signed a deal for rare earths. "
        "China banned antimony exports to the United States. "
        "Lynas shipped rare earths from place Kalgoorlie to China.")


def _event(con, ordinal, type_, kind, day, evidence, args, confidence=0.9):
    start = TEXT.index(evidence)
    eid = f"a1:{ordinal}"
    con.execute("INSERT INTO events (id, article_id, type, kind, date, date_precision, "
                "date_start, evidence_text, evidence_start, evidence_end, confidence) "
                "VALUES (?, 'a1', ?, ?, ?, 'day', ?, ?, ?, ?, ?)",
                [eid, type_, kind, day.isoformat(), day, evidence, start, start + len(evidence),
                 confidence])
    for role, value in args:
        entity = value if ":" in value and not value.startswith("place:") else None
        if value.startswith("place:"):
            entity = value
        con.execute("INSERT INTO event_arguments VALUES (?, ?, ?, ?)", [eid, role, value, entity])


@pytest.fixture
def con():
    con = connect(":memory:")
    for row in ENTITIES:
        con.execute("INSERT INTO entities (id, type, name, country, listings) "
                    "VALUES (?, ?, ?, ?, ?)", list(row))
    con.execute("INSERT INTO articles (id, title, published, published_date, text, content_hash)"
                " VALUES ('a1', 'Deals', '2025-10-03', DATE '2025-10-03', ?, 'h1')", [TEXT])
    for eid, name in (("country:PK", "Pakistan"), ("mineral:rare-earths", "rare earths"),
                      ("org:us-strategic-metals", "US Strategic Metals"),
                      ("country:CN", "China"), ("mineral:antimony", "antimony")):
        start = TEXT.index(name)
        con.execute("INSERT INTO mentions VALUES ('a1', ?, ?, ?, ?)",
                    [eid, start, start + len(name), name])
        con.execute("INSERT OR IGNORE INTO article_entities VALUES ('a1', ?, 0.2, 1)", [eid])
    _event(con, 0, "shipment", "export", date(2025, 9, 30),
           "Pakistan shipped rare earths to US Strategic Metals.",
           [("origin", "country:PK"), ("commodity", "mineral:rare-earths"),
            ("receiver", "org:us-strategic-metals")])
    _event(con, 1, "agreement", "mou", date(2025, 9, 1),
           "US Strategic Metals and Frontier Works Organisation signed a deal for rare earths.",
           [("party", "org:us-strategic-metals"), ("party", "org:frontier-works-organisation"),
            ("commodity", "mineral:rare-earths"), ("value", '{"amount": 5e8}')], 0.6)
    _event(con, 2, "policy", "export_control", date(2024, 12, 3),
           "China banned antimony exports to the United States.",
           [("authority", "country:CN"), ("commodity", "mineral:antimony"),
            ("target", "country:US")])
    _event(con, 3, "shipment", "export", date(2025, 10, 1),
           "Lynas shipped rare earths from place Kalgoorlie to China.",
           [("shipper", "org:lynas"), ("commodity", "mineral:rare-earths"),
            ("destination", "country:CN")])
    yield con
    con.close()


def test_flows_follow_roles_and_fall_back_to_parties_and_home_countries(con):
    pairs = {(f["origin"], f["destination"], f["type"]): f["events"]
             for f in queries.flows(con, mineral="mineral:rare-earths")}
    assert pairs == {
        ("country:PK", "country:US", "shipment"): 1,   # origin + receiver's home country
        ("country:US", "country:PK", "agreement"): 1,  # parties, no direction: both ways
        ("country:PK", "country:US", "agreement"): 1,
        ("country:AU", "country:CN", "shipment"): 1,   # shipper's home country
    }
    assert queries.flows(con, mineral="mineral:antimony") == []  # a policy is not a flow
    assert queries.flows(con, since=date(2025, 10, 1))[0]["origin"] == "country:AU"
    assert [m["id"] for m in queries.flow_minerals(con)] == ["mineral:rare-earths"]


def test_event_filters(con):
    def ids(**kw):
        return [e["id"] for e in queries.list_events(con, queries.EventQuery(**kw))]

    assert ids() == ["a1:3", "a1:0", "a1:1", "a1:2"]  # newest first
    assert ids(sort="date_asc") == ["a1:2", "a1:1", "a1:0", "a1:3"]
    assert ids(mineral="mineral:rare-earths", country="country:PK") == ["a1:0"]
    assert ids(organisation="org:us-strategic-metals") == ["a1:0", "a1:1"]
    assert ids(listing="ASX:LYC") == ["a1:3"]
    assert ids(since=date(2025, 1, 1), until=date(2025, 9, 30)) == ["a1:0", "a1:1"]
    assert ids(q="BANNED") == ["a1:2"]
    assert ids(min_confidence=0.7, type="shipment", kind="export") == ["a1:3", "a1:0"]
    assert ids(limit=1, offset=1) == ["a1:0"]
    assert ids(mineral="mineral:rare-earths", limit=2, offset=1) == ["a1:0", "a1:1"]
    assert ids(q="shipped", offset=5) == []
    assert queries.search_events(con, queries.EventQuery(q="shipped", offset=5))[0] == 2
    assert queries.count_events(con, queries.EventQuery(type="policy")) == 1


def test_event_details_carry_roles_names_and_highlights(con):
    ev = queries.list_events(con, queries.EventQuery(q="pakistan shipped"))[0]
    assert ev["arguments"]["receiver"] == [{"value": "org:us-strategic-metals",
                                            "entity_id": "org:us-strategic-metals",
                                            "name": "US Strategic Metals",
                                            "type": "organization"}]
    assert ev["article_title"] == "Deals"
    spans = [(ev["evidence_text"][h["start"]:h["end"]], h["entity_id"]) for h in ev["highlights"]]
    assert spans == [("Pakistan", "country:PK"), ("rare earths", "mineral:rare-earths"),
                     ("US Strategic Metals", "org:us-strategic-metals")]


def test_segments_cut_text_at_entities_and_events():
    text = "Lynas ships rare earths."
    spans = [{"start": 0, "end": 5, "entity_id": "org:lynas", "type": "organization"},
             {"start": 12, "end": 23, "entity_id": "mineral:rare-earths", "type": "mineral"},
             {"start": 12, "end": 16, "entity_id": "mineral:rare", "type": "mineral"},  # overlap
             {"start": 6, "end": 24, "event": {"id": "e1"}}]
    pieces = queries.segments(text, spans)
    assert "".join(p["text"] for p in pieces) == text
    assert [(p["text"], p["entity_id"], [e["id"] for e in p["events"]]) for p in pieces] == [
        ("Lynas", "org:lynas", []), (" ", None, []), ("ships ", None, ["e1"]),
        ("rare", "mineral:rare-earths", ["e1"]), (" earths", "mineral:rare-earths", ["e1"]),
        (".", None, ["e1"])]


def test_summaries(con):
    m = queries.mineral_summary(con, "mineral:rare-earths")
    assert m["n_events"] == 3 and m["events_by_type"] == {"shipment": 2, "agreement": 1}
    assert [c["id"] for c in m["countries"]] == ["country:CN", "country:PK"]
    assert {c["id"] for c in m["companies"]} == {"org:us-strategic-metals", "org:lynas",
                                                 "org:frontier-works-organisation"}
    assert queries.mineral_summary(con, "country:CN") is None
    o = queries.organisation_summary(con, "org:us-strategic-metals")
    assert o["country_name"] == "United States" and o["n_events"] == 2
    assert [p["id"] for p in o["partners"]] == ["org:frontier-works-organisation"]
    a = queries.get_article(con, "a1")
    assert [e["id"] for e in a["events"]] == ["a1:0", "a1:1", "a1:2", "a1:3"]  # text order
    assert queries.get_article(con, "nope") is None


def test_overview_ranks_the_latest_active_period(con):
    o = queries.overview(con)
    assert o["month"] == date(2025, 10, 1)
    assert o["counts"]["events"] == 4
    # October 2025 alone names one mineral (rare earths); it takes twelve months to reach the
    # antimony ban of December 2024.
    assert queries.activity_window(con, "mineral", least=1) == (date(2025, 10, 1),
                                                                "October 2025")
    assert queries.activity_window(con, "mineral", least=2) == (date(2024, 11, 1),
                                                                "Nov 2024 – Oct 2025")
    assert queries.activity_window(con, "mineral", least=3) == (None, "all time")
    assert o["top_minerals"][0]["id"] == "mineral:rare-earths"


def test_search(con):
    found = queries.search(con, "asx:lyc")
    assert [e["id"] for e in found["entities"]] == ["org:lynas"]
    assert [e["id"] for e in queries.search(con, "antimony")["events"]] == ["a1:2"]
