"""Request-scoped access to the store: one cursor per request (DuckDB connections are not
thread-safe, cursors on one connection are)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

import duckdb
from fastapi import Depends, Request


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]
