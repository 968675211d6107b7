"""Reuters metals topics of real 1987 stories, from the minerals they are about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from mineralwatch.cli import tag
from mineralwatch.extract import extract
from mineralwatch.extract.vocabulary import load_minerals
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article
from mineralwatch.tagging import METALS_TOPICS, REUTERS_TOPICS, topics_of


@pytest.fixture(scope="module")
def train_path(shared_dir: Path) -> Path:
    path = shared_dir / "corpora" / "reuters21578" / "metals-train.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path


@pytest.fixture(scope="module")
def train(train_path: Path) -> dict[str, Article]:
    return {a.id: a for a in read_sources([str(train_path)]) if isinstance(a, Article)}


def test_topic_map_covers_the_vocabulary_it_names():
    known = {m.id for m in load_minerals()}
    assert set(REUTERS_TOPICS) <= known
    assert set(REUTERS_TOPICS.values()) == set(METALS_TOPICS)
    assert REUTERS_TOPICS["mineral:aluminum"] == "alum"  # bauxite and alumina resolve to it
    assert REUTERS_TOPICS["mineral:iron-ore"] == "iron-steel"
    assert REUTERS_TOPICS["mineral:iron-and-steel"] == "iron-steel"
    assert REUTERS_TOPICS["mineral:platinum"] == "platinum"
    for strategic in ("uranium", "mercury", "cobalt", "vanadium", "neodymium", "rare-earths"):
        assert REUTERS_TOPICS[f"mineral:{strategic}"] == "strategic-metal"
    assert "mineral:metallurgical-coal" not in REUTERS_TOPICS


@pytest.mark.parametrize(("story", "topics"), [
    ("22", {"copper"}),  # MAGMA LOWERS COPPER 0.75 CENT TO 66 CTS
    ("1607", {"copper", "gold"}),  # Northgate's copper and gold ore reserves
    ("5888", {"copper"}),  # copper shares; Newmont's gold operations in passing
    ("6846", {"copper"}),  # copper industry and the LME; "would lead to" is a verb
    ("5255", {"gold"}),  # "may lead to a temporary reduction in gold supplies"
    ("12243", {"silver"}),  # silver futures margins; gold and copper in passing
    ("1156", {"iron-steel"}),  # iron ore firm; gold, cobalt, nickel, silver in a list
    ("272", {"alum"}),  # NIPPON LIGHT METAL CONTINUES ALUMINIUM OUTPUT CUT
    ("2942", {"strategic-metal"}),  # South African uranium imports
    ("13052", {"strategic-metal"}),  # MINAS DE ALMADEN RAISES MERCURY PRICE
    ("37", set()),  # a software company's quarterly results
    pytest.param("10371", set(), marks=pytest.mark.xfail(  # a stake in Pancontinental,
        strict=True, reason="its passing \"gold and coal mines\" is a mention of gold, the "
        "story's only mineral, in its lead: see test_salience")),  # which mines gold in passing
])
def test_topics_of_real_stories(train, story, topics):
    assert topics_of(extract(train[story])) == topics


def test_tag_command_prints_minerals_and_topics(train_path: Path, tmp_path: Path):
    wanted = {"22", "6846", "37"}
    with train_path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if json.loads(line)["id"] in wanted]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(lines), encoding="utf-8")
    app = typer.Typer()
    tag.register(app)
    app.command("noop")(lambda: None)  # with two commands Typer keeps the sub-command name

    result = CliRunner().invoke(app, ["tag", str(sample)])
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert rows["22"] == {"id": "22", "minerals": ["mineral:copper"], "topics": ["copper"]}
    assert rows["6846"]["topics"] == ["copper"]
    assert rows["37"] == {"id": "37", "minerals": [], "topics": []}

    table = CliRunner().invoke(app, ["tag", str(sample), "--format", "table"])
    assert table.exit_code == 0, table.output
    assert "MAGMA LOWERS COPPER" in table.stdout and "copper" in table.stdout
