"""Options and output helpers the sub-command modules share."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn

import duckdb
import typer
from rich.console import Console
from rich.markup import escape

from mineralwatch.extract import extract
from mineralwatch.ingest import ReadOptions, read_sources
from mineralwatch.models import Extraction, IngestError
from mineralwatch.store.db import DEFAULT_DB, StoreError, connect

console = Console()
errors = Console(stderr=True, soft_wrap=True)  # an error stays one line, whatever the width

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB store file.")]
DEFAULT_DB_PATH = DEFAULT_DB


def open_store(path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store or exit with a one-line message (no traceback for users)."""
    try:
        return connect(path, read_only=read_only)
    except StoreError as exc:
        fail(str(exc))


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a one-line error and exit with ``code`` (2: the user must change something)."""
    errors.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def extract_sources(inputs: list[str], failures: list[IngestError]) -> Iterator[Extraction]:
    """Extractions of every article in ``inputs``; unreadable sources are printed as they come
    and collected in ``failures``, so the caller can exit non-zero after the rest is done."""
    for item in read_sources(inputs, ReadOptions()):
        if isinstance(item, IngestError):
            errors.print(f"[red]✗[/red] {escape(item.origin)}: {escape(item.reason)}",
                         highlight=False)
            failures.append(item)
        else:
            yield extract(item)


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON as the commands print it: text as written (not \\u-escaped), dates in ISO form."""
    def default(o: object) -> str:
        if isinstance(o, date | datetime):
            return o.isoformat()
        raise TypeError(type(o).__name__)

    return json.dumps(value, ensure_ascii=False, indent=indent, default=default)
