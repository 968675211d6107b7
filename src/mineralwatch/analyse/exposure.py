"""Exposure: the listed companies the news ties to a mineral, and how their shares moved
around that news.

A company is tied to a mineral when it has a listing and either is an argument of an event
whose commodity is the mineral (any role: owner, party, investor, target…) or is salient
(``SALIENCE_THRESHOLD``) in an article about the mineral (``articles.minerals``). A mineral
group covers its members: rare earths include neodymium and dysprosium.

No price data is available offline, so "how the shares moved" is the news's own account: the
company's ``market_move`` events ("shares jumped 50%", "fell 11% to A$4.10") dated within
``window`` days of one of its ties, each with its evidence sentence and the nearest tie. A
move is not its own tie: the news around it is the company's other events about the mineral
and the articles about the mineral it leads. Near-duplicate articles and denied events
count for nothing. An event's date is its own when known to the day, else its article's.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from mineralwatch.analyse import crosswalk
from mineralwatch.analyse.changes import NEWS_DATE, BadWatch, watch_mineral
from mineralwatch.store.queries import article_titles, chunks, dict_rows, qmarks
from mineralwatch.store.readindex import IDX, derived

# Salience reads as the chance the article is about the entity. Above the 0.5 that decides
# what minerals an article is about: on the demo corpus an analyst's bank, an exchange or a
# company named once in passing scores 0.5-0.6, a company the story is about 0.6 and up.
SALIENCE_THRESHOLD = 0.6
DEFAULT_WINDOW = 5
MAX_WINDOW = 365
COMPANIES = 10
MOVES_PER_COMPANY = 3

Con = duckdb.DuckDBPyConnection


def _build_ties(con: Con, table: str) -> None:
    """Per mineral, listed company and day: its events about the mineral (``events``; ``news``
    leaves out market moves) and the articles about the mineral it is salient in, with one
    event and one article of the day to show as "the news"."""
    groups = [(m, g.id) for g in crosswalk.minerals().values()
              for m in crosswalk.group_members(g.id)]
    con.execute(f"CREATE OR REPLACE TABLE {IDX}.exposure_groups (member VARCHAR, grp VARCHAR)")
    if groups:
        con.executemany(f"INSERT INTO {IDX}.exposure_groups VALUES (?, ?)", groups)
    con.execute(f"""
        CREATE OR REPLACE TABLE {table} AS
        WITH art AS (SELECT id, minerals, {NEWS_DATE} AS day FROM articles
                     WHERE duplicate_of IS NULL),
        listed AS (SELECT id AS org, unnest(list_prepend(id, listings)) AS key FROM entities
                   WHERE len(listings) > 0 AND type = 'organization'),
        ok AS (SELECT ev.n, ev.type,
                      coalesce(CASE WHEN e.date_precision = 'day' THEN e.date_start END,
                               art.day) AS day
               FROM {IDX}.ev ev JOIN art ON art.id = ev.article_id
               JOIN events e ON e.id = ev.id
               WHERE e.modality IS DISTINCT FROM 'denied'),
        com AS (SELECT n, key AS mineral FROM {IDX}.ea
                WHERE role = 'commodity' AND key LIKE 'mineral:%'
                UNION SELECT ea.n, g.grp FROM {IDX}.ea ea
                JOIN {IDX}.exposure_groups g ON g.member = ea.key WHERE ea.role = 'commodity'),
        orgs AS (SELECT DISTINCT ea.n, listed.org FROM {IDX}.ea ea
                 JOIN listed ON listed.key = ea.key),
        by_event AS (
            SELECT com.mineral, orgs.org, ok.day, count(DISTINCT ok.n) AS events,
                   count(DISTINCT ok.n) FILTER (ok.type <> 'market_move') AS news,
                   min(ok.n) FILTER (ok.type <> 'market_move') AS event_ref
            FROM com JOIN orgs ON orgs.n = com.n JOIN ok ON ok.n = com.n GROUP BY ALL),
        about AS (SELECT id, day, unnest(minerals) AS mineral FROM art),
        about_all AS (SELECT id, day, mineral FROM about
                      UNION SELECT about.id, about.day, g.grp FROM about
                      JOIN {IDX}.exposure_groups g ON g.member = about.mineral),
        by_article AS (
            SELECT a.mineral, ae.entity_id AS org, a.day, count(DISTINCT a.id) AS articles,
                   min(a.id) AS article_ref
            FROM article_entities ae JOIN about_all a ON a.id = ae.article_id
            WHERE ae.salience >= {SALIENCE_THRESHOLD}
              AND ae.entity_id IN (SELECT org FROM listed)
            GROUP BY ALL)
        SELECT mineral, org, day, coalesce(e.events, 0) AS events, coalesce(e.news, 0) AS news,
               e.event_ref, coalesce(a.articles, 0) AS articles, a.article_ref
        FROM by_event e FULL JOIN by_article a USING (mineral, org, day)
        ORDER BY mineral, org, day""")


# The market moves of listed companies: the subject is the company or one of its listings.
_MOVES = f"""
CREATE OR REPLACE TABLE {{table}} AS
WITH listed AS (SELECT id AS org, unnest(list_prepend(id, listings)) AS key FROM entities
                WHERE len(listings) > 0 AND type = 'organization'),
art AS (SELECT id, {NEWS_DATE} AS day FROM articles WHERE duplicate_of IS NULL)
SELECT DISTINCT listed.org,
       coalesce(CASE WHEN e.date_precision = 'day' THEN e.date_start END, art.day) AS day,
       ev.n
FROM {IDX}.ev ev JOIN art ON art.id = ev.article_id JOIN events e ON e.id = ev.id
JOIN {IDX}.ea ea ON ea.n = ev.n AND ea.role = 'subject' JOIN listed ON listed.key = ea.key
WHERE ev.type = 'market_move' AND e.modality IS DISTINCT FROM 'denied'
ORDER BY org, day
"""


def prepare(con: Con) -> tuple[str, str]:
    """The derived tables of ties and moves, built now if the store has changed: a server
    calls this at start-up so that its first request does not pay for it."""
    return derived(con, "exposure_ties", _build_ties), derived(con, "exposure_moves", _MOVES)


def exposure(con: Con, mineral: str, window: int = DEFAULT_WINDOW, limit: int = COMPANIES,
             moves: int = MOVES_PER_COMPANY) -> dict[str, Any]:
    """The listed companies tied to ``mineral`` (name, symbol or id), most ties first, each
    with its share moves within ``window`` days of its ties, newest first.

    Raises ``BadWatch`` on an unknown mineral or a window outside 0..``MAX_WINDOW``.
    """
    watched = watch_mineral(mineral)
    if not 0 <= window <= MAX_WINDOW:
        raise BadWatch("window", f"{window} days; the window is 0 to {MAX_WINDOW} days")
    answer: dict[str, Any] = {
        "mineral": {"id": watched.id, "name": watched.name, "covers": list(watched.keys)},
        "window_days": window, "salience_threshold": SALIENCE_THRESHOLD,
        "total": 0, "companies": []}
    ties, move_table = prepare(con)
    companies = dict_rows(con, f"""
        SELECT c.*, n.name, n.country, n.listings, count(*) OVER () AS total FROM (
            SELECT org AS id, sum(events)::INTEGER AS events,
                   sum(articles)::INTEGER AS articles, min(day) AS first, max(day) AS last
            FROM {ties} WHERE mineral = ? GROUP BY ALL) c
        JOIN entities n ON n.id = c.id
        ORDER BY c.events + c.articles DESC, c.last DESC NULLS LAST, c.id LIMIT ?""",
                      [watched.id, max(0, limit)])
    if not companies:
        return answer
    answer["total"] = int(companies[0]["total"])
    found = _moves_near(con, ties, move_table, watched.id, [c["id"] for c in companies],
                        window, max(0, moves))
    details = _move_details(con, found)
    ties_near = _tie_events(con, found)
    for c in companies:
        del c["total"]
        mine = [m for m in found if m["org"] == c["id"]]
        c["moves_total"] = int(mine[0]["total"]) if mine else 0
        c["moves"] = [details[m["n"]] | {"near": _near(m, ties_near)} for m in mine
                      if m["n"] in details]
    answer["companies"] = companies
    return answer


def _moves_near(con: Con, ties: str, move_table: str, mineral: str, orgs: list[str],
                window: int, per_company: int) -> list[dict[str, Any]]:
    """Each company's newest moves within ``window`` days of one of its ties, with the
    nearest tie and the company's number of such moves (``total``)."""
    marks = qmarks(len(orgs))
    # Companies are numbered by their place in ``orgs`` (integer joins). A move is near when
    # its day is one the company's news covers, window included: an equality join where
    # comparing every move with every tie would be a band join. The nearest tie of the few
    # moves kept is the last on or before the move or the first after it: two as-of joins.
    found = dict_rows(con, f"""
        WITH a AS MATERIALIZED (
            SELECT list_position(?, org) AS org, day, event_ref, article_ref FROM {ties}
            WHERE mineral = ? AND org IN ({marks}) AND (news > 0 OR articles > 0)
              AND day IS NOT NULL),
        covered AS (SELECT DISTINCT org, day + t.d::INTEGER AS day
                    FROM a, range(-?, ? + 1) t(d)),
        near AS (SELECT list_position(?, m.org) AS org, m.day, m.n FROM {move_table} m
                 WHERE m.org IN ({marks}) AND (list_position(?, m.org), m.day) IN
                       (SELECT (org, day) FROM covered)),
        top AS (SELECT org, day, n, count(*) OVER (PARTITION BY org) AS total FROM near
                QUALIFY row_number() OVER (PARTITION BY org ORDER BY day DESC, n) <= ?),
        candidates AS (
            SELECT top.*, a.day AS tie_day, a.event_ref, a.article_ref
            FROM top ASOF JOIN a ON top.org = a.org AND top.day >= a.day
            UNION ALL
            SELECT top.*, a.day AS tie_day, a.event_ref, a.article_ref
            FROM top ASOF JOIN a ON top.org = a.org AND top.day <= a.day)
        SELECT *, day - tie_day AS days FROM candidates
        QUALIFY row_number() OVER (PARTITION BY org, n
                                   ORDER BY abs(day - tie_day), tie_day) = 1
        ORDER BY org, day DESC, n""",
                  [orgs, mineral, *orgs, window, window, orgs, *orgs, orgs, per_company])
    for move in found:
        move["org"] = orgs[move["org"] - 1]
        move["days"], move["total"] = int(move["days"]), int(move["total"])
    return found


def _move_details(con: Con, found: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The moves with their change, price, evidence and article, keyed by event number."""
    ns = sorted({m["n"] for m in found})
    out: dict[int, dict[str, Any]] = {}
    for chunk in chunks(ns):
        # Constant id lists let DuckDB use the id indexes instead of scanning every event.
        ids = dict(con.execute(f"SELECT id, n FROM {IDX}.ev WHERE n IN ({qmarks(len(chunk))})",
                               chunk).fetchall())
        if not ids:
            continue
        events = dict_rows(con, "SELECT id, type, kind, date, evidence_text AS evidence, "
                            f"confidence, article_id FROM events WHERE id IN ({qmarks(len(ids))})",
                       list(ids))
        titles = article_titles(con, (e["article_id"] for e in events))
        for e in events:
            title, published = titles.get(e["article_id"], (None, None))
            out[ids[e["id"]]] = {
                "event_id": e["id"], "type": e["type"], "kind": e["kind"], "date": e["date"],
                "evidence": e["evidence"], "confidence": e["confidence"],
                "article": {"id": e["article_id"], "title": title, "published": published},
                "change_pct": None, "price": None, "currency": None}
        # Filtered here: a condition on the role would stop DuckDB using the event_id index.
        for event_id, role, value in con.execute(
                "SELECT event_id, role, value FROM event_arguments WHERE event_id IN "
                f"({qmarks(len(ids))})", list(ids)).fetchall():
            if role in ("change_pct", "price"):
                _set_figure(out[ids[event_id]], role, value)
    for m in found:
        if m["n"] in out:
            out[m["n"]]["date"] = m["day"]
    return out


def _tie_events(con: Con, found: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The events the moves are nearest, from the read index alone (id, type, kind): cheap,
    and the id is enough to fetch the rest."""
    ns = sorted({m["event_ref"] for m in found if m["event_ref"] is not None})
    if not ns:
        return {}
    return {r["n"]: r for r in dict_rows(con, f"SELECT n, id AS event_id, type, kind FROM {IDX}.ev "
                                          f"WHERE n IN ({qmarks(len(ns))})", ns)}


def _set_figure(move: dict[str, Any], role: str, value: str) -> None:
    """``change_pct`` is a literal number; ``price`` a JSON money value."""
    try:
        if role == "change_pct":
            move["change_pct"] = float(value.strip().rstrip("%"))
        else:
            money = json.loads(value)
            move["price"], move["currency"] = money.get("amount"), money.get("currency")
    except (ValueError, TypeError, AttributeError):
        return  # an unreadable figure leaves the move without it; the evidence remains


def _near(move: dict[str, Any], events: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """The tie nearest a move: its day, the offset in days (positive: the move came after
    the news), and the event or article it was."""
    event = events.get(move["event_ref"]) if move["event_ref"] is not None else None
    return {
        "date": move["tie_day"], "days": int(move["days"]),
        "event": {k: event[k] for k in ("event_id", "type", "kind")} if event else None,
        "article_id": None if event else move["article_ref"],
    }
