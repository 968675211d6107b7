"""Ingest throughput and peak memory on the real-news corpora, grown to 50,000 articles.

The critical-minerals-news and Reuters metals JSONL corpora (≈900 articles) are repeated until
each size is reached. A repeat must be a new article, not a duplicate the store skips, so copy
``k`` of an article keeps its even sentences and takes its odd ones from another article: the
same kind of text and length, a distinct content hash, and (mostly) no near duplicate.

Each size runs in a fresh child process on a fresh temporary store, so the peak resident set
(``ru_maxrss``, DuckDB's memory included, extraction workers included) belongs to that run
alone. A flat column of peaks as the corpus grows means ingest streams. Figures are printed,
not asserted. Run: .venv/bin/python bench/ingest.py [SIZE ...]
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


def child(db: str, corpus: str, workers: int) -> None:
    """Ingest ``corpus`` into ``db`` and print one JSON line of figures."""
    from mineralwatch.pipeline import ingest
    from mineralwatch.store.db import connect

    con = connect(db)
    start = time.perf_counter()
    report = ingest(con, [corpus], batch_size=BATCH, workers=workers)
    seconds = time.perf_counter() - start
    con.close()
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"articles": report.records_read, "new": report.new,
                      "near": report.near_duplicates, "dup": report.duplicates,
                      "failures": len(report.failures), "seconds": seconds,
                      "rss_mb": rss / 1024, "db_mb": Path(db).stat().st_size / 2**20}))


def _run(corpus: Path, workers: int, workdir: Path) -> dict:
    db = workdir / f"bench-{corpus.stem}-{workers}.duckdb"
    done = subprocess.run([sys.executable, __file__, "--child", str(db), str(corpus),
                           str(workers)], capture_output=True, text=True, check=True)
    db.unlink()
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(sizes: list[int]) -> None:
    missing = [p for p in CORPORA if not p.exists()]
    if missing:
        print(f"skipped: {', '.join(map(str, missing))} not found (../shared beside the checkout)")
        return
    records = _records()
    print(f"{len(records)} real articles from {len(CORPORA)} JSONL files, repeated to each size; "
          f"batch size {BATCH}\n")
    header = (f"{'articles':>9} {'workers':>7} {'new':>7} {'near dup':>8} {'seconds':>8} "
              f"{'articles/s':>10} {'peak RSS MB':>11} {'store MB':>8}")
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for size in sizes:
            corpus = workdir / f"corpus-{size}.jsonl"
            _corpus(records, size, corpus)
            for workers in (1, 2):
                row = _run(corpus, workers, workdir)
                print(f"{row['articles']:>9,} {workers:>7} {row['new']:>7,} {row['near']:>8,} "
                      f"{row['seconds']:>8.1f} {row['articles'] / row['seconds']:>10,.0f} "
                      f"{row['rss_mb']:>11,.0f} {row['db_mb']:>8,.0f}", flush=True)
            corpus.unlink()


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main([int(a) for a in sys.argv[1:]] or list(SIZES))
