"""Ingest end to end: read sources, extract, store, in batches.

The CLI, the REST API's ``POST /api/ingest`` and the demo all call these functions. A bad source
or an article the extractor chokes on is reported and skipped; the run goes on.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

import duckdb

from mineralwatch.extract import extract
from mineralwatch.ingest import ReadOptions, ReadStats, read_sources
from mineralwatch.models import Article, Extraction, IngestError
from mineralwatch.store.writer import WriteResult, split_known, write_batch

BATCH_SIZE = 256


@dataclass(slots=True)
class IngestReport:
    files_read: int = 0
    records_read: int = 0
    written: WriteResult = field(default_factory=WriteResult)
    failures: list[IngestError] = field(default_factory=list)

    @property
    def new(self) -> int:
        return len(self.written.new)

    @property
    def duplicates(self) -> int:
        return len(self.written.duplicates)

    @property
    def near_duplicates(self) -> int:
        return len(self.written.near_duplicates)

    @property
    def ok(self) -> bool:
        return not self.failures


def safe_extract(article: Article) -> Extraction | IngestError:
    """Extraction that reports, rather than raises, on an article it cannot handle."""
    try:
        return extract(article)
    except Exception as exc:  # one bad article must not stop an archive's ingest
        return IngestError(article.origin or article.id,
                           f"extraction failed: {type(exc).__name__}: {exc}")


def ingest(con: duckdb.DuckDBPyConnection, inputs: Iterable[str],
           options: ReadOptions | None = None, *, batch_size: int = BATCH_SIZE,
           workers: int = 1,
           on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read every input, extract each article and store it; idempotent."""
    report = IngestReport()
    stats = ReadStats()
    items = (item for item in read_sources(inputs, options, stats))
    pool = ProcessPoolExecutor(workers, initializer=_ignore_interrupts) if workers > 1 else None

    def write(pending: _Extracting) -> None:
        _write(con, pending, report)
        report.files_read, report.records_read = stats.files_read, stats.records_read
        if on_progress:
            on_progress(report)

    try:
        pending = None
        for batch in _batches(items, batch_size, report):
            # The workers extract this batch while the previous one is written.
            extracting = _extract(con, batch, report, pool)
            if pending:
                write(pending)
            pending = extracting
        if pending:
            write(pending)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    report.files_read, report.records_read = stats.files_read, stats.records_read
    return report


def ingest_articles(con: duckdb.DuckDBPyConnection, articles: Iterable[Article]) -> IngestReport:
    """Extract and store articles that arrive already parsed (the REST API's POST)."""
    report = IngestReport()
    for batch in _batches(iter(articles), BATCH_SIZE, report):
        _write(con, _extract(con, batch, report, None), report)
    return report


def _batches(items: Iterator[Article | IngestError], size: int,
             report: IngestReport) -> Iterator[list[Article]]:
    while True:
        chunk = list(islice(items, size))
        if not chunk:
            return
        articles = []
        for item in chunk:
            if isinstance(item, IngestError):
                report.failures.append(item)
            else:
                articles.append(item)
        if articles:
            yield articles


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C reaches the whole process group, and the main process handles it
    (rolls back the batch, shuts the pool down); a worker would only print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@dataclass(slots=True)
class _Extracting:
    articles: list[Article]
    results: Iterator[Extraction | IngestError]  # lazy without a pool, under way with one


def _extract(con: duckdb.DuckDBPyConnection, articles: list[Article], report: IngestReport,
             pool: ProcessPoolExecutor | None) -> _Extracting:
    articles, duplicates = split_known(con, articles)  # nothing to extract for those
    report.written.duplicates += duplicates
    if pool and articles:
        return _Extracting(articles, pool.map(safe_extract, articles, chunksize=16))
    return _Extracting(articles, map(safe_extract, articles))


def _write(con: duckdb.DuckDBPyConnection, pending: _Extracting, report: IngestReport) -> None:
    items: list[tuple[Article, Extraction | None]] = []
    for article, result in zip(pending.articles, pending.results, strict=True):
        if isinstance(result, IngestError):
            report.failures.append(result)
        else:
            items.append((article, result))
    if items:
        report.written.add(write_batch(con, items))
