"""Sub-command `tag`: the minerals each article is about and their Reuters metals topics."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from mineralwatch.cli.common import console, extract_sources, fail
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
    failures: list[IngestError] = []
    for extraction in extract_sources(inputs, failures):
        item = extraction.article
        topics = sorted(topics_of(extraction))
        if format == "jsonl":
            row = {"id": item.id, "minerals": extraction.minerals, "topics": topics}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            table.add_row(Text(item.id), Text((item.title or "")[:60]),
                          ", ".join(extraction.minerals),
                          ", ".join(topics))
    if format == "table":
        console.print(table)
    if failures:
        raise typer.Exit(1)
