"""Official reference tables: read the USGS and World Bank files, normalise them, ship them.

The raw files are full of traps (see ``data/reference/README.md``): a byte-order mark, a space
inside ``PROD_EST_ 2024``, padded and non-breaking-space names, aggregate rows mixed with
countries, withheld values signalled only in a notes column, text in numeric columns. Every
reader here turns one raw file into one tidy table keyed by ``mineral:`` and ``country:`` ids;
``scripts/build_reference.py`` writes those tables into the package, and ``reference load``
reads a newer MCS release with the same code.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from mineralwatch.analyse import crosswalk

DATA = resources.files("mineralwatch") / "data" / "reference"

WORLD_COLUMNS = [
    "release", "commodity", "mineral", "type", "stage", "product", "country", "country_name",
    "qualifier", "row_kind", "measure", "year", "estimated", "value", "bound", "unit", "status",
    "note",
]
REQUIRED_WORLD_COLUMNS = ("COMMODITY", "COUNTRY", "TYPE", "UNIT_MEAS")
# PROD_2023, "PROD_EST_ 2024" (sic, with a space), CAP_2023, RESERVES_2024, in any release.
_YEAR_COLUMN = re.compile(r"^(PROD|CAP|RESERVES)_(EST_)?\s*(\d{4})$", re.IGNORECASE)
_MEASURES = {"PROD": "production", "CAP": "capacity", "RESERVES": "reserves"}
_NOTES = {"production": "PROD_NOTES", "capacity": "CAP_NOTES", "reserves": "RESERVE_NOTES"}
_WITHHELD = re.compile(r"^\s*W\b")  # "W for 23-24"
_NOT_AVAILABLE = re.compile(r"^\s*(NA|na)\b")
_NOT_APPLICABLE = re.compile(r"^\s*XX\s*$", re.IGNORECASE)
_QUALITATIVE = re.compile(r"^\s*(very small|small|moderate to large|moderate|large)\s*$", re.I)
_WORLD = re.compile(r"^world total", re.IGNORECASE)
_OTHER = re.compile(r"^other countries", re.IGNORECASE)
# Units as USGS writes them, longest first so "thousand metric tons" beats "metric tons".
_UNITS = (
    "thousand metric dry tons", "million metric tons", "thousand metric tons", "metric tons",
    "million carats", "thousand carats", "million cubic meters", "kilograms",
)
_STAGE_KEYWORDS = (  # for a TYPE string that usgs_types.csv does not list (a newer release)
    ("capacity", "capacity"), ("mine p", "mine"), ("refinery", "refinery"),
    ("smelter", "smelter"), ("plant production", "plant"), ("reserves", "mine"),
)


class ReferenceDataError(ValueError):
    """A reference file that cannot be read as the table it claims to be."""


# --- USGS world production, capacity and reserves ------------------------------------------


@dataclass(frozen=True, slots=True)
class YearColumn:
    column: str
    measure: str
    year: int
    estimated: bool


def year_columns(columns: list[str]) -> list[YearColumn]:
    """The measure-and-year columns of an MCS world-data header, whatever the release."""
    found = []
    for column in columns:
        match = _YEAR_COLUMN.match(column.strip())
        if match:
            prefix, est, year = match.groups()
            found.append(YearColumn(column, _MEASURES[prefix.upper()], int(year), bool(est)))
    return found


def read_world_data(path: str | Path, release: str | None = None) -> pd.DataFrame:
    """One MCS ``World_Data.csv`` as a long table: one row per country, measure and year.

    Aggregate rows stay, marked by ``row_kind`` (``world``, ``other``, ``region``) so that the
    residual can be reported; only ``country`` rows carry a ``country:`` id. Withheld and
    qualitative cells become rows with an empty ``value`` and a ``status``.
    """
    path = Path(path)
    try:
        raw = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise ReferenceDataError(f"{path}: cannot read as CSV: {exc}") from exc
    raw.columns = [crosswalk.clean_name(c) if c.strip() else c for c in raw.columns]
    for column in REQUIRED_WORLD_COLUMNS:
        if column not in raw.columns:
            raise ReferenceDataError(f"{path}: missing column {column!r}")
    years = year_columns(list(raw.columns))
    if not any(y.measure == "production" for y in years):
        raise ReferenceDataError(
            f"{path}: missing column 'PROD_<year>' (no production year column found)"
        )
    if release is None:
        sources = {s.strip() for s in raw.get("SOURCE", pd.Series(dtype=str)) if s.strip()}
        release = sources.pop() if len(sources) == 1 else path.stem
    types = _type_table()
    rows = [
        row
        for record in raw.to_dict("records")
        for row in _world_rows(record, years, release, types)
    ]
    return _fill_reserve_units(pd.DataFrame(rows, columns=WORLD_COLUMNS))


def _fill_reserve_units(table: pd.DataFrame) -> pd.DataFrame:
    """A reserves row without a unit note takes the one unit its siblings' notes agree on
    (iron ore: "Crude Ore, million metric tons" on every row but those noted "NA")."""
    reserves = table[table["measure"] == "reserves"]
    noted = reserves[reserves["note"].map(_unit_in) != ""]
    agreed = noted.groupby(["commodity", "type"])["unit"].agg(
        lambda units: units.iloc[0] if units.nunique() == 1 else None).dropna()
    for (commodity, type_), unit in agreed.items():
        mask = ((table["measure"] == "reserves") & (table["commodity"] == commodity)
                & (table["type"] == type_) & (table["note"].map(_unit_in) == ""))
        table.loc[mask, "unit"] = unit
    return table


def _world_rows(
    record: dict[str, str], years: list[YearColumn], release: str,
    types: dict[tuple[str, str], tuple[str, str]],
) -> Iterator[dict]:
    commodity = crosswalk.clean_name(record["COMMODITY"])
    if not commodity:
        return
    type_ = crosswalk.clean_name(record["TYPE"])
    stage, product = types.get((commodity.casefold(), type_.casefold()), (_stage_of(type_), ""))
    name = crosswalk.strip_footnote(crosswalk.clean_name(record["COUNTRY"]))
    kind, country, qualifier = _classify_country(name)
    base = {
        "release": release, "commodity": commodity,
        "mineral": crosswalk.mineral_for_commodity(commodity), "type": type_, "stage": stage,
        "product": product, "country": country, "country_name": name, "qualifier": qualifier,
        "row_kind": kind,
    }
    unit = crosswalk.clean_name(record["UNIT_MEAS"])
    emitted = False
    for col in years:
        note = crosswalk.clean_name(record.get(_NOTES[col.measure], ""))
        value, bound, status = _parse_cell(record.get(col.column, ""), note)
        if value is None and not status:
            continue
        row_unit = unit
        if col.measure == "reserves":
            row_unit = _unit_in(note) or unit
        emitted = True
        yield {
            **base, "measure": col.measure, "year": col.year, "estimated": col.estimated,
            "value": value, "bound": bound, "unit": row_unit, "status": status, "note": note,
        }
    if not emitted:  # keep the row visible ("Gemanium" has no figures at all)
        latest = max((y for y in years if y.measure == "production"), key=lambda y: y.year)
        yield {
            **base, "measure": "production", "year": latest.year, "estimated": latest.estimated,
            "value": None, "bound": "", "unit": unit, "status": "no_data", "note": "",
        }


def _parse_cell(cell: str, note: str) -> tuple[float | None, str, str]:
    """(value, bound, status) of a numeric cell, reading withheld and NA from the notes."""
    text = crosswalk.clean_name(cell).replace(",", "")
    bound = ""
    if text and text[0] in "<>":
        bound, text = text[0], text[1:].strip()
    if text.upper() == "W":
        return None, "", "withheld"
    if text:
        try:
            return float(text), bound, ""
        except ValueError:
            return None, "", "not_available"
    if _WITHHELD.match(note):
        return None, "", "withheld"
    if _NOT_AVAILABLE.match(note):
        return None, "", "not_available"
    if _NOT_APPLICABLE.match(note):
        return None, "", "not_applicable"
    if _QUALITATIVE.match(note):
        return None, "", "qualitative"
    return None, "", ""


def _classify_country(name: str) -> tuple[str, str, str]:
    """(row_kind, country id, qualifier) for a COUNTRY cell."""
    if _WORLD.match(name):
        return "world", "", name
    if _OTHER.match(name):
        return "other", "", name
    country = crosswalk.country_for_name(name)
    if country:
        return "country", country, crosswalk.split_qualifier(name)[1]
    return "region", "", name  # "United States and Canada" and anything not one country


def _unit_in(note: str) -> str:
    lowered = note.lower()
    return next((u for u in _UNITS if u in lowered), "")


def _stage_of(type_: str) -> str:
    lowered = type_.lower()
    return next((stage for key, stage in _STAGE_KEYWORDS if key in lowered), "production")


@cache
def _type_table() -> dict[tuple[str, str], tuple[str, str]]:
    """``usgs_types.csv``: (commodity, TYPE) → (stage, product), case-insensitive."""
    with (DATA / "usgs_types.csv").open(encoding="utf-8") as fh:
        return {
            (r["commodity"].casefold(), r["type"].casefold()): (r["stage"], r["product"])
            for r in csv.DictReader(fh)
        }


# --- U.S. net import reliance (Fig2) and critical-mineral salient statistics (T5) -----------

IMPORT_COLUMNS = [
    "mineral", "commodity", "table", "year", "reliance_pct", "bound", "reliance_text", "status",
    "import_sources", "import_source_names", "note",
]


def read_import_reliance(fig2: str | Path, t5: str | Path | None = None) -> pd.DataFrame:
    """U.S. net import reliance and major import sources, from Fig2 and (where Fig2 is
    silent) T5 of MCS 2025. ``import_sources`` is a ``;``-joined list of country ids."""
    rows = []
    table = pd.read_csv(fig2, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    year = _year_in(list(table.columns), default=0)
    reliance_col = next(c for c in table.columns if c.startswith("Net_Import_Reliance"))
    sources_col = next(c for c in table.columns if c.startswith("Major_Import_Sources"))
    for record in table.to_dict("records"):
        rows.append(_import_row(record["Commodity"], "fig2", year, record[reliance_col],
                                record[sources_col], record.get("Notes", "")))
    if t5 is not None:
        covered = {r["mineral"] for r in rows}
        salient = pd.read_csv(t5, encoding="utf-8-sig", dtype=str, keep_default_na=False)
        for record in salient.to_dict("records"):
            row = _import_row(record["Critical_mineral"], "t5", int(record["Year"][:4]),
                              record["Net_Import_Reliance"], record["Primary_import_source"],
                              record.get("Import_source_notes", ""))
            if row["mineral"] not in covered:
                rows.append(row)
    return pd.DataFrame(rows, columns=IMPORT_COLUMNS)


def _import_row(commodity: str, table: str, year: int, reliance: str, sources: str,
                note: str) -> dict:
    text = crosswalk.clean_name(reliance)
    value, bound, status = _parse_cell(text, "")
    if text.upper() == "E":
        status = "net_exporter"
    names = [crosswalk.strip_footnote(crosswalk.clean_name(s)) for s in sources.split(",")]
    names = [n for n in names if n]
    ids = [crosswalk.country_for_name(n) or "" for n in names]
    return {
        "mineral": crosswalk.mineral_for_commodity(commodity),
        "commodity": crosswalk.clean_name(commodity), "table": table, "year": year,
        "reliance_pct": value, "bound": bound, "reliance_text": text, "status": status,
        "import_sources": ";".join(ids), "import_source_names": ";".join(names),
        "note": crosswalk.clean_name(note),
    }


def _year_in(columns: list[str], default: int) -> int:
    for column in columns:
        match = re.search(r"(\d{4})$", column)
        if match:
            return int(match.group(1))
    return default


# --- critical-minerals lists ----------------------------------------------------------------

LISTS = {  # list name → column of critical_minerals_lists.csv
    "us-2018": "us_2018_final",
    "us-2022": "us_2022_final",
    "us-2025": "us_2025_final",
    "us-2025-draft": "us_2025_draft",
    "eu-critical": "eu_crma_critical",
    "eu-strategic": "eu_crma_strategic",
}
_ENTRY = {"eu-critical": "eu_crma_critical_entry", "eu-strategic": "eu_crma_strategic_entry"}
LIST_COLUMNS = ["mineral", "list", "status", "entry"]


def read_critical_lists(path: str | Path) -> pd.DataFrame:
    """Membership as long rows: ``status`` is ``yes`` (named) or ``group`` (via a group
    entry such as the EU's "heavy rare earth elements"); absent rows mean not listed."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = []
    for record in table.to_dict("records"):
        mineral = crosswalk.mineral_for_commodity(record["mineral"])
        for name, column in LISTS.items():
            status = record[column].strip().lower()
            if status in {"yes", "group"}:
                entry = record.get(_ENTRY.get(name, ""), "") or record["mineral"]
                rows.append({"mineral": mineral, "list": name, "status": status,
                             "entry": crosswalk.clean_name(entry)})
    return pd.DataFrame(rows, columns=LIST_COLUMNS)


# --- World Bank Worldwide Governance Indicators ----------------------------------------------

WGI_DIMENSIONS = ("va", "pv", "ge", "rq", "rl", "cc")
WGI_COLUMNS = ["country", "wgi_code", "year", *WGI_DIMENSIONS, "mean", "scaled"]


def read_wgi(path: str | Path) -> pd.DataFrame:
    """Latest WGI year per country: the six estimates, their mean, and the mean rescaled to
    0–10 with 10 the worst governance, as the EU criticality method uses it.

    ``scaled = (2.5 − mean) × 2``: the estimates are standard-normal units clipped here to
    [−2.5, 2.5]; the mean of all six dimensions is used, as in the EU method.
    """
    table = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    table = table[table["estimate"].str.strip().ne("..") & table["estimate"].str.strip().ne("")]
    table = table.assign(estimate=table["estimate"].astype(float), year=table["year"].astype(int))
    year = int(table["year"].max())
    wide = (
        table[table["year"] == year]
        .pivot_table(index="code", columns="indicator", values="estimate", aggfunc="first")
        .dropna(subset=list(WGI_DIMENSIONS))
        .reset_index()
    )
    wide["country"] = [crosswalk.country_for_wgi_code(c) for c in wide["code"]]
    wide = wide.dropna(subset=["country"]).rename(columns={"code": "wgi_code"})
    wide["year"] = year
    wide["mean"] = wide[list(WGI_DIMENSIONS)].mean(axis=1).round(4)
    wide["scaled"] = ((2.5 - wide["mean"].clip(-2.5, 2.5)) * 2).round(4)
    return wide[WGI_COLUMNS].sort_values("country").reset_index(drop=True)


# --- the tables shipped in the package ------------------------------------------------------

SHIPPED = {
    "world_data": "world_data.csv",
    "import_reliance": "import_reliance.csv",
    "critical_lists": "critical_lists.csv",
    "wgi": "wgi.csv",
}


@cache
def _shipped(name: str) -> pd.DataFrame:
    with (DATA / SHIPPED[name]).open(encoding="utf-8") as fh:
        table = pd.read_csv(fh, dtype=str, keep_default_na=False)
    numeric = {"year", "value", "reliance_pct", "mean", "scaled", *WGI_DIMENSIONS}
    for column in numeric & set(table.columns):
        table[column] = pd.to_numeric(table[column].replace("", None))
    if "estimated" in table.columns:
        table["estimated"] = table["estimated"].eq("True")
    return table


def shipped(name: str) -> pd.DataFrame:
    """A copy of one of the shipped tables (``world_data``, ``import_reliance``,
    ``critical_lists``, ``wgi``)."""
    return _shipped(name).copy()


def write_table(table: pd.DataFrame, path: str | Path) -> None:
    """Write a normalised table as the shipped CSVs are written: UTF-8, LF, no index."""
    table.to_csv(path, index=False, lineterminator="\n", float_format="%.10g")
