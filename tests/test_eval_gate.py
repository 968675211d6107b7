"""Evaluation gate: the suite fails when extraction quality on the gold set drops below the
floors last reached, so a change that breaks quality cannot land unnoticed.

Raise a floor when a change lifts the score; lower one only with a reason in the commit. The
gold files are pinned by hash: editing an annotation is a deliberate act that updates the pin.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mineralwatch.evaluation import Report, evaluate, gold_files, load_gold
from mineralwatch.extract import extract
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article

GOLD = Path(__file__).parent / "gold"

# Floors: (entity F1, event F1, values exactly normalised), per split, just under the scores
# measured at the end of the third session, 2026-11-28 (dev, 79 articles, of which the 23 of
# dev-e/f/g were added that session: 0.981 / 0.728 / 0.985; held-out, 54 articles:
# 0.908 / 0.555 / 0.958).
FLOORS = {
    "dev": (0.975, 0.72, 0.98),
    "heldout": (0.90, 0.545, 0.95),
}


@pytest.fixture(scope="module")
def articles(corpus_path) -> dict[str, Article]:
    return {a.id: a for a in read_sources([str(corpus_path)]) if isinstance(a, Article)}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_quality_stays_above_the_floors(split: str, articles) -> None:
    report = evaluate(load_gold(gold_files(GOLD, split)), articles, extract)
    entity_floor, event_floor, value_floor = FLOORS[split]
    entities = Report.total(report.entities).f1
    events = Report.total(report.events).f1
    values = Report.total(report.values).recall
    assert entities >= entity_floor, f"{split} entity F1 {entities:.3f} < {entity_floor}"
    assert events >= event_floor, f"{split} event F1 {events:.3f} < {event_floor}"
    assert values >= value_floor, f"{split} values {values:.3f} < {value_floor}"


def test_gold_files_are_the_pinned_ones() -> None:
    pinned = dict(reversed(line.split()) for line in
                  (GOLD / "SHA256SUMS").read_text().splitlines() if line.strip())
    for path in gold_files(GOLD):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert pinned.get(path.name) == digest, f"{path.name} changed: update SHA256SUMS"
