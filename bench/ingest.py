"""Ingest throughput and peak memory on the real-news corpora, grown to 50,000 articles.

The critical-minerals-news and Reuters metals JSONL corpora (≈860 articles with text) are
repeated until each size is reached. A repeat must be a new article, not a duplicate the store
skips, so copy ``k`` of an article keeps its even sentences and takes its odd ones from another
article: the same kind of text and length, a distinct content hash. Short Reuters items (one or
two sentences) stay close to their original, so about a third of the copies are stored as near
duplicates, which are extracted but keep no events.

Each size and setting runs in a fresh child process on a fresh temporary store, so the peak
resident set (``ru_maxrss``, DuckDB included, the larger of the main process and its extraction
workers) belongs to that run alone. The Python heap stays flat (the reader streams, batches are
dropped once written); what grows with the store is DuckDB's cache of table blocks and
indexes, bounded by its memory_limit: ``store.db.connect`` sets 512MB unless
MINERALWATCH_MEMORY_LIMIT says otherwise (DuckDB's own default is 80% of RAM, the "4GB" row
shows what an unbounded cache costs). The "DuckDB MB" column is its own account at the end of
the run. CPU time (workers included) is given per article beside wall time, which other load
on the machine inflates. Then the same input is ingested again: all duplicates, skipped before
extraction. Figures are printed, not asserted.
Run: .venv/bin/python bench/ingest.py [SIZE ...]
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
CORPORA = [SHARED / "critical-minerals-news" / "articles.jsonl",
           SHARED / "reuters21578" / "metals-train.jsonl",
           SHARED / "reuters21578" / "metals-test.jsonl"]
SIZES = (10_000, 25_000, 50_000)
BATCH = 256
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _records() -> list[dict]:
    records = []
    for path in CORPORA:
        with path.open(encoding="utf-8") as fh:
            for rec in map(json.loads, fh):
                text = rec.get("text") or rec.get("body") or ""
                if text.strip():
                    records.append({"id": rec["id"], "title": rec.get("title"), "text": text,
                                    "published": rec.get("published") or rec.get("date"),
                                    "source": rec.get("source") or "Reuters"})
    return records


def _corpus(records: list[dict], size: int, path: Path) -> None:
    """Write ``size`` distinct articles made from ``records`` to a JSONL file."""
    sentences = [_SENTENCE.split(r["text"]) for r in records]
    n = len(records)
    with path.open("w", encoding="utf-8") as out:
        for i in range(size):
            copy, base = divmod(i, n)
            rec = dict(records[base])
            if copy:
                other = sentences[(base + copy * 7919) % n]
                mine = sentences[base]
                mixed = [mine[j] if j % 2 == 0 or j >= len(other) else other[j]
                         for j in range(len(mine))]
                rec["text"] = " ".join(mixed) + f" (Edition {copy}.)"
                rec["title"] = f"{rec['title']} ({copy})"
            rec["id"] = f"{rec['id']}~{copy}"
            out.write(json.dumps(rec) + "\n")


# (workers, DuckDB memory_limit; None: connect's default, 512MB)
CONFIGS = ((1, None), (2, None), (1, "256MB"), (1, "4GB"))


def child(db: str, corpus: str, workers: int, memory_limit: str | None) -> None:
    """Ingest ``corpus`` into ``db``, then again (all duplicates); print one JSON line."""
    from mineralwatch.pipeline import ingest
    from mineralwatch.store.db import connect

    con = connect(db, memory_limit=memory_limit or None)
    start = time.perf_counter()
    report = ingest(con, [corpus], batch_size=BATCH, workers=workers)
    seconds = time.perf_counter() - start
    duckdb_mb = con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()"
                            ).fetchall()[0][0] / 2**20
    own, pool = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    rss = max(own.ru_maxrss, pool.ru_maxrss)
    cpu = own.ru_utime + own.ru_stime + pool.ru_utime + pool.ru_stime
    start = time.perf_counter()
    again = ingest(con, [corpus], batch_size=BATCH)
    rerun = time.perf_counter() - start
    con.close()
    assert again.duplicates == again.records_read, "re-ingest stored something"
    print(json.dumps({"articles": report.records_read, "new": report.new,
                      "near": report.near_duplicates, "dup": report.duplicates,
                      "failures": len(report.failures), "seconds": seconds, "cpu": cpu,
                      "rss_mb": rss / 1024, "duckdb_mb": duckdb_mb, "rerun": rerun,
                      "db_mb": Path(db).stat().st_size / 2**20}))


def _run(corpus: Path, workers: int, memory_limit: str | None, workdir: Path) -> dict:
    db = workdir / f"bench-{corpus.stem}-{workers}.duckdb"
    done = subprocess.run([sys.executable, __file__, "--child", str(db), str(corpus),
                           str(workers), memory_limit or ""], capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"benchmark run failed:\n{done.stderr}")
    db.unlink()
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(sizes: list[int]) -> None:
    missing = [p for p in CORPORA if not p.exists()]
    if missing:
        print(f"skipped: {', '.join(map(str, missing))} not found (../shared beside the checkout)")
        return
    records = _records()
    print(f"{len(records)} real articles from {len(CORPORA)} JSONL files, repeated to each size; "
          f"batch size {BATCH}; re-ingest = the same input again, all duplicates\n")
    header = (f"{'articles':>8} {'workers':>7} {'DuckDB limit':>12} {'new':>7} {'near dup':>8} "
              f"{'wall s':>7} {'art/s':>6} {'CPU ms/art':>10} {'peak RSS MB':>11} "
              f"{'DuckDB MB':>9} {'store MB':>8} {'re-ingest art/s':>15}")
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for size in sizes:
            corpus = workdir / f"corpus-{size}.jsonl"
            _corpus(records, size, corpus)
            for workers, limit in CONFIGS:
                row = _run(corpus, workers, limit, workdir)
                n = row["articles"]
                print(f"{n:>8,} {workers:>7} {limit or 'default':>12} {row['new']:>7,} "
                      f"{row['near']:>8,} {row['seconds']:>7.0f} {n / row['seconds']:>6,.0f} "
                      f"{row['cpu'] / n * 1000:>10.1f} {row['rss_mb']:>11,.0f} "
                      f"{row['duckdb_mb']:>9,.0f} {row['db_mb']:>8,.0f} "
                      f"{n / row['rerun']:>15,.0f}", flush=True)
            corpus.unlink()


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] or None)
    else:
        main([int(a) for a in sys.argv[1:]] or list(SIZES))
