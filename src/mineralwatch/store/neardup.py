"""Near-duplicate detection: MinHash signatures of word shingles, banded for LSH lookup.

The same story syndicated with small edits (a changed headline, a reworded phrase, a dropped
paragraph) shares most of its 5-word shingles. The LSH bands (stored, so the lookup works across
runs without holding every signature in memory) find candidates; the signature's estimate drops
the far ones; the texts themselves then decide. Two tests, both measured on the Reuters and
critical-minerals corpora:

- exact shingle Jaccard of at least ``THRESHOLD``: wire rewrites score 0.5-0.7 (one changed
  word costs five shingles), so 0.8 missed most of them, the demo's syndicated pair included;
- the figures of one text all appear in the other: templated notices ("Magma lowers copper
  price 0.25 ct to 65.50 cts" beside "... 0.50 ct to 65.50 cts") score 0.67 but are different
  events, and a rewrite keeps its figures. A near duplicate is stored without its events, so a
  false match loses data; a missed one only stores an event twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: a pair at 0.6 similarity shares a band with p ≈ 0.9
ROWS = NUM_PERM // BANDS
CANDIDATE = 0.45  # estimated similarity worth checking on the texts (64 permutations: ±0.06)
THRESHOLD = 0.6  # exact shingle Jaccard of a near duplicate
SHINGLE = 5
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SEED = 7


@dataclass(frozen=True, slots=True)
class Signature:
    hashvalues: np.ndarray  # uint64, NUM_PERM long

    def bands(self) -> list[tuple[int, int]]:
        """(band number, band hash) pairs for the LSH index."""
        rows = self.hashvalues.reshape(BANDS, ROWS)
        return [(band, int(hash(tuple(rows[band].tolist())) & 0x7FFF_FFFF_FFFF_FFFF))
                for band in range(BANDS)]

    def similarity(self, other: np.ndarray) -> float:
        """Estimated Jaccard similarity with another signature's hash values."""
        return float(np.mean(self.hashvalues == np.asarray(other, dtype=np.uint64)))


_PROTOTYPE = MinHash(num_perm=NUM_PERM, seed=_SEED)


def shingles(text: str) -> set[str]:
    """The text's word 5-grams, lower-cased: what near duplicates share."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> Signature | None:
    """MinHash of the text's word 5-grams; None when the text is too short to compare."""
    if len(_WORD.findall(text)) < SHINGLE * 2:
        return None
    minhash = _PROTOTYPE.copy()  # shares the permutations: no per-article set-up cost
    minhash.update_batch([s.encode() for s in shingles(text)])
    return Signature(minhash.hashvalues.astype(np.uint64))


def estimates(sig: Signature, others: list[list[int]]) -> np.ndarray:
    """Estimated similarity of ``sig`` with each of many stored signatures, at once."""
    if not others:
        return np.zeros(0)
    return (np.asarray(others, dtype=np.uint64) == sig.hashvalues).mean(axis=1)


def similarity(text: str, other: str) -> float:
    """Exact shingle Jaccard similarity of two texts, 0 when they differ in a figure."""
    return _Text(text).similarity(other)


def is_near_duplicate(text: str, other: str) -> bool:
    return similarity(text, other) >= THRESHOLD


def closest(text: str, others: dict[str, str]) -> str | None:
    """The key of the text in ``others`` that ``text`` nearly duplicates, the closest one."""
    mine = _Text(text)
    score, key = max(((mine.similarity(t), k) for k, t in others.items()), default=(0.0, None))
    return key if score >= THRESHOLD else None


class _Text:
    """A text's shingles and figures, computed once to compare it with several others."""

    def __init__(self, text: str) -> None:
        self.shingles = shingles(text)
        self.figures = _figures(text)

    def similarity(self, other: str) -> float:
        figures = _figures(other)
        small, large = sorted((self.figures, figures), key=len)
        if not small <= large:  # every figure of one text must appear in the other
            return 0.0
        theirs = shingles(other)
        union = len(self.shingles | theirs)
        return len(self.shingles & theirs) / union if union else 0.0


def _figures(text: str) -> set[float]:
    found = set()
    for match in _NUMBER.finditer(text):
        try:
            found.add(float(match.group().replace(",", "")))
        except ValueError:  # "1.2.3": a version or a date, compared as written
            found.add(float(hash(match.group())))
    return found
