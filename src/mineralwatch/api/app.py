"""The FastAPI application: the REST API under /api and the dashboard's pages."""

from __future__ import annotations

import os
import types
import typing
from collections import Counter
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import duckdb
from fastapi import Depends, FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from mineralwatch.analyse import changes, exposure
from mineralwatch.api import pages, routes
from mineralwatch.store import queries
from mineralwatch.store.db import DEFAULT_DB, connect

STATIC = Path(__file__).parent / "static"


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/openapi", "/docs", "/static"))


def _validation_messages(exc: RequestValidationError) -> list[str]:
    out = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
        out.append(f"{where}: {err.get('msg', 'invalid')}")
    return out


class DropEmptyParams:
    """A submitted HTML form sends every field, the empty ones as ``name=``; on pages an
    empty field means "no filter", so drop them before validation (the API keeps them)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope.get("query_string") and \
                not scope["path"].startswith("/api"):
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            kept = [(k, v) for k, v in pairs if v.strip()]
            scope = {**scope, "query_string": urlencode(kept).encode("latin-1")}
        await self.app(scope, receive, send)


def _takes_many(annotation: object) -> bool:
    """Whether a query parameter's type is a list (perhaps optional): ``list[str] | None``."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return any(_takes_many(arg) for arg in typing.get_args(annotation))
    return typing.get_origin(annotation) in (list, set, tuple)


def _query_params(dependant: Dependant) -> list:
    """The query parameters of an endpoint and of the dependencies it reads them through."""
    return [*dependant.query_params,
            *(param for sub in dependant.dependencies for param in _query_params(sub))]


def single_values(request: Request) -> None:
    """Reject a parameter of one value given more than once ("?limit=1&limit=2"), which would
    otherwise be read as its last value without a word: the caller meant one of them."""
    counts = Counter(name for name, _ in request.query_params.multi_items())
    repeated = [name for name, n in counts.items() if n > 1]
    route = request.scope.get("route")
    if not repeated or not isinstance(route, APIRoute):
        return
    many = {param.alias for param in _query_params(route.dependant)
            if _takes_many(param.field_info.annotation)}
    errors = [{"type": "value_error", "loc": ("query", name), "input": None,
               "msg": "given more than once; it takes one value"}
              for name in repeated if name not in many]
    if errors:
        raise RequestValidationError(errors)


def create_app(db: str | Path | duckdb.DuckDBPyConnection = DEFAULT_DB, *,
               ingest_token: str | None = None) -> FastAPI:
    """Serve the store at ``db`` (a path, or an open connection tests can share).

    The store is opened read-only unless an ingest token is configured (argument or
    ``MINERALWATCH_INGEST_TOKEN``); only then does ``POST /api/ingest`` exist.
    """
    token = ingest_token or os.environ.get("MINERALWATCH_INGEST_TOKEN") or None
    if isinstance(db, duckdb.DuckDBPyConnection):
        con, owned = db, False
    else:
        con, owned = connect(db, read_only=token is None), True
    # Build the read index and the analyses' tables now rather than on the first visit.
    for prepare in (queries.prepare, changes.prepare, exposure.prepare):
        prepare(con)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owned:
            con.close()

    app = FastAPI(
        title="mineralwatch",
        summary="Critical-minerals news as an evidence-linked knowledge base",
        description="Events extracted from news about critical minerals, each with the "
                    "sentence that proves it. Read-only; every list is paged.",
        version="1",
        lifespan=lifespan,
        # FastAPI's /docs and /redoc pages load their scripts from a CDN; the dashboard works
        # offline, so the API is documented by /openapi.json alone.
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(single_values)],
    )
    app.add_middleware(DropEmptyParams)
    app.state.con = con
    app.state.read_only = token is None
    app.state.ingest_token = token
    app.include_router(routes.router)
    if token:
        app.include_router(routes.ingest_router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        if _wants_html(request):
            return pages.error_page(request, 422, "Invalid parameters",
                                    _validation_messages(exc))
        # FastAPI's own shape, as /openapi.json documents it: [{loc, msg, type}, …].
        return await request_validation_exception_handler(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_html(request):
            title = "Not found" if exc.status_code == 404 else "Request refused"
            return pages.error_page(request, exc.status_code, title, [str(exc.detail)])
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(duckdb.InvalidInputException)
    @app.exception_handler(duckdb.ConversionException)
    async def bad_input(request: Request, exc: duckdb.Error):
        # A value the database cannot take (out-of-range date arithmetic and the like) is
        # the caller's input, not a server fault.
        if _wants_html(request):
            return pages.error_page(request, 400, "Invalid parameters", [str(exc)])
        return JSONResponse({"detail": f"invalid parameter: {exc}"}, status_code=400)

    return app
