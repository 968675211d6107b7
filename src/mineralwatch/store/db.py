"""Opening a store: one DuckDB file, migrated to the latest schema on open."""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from mineralwatch.store.schema import LATEST_VERSION, MIGRATIONS

DEFAULT_DB = Path("mineralwatch.duckdb")
# DuckDB keeps the blocks it has read or written cached up to its memory limit, 80% of RAM by
# default: without a limit the resident set of a long ingest grows with the store. A fixed
# limit bounds it (blocks are evicted, large sorts spill to disk); MINERALWATCH_MEMORY_LIMIT
# ("1GB", "256MB") changes it.
MEMORY_LIMIT_VARIABLE = "MINERALWATCH_MEMORY_LIMIT"
DEFAULT_MEMORY_LIMIT = "512MB"
_SIZE = re.compile(r"\d+(\.\d+)?\s*[KMGT]i?B", re.IGNORECASE)


class StoreError(Exception):
    """The database cannot be opened or is from a newer release."""


def connect(path: str | Path = DEFAULT_DB, *, read_only: bool = False,
            memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date.

    ``":memory:"`` gives a throw-away store, handy in tests. ``memory_limit`` bounds DuckDB's
    cache (default: $MINERALWATCH_MEMORY_LIMIT, else 512MB).
    """
    target = str(path)
    if read_only and target != ":memory:" and not Path(target).exists():
        raise StoreError(f"{target}: no database here (run `mineralwatch ingest` first)")
    limit = (memory_limit or os.environ.get(MEMORY_LIMIT_VARIABLE) or DEFAULT_MEMORY_LIMIT).strip()
    if not _SIZE.fullmatch(limit):
        raise StoreError(f"memory limit {limit!r}: not a size (e.g. 512MB, 2GB); "
                         f"set with {MEMORY_LIMIT_VARIABLE}")
    try:
        con = duckdb.connect(target, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{target}: cannot open database: {exc}") from exc
    # A setting, not connect()'s config: a second connection to the same file in this process
    # (the API beside an ingest) must not fail for asking another limit.
    con.execute(f"SET memory_limit = '{limit}'")
    if read_only:
        version = schema_version(con)
        if version < LATEST_VERSION:
            raise StoreError(f"{target}: schema {version} is older than {LATEST_VERSION}; "
                             "open it once read-write to migrate")
    else:
        migrate(con)
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration newer than the database; returns the resulting version."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, description VARCHAR,"
        " applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    current = schema_version(con)
    if current > LATEST_VERSION:
        raise StoreError(f"database schema {current} is newer than this release supports")
    for version, description, sql in MIGRATIONS:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute(
                "INSERT INTO schema_version (version, description) VALUES (?, ?)",
                [version, description],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return LATEST_VERSION
