"""The `ingest`, `articles`, `show` and `demo` commands, as a user runs them."""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from mineralwatch.cli import app
from mineralwatch.store.db import connect

DEMO = str(files("mineralwatch") / "data" / "demo")
BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Metals wire</title>
<item><title>&lol9;</title><link>https://example.org/a</link><description>&lol9;</description>
</item></channel></rss>
"""


def run(*args: str) -> tuple[int, str]:
    """Exit code and everything printed (stdout and stderr), whitespace normalised."""
    result = CliRunner().invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def _flat(text: str) -> str:
    return " ".join(text.split())


def _count(db: Path) -> int:
    con = connect(db, read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    finally:
        con.close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _short_records(corpus_path: Path, n: int) -> list[dict]:
    with corpus_path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    return sorted(records, key=lambda r: len(r["text"]))[:n]


def test_bad_inputs_are_named_and_the_good_ones_stored(seed_path: Path, corpus_path: Path,
                                                       tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    code, _ = run("ingest", "--db", str(db), "--quiet", DEMO)
    assert code == 0
    con = connect(db, read_only=True)
    before = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
    con.close()

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "noise.txt").write_bytes(random.Random(1).randbytes(4000))
    (bad / "empty.html").write_bytes(b"")
    (bad / "cut.html").write_text("<html><head><title>Antimony prices", encoding="utf-8")
    (bad / "laughs.xml").write_text(BOMB, encoding="utf-8")
    (bad / "huge.txt").write_text(seed_path.read_text(encoding="utf-8") * 20, encoding="utf-8")
    good, broken = _short_records(corpus_path, 2)
    dump = bad / "dump.jsonl"
    dump.write_bytes(b"\n".join([
        json.dumps(good).encode(), b"{\"id\": \"x\", \"text\": \"unterminated",
        b'{"id": "ctl", "text": "\x00\x01\x02\x03\x04\x05\x06\x07"}',
        json.dumps(broken).encode(), b""]))
    url = f"http://127.0.0.1:{_closed_port()}/feed.xml"
    missing = str(tmp_path / "no-such-file.jsonl")

    code, output = run("ingest", "--db", str(db), "--max-bytes", "20000", "--quiet",
                       str(bad), str(seed_path), url, missing)

    assert code == 1
    assert "Traceback" not in output
    failures = {line.split(": ", 1)[0].removeprefix("✗ "): line.split(": ", 1)[1]
                for line in (line.strip() for line in output.splitlines())
                if line.startswith("✗ ")}
    assert failures == {
        str(bad / "cut.html"): failures[str(bad / "cut.html")],
        f"{dump}#line=2": failures[f"{dump}#line=2"],
        f"{dump}#line=3": failures[f"{dump}#line=3"],
        str(bad / "empty.html"): "empty file",
        str(bad / "huge.txt"): "file is larger than the limit (20000 bytes)",
        str(bad / "laughs.xml"): failures[str(bad / "laughs.xml")],
        str(bad / "noise.txt"): failures[str(bad / "noise.txt")],
        url: failures[url],
        missing: "no such file or directory",
    }
    assert failures[f"{dump}#line=2"].startswith("line 2: malformed JSON")
    assert failures[f"{dump}#line=3"].startswith("line 3: not text")
    assert failures[str(bad / "noise.txt")].startswith("not text")
    assert "entit" in failures[str(bad / "laughs.xml")]
    assert failures[url].startswith("unreachable")
    assert "9 failures" in _flat(output)

    con = connect(db, read_only=True)
    after = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
    assert before < after  # nothing lost
    assert {good["id"], broken["id"]} <= after
    assert con.execute("SELECT count(*) FROM articles WHERE origin = ?",
                       [str(seed_path)]).fetchall() == [(1,)]


def test_a_store_locked_by_another_process_is_one_line(seed_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    holder = duckdb.connect(str(db))  # this process holds the write lock
    try:
        done = subprocess.run([sys.executable, "-c", "from mineralwatch.cli import main; main()",
                               "ingest", "--db", str(db), str(seed_path)],
                              capture_output=True, text=True, timeout=120)
    finally:
        holder.close()
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("error: ") and "cannot open database" in done.stderr


def test_articles_lists_as_jsonl_and_table(seed_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    run("ingest", "--db", str(db), "--quiet", DEMO, str(seed_path))
    code, output = run("articles", "--db", str(db), "--format", "jsonl", "--limit", "100")
    assert code == 0
    rows = [json.loads(line) for line in output.splitlines()]
    assert len(rows) == _count(db)
    assert {"id", "title", "published", "source"} <= set(rows[0])
    published = [r["published"][:10] for r in rows if r["published"]]
    assert published == sorted(published, reverse=True)  # newest first
    script = next(r for r in rows if r["id"] == "demo-jsonl-007")
    assert "<script>alert('x')</script>" in script["title"]

    code, table = run("articles", "--db", str(db), "--limit", "5")
    assert code == 0
    assert table.split()[:5] == ["id", "published", "source", "title", "minerals"]
    assert all(row["id"] in table for row in rows[:5])
    assert not any(row["id"] in table for row in rows[5:])

    assert run("articles", "--db", str(db), "--format", "xml")[0] == 2
    code, output = run("articles", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "no database here" in _flat(output)


def test_titles_with_brackets_are_shown_as_written(tmp_path: Path) -> None:
    path = tmp_path / "brackets.jsonl"
    path.write_text(json.dumps({
        "id": "br-1", "title": "Copper [/b] prices [red]fall[/red]", "source": "Desk [x]",
        "text": "Copper prices fell on Monday as traders weighed new tariffs on imports of "
                "refined metal into the United States, a desk [note] said."}) + "\n",
        encoding="utf-8")
    db = tmp_path / "store.duckdb"
    assert run("ingest", "--db", str(db), "--quiet", str(path))[0] == 0
    code, table = run("articles", "--db", str(db))
    assert code == 0 and "Copper [/b] prices" in table and "[red]fall[/red]" in table
    code, shown = run("show", "br-1", "--db", str(db))
    assert code == 0
    assert shown.splitlines()[0] == "Copper [/b] prices [red]fall[/red]"
    assert "Desk [x]" in shown and "a desk [note] said" in _flat(shown)


def test_show_prints_an_article_and_refuses_an_unknown_id(seed_path: Path,
                                                         tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    run("ingest", "--db", str(db), "--quiet", str(seed_path))
    con = connect(db, read_only=True)
    [(article_id, title, text)] = con.execute("SELECT id, title, text FROM articles").fetchall()
    [(events,)] = con.execute("SELECT count(*) FROM events").fetchall()
    con.close()
    code, output = run("show", article_id, "--db", str(db))
    assert code == 0
    assert output.splitlines()[0] == title
    assert "Benzinga" in output.splitlines()[1] and article_id in output.splitlines()[1]
    assert _flat(text) in _flat(output)
    if events:
        assert "Events" in output
        assert len([line for line in output.splitlines() if line.startswith("• ")]) == events

    code, output = run("show", "no-such-article", "--db", str(db))
    assert code == 2
    assert output.strip() == "error: no article with id 'no-such-article'"


def test_demo_on_a_fresh_path(tmp_path: Path) -> None:
    db = tmp_path / "fresh" / "demo.duckdb"
    db.parent.mkdir()
    code, output = run("demo", "--db", str(db))
    assert code == 0
    flat = _flat(output)
    stored = _count(db)
    assert stored >= 20
    assert f"{stored - 1} new, 0 duplicates, 1 near duplicates, 0 failures" in flat
    assert f"Knowledge base: {stored} articles" in flat
    assert f"mineralwatch serve --db {db}" in flat and "http://127.0.0.1:8000" in flat
    code, shown = run("show", "demo-jsonl-001", "--db", str(db))
    assert code == 0 and "near duplicate of " in shown.splitlines()[2]
    code, again = run("demo", "--db", str(db))
    assert code == 0 and f"0 new, {stored} duplicates" in _flat(again)
    assert _count(db) == stored


def test_labels_go_into_every_article_metadata(seed_path: Path, corpus_path: Path,
                                               tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    code, _ = run("ingest", "--db", str(db), "--quiet", "--label", "batch=week-48",
                  "--label", "analyst = kim", str(seed_path), str(corpus_path))
    assert code == 0
    con = connect(db, read_only=True)
    metadata = [json.loads(m) for (m,) in con.execute("SELECT metadata FROM articles")
                .fetchall()]
    assert len(metadata) > 100
    assert all(m["batch"] == "week-48" and m["analyst"] == "kim" for m in metadata)
    code, output = run("ingest", "--db", str(db), "--label", "novalue", str(seed_path))
    assert code == 2 and "--label takes NAME=VALUE" in output


def test_field_options_map_a_dump_with_other_names(corpus_path: Path, tmp_path: Path) -> None:
    records = _short_records(corpus_path, 3)
    dump = tmp_path / "export.jsonl"
    dump.write_text("".join(json.dumps({"ref": f"exp-{n}", "headline2": r["title"],
                                        "story": r["text"], "when": r["published"]}) + "\n"
                            for n, r in enumerate(records)), encoding="utf-8")
    db = tmp_path / "store.duckdb"
    code, output = run("ingest", "--db", str(db), "--quiet", str(dump))
    assert code == 1 and "record has no text field" in output  # "story" is not a known name

    code, output = run("ingest", "--db", str(db), "--quiet", "--field", "text=story",
                       "--field", "title=headline2", "--field", "published=when",
                       "--field", "id=ref", str(dump))
    assert code == 0, output
    con = connect(db, read_only=True)
    stored = {row[0]: row[1:] for row in con.execute(
        "SELECT id, title, published FROM articles").fetchall()}
    assert stored == {f"exp-{n}": (r["title"], r["published"]) for n, r in enumerate(records)}
    assert run("ingest", "--db", str(db), "--field", "text", str(dump))[0] == 2


@pytest.mark.parametrize("option", ["--workers", "--batch-size"])
def test_counts_must_be_positive(option: str, seed_path: Path, tmp_path: Path) -> None:
    code, output = run("ingest", "--db", str(tmp_path / "s.duckdb"), option, "0",
                       str(seed_path))
    assert code == 2 and option in output


def test_text_that_looks_like_markup_is_printed_as_written(tmp_path: Path) -> None:
    """Titles and evidence come from the news; "[/red]" in them must neither crash the
    terminal renderer nor restyle the output."""
    article = tmp_path / "markup.txt"
    article.write_text("Pakistan ships antimony [/red] to US\n\nPakistan has shipped 20 tonnes "
                       "of antimony [/red] to the United States, the Frontier Works "
                       "Organisation said on Thursday.\n", encoding="utf-8")
    db = str(tmp_path / "m.duckdb")
    assert run("ingest", "--db", db, "--quiet", str(article))[0] == 0
    for command in (["events"], ["changes", "--since", "100000d"],
                    ["tag", str(article), "--format", "table"]):
        code, output = run(*command[:1], *(["--db", db] if command[0] != "tag" else []),
                           *command[1:])
        assert code == 0, output
        assert "[/red]" in output, command
    code, output = run("exposure", "[/b]", "--db", db)
    assert code == 2 and "no mineral called '[/b]'" in output
