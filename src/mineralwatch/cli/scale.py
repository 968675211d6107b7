"""Sub-command `spark`: the extraction as a Spark job writing Parquet tables."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from mineralwatch.cli.common import console, fail


def register(app: typer.Typer) -> None:
    app.command("spark")(spark_command)


def spark_command(
    inputs: Annotated[list[str], typer.Argument(help="JSONL, WARC, HTML, CSV files or folders.")],
    output: Annotated[Path, typer.Option("--output", help="Folder for the Parquet tables.")],
    master: Annotated[str | None, typer.Option(
        "--master", help="Spark master; default local[*], or spark-submit's.")] = None,
    files: Annotated[int | None, typer.Option(
        "--files", min=1, help="Parquet files per table (default: Spark's partitioning).")] = None,
) -> None:
    """Read, extract and write articles, entities, mentions, events and errors as Parquet."""
    try:
        from mineralwatch.scale.spark import require_spark, run, spark_session

        require_spark()
    except (ImportError, RuntimeError) as exc:
        fail(str(exc))
    with spark_session(master) as spark:
        counts = run(spark, inputs, output, files=files)
    table = Table("table", "rows", box=None)
    for name, count in counts.items():
        table.add_row(name, str(count))
    console.print(table)
    console.print(f"Parquet written under {output}/<table>/")
