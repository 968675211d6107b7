"""Dictionary matching with one Aho-Corasick automaton per vocabulary.

All surface forms of a vocabulary are found in a single pass over the lower-cased text, whatever
the vocabulary's size; only whole-word matches are kept and, among overlapping ones, the longest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from mineralwatch.extract.text import Intervals

T = TypeVar("T")


# Hits compare by identity and are never changed; not frozen, which is four times slower to make.
@dataclass(slots=True, eq=False)
class Hit(Generic[T]):
    start: int
    end: int
    surface: str  # the form as listed in the vocabulary
    payload: T


class Gazetteer(Generic[T]):
    """Maps surface forms to payloads.

    A form listed in ``case_sensitive`` (compared lower-cased) must be written as listed, or in
    an all-capitals headline: "US" the country, not "us" the pronoun.

    Forms are searched with a space on either side in a copy of the text where every character
    that is not a letter or a digit is a space: the automaton then reports whole words only,
    instead of every form inside a longer word ("tin" in "continue"), which keeps the Python
    loop over its reports short.
    """

    def __init__(self, entries: Iterable[tuple[str, T]], case_sensitive: Iterable[str] = ()):
        self._sensitive = frozenset(form.lower() for form in case_sensitive)
        automaton = ahocorasick.Automaton()
        grouped: dict[str, list[tuple[str, T]]] = {}
        for surface, payload in entries:
            surface = " ".join(surface.split())
            if surface:
                grouped.setdefault(surface.lower(), []).append((surface, payload))
        padded: dict[str, list[tuple[int, str, bool, list[tuple[str, T]]]]] = {}
        for key, forms in grouped.items():
            # A form of letters and digits only is found as written in the blanked text; others
            # are checked against the text ("s&p" and "s p" blank alike).
            checked = not key.isalnum() or key in self._sensitive
            padded.setdefault(f" {_blank(key)} ", []).append((len(key), key, checked, forms))
        for pad, keys in padded.items():
            automaton.add_word(pad, (len(pad), keys))
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
        sensitive = self._sensitive
        for end_index, (length, keys) in self._automaton.iter(_padded(lowered)):
            start = end_index - length + 1  # the pad's leading space is text[start - 1]
            for key_length, key, checked, forms in keys:
                end = start + key_length
                if not checked:
                    surface, payload = forms[0]
                    candidates.append(Hit(start, end, surface, payload))
                    continue
                if lowered[start:end] != key:
                    continue  # "s p" padded like "s&p", or a line break inside the form
                written = text[start:end]
                for surface, payload in forms:
                    if key in sensitive and not _same_case(written, surface):
                        continue
                    candidates.append(Hit(start, end, surface, payload))
                    break
        return iter(longest_non_overlapping(candidates))


class _Blanks(dict):
    """``str.translate`` table: a letter or digit maps to itself, anything else to a space
    (filled on first sight of each character)."""

    def __missing__(self, code: int) -> int:
        self[code] = value = code if chr(code).isalnum() else 32
        return value


_BLANKS = _Blanks()
# (text, padded form) of the last two texts padded: an article's text and its title
_last_padded: list[tuple[str, str]] = [("", "  "), ("", "  ")]


def _blank(text: str) -> str:
    """Every character but letters and digits made a space, length kept."""
    return text.translate(_BLANKS)


def _padded(lowered: str) -> str:
    """`` " " + _blank(lowered) + " "``; the gazetteers of one article share the last one."""
    for last in _last_padded:  # tuples swapped whole: safe when threads share the module
        if last[0] is lowered:
            return last[1]
    padded = f" {_blank(lowered)} "
    _last_padded[:] = [(lowered, padded), _last_padded[0]]
    return padded


def longest_non_overlapping(hits: list[Hit[T]]) -> list[Hit[T]]:
    """Keep the longest of overlapping hits (earliest on ties), returned in text order."""
    if len(hits) < 2:
        return hits  # most vocabularies find none or one in an article
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
