"""Latency of the REST API and the dashboard on a store of a million synthetic events.

Builds the store with ``tests/synthetic.py`` (bulk DataFrame inserts), starts
``mineralwatch serve`` on it in a subprocess, and times requests to the main endpoints over
real HTTP on 127.0.0.1. Prints p50, p95 and max per endpoint; the target is p95 < 100 ms.

    .venv/bin/python bench/api.py                      # 1,000,000 events, a fresh store
    .venv/bin/python bench/api.py --db /tmp/b.duckdb   # reuse (or create) that store
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from mineralwatch.store.db import connect  # noqa: E402
from synthetic import MINERALS, ORGS, build_synthetic_store  # noqa: E402


def build(db: Path, n_events: int) -> None:
    if db.exists():
        con = connect(db, read_only=True)
        have = con.execute("SELECT count(*) FROM events").fetchone()[0]
        con.close()
        if have == n_events:
            print(f"reusing {db} ({have:,} events)")
            return
        db.unlink()
    started = time.perf_counter()
    con = connect(db)
    sizes = build_synthetic_store(con, n_articles=max(1, n_events // 10), n_events=n_events,
                                  seed=1)
    con.close()
    print(f"built {db}: " + ", ".join(f"{v:,} {k}" for k, v in sizes.items())
          + f" in {time.perf_counter() - started:.1f} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", "from mineralwatch.cli import main; main()",
                             "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started = time.perf_counter()
    while time.perf_counter() - started < 300:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
            print(f"server ready in {time.perf_counter() - started:.1f} s "
                  "(including the read index build)")
            return proc
        except httpx.TransportError:
            if proc.poll() is not None:
                raise SystemExit(proc.stderr.read().decode()) from None
            time.sleep(0.25)
    proc.kill()
    raise SystemExit("server did not start")


def endpoints(db: Path, rng: random.Random) -> dict[str, list[str]]:
    """Each endpoint with the URLs it rotates through (so no answer is measured twice in a
    row from warm caches of one key only)."""
    con = connect(db, read_only=True)
    articles = [r[0] for r in con.execute("SELECT id FROM articles USING SAMPLE 200 ROWS")
                .fetchall()]
    con.close()
    minerals = [m for m, _ in MINERALS]
    orgs = [o[0] for o in ORGS]
    return {
        "/api/events": ["/api/events"],
        "/api/events?type=…": [f"/api/events?type={t}" for t in
                               ("shipment", "agreement", "policy", "investment")],
        "/api/events?mineral=…&country=…": [
            f"/api/events?mineral={m}&country=country:{c}" for m in minerals
            for c in ("CN", "US", "AU")],
        "/api/events?since=…&until=…&min_conf": [
            f"/api/events?since=2025-0{m}-01&until=2025-0{m}-28&min_confidence=0.8"
            for m in range(1, 10)],
        "/api/events?q=…": [f"/api/events?q={q}" for q in
                            ("export controls", "offtake", "refinery", "floods")],
        "/api/events?organisation=…&sort=conf": [
            f"/api/events?organisation={o}&sort=confidence_desc" for o in orgs],
        "/api/events?offset=20000": ["/api/events?offset=20000&limit=100"],
        "/api/minerals/{id}": [f"/api/minerals/{m}" for m in minerals],
        "/api/organisations/{id}": [f"/api/organisations/{o}" for o in orgs],
        "/api/flows": ["/api/flows"],
        "/api/flows?mineral=…": [f"/api/flows?mineral={m}" for m in minerals],
        "/api/articles": ["/api/articles", "/api/articles?offset=500"],
        "/api/articles/{id}": [f"/api/articles/{a}" for a in articles],
        "/api/search?q=…": [f"/api/search?q={q}" for q in ("lynas", "gallium", "ASX:ILU")],
        "/api/changes": ["/api/changes", "/api/changes?since=7d&min_confidence=0.6"],
        "/api/changes?mineral=…&country=…": [
            f"/api/changes?mineral={m}&country={c}&since=7d" for m in minerals[:6]
            for c in ("CN", "US", "AU")],
        "/api/exposure/{mineral}": [f"/api/exposure/{m}" for m in minerals]
        + [f"/api/exposure/{m}?window=10&limit=50" for m in minerals[:3]],
        "page /": ["/"],
        "page /events": ["/events", "/events?type=policy&mineral=mineral:antimony"],
        "page /minerals/{id}": [f"/minerals/{m}" for m in minerals],
        "page /organisations/{id}": [f"/organisations/{o}" for o in orgs],
        "page /articles/{id}": [f"/articles/{a}" for a in articles[:50]],
        "page /flows": [f"/flows?mineral={m}" for m in minerals[:6]],
    }


def measure(base: str, groups: dict[str, list[str]], n: int) -> list[tuple]:
    rows = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, urls in groups.items():
            cold = []
            for url in urls:  # first visit of each URL: caches and the supply profile fill
                t = time.perf_counter()
                r = client.get(url)
                cold.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (url, r.status_code, r.text[:200])
            times = []
            for i in range(n):
                url = urls[i % len(urls)]
                t = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (url, r.status_code)
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            rows.append((name, statistics.median(times), p95, times[-1], max(cold)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per endpoint")
    args = parser.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"mineralwatch-bench-{args.events}.duckdb"
    build(db, args.events)
    port = free_port()
    proc = serve(db, port)
    try:
        rows = measure(f"http://127.0.0.1:{port}", endpoints(db, random.Random(1)),
                       args.requests)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"\n{args.requests} sequential requests per endpoint, {args.events:,} events "
          "(ms; 'first' = slowest first visit of each URL)")
    print(f"{'endpoint':42} {'p50':>7} {'p95':>7} {'max':>7} {'first':>8}  p95<100")
    for name, p50, p95, worst, cold in rows:
        print(f"{name:42} {p50:7.1f} {p95:7.1f} {worst:7.1f} {cold:8.1f}  "
              f"{'yes' if p95 < 100 else 'NO'}")


if __name__ == "__main__":
    main()
