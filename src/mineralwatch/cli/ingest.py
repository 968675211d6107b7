"""Sub-commands `ingest`, `articles`, `show` and `demo`."""

from __future__ import annotations

import json
import signal
import threading
from importlib.resources import files
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import duckdb
import typer
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from mineralwatch.cli.common import DEFAULT_DB_PATH, DbOption, console, errors, fail, open_store
from mineralwatch.ingest import ReadOptions
from mineralwatch.pipeline import BATCH_SIZE, IngestReport, ingest
from mineralwatch.store import queries


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("articles")(articles_command)
    app.command("show")(show_command)
    app.command("demo")(demo_command)


def _pairs(values: list[str], option: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        key, sep, target = value.partition("=")
        if not sep or not key or not target:
            fail(f"{option} takes NAME=VALUE, got {value!r}")
        pairs[key.strip()] = target.strip()
    return pairs


def ingest_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or http(s) URLs.")],
    db: DbOption = DEFAULT_DB_PATH,
    field: Annotated[list[str], typer.Option(
        "--field", help="Map a JSONL/CSV field: text=body_html, published=pubdate.")] = [],  # noqa: B006
    label: Annotated[list[str], typer.Option(
        "--label", help="Add NAME=VALUE to every article's metadata.")] = [],  # noqa: B006
    max_bytes: Annotated[int, typer.Option(help="Largest file or download accepted.")] =
        50_000_000,
    timeout: Annotated[float, typer.Option(help="Seconds allowed for each download.")] = 20.0,
    workers: Annotated[int, typer.Option(min=1, help="Processes extracting in parallel.")] = 1,
    batch_size: Annotated[int, typer.Option(
        min=1, help="Articles per transaction: a killed run loses at most one batch.")] =
        BATCH_SIZE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read news, extract entities and events, and store them (re-running adds nothing twice)."""
    options = ReadOptions(max_bytes=max_bytes, timeout=timeout,
                          field_map=_pairs(field, "--field"), labels=_pairs(label, "--label"))
    con = open_store(db)
    ctrl_c, previous = _note_interrupts()
    try:
        report = _run_with_progress(con, inputs, options, workers, batch_size, quiet)
    except (KeyboardInterrupt, duckdb.InterruptException):
        _interrupted()
    except RuntimeError as exc:  # Ctrl-C during a query: DuckDB raises this instead
        if "interrupted" not in str(exc).lower():
            raise
        _interrupted()
    except duckdb.Error as exc:  # disk full, store corrupted: committed batches are kept
        if ctrl_c.is_set():  # Ctrl-C while DuckDB read Python data: it wraps the interrupt
            _interrupted()
        fail(f"{db}: cannot write to the store ({type(exc).__name__}: "
             f"{str(exc).splitlines()[0] if str(exc) else ''})", code=1)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        con.close()  # checkpoints, and frees the file for the next command in this process
    _print_summary(report, db)
    if not report.ok:
        raise typer.Exit(1)


def _note_interrupts() -> tuple[threading.Event, Any]:
    """An event set by Ctrl-C, which still interrupts as it does by default (DuckDB may report
    the interruption as an error of its own when it strikes inside a query), and the handler
    it replaces, to put back; none is installed outside the main thread."""
    ctrl_c = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        return ctrl_c, None

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        ctrl_c.set()
        signal.default_int_handler(signum, frame)

    return ctrl_c, signal.signal(signal.SIGINT, on_interrupt)


def _interrupted() -> None:
    fail("interrupted: the batches stored so far are kept; run the same command again "
         "to complete the ingest", code=130)


def _run_with_progress(con, inputs, options, workers, batch_size, quiet) -> IngestReport:
    with Progress(TextColumn("[bold]ingest"), BarColumn(bar_width=None),
                  TextColumn("{task.fields[articles]} articles · {task.fields[files]} files"),
                  TimeElapsedColumn(), console=errors, disable=quiet, transient=True) as bar:
        task = bar.add_task("ingest", total=None, articles=0, files=0)

        def progress(report: IngestReport) -> None:
            bar.update(task, articles=report.records_read, files=report.files_read)

        return ingest(con, inputs, options, batch_size=batch_size, workers=workers,
                      on_progress=progress)


def _print_summary(report: IngestReport, db: Path) -> None:
    console.print(
        f"[bold]{report.files_read}[/bold] files read, [bold]{report.records_read}[/bold] "
        f"articles: [green]{report.new} new[/green], {report.duplicates} duplicates, "
        f"{report.near_duplicates} near duplicates, "
        f"[{'red' if report.failures else 'green'}]{len(report.failures)} failures"
        f"[/] → {escape(str(db))}", highlight=False)
    for failure in report.failures:  # names and reasons are data: "[/b]" must not be markup
        errors.print(f"  [red]✗[/red] {escape(failure.origin)}: {escape(failure.reason)}",
                     highlight=False, markup=True, soft_wrap=True)


def articles_command(
    db: DbOption = DEFAULT_DB_PATH,
    format: Annotated[str, typer.Option("--format", help="table or jsonl")] = "table",
    limit: Annotated[int, typer.Option(min=1)] = 50,
) -> None:
    """List stored articles, newest first."""
    if format not in ("table", "jsonl"):
        fail("--format must be table or jsonl")
    with open_store(db, read_only=True) as con:
        _, rows = queries.list_articles(con, limit=limit, offset=0)
    if format == "jsonl":
        for row in rows:
            console.print_json(json.dumps(row, default=str), indent=None)
        return
    table = Table(box=None, expand=True)
    for name in ("id", "published"):  # whole, so an id can be copied into `show`
        table.add_column(name, no_wrap=True, min_width=10)
    for name, share in (("source", 2), ("title", 4), ("minerals", 2)):
        table.add_column(name, ratio=share)
    for row in rows:  # Text cells: a title is shown as written, never read as markup
        table.add_row(Text(row["id"]), Text(str(row.get("published") or "")),
                      Text(row.get("source") or ""), Text((row.get("title") or "")[:70]),
                      Text(", ".join(m.removeprefix("mineral:")
                                     for m in row.get("minerals") or [])))
    console.print(table)


def show_command(article_id: str, db: DbOption = DEFAULT_DB_PATH) -> None:
    """Show one article: its metadata, cleaned text, entities and events."""
    with open_store(db, read_only=True) as con:
        article = queries.get_article(con, article_id)
    if article is None:
        fail(f"no article with id {article_id!r}")
    console.print(Text(article["title"] or "(untitled)", style="bold"), highlight=False)
    console.print(Text(f"{article.get('source') or ''} · {article.get('published') or ''} · "
                       f"{article['id']}", style="dim"), highlight=False)
    if article.get("duplicate_of"):
        console.print(Text(f"near duplicate of {article['duplicate_of']}: its entities and "
                           "events are stored with that article", style="dim"), highlight=False)
    console.print(article["text"], highlight=False, markup=False)
    events = article.get("events") or []
    if events:
        console.print("\n[bold]Events[/bold]")
        for event in events:
            console.print(f"• {event['type']}/{event.get('kind')} {event.get('date') or ''} "
                          f"{json.dumps(event.get('arguments') or {})}", highlight=False,
                          markup=False)


def demo_command(db: DbOption = Path("demo.duckdb")) -> None:
    """Ingest the sample articles shipped with mineralwatch and show what was extracted."""
    demo_dir = files("mineralwatch") / "data" / "demo"
    from mineralwatch.cli.demo_report import print_demo_report

    options = ReadOptions(labels={"sample": "true", "collection": "mineralwatch-demo"})
    with open_store(db) as con:
        report = ingest(con, [str(demo_dir)], options)
        _print_summary(report, db)
        print_demo_report(con, db)
