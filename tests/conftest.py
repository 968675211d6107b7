"""Fixtures shared by the test suite: where the read-only ``../shared`` material lies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_ff02c4bfd34d3c46.txt"
CORPUS = SHARED / "corpora" / "critical-minerals-news" / "articles.jsonl"
REUTERS_TRAIN = SHARED / "corpora" / "reuters21578" / "metals-train.jsonl"
# Our own fictional articles (tests/gold/synthetic/README.md): in the repository, not ../shared.
SYNTHETIC = REPO / "tests" / "gold" / "synthetic" / "corpus" / "articles.jsonl"


@pytest.fixture()
def con(db: Path):
    """A read-only connection to the store of the module's own ``db`` fixture."""
    from mineralwatch.store.db import connect

    con = connect(db, read_only=True)
    yield con
    con.close()


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: ../shared must lie beside the checkout")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _require(SHARED)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return _require(SEED)


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    return _require(CORPUS)


@pytest.fixture(scope="session")
def reuters_path() -> Path:
    """The Reuters-21578 metals stories with their labels (the train file)."""
    return _require(REUTERS_TRAIN)


@pytest.fixture(scope="session")
def reuters_articles(reuters_path: Path) -> dict:
    """The Reuters-21578 metals stories as read by the ingest, keyed by story id."""
    from mineralwatch.ingest import read_sources
    from mineralwatch.models import Article

    return {a.id: a for a in read_sources([str(reuters_path)]) if isinstance(a, Article)}


@pytest.fixture(scope="session")
def reuters_test_articles(reuters_path: Path) -> dict:
    """The Reuters-21578 metals stories of the test file (topics withheld), keyed by story id."""
    from mineralwatch.ingest import read_sources
    from mineralwatch.models import Article

    path = _require(reuters_path.with_name("metals-test.jsonl"))
    return {a.id: a for a in read_sources([str(path)]) if isinstance(a, Article)}


@pytest.fixture(scope="session")
def corpus_records(corpus_path: Path) -> dict[str, dict]:
    """The critical-minerals news corpus keyed by record id."""
    with corpus_path.open(encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, fh)}


@pytest.fixture(scope="session")
def synthetic_records() -> dict[str, dict]:
    """The fictional articles of the synthetic gold set keyed by id (only the development
    batches' articles are for rule tests: the dev-syn-* files of gold/synthetic say which)."""
    with SYNTHETIC.open(encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, fh)}
