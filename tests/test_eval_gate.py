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
REUTERS_GOLD = GOLD / "reuters"
REUTERS_TEST_GOLD = GOLD / "reuters-test"
SYNTHETIC_GOLD = GOLD / "synthetic"

# Floors: (entity F1, event F1, values exactly normalised), per gold set and split, just
# under the scores measured at the end of the thirty-fourth session (the session's starting
# code, scored with the same evaluation and gold, in brackets). Earlier sessions' figures are
# in their closing notes; tests/gold/README.md tells what of the held-out sets was seen, when.
# - critical-minerals dev, 79 articles: 0.990 / 0.874 / 0.987, as at the start; held-out, 54
#   articles: 0.926 / 0.653 / 0.972 (0.927 / 0.655 / 0.972: one person fewer found, one more
#   false investment).
# - reuters dev, 195 stories (metals-train; non-mineral goods are no events, so shipments
#   of crops, meat, sugar, wheat or oil; a planned rate of output is no output): 0.964 / 0.635
#   / 0.987 (0.964 / 0.625 / 0.987). Held-out, 69 stories: 0.930 / 0.473 / 0.935 (0.930 / 0.477
#   / 0.935). The event floor is lowered from 0.475 to 0.47: two more false policies and one
#   more false facility, one false market move fewer (52 / 54 / 60 -> 52 / 56 / 60), read as
#   aggregates at the end; the session's second-wave policy rules (a quota with no actor is
#   the article's state's; controls a state announces are export controls) are the likely
#   source. No rule was chosen or dropped for this set.
# - reuters test-file, dev 20 stories: 0.960 / 0.764 / 0.991 (0.960 / 0.704 / 0.991);
#   held-out, 30 stories: 0.935 / 0.600 / 0.982 (0.920 / 0.568 / 0.982).
# - synthetic (fictional articles written for testing, see gold/synthetic/README.md). The
#   thirty-fourth session moved three held-out batches (m, v, y) to development, so its start
#   figures are of the new split: dev, 210 articles, 0.971 / 0.808 / 0.995 (0.968 / 0.795 /
#   0.993); held-out, 308 articles, 0.938 / 0.669 / 0.979 (0.935 / 0.664 / 0.979). Its batches
#   written in earlier sessions, start and end: heldout-syn-ak 0.952 / 0.663 / 0.974 and 0.954
#   / 0.679 / 0.974, ai 0.933 / 0.695 / 0.982 and 0.933 / 0.687 / 0.982, aj 0.956 / 0.632 /
#   0.983 and 0.958 / 0.640 / 0.983, ah 0.940 / 0.701 / 0.993 and 0.940 / 0.710 / 0.993;
#   validation batches af 0.955 / 0.685 / 0.968 both, ag 0.950 / 0.734 / 1.000 and 0.956 /
#   0.743 / 1.000.
FLOORS = {
    ("critical-minerals", "dev"): (0.985, 0.87, 0.985),
    ("critical-minerals", "heldout"): (0.92, 0.65, 0.97),
    ("reuters", "dev"): (0.96, 0.63, 0.985),
    ("reuters", "heldout"): (0.925, 0.47, 0.93),
    ("reuters-test", "dev"): (0.955, 0.76, 0.985),
    ("reuters-test", "heldout"): (0.93, 0.595, 0.975),
    ("synthetic", "dev"): (0.965, 0.805, 0.99),
    ("synthetic", "heldout"): (0.93, 0.665, 0.975),
}


@pytest.fixture(scope="module")
def gold_sets(corpus_path, reuters_path,
              reuters_test_articles) -> dict[str, tuple[Path, dict[str, Article]]]:
    def articles(path: Path) -> dict[str, Article]:
        return {a.id: a for a in read_sources([str(path)]) if isinstance(a, Article)}

    return {"critical-minerals": (GOLD, articles(corpus_path)),
            "reuters": (REUTERS_GOLD, articles(reuters_path)),
            "reuters-test": (REUTERS_TEST_GOLD, reuters_test_articles),
            "synthetic": (SYNTHETIC_GOLD, articles(SYNTHETIC_GOLD / "corpus" / "articles.jsonl"))}


@pytest.mark.parametrize(("gold_set", "split"), sorted(FLOORS))
def test_quality_stays_above_the_floors(gold_set: str, split: str, gold_sets) -> None:
    directory, articles = gold_sets[gold_set]
    report = evaluate(load_gold(gold_files(directory, split)), articles, extract)
    entity_floor, event_floor, value_floor = FLOORS[gold_set, split]
    entities = Report.total(report.entities).f1
    events = Report.total(report.events).f1
    values = Report.total(report.values).recall
    where = f"{gold_set} {split}"
    assert entities >= entity_floor, f"{where} entity F1 {entities:.3f} < {entity_floor}"
    assert events >= event_floor, f"{where} event F1 {events:.3f} < {event_floor}"
    assert values >= value_floor, f"{where} values {values:.3f} < {value_floor}"


@pytest.mark.parametrize("directory", [GOLD, REUTERS_GOLD, REUTERS_TEST_GOLD, SYNTHETIC_GOLD])
def test_gold_files_are_the_pinned_ones(directory: Path) -> None:
    pinned = dict(reversed(line.split()) for line in
                  (directory / "SHA256SUMS").read_text().splitlines() if line.strip())
    assert gold_files(directory)
    for path in gold_files(directory):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert pinned.get(path.name) == digest, f"{path.name} changed: update SHA256SUMS"
    for name in (n for n in pinned if "/" in n):  # the synthetic set's own articles
        digest = hashlib.sha256((directory / name).read_bytes()).hexdigest()
        assert pinned[name] == digest, f"{name} changed: update SHA256SUMS"
