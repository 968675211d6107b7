"""The Spark job on real news: a JSONL slice of the corpus, a WARC of corpus stories wrapped
in HTML, a malformed line and a corrupt file; its Parquet read back by DuckDB and Spark SQL
must hold what the local ``extract`` gives for the same articles."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from html import escape
from pathlib import Path

import duckdb
import pytest
import typer
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from mineralwatch.extract import extract
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article
from mineralwatch.pipeline import ingest
from mineralwatch.store.db import connect

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (extra: spark)")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("no Java runtime for Spark", allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402

from mineralwatch.cli import scale as scale_cli  # noqa: E402
from mineralwatch.scale.spark import TABLES, run  # noqa: E402

SLICE = 30  # corpus lines in the JSONL input
IN_WARC = range(30, 33)  # corpus lines wrapped in HTML inside the WARC


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[1]").appName("mineralwatch-tests")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.ui.enabled", "false")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.driver.host", "127.0.0.1")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _page(record: dict) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in record["text"].split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(record['title'])}"
            f"</title><meta property='article:published_time' content='{record['published']}'>"
            f"</head><body><article><h1>{escape(record['title'])}</h1>{paragraphs}</article>"
            "</body></html>").encode()


def _warc(records: list[dict]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for record in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://news.example.org/{record['id']}", "response",
            payload=io.BytesIO(_page(record)), http_headers=http))
    return out.getvalue()


@pytest.fixture(scope="module")
def inputs(corpus_path: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("spark-in")
    lines = corpus_path.read_text(encoding="utf-8").splitlines()
    # An exact duplicate of line 4, renamed, at line 32 (after line 4, though "32" < "4").
    copy = json.loads(lines[3]) | {"id": "renamed-copy"}
    jsonl = root / "slice.jsonl"
    jsonl.write_text("\n".join([*lines[:SLICE], '{"id": "broken", "text": "no end',
                                json.dumps(copy)]) + "\n", encoding="utf-8")
    warc = root / "crawl.warc.gz"
    warc.write_bytes(_warc([json.loads(lines[n]) for n in IN_WARC]))
    corrupt = root / "corrupt.warc.gz"
    corrupt.write_bytes(b"\x1f\x8b" + b"not gzip at all" * 20)
    return [str(jsonl), str(warc), str(corrupt)]


@pytest.fixture(scope="module")
def job(spark: SparkSession, inputs: list[str], tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("spark-out")
    return out, run(spark, inputs, out)


@pytest.fixture(scope="module")
def local(inputs: list[str]) -> list:
    """What the local pipeline extracts from the same inputs, exact duplicates dropped."""
    seen: set[str] = set()
    extractions = []
    for item in read_sources(inputs):
        if isinstance(item, Article) and item.content_hash not in seen:
            seen.add(item.content_hash)
            extractions.append(extract(item))
    return extractions


def _duck(sql: str) -> list[tuple]:
    return duckdb.sql(sql).fetchall()


def test_every_table_is_written_and_counted(job) -> None:
    out, counts = job
    assert list(counts) == list(TABLES)
    for table in TABLES:
        rows = _duck(f"SELECT count(*) FROM read_parquet('{out}/{table}/*.parquet')")
        assert rows == [(counts[table],)]
    assert counts["articles"] == SLICE + len(IN_WARC)  # the renamed copy is dropped
    assert counts["events"] > 50 and counts["mentions"] > counts["article_entities"] > 0


def test_bad_lines_and_files_become_error_rows(job, inputs: list[str]) -> None:
    out, _ = job
    errors = dict(_duck(f"SELECT origin, reason FROM read_parquet('{out}/errors/*.parquet')"))
    broken = f"{inputs[0]}#line={SLICE + 1}"
    assert errors[broken].startswith(f"line {SLICE + 1}: malformed JSON")
    assert "corrupt" in errors[inputs[2]]
    assert len(errors) == 2


def test_exact_duplicates_are_dropped_keeping_the_first(job, corpus_records) -> None:
    out, _ = job
    ids = {r[0] for r in _duck(f"SELECT id FROM read_parquet('{out}/articles/*.parquet')")}
    original = list(corpus_records)[3]
    assert original in ids and "renamed-copy" not in ids
    formats = dict(_duck(f"SELECT format, count(*) FROM read_parquet('{out}/articles/*.parquet')"
                         " GROUP BY format"))
    assert formats == {"jsonl": SLICE, "warc": len(IN_WARC)}


def test_events_and_entities_equal_the_local_extraction(job, local) -> None:
    out, _ = job
    events = {(a, t, json.dumps(json.loads(doc)["arguments"], sort_keys=True)) for a, t, doc in
              _duck(f"SELECT article_id, type, doc FROM read_parquet('{out}/events/*.parquet')")}
    expected = {(x.article.id, e.type, json.dumps(e.arguments, sort_keys=True))
                for x in local for e in x.events}
    assert events == expected and len(expected) > 50
    linked = set(_duck("SELECT article_id, entity_id FROM "
                       f"read_parquet('{out}/article_entities/*.parquet')"))
    assert linked == {(x.article.id, e.id) for x in local for e in x.entities}
    names = set(_duck(f"SELECT id FROM read_parquet('{out}/entities/*.parquet')"))
    assert names == {(e.id,) for x in local for e in x.entities}


def test_event_arguments_join_to_events_and_entities(job) -> None:
    out, _ = job
    orphans = _duck(
        f"SELECT count(*) FROM read_parquet('{out}/event_arguments/*.parquet') a "
        f"LEFT JOIN read_parquet('{out}/events/*.parquet') e ON a.event_id = e.id "
        "WHERE e.id IS NULL")
    assert orphans == [(0,)]
    # Evidence offsets point into the article text stored beside it.
    rows = _duck(
        "SELECT e.evidence_text, substring(a.text, e.evidence_start + 1, "
        "e.evidence_end - e.evidence_start) "
        f"FROM read_parquet('{out}/events/*.parquet') e "
        f"JOIN read_parquet('{out}/articles/*.parquet') a ON a.id = e.article_id "
        "WHERE json_extract_string(e.doc, '$.evidence.field') = 'text'")
    assert len(rows) > 50 and all(evidence == span for evidence, span in rows)


def test_spark_sql_reads_the_same_tables(spark: SparkSession, job) -> None:
    out, counts = job
    for table in ("articles", "events", "event_arguments"):
        spark.read.parquet(str(out / table)).createOrReplaceTempView(table)
    by_type = {r["type"]: r["n"] for r in spark.sql(
        "SELECT type, count(*) AS n FROM events GROUP BY type").collect()}
    assert by_type == dict(_duck(
        f"SELECT type, count(*) FROM read_parquet('{out}/events/*.parquet') GROUP BY type"))
    joined = spark.sql("SELECT count(*) AS n FROM events e JOIN articles a "
                       "ON e.article_id = a.id WHERE a.published_date IS NOT NULL").first()
    assert joined["n"] == counts["events"]


def test_cli_runs_the_job_and_prints_counts(spark: SparkSession, inputs: list[str],
                                            tmp_path: Path, job) -> None:
    app = typer.Typer()
    scale_cli.register(app)
    app.command("noop")(lambda: None)  # a second command keeps `spark` a named sub-command
    result = CliRunner().invoke(app, ["spark", inputs[1], "--output", str(tmp_path / "out"),
                                      "--files", "1"])
    assert result.exit_code == 0, result.output
    assert "articles" in result.output and "events" in result.output
    assert len(list((tmp_path / "out" / "articles").glob("*.parquet"))) == 1
    assert not spark.sparkContext._jsc.sc().isStopped()  # the caller's session is left running


def test_tables_mirror_what_the_store_holds_for_the_same_inputs(job, inputs: list[str],
                                                                tmp_path: Path) -> None:
    out, _ = job
    con = connect(tmp_path / "store.duckdb")
    ingest(con, inputs)
    left_out = {"articles": {"raw", "duplicate_of", "ingested_at"}}
    queries = {"articles": "id, content_hash, published_date, minerals",
               "events": "id, type, date_start, evidence_start, doc",
               "event_arguments": "event_id, role, value, entity_id",
               "mentions": "article_id, entity_id, start, \"end\"",
               "entities": "id, type, name, country"}
    for table in TABLES[:-1]:
        stored = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()]
        written = [c[0] for c in duckdb.sql(
            f"DESCRIBE SELECT * FROM read_parquet('{out}/{table}/*.parquet')").fetchall()]
        assert written == [c for c in stored if c not in left_out.get(table, set())]
        if table in queries:
            columns = queries[table]
            parquet = duckdb.sql(
                f"SELECT {columns} FROM read_parquet('{out}/{table}/*.parquet')").fetchall()
            assert sorted(map(str, parquet)) == sorted(
                map(str, con.execute(f"SELECT {columns} FROM {table}").fetchall())), table
