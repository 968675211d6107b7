"""The store: idempotent re-ingest, near duplicates, migrations, on real inputs."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import duckdb
import pytest

from mineralwatch.ingest import read_sources
from mineralwatch.models import Article
from mineralwatch.pipeline import ingest
from mineralwatch.store.db import StoreError, connect, schema_version
from mineralwatch.store.neardup import is_near_duplicate, similarity
from mineralwatch.store.schema import LATEST_VERSION, MIGRATIONS

DEMO = str(files("mineralwatch") / "data" / "demo")
TABLES = ("articles", "article_bands", "article_minhash", "entities", "article_entities",
          "mentions", "events", "event_arguments")


def _counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def _reuters(shared_dir: Path) -> dict[str, dict]:
    path = shared_dir / "corpora" / "reuters21578" / "metals-train.jsonl"
    with path.open(encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, fh)}


def test_reingesting_the_same_inputs_adds_nothing(seed_path: Path, corpus_path: Path,
                                                  tmp_path: Path) -> None:
    con = connect(tmp_path / "store.duckdb")
    inputs = [str(seed_path), str(corpus_path), DEMO]
    first = ingest(con, inputs)
    assert first.ok and first.new > 150
    before = _counts(con)
    assert before["articles"] == first.new + first.near_duplicates
    assert before["events"] > 0 and before["mentions"] > 0

    again = ingest(con, inputs)
    assert _counts(con) == before
    assert (again.new, again.near_duplicates) == (0, 0)
    assert again.duplicates == again.records_read == first.records_read
    # The same articles under a different name are still duplicates (content hash).
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(seed_path.read_bytes())
    renamed = ingest(con, [str(copy)])
    assert (renamed.new, renamed.duplicates) == (0, 1)
    assert _counts(con) == before


def _edited(text: str) -> str:
    """The story as another outlet runs it: a few words changed, the last paragraph cut."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    body = "\n".join(paragraphs[:-1]) if len(paragraphs) > 3 else text
    for old, new in ((" said ", " stated "), (" company ", " firm "), (" also ", " further ")):
        body = body.replace(old, new, 1)
    return body


def test_edited_copies_are_near_duplicates_of_their_originals(
        corpus_records: dict[str, dict], seed_path: Path, corpus_path: Path,
        tmp_path: Path) -> None:
    con = connect(tmp_path / "store.duckdb")
    ingest(con, [str(corpus_path)])
    stored = dict(con.execute("SELECT id, text FROM articles WHERE duplicate_of IS NULL "
                              "AND length(text) > 2000").fetchall())
    originals = sorted(stored)[:4]
    copies = tmp_path / "syndicated.jsonl"
    with copies.open("w", encoding="utf-8") as out:
        for n, original in enumerate(originals):
            record = corpus_records[original]
            out.write(json.dumps({"id": f"syndicated-{n}", "title": f"{record['title']} (wire)",
                                  "source": "Wire copy", "published": record["published"],
                                  "text": _edited(stored[original])}) + "\n")
    unrelated = tmp_path / "seed.txt"
    unrelated.write_bytes(seed_path.read_bytes())

    report = ingest(con, [str(copies), str(unrelated)])

    expected = {(f"syndicated-{n}", original) for n, original in enumerate(originals)}
    assert set(report.written.near_duplicates) == expected
    assert report.new == 1  # the seed: about critical minerals too, but another story
    rows = con.execute("SELECT id, duplicate_of FROM articles WHERE id LIKE 'syndicated-%' "
                       "ORDER BY id").fetchall()
    assert set(rows) == expected
    # A near duplicate keeps its text but adds no events or entities of its own.
    linked = con.execute("SELECT (SELECT count(*) FROM events WHERE article_id LIKE 'synd%'), "
                         "(SELECT count(*) FROM article_entities WHERE article_id LIKE 'synd%')"
                         ).fetchall()[0]
    assert linked == (0, 0)


def test_copy_of_a_near_duplicate_points_at_the_first_original(
        corpus_records: dict[str, dict], corpus_path: Path, tmp_path: Path) -> None:
    record = max(corpus_records.values(), key=lambda r: len(r["text"]))
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(record) + "\n", encoding="utf-8")
    con = connect(tmp_path / "store.duckdb")
    ingest(con, [str(first)])
    [(text,)] = con.execute("SELECT text FROM articles").fetchall()
    once = _edited(text)
    twice = once.replace(" the ", " this ", 2)
    later = tmp_path / "later.jsonl"
    later.write_text("".join(json.dumps({"id": i, "title": f"Copy {i}", "text": t}) + "\n"
                             for i, t in (("copy-1", once), ("copy-2", twice))), "utf-8")
    report = ingest(con, [str(later)], batch_size=1)  # copy-2 meets copy-1 in the store
    assert sorted(report.written.near_duplicates) == [("copy-1", record["id"]),
                                                      ("copy-2", record["id"])]


def test_demo_syndicated_pair_is_found(tmp_path: Path) -> None:
    con = connect(tmp_path / "demo.duckdb")
    report = ingest(con, [DEMO])
    assert report.ok
    [(copy, original, origin)] = con.execute(
        "SELECT a.id, a.duplicate_of, o.origin FROM articles a JOIN articles o "
        "ON o.id = a.duplicate_of").fetchall()
    assert copy == "demo-jsonl-001"
    assert origin.endswith("2025-10-03-pakistan-first-cargo-ussm.txt")
    assert report.written.near_duplicates == [(copy, original)]
    assert con.execute("SELECT count(*) FROM events WHERE article_id = ?",
                       [copy]).fetchall()[0][0] == 0
    assert con.execute("SELECT count(*) FROM events WHERE article_id = ?",
                       [original]).fetchall()[0][0] > 0


def test_templated_notices_with_other_figures_are_distinct(shared_dir: Path) -> None:
    records = _reuters(shared_dir)
    # "Magma lowers copper price 0.25 ct" and "... 0.50 ct": 67% of shingles shared, and
    # yet two price cuts. A rewrite of one story keeps its figures.
    cut_25, cut_50 = records["12215"]["body"], records["14476"]["body"]
    assert similarity(cut_25.replace("0.25", "0.50"), cut_50) > 0.9
    assert not is_near_duplicate(cut_25, cut_50)
    rewrite_a, rewrite_b = records["2762"]["body"], records["2785"]["body"]  # Pioneer, Ghana
    assert 0.6 < similarity(rewrite_a, rewrite_b) < 0.8
    assert is_near_duplicate(rewrite_a, rewrite_b)


def test_reuters_corpus_near_duplicates_are_rewrites(shared_dir: Path, tmp_path: Path) -> None:
    path = shared_dir / "corpora" / "reuters21578" / "metals-train.jsonl"
    con = connect(tmp_path / "store.duckdb")
    report = ingest(con, [str(path)])
    pairs = dict(report.written.near_duplicates)
    assert pairs.get("2785") == "2762" and pairs.get("5958") == "5932"
    assert "14476" not in pairs and "12215" not in pairs
    # Every stored pair agrees when checked on the texts.
    texts = dict(con.execute("SELECT id, text FROM articles").fetchall())
    for copy, original in pairs.items():
        assert is_near_duplicate(texts[copy], texts[original]), (copy, original)


def test_duplicates_inside_one_batch(seed_path: Path, tmp_path: Path) -> None:
    con = connect(":memory:")
    [article] = [a for a in read_sources([str(seed_path)]) if isinstance(a, Article)]
    path = tmp_path / "twice.jsonl"
    record = {"title": article.title, "text": article.text, "source": article.source}
    path.write_text("".join(json.dumps({"id": i, **record}) + "\n" for i in ("a", "b", "a")),
                    "utf-8")
    report = ingest(con, [str(path)])
    assert (report.new, report.duplicates) == (1, 2)
    assert _counts(con)["articles"] == 1


def _version_1_store(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                "description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
    version, description, sql = MIGRATIONS[0]
    con.execute(sql)
    con.execute("INSERT INTO schema_version (version, description) VALUES (?, ?)",
                [version, description])
    con.close()


def test_a_version_1_store_is_migrated_on_open(seed_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    _version_1_store(path)
    with pytest.raises(StoreError, match="older than"):
        connect(path, read_only=True)
    con = connect(path)
    assert schema_version(con) == LATEST_VERSION
    versions = [row[0] for row in con.execute(
        "SELECT version FROM schema_version ORDER BY version").fetchall()]
    assert versions == [v for v, _, _ in MIGRATIONS]
    report = ingest(con, [str(seed_path)])
    assert report.new == 1
    assert con.execute("SELECT count(*) FROM reference_releases").fetchall() == [(0,)]
    con.close()
    # Opening again migrates nothing and keeps what was stored.
    reopened = connect(path, read_only=True)
    assert schema_version(reopened) == LATEST_VERSION
    assert reopened.execute("SELECT count(*) FROM articles").fetchall() == [(1,)]


def test_a_store_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    connect(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version, description) VALUES (?, 'future')",
                [LATEST_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer"):
        connect(path)


def _memory_limit_mib(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]


def test_duckdb_memory_is_bounded_and_configurable(tmp_path: Path, monkeypatch) -> None:
    """DuckDB's cache would otherwise grow with the store up to 80% of RAM."""
    path = tmp_path / "m.duckdb"
    with connect(path) as con:
        assert _memory_limit_mib(con) == "488.2 MiB"  # 512MB, DuckDB counts in MiB
    monkeypatch.setenv("MINERALWATCH_MEMORY_LIMIT", "1GB")
    with connect(path, read_only=True) as con:
        assert _memory_limit_mib(con) == "953.6 MiB"
    with connect(path, memory_limit="256MB") as con:
        assert _memory_limit_mib(con) == "244.1 MiB"
        with connect(path, memory_limit="1GB") as again:  # one instance: the last limit holds
            assert _memory_limit_mib(again) == _memory_limit_mib(con) == "953.6 MiB"
    monkeypatch.setenv("MINERALWATCH_MEMORY_LIMIT", "plenty")
    with pytest.raises(StoreError, match="'plenty': not a size"):
        connect(path)
