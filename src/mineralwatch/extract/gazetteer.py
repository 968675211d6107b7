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
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import count
from operator import attrgetter
from typing import Any, Generic, TypeVar

import ahocorasick

from mineralwatch.extract.text import blanks_start, folds_to_ascii

T = TypeVar("T")
# A gazetteer's entry for one padded form: a ``Key`` for each lower-cased form blanked to it
# (one tuple: the garbage collector walks every container kept, the fewer the better).
Entry = tuple["Key", ...]
Pair = tuple[str, Any]  # a surface form as listed and its payload


@dataclass(slots=True, frozen=True, eq=False)
class Key:
    """A lower-cased form and how a match of it is read."""

    form: str
    plain: Pair | None  # the pair read wherever the form is found (a form of letters and
    # digits only, whose case does not matter); None when the text written decides
    spaced: bool  # whether the text must be compared: a form not of letters and digits only
    # ("s&p" and "s p" blank alike; a line break may stand inside the form)
    sensitive: bool  # whether the form must be written as listed (``case_sensitive``)
    first: Pair  # its first pair in the order listed, read when its case does not matter
    # each surface to its first pair: the form written exactly as listed is read first
    # ("S.R.L." before "S.r.l.", which an all-capitals word also passes)
    exact: dict[str, Pair]
    # a case-sensitive form's surfaces of four letters or more in capitals, each to its first
    # pair: an all-capitals headline writes "PAKISTAN" (not "US" for the pronoun "us")
    capitals: dict[str, Pair]

    def read(self, text: str, lowered: str, start: int, end: int) -> Pair | None:
        """The pair of a form the text decides, found at ``start:end``; None when it is not
        the form (or not written as a case-sensitive form must be)."""
        if self.spaced and lowered[start:end] != self.form:
            return None
        written = text[start:end]
        found = self.exact.get(written)
        if found is None:
            if not self.sensitive:
                return self.first
            if written.isupper():
                return self.capitals.get(written)
        return found


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
            exact: dict[str, Pair] = {}
            capitals: dict[str, Pair] = {}
            for form in forms:
                exact.setdefault(form[0], form)
                if sensitive and len(form[0]) > 3:
                    capitals.setdefault(form[0].upper(), form)
            plain = forms[0] if key.isalnum() and not sensitive else None
            padded.setdefault(f" {_blank(key)} ", []).append(
                Key(key, plain, not key.isalnum(), sensitive, forms[0], exact, capitals))
        self._empty = not grouped
        self._scan = _SharedScan() if own_scan else _SCAN
        if not self._empty:
            self._member = self._scan.add({pad: tuple(keys) for pad, keys in padded.items()})
            weakref.finalize(self, self._scan.remove, self._member)

    def find(self, text: str, lowered: str) -> Iterator[Hit[T]]:
        """Whole-word matches, longest first among overlaps, in text order.

        ``lowered`` is ``lower_same_length(text)``, computed once per article by the caller.
        """
        if self._empty:
            return iter(())
        return iter(self._scan.hits(text, lowered).get(self._member, ()))


def written_words(words: Iterable[str]) -> Gazetteer[str]:
    """A gazetteer of ``words`` each found only as written, each its own payload: the words
    that open or close a pattern, for the shared scan to show where to try it."""
    words = tuple(words)
    return Gazetteer(((w, w) for w in words), case_sensitive=words)


def matches_at(pattern: re.Pattern[str], text: str, opens: Iterable[int], *,
               case_blind: bool = False) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can open only at ``opens`` (in text
    order): where a scan's hits show its words, so it is tried at a few positions, not at
    every one of the text. A ``case_blind`` pattern (any ``re.IGNORECASE`` part) matches "ı" or
    "ſ" where the lower-cased text the scan reads has no ASCII letter (``folds_to_ascii``): a
    text with such a letter is searched whole."""
    if case_blind and folds_to_ascii(text):
        yield from pattern.finditer(text)
        return
    end = 0  # the last match's end: the next opens there or later, as in a search
    for at in opens:
        if at >= end and (match := pattern.match(text, at)) is not None:
            yield match
            end = match.end()


def hit_starts(hits: Iterable[Hit[Any]]) -> Iterator[int]:
    """Where each hit opens: for ``matches_at``, a pattern opening at its word."""
    return (hit.start for hit in hits)


def blanks_before(text: str, hits: Iterable[Hit[Any]]) -> Iterator[int]:
    """The first of the blanks before each hit that has any: for ``matches_at``, a pattern
    opening with the blanks before its word (a look-behind then fails it at the others)."""
    for hit in hits:
        if (at := blanks_start(text, hit.start)) < hit.start:
            yield at


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

    The automaton is rebuilt when a gazetteer is made or collected: while the vocabularies
    load, not article by article. A new one is built rather than the old one changed, under a
    lock with the registrations, so a gazetteer made while another thread builds is never left
    out of the automaton kept. What each padded form reports is kept up to date as gazetteers
    come and go, so that a rebuild only adds the forms to a new automaton: the gazetteers are
    made one after another as the first article reaches the steps that use them, and the
    automaton is built some ten times over while that article is read.
    """

    def __init__(self) -> None:
        # padded form → its length and each of its keys with the member that owns it
        self._readings: dict[str, tuple[int, tuple[tuple[int, Key], ...]]] = {}
        self._pads: dict[int, tuple[str, ...]] = {}  # member → its padded forms
        self._numbers = count()
        self._automaton: ahocorasick.Automaton | None = None  # None: to be built
        self._lock = threading.Lock()
        # (text, lowered text, hits by member, the automaton that found them)
        self._recent: list[tuple[str, str, dict[int, list[Hit[Any]]], Any]] = []

    def add(self, forms: dict[str, Entry]) -> int:
        """Register a gazetteer's padded forms; returns its member number."""
        with self._lock:
            member = next(self._numbers)
            self._pads[member] = tuple(forms)
            for pad, keys in forms.items():
                _, read = self._readings.get(pad, (len(pad), ()))
                self._readings[pad] = (len(pad), (*read, *((member, key) for key in keys)))
            self._automaton = None
        return member

    def remove(self, member: int) -> None:
        """Forget a collected gazetteer's forms."""
        with self._lock:
            for pad in self._pads.pop(member, ()):
                length, read = self._readings[pad]
                kept = tuple(reading for reading in read if reading[0] != member)
                if kept:
                    self._readings[pad] = (length, kept)
                else:
                    del self._readings[pad]
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
        candidates: defaultdict[int, list[Hit[Any]]] = defaultdict(list)
        for last, (length, readings) in automaton.iter(f" {_blank(lowered)} "):
            # the pad's spaces are text[start - 1] and text[end], its last character
            start, end = last - length + 1, last - 1
            for owner, key in readings:
                pair = key.plain or key.read(text, lowered, start, end)
                if pair is not None:
                    candidates[owner].append(Hit(start, end, *pair))
        found = {owner: longest_non_overlapping(hits) for owner, hits in candidates.items()}
        self._recent = [(text, lowered, found, automaton), *self._recent[:1]]
        return found

    def _build(self) -> ahocorasick.Automaton:
        """One automaton over every member's padded forms, each reporting its length and each
        of its keys with the member that owns it."""
        automaton = ahocorasick.Automaton()
        for pad, reading in self._readings.items():
            automaton.add_word(pad, reading)
        automaton.make_automaton()
        return automaton


_SCAN = _SharedScan()


def longest_non_overlapping(hits: list[Hit[T]]) -> list[Hit[T]]:
    """Keep the longest of overlapping hits (earliest on ties), returned in text order.

    A hit is kept or dropped for the hits it overlaps alone: the run of hits that overlap one
    another is settled on its own, and a hit that overlaps none is kept without a look."""
    if len(hits) < 2 or _apart(hits):
        return hits  # most vocabularies find none or one in an article, or hits apart in order
    chosen: list[Hit[T]] = []
    ordered = sorted(hits, key=_START)
    run = [ordered[0]]
    reach = ordered[0].end  # where the run's hits end, the last of them
    for hit in ordered[1:]:
        if hit.start < reach:
            run.append(hit)
            reach = max(reach, hit.end)
        else:
            chosen += run if len(run) == 1 else _longest_of_run(run)
            run, reach = [hit], hit.end
    chosen += run if len(run) == 1 else _longest_of_run(run)
    return chosen


_START = attrgetter("start")


def _apart(hits: list[Hit[T]]) -> bool:
    """Whether each hit ends before the next opens: a plain loop, at half the cost of
    ``all()`` over ``pairwise()`` for the few hits of each of thousands of lists a corpus makes."""
    reach = -1
    for hit in hits:
        if hit.start < reach:
            return False
        reach = hit.end
    return True


def _longest_of_run(run: list[Hit[T]]) -> list[Hit[T]]:
    """Of a run of hits (in text order) that overlap one another, the longest first (earliest
    on ties), each kept unless it overlaps one kept before; in text order."""
    kept: list[Hit[T]] = []
    for hit in sorted(run, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= k.start or k.end <= hit.start for k in kept):
            kept.append(hit)
    kept.sort(key=_START)
    return kept
