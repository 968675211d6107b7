"""Every read query of the store, shared by the REST API, the dashboard and the CLI.

Functions take a DuckDB connection (or cursor) and return plain dicts and lists, so the three
front ends show the same answers. All SQL is parameterised: every value is a ``?``
parameter; the statements themselves are assembled only from fixed fragments of this module
and of ``readindex``, whose derived tables (under ``IDX``) most queries read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar

import duckdb
import numpy as np

from mineralwatch.store.highlight import evidence_highlights
from mineralwatch.store.highlight import segments as segments  # re-exported for the pages
from mineralwatch.store.readindex import IDX, fingerprint, one_row, prepare

EVENT_TYPES = ("shipment", "agreement", "investment", "acquisition", "facility", "policy",
               "discovery", "production", "market_move")
MAX_LIMIT = 500

Con = duckdb.DuckDBPyConnection
_T = TypeVar("_T")

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


def qmarks(n: int) -> str:
    """``n`` bound-parameter marks for an ``IN (...)`` list."""
    return ", ".join("?" * n)


# Ids per lookup: DuckDB uses the id indexes for ``IN`` lists this short, not for long ones.
CHUNK = 100


def chunks(items: list[_T], size: int = CHUNK) -> Iterator[list[_T]]:
    """``items`` in consecutive lists of at most ``size``."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def article_titles(con: Con, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    """Article id → (title, published), looked up by chunks of ids."""
    titles: dict[str, tuple[str | None, str | None]] = {}
    for chunk in chunks(sorted(set(ids))):
        titles.update((r[0], (r[1], r[2])) for r in con.execute(
            f"SELECT id, title, published FROM articles WHERE id IN ({qmarks(len(chunk))})",
            chunk).fetchall())
    return titles


def dict_rows(con: Con, sql: str, params: list | tuple = ()) -> list[dict[str, Any]]:
    """The query's rows as dicts keyed by column name."""
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _set_filters(filters: Iterable[tuple[str, Any]]) -> tuple[list[str], list[Any]]:
    """The conditions of the filters that have a value, and their parameters (a condition
    takes its value once for each ``?`` it holds)."""
    conds: list[str] = []
    params: list[Any] = []
    for cond, value in filters:
        if value:
            conds.append(cond)
            params += [value] * cond.count("?")
    return conds, params


def _where(conds: list[str]) -> str:
    return (" WHERE " + " AND ".join(conds)) if conds else ""


# --- events ---------------------------------------------------------------------------------

# The event names the entity in an argument (linked to it, or a literal value equal to it).
_NAMES = f"ev.n IN (SELECT n FROM {IDX}.ea WHERE key = ?)"
_NAMES_LISTING = (f"ev.n IN (SELECT n FROM {IDX}.ea WHERE key = ? OR key IN "
                  "(SELECT id FROM entities WHERE list_contains(listings, ?)))")


def _event_where(query: EventQuery) -> tuple[list[str], list[Any]]:
    """Conditions on the index's events (alias ``ev``) and their parameters."""
    conds, params = _set_filters((
        ("ev.type = ?", query.type), ("ev.kind = ?", query.kind),
        ("ev.article_id = ?", query.article),
        (_NAMES, query.mineral), (_NAMES, query.country), (_NAMES, query.organisation),
        (_NAMES_LISTING, query.listing),
        ("ev.date_start >= ?", query.since), ("ev.date_start <= ?", query.until),
        # A scan of the lower-cased evidence (a word index did not pay on a million events:
        # common words have postings as long as the scan).
        ("contains(ev.evidence, ?)", query.q and query.q.lower()),
    ))
    if query.min_confidence is not None:  # unlike the other filters, 0 is a value
        conds.append("ev.confidence >= ?")
        params.append(query.min_confidence)
    return conds, params


def _page_size(query: EventQuery) -> int:
    return max(0, min(query.limit, MAX_LIMIT))


SORTS = {
    "date_desc": "ev.n",
    "date_asc": "ev.date_start ASC NULLS LAST, ev.n DESC",
    "confidence_desc": "ev.confidence DESC NULLS LAST, ev.n",
    "confidence_asc": "ev.confidence ASC NULLS LAST, ev.n",
}


def count_events(con: Con, query: EventQuery) -> int:
    """How many events match, without fetching any."""
    prepare(con)
    conds, params = _event_where(query)
    return int(one_row(con, f"SELECT count(*) FROM {IDX}.ev ev{_where(conds)}", params)[0])


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
    ns = con.execute(f"SELECT ev.n FROM {IDX}.ev ev{_where(conds)}", params).fetchnumpy()["n"]
    total = len(ns)
    end = min(total, query.offset + _page_size(query))
    if end <= query.offset:
        return total, []
    first = np.partition(ns, end - 1)[:end] if end < total else ns
    page = [int(n) for n in np.sort(first)[query.offset:end]]
    ids = [r[0] for r in con.execute(f"SELECT id FROM {IDX}.ev WHERE n IN "
                                     f"({qmarks(len(page))}) ORDER BY n", page).fetchall()]
    return total, _fetch_events(con, ids)


def list_events(con: Con, query: EventQuery) -> list[dict[str, Any]]:
    """One page of events (no total: summaries that show the latest few skip the count)."""
    prepare(con)
    conds, params = _event_where(query)
    limit = _page_size(query)
    if not conds and query.sort == "date_desc":
        # ev is stored in this order, numbered from 1: the page is a range of n, which zone
        # maps find without reading the rest.
        found = con.execute(f"SELECT id FROM {IDX}.ev WHERE n > ? AND n <= ? ORDER BY n",
                            [query.offset, query.offset + limit]).fetchall()
    else:
        # A top-N keeps only the page's rows; the count, when wanted, is a second query over
        # the filtered columns only (cheaper than one pass with count(*) OVER ()).
        order = SORTS.get(query.sort, SORTS["date_desc"])
        found = con.execute(f"SELECT ev.id FROM {IDX}.ev ev{_where(conds)} ORDER BY {order} "
                            "LIMIT ? OFFSET ?", [*params, limit, query.offset]).fetchall()
    return _fetch_events(con, [row[0] for row in found])


def _fetch_events(con: Con, ids: list[str]) -> list[dict[str, Any]]:
    """Full rows of these events, in this order, with their details."""
    if not ids:
        return []
    cols = ", ".join(f'"{c}"' for c in _EVENT_COLUMNS)
    by_id = {r["id"]: r for r in dict_rows(
        con, f"SELECT {cols} FROM events WHERE id IN ({qmarks(len(ids))})", ids)}
    return attach_event_details(con, [by_id[i] for i in ids if i in by_id])


def attach_event_details(con: Con, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``arguments`` (role → [{value, entity_id, name, type}]), the article's title and
    date, and ``highlights``: the mentions inside the evidence sentence, relative to it."""
    if not rows:
        return rows
    ids = [r["id"] for r in rows]
    args: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for a in dict_rows(con, "SELECT a.event_id, a.role, a.value, a.entity_id, n.name, n.type "
                        "FROM event_arguments a LEFT JOIN entities n ON n.id = a.entity_id "
                        f"WHERE a.event_id IN ({qmarks(len(ids))})", ids):
        args[a["event_id"]][a["role"]].append(
            {"value": a["value"], "entity_id": a["entity_id"], "name": a["name"],
             "type": a["type"]})
    article_ids = sorted({r["article_id"] for r in rows})
    articles = {a["id"]: a for a in dict_rows(
        con, "SELECT id, title, source, published FROM articles "
             f"WHERE id IN ({qmarks(len(article_ids))})", article_ids)}
    mentions: dict[str, list[dict]] = defaultdict(list)
    for m in dict_rows(con, 'SELECT m.article_id, m.entity_id, m.start, m."end", n.type '
                        "FROM mentions m LEFT JOIN entities n ON n.id = m.entity_id "
                        f"WHERE m.article_id IN ({qmarks(len(article_ids))})", article_ids):
        mentions[m["article_id"]].append(m)
    for r in rows:
        r["arguments"] = dict(args.get(r["id"], {}))
        art = articles.get(r["article_id"], {})
        r["article_title"] = art.get("title")
        r["article_source"] = art.get("source")
        r["article_published"] = art.get("published")
        r["highlights"] = evidence_highlights(r, mentions.get(r["article_id"], []))
    return rows


# --- articles -------------------------------------------------------------------------------

def list_articles(con: Con, *, q: str | None = None, mineral: str | None = None,
                  entity: str | None = None, since: date | None = None,
                  until: date | None = None, limit: int = 50,
                  offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """The number of matching articles and one page of them, newest first."""
    conds, params = _set_filters((
        ("contains(lower(a.title), ?)", q and q.lower()),
        ("list_contains(a.minerals, ?)", mineral),
        ("a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)", entity),
        ("a.published_date >= ?", since), ("a.published_date <= ?", until)))
    where = _where(conds)
    total = one_row(con, f"SELECT count(*) FROM articles a{where}", params)[0]
    rows = dict_rows(con, "SELECT a.id, a.title, a.source, a.published, a.url, a.minerals, "
                      "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events "
                      f"FROM (SELECT * FROM articles a{where} "
                      "ORDER BY a.published_date DESC NULLS LAST, a.id LIMIT ? OFFSET ?) a "
                      "ORDER BY a.published_date DESC NULLS LAST, a.id",
                 [*params, min(limit, MAX_LIMIT), offset])
    return int(total), rows


def get_article(con: Con, article_id: str) -> dict[str, Any] | None:
    """The article with its entities, their mentions (offsets into ``text``) and its events."""
    found = dict_rows(con, "SELECT id, title, source, published, url, author, text, minerals, "
                       "duplicate_of FROM articles WHERE id = ?", [article_id])
    if not found:
        return None
    article = found[0]
    mentions = dict_rows(con, 'SELECT m.entity_id, m.start, m."end", m.text, n.type '
                          "FROM mentions m LEFT JOIN entities n ON n.id = m.entity_id "
                          'WHERE m.article_id = ? ORDER BY m.start, m."end" DESC', [article_id])
    entities = dict_rows(con, "SELECT n.id, n.type, n.name, n.country, n.listings, "
                          "ae.salience, ae.mentions FROM article_entities ae "
                          "JOIN entities n ON n.id = ae.entity_id WHERE ae.article_id = ? "
                          "ORDER BY ae.salience DESC NULLS LAST, n.id", [article_id])
    known = {e["id"] for e in entities}
    missing = sorted({m["entity_id"] for m in mentions} - known)
    if missing:  # mentions without an article_entities row still name an entity
        entities += dict_rows(con, "SELECT id, type, name, country, listings, NULL AS salience, "
                               f"NULL AS mentions FROM entities WHERE id IN "
                               f"({qmarks(len(missing))})", missing)
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
    found = dict_rows(con, "SELECT id, type, name, country, listings, aliases FROM entities "
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
    return dict_rows(con, f"""
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
        return dict_rows(con, sql, [entity_id])
    return dict_rows(con, f"SELECT strftime(month, '%Y-%m') AS month, type, n FROM {IDX}.ev_month "
                      "WHERE month <= current_date ORDER BY month, type")


SUPPLY_SIGNALS = 20
_SUPPLY_CACHE: dict[tuple[str, str, str], dict[str, Any] | None] = {}


def _supply_profile(con: Con, mineral_id: str) -> dict[str, Any] | None:
    """Supply statistics from ``mineralwatch.analyse.supply``, or None where it has none.

    The profile takes seconds on a large store and depends only on the store's content, so it
    is kept per store fingerprint.
    """
    path = con.execute("SELECT path FROM duckdb_databases() "
                       "WHERE database_name = current_database()").fetchone()
    key = (str(path[0] if path else ""), fingerprint(con), mineral_id)
    if key not in _SUPPLY_CACHE:
        _SUPPLY_CACHE[key] = _compute_supply_profile(con, mineral_id)
    return _SUPPLY_CACHE[key]


def _compute_supply_profile(con: Con, mineral_id: str) -> dict[str, Any] | None:
    # Imported here: the statistics (and pandas) load only when a mineral page is asked for.
    from mineralwatch.analyse import supply

    try:
        found = supply.mineral_profile(con, mineral_id)
    except Exception:  # an unknown mineral, or statistics missing or broken: the page stays up
        return None
    # The news side is this module's job (monthly counts, latest events); keep the
    # statistics and the first signals so a popular mineral's answer stays small.
    found = {k: v for k, v in found.items() if k != "events_by_month"}
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
    if entity is None or entity["type"] != "organization":
        return None
    entity["country_name"] = get_entity_name(con, entity["country"]) if entity["country"] else None
    entity["co_organisations"] = dict_rows(con, f"""
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
    return dict_rows(con, "SELECT n.id, n.type, n.name, coalesce(c.events, 0) AS events "
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
    conds, params = _set_filters((("mineral = ?", mineral), ("type = ?", type),
                                  ("date_start >= ?", since), ("date_start <= ?", until)))
    if since or until:
        source = (f"(SELECT mineral, origin, destination, type, count(DISTINCT event_id) "
                  f"AS events FROM {IDX}.flow_pairs{_where(conds)} GROUP BY ALL)")
    else:  # the pre-aggregated pairs
        source = f"(SELECT * FROM {IDX}.flow_agg{_where(conds)})"
    rows = dict_rows(con, f"SELECT * FROM {source} "
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
    return dict_rows(con, "SELECT f.mineral AS id, n.name, f.events "
                      f"FROM {IDX}.flow_minerals f LEFT JOIN entities n ON n.id = f.mineral "
                      "ORDER BY events DESC, id")


def _names(con: Con, ids: set[str]) -> dict[str, str]:
    ids_list = sorted(i for i in ids if i)
    if not ids_list:
        return {}
    return dict(con.execute(f"SELECT id, name FROM entities WHERE id IN ({qmarks(len(ids_list))})",
                            ids_list).fetchall())


# --- overview and search --------------------------------------------------------------------

def counts(con: Con) -> dict[str, int]:
    """Rows per table: the size of the knowledge base at a glance."""
    row = one_row(con, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                       "(SELECT count(*) FROM entities), (SELECT count(*) FROM mentions)")
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
    where = " AND m.month <= current_date"
    params: list[Any] = [entity_type]
    if since:
        where += " AND m.month >= ?"
        params.append(since)
    return dict_rows(con, f"""
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
    return dict_rows(con, f"""
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
    entities = dict_rows(con, """
        SELECT id, type, name, country, listings FROM entities
        WHERE contains(lower(name), ?) OR contains(lower(id), ?)
           OR contains(lower(array_to_string(coalesce(aliases, []), '|')), ?)
           OR contains(lower(array_to_string(coalesce(listings, []), '|')), ?)
        ORDER BY (lower(name) = ?) DESC, length(name), id LIMIT ?""",
                     [needle, needle, needle, needle, needle, limit])
    _, articles = list_articles(con, q=q, limit=limit)
    events = list_events(con, EventQuery(q=q, limit=limit))
    return {"entities": entities, "articles": articles, "events": events}
