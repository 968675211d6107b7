"""Every read query of the store, shared by the REST API, the dashboard and the CLI.

Functions take a DuckDB connection (or cursor) and return plain dicts and lists, so the three
front ends show the same answers. All SQL is parameterised: every value is a ``?``
parameter; the statements themselves are assembled only from fixed fragments of this module.
"""

from __future__ import annotations

import itertools
import threading
from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import duckdb
import numpy as np

EVENT_TYPES = ("shipment", "agreement", "investment", "acquisition", "facility", "policy",
               "discovery", "production", "market_move")
MAX_LIMIT = 500

Con = duckdb.DuckDBPyConnection

_EVENT_COLUMNS = ("id", "article_id", "type", "kind", "date", "date_precision", "date_start",
                  "value_amount", "value_currency", "value_approx", "stage", "modality",
                  "evidence_text", "evidence_start", "evidence_end", "confidence", "extractor")


@dataclass(slots=True)
class EventQuery:
    """Filters, order and page of an event listing; ``None`` means no constraint."""

    type: str | None = None
    kind: str | None = None
    mineral: str | None = None
    country: str | None = None
    organisation: str | None = None
    listing: str | None = None
    article: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None
    min_confidence: float | None = None
    sort: str = "date_desc"
    limit: int = 50
    offset: int = 0

    def filters(self) -> dict[str, Any]:
        """The filters that are set, without order and page (for links and echoing back)."""
        skip = {"sort", "limit", "offset"}
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in skip and getattr(self, f.name) not in (None, "")}


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _rows(con: Con, sql: str, params: list | tuple = ()) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


# --- the read index -------------------------------------------------------------------------
#
# Filtering a million events by an argument means semi-joins on string ids over millions of
# argument rows: 100-800 ms. So the first query on a store builds a derived index in an
# in-memory database attached beside it (DuckDB allows that on a read-only store, and every
# cursor of the connection sees it): events numbered by date with integer keys, arguments
# sorted by entity (zone maps then skip all but a few row groups), and small pre-aggregates
# (entity × month × type, entity co-occurrence, flow pairs). It is rebuilt when the store's
# row counts change, so a writer's additions show up on the next query.

IDX = "mw_idx"
_BUILD_LOCK = threading.Lock()

_INDEX_SQL = f"""
CREATE OR REPLACE TABLE {IDX}.ev AS
    SELECT row_number() OVER (ORDER BY date_start DESC NULLS LAST, id)::INTEGER AS n,
           id, article_id, type, kind, date_start, confidence, lower(evidence_text) AS evidence
    FROM events ORDER BY n;
CREATE OR REPLACE TABLE {IDX}.ea AS
    SELECT coalesce(a.entity_id, a.value) AS key, ev.n, a.role, a.entity_id IS NOT NULL AS linked
    FROM event_arguments a JOIN {IDX}.ev ev ON ev.id = a.event_id ORDER BY key, n;
CREATE OR REPLACE TABLE {IDX}.ev_month AS
    SELECT date_trunc('month', date_start)::DATE AS month, type, count(*) AS n
    FROM {IDX}.ev GROUP BY ALL ORDER BY month, type;
CREATE OR REPLACE TABLE {IDX}.ent_month AS
    SELECT a.key AS entity_id, date_trunc('month', ev.date_start)::DATE AS month, ev.type,
           count(DISTINCT ev.n) AS n
    FROM {IDX}.ea a JOIN {IDX}.ev ev ON ev.n = a.n WHERE a.linked GROUP BY ALL ORDER BY entity_id;
CREATE OR REPLACE TABLE {IDX}.cooc AS
    SELECT a.key AS entity_id, b.key AS other_id, count(DISTINCT a.n) AS events
    FROM {IDX}.ea a JOIN {IDX}.ea b ON a.n = b.n AND a.key <> b.key
    WHERE a.linked AND b.linked GROUP BY ALL ORDER BY entity_id, events DESC;
CREATE OR REPLACE TABLE {IDX}.ent_articles AS
    SELECT entity_id, count(*) AS articles FROM article_entities GROUP BY ALL ORDER BY entity_id;
CREATE OR REPLACE TABLE {IDX}.art_cooc AS
    SELECT a.entity_id, b.entity_id AS other_id, count(*) AS articles
    FROM article_entities a JOIN article_entities b
      ON a.article_id = b.article_id AND a.entity_id <> b.entity_id
    WHERE a.entity_id LIKE 'org:%' AND b.entity_id LIKE 'org:%'
    GROUP BY ALL ORDER BY entity_id, articles DESC;
"""

# Flow pairs, one row per event × mineral × origin × destination (see ``flows``).
_COUNTRY_OF = """
    CASE WHEN a.entity_id LIKE 'country:%' THEN a.entity_id
         WHEN a.entity_id LIKE 'place:%'
              THEN 'country:' || split_part(substr(a.entity_id, 7), '-', 1)
         ELSE n.country END"""
_FLOWS_SQL = f"""
CREATE OR REPLACE TABLE {IDX}.flow_pairs AS
WITH ev AS (SELECT id, type, date_start FROM events WHERE type IN ('shipment', 'agreement')),
args AS (
    SELECT a.event_id, a.role, {_COUNTRY_OF} AS country
    FROM event_arguments a JOIN ev ON ev.id = a.event_id
    LEFT JOIN entities n ON n.id = a.entity_id
    WHERE a.role IN ('origin', 'shipper', 'location', 'destination', 'receiver', 'party')
      AND a.entity_id IS NOT NULL),
side AS (
    SELECT event_id, country,
           CASE WHEN role IN ('origin', 'shipper', 'location') THEN 'o' ELSE 'd' END AS side,
           CASE role WHEN 'origin' THEN 1 WHEN 'destination' THEN 1 WHEN 'shipper' THEN 2
                     WHEN 'receiver' THEN 2 ELSE 3 END AS rank
    FROM args WHERE role <> 'party' AND country IS NOT NULL
    QUALIFY rank = min(rank) OVER (PARTITION BY event_id, side)),
parties AS (SELECT DISTINCT event_id, country FROM args
            WHERE role = 'party' AND country IS NOT NULL),
o AS (SELECT DISTINCT event_id, country FROM side WHERE side = 'o'
      UNION SELECT event_id, country FROM parties
      WHERE event_id NOT IN (SELECT event_id FROM side WHERE side = 'o')),
d AS (SELECT DISTINCT event_id, country FROM side WHERE side = 'd'
      UNION SELECT event_id, country FROM parties
      WHERE event_id NOT IN (SELECT event_id FROM side WHERE side = 'd')),
com AS (
    SELECT DISTINCT a.event_id, a.entity_id AS mineral
    FROM event_arguments a JOIN ev ON ev.id = a.event_id
    WHERE a.role = 'commodity' AND a.entity_id LIKE 'mineral:%')
SELECT ev.id AS event_id, ev.type, ev.date_start, com.mineral, o.country AS origin,
       d.country AS destination
FROM ev JOIN com ON com.event_id = ev.id JOIN o ON o.event_id = ev.id
JOIN d ON d.event_id = ev.id
WHERE o.country <> d.country
ORDER BY mineral, date_start;
CREATE OR REPLACE TABLE {IDX}.flow_minerals AS
    SELECT mineral, count(DISTINCT event_id) AS events FROM {IDX}.flow_pairs GROUP BY ALL;
CREATE OR REPLACE TABLE {IDX}.flow_agg AS
    SELECT mineral, origin, destination, type, count(DISTINCT event_id) AS events
    FROM {IDX}.flow_pairs GROUP BY ALL ORDER BY mineral;
"""


def _fingerprint(con: Con) -> str:
    row = con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM "
                      "event_arguments), (SELECT count(*) FROM article_entities), "
                      "(SELECT count(*) FROM entities)").fetchone()
    return ":".join(map(str, row))


def _index_state(con: Con) -> tuple[str, bool] | None:
    """(fingerprint, read-only) of the index this connection sees, or None without one."""
    try:
        row = con.execute(f"SELECT fingerprint, readonly FROM {IDX}.meta").fetchone()
    except duckdb.CatalogException:
        return None
    return (row[0], bool(row[1])) if row else None


def prepare(con: Con) -> None:
    """Build (or rebuild, when the store changed) the read index; cheap when up to date.

    Every query function calls it, so callers need not; the API calls it once at start-up so
    the first visitor does not wait. On a read-only store the index can never go stale (no
    writer can open the file meanwhile), so the check is one tiny query.
    """
    state = _index_state(con)
    if state is not None and state[1]:
        return
    current = _fingerprint(con)
    if state is not None and state[0] == current:
        return
    with _BUILD_LOCK:
        state = _index_state(con)
        if state is not None and state[0] == current:
            return
        attached = con.execute("SELECT count(*) FROM duckdb_databases() "
                               "WHERE database_name = ?", [IDX]).fetchone()[0]
        if not attached:
            con.execute(f"ATTACH ':memory:' AS {IDX} (READ_WRITE)")
        readonly = con.execute("SELECT readonly FROM duckdb_databases() "
                               "WHERE database_name = current_database()").fetchone()[0]
        con.execute("SET enable_progress_bar = false")
        con.execute(f"DROP TABLE IF EXISTS {IDX}.meta")
        con.execute(_INDEX_SQL)
        con.execute(_FLOWS_SQL)
        con.execute(f"CREATE TABLE {IDX}.meta AS SELECT ?::VARCHAR AS fingerprint, "
                    "?::BOOLEAN AS readonly", [current, bool(readonly)])


def _event_where(query: EventQuery) -> tuple[list[str], list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    for column, val in (("ev.type", query.type), ("ev.kind", query.kind),
                        ("ev.article_id", query.article)):
        if val:
            conds.append(f"{column} = ?")
            params.append(val)
    for entity in (query.mineral, query.country, query.organisation):
        if entity:
            conds.append(f"ev.n IN (SELECT n FROM {IDX}.ea WHERE key = ?)")
            params.append(entity)
    if query.listing:
        conds.append(f"ev.n IN (SELECT n FROM {IDX}.ea WHERE key = ? OR key IN "
                     "(SELECT id FROM entities WHERE list_contains(listings, ?)))")
        params += [query.listing, query.listing]
    if query.since:
        conds.append("ev.date_start >= ?")
        params.append(query.since)
    if query.until:
        conds.append("ev.date_start <= ?")
        params.append(query.until)
    if query.q:
        # A scan of the lower-cased evidence (a word index did not pay on a million events:
        # common words have postings as long as the scan).
        needle = query.q.lower()
        conds.append("contains(ev.evidence, ?)")
        params.append(needle)
    if query.min_confidence is not None:
        conds.append("ev.confidence >= ?")
        params.append(query.min_confidence)
    return conds, params


SORTS = {
    "date_desc": "ev.n",
    "date_asc": "ev.date_start ASC NULLS LAST, ev.n DESC",
    "confidence_desc": "ev.confidence DESC NULLS LAST, ev.n",
    "confidence_asc": "ev.confidence ASC NULLS LAST, ev.n",
}


def count_events(con: Con, query: EventQuery) -> int:
    prepare(con)
    conds, params = _event_where(query)
    if not conds:
        return int(con.execute(f"SELECT count(*) FROM {IDX}.ev").fetchone()[0])
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    return int(con.execute(f"SELECT count(*) FROM {IDX}.ev ev{where}", params).fetchone()[0])


def search_events(con: Con, query: EventQuery) -> tuple[int, list[dict[str, Any]]]:
    """The total number of matching events and the requested page, each event with its
    arguments, its article's title and its highlighted mentions."""
    expensive = query.q or query.mineral or query.country or query.organisation or query.listing
    if not (expensive and query.sort == "date_desc"):
        return count_events(con, query), list_events(con, query)
    # Text and argument filters cost a scan or a join each time they run: run them once,
    # take every matching event number (ev.n is the date order), and cut the page from them.
    prepare(con)
    conds, params = _event_where(query)
    ns = con.execute(f"SELECT ev.n FROM {IDX}.ev ev WHERE {' AND '.join(conds)}",
                     params).fetchnumpy()["n"]
    total = len(ns)
    end = min(total, query.offset + max(0, min(query.limit, MAX_LIMIT)))
    if end <= query.offset:
        return total, []
    first = np.partition(ns, end - 1)[:end] if end < total else ns
    page = [int(n) for n in np.sort(first)[query.offset:end]]
    ids = [r[0] for r in con.execute(f"SELECT id FROM {IDX}.ev WHERE n IN "
                                     f"({_marks(len(page))}) ORDER BY n", page).fetchall()]
    return total, _fetch_events(con, ids)


def list_events(con: Con, query: EventQuery) -> list[dict[str, Any]]:
    """One page of events (no total: summaries that show the latest few skip the count)."""
    prepare(con)
    conds, params = _event_where(query)
    limit = max(0, min(query.limit, MAX_LIMIT))
    if not conds and query.sort == "date_desc":
        # ev is stored in this order, numbered from 1: the page is a range of n, which zone
        # maps find without reading the rest.
        found = con.execute(f"SELECT id FROM {IDX}.ev WHERE n > ? AND n <= ? ORDER BY n",
                            [query.offset, query.offset + limit]).fetchall()
    else:
        # A top-N keeps only the page's rows; the count, when wanted, is a second query over
        # the filtered columns only (cheaper than one pass with count(*) OVER ()).
        where = (" WHERE " + " AND ".join(conds)) if conds else ""
        order = SORTS.get(query.sort, SORTS["date_desc"])
        found = con.execute(f"SELECT ev.id FROM {IDX}.ev ev{where} ORDER BY {order} "
                            "LIMIT ? OFFSET ?", [*params, limit, query.offset]).fetchall()
    return _fetch_events(con, [row[0] for row in found])


def _fetch_events(con: Con, ids: list[str]) -> list[dict[str, Any]]:
    """Full rows of these events, in this order, with their details."""
    if not ids:
        return []
    cols = ", ".join(f'"{c}"' for c in _EVENT_COLUMNS)
    by_id = {r["id"]: r for r in _rows(
        con, f"SELECT {cols} FROM events WHERE id IN ({_marks(len(ids))})", ids)}
    return attach_event_details(con, [by_id[i] for i in ids if i in by_id])


def attach_event_details(con: Con, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``arguments`` (role → [{value, entity_id, name, type}]), the article's title and
    date, and ``highlights``: the mentions inside the evidence sentence, relative to it."""
    if not rows:
        return rows
    ids = [r["id"] for r in rows]
    args: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for a in _rows(con, "SELECT a.event_id, a.role, a.value, a.entity_id, n.name, n.type "
                        "FROM event_arguments a LEFT JOIN entities n ON n.id = a.entity_id "
                        f"WHERE a.event_id IN ({_marks(len(ids))})", ids):
        args[a["event_id"]][a["role"]].append(
            {"value": a["value"], "entity_id": a["entity_id"], "name": a["name"],
             "type": a["type"]})
    article_ids = sorted({r["article_id"] for r in rows})
    articles = {a["id"]: a for a in _rows(
        con, "SELECT id, title, source, published FROM articles "
             f"WHERE id IN ({_marks(len(article_ids))})", article_ids)}
    mentions: dict[str, list[dict]] = defaultdict(list)
    for m in _rows(con, 'SELECT m.article_id, m.entity_id, m.start, m."end", n.type '
                        "FROM mentions m LEFT JOIN entities n ON n.id = m.entity_id "
                        f"WHERE m.article_id IN ({_marks(len(article_ids))})", article_ids):
        mentions[m["article_id"]].append(m)
    for r in rows:
        r["arguments"] = {role: vals for role, vals in args.get(r["id"], {}).items()}
        art = articles.get(r["article_id"], {})
        r["article_title"] = art.get("title")
        r["article_source"] = art.get("source")
        r["article_published"] = art.get("published")
        r["highlights"] = _evidence_highlights(r, mentions.get(r["article_id"], []))
    return rows


def _evidence_highlights(event: dict[str, Any], mentions: list[dict]) -> list[dict[str, Any]]:
    start, end = event.get("evidence_start"), event.get("evidence_end")
    if start is None or end is None:
        return []
    spans = sorted((m["start"] - start, m["end"] - start, m["entity_id"], m["type"])
                   for m in mentions if m["start"] >= start and m["end"] <= end)
    return [{"start": s, "end": e, "entity_id": i, "type": t} for s, e, i, t in spans]


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` into consecutive pieces, each with the entity (if any) and the events (if
    any) covering it. Spans are dicts with ``start``, ``end`` and either ``entity_id`` or
    ``event``; overlapping entity spans keep the first (longest-leftmost) one."""
    n = len(text)
    cuts = {0, n}
    for s in spans:
        cuts.add(max(0, min(n, s["start"])))
        cuts.add(max(0, min(n, s["end"])))
    points = sorted(cuts)
    entity_spans = sorted((s for s in spans if s.get("entity_id")),
                          key=lambda s: (s["start"], -s["end"]))
    event_spans = [s for s in spans if s.get("event")]
    out: list[dict[str, Any]] = []
    taken_until = -1
    chosen: list[dict] = []
    for s in entity_spans:
        if s["start"] >= taken_until and s["end"] > s["start"]:
            chosen.append(s)
            taken_until = s["end"]
    for a, b in itertools.pairwise(points):
        if a >= b:
            continue
        ent = next((s for s in chosen if s["start"] <= a and b <= s["end"]), None)
        evs = [s["event"] for s in event_spans if s["start"] <= a and b <= s["end"]]
        piece = {"text": text[a:b], "entity_id": ent["entity_id"] if ent else None,
                 "entity_type": ent.get("type") if ent else None, "events": evs,
                 "entity_start": bool(ent and ent["start"] == a)}
        out.append(piece)
    return out


# --- articles -------------------------------------------------------------------------------

def list_articles(con: Con, *, q: str | None = None, mineral: str | None = None,
                  entity: str | None = None, since: date | None = None,
                  until: date | None = None, limit: int = 50,
                  offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    conds, params = [], []
    if q:
        conds.append("contains(lower(a.title), ?)")
        params.append(q.lower())
    if mineral:
        conds.append("list_contains(a.minerals, ?)")
        params.append(mineral)
    if entity:
        conds.append("a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)")
        params.append(entity)
    if since:
        conds.append("a.published_date >= ?")
        params.append(since)
    if until:
        conds.append("a.published_date <= ?")
        params.append(until)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    total = con.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
    rows = _rows(con, "SELECT a.id, a.title, a.source, a.published, a.url, a.minerals, "
                      "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events "
                      f"FROM (SELECT * FROM articles a{where} "
                      "ORDER BY a.published_date DESC NULLS LAST, a.id LIMIT ? OFFSET ?) a "
                      "ORDER BY a.published_date DESC NULLS LAST, a.id",
                 [*params, min(limit, MAX_LIMIT), offset])
    return int(total), rows


def get_article(con: Con, article_id: str) -> dict[str, Any] | None:
    """The article with its entities, their mentions (offsets into ``text``) and its events."""
    found = _rows(con, "SELECT id, title, source, published, url, author, text, minerals, "
                       "duplicate_of FROM articles WHERE id = ?", [article_id])
    if not found:
        return None
    article = found[0]
    mentions = _rows(con, 'SELECT m.entity_id, m.start, m."end", m.text, n.type '
                          "FROM mentions m LEFT JOIN entities n ON n.id = m.entity_id "
                          'WHERE m.article_id = ? ORDER BY m.start, m."end" DESC', [article_id])
    entities = _rows(con, "SELECT n.id, n.type, n.name, n.country, n.listings, "
                          "ae.salience, ae.mentions FROM article_entities ae "
                          "JOIN entities n ON n.id = ae.entity_id WHERE ae.article_id = ? "
                          "ORDER BY ae.salience DESC NULLS LAST, n.id", [article_id])
    known = {e["id"] for e in entities}
    missing = sorted({m["entity_id"] for m in mentions} - known)
    if missing:  # mentions without an article_entities row still name an entity
        entities += _rows(con, "SELECT id, type, name, country, listings, NULL AS salience, "
                               f"NULL AS mentions FROM entities WHERE id IN "
                               f"({_marks(len(missing))})", missing)
        known = {e["id"] for e in entities}
        for m_id in missing:
            if m_id not in known:
                entities.append({"id": m_id, "type": None, "name": m_id, "country": None,
                                 "listings": None, "salience": None, "mentions": None})
    by_entity: dict[str, list] = defaultdict(list)
    for m in mentions:
        by_entity[m["entity_id"]].append({"start": m["start"], "end": m["end"],
                                          "text": m["text"]})
    for e in entities:
        e["mention_offsets"] = by_entity.get(e["id"], [])
    article["entities"] = entities
    article["mentions"] = mentions
    article["events"] = list_events(con, EventQuery(article=article_id, sort="date_asc",
                                                    limit=MAX_LIMIT))
    article["events"].sort(key=lambda ev: (ev["evidence_start"] is None,
                                           ev["evidence_start"] or 0))
    return article


# --- entities -------------------------------------------------------------------------------

def get_entity(con: Con, entity_id: str) -> dict[str, Any] | None:
    """The entity with how many articles and events name it, by event type."""
    prepare(con)
    found = _rows(con, "SELECT id, type, name, country, listings, aliases FROM entities "
                       "WHERE id = ?", [entity_id])
    if not found:
        return None
    entity = found[0]
    row = con.execute(f"SELECT articles FROM {IDX}.ent_articles WHERE entity_id = ?",
                      [entity_id]).fetchone()
    entity["n_articles"] = int(row[0]) if row else 0
    entity["events_by_type"] = events_by_type(con, entity_id)
    entity["n_events"] = sum(entity["events_by_type"].values())  # one type per event
    return entity


def events_by_type(con: Con, entity_id: str) -> dict[str, int]:
    return {t: int(n) for t, n in con.execute(
        f"SELECT type, sum(n) FROM {IDX}.ent_month WHERE entity_id = ? "
        "GROUP BY type ORDER BY sum(n) DESC, type", [entity_id]).fetchall()}


def related_entities(con: Con, entity_id: str, entity_type: str,
                     limit: int = 15) -> list[dict[str, Any]]:
    """Entities of ``entity_type`` named as arguments of the same events, most shared first."""
    prepare(con)
    return _rows(con, f"""
        SELECT c.other_id AS id, n.name, n.country, n.listings, c.events
        FROM {IDX}.cooc c JOIN entities n ON n.id = c.other_id
        WHERE c.entity_id = ? AND n.type = ?
        ORDER BY c.events DESC, c.other_id LIMIT ?""", [entity_id, entity_type, limit])


def monthly_counts(con: Con, entity_id: str | None = None) -> list[dict[str, Any]]:
    """Events per month and type, for one entity or for the whole store."""
    prepare(con)
    if entity_id:
        sql = (f"SELECT strftime(month, '%Y-%m') AS month, type, n FROM {IDX}.ent_month "
               "WHERE entity_id = ? AND month <= current_date ORDER BY month, type")
        return _rows(con, sql, [entity_id])
    return _rows(con, f"SELECT strftime(month, '%Y-%m') AS month, type, n FROM {IDX}.ev_month "
                      "WHERE month <= current_date ORDER BY month, type")


SUPPLY_SIGNALS = 20
_SUPPLY_CACHE: dict[tuple[str, str, str], dict[str, Any] | None] = {}


def _supply_profile(con: Con, mineral_id: str) -> dict[str, Any] | None:
    """Supply statistics from ``mineralwatch.analyse.supply`` (absent until that module lands).

    The profile takes seconds on a large store and depends only on the store's content, so it
    is kept per store fingerprint.
    """
    path = con.execute("SELECT path FROM duckdb_databases() "
                       "WHERE database_name = current_database()").fetchone()
    key = (str(path[0] if path else ""), _fingerprint(con), mineral_id)
    if key not in _SUPPLY_CACHE:
        _SUPPLY_CACHE[key] = _compute_supply_profile(con, mineral_id)
    return _SUPPLY_CACHE[key]


def _compute_supply_profile(con: Con, mineral_id: str) -> dict[str, Any] | None:
    try:
        from mineralwatch.analyse import supply  # type: ignore[attr-defined]
    except ImportError:
        return None
    profile = getattr(supply, "mineral_profile", None)
    if profile is None:
        return None
    try:
        found = profile(con, mineral_id)
    except Exception:  # statistics missing or broken must not take the page down
        return None
    if isinstance(found, dict):
        # The news side is this module's job (monthly counts, latest events); keep the
        # statistics and the first signals so a popular mineral's answer stays small.
        found = {k: v for k, v in found.items() if k != "events_by_month"}
        if isinstance(found.get("signals"), list):
            found["signals"] = found["signals"][:SUPPLY_SIGNALS]
    return found


def mineral_summary(con: Con, mineral_id: str) -> dict[str, Any] | None:
    """What the news says about a mineral, beside the supply statistics when available."""
    entity = get_entity(con, mineral_id)
    if entity is None or entity["type"] != "mineral":
        return None
    entity["countries"] = related_entities(con, mineral_id, "country")
    entity["companies"] = related_entities(con, mineral_id, "organization")
    entity["flows"] = flows(con, mineral=mineral_id, limit=40)
    entity["monthly"] = monthly_counts(con, mineral_id)
    entity["latest_events"] = list_events(con, EventQuery(mineral=mineral_id, limit=10))
    entity["supply"] = _supply_profile(con, mineral_id)
    return entity


def organisation_summary(con: Con, org_id: str) -> dict[str, Any] | None:
    """An organisation's listings, country, events and the organisations it appears with."""
    entity = get_entity(con, org_id)
    if entity is None or entity["type"] not in ("organization", "organisation"):
        return None
    entity["country_name"] = get_entity_name(con, entity["country"]) if entity["country"] else None
    entity["co_organisations"] = _rows(con, f"""
        SELECT c.other_id AS id, n.name, c.articles FROM {IDX}.art_cooc c
        JOIN entities n ON n.id = c.other_id WHERE c.entity_id = ?
        ORDER BY c.articles DESC, c.other_id LIMIT 15""", [org_id])
    entity["partners"] = related_entities(con, org_id, "organization")
    entity["minerals"] = related_entities(con, org_id, "mineral")
    entity["countries"] = related_entities(con, org_id, "country")
    entity["monthly"] = monthly_counts(con, org_id)
    entity["latest_events"] = list_events(con, EventQuery(organisation=org_id, limit=10))
    return entity


def get_entity_name(con: Con, entity_id: str) -> str | None:
    row = con.execute("SELECT name FROM entities WHERE id = ?", [entity_id]).fetchone()
    return row[0] if row else None


def list_entities(con: Con, entity_type: str | None = None,
                  limit: int = 200) -> list[dict[str, Any]]:
    """Entities with how many events name them, most active first."""
    prepare(con)
    where, params = "", []
    if entity_type:
        where, params = " WHERE n.type = ?", [entity_type]
    return _rows(con, "SELECT n.id, n.type, n.name, coalesce(c.events, 0) AS events "
                      f"FROM entities n LEFT JOIN (SELECT entity_id, sum(n) AS events "
                      f"FROM {IDX}.ent_month GROUP BY ALL) c "
                      f"ON c.entity_id = n.id{where} ORDER BY events DESC, n.name LIMIT ?",
                 [*params, limit])


# --- flows ----------------------------------------------------------------------------------

def flows(con: Con, mineral: str | None = None, since: date | None = None,
          until: date | None = None, type: str | None = None,
          limit: int = 200) -> list[dict[str, Any]]:
    """Origin → destination country pairs per mineral from shipments and agreements.

    An event's origin is its ``origin`` argument, else its ``shipper``, else its
    ``location``; its destination is its ``destination``, else its ``receiver``. A side still
    empty is filled by the ``party`` arguments, so an agreement between parties of two
    countries, with no direction stated, counts both ways. An organisation stands for its
    home country, a place for the country it lies in; pairs within one country are left out.
    """
    prepare(con)
    conds, params = ["TRUE"], []
    for cond, val in (("mineral = ?", mineral), ("type = ?", type),
                      ("date_start >= ?", since), ("date_start <= ?", until)):
        if val:
            conds.append(cond)
            params.append(val)
    if since or until:
        source = (f"(SELECT mineral, origin, destination, type, count(DISTINCT event_id) "
                  f"AS events FROM {IDX}.flow_pairs WHERE {' AND '.join(conds)} GROUP BY ALL)")
    else:  # the pre-aggregated pairs
        source = f"(SELECT * FROM {IDX}.flow_agg WHERE {' AND '.join(conds)})"
    rows = _rows(con, f"SELECT * FROM {source} "
                      "ORDER BY events DESC, mineral, origin, destination, type LIMIT ?",
                 [*params, limit])
    names = _names(con, {r["origin"] for r in rows} | {r["destination"] for r in rows}
                   | {r["mineral"] for r in rows})
    for r in rows:
        r["origin_name"] = names.get(r["origin"], r["origin"])
        r["destination_name"] = names.get(r["destination"], r["destination"])
        r["mineral_name"] = names.get(r["mineral"], r["mineral"])
    return rows


def flow_minerals(con: Con) -> list[dict[str, Any]]:
    """Minerals that have at least one flow, with how many events, most first."""
    prepare(con)
    return _rows(con, "SELECT f.mineral AS id, n.name, f.events "
                      f"FROM {IDX}.flow_minerals f LEFT JOIN entities n ON n.id = f.mineral "
                      "ORDER BY events DESC, id")


def _names(con: Con, ids: set[str]) -> dict[str, str]:
    ids_list = sorted(i for i in ids if i)
    if not ids_list:
        return {}
    return dict(con.execute(f"SELECT id, name FROM entities WHERE id IN ({_marks(len(ids_list))})",
                            ids_list).fetchall())


# --- overview and search --------------------------------------------------------------------

def counts(con: Con) -> dict[str, int]:
    """Rows per table: the size of the knowledge base at a glance."""
    row = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                      "(SELECT count(*) FROM entities), (SELECT count(*) FROM mentions)"
                      ).fetchone()
    return dict(zip(("articles", "events", "entities", "mentions"), map(int, row), strict=True))


def latest_month(con: Con) -> date | None:
    """The month of the most recent dated event not in the future: "this month" of the store."""
    prepare(con)
    row = con.execute(f"SELECT max(month) FROM {IDX}.ev_month "
                      "WHERE month <= current_date").fetchone()
    return row[0] if row and row[0] else None


def top_entities(con: Con, entity_type: str, since: date | None,
                 limit: int = 10) -> list[dict[str, Any]]:
    """Entities of a type named in the most events dated from ``since``'s month to today."""
    prepare(con)
    where, params = " AND m.month <= current_date", [entity_type]
    if since:
        where += " AND m.month >= ?"
        params.append(since)
    return _rows(con, f"""
        SELECT m.entity_id AS id, n.name, sum(m.n) AS events
        FROM {IDX}.ent_month m JOIN entities n ON n.id = m.entity_id
        WHERE n.type = ?{where}
        GROUP BY ALL ORDER BY events DESC, id LIMIT ?""", [*params, limit])


def activity_window(con: Con, entity_type: str = "mineral",
                    least: int = 3) -> tuple[date | None, str]:
    """The start of the period the overview ranks activity over, and its label: the latest
    month of the store, widened to three or twelve months (or all time) while it names fewer
    than ``least`` entities of the type, so a sparse store still shows something honest."""
    month = latest_month(con)
    if month is None:
        return None, "all time"
    for months in (1, 3, 12):
        start = _months_before(month, months - 1)
        if len(top_entities(con, entity_type, start, limit=least)) >= least:
            if months == 1:
                return start, month.strftime("%B %Y")
            return start, f"{start.strftime('%b %Y')} – {month.strftime('%b %Y')}"
    return None, "all time"


def _months_before(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def mineral_monthly(con: Con, limit: int = 8) -> list[dict[str, Any]]:
    """Events per month for the ``limit`` minerals named in most events."""
    prepare(con)
    return _rows(con, f"""
        WITH m AS (SELECT m.* FROM {IDX}.ent_month m JOIN entities n ON n.id = m.entity_id
                   WHERE n.type = 'mineral'),
        top AS (SELECT entity_id FROM m GROUP BY ALL ORDER BY sum(n) DESC, entity_id LIMIT ?)
        SELECT strftime(m.month, '%Y-%m') AS month, m.entity_id AS id, n.name, sum(m.n) AS n
        FROM m JOIN top USING (entity_id) JOIN entities n ON n.id = m.entity_id
        WHERE m.month <= current_date GROUP BY ALL ORDER BY month, id""", [limit])


def overview(con: Con) -> dict[str, Any]:
    """Everything the overview page shows."""
    prepare(con)
    since, window = activity_window(con, "mineral")
    country_since, country_window = activity_window(con, "country")
    return {
        "counts": counts(con),
        "month": latest_month(con),
        "window": window,
        "country_window": country_window,
        "by_type": {t: int(n) for t, n in con.execute(
            f"SELECT type, sum(n) FROM {IDX}.ev_month GROUP BY type ORDER BY sum(n) DESC, type"
        ).fetchall()},
        "monthly": monthly_counts(con),
        "mineral_monthly": mineral_monthly(con),
        "top_minerals": top_entities(con, "mineral", since),
        "top_countries": top_entities(con, "country", country_since),
        "latest_events": list_events(con, EventQuery(until=date.today(), limit=12)),
    }


def search(con: Con, q: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Entities whose name, id, alias or listing holds ``q``; articles whose title does;
    events whose evidence does."""
    needle = q.lower()
    entities = _rows(con, """
        SELECT id, type, name, country, listings FROM entities
        WHERE contains(lower(name), ?) OR contains(lower(id), ?)
           OR contains(lower(array_to_string(coalesce(aliases, []), '|')), ?)
           OR contains(lower(array_to_string(coalesce(listings, []), '|')), ?)
        ORDER BY (lower(name) = ?) DESC, length(name), id LIMIT ?""",
                     [needle, needle, needle, needle, needle, limit])
    _, articles = list_articles(con, q=q, limit=limit)
    events = list_events(con, EventQuery(q=q, limit=limit))
    return {"entities": entities, "articles": articles, "events": events}
