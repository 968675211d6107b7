"""http(s) sources, served by a local http.server on 127.0.0.1 (no other network)."""

from __future__ import annotations

import gzip
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from mineralwatch.ingest import ReadOptions, ReadStats, read_sources
from mineralwatch.models import Article, IngestError
from test_ingest_formats import RECORDS, news_page, rss_feed

# path -> (status, content type, body, extra headers)
Routes = dict[str, tuple[int, str, bytes, dict[str, str]]]


@pytest.fixture
def server(
    corpus_records: dict[str, dict], corpus_path: Path, seed_path: Path
) -> Iterator[tuple[str, Routes]]:
    records = [corpus_records[i] for i in RECORDS]
    jsonl = "\n".join(corpus_path.read_text(encoding="utf-8").splitlines()[:3]).encode()
    routes: Routes = {
        "/story": (200, "text/html; charset=utf-8", news_page(records[0]).encode(), {}),
        "/feed": (200, "application/rss+xml", rss_feed(records).encode(), {}),
        "/dump": (200, "application/x-ndjson", jsonl, {}),
        "/seed.txt": (200, "text/plain", seed_path.read_bytes(), {}),
        "/gzipped": (
            200,
            "text/plain",
            gzip.compress(seed_path.read_bytes()),
            {"Content-Encoding": "gzip"},
        ),
        "/big": (200, "text/plain", b"x" * 200_000, {}),
        "/missing": (404, "text/html", b"<h1>Not found</h1>", {}),
        "/moved": (302, "text/plain", b"", {"Location": "/story"}),
        "/to-ftp": (302, "text/plain", b"", {"Location": "ftp://127.0.0.1/x"}),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/slow":
                release.wait(10)  # answers only once the test is over
            status, content_type, body, headers = routes.get(
                self.path, (404, "text/plain", b"", {})
            )
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    release = threading.Event()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", routes
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()


def _read(*urls: str, **options: object) -> list[Article | IngestError]:
    return list(read_sources(list(urls), ReadOptions(**options)))  # type: ignore[arg-type]


def test_content_decides_the_reader(server: tuple[str, Routes]) -> None:
    base, _ = server
    stats = ReadStats()
    items = list(
        read_sources(
            [f"{base}/story", f"{base}/feed", f"{base}/dump", f"{base}/seed.txt"], stats=stats
        )
    )
    assert all(isinstance(i, Article) for i in items), items
    formats = [i.format for i in items]  # type: ignore[union-attr]
    assert formats == ["html", "feed", "feed", "feed", "jsonl", "jsonl", "jsonl", "text"]
    story = items[0]
    assert isinstance(story, Article)
    assert story.origin == f"{base}/story"
    assert story.url.startswith("https://news.example.org/")  # its canonical link
    seed = items[-1]
    assert isinstance(seed, Article)
    assert seed.source == "Benzinga" and seed.text.startswith("Pakistan has shipped")
    assert stats.files_read == 4 and stats.records_read == 8


def test_gzip_encoding_and_redirects(server: tuple[str, Routes], seed_path: Path) -> None:
    base, _ = server
    gzipped, moved = _read(f"{base}/gzipped", f"{base}/moved")
    assert isinstance(gzipped, Article) and gzipped.title.startswith("Pakistan Sends")
    assert isinstance(moved, Article) and moved.format == "html"


def test_http_errors_are_reported(server: tuple[str, Routes]) -> None:
    base, _ = server
    missing, too_big, to_ftp = _read(
        f"{base}/missing", f"{base}/big", f"{base}/to-ftp", max_bytes=100_000
    )
    assert missing == IngestError(f"{base}/missing", "HTTP 404 Not Found")
    assert too_big == IngestError(f"{base}/big", "file is larger than the limit (100000 bytes)")
    assert isinstance(to_ftp, IngestError) and to_ftp.origin == f"{base}/to-ftp"


def test_unreachable_url_is_one_error() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed.xml"
    [error] = _read(url, timeout=5.0)
    assert isinstance(error, IngestError)
    assert error.origin == url
    assert error.reason.startswith("unreachable (") and "\n" not in error.reason


def test_slow_server_times_out(server: tuple[str, Routes]) -> None:
    base, _ = server
    [error] = _read(f"{base}/slow", timeout=0.5)
    assert error == IngestError(f"{base}/slow", "timed out after 0.5 s")
