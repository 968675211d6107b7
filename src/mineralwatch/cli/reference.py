"""Sub-commands ``mineral``, ``risk`` and ``reference load``: official statistics beside the
news. They parse arguments and print; the figures come from ``mineralwatch.analyse.supply``."""

from __future__ import annotations

import json
from enum import Enum, StrEnum
from pathlib import Path
from typing import Annotated, Any

import duckdb
import pandas as pd
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from mineralwatch.analyse import crosswalk, reference, releases, supply
from mineralwatch.cli.common import fail
from mineralwatch.store.db import DEFAULT_DB, StoreError, connect

console = Console()
SIGNALS_SHOWN = 15  # sources with the most events; the JSON has every signal


class ProfileFormat(StrEnum):
    table = "table"
    json = "json"


class RiskFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


# choices read from the data, so typer lists them; a type checker cannot see their members
ListName = Enum("ListName", {n.replace("-", "_"): n for n in supply.LIST_NAMES},  # type: ignore[misc]
                type=str)
SortKey = Enum("SortKey", {k: k for k in supply.SORT_KEYS}, type=str)  # type: ignore[misc]

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help=f"store to read news and loaded releases from "
                              f"(default: {DEFAULT_DB} when it exists)"),
]


def _open_for_reading(path: Path | None) -> duckdb.DuckDBPyConnection | None:
    """The store when there is one; None means shipped figures and no news."""
    if path is None:
        if not DEFAULT_DB.exists():
            return None
        path = DEFAULT_DB
    try:
        return connect(path, read_only=True)
    except StoreError:
        if not Path(path).exists():
            raise
        return connect(path)  # an older schema: migrate it once


def mineral(
    name: Annotated[str, typer.Argument(help='"rare earths", "antimony", "mineral:lithium", "Li"')],
    db: DbOption = None,
    fmt: Annotated[ProfileFormat, typer.Option("--format", help="output format")] =
        ProfileFormat.table,
    plot: Annotated[Path | None, typer.Option("--plot", help="draw a PNG here")] = None,
) -> None:
    """Where a mineral comes from (shares, HHI, reserves), its U.S. import reliance, critical
    lists, and the news: events by month and new sources outside today's top producers."""
    try:
        mineral_id = crosswalk.resolve_mineral(name)
    except crosswalk.UnknownMineral as exc:
        fail(f"{exc}; try a name, symbol or id such as 'antimony', 'Sb', 'mineral:antimony'")
    try:
        con = _open_for_reading(db)
    except StoreError as exc:
        fail(str(exc))
    profile = supply.mineral_profile(con, mineral_id)
    if plot is not None:
        from mineralwatch.analyse.plot import plot_profile  # matplotlib only when asked

        plot_profile(profile, plot)
    if fmt is ProfileFormat.json:
        typer.echo(json.dumps(profile, ensure_ascii=False, indent=2, default=str))
    else:
        _print_profile(profile)
    if plot is not None and fmt is not ProfileFormat.json:
        console.print(f"plot written to {plot}")


def _print_profile(p: dict[str, Any]) -> None:
    console.print(f"[bold]{p['name']}[/] ({p['mineral']})", highlight=False)
    if p["message"]:
        console.print(p["message"], highlight=False)
    for stage in p["stages"]:
        if stage["shares"]:
            _print_shares(stage, stage)
        if stage.get("reserves"):
            _print_shares(stage["reserves"], stage, title="Reserves")
    lists = ", ".join(f"{n} ({s})" if s != "yes" else n
                      for n, s in p["critical_lists"].items() if s) or "none"
    console.print(f"Critical lists: {lists}", highlight=False)
    nir = p["net_import_reliance"]
    if nir:
        value = "net exporter" if nir["status"] == "net_exporter" else f"{nir['text']}%"
        sources = ", ".join(s["name"] for s in p["import_sources"])
        console.print(f"U.S. net import reliance {nir['year']} ({nir['commodity']}): {value}"
                      f"; major import sources: {sources or 'n/a'}", highlight=False)
    else:
        console.print("U.S. net import reliance: not given by USGS", highlight=False)
    _print_news(p)


def _print_shares(s: dict, stage: dict, title: str = "") -> None:
    what = title or f"{stage['stage'].capitalize()} {s['measure']}"
    if stage["product"]:
        what += f" ({stage['product']})"
    bound = s.get("world_total_bound") or ""
    year = f"{s['year']}{' estimate' if s.get('estimated') else ''}"
    console.print(
        f"\n[bold]{what}, {year}[/]: world {bound}{s['world_total']:,.0f} {s['unit']}\n"
        f"HHI {s['hhi']:,.0f} · top 3 {s['top3_share']:.1f}% · China {s['china_share']:.1f}% · "
        f"{s['n_producers']} producing countries · WGI-weighted HHI {_num(s['wgi_hhi'], 2)}",
        highlight=False,
    )
    table = Table()
    table.add_column("country")
    table.add_column("quantity", justify="right")
    table.add_column("share %", justify="right")
    table.add_column("WGI 0–10", justify="right")
    for row in s["shares"]:
        year_mark = "" if row["year"] == s["year"] else f" ({row['year']})"
        table.add_row(row["name"], f"{row['quantity']:,.0f}{year_mark}", _num(row["share"], 1),
                      _num(row["wgi"], 1))
    other = s.get("other_countries")
    if other:
        table.add_row("[dim]Other countries (residual)[/]", f"{other['quantity']:,.0f}",
                      _num(other["share"], 1), "")
    console.print(table)
    for note in s.get("notes", []):
        console.print(f"[dim]note: {note}[/]", highlight=False)


def _print_news(p: dict) -> None:
    if not p["events_by_month"]:
        console.print("News: no events for this mineral in the store.", highlight=False)
        return
    months: dict[str, int] = {}
    for row in p["events_by_month"]:
        months[row["month"]] = months.get(row["month"], 0) + int(row["events"])
    console.print("News events by month: " + ", ".join(f"{m} {n}" for m, n in months.items()),
                  highlight=False)
    if not p["signals"]:
        console.print("Diversification signals: none", highlight=False)
        return
    by_source: dict[str, list[dict]] = {}
    for signal in p["signals"]:  # most recent first
        by_source.setdefault(signal["source"], []).append(signal)
    names = {s["country"]: s["name"] for stage in p["stages"] for s in stage["shares"]}
    top3 = ", ".join(names.get(c, c) for c in p["top3_producers"]) or "n/a"
    table = Table(title=f"Diversification signals: sources named by the news outside today's "
                        f"top three producers ({top3})", title_justify="left")
    table.add_column("source")
    table.add_column("country")
    table.add_column("as")
    table.add_column("events", justify="right")
    table.add_column("latest evidence", ratio=1)
    ranked = sorted(by_source.values(), key=len, reverse=True)
    for signals in ranked[:SIGNALS_SHOWN]:
        latest = signals[0]
        roles = sorted({f"{s['event_type']} {s['role']}" for s in signals})
        country = crosswalk.country_name(latest["country"]) if latest["country"] else "—"
        table.add_row(Text(latest["name"]), country, ", ".join(roles), str(len(signals)),
                      Text(_clip(latest["evidence"] or "", 200)))
    Console(width=max(console.width, 140)).print(table)
    if len(ranked) > SIGNALS_SHOWN:
        console.print(f"… and {len(ranked) - SIGNALS_SHOWN} more sources (--format json "
                      "lists every signal with its evidence)", highlight=False)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _num(value: float | None, digits: int) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def risk(
    db: DbOption = None,
    list_name: Annotated[ListName | None, typer.Option("--list", help="only this list")] = None,
    sort: Annotated[SortKey, typer.Option("--sort", help="largest first")] = SortKey("hhi"),
    fmt: Annotated[RiskFormat, typer.Option("--format", help="output format")] =
        RiskFormat.table,
) -> None:
    """One row per mineral: supply concentration, governance risk, U.S. import reliance and
    critical lists, ready to paste into a brief."""
    try:
        con = _open_for_reading(db)
    except StoreError as exc:
        fail(str(exc))
    table = supply.risk_table(list_name.value if list_name else None, sort.value, con=con)
    if fmt is RiskFormat.csv:
        typer.echo(table.to_csv(index=False, lineterminator="\n"), nl=False)
    elif fmt is RiskFormat.json:
        typer.echo(table.to_json(orient="records", force_ascii=False, indent=2))
    else:
        wide = Console(width=max(console.width, 150))  # a brief's table, not a terminal's
        wide.print(_risk_rich(table, list_name.value if list_name else None, sort.value))


_LIST_CODES = {"us-2018": "US18", "us-2022": "US22", "us-2025": "US25",
               "us-2025-draft": "", "eu-critical": "EUc", "eu-strategic": "EUs"}


def _risk_rich(table: pd.DataFrame, list_name: str | None, sort: str) -> Table:
    out = Table(title=f"Supply risk{' · ' + list_name if list_name else ''} · sorted by {sort}"
                      " · USGS MCS 2025 (2024 estimates) · WGI 2023",
                title_justify="left",
                caption="HHI 0–10,000 over named producers; WGI-HHI 0–10 (EU method); "
                        "US NIR = U.S. net import reliance 2024; lists: US18/US22/US25 = U.S. "
                        "lists, EUc/EUs = EU critical/strategic",
                caption_justify="left")
    columns = [("mineral", "name"), ("stage", "stage"), ("top producer", "top_producer"),
               ("top %", "top_share"), ("top 3 %", "top3_share"), ("China %", "china_share"),
               ("HHI", "hhi"), ("WGI-HHI", "wgi_hhi"), ("US NIR %", "net_import_reliance"),
               ("lists", "lists")]
    for header, key in columns:
        numeric = key in {"top_share", "top3_share", "china_share", "hhi", "wgi_hhi",
                          "net_import_reliance"}
        out.add_column(header, justify="right" if numeric else "left", no_wrap=numeric)
    for row in table.to_dict("records"):
        out.add_row(*(_risk_cell(row, key) for _, key in columns))
    return out


def _risk_cell(row: dict, key: str) -> str:
    value = row[key]
    if key == "lists":
        codes = (_LIST_CODES[n.strip()] for n in str(value or "").split(",") if n.strip())
        return " ".join(c for c in codes if c) or "—"
    if value is None or pd.isna(value):
        return "—"
    if key == "hhi":
        return f"{value:,.0f}"
    if key == "wgi_hhi":
        return f"{value:.2f}"
    if isinstance(value, float):
        return f"{value:.1f}"
    if key == "stage" and row["product"]:
        return f"{value} ({row['product']})"
    return str(value)


def load(
    file: Annotated[Path, typer.Argument(help="an MCS World_Data CSV of any release")],
    db: Annotated[Path, typer.Option("--db", help="store to load into")] = DEFAULT_DB,
    release: Annotated[str | None, typer.Option(help="name the release (default: SOURCE)")] =
        None,
) -> None:
    """Load another USGS MCS world-data release into the store; it takes precedence over the
    figures shipped with mineralwatch for every mineral it covers. Loading again replaces."""
    if not file.is_file():
        fail(f"{file}: no such file")
    try:
        reference.read_world_data(file, release=release)  # validate before opening the store
        con = connect(db)
        result = releases.load_release(con, file, release=release)
    except (reference.ReferenceDataError, StoreError) as exc:
        fail(str(exc))
    replaced = f", replacing {result.replaced} rows" if result.replaced else ""
    console.print(f"loaded {result.release} ({result.rows} rows, latest year "
                  f"{result.latest_year}) into {db}{replaced}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``mineral``, ``risk`` and ``reference load`` to ``app``."""
    app.command("mineral")(mineral)
    app.command("risk")(risk)
    group = typer.Typer(help="Official reference statistics shipped with mineralwatch.",
                        no_args_is_help=True)
    group.command("load")(load)
    app.add_typer(group, name="reference")
