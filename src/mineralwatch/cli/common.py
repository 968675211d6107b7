"""Options and output helpers the sub-command modules share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console

from mineralwatch.store.db import DEFAULT_DB, StoreError, connect

console = Console()
errors = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB store file.")]
DEFAULT_DB_PATH = DEFAULT_DB


def open_store(path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store or exit with a one-line message (no traceback for users)."""
    try:
        return connect(path, read_only=read_only)
    except StoreError as exc:
        fail(str(exc))


def fail(message: str, code: int = 2) -> typer.Exit:
    errors.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)
