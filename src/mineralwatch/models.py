"""Records passed between pipeline stages.

Plain slotted dataclasses rather than pydantic models: extraction runs at hundreds of articles
per second and these objects are created per mention, so construction cost matters. The JSON
shape of an extraction is fixed by ``schemas/extraction-1.json``; ``to_dict`` methods produce it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_ID = "mineralwatch.extraction/1"


@dataclass(slots=True)
class Article:
    """One news item after cleaning. ``text`` is what offsets in an extraction refer to."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, no timezone conversion
    url: str | None = None
    author: str | None = None
    raw: str | None = None  # the input as read, before cleaning
    format: str | None = None  # reader that produced it: text, lexis, html, feed, jsonl, csv, warc
    origin: str | None = None  # file path or URL it came from (with a record locator)
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Hash of the normalised title and body: equal hashes mean exact duplicates."""
        basis = " ".join(f"{self.title or ''}\n{self.text}".split()).lower()
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "url": self.url,
            "author": self.author,
            "text": self.text,
        }


@dataclass(slots=True, frozen=True)
class Mention:
    start: int
    end: int
    text: str
    field: str = "text"  # "title": the offsets are into the article's title


@dataclass(slots=True)
class Entity:
    """A linked entity with every mention of it in the article."""

    id: str  # canonical: country:PK, place:US-MO, mineral:antimony, org:…, person:…, NASDAQ:USAR
    type: str  # mineral | country | place | organization | listing | person
    name: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    country: str | None = None
    salience: float = 0.0
    attributes: dict[str, Any] = field(default_factory=dict)  # role, affiliation, group, ...

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "salience": round(self.salience, 3),
            "mentions": [asdict(m) for m in self.mentions],
        }
        if self.aliases:
            out["aliases"] = self.aliases
        if self.listings:
            out["listings"] = self.listings
        if self.country:
            out["country"] = self.country
        if self.attributes:
            out["attributes"] = self.attributes
        return out


@dataclass(slots=True)
class Value:
    """A normalised literal: money, percent, quantity or date, with its span."""

    type: str  # money | percent | quantity | date
    start: int
    end: int
    text: str
    amount: float | None = None  # money amount, percent number, quantity in its unit
    currency: str | None = None  # ISO 4217 for money
    approx: bool = False
    unit: str | None = None  # quantity unit as written, normalised (t, kt, lb, oz, ...)
    tonnes: float | None = None  # quantity in metric tonnes when the unit allows
    date: str | None = None  # ISO date / month / year for dates
    precision: str | None = None  # day | month | year | quarter
    role: str | None = None  # share_price, market_cap, ... when context says so

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None and v is not False}


@dataclass(slots=True, frozen=True)
class Evidence:
    text: str
    start: int
    end: int
    field: str = "text"  # "title": the offsets are into the article's title


@dataclass(slots=True)
class Event:
    type: str
    kind: str
    arguments: dict[str, list[Any]]
    evidence: Evidence
    extractor: str
    confidence: float
    date: str | None = None
    date_precision: str | None = None
    value: dict[str, Any] | None = None  # {"amount", "currency", "approx"}
    stage: str | None = None
    modality: str = "asserted"  # asserted | planned | denied | rumoured
    more_evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "kind": self.kind,
            "date": self.date,
            "date_precision": self.date_precision,
            "arguments": self.arguments,
            "value": self.value,
            "stage": self.stage,
            "modality": self.modality,
            "evidence": asdict(self.evidence),
            "more_evidence": [asdict(e) for e in self.more_evidence],
            "confidence": round(self.confidence, 3),
            "extractor": self.extractor,
        }


@dataclass(slots=True)
class Extraction:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    minerals: list[str] = field(default_factory=list)  # what the article is about

    def to_dict(self) -> dict[str, Any]:
        article = self.article.to_dict()
        article["minerals"] = self.minerals
        return {
            "schema": SCHEMA_ID,
            "article": article,
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "values": [v.to_dict() for v in self.values],
        }


@dataclass(slots=True)
class IngestError:
    """A source that could not be read: reported by name, never raised to the user."""

    origin: str
    reason: str
