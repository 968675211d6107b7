"""Supply concentration per mineral and stage: the figures the CLI, API and dashboard share.

Shares are of the USGS world total (the sum of the rows where USGS gives none) for the latest
year, the 2024 estimate in MCS 2025; a country whose latest value is withheld keeps its
previous year's figure, marked with that year. Aggregate rows ("World total", "Other
Countries", "United States and Canada") never enter a share or an index: the "Other
Countries" residual is reported beside them.

Indices:
- ``hhi``: Herfindahl-Hirschman index, Σ sᵢ² over the named countries with sᵢ in percent of
  the world total (0–10,000; above 2,500 is "highly concentrated" in antitrust usage).
- ``wgi_hhi``: governance-weighted concentration of the EU criticality method (European
  Commission, *Methodology for establishing the EU list of critical raw materials*, 2017),
  Σ sᵢ² × WGIᵢ with sᵢ as a fraction and WGIᵢ the mean of the six World Bank Worldwide
  Governance Indicators (voice and accountability, political stability and absence of
  violence, government effectiveness, regulatory quality, rule of law, control of corruption)
  rescaled to 0–10 with 10 the worst governance: WGIᵢ = (2.5 − meanᵢ) × 2. It runs from 0 to
  10; countries without a WGI score are left out and ``wgi_coverage`` says how much of the
  named production had one.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

import duckdb
import pandas as pd

from mineralwatch.analyse import crosswalk, reference, releases, signals

STAGE_ORDER = ("mine", "refinery", "smelter", "plant", "metal", "production", "capacity")
CHINA = "country:CN"
# Named rows summing above the world total by more than this factor is no rounding any more.
IMPLAUSIBLE = 1.5
SORT_KEYS = ("hhi", "china_share", "net_import_reliance", "wgi_hhi", "top3_share")
LIST_NAMES = tuple(reference.LISTS)

Connection = duckdb.DuckDBPyConnection | None


# --- which rows describe a mineral ---------------------------------------------------------


def statistics_rows(mineral_id: str, con: Connection = None) -> tuple[pd.DataFrame, str]:
    """(rows, id of the mineral whose figures they are).

    A member of a group without its own table takes its group's rows: only its product where
    the group table is split by product (platinum, palladium), else the whole group (the
    lanthanides inside "Rare earths") unless USGS treats the member as a commodity of its own
    with its own import statistics (scandium, yttrium), in which case it has no world table.
    """
    return _rows(_key(con), mineral_id)


def _key(con: Connection) -> releases.Fingerprint:
    """The release fingerprint, with the world table for it built and cached."""
    key = releases.fingerprint(con)
    releases.world_for(key, con)
    return key


def _rows(key: releases.Fingerprint, mineral_id: str) -> tuple[pd.DataFrame, str]:
    by_mineral = releases.rows_by_mineral(key)
    if mineral_id in by_mineral:
        return by_mineral[mineral_id], mineral_id
    empty = releases.world_for(key).iloc[0:0]
    info = crosswalk.minerals().get(mineral_id)
    if info is None or info.group is None or info.group not in by_mineral:
        return empty, mineral_id
    rows = by_mineral[info.group]
    by_product = rows[rows["product"].str.casefold() == info.name.casefold()]
    if not by_product.empty:
        return by_product, info.group
    if _reliance_rows().get(mineral_id):
        return empty, mineral_id
    return rows, info.group


def stages(mineral_id: str, con: Connection = None) -> list[tuple[str, str]]:
    """The (stage, product) pairs with figures for a mineral, mine first."""
    return _stages(_rows(_key(con), mineral_id)[0])


def _stages(rows: pd.DataFrame) -> list[tuple[str, str]]:
    pairs = rows[["stage", "product"]].drop_duplicates().itertuples(index=False)
    return sorted(((s, p) for s, p in pairs), key=_stage_key)


def _stage_key(pair: tuple[str, str]) -> tuple[int, str]:
    stage, product = pair
    order = STAGE_ORDER.index(stage) if stage in STAGE_ORDER else len(STAGE_ORDER)
    return order, product


# --- shares and indices ---------------------------------------------------------------------


def production_shares(mineral_id: str, stage: str | None = None, product: str | None = None,
                      *, measure: str | None = None, con: Connection = None) -> pd.DataFrame:
    """Country shares of one stage: country, name, quantity, share (% of world), year, wgi.

    ``stage`` defaults to the first stage with figures (mine production where USGS has it);
    ``measure`` to production, or capacity for capacity-only stages; ``reserves`` works too.
    Rows are sorted by share, largest first; aggregates are not rows (see ``stage_summary``).
    """
    summary = stage_summary(mineral_id, stage, product, measure=measure, con=con)
    return pd.DataFrame(summary["shares"] if summary else [],
                        columns=["country", "name", "quantity", "share", "year", "wgi"])


def stage_summary(mineral_id: str, stage: str | None = None, product: str | None = None,
                  *, measure: str | None = None, con: Connection = None) -> dict | None:
    """Every figure of one stage of one mineral (the ``stages`` items of the profile)."""
    rows, _ = statistics_rows(mineral_id, con)
    if rows.empty:
        return None
    if stage is None:
        stage, product = _stages(rows)[0]
    rows = rows[rows["stage"] == stage]
    if product is not None:
        rows = rows[rows["product"] == product]
    if measure is None:
        measure = _main_measure(rows)
    return _summarise(rows, measure) if measure else None


STAGE_COLUMNS = [
    "stage", "product", "measure", "year", "unit", "world_total", "top_producer", "top_share",
    "top3_share", "china_share", "hhi", "wgi_hhi", "n_producers", "other_share",
    "reserves_year", "reserves_unit", "reserves_top", "reserves_hhi", "reserves_china_share",
]


def concentration_table(mineral_id: str, con: Connection = None) -> pd.DataFrame:
    """One row per stage of a mineral with its concentration and reserves figures."""
    rows = []
    for item in _statistics(_key(con), mineral_id)["stages"]:
        top = item.get("top_producer")
        other = item.get("other_countries")
        reserves = item["reserves"] or {}
        rows.append({
            "stage": item["stage"], "product": item["product"], "measure": item["measure"],
            "year": item["year"], "unit": item.get("unit"),
            "world_total": item.get("world_total"),
            "top_producer": top["name"] if top else None,
            "top_share": top["share"] if top else None,
            "top3_share": item.get("top3_share"), "china_share": item.get("china_share"),
            "hhi": item.get("hhi"), "wgi_hhi": item.get("wgi_hhi"),
            "n_producers": item.get("n_producers"),
            "other_share": other["share"] if other else None,
            "reserves_year": reserves.get("year"), "reserves_unit": reserves.get("unit"),
            "reserves_top": (reserves.get("top_producer") or {}).get("name"),
            "reserves_hhi": reserves.get("hhi"),
            "reserves_china_share": reserves.get("china_share"),
        })
    return pd.DataFrame(rows, columns=STAGE_COLUMNS)


def _main_measure(rows: pd.DataFrame) -> str | None:
    for measure in ("production", "capacity"):
        if rows.loc[rows["measure"] == measure, "value"].notna().any():
            return measure
    return None


def _summarise(rows: pd.DataFrame, measure: str) -> dict | None:
    """Shares, HHI and the rest for the rows of one stage and one measure."""
    rows = rows[rows["measure"] == measure]
    valued = rows[rows["value"].notna()]
    if valued.empty:
        return None
    year = int(valued["year"].max())
    current = rows[rows["year"] == year]
    countries = current[(current["row_kind"] == "country") & current["value"].notna()]
    quantities = countries.groupby("country")["value"].sum()
    years = dict.fromkeys(quantities.index, year)
    notes: list[str] = []
    names = _display_names(rows)
    withheld = sorted(set(current.loc[(current["row_kind"] == "country")
                                      & (current["status"] == "withheld"), "country"]))
    for country in withheld:  # "2023 where 2024 is withheld"
        earlier = rows[(rows["country"] == country) & (rows["year"] < year)
                       & rows["value"].notna()]
        label = names.get(country, country)
        if country not in quantities.index and not earlier.empty:
            last = int(earlier["year"].max())
            quantities[country] = earlier.loc[earlier["year"] == last, "value"].sum()
            years[country] = last
            notes.append(f"{label}: {year} withheld, {last} figure used")
        elif country not in quantities.index:
            notes.append(f"{label}: withheld by USGS (company-proprietary), not in the shares")
    world_rows = current[(current["row_kind"] == "world") & current["value"].notna()]
    other_rows = current[(current["row_kind"] == "other") & current["value"].notna()]
    other = float(other_rows["value"].sum()) if not other_rows.empty else None
    if not world_rows.empty:
        world, bound, world_source = float(world_rows["value"].iloc[0]), \
            str(world_rows["bound"].iloc[0]), "usgs"
        world_note = str(world_rows["note"].iloc[0])
        if world_note:
            notes.append(f"world total: {world_note}")
    else:
        world, bound, world_source = float(quantities.sum() + (other or 0.0)), "", "sum of rows"
    named = float(quantities.sum())
    if world_source == "usgs" and not bound and named > IMPLAUSIBLE * world:
        # Kaolin 2024: "4400" for a world of ~48,000 (44,400 in 2023), a slip in the source.
        notes.append(f"USGS world total {world:,.0f} is far below the sum of the country rows "
                     f"({named:,.0f}); shares use the sum of the rows instead")
        world, world_source = named + (other or 0.0), "sum of rows"
    if bound:
        notes.append(f"world total is a bound ({bound}{world:,.0f}); shares are relative to it")
    wgi = _wgi_scores()
    shares = [
        {
            "country": country,
            "name": names.get(country) or crosswalk.country_name(country),
            "quantity": float(quantity),
            "share": _pct(quantity, world),
            "year": years[country],
            "wgi": wgi.get(country),
        }
        for country, quantity in quantities.sort_values(ascending=False).items()
        if quantity > 0 or world == 0
    ]
    share_values = [s["share"] for s in shares if s["share"] is not None]
    top = shares[0] if shares else None
    units = current["unit"][(current["unit"] != "") & current["value"].notna()]
    return {
        "measure": measure,
        "year": year,
        "estimated": bool(current["estimated"].any()),
        "unit": units.mode().iloc[0] if not units.empty else "",
        "world_total": world,
        "world_total_bound": bound,
        "world_total_source": world_source,
        "shares": shares,
        "hhi": hhi(share_values),
        "top_producer": {k: top[k] for k in ("country", "name", "share")} if top else None,
        "top3_share": round(sum(sorted(share_values, reverse=True)[:3]), 2),
        "china_share": next((s["share"] for s in shares if s["country"] == CHINA), 0.0),
        "n_producers": len(shares),
        "other_countries": None if other is None else
            {"quantity": other, "share": _pct(other, world)},
        "named_share": round(sum(share_values), 2),
        "withheld": withheld,
        **wgi_hhi(shares),
        "notes": notes,
    }


def _display_names(rows: pd.DataFrame) -> dict[str, str]:
    """Country names as USGS writes them ("Burma", "Congo (Kinshasa)"), preferring a form
    without a qualifier ("Brazil" over "Brazil (beneficiated)") where USGS uses one."""
    countries = rows[rows["row_kind"] == "country"]
    names: dict[str, str] = {}
    for country, name in zip(countries["country"], countries["country_name"], strict=True):
        plain = _plain_names().get(country)
        names.setdefault(country, plain or name)
    return names


@cache
def _plain_names() -> dict[str, str]:
    world = reference.shipped("world_data")
    plain = world[(world["row_kind"] == "country") & (world["qualifier"] == "")]
    return dict(zip(plain["country"], plain["country_name"], strict=True))


def _pct(quantity: float, world: float) -> float | None:
    return round(100.0 * float(quantity) / world, 2) if world else None


def hhi(shares_pct: list[float]) -> float:
    """Σ s² of percentage shares, capped at 10,000 (USGS rounding can make named shares sum
    a little above 100)."""
    return round(min(10_000.0, sum(s * s for s in shares_pct)), 1)


def wgi_hhi(shares: list[dict]) -> dict[str, float | None]:
    """EU governance-weighted HHI: Σ (share as a fraction)² × scaled WGI (0–10)."""
    scored = [s for s in shares if s["wgi"] is not None and s["share"] is not None]
    named = sum(s["share"] for s in shares if s["share"] is not None)
    if not scored or not named:
        return {"wgi_hhi": None, "wgi_coverage": None}
    value = sum((s["share"] / 100.0) ** 2 * s["wgi"] for s in scored)
    coverage = sum(s["share"] for s in scored) / named
    return {"wgi_hhi": round(value, 3), "wgi_coverage": round(coverage, 3)}


@cache
def _wgi_scores() -> dict[str, float]:
    table = reference.shipped("wgi")
    return dict(zip(table["country"], table["scaled"].astype(float), strict=True))


# --- lists and imports ----------------------------------------------------------------------


@cache
def _list_status() -> dict[str, dict[str, str]]:
    table = reference.shipped("critical_lists")
    out: dict[str, dict[str, str]] = {}
    for mineral, name, status in zip(table["mineral"], table["list"], table["status"],
                                     strict=True):
        out.setdefault(mineral, {})[name] = status
    return out


def critical_lists(mineral_id: str) -> dict[str, str | None]:
    """List name → ``yes`` (named), ``group`` (through a group entry), ``members`` (a group
    mineral whose members are listed) or None."""
    own = _list_status().get(mineral_id, {})
    members = [_list_status().get(m, {}) for m in crosswalk.group_members(mineral_id)]
    out: dict[str, str | None] = {}
    for name in LIST_NAMES:
        if name in own:
            out[name] = own[name]
        elif any(name in m for m in members):
            out[name] = "members"
        else:
            out[name] = None
    return out


@cache
def _reliance_rows() -> dict[str, list[dict]]:
    table = reference.shipped("import_reliance")
    out: dict[str, list[dict]] = {}
    for r in table.to_dict("records"):
        ids = r["import_sources"].split(";") if r["import_sources"] else []
        names = r["import_source_names"].split(";") if r["import_source_names"] else []
        out.setdefault(r["mineral"], []).append({
            "commodity": r["commodity"], "table": r["table"], "year": int(r["year"]),
            "pct": None if pd.isna(r["reliance_pct"]) else float(r["reliance_pct"]),
            "bound": r["bound"], "text": r["reliance_text"], "status": r["status"],
            "sources": [{"country": i or None, "name": n}
                        for i, n in zip(ids, names, strict=False)],
        })
    return out


def import_reliance(mineral_id: str) -> list[dict]:
    """Every U.S. net-import-reliance row for the mineral (Fig2; T5 where Fig2 is silent)."""
    return copy.deepcopy(_reliance_rows().get(mineral_id, []))


def _primary_reliance(mineral_id: str, rows: list[dict]) -> dict | None:
    """The row that names the mineral itself ("ALUMINUM" rather than "BAUXITE")."""
    if not rows:
        return None
    name = crosswalk.mineral_name(mineral_id).casefold()
    return next((r for r in rows if r["commodity"].casefold().startswith(name)), rows[0])


# --- the profile ----------------------------------------------------------------------------


def mineral_profile(con: Connection, mineral_id: str) -> dict[str, Any]:
    """Everything known about one mineral: per-stage concentration and reserves, critical
    lists, U.S. import reliance, and from the news its events by month and diversification
    signals. Raises :class:`crosswalk.UnknownMineral` for an id outside the vocabulary."""
    if mineral_id not in crosswalk.minerals():
        raise crosswalk.UnknownMineral(f"unknown mineral id {mineral_id!r}")
    stats = copy.deepcopy(_statistics(_key(con), mineral_id))
    source = stats["statistics_for"]
    reliance_rows = import_reliance(mineral_id) or (
        import_reliance(source) if source != mineral_id else [])
    primary = _primary_reliance(source, reliance_rows)
    top3 = _top_three(stats["stages"])
    ids = [mineral_id, *crosswalk.group_members(mineral_id)]
    return {
        "mineral": mineral_id,
        "name": crosswalk.mineral_name(mineral_id),
        **stats,
        "critical_lists": critical_lists(mineral_id),
        "net_import_reliance": None if primary is None else {
            k: primary[k] for k in ("pct", "bound", "text", "status", "commodity", "year")},
        "import_sources": [] if primary is None else primary["sources"],
        "import_reliance_detail": reliance_rows,
        "top3_producers": top3,
        "signals": _records(signals.diversification_signals(con, ids, exclude=top3)),
        "events_by_month": _records(signals.events_by_month(con, ids)),
    }


@lru_cache(maxsize=512)
def _statistics(key: releases.Fingerprint, mineral_id: str) -> dict[str, Any]:
    """The official-statistics half of a profile, cached per release fingerprint."""
    rows, source = _rows(key, mineral_id)
    items = []
    for stage, product in _stages(rows):
        part = rows[(rows["stage"] == stage) & (rows["product"] == product)]
        measure = _main_measure(part)
        item: dict[str, Any] = {"stage": stage, "product": product,
                                "type": "; ".join(sorted(set(part["type"])))}
        summary = _summarise(part, measure) if measure else None
        item.update(summary or {"measure": None, "year": None, "shares": []})
        item["reserves"] = _summarise(part, "reserves")
        if item["measure"] is not None or item["reserves"] is not None:
            items.append(item)
    name = crosswalk.mineral_name(mineral_id)
    message = None
    if not items and rows.empty:
        message = (f"No world production statistics for {name}: the USGS Mineral Commodity "
                   "Summaries publish no world table for it.")
    elif not items:
        commodities = "', '".join(sorted(set(rows["commodity"])))
        message = (f"No world production statistics for {name}: USGS lists it (as "
                   f"'{commodities}') but gives no figures.")
    elif source != mineral_id:
        message = (f"Figures are those of {crosswalk.mineral_name(source)} ({source}); USGS "
                   f"does not report {name} on its own.")
    return {
        "statistics_for": source,
        "release": ", ".join(sorted(set(rows["release"]))) or None,
        "stages": items,
        "message": message,
    }


def _top_three(stage_items: list[dict]) -> list[str]:
    """Today's top-three producers of the first stage with production figures."""
    for item in stage_items:
        if item.get("measure") == "production" and item["shares"]:
            return [s["country"] for s in item["shares"][:3]]
    return []


def _records(table: pd.DataFrame) -> list[dict]:
    return [
        {k: (None if _missing(v) else v) for k, v in row.items()}
        for row in table.to_dict("records")
    ]


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# --- one row per mineral --------------------------------------------------------------------

RISK_COLUMNS = [
    "mineral", "name", "stage", "product", "year", "unit", "world_total", "top_producer",
    "top_share", "top3_share", "china_share", "hhi", "wgi_hhi", "n_producers",
    "reserves_top", "reserves_hhi", "net_import_reliance", "net_import_reliance_pct",
    "lists", "covers",
]


def risk_table(list_name: str | None = None, sort: str = "hhi",
               con: Connection = None) -> pd.DataFrame:
    """One row per mineral: concentration of its first production stage (mine production
    where USGS has it), reserves, U.S. import reliance and list membership, sorted by
    ``sort`` (largest first, minerals without the figure last). ``list_name`` keeps the
    minerals on that list; a group mineral counts when its members are listed, and folds in
    members that have no table of their own (``covers``)."""
    if list_name is not None and list_name not in LIST_NAMES:
        raise ValueError(f"unknown list {list_name!r}; choose from {', '.join(LIST_NAMES)}")
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; choose from {', '.join(SORT_KEYS)}")
    rows: Sequence[dict] = _risk_rows(_key(con))
    if list_name is not None:
        rows = [r for r in rows if list_name in r["_lists"]]
    table = pd.DataFrame(rows, columns=RISK_COLUMNS).astype({"year": "Int64",
                                                             "n_producers": "Int64"})
    key = "net_import_reliance_pct" if sort == "net_import_reliance" else sort
    return table.sort_values([key, "name"], ascending=[False, True], na_position="last",
                             kind="stable").reset_index(drop=True)


@lru_cache(maxsize=8)
def _risk_rows(key: releases.Fingerprint) -> tuple[dict, ...]:
    owners = list(releases.rows_by_mineral(key))
    covers: dict[str, list[str]] = {}
    for mineral in _list_status():
        if mineral not in owners:
            covers.setdefault(_rows(key, mineral)[1], []).append(mineral)
    out = []
    for mineral in [*owners, *(m for m in covers if m not in owners)]:
        folded = [m for m in covers.get(mineral, []) if m != mineral]
        out.append(_risk_row(key, mineral, folded))
    return tuple(out)


def _risk_row(key: releases.Fingerprint, mineral: str, folded: list[str]) -> dict:
    membership = critical_lists(mineral)
    for member in folded:
        for name, status in critical_lists(member).items():
            if status and membership.get(name) is None:
                membership[name] = "members"
    listed = [n for n, s in membership.items() if s]
    row: dict[str, Any] = dict.fromkeys(RISK_COLUMNS)
    row.update(mineral=mineral, name=crosswalk.mineral_name(mineral), lists=", ".join(listed),
               covers=", ".join(crosswalk.mineral_name(m) for m in folded),
               _lists=frozenset(listed))
    stage = next((s for s in _statistics(key, mineral)["stages"]
                  if s["measure"] == "production"), None)
    if stage is not None:
        top = stage["top_producer"]
        row.update(
            stage=stage["stage"], product=stage["product"], year=stage["year"],
            unit=stage["unit"], world_total=stage["world_total"],
            top_producer=top["name"] if top else None, top_share=top["share"] if top else None,
            top3_share=stage["top3_share"], china_share=stage["china_share"],
            hhi=stage["hhi"], wgi_hhi=stage["wgi_hhi"], n_producers=stage["n_producers"],
        )
        reserves = stage["reserves"]
        if reserves and reserves["top_producer"]:
            row.update(reserves_top=reserves["top_producer"]["name"],
                       reserves_hhi=reserves["hhi"])
    primary = _primary_reliance(mineral, _reliance_rows().get(mineral, []))
    if primary:
        row["net_import_reliance"] = primary["text"] or primary["status"]
        row["net_import_reliance_pct"] = primary["pct"]
    return row
