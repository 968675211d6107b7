"""Sub-commands `extract` (the extraction document) and `eval` (scores on the gold set)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from mineralwatch.cli.common import console, extract_sources, fail
from mineralwatch.evaluation import (
    GoldError,
    Report,
    as_extraction,
    evaluate,
    gold_files,
    load_gold,
)
from mineralwatch.extract import extract
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article, IngestError

DEFAULT_CORPUS = Path("../shared/corpora/critical-minerals-news/articles.jsonl")


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
    app.command("eval")(eval_command)


def extract_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or http(s) URLs.")],
    format: Annotated[str, typer.Option("--format", help="jsonl or json")] = "jsonl",
) -> None:
    """Print the extraction document (schema mineralwatch.extraction/1) of each article."""
    if format not in ("jsonl", "json"):
        fail("--format must be jsonl or json")
    failures: list[IngestError] = []
    for extraction in extract_sources(inputs, failures):
        sys.stdout.write(json.dumps(extraction.to_dict(), ensure_ascii=False,
                                    indent=2 if format == "json" else None) + "\n")
    if failures:
        raise typer.Exit(1)


def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold *.jsonl files.")],
    corpus: Annotated[Path, typer.Option(help="The corpus the gold set annotates.")] =
        DEFAULT_CORPUS,
    split: Annotated[str | None, typer.Option(help="dev or heldout; default both.")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    errors_to: Annotated[Path | None, typer.Option(
        "--errors", help="Write every miss and false alarm to this JSONL file.")] = None,
    against: Annotated[Path | None, typer.Option(
        "--against", help="Score this second annotation of some gold articles instead of the "
                          "extractor: the annotators' agreement.")] = None,
) -> None:
    """Precision, recall and F1 of entities, events and values against hand annotations."""
    if not gold_dir.is_dir():
        fail(f"{gold_dir}: not a folder of gold files")
    if not corpus.exists():
        fail(f"{corpus}: corpus not found (give it with --corpus)")
    if against is not None and not against.is_file():
        fail(f"{against}: no such annotation file")
    try:
        gold = load_gold(gold_files(gold_dir, split))
        if not gold:
            fail(f"{gold_dir}: no gold files{f' for split {split}' if split else ''}")
        articles = _load_articles(corpus)
        if against is None:
            report = evaluate(gold, articles, extract)
        else:
            second = {r["article_id"]: r for r in load_gold([against])}
            gold = [r for r in gold if r["article_id"] in second]
            if not gold:
                fail(f"{against}: annotates none of the gold articles")
            report = evaluate(gold, articles, lambda a: as_extraction(second[a.id], a))
    except GoldError as exc:
        fail(str(exc))
    if errors_to:
        with errors_to.open("w", encoding="utf-8") as fh:
            for row in report.errors:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if format == "json":
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        print_report(report)


def _load_articles(corpus: Path) -> dict[str, Article]:
    articles: dict[str, Article] = {}
    for item in read_sources([str(corpus)]):
        if isinstance(item, Article):
            articles[item.id] = item
    return articles


def print_report(report: Report) -> None:
    console.print(f"[bold]{report.articles}[/bold] gold articles")
    for title, scores in (("entities", report.entities), ("events", report.events)):
        table = Table(title, "precision", "recall", "F1", "gold", "predicted", box=None,
                      title_justify="left")
        for kind, score in sorted(scores.items()):
            _add_row(table, kind, score)
        _add_row(table, "overall", Report.total(scores), bold=True)
        console.print(table)
    table = Table("values", "exactly normalised", "gold", box=None)
    for kind, score in sorted(report.values.items()):
        table.add_row(kind, f"{score.recall:.3f}", str(score.tp + score.fn))
    total = Report.total(report.values)
    table.add_row("[bold]overall[/bold]", f"[bold]{total.recall:.3f}[/bold]",
                  str(total.tp + total.fn))
    console.print(table)


def _add_row(table: Table, kind: str, score, bold: bool = False) -> None:
    cells = [kind, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}",
             str(score.tp + score.fn), str(score.tp + score.fp)]
    table.add_row(*[f"[bold]{c}[/bold]" for c in cells] if bold else cells)
