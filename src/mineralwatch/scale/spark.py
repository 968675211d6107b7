"""The extraction as a Spark job: sources in, Parquet tables mirroring the store out.

The work is the library's: ``read_sources`` and ``record_article`` read, ``safe_extract``
extracts, and the store's own row mapping (``store.writer.BatchRows``) shapes the rows, so a table
written here holds what ``mineralwatch ingest`` would put in DuckDB. Spark only distributes it:
JSON Lines files by line, every other input (WARC, HTML, feeds, CSV) by file, with the
extraction running in ``mapPartitions`` on the executors.

Inputs must be paths every executor can open (a local run, or a shared or mounted file
system); JSON Lines files (named, not inside a folder) are read by Spark itself, so they may
be on any Hadoop file system (hdfs://, s3a://).

Run it with ``mineralwatch spark`` or, on a cluster, ``spark-submit .../scale/spark.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Any

from mineralwatch.ingest import ReadOptions, read_sources, walk_files
from mineralwatch.ingest.records import line_article
from mineralwatch.models import Article, IngestError
from mineralwatch.pipeline import safe_extract
from mineralwatch.store.writer import BatchRows

try:  # optional dependency: the `spark` extra
    from pyspark import StorageLevel
    from pyspark.sql import DataFrame, SparkSession, Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
except ImportError:  # pragma: no cover - reported by require_spark()
    SparkSession = None  # type: ignore[assignment,misc]

# Files Spark splits by line; any other input is read whole by ``read_sources`` on one executor.
LINE_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")

TABLES = ("articles", "entities", "article_entities", "mentions", "events", "event_arguments",
          "errors")


def require_spark() -> None:
    """Fail with a one-line reason when the optional dependency is missing."""
    if SparkSession is None:
        raise RuntimeError("pyspark is not installed: pip install 'mineralwatch[spark]'")


def _schema(*fields: tuple[str, Any]) -> T.StructType:
    return T.StructType([T.StructField(name, kind, True) for name, kind in fields])


def _schemas() -> dict[str, T.StructType]:
    """Explicit schemas, column for column the store's migration 1 (articles without raw)."""
    s, i, d, b = T.StringType(), T.IntegerType(), T.DoubleType(), T.BooleanType()
    strings = T.ArrayType(s)
    return {
        # Read but not yet extracted: what is kept after dropping exact duplicates.
        "read": _schema(("id", s), ("title", s), ("source", s), ("published", s), ("url", s),
                        ("author", s), ("text", s), ("content_hash", s), ("format", s),
                        ("origin", s), ("metadata", s),
                        # Where it was read: input file ordinal, line or record number.
                        ("input", i), ("position", T.LongType())),
        "articles": _schema(("id", s), ("title", s), ("source", s), ("published", s),
                            ("published_date", T.DateType()), ("url", s), ("author", s),
                            ("text", s), ("content_hash", s), ("format", s), ("origin", s),
                            ("metadata", s), ("minerals", strings)),
        "entities": _schema(("id", s), ("type", s), ("name", s), ("country", s),
                            ("listings", strings), ("aliases", strings)),
        "article_entities": _schema(("article_id", s), ("entity_id", s), ("salience", d),
                                    ("mentions", i)),
        "mentions": _schema(("article_id", s), ("entity_id", s), ("start", i), ("end", i),
                            ("text", s)),
        "events": _schema(("id", s), ("article_id", s), ("type", s), ("kind", s), ("date", s),
                          ("date_precision", s), ("date_start", T.DateType()),
                          ("value_amount", d), ("value_currency", s), ("value_approx", b),
                          ("stage", s), ("modality", s), ("evidence_text", s),
                          ("evidence_start", i), ("evidence_end", i), ("confidence", d),
                          ("extractor", s), ("doc", s)),
        "event_arguments": _schema(("event_id", s), ("role", s), ("value", s),
                                   ("entity_id", s)),
        "errors": _schema(("origin", s), ("reason", s)),
    }


def session(master: str | None = None, app_name: str = "mineralwatch") -> SparkSession:
    """The SparkSession: the one spark-submit configured, else a local one on ``master``."""
    require_spark()
    builder = SparkSession.builder.appName(app_name)
    if master or not _submitted():
        builder = builder.master(master or "local[*]")
        # Python workers of a local run must import mineralwatch: use this very interpreter.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


@contextmanager
def spark_session(master: str | None = None) -> Iterator[SparkSession]:
    """``session(master)``, stopped at the end unless it was running before (a caller's)."""
    require_spark()
    running = SparkSession.getActiveSession()
    spark = running or session(master)
    try:
        yield spark
    finally:
        if running is None:
            spark.stop()


def _submitted() -> bool:
    """True under spark-submit, which sets the master before Python starts."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def run(spark: SparkSession, inputs: Iterable[str], output: str | Path,
        options: ReadOptions | None = None, files: int | None = None) -> dict[str, int]:
    """Read ``inputs``, extract, write one Parquet directory per table under ``output``.

    Returns the number of rows written per table. Unreadable inputs and records, and articles
    whose extraction fails, become rows of ``errors``; the job itself does not fail on them.
    ``files`` sets the number of Parquet files per table (default: Spark's partitioning).
    """
    options = options or ReadOptions()
    schemas = _schemas()
    items = _read(spark, list(inputs), options).persist(StorageLevel.MEMORY_AND_DISK)
    read = spark.createDataFrame(items.filter(lambda t: t[0] == "a").map(lambda t: t[1]),
                                 schemas["read"])
    unique = _first_by(_first_by(read, "content_hash"), "id")
    extracted = unique.rdd.mapPartitions(_extract_partition).persist(
        StorageLevel.MEMORY_AND_DISK)
    frames: dict[str, DataFrame] = {}
    for position, table in enumerate(TABLES[:-1]):
        rows = extracted.flatMap(itemgetter(position))
        frames[table] = spark.createDataFrame(rows, schemas[table])
    frames["entities"] = _first_by(frames["entities"], "id", order=("name", "type"))
    read_errors = items.filter(lambda t: t[0] == "e").map(lambda t: t[1])
    extract_errors = extracted.flatMap(lambda r: r[-1])
    frames["errors"] = spark.createDataFrame(read_errors.union(extract_errors), schemas["errors"])
    counts = {}
    out = str(output).rstrip("/")
    for table, frame in frames.items():
        if files:
            frame = frame.repartition(files)
        frame.write.mode("overwrite").parquet(f"{out}/{table}")
        counts[table] = spark.read.parquet(f"{out}/{table}").count()
    extracted.unpersist()
    items.unpersist()
    return counts


def _first_by(frame: DataFrame, key: str, order: tuple[str, ...] = ("input", "position")
              ) -> DataFrame:
    """One row per ``key``: the first by ``order`` (by default, the first read), as the store
    keeps the first it is given, and so that a re-run keeps the same rows.

    A bare ``dropDuplicates`` keeps whichever row a task sees first, which varies by run.
    """
    rank = Window.partitionBy(key).orderBy(*order)
    return frame.withColumn("_rank", F.row_number().over(rank)).where("_rank = 1").drop("_rank")


def _read(spark: SparkSession, inputs: list[str], options: ReadOptions):
    """RDD of ("a", article row) and ("e", error row): JSONL split by line, the rest by file."""
    lines: list[tuple[int, str]] = []
    files: list[tuple[int, str]] = []
    found = (f for name in inputs
             for f in (walk_files(Path(name)) if Path(name).is_dir() else [name]))
    for ordinal, file in enumerate(found):
        target = lines if str(file).lower().endswith(LINE_SUFFIXES) else files
        target.append((ordinal, str(file)))
    sc = spark.sparkContext
    parts = []
    for ordinal, name in lines:
        numbered = sc.textFile(name).zipWithIndex()
        parts.append(numbered.map(partial(_numbered_line, name, options, ordinal)))
    if files:
        paths = sc.parallelize(files, len(files))
        parts.append(paths.flatMap(lambda p: (
            _item(x, p[0], n) for n, x in enumerate(read_sources([p[1]], options), 1))))
    if not parts:
        return sc.emptyRDD()
    return sc.union(parts).filter(lambda t: t is not None)


def _numbered_line(name: str, options: ReadOptions, ordinal: int,
                   numbered: tuple[str, int]):
    """``_line_item`` of a line as ``zipWithIndex`` numbers it (from 0)."""
    line, index = numbered
    return _line_item(name, index + 1, line, options, ordinal)


def _line_item(name: str, number: int, line: str, options: ReadOptions, ordinal: int):
    """One JSONL line as ``read_jsonl`` reads it: an article, an error, or None if blank."""
    if not line.strip():
        return None
    return _item(line_article(line, number, f"{name}#line={number}", options), ordinal, number)


def _item(item: Article | IngestError, ordinal: int, position: int) -> tuple[str, tuple]:
    if isinstance(item, IngestError):
        return "e", (item.origin, item.reason)
    return "a", (item.id, item.title, item.source, item.published, item.url, item.author,
                 item.text, item.content_hash, item.format, item.origin,
                 json.dumps(item.metadata, default=str), ordinal, position)


def _extract_partition(rows: Iterable[Any]) -> Iterator[tuple[list, ...]]:
    """Per article: its rows of every table, in ``TABLES`` order, from the store's mapping."""
    schemas = _schemas()
    for row in rows:
        article = Article(id=row.id, text=row.text, title=row.title, source=row.source,
                          published=row.published, url=row.url, author=row.author,
                          format=row.format, origin=row.origin,
                          metadata=json.loads(row.metadata or "{}"))
        extraction = safe_extract(article)
        if isinstance(extraction, IngestError):
            yield [], [], [], [], [], [], [(extraction.origin, extraction.reason)]
            continue
        mapped = BatchRows()
        mapped.add_article(article, extraction, None)
        mapped.add_extraction(extraction)
        yield (
            [_tuple(r, schemas["articles"]) for r in mapped.articles],
            [_tuple(r, schemas["entities"]) for r in mapped.entities.values()],
            [_tuple(r, schemas["article_entities"]) for r in mapped.article_entities],
            [_tuple(r, schemas["mentions"]) for r in mapped.mentions],
            [_tuple(r, schemas["events"]) for r in mapped.events],
            [_tuple(r, schemas["event_arguments"]) for r in mapped.arguments],
            [],
        )


def _tuple(row: dict[str, Any] | tuple, schema: T.StructType) -> tuple:
    """A store row (dict, or tuple in column order) as a tuple Spark's schema accepts."""
    values = [row.get(f.name) for f in schema.fields] if isinstance(row, dict) else list(row)
    return tuple(_typed(v, f.dataType) for v, f in zip(values, schema.fields, strict=True))


def _typed(value: Any, kind: T.DataType) -> Any:
    """Spark checks types strictly: ISO strings to dates, integral amounts to floats."""
    if isinstance(kind, T.DateType) and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(kind, T.DoubleType) and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def main(argv: list[str] | None = None) -> None:
    """Entry point for spark-submit: ``spark-submit spark.py INPUT... --output DIR``."""
    parser = argparse.ArgumentParser(prog="mineralwatch.scale.spark", description=__doc__)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--output", required=True)
    parser.add_argument("--master")
    parser.add_argument("--files", type=int)
    args = parser.parse_args(argv)
    with spark_session(args.master) as spark:
        counts = run(spark, args.inputs, args.output, files=args.files)
    for table, count in counts.items():
        print(f"{table}\t{count}")


if __name__ == "__main__":
    main()
