"""How much an article is about each entity, and which minerals it is about.

A passing "gold" in a copper story or one "lead" in a list should not make the article a gold
or lead story; the title, the lead, repetition and a dominant share of the mentions should.
Salience is a logistic score of a few such features, so it lies in [0, 1] and reads as the
chance that the article is about the entity. Its weights were fitted on the Reuters-21578
metals training stories (``bench/tagging.py --fit`` refits them and prints cross-validated
figures); nothing is learnt at run time.

An organisation named for a mineral ("Nippon Steel", "Magma Copper") is not a mention of the
mineral, but a story it leads is usually about that mineral: ``minerals_about`` counts such a
name, in the title or the lead only, as evidence too, scored from the organisation's own
salience shifted by ``Weights.org_named``. A "Lithium Corp" named late in a rare-earths story
lends nothing. Likewise a topic word ("USX RAISES STEEL PRICES") names no mineral but counts,
like a mention of the mineral it stands for, towards what the story is about
(``about_candidates``).
"""

from __future__ import annotations

import math
import operator
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from mineralwatch.extract.gazetteer import Gazetteer
from mineralwatch.extract.text import lower_same_length
from mineralwatch.extract.vocabulary import (
    mineral_by_id,
    mineral_name_words,
    mineral_terms,
    mineral_topic_words,
)
from mineralwatch.models import Entity, Event, Mention

# The first characters of the body: a wire story's first sentence, where its subject is named.
LEAD_CHARS = 300
# title: named in the title; lead: named in the first LEAD_CHARS of the body; count:
# log(1 + body mentions); share: its part of the body mentions of its type; early: how soon
# its first body mention comes (1 = at the start); event: an argument of an event; brief: the
# story is a headline with no body.
FEATURES = ("title", "lead", "count", "share", "early", "event", "brief")


@dataclass(frozen=True, slots=True)
class Weights:
    """Logistic weights of ``FEATURES`` (same order), the bias and the org-name offset."""

    bias: float
    features: tuple[float, ...]
    org_named: float


# Fitted by `bench/tagging.py --fit` on the 526 Reuters-21578 metals training stories; refit
# when the extractors change what they find. The event role is left at zero: on those stories
# the event rules mostly catch late, passing mentions; the weight did not help.
WEIGHTS = Weights(bias=-2.36, features=(5.14, 0.42, 1.85, 2.01, 1.72, 0.0, 0.17), org_named=0.62)
ABOUT_THRESHOLD = 0.5


def salience_features(
    entities: list[Entity], events: list[Event], text_length: int
) -> dict[str, tuple[float, ...]]:
    """The ``FEATURES`` of every entity, by id.

    ``share`` is the entity's part of the body mentions of its type, so a story naming copper
    ten times and gold once gives gold a small share however long it is.
    """
    in_events = {value for event in events for values in event.arguments.values()
                 for value in values if isinstance(value, str)}
    length = max(text_length, 1)
    read = {e.id: _mentions_read(e, length) for e in entities}
    by_type: Counter[str] = Counter()
    for entity in entities:
        by_type[entity.type] += read[entity.id][0]
    brief = float(text_length == 0)
    out: dict[str, tuple[float, ...]] = {}
    for entity in entities:
        count, first, in_title = read[entity.id]
        out[entity.id] = (
            float(in_title),
            float(first < LEAD_CHARS),
            math.log1p(count),
            count / by_type[entity.type] if by_type[entity.type] else 0.0,
            max(0.0, 1.0 - first / length),
            float(entity.id in in_events),
            brief,
        )
    return out


def _mentions_read(entity: Entity, length: int) -> tuple[int, int, bool]:
    """An entity's body mentions counted, where the first of them starts (``length`` without
    one) and whether the title names it: one pass over its mentions."""
    count, first, in_title = 0, None, False
    for mention in entity.mentions:
        if mention.field == "text":
            count += 1
            if first is None or mention.start < first:
                first = mention.start
        elif mention.field == "title":
            in_title = True
    return count, length if first is None else first, in_title


def score_salience(
    entities: list[Entity], events: list[Event], text_length: int, weights: Weights = WEIGHTS
) -> None:
    """Set ``salience`` in [0, 1] on every entity."""
    features = salience_features(entities, events, text_length)
    for entity in entities:
        entity.salience = _sigmoid(weights.bias + _dot(weights.features, features[entity.id]))


def about_candidates(entities: list[Entity], events: list[Event], title: str, text: str,
                     weights: Weights = WEIGHTS,
                     lowered: tuple[str, str] | None = None) -> list[Entity]:
    """Scored copies of the entities, each topic word's mentions ("steel") added to the mineral
    it stands for (an entity of its own when the story names that mineral nowhere): what
    ``minerals_about`` chooses from. The article's entities are left as they are; when no
    topic word is found and ``weights`` are the shipped ones, they are returned themselves,
    scored as the pipeline left them. ``lowered``: title and text lower-cased already."""
    found: defaultdict[str, list[Mention]] = defaultdict(list)
    named = [(m.field, m.start, m.end) for e in entities for m in e.mentions]
    if lowered is None:
        lowered = (lower_same_length(title), lower_same_length(text))
    for field, written, lower in (("title", title, lowered[0]), ("text", text, lowered[1])):
        for hit in _topic_words().find(written, lower):
            if not any(f == field and s < hit.end and hit.start < e for f, s, e in named):
                for mid in hit.payload:  # not inside a name: "Nippon Steel" lends on its own
                    found[mid].append(Mention(hit.start, hit.end, hit.surface, field))
    if not found and weights is WEIGHTS:
        return entities
    candidates = [replace(e, mentions=[*e.mentions, *found.pop(e.id, [])]) for e in entities]
    for mid, mentions in found.items():
        mineral = mineral_by_id(mid)
        assert mineral is not None  # the topic words' ids are checked when they are read
        candidates.append(Entity(id=mid, type="mineral", name=mineral.name, mentions=mentions))
    score_salience(candidates, events, len(text), weights)
    return candidates


def minerals_about(
    entities: list[Entity], threshold: float = ABOUT_THRESHOLD, weights: Weights = WEIGHTS
) -> list[str]:
    """The minerals the article is about, most salient first, from scored entities (those of
    ``about_candidates``)."""
    scores = mineral_scores(entities, weights)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [mid for mid, score in ranked if score >= threshold]


def mineral_scores(entities: list[Entity], weights: Weights = WEIGHTS) -> dict[str, float]:
    """Each candidate mineral's score: its own salience, or that lent by an organisation's name."""
    scores: dict[str, float] = {}
    for entity in entities:
        if entity.type == "mineral":
            scores[entity.id] = max(scores.get(entity.id, 0.0), entity.salience)
        elif lent_to := minerals_lent(entity):  # most lend none: no score to shift
            lent = _sigmoid(_logit(entity.salience) + weights.org_named)
            for mid in lent_to:
                scores[mid] = max(scores.get(mid, 0.0), lent)
    return scores


def minerals_lent(entity: Entity) -> list[str]:
    """Minerals an organisation in the title or lead is named for; none for other entities."""
    if entity.type != "organization" or not any(
            m.field == "title" or m.start < LEAD_CHARS for m in entity.mentions):
        return []
    return minerals_named(entity.name)


def minerals_named(name: str) -> list[str]:
    """Minerals an organisation's name contains: "Nippon Steel Corp" → iron and steel."""
    return list(_minerals_in(name))


@lru_cache(maxsize=4096)  # the same organisations lead story after story
def _minerals_in(name: str) -> tuple[str, ...]:
    """The minerals an organisation's name holds ("Lithium Americas"), asked of each name once."""
    return tuple(mid for hit in _mineral_words().find(name, lower_same_length(name))
                 for mid in hit.payload)


@cache
def _topic_words() -> Gazetteer[tuple[str, ...]]:
    return Gazetteer(mineral_topic_words().items())


@cache
def _mineral_words() -> Gazetteer[tuple[str, ...]]:
    """Asked of organisations' names only: no article's scan need look for its forms."""
    return Gazetteer([*mineral_terms().items(), *mineral_name_words().items()], own_scan=True)


def _dot(weights: Sequence[float], values: Sequence[float]) -> float:
    if len(weights) != len(values):
        raise ValueError("weights and values differ in length")
    return sum(map(operator.mul, weights, values))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))
