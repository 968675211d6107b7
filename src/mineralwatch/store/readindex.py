"""The read index: derived tables that keep the read queries under 100 ms on a million events.

Filtering a million events by an argument means semi-joins on string ids over millions of
argument rows: 100-800 ms. So the first query on a store builds a derived index in an
in-memory database attached beside it (DuckDB allows that on a read-only store, and every
cursor of the connection sees it): events numbered by date with integer keys, arguments
sorted by entity (zone maps then skip all but a few row groups), and small pre-aggregates
(entity × month × type, entity co-occurrence, flow pairs). It is rebuilt when the store's
row counts change, so a writer's additions show up on the next query.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

import duckdb

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

# Flow pairs, one row per event × mineral × origin × destination; the rules are told in
# ``queries.flows``.
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


def one_row(con: duckdb.DuckDBPyConnection, sql: str,
            params: Sequence[Any] = ()) -> tuple[Any, ...]:
    """The row of a query that always returns one: an aggregate, a count of the catalogue."""
    row = con.execute(sql, list(params)).fetchone()
    if row is None:
        raise LookupError(f"the query returned no row: {sql.strip()[:80]}")
    return row


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """Row counts of the tables the index derives from: they change whenever a writer adds."""
    row = one_row(con, "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM "
                       "event_arguments), (SELECT count(*) FROM article_entities), "
                       "(SELECT count(*) FROM entities)")
    return ":".join(map(str, row))


def _index_state(con: duckdb.DuckDBPyConnection) -> tuple[str, bool] | None:
    """(fingerprint, read-only) of the index this connection sees, or None without one."""
    try:
        row = con.execute(f"SELECT fingerprint, readonly FROM {IDX}.meta").fetchone()
    except duckdb.CatalogException:
        return None
    return (row[0], bool(row[1])) if row else None


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Build (or rebuild, when the store changed) the read index; cheap when up to date.

    Every query function calls it, so callers need not; the API calls it once at start-up so
    the first visitor does not wait. On a read-only store the index can never go stale (no
    writer can open the file meanwhile), so the check is one tiny query.
    """
    state = _index_state(con)
    if state is not None and state[1]:
        return
    current = fingerprint(con)
    if state is not None and state[0] == current:
        return
    with _BUILD_LOCK:
        state = _index_state(con)
        if state is not None and state[0] == current:
            return
        attached = one_row(con, "SELECT count(*) FROM duckdb_databases() "
                                "WHERE database_name = ?", [IDX])[0]
        if not attached:
            con.execute(f"ATTACH ':memory:' AS {IDX} (READ_WRITE)")
        readonly = one_row(con, "SELECT readonly FROM duckdb_databases() "
                                "WHERE database_name = current_database()")[0]
        con.execute("SET enable_progress_bar = false")
        con.execute(f"DROP TABLE IF EXISTS {IDX}.meta")
        con.execute(_INDEX_SQL)
        con.execute(_FLOWS_SQL)
        con.execute(f"CREATE TABLE {IDX}.meta AS SELECT ?::VARCHAR AS fingerprint, "
                    "?::BOOLEAN AS readonly", [current, bool(readonly)])


def derived(con: duckdb.DuckDBPyConnection, name: str,
            build: str | Callable[[duckdb.DuckDBPyConnection, str], None]) -> str:
    """``{IDX}.name`` made by ``build`` (SQL with a ``{table}`` slot, or a function of the
    connection and the table's name), remade whenever the read index is.

    An analysis's own derived table lives beside the index in its in-memory database and
    carries the index's fingerprint, so a writer's additions show on the next query and a
    read-only store builds it once.
    """
    prepare(con)
    current = one_row(con, f"SELECT fingerprint FROM {IDX}.meta")[0]
    table = f"{IDX}.{name}"
    if _built(con, name) == current:
        return table
    with _BUILD_LOCK:
        if _built(con, name) != current:
            if callable(build):
                build(con, table)
            else:
                con.execute(build.format(table=table))
            con.execute(f"CREATE TABLE IF NOT EXISTS {IDX}.derived_meta "
                        "(name VARCHAR PRIMARY KEY, fingerprint VARCHAR)")
            con.execute(f"INSERT OR REPLACE INTO {IDX}.derived_meta VALUES (?, ?)",
                        [name, current])
    return table


def _built(con: duckdb.DuckDBPyConnection, name: str) -> str | None:
    try:
        row = con.execute(f"SELECT fingerprint FROM {IDX}.derived_meta WHERE name = ?",
                          [name]).fetchone()
    except duckdb.CatalogException:
        return None
    return row[0] if row else None
