"""Ingest end to end: a run killed half-way, re-run; parallel extraction; progress reports."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from mineralwatch.cli import app
from mineralwatch.extract import extract
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article
from mineralwatch.pipeline import IngestReport, ingest
from mineralwatch.store.db import connect

BATCH = 64
COPIES = 3
CLI = [sys.executable, "-c", "from mineralwatch.cli import main; main()"]


def _large_input(shared_dir: Path, path: Path) -> int:
    """The real corpora repeated with distinct ids and content; returns the article count."""
    corpora = shared_dir / "corpora"
    articles: dict[str, Article] = {}
    for item in read_sources([str(corpora / "reuters21578"),
                              str(corpora / "critical-minerals-news")]):
        if isinstance(item, Article):
            articles.setdefault(item.content_hash, item)
    with path.open("w", encoding="utf-8") as out:
        for copy in range(COPIES):
            for n, article in enumerate(articles.values()):
                out.write(json.dumps({"id": f"{n}-{copy}", "title": article.title,
                                      "published": article.published, "source": article.source,
                                      "text": f"Dispatch {copy}. {article.text}"}) + "\n")
    hashes = {a.content_hash for a in read_sources([str(path)]) if isinstance(a, Article)}
    assert len(hashes) == len(articles) * COPIES  # no exact duplicates: each one is stored
    return len(hashes)


def _store_size(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + ".wal")) if p.exists())


def _assert_consistent(con: duckdb.DuckDBPyConnection) -> None:
    orphans = {
        "events": "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)",
        "arguments": "SELECT count(*) FROM event_arguments "
                     "WHERE event_id NOT IN (SELECT id FROM events)",
        "article_entities": "SELECT count(*) FROM article_entities "
                            "WHERE article_id NOT IN (SELECT id FROM articles) "
                            "OR entity_id NOT IN (SELECT id FROM entities)",
        "mentions": "SELECT count(*) FROM mentions "
                    "WHERE article_id NOT IN (SELECT id FROM articles)",
        "bands": "SELECT count(*) FROM article_bands "
                 "WHERE article_id NOT IN (SELECT id FROM articles)",
        "minhash": "SELECT count(*) FROM article_minhash "
                   "WHERE article_id NOT IN (SELECT id FROM articles)",
        "near duplicates": "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL "
                           "AND duplicate_of NOT IN (SELECT id FROM articles)",
    }
    for name, sql in orphans.items():
        assert con.execute(sql).fetchall() == [(0,)], name
    [(minhash, bands)] = con.execute(
        "SELECT (SELECT count(*) FROM article_minhash), (SELECT count(*) FROM article_bands)"
    ).fetchall()
    assert bands == 16 * minhash


def _assert_extractions_stored(con: duckdb.DuckDBPyConnection, sample: int = 15) -> None:
    """Articles stored as originals carry exactly the events and entities extraction finds."""
    rows = con.execute("SELECT id, text, title, published FROM articles "
                       "WHERE duplicate_of IS NULL ORDER BY id").fetchall()
    for article_id, text, title, published in random.Random(5).sample(rows, sample):
        found = extract(Article(id=article_id, text=text, title=title, published=published))
        [(events, entities)] = con.execute(
            "SELECT (SELECT count(*) FROM events WHERE article_id = $1), "
            "(SELECT count(*) FROM article_entities WHERE article_id = $1)", [article_id]
        ).fetchall()
        assert (events, entities) == (len(found.events), len(found.entities)), article_id


def _interrupt(command: list[str], db: Path, sig: signal.Signals,
               workers: int) -> subprocess.CompletedProcess:
    """Run ``command`` and send ``sig`` to its process group once batches are committed."""
    process = subprocess.Popen([*command, "--workers", str(workers)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    # A batch of articles with their bands, entities and events is well over 1 MB.
    target = _store_size(db) + 2_000_000
    deadline = time.monotonic() + 120
    while _store_size(db) < target and process.poll() is None:
        assert time.monotonic() < deadline, "no batch committed in two minutes"
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be stopped: input too small"
    os.killpg(process.pid, sig)  # as a terminal's Ctrl-C does: the workers get it too
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _stored(db: Path) -> int:
    con = connect(db)
    try:
        [(stored,)] = con.execute("SELECT count(*) FROM articles").fetchall()
        _assert_consistent(con)
        _assert_extractions_stored(con)
    finally:
        con.close()
    assert stored % BATCH == 0, f"{stored} articles: a batch was half written"
    return stored


def test_a_killed_run_leaves_whole_batches_and_a_rerun_completes_it(
        shared_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "large.jsonl"
    total = _large_input(shared_dir, source)
    db = tmp_path / "store.duckdb"
    command = [*CLI, "ingest", "--db", str(db), "--batch-size", str(BATCH), "--quiet",
               str(source)]

    killed = _interrupt(command, db, signal.SIGKILL, workers=1)
    assert killed.returncode == -signal.SIGKILL
    after_kill = _stored(db)
    assert 0 < after_kill < total

    # Ctrl-C, with extraction workers: a one-line message, whole batches kept.
    interrupted = _interrupt(command, db, signal.SIGINT, workers=2)
    assert interrupted.returncode == 130
    assert "Traceback" not in interrupted.stdout + interrupted.stderr
    assert " ".join(interrupted.stderr.split()).startswith("error: interrupted: the batches")
    after_interrupt = _stored(db)
    assert after_kill < after_interrupt < total

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stdout + rerun.stderr
    summary = " ".join(rerun.stdout.split())
    assert f"{total} articles:" in summary and f"{after_interrupt} duplicates" in summary
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles"
                       ).fetchall() == [(total, total)]
    _assert_consistent(con)
    _assert_extractions_stored(con)


def test_ctrl_c_inside_a_query_is_an_interruption(seed_path: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """DuckDB reports a Ctrl-C that strikes while it reads Python data as an error of its own:
    the command still says it was interrupted (exit 130); a store error with no Ctrl-C stays
    one (exit 1)."""
    import mineralwatch.cli.ingest as command

    def interrupted_query(*args: object, **kwargs: object) -> None:
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            raise duckdb.Error("Traceback (most recent call last): … KeyboardInterrupt") from None

    def broken_store(*args: object, **kwargs: object) -> None:
        raise duckdb.Error("IO Error: No space left on device")

    arguments = ["ingest", "--db", str(tmp_path / "store.duckdb"), "--quiet", str(seed_path)]
    monkeypatch.setattr(command, "_run_with_progress", interrupted_query)
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 130, result.output
    assert "interrupted: the batches stored so far are kept" in " ".join(result.output.split())
    monkeypatch.setattr(command, "_run_with_progress", broken_store)
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 1 and "cannot write to the store" in result.output
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back


def test_parallel_extraction_stores_the_same(corpus_path: Path, seed_path: Path) -> None:
    inputs = [str(corpus_path), str(seed_path)]
    serial, parallel = connect(":memory:"), connect(":memory:")
    one = ingest(serial, inputs, batch_size=50)
    two = ingest(parallel, inputs, batch_size=50, workers=2)
    assert (one.new, one.near_duplicates, one.duplicates) == (
        two.new, two.near_duplicates, two.duplicates)
    query = ("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
             "(SELECT count(*) FROM mentions), (SELECT count(*) FROM event_arguments), "
             "(SELECT string_agg(id, ',' ORDER BY id) FROM events)")
    assert serial.execute(query).fetchall() == parallel.execute(query).fetchall()


def test_progress_is_reported_after_each_batch(corpus_path: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(report: IngestReport) -> None:
        seen.append((report.records_read, report.new + report.near_duplicates
                     + report.duplicates))

    report = ingest(connect(":memory:"), [str(corpus_path)], batch_size=40,
                    on_progress=progress)
    assert len(seen) == -(-report.records_read // 40)
    assert seen == sorted(seen)
    assert seen[-1] == (report.records_read, report.records_read)


def test_bad_records_are_reported_and_the_good_ones_stored(corpus_path: Path,
                                                           tmp_path: Path) -> None:
    lines = corpus_path.read_text(encoding="utf-8").splitlines()[:5]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([lines[0], "{not json", lines[1], '{"title": "no body"}',
                                *lines[2:]]) + "\n", encoding="utf-8")
    con = connect(":memory:")
    report = ingest(con, [str(mixed)], batch_size=2)
    assert report.new + report.near_duplicates == 5
    assert [f.origin for f in report.failures] == [f"{mixed}#line=2", f"{mixed}#line=4"]
    assert all("\n" not in f.reason for f in report.failures)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(5,)]
