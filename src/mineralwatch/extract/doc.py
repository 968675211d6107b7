"""The working state one article passes through the extraction components."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mineralwatch.extract.text import (
    Intervals,
    Sentence,
    is_headline,
    lower_same_length,
    split_sentences,
)
from mineralwatch.models import Article, Event, Value

# When two candidate spans overlap, the one of the higher-priority type wins (then the longer):
# "USA Rare Earth" is an organisation, not a mention of rare earths.
TYPE_PRIORITY = {"listing": 5, "organization": 4, "person": 3, "place": 2, "country": 2,
                 "mineral": 1}


@dataclass(slots=True)
class Span:
    """A candidate entity mention found by one component."""

    start: int
    end: int
    type: str
    ids: tuple[str, ...]  # canonical ids; NdPr → two minerals
    name: str  # canonical display name
    source: str  # component that proposed it, for debugging and confidence
    confidence: float = 1.0
    field: str = "text"


@dataclass(slots=True)
class EntityInfo:
    """What a component knows about an entity beyond its mentions."""

    type: str
    name: str
    country: str | None = None
    listings: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    attributes: dict = field(default_factory=dict)


@dataclass(slots=True)
class Doc:
    article: Article
    text: str
    lowered: str
    sentences: list[Sentence]
    published: dt.date | None
    title: str = ""
    title_lowered: str = ""
    spans: list[Span] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    info: dict[str, EntityInfo] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)  # "USSM" → "org:us-strategic-metals"
    events: list[Event] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)  # per-article memo for components

    @classmethod
    def from_article(cls, article: Article) -> Doc:
        sentences = split_sentences(article.text)
        title = article.title or ""
        return cls(
            article=article,
            text=article.text,
            lowered=lower_same_length(article.text),
            sentences=sentences,
            published=parse_published(article.published),
            title=title,
            title_lowered=lower_same_length(title),
        )

    def fields(self) -> tuple[tuple[str, str, str], ...]:
        """The texts a matcher scans: ("text", text, lowered) and ("title", ...)."""
        return (("text", self.text, self.lowered), ("title", self.title, self.title_lowered))

    def text_of(self, field: str) -> str:
        """The text or the title, by a span's ``field``."""
        return self.text if field == "text" else self.title

    def written(self, span: Span) -> str:
        """A span as written in its field."""
        return self.text_of(span.field)[span.start:span.end]

    def in_headline(self, pos: int) -> bool:
        """True when ``pos`` in the text lies on a headline-like line (see ``is_headline``).

        Only the lines asked about are read, each once: a long article has many lines and few
        positions asked about."""
        # line start → whether a headline
        verdicts: dict[int, bool] | None = self.cache.get("headlines")
        if verdicts is None:
            verdicts = self.cache["headlines"] = {}
        start = self.text.rfind("\n", 0, pos) + 1  # the line's "\n" is its own: pos <= end
        verdict = verdicts.get(start)
        if verdict is None:
            end = self.text.find("\n", start)
            line = self.text[start:] if end == -1 else self.text[start:end]
            verdict = verdicts[start] = is_headline(line, start)
        return verdict

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence of the text holding ``pos`` (-1 before the first one)."""
        starts = self.cache.get("sentence-starts")
        if starts is None:
            starts = self.cache["sentence-starts"] = [s.start for s in self.sentences]
        return bisect_right(starts, pos) - 1

    def in_sentence_with(self, phrases: tuple[str, ...], pos: int) -> bool:
        """Whether ``pos`` lies in a sentence holding one of ``phrases`` (the sentences are
        found once per article and list of phrases)."""
        # list of phrases → its sentences' spans; keyed by the tuple itself, asked thousands
        # of times an article, rather than by a string joined at each call
        found: dict[tuple[str, ...], list[tuple[int, int]]] | None = self.cache.get(
            "sentences-with")
        if found is None:
            found = self.cache["sentences-with"] = {}
        spans = found.get(phrases)
        if spans is None:
            spans = found[phrases] = self.sentences_with(phrases)
        return bool(spans) and any(start <= pos < end for start, end in spans)

    def sentences_with(self, phrases: Iterable[str]) -> list[tuple[int, int]]:
        """Spans of the sentences whose lower-cased text holds one of ``phrases`` (lower-case):
        the sentences of a release's legal notices, found without scanning every sentence."""
        found: set[int] = set()
        for phrase in phrases:
            at = self.lowered.find(phrase)
            while at != -1:
                index = self.sentence_index(at)
                if index >= 0:
                    found.add(index)
                at = self.lowered.find(phrase, at + 1)
        return [(self.sentences[i].start, self.sentences[i].end) for i in sorted(found)]

    def remember(self, entity_id: str, info: EntityInfo) -> EntityInfo:
        """Register what is known of an entity, merging with what other components found."""
        known = self.info.get(entity_id)
        if known is None:
            self.info[entity_id] = info
            return info
        known.country = known.country or info.country
        known.listings |= info.listings
        known.aliases |= info.aliases
        for key, value in info.attributes.items():
            known.attributes.setdefault(key, value)
        return known


def parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans per field, preferring type priority, then length."""
    ranked = sorted(
        spans,
        key=lambda s: (-TYPE_PRIORITY.get(s.type, 0), s.start - s.end, s.start),
    )
    kept: list[Span] = []
    taken: dict[str, Intervals] = {}
    for span in ranked:
        occupied = taken.get(span.field)
        if occupied is None:
            occupied = taken[span.field] = Intervals()
        if not occupied.overlaps(span.start, span.end):
            kept.append(span)
            occupied.add(span.start, span.end)
    kept.sort(key=lambda s: (s.field, s.start))
    return kept
