"""What the news says about a mineral: its events by month and its diversification signals.

A diversification signal is a country or organisation that an event names as a new source
of the mineral (the origin of a shipment, the location of a new facility or discovery, a party
to a supply agreement) and that is not among today's top-three producers. Each signal keeps
the evidence sentence of its event, so a reader can check it.
"""

from __future__ import annotations

from collections.abc import Collection

import duckdb
import pandas as pd

from mineralwatch.analyse import crosswalk
from mineralwatch.extract.geo import country_of_place

# (event type, argument role) pairs that name a source of supply.
SOURCE_ROLES = ("shipment/origin", "facility/location", "discovery/location", "agreement/party")
# A facility being closed or suspended is no new source.
ENDINGS = ("close", "closed", "closure", "closing", "shut", "shut down", "shutdown", "suspended",
           "halted", "curtailed")

SIGNAL_COLUMNS = [
    "source", "kind", "name", "country", "role", "event_type", "event_kind", "event_id",
    "article_id", "date", "published", "title", "evidence", "confidence",
]
MONTH_COLUMNS = ["month", "type", "events"]

# Events touching one of the minerals, from articles that are not near-duplicates.
_TOUCHING = """
    SELECT DISTINCT e.*
    FROM events e
    JOIN event_arguments a ON a.event_id = e.id
    LEFT JOIN articles ar ON ar.id = e.article_id
    WHERE a.role = 'commodity'
      AND list_contains($minerals, coalesce(a.entity_id, a.value))
      AND ar.duplicate_of IS NULL
"""


def _has_news(con: duckdb.DuckDBPyConnection | None) -> bool:
    if con is None:
        return False
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'event_arguments'"
    ).fetchone()
    return bool(row and row[0])


def events_by_month(con: duckdb.DuckDBPyConnection | None, minerals: list[str]) -> pd.DataFrame:
    """Events whose commodity is one of ``minerals``, counted by month and type.

    The month is the event's own date where it is known to the day or month, else the month
    the article was published (a year-only date says nothing about the month).
    """
    if not _has_news(con):
        return pd.DataFrame(columns=MONTH_COLUMNS)
    sql = f"""
        WITH touching AS ({_TOUCHING})
        SELECT coalesce(
                 CASE WHEN t.date_precision IN ('day', 'month') AND t.date_start IS NOT NULL
                      THEN strftime(t.date_start, '%Y-%m') END,
                 CASE WHEN t.date_precision IN ('day', 'month')
                           AND regexp_matches(t.date, '^[0-9]{{4}}-[0-9]{{2}}')
                      THEN substr(t.date, 1, 7) END,
                 strftime(ar.published_date, '%Y-%m')) AS month,
               t.type, count(*) AS events
        FROM touching t LEFT JOIN articles ar ON ar.id = t.article_id
        GROUP BY ALL
        HAVING month IS NOT NULL
        ORDER BY month, t.type
    """
    return con.execute(sql, {"minerals": minerals}).df()  # type: ignore[union-attr]


def diversification_signals(con: duckdb.DuckDBPyConnection | None, minerals: list[str],
                            exclude: Collection[str] = ()) -> pd.DataFrame:
    """Sources the news names for ``minerals`` outside ``exclude`` (today's top producers).

    A place counts as its country (``place:CA-BC`` → ``country:CA``) and an organisation as
    the country the store gives it, so neither can slip a top producer back in.
    """
    if not _has_news(con):
        return pd.DataFrame(columns=SIGNAL_COLUMNS)
    sql = f"""
        WITH touching AS ({_TOUCHING})
        SELECT a.value AS source, ent.type AS entity_type, ent.name AS name,
               ent.country AS entity_country, a.role, t.type AS event_type,
               t.kind AS event_kind, t.id AS event_id, t.article_id, t.date,
               CAST(ar.published_date AS VARCHAR) AS published, ar.title,
               t.evidence_text AS evidence, t.confidence
        FROM touching t
        JOIN event_arguments a ON a.event_id = t.id
        LEFT JOIN entities ent ON ent.id = a.value
        LEFT JOIN articles ar ON ar.id = t.article_id
        WHERE list_contains($roles, t.type || '/' || a.role)
          AND (a.value LIKE 'country:%' OR a.value LIKE 'org:%' OR a.value LIKE 'place:%')
          AND NOT list_contains($endings, lower(coalesce(t.kind, '')))
          AND NOT EXISTS (SELECT 1 FROM event_arguments s WHERE s.event_id = t.id
                          AND s.role = 'status' AND list_contains($endings, lower(s.value)))
        ORDER BY coalesce(ar.published_date, t.date_start) DESC NULLS LAST, t.id, a.value
    """
    found = con.execute(  # type: ignore[union-attr]
        sql, {"minerals": minerals, "roles": list(SOURCE_ROLES), "endings": list(ENDINGS)}
    ).df()
    if found.empty:
        return pd.DataFrame(columns=SIGNAL_COLUMNS)
    found["kind"] = found["source"].str.split(":").str[0].replace({"org": "organisation"})
    found["country"] = [
        _country_of(source, entity_country)
        for source, entity_country in zip(found["source"], found["entity_country"], strict=True)
    ]
    found["name"] = [
        name if isinstance(name, str) and name
        else crosswalk.country_name(source) if source.startswith("country:") else source
        for name, source in zip(found["name"], found["source"], strict=True)
    ]
    keep = ~found["country"].isin(set(exclude))
    return found.loc[keep, SIGNAL_COLUMNS].drop_duplicates(["event_id", "source"]) \
        .reset_index(drop=True)


def _country_of(source: str, entity_country: object) -> str | None:
    if source.startswith("country:"):
        return source
    if source.startswith("place:"):
        return country_of_place(source)
    return entity_country if isinstance(entity_country, str) and entity_country else None
