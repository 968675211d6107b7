"""How much an article is about each entity, and which minerals it is about.

A passing "gold" in a copper story or one "lead" in a list should not make the article a gold
or lead story; the title, the lead, repetition and a role in an event should.
"""

from __future__ import annotations

import math

from mineralwatch.models import Entity, Event

# Weights and threshold tuned on the Reuters-21578 metals training stories (bench/tagging.py).
TITLE_WEIGHT = 0.4
LEAD_WEIGHT = 0.25
FREQUENCY_WEIGHT = 0.25
EVENT_WEIGHT = 0.1
LEAD_CHARS = 400
ABOUT_THRESHOLD = 0.45


def score_salience(entities: list[Entity], events: list[Event], text_length: int) -> None:
    """Set ``salience`` in [0, 1] on every entity."""
    in_events = {value for event in events for values in event.arguments.values()
                 for value in values if isinstance(value, str)}
    counts = {e.id: sum(1 for m in e.mentions if m.field == "text") for e in entities}
    peak = max(counts.values(), default=0) or 1
    for entity in entities:
        in_title = any(m.field == "title" for m in entity.mentions)
        in_lead = any(m.field == "text" and m.start < LEAD_CHARS for m in entity.mentions)
        frequency = math.log1p(counts[entity.id]) / math.log1p(peak)
        entity.salience = (
            TITLE_WEIGHT * in_title
            + LEAD_WEIGHT * in_lead
            + FREQUENCY_WEIGHT * frequency
            + EVENT_WEIGHT * (entity.id in in_events)
        )


def minerals_about(entities: list[Entity], threshold: float = ABOUT_THRESHOLD) -> list[str]:
    """The minerals the article is about, most salient first."""
    minerals = sorted((e for e in entities if e.type == "mineral"),
                      key=lambda e: e.salience, reverse=True)
    return [e.id for e in minerals if e.salience >= threshold]
