"""Dictionary matching with Aho-Corasick automata.

All surface forms of a vocabulary are found in a single pass over the lower-cased text, whatever
the vocabulary's size; only whole-word matches are kept and, among overlapping ones, the longest.
The pass is shared: one automaton holds the forms of every vocabulary, so an article's text is
scanned once, not once per vocabulary (fourteen scans cost six times what one does).
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import count, pairwise
from typing import Any, Generic, TypeVar

import ahocorasick

from mineralwatch.extract.text import Coverage

T = TypeVar("T")
# A gazetteer's entry for one padded form: the pad's length and, for each lower-cased form
# blanked to that pad, a ``Key``.
Entry = tuple[int, list["Key"]]


@dataclass(slots=True, frozen=True, eq=False)
class Key:
    """A lower-cased form and how a match of it is read."""

    length: int
    form: str
    checked: bool  # whether the text must be compared (a form not of letters and digits only,
    # or one whose case matters)
    sensitive: bool  # whether the form must be written as listed (``case_sensitive``)
    forms: list[tuple[str, Any]]  # its (surface, payload) pairs, in the order listed
    # each surface to its first pair: the form written exactly as listed is read first
    # ("S.R.L." before "S.r.l.", which an all-capitals word also passes)
    exact: dict[str, tuple[str, Any]]


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

    A vocabulary never asked of an article's text or title (one read in names alone) takes
    ``own_scan``: an automaton of its own, which spares every article's shared scan its forms.

    Forms are searched with a space on either side in a copy of the text where every character
    that is not a letter or a digit is a space: the automaton then reports whole words only,
    instead of every form inside a longer word ("tin" in "continue"), which keeps the Python
    loop over its reports short.
    """

    def __init__(self, entries: Iterable[tuple[str, T]], case_sensitive: Iterable[str] = (),
                 *, own_scan: bool = False):
        self._sensitive = frozenset(form.lower() for form in case_sensitive)
        grouped: dict[str, list[tuple[str, T]]] = {}
        for surface, payload in entries:
            surface = " ".join(surface.split())
            if surface:
                grouped.setdefault(surface.lower(), []).append((surface, payload))
        padded: dict[str, list[Key]] = {}
        for key, forms in grouped.items():
            # A form of letters and digits only is found as written in the blanked text; others
            # are checked against the text ("s&p" and "s p" blank alike).
            sensitive = key in self._sensitive
            exact: dict[str, tuple[str, T]] = {}
            for form in forms:
                exact.setdefault(form[0], form)
            padded.setdefault(f" {_blank(key)} ", []).append(
                Key(len(key), key, not key.isalnum() or sensitive, sensitive, forms, exact))
        self._empty = not grouped
        self._scan = _SharedScan() if own_scan else _SCAN
        if not self._empty:
            self._member = self._scan.add({pad: (len(pad), keys) for pad, keys in padded.items()})
            weakref.finalize(self, self._scan.remove, self._member)

    def find(self, text: str, lowered: str) -> Iterator[Hit[T]]:
        """Whole-word matches, longest first among overlaps, in text order.

        ``lowered`` is ``lower_same_length(text)``, computed once per article by the caller.
        """
        if self._empty:
            return iter(())
        return iter(self._scan.hits(text, lowered).get(self._member, ()))


class _Blanks(dict):
    """``str.translate`` table: a letter or digit maps to itself, anything else to a space
    (filled on first sight of each character)."""

    def __missing__(self, code: int) -> int:
        self[code] = value = code if chr(code).isalnum() else 32
        return value


_BLANKS = _Blanks()


_NOT_ASCII = re.compile(r"([^\x00-\x7f]+)")


def _blank(text: str) -> str:
    """Every character but letters and digits made a space, length kept.

    ``str.translate`` is quick on ASCII text only (a look-up per character otherwise): a text
    with other characters ("’", "é") is translated in pieces, its ASCII runs apart."""
    if text.isascii():
        return text.translate(_BLANKS)
    return "".join([part.translate(_BLANKS) for part in _NOT_ASCII.split(text)])


class _SharedScan:
    """One automaton over the padded forms of every live gazetteer it serves, and the hits of
    the last two texts scanned (an article's text and its title) by gazetteer.

    The automaton is rebuilt, in milliseconds, when a gazetteer is made or collected: while
    the vocabularies load, not article by article. A new one is built rather than the old one
    changed, under a lock with the registrations, so a gazetteer made while another thread
    builds is never left out of the automaton kept.
    """

    def __init__(self) -> None:
        self._forms: dict[int, dict[str, Entry]] = {}  # member → padded form → entry
        self._numbers = count()
        self._automaton: ahocorasick.Automaton | None = None  # None: to be built
        self._lock = threading.Lock()
        # (text, lowered text, hits by member, the automaton that found them)
        self._recent: list[tuple[str, str, dict[int, list[Hit[Any]]], Any]] = []

    def add(self, forms: dict[str, Entry]) -> int:
        """Register a gazetteer's padded forms; returns its member number."""
        with self._lock:
            member = next(self._numbers)
            self._forms[member] = forms
            self._automaton = None
        return member

    def remove(self, member: int) -> None:
        """Forget a collected gazetteer's forms."""
        with self._lock:
            self._forms.pop(member, None)
            self._automaton = None

    def hits(self, text: str, lowered: str) -> dict[int, list[Hit[Any]]]:
        """Each member's hits in ``text`` (see ``Gazetteer.find``), read from one scan of
        `` " " + _blank(lowered) + " "`` for all members at once, as nearly every member is
        asked of every text."""
        automaton = self._automaton
        if automaton is None:
            with self._lock:
                if self._automaton is None:
                    self._automaton = self._build()
                automaton = self._automaton
        for seen, seen_lowered, found, scanned_by in self._recent:
            if seen is text and seen_lowered is lowered and scanned_by is automaton:
                return found
        candidates: dict[int, list[Hit[Any]]] = {}
        for end_index, owners in automaton.iter(f" {_blank(lowered)} "):
            for owner, (length, keys) in owners:
                start = end_index - length + 1  # the pad's leading space is text[start - 1]
                hits = candidates.get(owner)
                if hits is None:
                    hits = candidates[owner] = []
                for key in keys:
                    end = start + key.length
                    if not key.checked:
                        hits.append(Hit(start, end, *key.forms[0]))
                        continue
                    if lowered[start:end] != key.form:
                        continue  # "s p" padded like "s&p", or a line break inside the form
                    written = text[start:end]
                    exact = key.exact.get(written)
                    if exact is not None:
                        hits.append(Hit(start, end, *exact))
                        continue
                    for surface, payload in key.forms:
                        if key.sensitive and not _same_case(written, surface):
                            continue
                        hits.append(Hit(start, end, surface, payload))
                        break
        found = {owner: longest_non_overlapping(hits) for owner, hits in candidates.items()}
        self._recent = [(text, lowered, found, automaton), *self._recent[:1]]
        return found

    def _build(self) -> ahocorasick.Automaton:
        """One automaton over every member's padded forms, each reporting its owners."""
        owners: dict[str, list[tuple[int, Entry]]] = {}
        for member, forms in list(self._forms.items()):
            for pad, entry in forms.items():
                owners.setdefault(pad, []).append((member, entry))
        automaton = ahocorasick.Automaton()
        for pad, owned in owners.items():
            automaton.add_word(pad, owned)
        automaton.make_automaton()
        return automaton


_SCAN = _SharedScan()


def longest_non_overlapping(hits: list[Hit[T]]) -> list[Hit[T]]:
    """Keep the longest of overlapping hits (earliest on ties), returned in text order."""
    if len(hits) < 2 or all(a.end <= b.start for a, b in pairwise(hits)):
        return hits  # most vocabularies find none or one in an article, or hits apart in order
    chosen: list[Hit[T]] = []
    taken = Coverage(max(hit.end for hit in hits))  # (a hit is never empty: its form is not)
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
