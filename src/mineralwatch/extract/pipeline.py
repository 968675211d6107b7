"""The extraction pipeline: ``Article → Extraction``, a pure function with no I/O.

Components run in the order of ``COMPONENTS``, each adding candidate spans, values or events
to a shared ``Doc``; adding an extractor means writing one function and listing it here.
"""

from __future__ import annotations

from collections.abc import Callable

from mineralwatch.extract.doc import Doc, Span, resolve_overlaps
from mineralwatch.extract.dollars import find_money_dates
from mineralwatch.extract.events import find_events
from mineralwatch.extract.events.states import is_government
from mineralwatch.extract.geo import find_places
from mineralwatch.extract.listings import find_listings
from mineralwatch.extract.minerals import find_minerals
from mineralwatch.extract.organisations import find_organisations
from mineralwatch.extract.people import find_people
from mineralwatch.extract.salience import about_candidates, minerals_about, score_salience
from mineralwatch.models import Article, Entity, Extraction, Mention

Component = Callable[[Doc], None]


def resolve_entities(doc: Doc) -> None:
    """Component: settle overlapping candidates (an organisation beats a mineral inside it).
    A country named in a government body's name ("the U.S. Department of Energy") is still a
    mention of the state the body acts for (so is a state's or a province's, "the Utah
    Division of Oil, Gas and Mining"), kept apart for the entities (``_BODY_STATES``):
    the events read the body."""
    kept = resolve_overlaps(doc.spans)
    bodies = [s for s in kept if s.type == "organization" and is_government(doc, s.ids[0])]
    if bodies:
        settled = {id(s) for s in kept}  # by identity: spans compare field by field
        doc.cache[_BODY_STATES] = [
            s for s in doc.spans if s.type in _STATE_TYPES and id(s) not in settled and any(
                b.field == s.field and b.start <= s.start and s.end <= b.end for b in bodies)]
    doc.spans = kept


_BODY_STATES = "body-states"
_STATE_TYPES = ("country", "place")  # "the Utah Division of Oil, Gas and Mining" is Utah's


COMPONENTS: list[tuple[str, Component]] = [
    ("listings", find_listings),
    ("places", find_places),
    ("organisations", find_organisations),
    ("values", find_money_dates),  # after places (a story's dateline says whose dollars) and
    # organisations (a share price is in the dollar of its company's exchange)
    ("people", find_people),
    ("minerals", find_minerals),
    ("resolve", resolve_entities),
    ("events", find_events),
]


def extract(article: Article) -> Extraction:
    """Entities, values and events of one article, with offsets into its cleaned text."""
    doc = Doc.from_article(article)
    for _, component in COMPONENTS:
        component(doc)
    return to_extraction(doc)


def to_extraction(doc: Doc) -> Extraction:
    """The document of a doc the components have run over: its entities, scored for
    salience, and the minerals it is about."""
    entities = build_entities(doc)
    score_salience(entities, doc.events, len(doc.text))
    about = about_candidates(entities, doc.events, doc.title, doc.text,
                             lowered=(doc.title_lowered, doc.lowered))
    return Extraction(article=doc.article, entities=entities, events=doc.events,
                      values=doc.values, minerals=minerals_about(about))


def build_entities(doc: Doc) -> list[Entity]:
    """Group resolved spans into entities, one per canonical id, in order of first mention."""
    entities: dict[str, Entity] = {}
    spans = doc.spans
    if states := doc.cache.get(_BODY_STATES):
        spans = sorted([*spans, *states], key=lambda s: (s.field, s.start))
    for span in spans:
        for ident in span.ids:
            entity = entities.get(ident)
            if entity is None:
                entity = entities[ident] = _new_entity(doc, ident, span)
            written = doc.written(span)
            entity.mentions.append(Mention(span.start, span.end, written, span.field))
    return list(entities.values())


def _new_entity(doc: Doc, ident: str, span: Span) -> Entity:
    info = doc.info.get(ident)
    name = info.name if info else (span.name if len(span.ids) == 1 else ident.split(":", 1)[1])
    return Entity(
        id=ident,
        type=span.type,
        name=name,
        aliases=sorted(info.aliases - {name}) if info else [],
        listings=sorted(info.listings) if info else [],
        country=info.country if info else None,
        attributes=dict(info.attributes) if info else {},
    )
