"""What changed: the new events touching a watch list of minerals and countries.

"New" is measured on the news's own clock, not the wall clock: an article's date is its
publication date (its ingest date when it has none), and the default period is "since
yesterday" relative to the newest article not dated in the future. So the answer is the same
on a store fed every morning and on an archive ingested in one go years later; a duration
(``1d``, ``7d``, ``2w``) counts back from that newest day too, a date is taken as it is.

The period runs from ``since`` to the newest day, both included; the previous period is the
same number of days just before it, so each count comes with the one it rose or fell from.
Near-duplicate articles and events the text denies count in neither.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb

from mineralwatch.analyse import crosswalk
from mineralwatch.store.queries import article_titles, chunks, dict_rows, qmarks
from mineralwatch.store.readindex import IDX, derived

DEFAULT_SINCE = "1d"
EVENTS_PER_TYPE = 5
MAX_LISTED = 50  # events listed in one answer (counts are always complete)
# Roles through which an event is about a mineral: what is traded, made or controlled, and
# the subject of a price move ("cobalt prices jumped").
MINERAL_ROLES = ("commodity", "subject")
# A ministry or agency acts for its state: through this role an organisation of the country
# counts as the country ("China's commerce ministry imposed export controls").
STATE_ROLES = ("authority",)

_DURATION = re.compile(r"(\d{1,6})\s*([dw])")
# The day an article became news.
NEWS_DATE = "coalesce(published_date, CAST(ingested_at AS DATE))"

Con = duckdb.DuckDBPyConnection


class BadWatch(ValueError):
    """A watch list entry or period the store cannot answer for; ``param`` names the option."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param


@dataclass(frozen=True, slots=True)
class Watch:
    """One watched mineral or country and the canonical ids that stand for it."""

    id: str
    kind: str  # mineral or country
    name: str
    keys: tuple[str, ...]  # a mineral group covers its members


@dataclass(frozen=True, slots=True)
class Period:
    since: date
    until: date

    @property
    def days(self) -> int:
        return max(0, (self.until - self.since).days + 1)

    def previous(self) -> Period:
        """The same number of days just before this period (none before the year 1)."""
        if self.since == date.min:
            return Period(date.min + timedelta(days=1), date.min)  # empty
        return Period(_days_before(self.since, self.days), _days_before(self.since, 1))

    def as_dict(self) -> dict[str, Any]:
        return {"since": self.since, "until": self.until, "days": self.days}


def _days_before(day: date, n: int) -> date:
    try:
        return day - timedelta(days=n)
    except OverflowError:
        return date.min


# --- the watch table (a derived table of the read index) --------------------------------

def _quoted(words: tuple[str, ...]) -> str:
    """Module constants as SQL literals (never user input)."""
    return ", ".join(f"'{w}'" for w in words)


# Every argument that can put an event on a watch list, with the event's news date, type and
# confidence, sorted by key then date: a watched item over a period is one narrow range.
_WATCH_ARGS = f"""
CREATE OR REPLACE TABLE {{table}} AS
WITH art AS (SELECT id, {NEWS_DATE} AS day FROM articles WHERE duplicate_of IS NULL),
ok AS (SELECT ev.n, ev.type, ev.confidence, art.day FROM {IDX}.ev ev
       JOIN art ON art.id = ev.article_id
       WHERE ev.id NOT IN (SELECT id FROM events WHERE modality = 'denied'))
SELECT ea.key, ok.day, ea.n, ea.role, ok.type, ok.confidence
FROM {IDX}.ea ea JOIN ok ON ok.n = ea.n
WHERE (ea.key LIKE 'mineral:%' AND ea.role IN ({_quoted(MINERAL_ROLES)}))
   OR ea.key LIKE 'country:%' OR ea.key LIKE 'place:%' OR ea.role IN ({_quoted(STATE_ROLES)})
ORDER BY ea.key, ok.day
"""


# --- the watch list and the period ----------------------------------------------------------

def watch_mineral(value: str) -> Watch:
    """A mineral as users type it ("antimony", "Sb", "mineral:rare-earths")."""
    try:
        mineral_id = crosswalk.resolve_mineral(value)
    except crosswalk.UnknownMineral as exc:
        raise BadWatch("mineral", str(exc)) from exc
    keys = (mineral_id, *crosswalk.group_members(mineral_id))
    return Watch(mineral_id, "mineral", crosswalk.mineral_name(mineral_id), keys)


def watch_country(value: str) -> Watch:
    """A country by ISO code ("CN", "cd"), id ("country:CN") or name ("Congo (Kinshasa)")."""
    text = value.strip()
    code = text.removeprefix("country:")
    country_id = None
    if re.fullmatch(r"[A-Za-z]{2}", code):
        candidate = f"country:{code.upper()}"
        if crosswalk.country_name(candidate) != candidate:  # pycountry knows the code
            country_id = candidate
    if country_id is None and text and not text.startswith("country:"):
        country_id = crosswalk.country_for_name(text)  # "Pakistan", "DR Congo", "UK"
    if country_id is None:
        raise BadWatch("country", f"no country called {value!r} (an ISO code such as CN, "
                                  "or an id such as country:CN)")
    return Watch(country_id, "country", crosswalk.country_name(country_id), (country_id,))


def newest_day(con: Con) -> date | None:
    """The newest article's date not in the future (a mis-dated article must not move "now"),
    else the newest of all; None on an empty store."""
    row = con.execute(f"SELECT max({NEWS_DATE}) FILTER ({NEWS_DATE} <= current_date), "
                      f"max({NEWS_DATE}) FROM articles").fetchone()
    return (row[0] or row[1]) if row else None


def parse_since(value: str | None, newest: date) -> date:
    """``since`` as a date: ISO ``YYYY-MM-DD`` as given, ``Nd``/``Nw`` counted back from
    ``newest`` (``1d``, the default, is "since yesterday": the newest day and the one before)."""
    text = (value or DEFAULT_SINCE).strip().lower()
    match = _DURATION.fullmatch(text)
    if match:
        days = int(match[1]) * (7 if match[2] == "w" else 1)
        return _days_before(newest, days)  # at most back to year 1
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise BadWatch("since", f"{value!r} is neither a date (YYYY-MM-DD) nor a duration "
                            "such as 1d, 7d or 2w")


# --- the answer -----------------------------------------------------------------------------

def what_changed(con: Con, minerals: list[str] | tuple[str, ...] = (),
                 countries: list[str] | tuple[str, ...] = (), since: str | None = None,
                 min_confidence: float | None = None,
                 limit: int = EVENTS_PER_TYPE) -> dict[str, Any]:
    """New events for the watch list in the period, by watched item and event type, with
    the counts of the previous period beside them.

    With no minerals and no countries every mineral an event names is watched. Raises
    ``BadWatch`` on an unknown mineral or country or an unreadable ``since``; an empty store
    answers with ``period`` None and no groups.
    """
    watch = [watch_mineral(m) for m in minerals] + [watch_country(c) for c in countries]
    watch = list({w.id: w for w in watch}.values())  # "Sb" and "antimony" are one item
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise BadWatch("min_confidence", f"{min_confidence} is not between 0 and 1")
    newest = newest_day(con)
    answer: dict[str, Any] = {
        "period": None, "previous": None, "min_confidence": min_confidence,
        "watch": [{"id": w.id, "kind": w.kind, "name": w.name, "covers": list(w.keys)}
                  for w in watch],
        "events": 0, "previous_events": 0, "groups": [],
    }
    if newest is None:
        parse_since(since, date.today())  # a bad value is still an error
        return answer
    period = Period(parse_since(since, newest), newest)
    before = period.previous()
    answer["period"], answer["previous"] = period.as_dict(), before.as_dict()
    if period.days == 0:
        return answer
    rows, answer["events"], answer["previous_events"] = _counts(
        con, watch, period, before, min_confidence, max(0, limit))
    details = _details(con, _listed(rows))
    answer["groups"] = _groups(con, watch, rows, details)
    return answer


def prepare(con: Con) -> str:
    """The derived table of watched arguments, built now if the store has changed: a server
    calls this at start-up so that its first request does not pay for it."""
    return derived(con, "watch_args", _WATCH_ARGS)


def _matched(con: Con, watch: list[Watch], period: Period, before: Period,
             min_confidence: float | None) -> tuple[str, list[Any]]:
    """SQL of the distinct (watch, event) pairs of both periods, ``cur`` telling which: a
    union of range scans of the derived table, one or two per watched item."""
    table = prepare(con)
    days = "day BETWEEN ? AND ?"
    span = [min(before.since, period.since), period.until]
    branches: list[str] = []
    params: list[Any] = []
    if not watch:  # every mineral, each as itself
        branches.append(f"SELECT key AS watch, n, type, confidence, day FROM {table} "
                        f"WHERE key >= 'mineral:' AND key < 'mineral;' AND {days}")
        params += span
    for w in watch:
        if w.kind == "mineral":  # the table holds only mineral rows of MINERAL_ROLES
            branches.append(f"SELECT ? AS watch, n, type, confidence, day FROM {table} "
                            f"WHERE key IN ({qmarks(len(w.keys))}) AND {days}")
            params += [w.id, *w.keys, *span]
            continue
        code = w.id.removeprefix("country:")
        # place:CN-JX and the like sort between 'place:CN-' and 'place:CN.'.
        branches.append(f"SELECT ? AS watch, n, type, confidence, day FROM {table} "
                        f"WHERE (key = ? OR (key >= ? AND key < ?)) AND {days}")
        params += [w.id, w.id, f"place:{code}-", f"place:{code}.", *span]
        states = [r[0] for r in con.execute(
            "SELECT id FROM entities WHERE country = ? AND type = 'organization'",
            [w.id]).fetchall()]
        if states:
            branches.append(f"SELECT ? AS watch, n, type, confidence, day FROM {table} "
                            f"WHERE key IN ({qmarks(len(states))}) AND {days} "
                            f"AND role IN ({_quoted(STATE_ROLES)})")
            params += [w.id, *states, *span]
    sql = (f"SELECT DISTINCT watch, n, type, confidence, day, day >= ? AS cur "
           f"FROM ({' UNION ALL '.join(branches)}) WHERE coalesce(confidence, 0) >= ?")
    return sql, [period.since, *params, min_confidence or 0.0]


def _counts(con: Con, watch: list[Watch], period: Period, before: Period,
            min_confidence: float | None, limit: int) -> tuple[list[dict[str, Any]], int, int]:
    """Per watched item and event type: events now and before, and the ids of the newest;
    then the distinct events of each period (an event naming two watched items counts once).
    """
    matched, params = _matched(con, watch, period, before, min_confidence)
    cur = con.execute(f"""
        WITH m AS MATERIALIZED ({matched})
        SELECT watch, type, count(*) FILTER (cur) AS events,
               count(*) FILTER (NOT cur) AS previous,
               coalesce(list(n ORDER BY day DESC, confidence DESC NULLS LAST, n)
                        FILTER (cur), [])[1:?] AS ns
        FROM m GROUP BY ALL
        UNION ALL
        SELECT NULL, NULL, count(DISTINCT n) FILTER (cur), count(DISTINCT n) FILTER (NOT cur),
               [] FROM m""", [*params, limit])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    total = next(r for r in rows if r["watch"] is None)
    rows = [r for r in rows if r["watch"] is not None]
    ns = sorted({n for r in rows for n in r["ns"]})
    ids = dict(con.execute(f"SELECT n, id FROM {IDX}.ev WHERE n IN ({qmarks(len(ns))})",
                           ns).fetchall()) if ns else {}
    for r in rows:
        r["ids"] = [ids[n] for n in r.pop("ns") if n in ids]
    return rows, int(total["events"]), int(total["previous"])


def _details(con: Con, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The listed events with evidence, arguments and their article's title.

    Looked up in chunks small enough for DuckDB to use the id indexes rather than scan a
    million rows: that is what bounds how many events an answer lists.
    """
    found: dict[str, dict[str, Any]] = {}
    for chunk in chunks(sorted(set(ids))):
        found.update((r["id"], r) for r in dict_rows(
            con, "SELECT id, article_id, type, kind, date, modality, evidence_text, confidence "
                 f"FROM events WHERE id IN ({qmarks(len(chunk))})", chunk))
        for a in dict_rows(con, "SELECT event_id, role, value FROM event_arguments "
                            f"WHERE event_id IN ({qmarks(len(chunk))})", chunk):
            found[a["event_id"]].setdefault("arguments", {}).setdefault(a["role"], []) \
                .append(a["value"])
    titles = article_titles(con, (r["article_id"] for r in found.values()))
    for r in found.values():
        r["article_title"], r["article_published"] = titles.get(r["article_id"], (None, None))
    return found


def _listed(rows: list[dict[str, Any]]) -> list[str]:
    """The ids to list: each item and type's newest, the busiest items first, at most
    ``MAX_LISTED`` in all (the rest of a group is in its counts)."""
    busiest: dict[str, int] = defaultdict(int)
    for r in rows:
        busiest[r["watch"]] += r["events"]
    ordered = sorted(rows, key=lambda r: (-busiest[r["watch"]], r["watch"], -r["events"],
                                          r["type"]))
    return [i for r in ordered for i in r["ids"]][:MAX_LISTED]


def _event_out(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"], "type": row["type"], "kind": row["kind"], "date": row["date"],
        "modality": row["modality"], "confidence": row["confidence"],
        "evidence": row["evidence_text"],
        "article": {"id": row["article_id"], "title": row.get("article_title"),
                    "published": row.get("article_published")},
        "arguments": row.get("arguments", {}),
    }


def _groups(con: Con, watch: list[Watch], rows: list[dict[str, Any]],
            details: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows → one group per watched item (most new events first), its types inside."""
    by_watch: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_watch[r["watch"]].append({
            "type": r["type"], "events": int(r["events"]), "previous": int(r["previous"]),
            "change": int(r["events"]) - int(r["previous"]),
            "items": [_event_out(details[i]) for i in r["ids"] if i in details]})
    items = {w.id: w for w in watch}
    if not watch:  # every mineral the events name
        names = dict(con.execute("SELECT id, name FROM entities WHERE type = 'mineral'")
                     .fetchall())
        items = {m: Watch(m, "mineral", names.get(m) or crosswalk.mineral_name(m), (m,))
                 for m in by_watch}
    groups = []
    for w in items.values():
        types = sorted(by_watch.get(w.id, []), key=lambda t: (-t["events"], -t["change"],
                                                              t["type"]))
        events = sum(t["events"] for t in types)
        previous = sum(t["previous"] for t in types)
        groups.append({"id": w.id, "kind": w.kind, "name": w.name, "events": events,
                       "previous": previous, "change": events - previous, "types": types})
    groups.sort(key=lambda g: (-g["events"], -g["change"], g["id"]))
    return groups
