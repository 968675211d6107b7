"""What `mineralwatch demo` prints after ingesting the sample articles: the knowledge base at a
glance, a few events with the sentence that proves each, and how to open the dashboard."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import duckdb
from rich.table import Table
from rich.text import Text

from mineralwatch.cli.common import console
from mineralwatch.store import queries


def print_demo_report(con: duckdb.DuckDBPyConnection, db: Path) -> None:
    sizes = queries.counts(con)
    console.print(f"\n[bold]Knowledge base[/bold]: {sizes['articles']} articles, "
                  f"{sizes['entities']} entities, {sizes['mentions']} mentions, "
                  f"{sizes['events']} events", highlight=False)
    by_type = Counter(dict(con.execute(
        "SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC").fetchall()))
    console.print("events by type: " + ", ".join(f"{t} {n}" for t, n in by_type.items()),
                  highlight=False)
    table = Table("date", "type", "who / what", "evidence", box=None, show_lines=False,
                  title="[bold]A few events, each with the sentence that proves it",
                  title_justify="left")
    _, events = queries.search_events(con, queries.EventQuery(limit=12, sort="date_desc"))
    for event in events:
        roles = "; ".join(f"{role}: {', '.join(_short(v) for v in values)}"
                          for role, values in (event.get("arguments") or {}).items()
                          if values and all(isinstance(v, str) for v in values))
        table.add_row(event.get("date") or "", f"{event['type']}/{event.get('kind')}",
                      Text(roles[:70]), Text((event.get("evidence_text") or "")[:90]))
    console.print(table)
    console.print(
        f"\nOpen the dashboard on this store:\n  [bold]mineralwatch serve --db {db}[/bold]"
        "  (or .venv/bin/mineralwatch …), then visit http://127.0.0.1:8000\n"
        f"Query it: [bold]mineralwatch events --db {db} --mineral antimony[/bold], "
        "[bold]mineralwatch mineral 'rare earths'[/bold], [bold]mineralwatch risk[/bold]",
        highlight=False)


def _short(value: str) -> str:
    return value.split(":", 1)[1] if value.startswith(("mineral:", "org:", "person:")) else value
