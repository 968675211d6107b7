"""Bad inputs: each is one IngestError naming the input and a one-line reason; the run goes on."""

from __future__ import annotations

import gzip
import os
import random
from pathlib import Path

from mineralwatch.ingest import ReadOptions, read_sources
from mineralwatch.models import Article, IngestError


def _read(*inputs: Path | str, **options: object) -> list[Article | IngestError]:
    return list(read_sources([str(i) for i in inputs], ReadOptions(**options)))  # type: ignore[arg-type]


def _single_error(path: Path | str, **options: object) -> IngestError:
    [item] = _read(path, **options)
    assert isinstance(item, IngestError), item
    assert item.origin == str(path)
    assert item.reason and "\n" not in item.reason
    return item


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(random.Random(7).randbytes(5000))
    assert _single_error(path).reason.startswith("not text")


def test_random_bytes_without_nul_or_controls(tmp_path: Path) -> None:
    rng = random.Random(11)
    path = tmp_path / "high-bytes.txt"
    path.write_bytes(bytes(rng.choice(range(0x80, 0x100)) for _ in range(4000)))
    assert _single_error(path).reason.startswith("not text")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    assert _single_error(path).reason == "empty file"
    blank = tmp_path / "blank.txt"
    blank.write_text("\n  \n", encoding="utf-8")
    assert _single_error(blank).reason == "empty file"


def test_undecodable_line_in_jsonl(corpus_path: Path, tmp_path: Path) -> None:
    good = corpus_path.read_text(encoding="utf-8").splitlines()[0].encode("utf-8")
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good + b"\n" + b'{"text": "\x00\x01\x02\x03\x04\x05\x06"}\n' + good + b"\n")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Article", "IngestError", "Article"]
    assert items[1].reason.startswith("line 2: not text")  # type: ignore[union-attr]


def test_file_larger_than_the_limit(seed_path: Path, tmp_path: Path) -> None:
    error = _single_error(seed_path, max_bytes=1000)
    assert error.reason == "file is larger than the limit (1000 bytes)"
    # A gzip bomb is caught on the decompressed size, not the file size.
    bomb = tmp_path / "page.txt.gz"
    bomb.write_bytes(gzip.compress(seed_path.read_bytes() * 50))
    assert os.path.getsize(bomb) < 20_000
    assert _single_error(bomb, max_bytes=20_000).reason == (
        "file is larger than the limit (20000 bytes)"
    )


def test_oversized_jsonl_line_is_skipped(corpus_path: Path, tmp_path: Path) -> None:
    lines = corpus_path.read_text(encoding="utf-8").splitlines()
    short = sorted(lines, key=len)[:2]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join([short[0], max(lines, key=len), short[1]]) + "\n", "utf-8")
    limit = max(len(s.encode()) for s in short) + 10
    items = _read(path, max_bytes=limit)
    assert [type(i).__name__ for i in items] == ["Article", "IngestError", "Article"]
    assert items[1].reason == f"line 2: longer than the limit ({limit} bytes)"  # type: ignore[union-attr]


def test_nonexistent_path() -> None:
    assert _single_error("/no/such/dir/article.txt").reason == "no such file or directory"


def test_corrupt_gzip(seed_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.txt.gz"
    path.write_bytes(gzip.compress(seed_path.read_bytes())[:200])
    error = _single_error(path)
    assert "compressed" in error.reason or "read failed" in error.reason


def test_unsupported_url_schemes() -> None:
    for url in ("ftp://example.org/feed.xml", "file:///etc/passwd", "gopher://x/1"):
        error = _single_error(url)
        assert error.reason.startswith("unsupported URL scheme")


def test_the_run_goes_on_after_every_bad_input(seed_path: Path, tmp_path: Path) -> None:
    noise = tmp_path / "noise.bin"
    noise.write_bytes(random.Random(3).randbytes(3000))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    html = tmp_path / "cut.html"
    html.write_text("<html><head><title>Cut", encoding="utf-8")
    items = _read(noise, "/missing.jsonl", empty, html, "ftp://x/y", seed_path)
    assert [type(i).__name__ for i in items] == ["IngestError"] * 5 + ["Article"]
    assert [i.origin for i in items[:5]] == [  # type: ignore[union-attr]
        str(noise),
        "/missing.jsonl",
        str(empty),
        str(html),
        "ftp://x/y",
    ]
