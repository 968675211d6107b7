"""Near-duplicate detection: MinHash signatures of word shingles, banded for LSH lookup.

The same story syndicated with small edits (a changed headline, a trimmed paragraph) shares most
of its 5-word shingles; articles whose estimated Jaccard similarity reaches ``THRESHOLD`` are
stored with a pointer to the first one. Bands live in the store, so the lookup works across runs
without holding every signature in memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: candidates from ≈0.5 similarity, then checked exactly
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.8
SHINGLE = 5
_WORD = re.compile(r"\w+")
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
        return float(np.mean(self.hashvalues == other))


_PROTOTYPE = MinHash(num_perm=NUM_PERM, seed=_SEED)


def signature(text: str) -> Signature | None:
    """MinHash of the text's word 5-grams; None when the text is too short to compare."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE * 2:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    minhash = _PROTOTYPE.copy()  # shares the permutations: no per-article set-up cost
    minhash.update_batch(list(shingles))
    return Signature(minhash.hashvalues.astype(np.uint64))
