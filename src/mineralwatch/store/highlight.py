"""Where entities and events sit in a text, for the pages and answers that mark them up.

Pure functions over spans (``start``/``end`` offsets); the queries fetch the mentions, these
only place them.
"""

from __future__ import annotations

import itertools
from typing import Any


def evidence_highlights(event: dict[str, Any], mentions: list[dict]) -> list[dict[str, Any]]:
    """The article's mentions inside the event's evidence sentence, with offsets relative to
    it, so a client can mark the sentence without the article text."""
    start, end = event.get("evidence_start"), event.get("evidence_end")
    if start is None or end is None:
        return []
    spans = sorted((m["start"] - start, m["end"] - start, m["entity_id"], m["type"])
                   for m in mentions if m["start"] >= start and m["end"] <= end)
    return [{"start": s, "end": e, "entity_id": i, "type": t} for s, e, i, t in spans]


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` into consecutive pieces, each with the entity (if any) and the events (if
    any) covering it. Spans are dicts with ``start``, ``end`` and either ``entity_id`` or
    ``event``; overlapping entity spans keep the first (longest-leftmost) one."""
    n = len(text)
    points = sorted({0, n} | {max(0, min(n, s[edge])) for s in spans for edge in ("start", "end")})
    entity_spans = sorted((s for s in spans if s.get("entity_id")),
                          key=lambda s: (s["start"], -s["end"]))
    event_spans = [s for s in spans if s.get("event")]
    chosen: list[dict] = []
    taken_until = -1
    for s in entity_spans:
        if s["start"] >= taken_until and s["end"] > s["start"]:
            chosen.append(s)
            taken_until = s["end"]
    out: list[dict[str, Any]] = []
    for a, b in itertools.pairwise(points):
        ent = next((s for s in chosen if s["start"] <= a and b <= s["end"]), None)
        events = [s["event"] for s in event_spans if s["start"] <= a and b <= s["end"]]
        out.append({"text": text[a:b], "entity_id": ent["entity_id"] if ent else None,
                    "entity_type": ent.get("type") if ent else None, "events": events,
                    "entity_start": bool(ent and ent["start"] == a)})
    return out
