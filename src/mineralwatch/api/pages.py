"""The dashboard: server-rendered pages over the same queries as the API.

Jinja autoescaping is on for every template, so article text, titles and evidence are always
shown as text. Charts are drawn by plotly.js served from the installed plotly package.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import plotly
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from mineralwatch.api.deps import Cursor
from mineralwatch.api.routes import Id, Limit, Offset, Text, event_query, found_or_404
from mineralwatch.store import queries
from mineralwatch.store.highlight import segments

router = APIRouter(include_in_schema=False)
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"

# One colour per event type, shared by badges, timeline dots, evidence marks and charts.
TYPE_COLOURS = {
    "shipment": "#0f766e", "agreement": "#2563eb", "investment": "#16a34a",
    "acquisition": "#7c3aed", "facility": "#ea580c", "policy": "#dc2626",
    "discovery": "#ca8a04", "production": "#92400e", "market_move": "#db2777",
}
ENTITY_LABELS = {"mineral": "Minerals", "country": "Countries", "organization": "Organisations",
                 "place": "Places", "person": "People", "listing": "Listings"}


def entity_url(entity_id: str | None, entity_type: str | None = None) -> str:
    """Where an entity's page is: minerals and organisations have their own."""
    if not entity_id:
        return "#"
    kind = entity_type or entity_id.split(":", 1)[0]
    safe = quote(entity_id, safe=":")
    if kind == "mineral":
        return f"/minerals/{safe}"
    if kind in ("organization", "org"):
        return f"/organisations/{safe}"
    return f"/entities/{safe}"


def article_url(article_id: str) -> str:
    return f"/articles/{quote(article_id, safe=':')}"


def fmt_money(amount: float | None, currency: str | None) -> str:
    if amount is None:
        return ""
    for size, unit in ((1e9, " bn"), (1e6, " m"), (1e3, " k")):
        if abs(amount) >= size:
            return f"{currency or ''} {amount / size:,.1f}{unit}".strip()
    digits = 0 if float(amount).is_integer() else 2  # a share price of 0.44 stays 0.44
    return f"{currency or ''} {amount:,.{digits}f}".strip()


def fmt_literal(value: str) -> str:
    """A literal argument for reading: money and quantities stored as JSON become "USD 500 m",
    "~USD 1.0 bn", "850 t/y"; anything else is shown as stored."""
    if not value.startswith("{"):
        return value
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    if not isinstance(parsed, dict):
        return value
    approx = "~" if parsed.get("approx") else ""
    amount = parsed.get("amount")
    if isinstance(amount, int | float) and parsed.get("currency"):
        return approx + fmt_money(amount, parsed["currency"])
    if isinstance(amount, int | float):
        return f"{approx}{amount:,g} {parsed.get('unit') or ''}".strip()
    return ", ".join(f"{k} {v}" for k, v in parsed.items() if v not in (None, False, ""))


LABELS = {"mou": "MoU", "loi": "LoI", "jv": "JV", "ipo": "IPO"}


def fmt_label(value: str | None) -> str:
    """A type, kind or role for reading: ``export_control`` → "export control", mou → MoU."""
    return LABELS.get(value or "", (value or "").replace("_", " "))


def fmt_month(value: date | None) -> str:
    return value.strftime("%B %Y") if value else "—"


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(entity_url=entity_url, article_url=article_url,
                       segments=segments, type_colours=TYPE_COLOURS,
                       event_types=queries.EVENT_TYPES, entity_labels=ENTITY_LABELS)
    env.filters.update(money=fmt_money, month=fmt_month, literal=fmt_literal, label=fmt_label)
    return env


templates = Jinja2Templates(env=_env())


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, title: str, messages: list[str]) -> HTMLResponse:
    return render(request, "error.html", status_code=status, title=title, messages=messages)


def page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, str | None]:
    """Previous and next page URLs that keep every other query parameter."""
    params = dict(request.query_params)

    def at(off: int) -> str:
        return f"{request.url.path}?{urlencode({**params, 'offset': off, 'limit': limit})}"

    return {"prev": at(max(0, offset - limit)) if offset > 0 else None,
            "next": at(offset + limit) if offset + limit < total else None}


@router.get("/plotly.min.js")
def plotly_js() -> FileResponse:
    """plotly.js from the installed Python package: the dashboard needs no CDN."""
    return FileResponse(PLOTLY_JS, media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, con: Cursor):
    return render(request, "overview.html", page="overview", o=queries.overview(con))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, con: Cursor,
                query: Annotated[queries.EventQuery, Depends(event_query)]):
    if "limit" not in request.query_params:
        query.limit = 25  # a page a reader scans; the API's default stays 50
    total, rows = queries.search_events(con, query)
    return render(request, "events.html", page="events", q=query, total=total, events=rows,
                  links=page_links(request, total, query.limit, query.offset),
                  minerals=queries.list_entities(con, "mineral"),
                  countries=queries.list_entities(con, "country"),
                  organisations=queries.list_entities(con, "organization", limit=500))


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, con: Cursor, q: Text = None, mineral: Text = None,
                  limit: Limit = 50, offset: Offset = 0):
    total, rows = queries.list_articles(con, q=q, mineral=mineral, limit=limit, offset=offset)
    return render(request, "articles.html", page="articles", articles=rows, total=total,
                  q=q or "", offset=offset, links=page_links(request, total, limit, offset))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, con: Cursor, article_id: Id):
    article = found_or_404(queries.get_article(con, article_id), "article", article_id)
    spans = [{"start": m["start"], "end": m["end"], "entity_id": m["entity_id"],
              "type": m["type"]} for m in article["mentions"]]
    spans += [{"start": e["evidence_start"], "end": e["evidence_end"], "event": e}
              for e in article["events"] if e["evidence_start"] is not None]
    by_type: dict[str, list] = {}
    for ent in article["entities"]:
        by_type.setdefault(ent["type"] or "other", []).append(ent)
    return render(request, "article.html", page="articles", a=article,
                  pieces=segments(article["text"], spans), entities_by_type=by_type)


@router.get("/minerals", response_class=HTMLResponse)
def minerals_page(request: Request, con: Cursor):
    return render(request, "entity_index.html", page="minerals", title="Minerals",
                  entities=queries.list_entities(con, "mineral"))


@router.get("/minerals/{mineral_id:path}", response_class=HTMLResponse)
def mineral_page(request: Request, con: Cursor, mineral_id: Id):
    m = found_or_404(queries.mineral_summary(con, mineral_id), "mineral", mineral_id)
    return render(request, "mineral.html", page="minerals", m=m)


@router.get("/organisations", response_class=HTMLResponse)
def organisations_page(request: Request, con: Cursor):
    return render(request, "entity_index.html", page="organisations", title="Organisations",
                  entities=queries.list_entities(con, "organization", limit=1000))


@router.get("/organisations/{org_id:path}", response_class=HTMLResponse)
def organisation_page(request: Request, con: Cursor, org_id: Id):
    o = found_or_404(queries.organisation_summary(con, org_id), "organisation", org_id)
    return render(request, "organisation.html", page="organisations", o=o)


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity_page(request: Request, con: Cursor, entity_id: Id):
    e = found_or_404(queries.get_entity(con, entity_id), "entity", entity_id)
    if e["type"] in ("mineral", "organization"):
        return RedirectResponse(entity_url(e["id"], e["type"]), status_code=307)
    related = {kind: queries.related_entities(con, entity_id, kind)
               for kind in ("mineral", "organization", "country")}
    latest = queries.list_events(con, queries.EventQuery(country=entity_id, limit=15))
    return render(request, "entity.html", page="", e=e, related=related, latest=latest,
                  monthly=queries.monthly_counts(con, entity_id))


@router.get("/flows", response_class=HTMLResponse)
def flows_page(request: Request, con: Cursor, mineral: Text = None,
               type: Annotated[str | None, Query(pattern="^(shipment|agreement)$")] = None):
    choices = queries.flow_minerals(con)
    if mineral is None and choices:
        mineral = choices[0]["id"]
    rows = queries.flows(con, mineral=mineral, type=type, limit=60) if mineral else []
    return render(request, "flows.html", page="flows", flows=rows, mineral=mineral,
                  type=type or "", choices=choices,
                  mineral_name=queries.get_entity_name(con, mineral) if mineral else None)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, con: Cursor,
                q: Annotated[str, Query(max_length=200)] = ""):
    found = queries.search(con, q) if q.strip() else None
    return render(request, "search.html", page="", q=q, found=found)
