"""Which USGS release answers: the one shipped in the package or a newer one in the store.

``reference load`` puts another MCS world-data release into the store; from then on, for
each mineral the release with the newest production year wins (the stored one on a tie, since
the user loaded it on purpose), and minerals the new file lacks keep the shipped figures.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from mineralwatch.analyse import reference


@dataclass(frozen=True, slots=True)
class LoadResult:
    release: str
    rows: int
    latest_year: int
    replaced: int  # rows of the same release that were there before


def load_release(con: duckdb.DuckDBPyConnection, path: str | Path,
                 release: str | None = None) -> LoadResult:
    """Load one MCS world-data CSV into the store, replacing an earlier load of the same
    release. The file is parsed in full before the store is touched, so a malformed file
    raises :class:`reference.ReferenceDataError` and leaves the store as it was."""
    path = Path(path)
    table = reference.read_world_data(path, release=release)
    if table.empty:
        raise reference.ReferenceDataError(f"{path}: no data rows")
    name = str(table["release"].iloc[0])
    latest = int(table.loc[table["measure"] == "production", "year"].max())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    con.execute("BEGIN TRANSACTION")
    try:
        before = con.execute(
            "SELECT count(*) FROM reference_world_data WHERE release = ?", [name]
        ).fetchone()
        con.execute("DELETE FROM reference_world_data WHERE release = ?", [name])
        con.register("incoming_world_data", table)
        columns = ", ".join(reference.WORLD_COLUMNS)
        con.execute(
            f"INSERT INTO reference_world_data ({columns})"
            f" SELECT {columns} FROM incoming_world_data"
        )
        con.unregister("incoming_world_data")
        con.execute("DELETE FROM reference_releases WHERE release = ?", [name])
        con.execute(
            "INSERT INTO reference_releases (release, source_file, latest_year, rows, sha256)"
            " VALUES (?, ?, ?, ?, ?)",
            [name, str(path), latest, len(table), digest],
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return LoadResult(name, len(table), latest, int(before[0]) if before else 0)


def stored_releases(con: duckdb.DuckDBPyConnection | None) -> pd.DataFrame:
    if con is None or not _has_reference_tables(con):
        return pd.DataFrame(columns=["release", "source_file", "latest_year", "rows",
                                     "loaded_at", "sha256"])
    return con.execute(
        "SELECT release, source_file, latest_year, rows, loaded_at, sha256 FROM reference_releases"
        " ORDER BY latest_year DESC, loaded_at DESC"
    ).df()


Fingerprint = tuple[tuple[str, str, str], ...]
_WORLD: dict[Fingerprint, pd.DataFrame] = {}
_BY_MINERAL: dict[Fingerprint, dict[str, pd.DataFrame]] = {}
_CACHED = 8  # distinct stores remembered; the dashboard serves one


def fingerprint(con: duckdb.DuckDBPyConnection | None) -> Fingerprint:
    """What decides the world table: the stored releases and when each was loaded (empty
    for the shipped figures alone). Analyses cache their results under it."""
    releases = stored_releases(con)
    return tuple((str(r.release), str(r.loaded_at), str(r.sha256))
                 for r in releases.itertuples(index=False))


def world_data(con: duckdb.DuckDBPyConnection | None = None) -> pd.DataFrame:
    """The world table to analyse: shipped figures, overridden mineral by mineral by any
    stored release with a newer (or equal) production year. Treat it as read-only: it is
    shared between calls."""
    return world_for(fingerprint(con), con)


def world_for(key: Fingerprint, con: duckdb.DuckDBPyConnection | None = None) -> pd.DataFrame:
    if key not in _WORLD:
        if len(_WORLD) >= _CACHED:
            _WORLD.clear()
            _BY_MINERAL.clear()
        _WORLD[key] = _combine(con) if key and con is not None else reference.shipped("world_data")
    return _WORLD[key]


def rows_by_mineral(key: Fingerprint) -> dict[str, pd.DataFrame]:
    """The world table of ``key`` (already built by :func:`world_for`) split by mineral."""
    if key not in _BY_MINERAL:
        world = _WORLD[key]
        _BY_MINERAL[key] = {m: rows for m, rows in world.groupby("mineral", sort=False)}
    return _BY_MINERAL[key]


def _combine(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    shipped = reference.shipped("world_data")
    releases = stored_releases(con)
    stored = con.execute(
        f"SELECT {', '.join(reference.WORLD_COLUMNS)} FROM reference_world_data"
    ).df()
    for column in ("country", "product", "qualifier", "unit", "status", "note", "bound"):
        stored[column] = stored[column].fillna("")
    # Stored releases rank 0, 2, 4… newest first; the shipped one slots in after every stored
    # release at least as new as itself.
    rank = {r: 2 * i for i, r in enumerate(releases["release"])}
    shipped_year = int(shipped.loc[shipped["measure"] == "production", "year"].max())
    as_new = sum(1 for y in releases["latest_year"] if int(y) >= shipped_year)
    combined = [stored.assign(_rank=stored["release"].map(rank)),
                shipped.assign(_rank=2 * as_new - 1)]
    both = pd.concat(combined, ignore_index=True)
    best = both.groupby("mineral")["_rank"].transform("min")
    chosen = both[both["_rank"] == best].drop(columns="_rank")
    return chosen.reset_index(drop=True)


def _has_reference_tables(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'reference_releases'"
    ).fetchone()
    return bool(row and row[0])
