"""Speed of money, percent, quantity and date extraction over the real news corpus.

Prints values per second and microseconds per 1,000 characters for find_values (which runs
find_dates too) and for find_dates alone. Run: .venv/bin/python bench/values.py [ROUNDS]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from mineralwatch.extract.dates import find_dates
from mineralwatch.extract.values import find_values

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / \
    "critical-minerals-news" / "articles.jsonl"


def _published(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def main(rounds: int = 20) -> None:
    with CORPUS.open(encoding="utf-8") as fh:
        docs = [(r["text"], _published(r.get("published"))) for r in map(json.loads, fh)]
    chars = sum(len(text) for text, _ in docs)
    for name, fn in (("find_values", find_values), ("find_dates", find_dates)):
        found = sum(len(fn(text, pub)) for text, pub in docs)  # warm up, count
        start = time.perf_counter()
        for _ in range(rounds):
            for text, pub in docs:
                fn(text, pub)
        seconds = (time.perf_counter() - start) / rounds
        print(
            f"{name}: {len(docs)} articles, {chars:,} chars, {found:,} values | "
            f"{found / seconds:,.0f} values/s | {len(docs) / seconds:,.0f} articles/s | "
            f"{seconds / chars * 1e9:.1f} µs per 1,000 chars"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
