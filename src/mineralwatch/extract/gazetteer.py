"""Dictionary matching with one Aho-Corasick automaton per vocabulary.

All surface forms of a vocabulary are found in a single pass over the lower-cased text, whatever
the vocabulary's size; only whole-word matches are kept and, among overlapping ones, the longest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from mineralwatch.extract.text import Intervals, is_word_boundary

T = TypeVar("T")


@dataclass(slots=True, frozen=True)
class Hit(Generic[T]):
    start: int
    end: int
    surface: str  # the form as listed in the vocabulary
    payload: T


class Gazetteer(Generic[T]):
    """Maps surface forms to payloads.

    A form listed in ``case_sensitive`` (compared lower-cased) must be written as listed, or in
    an all-capitals headline: "US" the country, not "us" the pronoun.
    """

    def __init__(self, entries: Iterable[tuple[str, T]], case_sensitive: Iterable[str] = ()):
        self._sensitive = frozenset(form.lower() for form in case_sensitive)
        automaton = ahocorasick.Automaton()
        grouped: dict[str, list[tuple[str, T]]] = {}
        for surface, payload in entries:
            surface = " ".join(surface.split())
            if surface:
                grouped.setdefault(surface.lower(), []).append((surface, payload))
        for key, forms in grouped.items():
            automaton.add_word(key, (len(key), key, forms))
        self._empty = not grouped
        if not self._empty:
            automaton.make_automaton()
        self._automaton = automaton

    def find(self, text: str, lowered: str) -> Iterator[Hit[T]]:
        """Whole-word matches, longest first among overlaps, in text order.

        ``lowered`` is ``lower_same_length(text)``, computed once per article by the caller.
        """
        if self._empty:
            return iter(())
        candidates: list[Hit[T]] = []
        for end_index, (length, key, forms) in self._automaton.iter(lowered):
            start, end = end_index - length + 1, end_index + 1
            if not is_word_boundary(text, start, end):
                continue
            written = text[start:end]
            for surface, payload in forms:
                if key in self._sensitive and not _same_case(written, surface):
                    continue
                candidates.append(Hit(start, end, surface, payload))
                break
        return iter(longest_non_overlapping(candidates))


def longest_non_overlapping(hits: list[Hit[T]]) -> list[Hit[T]]:
    """Keep the longest of overlapping hits (earliest on ties), returned in text order."""
    chosen: list[Hit[T]] = []
    taken = Intervals()
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not taken.overlaps(hit.start, hit.end):
            chosen.append(hit)
            taken.add(hit.start, hit.end)
    chosen.sort(key=lambda h: h.start)
    return chosen


def _same_case(written: str, surface: str) -> bool:
    """Written as listed, or in an all-capitals headline ("PAKISTAN", not "pakistan")."""
    return written == surface or (len(surface) > 3 and written.isupper()
                                  and written == surface.upper())
