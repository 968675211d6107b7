"""Ingest: sources (files, directories, http(s) URLs) to cleaned Articles, streaming.

``read_sources`` yields one Article per news item and one IngestError per input or record
that cannot be read; nothing is raised, so one bad file never stops a run. The format of a
file is recognised from its content (its name only breaks ties), ``.gz`` is decompressed on
the fly, and directories are walked recursively in sorted order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from mineralwatch.ingest.clean import ScrapedPage, clean_body, clean_scraped_text
from mineralwatch.ingest.decode import NotText
from mineralwatch.ingest.feed import read_feed
from mineralwatch.ingest.html import read_html
from mineralwatch.ingest.http import fetch, is_url
from mineralwatch.ingest.options import ReadOptions, ReadStats
from mineralwatch.ingest.records import read_csv, read_json, read_jsonl
from mineralwatch.ingest.sniff import sniff
from mineralwatch.ingest.source import Source, SourceError, open_stream, too_large
from mineralwatch.ingest.text import read_text
from mineralwatch.ingest.warc import read_warc
from mineralwatch.models import Article, IngestError

__all__ = [
    "ReadOptions",
    "ReadStats",
    "ScrapedPage",
    "clean_body",
    "clean_scraped_text",
    "read_sources",
]

Reader = Callable[[Source, ReadOptions], Iterator[Article | IngestError]]
READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "feed": read_feed,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "warc": read_warc,
}
# Documentation beside the articles of a directory, not articles: skipped when walking.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "provenance", "copying")
# Formats read record by record: max_bytes bounds a record, not the file.
_STREAMED = frozenset({"jsonl", "csv", "warc"})


def read_sources(
    inputs: Iterable[str], options: ReadOptions | None = None, stats: ReadStats | None = None
) -> Iterator[Article | IngestError]:
    """Every article in ``inputs`` (paths, directories, http(s) URLs), errors in between."""
    options = options or ReadOptions()
    stats = stats if stats is not None else ReadStats()
    for name in inputs:
        name = str(name)
        if is_url(name):
            yield from _read_url(name, options, stats)
            continue
        path = Path(name)
        if path.is_dir():
            for file in walk_files(path):
                yield from _read_file(file, options, stats)
        elif path.exists():
            yield from _read_file(path, options, stats)
        else:
            yield IngestError(name, "no such file or directory")


def walk_files(root: Path) -> Iterator[Path]:
    """Files under ``root``, recursively, in sorted order, skipping hidden entries and docs."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.lower().startswith(_NOT_ARTICLES):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_files(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _read_url(url: str, options: ReadOptions, stats: ReadStats) -> Iterator[Article | IngestError]:
    try:
        source = fetch(url, options)
    except SourceError as err:
        yield IngestError(url, str(err))
        return
    yield from _read(source, options, stats)


def _read_file(
    path: Path, options: ReadOptions, stats: ReadStats
) -> Iterator[Article | IngestError]:
    name = str(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield IngestError(name, f"cannot open ({err.strerror or err})")
        return
    with handle:
        try:
            source = open_stream(name, handle)
        except SourceError as err:
            yield IngestError(name, str(err))
            return
        yield from _read(source, options, stats, size=path.stat().st_size)


def _read(
    source: Source, options: ReadOptions, stats: ReadStats, size: int | None = None
) -> Iterator[Article | IngestError]:
    """Run the reader the content calls for, turning any failure into an IngestError."""
    kind = sniff(source)
    if kind == "empty":
        yield IngestError(source.name, "empty file")
        return
    if kind == "binary":
        yield IngestError(source.name, "not text (binary data)")
        return
    if kind not in _STREAMED and size is not None and size > options.max_bytes:
        yield IngestError(source.name, str(too_large(options.max_bytes)))
        return
    stats.files_read += 1
    try:
        for item in READERS[kind](source, options):
            if isinstance(item, Article):
                stats.records_read += 1
            yield item
    except (SourceError, NotText) as err:
        yield IngestError(source.name, str(err))
    except (OSError, EOFError) as err:
        yield IngestError(source.name, f"read failed ({type(err).__name__}: {err})")
    except Exception as err:  # a reader bug must cost one source, never the run
        yield IngestError(source.name, f"{kind} reader failed ({type(err).__name__}: {err})")
