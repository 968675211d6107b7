"""``mineralwatch events``: the event listing of /api/events on the command line."""

from __future__ import annotations

import csv
import sys
from datetime import date
from enum import StrEnum

import typer

from mineralwatch.cli.common import DEFAULT_DB_PATH, DbOption, dumps, open_store
from mineralwatch.store import queries


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _parse_date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from exc


def _flat(event: dict) -> dict:
    """One event as a flat record: roles become ``role=id|id`` strings."""
    return {
        "id": event["id"], "date": event["date"], "type": event["type"], "kind": event["kind"],
        "confidence": event["confidence"], "article_id": event["article_id"],
        "arguments": "; ".join(f"{role}={'|'.join(v['value'] for v in vals)}"
                               for role, vals in event["arguments"].items()),
        "evidence": event["evidence_text"],
    }


def _jsonl(event: dict) -> str:
    from mineralwatch.api.routes import event_out

    return dumps(event_out(event))


def _mineral_id(value: str | None) -> str | None:
    """Names and symbols as users type them ("antimony", "Sb", "rare earths") → the id."""
    if value is None:
        return None
    from mineralwatch.analyse.crosswalk import UnknownMineral, resolve_mineral

    try:
        return resolve_mineral(value)
    except UnknownMineral as exc:
        raise typer.BadParameter(str(exc), param_hint="--mineral") from exc


def _country_id(value: str | None) -> str | None:
    if value is None or value.startswith("country:"):
        return value
    return f"country:{value.upper()}" if len(value) == 2 else value


def _org_id(value: str | None) -> str | None:
    """An organisation id, or a name the registry knows ("Lynas", "MP Materials")."""
    if value is None or value.startswith("org:"):
        return value
    from mineralwatch.extract.organisations import link_name, org_id

    return link_name(value) or org_id(value)


def events(
    db: DbOption = DEFAULT_DB_PATH,
    type: str | None = typer.Option(None, "--type", help="event type, e.g. agreement"),
    kind: str | None = typer.Option(None, "--kind", help="event kind, e.g. offtake"),
    mineral: str | None = typer.Option(
        None, "--mineral", help="mineral name, symbol or id: antimony, Sb, mineral:antimony"),
    country: str | None = typer.Option(
        None, "--country", help="country id or ISO code: country:CN, CN"),
    org: str | None = typer.Option(None, "--org", help="organisation id or name"),
    listing: str | None = typer.Option(None, "--listing", help="EXCHANGE:SYMBOL"),
    since: str | None = typer.Option(None, "--since", help="YYYY-MM-DD"),
    until: str | None = typer.Option(None, "--until", help="YYYY-MM-DD"),
    q: str | None = typer.Option(None, "--q", help="text the evidence contains"),
    min_confidence: float | None = typer.Option(None, "--min-confidence", min=0, max=1),
    limit: int = typer.Option(50, "--limit", min=1, max=queries.MAX_LIMIT),
    fmt: Format = typer.Option(Format.table, "--format", help="table, jsonl or csv"),
) -> None:
    """List events with the filters of /api/events, newest first."""
    if type is not None and type not in queries.EVENT_TYPES:
        raise typer.BadParameter(f"{type!r}; one of {', '.join(queries.EVENT_TYPES)}",
                                 param_hint="--type")
    query = queries.EventQuery(type=type, kind=kind, mineral=_mineral_id(mineral),
                               country=_country_id(country), organisation=_org_id(org),
                               listing=listing,
                               since=_parse_date(since, "--since"),
                               until=_parse_date(until, "--until"), q=q,
                               min_confidence=min_confidence, limit=limit)
    con = open_store(db, read_only=True)
    try:
        total, rows = queries.search_events(con, query)
    finally:
        con.close()
    if fmt is Format.jsonl:
        for row in rows:
            typer.echo(_jsonl(row))
    elif fmt is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(_flat(rows[0]) if rows else
                                                            ["id", "date", "type", "kind"]))
        writer.writeheader()
        writer.writerows(_flat(r) for r in rows)
    else:
        _print_table(rows, total)


def _print_table(rows: list[dict], total: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} of {total} events", show_lines=False)
    for name in ("date", "type", "kind", "arguments", "evidence"):
        table.add_column(name, overflow="fold")
    for r in rows:
        flat = _flat(r)
        table.add_row(flat["date"] or "", flat["type"], flat["kind"] or "", flat["arguments"],
                      flat["evidence"] or "")
    Console(markup=False).print(table)  # evidence shown as written, never read as markup


def register(app: typer.Typer) -> None:
    """Add this module's sub-commands to ``app``."""
    app.command("events")(events)
