"""The JSON API under /api: thin handlers over ``mineralwatch.store.queries``."""

from __future__ import annotations

import hashlib
import hmac
import math
import re
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Body, Depends, Header, HTTPException, Path, Query, Request
from pydantic import BeforeValidator, StringConstraints

from mineralwatch.analyse import changes as changes_lib
from mineralwatch.analyse import exposure as exposure_lib
from mineralwatch.api import schemas
from mineralwatch.api.deps import Cursor
from mineralwatch.store import queries

router = APIRouter(prefix="/api", tags=["api"])

EventType = Literal["shipment", "agreement", "investment", "acquisition", "facility", "policy",
                    "discovery", "production", "market_move"]
Sort = Literal["date_desc", "date_asc", "confidence_desc", "confidence_asc"]

# Bounded text so a hostile query cannot make the database scan with a megabyte needle.
Id = Annotated[str, Path(min_length=1, max_length=300)]
_PRINTABLE = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$"
Text = Annotated[str | None, Query(min_length=1, max_length=200, pattern=_PRINTABLE)]


def _iso_date(value: object) -> object:
    """Only YYYY-MM-DD: pydantic alone would also read ``0`` as 1970-01-01."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT,
                             description=f"page size, at most {queries.MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]


def event_query(
    type: Annotated[EventType | None, Query(description="event type")] = None,
    kind: Text = None,
    mineral: Annotated[Text, Query(description="mineral id, e.g. mineral:antimony")] = None,
    country: Annotated[Text, Query(description="country id named in the event")] = None,
    organisation: Annotated[Text, Query(description="organisation id")] = None,
    listing: Annotated[Text, Query(description="EXCHANGE:SYMBOL")] = None,
    since: Annotated[IsoDate | None, Query(description="earliest event date, YYYY-MM-DD")] = None,
    until: Annotated[IsoDate | None, Query(description="latest event date, YYYY-MM-DD")] = None,
    q: Annotated[Text, Query(description="text the evidence sentence contains")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, allow_inf_nan=False)] = None,
    sort: Sort = "date_desc",
    limit: Limit = 50,
    offset: Offset = 0,
) -> queries.EventQuery:
    """The event filters shared by /api/events and the event explorer page."""
    return queries.EventQuery(type=type, kind=kind, mineral=mineral, country=country,
                              organisation=organisation, listing=listing, since=since,
                              until=until, q=q, min_confidence=min_confidence, sort=sort,
                              limit=limit, offset=offset)


def event_out(row: dict[str, Any]) -> dict[str, Any]:
    """A query row in the API's shape (evidence and value grouped, the article nested)."""
    value = None
    if row.get("value_amount") is not None or row.get("value_currency"):
        value = {"amount": row["value_amount"], "currency": row["value_currency"],
                 "approx": row["value_approx"]}
    return {
        "id": row["id"], "type": row["type"], "kind": row["kind"], "date": row["date"],
        "date_precision": row["date_precision"], "date_start": row["date_start"],
        "value": value, "stage": row["stage"], "modality": row["modality"],
        "evidence": {"text": row["evidence_text"], "start": row["evidence_start"],
                     "end": row["evidence_end"]},
        "confidence": row["confidence"], "extractor": row["extractor"],
        "arguments": row["arguments"],
        "article": {"id": row["article_id"], "title": row.get("article_title"),
                    "source": row.get("article_source"),
                    "published": row.get("article_published")},
        "highlights": row["highlights"],
    }


def jsonable(value: Any) -> Any:
    """NaN and infinities become null: JSON has no such numbers."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return jsonable(value.item())
    return value


T = TypeVar("T")


def found_or_404(found: T | None, what: str, ident: str) -> T:
    """``found``, or a 404 naming the id when the query found nothing."""
    if found is None:
        raise HTTPException(404, f"no {what} with id {ident!r}")
    return found


@router.get("/events", response_model=schemas.EventPage, summary="Events, filtered and paged")
def events(con: Cursor, query: Annotated[queries.EventQuery, Depends(event_query)]):
    total, rows = queries.search_events(con, query)
    return {"total": total, "limit": query.limit, "offset": query.offset,
            "filters": jsonable({k: str(v) if isinstance(v, date) else v
                                 for k, v in query.filters().items()}),
            "events": [event_out(r) for r in rows]}


@router.get("/articles", response_model=schemas.ArticlePage, summary="Articles, newest first")
def articles(con: Cursor, q: Text = None, mineral: Text = None, entity: Text = None,
             since: IsoDate | None = None, until: IsoDate | None = None, limit: Limit = 50,
             offset: Offset = 0):
    total, rows = queries.list_articles(con, q=q, mineral=mineral, entity=entity, since=since,
                                        until=until, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "articles": rows}


@router.get("/articles/{article_id}", response_model=schemas.ArticleDetail,
            responses={404: {"model": schemas.Problem}},
            summary="An article with its entities, mentions (offsets into text) and events")
def article(con: Cursor, article_id: Id):
    found = found_or_404(queries.get_article(con, article_id), "article", article_id)
    found["events"] = [event_out(e) for e in found["events"]]
    return found


@router.get("/entities/{entity_id}", response_model=schemas.Entity,
            responses={404: {"model": schemas.Problem}}, summary="Any entity by canonical id")
def entity(con: Cursor, entity_id: Id):
    return found_or_404(queries.get_entity(con, entity_id), "entity", entity_id)


@router.get("/minerals/{mineral_id}", response_model=schemas.Mineral,
            responses={404: {"model": schemas.Problem}},
            summary="A mineral: its events, countries, companies, flows and supply statistics")
def mineral(con: Cursor, mineral_id: Id):
    found = found_or_404(queries.mineral_summary(con, mineral_id), "mineral", mineral_id)
    found["latest_events"] = [event_out(e) for e in found["latest_events"]]
    found["supply"] = jsonable(found["supply"])
    return found


@router.get("/organisations/{org_id}", response_model=schemas.Organisation,
            responses={404: {"model": schemas.Problem}},
            summary="An organisation: listings, country, events, co-occurring organisations")
def organisation(con: Cursor, org_id: Id):
    found = found_or_404(queries.organisation_summary(con, org_id), "organisation", org_id)
    found["latest_events"] = [event_out(e) for e in found["latest_events"]]
    return found


@router.get("/flows", response_model=schemas.FlowList,
            summary="Origin → destination country pairs per mineral (shipments, agreements)")
def flows(con: Cursor, mineral: Text = None,
          type: Literal["shipment", "agreement"] | None = None,
          since: IsoDate | None = None, until: IsoDate | None = None, limit: Limit = 200):
    return {"mineral": mineral, "flows": queries.flows(con, mineral=mineral, since=since,
                                                       until=until, type=type, limit=limit)}


@router.get("/search", response_model=schemas.SearchResult,
            summary="Entities, articles and events matching a text")
def search(con: Cursor, q: Annotated[str, Query(min_length=1, max_length=200,
                                                pattern=_PRINTABLE)],
           limit: Annotated[int, Query(ge=1, le=100)] = 20):
    found = queries.search(con, q, limit=limit)
    return {"q": q, "entities": found["entities"], "articles": found["articles"],
            "events": [event_out(e) for e in found["events"]]}


@router.get("/stats", response_model=schemas.Stats, summary="Rows per table")
def stats(con: Cursor):
    return queries.counts(con)


ingest_router = APIRouter(prefix="/api", tags=["ingest"])


@ingest_router.post("/ingest", response_model=schemas.IngestResult,
                    responses={403: {"model": schemas.Problem}, 501: {"model": schemas.Problem}},
                    summary="Add articles (only with the configured token)")
def ingest(request: Request, con: Cursor,
           articles: Annotated[list[schemas.IngestArticle], Body(max_length=1000)],
           authorization: Annotated[str | None, Header()] = None):
    token = request.app.state.ingest_token
    if not token or not hmac.compare_digest(authorization or "", f"Bearer {token}"):
        raise HTTPException(403, "a valid 'Authorization: Bearer <token>' header is required")
    try:
        from mineralwatch.pipeline import ingest_articles
    except ImportError as exc:
        raise HTTPException(501, "ingest through the API needs mineralwatch.pipeline") from exc
    from mineralwatch.ingest import clean_body
    from mineralwatch.models import Article

    batch = []
    for a in articles:
        ident = a.id or hashlib.sha256(f"{a.title or ''}\n{a.text}".encode()).hexdigest()[:16]
        # cleaned as a feed record's body is: extraction reads a line end as a sentence's end
        batch.append(Article(id=ident, text=clean_body(a.text).text, title=a.title, source=a.source,
                             published=a.published, url=a.url, author=a.author,
                             format="api", origin="POST /api/ingest"))
    report = ingest_articles(con, batch)
    return {"new": report.new, "duplicates": report.duplicates,
            "near_duplicates": report.near_duplicates,
            "failures": [{"origin": f.origin, "reason": f.reason} for f in report.failures]}


# --- what changed and exposure --------------------------------------------------------------

_WatchName = Annotated[str, StringConstraints(min_length=1, max_length=100,
                                               pattern=_PRINTABLE)]
_Duration = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,6} *[dwDW]$")]  # as parse_since


@router.get("/changes", response_model=schemas.Changes,
            responses={400: {"model": schemas.Problem}, 404: {"model": schemas.Problem}},
            summary="New events for watched minerals and countries, against the period before")
def changes(con: Cursor,
            mineral: Annotated[list[_WatchName] | None, Query(
                max_length=50, description="name, symbol or id; repeat for more")] = None,
            country: Annotated[list[_WatchName] | None, Query(
                max_length=50, description="ISO code, id or name; repeat for more")] = None,
            since: Annotated[IsoDate | _Duration | None, Query(
                description="YYYY-MM-DD, or 1d, 7d, 2w back from the newest article "
                            "(default 1d: since yesterday)")] = None,
            min_confidence: Annotated[float | None, Query(ge=0, le=1, allow_inf_nan=False)] =
            None,
            limit: Annotated[int, Query(ge=0, le=100, description="events per item and type")]
            = changes_lib.EVENTS_PER_TYPE):
    try:
        return jsonable(changes_lib.what_changed(
            con, mineral or [], country or [], min_confidence=min_confidence, limit=limit,
            since=since.isoformat() if isinstance(since, date) else since))
    except changes_lib.BadWatch as exc:
        raise _watch_error(exc) from exc


@router.get("/exposure/{mineral}", response_model=schemas.Exposure,
            responses={400: {"model": schemas.Problem}, 404: {"model": schemas.Problem}},
            summary="Listed companies in a mineral's news and their share moves around it")
def exposure(con: Cursor, mineral: Id,
             window: Annotated[int, Query(ge=0, le=exposure_lib.MAX_WINDOW,
                                          description="days either side")] =
             exposure_lib.DEFAULT_WINDOW,
             limit: Annotated[int, Query(ge=1, le=100, description="companies")] =
             exposure_lib.COMPANIES,
             moves: Annotated[int, Query(ge=0, le=50, description="moves per company")] =
             exposure_lib.MOVES_PER_COMPANY):
    try:
        return jsonable(exposure_lib.exposure(con, mineral, window=window, limit=limit,
                                              moves=moves))
    except changes_lib.BadWatch as exc:
        raise _watch_error(exc) from exc


def _watch_error(exc: changes_lib.BadWatch) -> HTTPException:
    """404 for a name no mineral or country answers to, 400 for any other bad option."""
    return HTTPException(404 if exc.param in ("mineral", "country") else 400,
                         f"{exc.param}: {exc}")
