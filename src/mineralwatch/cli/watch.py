"""``mineralwatch changes`` and ``mineralwatch exposure``: what changed for a watch list, and
the listed companies a mineral's news touches. They parse and print; the answers come from
``mineralwatch.analyse.changes`` and ``mineralwatch.analyse.exposure``."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from mineralwatch.analyse import changes as changes_lib
from mineralwatch.analyse import exposure as exposure_lib
from mineralwatch.cli.common import DEFAULT_DB_PATH, DbOption, dumps, fail, open_store


class Format(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[Format, typer.Option("--format", help="table or json")]


def _answer(db: Path, fmt: Format, show: Callable[[dict[str, Any]], None],
            ask: Callable[[duckdb.DuckDBPyConnection], dict[str, Any]],
            argument: str | None = None) -> None:
    """Ask the store, then print the answer as JSON or through ``show``; a watch entry the
    store cannot answer for exits 2 naming its option (or ``argument``, upper-cased)."""
    con = open_store(db, read_only=True)
    try:
        answer = ask(con)
    except changes_lib.BadWatch as exc:
        name = exc.param.upper() if exc.param == argument else \
            f"--{exc.param.replace('_', '-')}"
        fail(f"{name}: {exc}")
    finally:
        con.close()
    if fmt is Format.json:
        typer.echo(dumps(answer, indent=2))
    else:
        show(answer)


def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)


def changes(
    db: DbOption = DEFAULT_DB_PATH,
    mineral: Annotated[list[str] | None, typer.Option(
        "--mineral", help="watch a mineral: name, symbol or id (repeat for more)")] = None,
    country: Annotated[list[str] | None, typer.Option(
        "--country", help="watch a country: code, id or name (CN, country:CN, China); repeat")] =
        None,
    since: Annotated[str | None, typer.Option(
        "--since", help="YYYY-MM-DD, or 1d, 7d, 2w back from the newest article "
                        "(default 1d: since yesterday)")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", min=0, max=1, help="leave out events below this confidence")] = None,
    limit: Annotated[int, typer.Option(
        "--limit", min=0, max=100, help="events listed per item and type")] =
        changes_lib.EVENTS_PER_TYPE,
    fmt: FormatOption = Format.table,
) -> None:
    """New events for the minerals and countries you watch, against the period before.

    With neither --mineral nor --country, every mineral is watched.
    """
    _answer(db, fmt, _print_changes, lambda con: changes_lib.what_changed(
        con, mineral or [], country or [], since=since, min_confidence=min_confidence,
        limit=limit))


def _print_changes(answer: dict[str, Any]) -> None:
    console = Console(markup=False)  # evidence and names shown as written, never as markup
    period, previous = answer["period"], answer["previous"]
    if period is None:
        console.print("Nothing: the store holds no articles yet.")
        return
    span = f"{period['since']} – {period['until']} ({period['days']} days)"
    if not answer["events"]:
        watched = ", ".join(w["name"] for w in answer["watch"]) or "any mineral"
        console.print(f"Nothing new for {watched} from {span}; "
                      f"{answer['previous_events']} events in the {period['days']} days before.",
                      highlight=False)
        return
    table = Table(title=f"What changed {span}: {answer['events']} events; "
                        f"{answer['previous_events']} in {previous['since']} – "
                        f"{previous['until']}")
    for name in ("watch", "type", "new", "before", "latest events (confidence, article)"):
        table.add_column(name, overflow="fold")
    for group in answer["groups"]:
        if not group["events"] and not group["previous"]:
            continue
        first = True
        for t in group["types"]:
            items = "\n".join(f"{e['evidence']} ({e['confidence']:.2f}, "
                              f"{e['article']['title'] or e['article']['id']})"
                              for e in t["items"])
            more = t["events"] - len(t["items"])
            if more > 0 and t["items"]:
                items += f"\n… {more} more"
            table.add_row(f"{group['name']} ({_signed(group['change'])})" if first else "",
                          t["type"], str(t["events"]), str(t["previous"]), items)
            first = False
    console.print(table)


def exposure(
    mineral: Annotated[str, typer.Argument(help='"rare earths", "Li", "mineral:tungsten"')],
    db: DbOption = DEFAULT_DB_PATH,
    window: Annotated[int, typer.Option(
        "--window", min=0, max=exposure_lib.MAX_WINDOW,
        help="days either side of the news in which a share move counts")] =
        exposure_lib.DEFAULT_WINDOW,
    limit: Annotated[int, typer.Option("--limit", min=1, max=500, help="companies shown")] =
        exposure_lib.COMPANIES,
    moves: Annotated[int, typer.Option("--moves", min=0, max=100,
                                       help="share moves listed per company")] =
        exposure_lib.MOVES_PER_COMPANY,
    fmt: FormatOption = Format.table,
) -> None:
    """Listed companies the news ties to a mineral and their share moves around that news
    (as the news reports them: no price data is used)."""
    _answer(db, fmt, _print_exposure, lambda con: exposure_lib.exposure(
        con, mineral, window=window, limit=limit, moves=moves), argument="mineral")


def _print_exposure(answer: dict[str, Any]) -> None:
    console = Console(markup=False)  # evidence and names shown as written, never as markup
    name = answer["mineral"]["name"]
    if not answer["companies"]:
        console.print(f"Nothing: no listed company is tied to {name} in the news.",
                      highlight=False)
        return
    table = Table(title=f"Listed companies in the {name} news: {answer['total']}; share moves "
                        f"within {answer['window_days']} days of their news")
    for col in ("company", "listings", "events", "articles", "first – last", "share moves"):
        table.add_column(col, overflow="fold")
    for c in answer["companies"]:
        moves = "\n".join(_move_line(m) for m in c["moves"])
        if c["moves_total"] > len(c["moves"]):
            moves += f"\n… {c['moves_total'] - len(c['moves'])} more"
        table.add_row(c["name"], ", ".join(c["listings"] or []), str(c["events"]),
                      str(c["articles"]), f"{c['first']} – {c['last']}", moves)
    console.print(table)


def _move_line(move: dict[str, Any]) -> str:
    figure = f"{move['change_pct']:+g}%" if move["change_pct"] is not None else ""
    if move["price"] is not None:
        figure = f"{figure} {move['currency'] or ''} {move['price']:g}".strip()
    days = move["near"]["days"]
    when = "same day as" if days == 0 else f"{abs(days)}d {'after' if days > 0 else 'before'}"
    return f"{move['date']} {figure or '(no figure)'}, {when} the news: {move['evidence']}"


def register(app: typer.Typer) -> None:
    """Add this module's sub-commands to ``app``."""
    app.command("changes")(changes)
    app.command("exposure")(exposure)
