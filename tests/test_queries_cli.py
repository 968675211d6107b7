"""`mineralwatch events` prints what /api/events answers, in three formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from mineralwatch.cli import app
from mineralwatch.store import queries
from mineralwatch.store.db import connect
from synthetic import build_synthetic_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "s.duckdb"
    con = connect(path)
    build_synthetic_store(con, n_articles=50, n_events=300, seed=2, end=date(2025, 6, 30))
    con.close()
    return path


def _run(*args: str):
    return CliRunner().invoke(app, ["events", *args])


def test_jsonl_matches_the_query_function(db):
    result = _run("--db", str(db), "--type", "policy", "--mineral", "mineral:lithium",
                  "--format", "jsonl", "--limit", "500")
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.output.splitlines()]
    con = connect(db, read_only=True)
    expected = queries.list_events(con, queries.EventQuery(type="policy",
                                                           mineral="mineral:lithium", limit=500))
    con.close()
    assert [e["id"] for e in printed] == [e["id"] for e in expected]
    assert printed and all(e["type"] == "policy" for e in printed)
    assert printed[0]["evidence"]["text"] == expected[0]["evidence_text"]


def test_csv_and_table(db):
    out = _run("--db", str(db), "--org", "org:lynas-rare-earths", "--since", "2025-01-01",
               "--format", "csv", "--limit", "5").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert 0 < len(rows) <= 5
    assert all("org:lynas-rare-earths" in r["arguments"] for r in rows)
    table = _run("--db", str(db), "--q", "offtake", "--limit", "3")
    assert table.exit_code == 0 and "offtake" in table.output.lower()


@pytest.mark.parametrize("args, message", [
    (["--since", "last week"], "YYYY-MM-DD"),
    (["--type", "earthquake"], "one of"),
    (["--limit", "0"], "limit"),
])
def test_bad_options_are_reported(db, args, message):
    result = _run("--db", str(db), *args)
    assert result.exit_code != 0 and message in result.output


def test_missing_store_is_a_clear_error(tmp_path):
    result = _run("--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2 and "no database" in result.output


def test_filters_take_names_as_users_type_them(db):
    """"lithium", "Li" and "mineral:lithium" are one filter; an unknown name is an error."""
    outputs = [_run("--db", str(db), "--mineral", name, "--format", "jsonl", "--limit", "500")
               for name in ("lithium", "Li", "mineral:lithium")]
    assert all(r.exit_code == 0 for r in outputs)
    assert outputs[0].output == outputs[1].output == outputs[2].output != ""
    unknown = _run("--db", str(db), "--mineral", "kryptonite")
    assert unknown.exit_code == 2 and "kryptonite" in unknown.output
