"""Sub-command `tag`: the minerals each article is about and their Reuters metals topics."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from mineralwatch.cli.common import console, errors, fail
from mineralwatch.extract import extract
from mineralwatch.ingest import ReadOptions, read_sources
from mineralwatch.models import IngestError
from mineralwatch.tagging import topics_of


def register(app: typer.Typer) -> None:
    app.command("tag")(tag_command)


def tag_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or http(s) URLs.")],
    format: Annotated[str, typer.Option("--format", help="jsonl or table")] = "jsonl",
) -> None:
    """Print each article's id, the minerals it is about and its Reuters metals topics."""
    if format not in ("jsonl", "table"):
        fail("--format must be jsonl or table")
    table = Table("id", "title", "minerals", "topics")
    failed = False
    for item in read_sources(inputs, ReadOptions()):
        if isinstance(item, IngestError):
            errors.print(f"[red]✗[/red] {item.origin}: {item.reason}", highlight=False)
            failed = True
            continue
        extraction = extract(item)
        topics = sorted(topics_of(extraction))
        if format == "jsonl":
            row = {"id": item.id, "minerals": extraction.minerals, "topics": topics}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            table.add_row(item.id, (item.title or "")[:60], ", ".join(extraction.minerals),
                          ", ".join(topics))
    if format == "table":
        console.print(table)
    if failed:
        raise typer.Exit(1)
