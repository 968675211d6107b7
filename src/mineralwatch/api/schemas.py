"""Response models of the REST API: they document the answers in /openapi.json."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field


class Argument(BaseModel):
    value: str = Field(description="canonical id (country:CN, org:…) or a literal value")
    entity_id: str | None = None
    name: str | None = Field(None, description="the entity's name when the value is an id")
    type: str | None = None


class Span(BaseModel):
    start: int
    end: int
    entity_id: str
    type: str | None = None


class Evidence(BaseModel):
    text: str | None
    start: int | None
    end: int | None


class Value(BaseModel):
    amount: float | None
    currency: str | None
    approx: bool | None


class ArticleRef(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None


class Event(BaseModel):
    id: str
    type: str
    kind: str | None
    date: str | None
    date_precision: str | None
    date_start: dt.date | None
    value: Value | None
    stage: str | None
    modality: str | None
    evidence: Evidence
    confidence: float | None
    extractor: str | None
    arguments: dict[str, list[Argument]]
    article: ArticleRef
    highlights: list[Span] = Field(description="mentions inside the evidence, offsets into it")


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    filters: dict[str, Any]
    events: list[Event]


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    minerals: list[str] | None
    n_events: int


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    articles: list[ArticleSummary]


class Mention(BaseModel):
    entity_id: str
    start: int
    end: int
    text: str | None
    type: str | None = None


class Offsets(BaseModel):
    start: int
    end: int
    text: str | None


class ArticleEntity(BaseModel):
    id: str
    type: str | None
    name: str
    country: str | None = None
    listings: list[str] | None = None
    salience: float | None = None
    mentions: int | None = None
    mention_offsets: list[Offsets]


class ArticleDetail(BaseModel):
    id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    author: str | None
    text: str = Field(description="the cleaned body; every offset refers to it")
    minerals: list[str] | None
    duplicate_of: str | None
    entities: list[ArticleEntity]
    mentions: list[Mention]
    events: list[Event]


class EntityHit(BaseModel):
    id: str
    type: str
    name: str
    country: str | None = None
    listings: list[str] | None = None


class Entity(EntityHit):
    aliases: list[str] | None = None
    n_articles: int
    n_events: int
    events_by_type: dict[str, int]


class Related(BaseModel):
    id: str
    name: str
    country: str | None = None
    listings: list[str] | None = None
    events: int


class CoOrganisation(BaseModel):
    id: str
    name: str
    articles: int


class MonthCount(BaseModel):
    month: str
    type: str
    n: int


class Flow(BaseModel):
    mineral: str
    mineral_name: str
    origin: str
    origin_name: str
    destination: str
    destination_name: str
    type: str
    events: int


class Mineral(Entity):
    countries: list[Related]
    companies: list[Related]
    flows: list[Flow]
    monthly: list[MonthCount]
    latest_events: list[Event]
    supply: dict[str, Any] | None = Field(
        None, description="production by country, concentration and the rest from the "
                          "supply statistics; null while they are unavailable")


class Organisation(Entity):
    country_name: str | None
    co_organisations: list[CoOrganisation] = Field(description="named in the same articles")
    partners: list[Related] = Field(description="organisations named in the same events")
    minerals: list[Related]
    countries: list[Related]
    monthly: list[MonthCount]
    latest_events: list[Event]


class FlowList(BaseModel):
    mineral: str | None
    flows: list[Flow]


class SearchResult(BaseModel):
    q: str
    entities: list[EntityHit]
    articles: list[ArticleSummary]
    events: list[Event]


class Stats(BaseModel):
    articles: int
    events: int
    entities: int
    mentions: int


class IngestArticle(BaseModel):
    """An article to add: its cleaned text and what is known about it."""

    id: str | None = Field(None, max_length=200,
                           description="stable id; a hash of title and text when absent")
    title: str | None = Field(None, max_length=2_000)
    text: str = Field(min_length=1, max_length=2_000_000)
    source: str | None = Field(None, max_length=500)
    published: str | None = Field(None, max_length=40, description="ISO date or datetime")
    url: str | None = Field(None, max_length=2_000)
    author: str | None = Field(None, max_length=500)


class IngestFailure(BaseModel):
    origin: str
    reason: str


class IngestResult(BaseModel):
    new: int
    duplicates: int
    near_duplicates: int
    failures: list[IngestFailure]


class Problem(BaseModel):
    detail: Any


# --- what changed and exposure (mineralwatch.analyse.changes, .exposure) ----------------------

class Period(BaseModel):
    since: dt.date
    until: dt.date
    days: int


class WatchItem(BaseModel):
    id: str
    kind: str = Field(description="mineral or country")
    name: str
    covers: list[str] = Field(description="the ids that count for it: a group's members")


class ChangeArticle(BaseModel):
    id: str
    title: str | None
    published: str | None


class ChangeEvent(BaseModel):
    id: str
    type: str
    kind: str | None
    date: str | None
    modality: str | None
    confidence: float | None
    evidence: str | None
    article: ChangeArticle
    arguments: dict[str, list[str]]


class ChangeType(BaseModel):
    type: str
    events: int = Field(description="in the period")
    previous: int = Field(description="in the period before, of the same length")
    change: int
    items: list[ChangeEvent] = Field(description="the newest of the period")


class ChangeGroup(BaseModel):
    id: str
    kind: str
    name: str
    events: int
    previous: int
    change: int
    types: list[ChangeType]


class Changes(BaseModel):
    period: Period | None = Field(description="null on an empty store")
    previous: Period | None
    min_confidence: float | None
    watch: list[WatchItem] = Field(description="empty: every mineral is watched")
    events: int = Field(description="distinct events of the period")
    previous_events: int
    groups: list[ChangeGroup]


class NearEvent(BaseModel):
    event_id: str
    type: str
    kind: str | None


class Near(BaseModel):
    date: dt.date
    days: int = Field(description="move date minus news date")
    event: NearEvent | None
    article_id: str | None = Field(description="an article about the mineral the company "
                                                "leads, when no event of that day ties it")


class Move(BaseModel):
    event_id: str
    type: str
    kind: str | None
    date: dt.date | None
    evidence: str | None
    confidence: float | None
    article: ChangeArticle
    change_pct: float | None
    price: float | None
    currency: str | None
    near: Near


class Company(BaseModel):
    id: str
    name: str
    country: str | None
    listings: list[str] | None
    events: int = Field(description="events about the mineral naming the company")
    articles: int = Field(description="articles about the mineral the company is salient in")
    first: dt.date | None
    last: dt.date | None
    moves_total: int
    moves: list[Move] = Field(description="its newest share moves near that news")


class ExposureMineral(BaseModel):
    id: str
    name: str
    covers: list[str]


class Exposure(BaseModel):
    mineral: ExposureMineral
    window_days: int
    salience_threshold: float
    total: int = Field(description="listed companies tied to the mineral")
    companies: list[Company]
