"""Regenerate the reference tables shipped in ``src/mineralwatch/data/reference``.

    .venv/bin/python scripts/build_reference.py [--shared ../shared/reference]

Reads the raw USGS, critical-list and World Bank files, normalises them with the same code
that ``mineralwatch reference load`` uses, writes one CSV per table and prints what it could
not map (country strings that are neither a country nor a known aggregate), so a review of a
diff in the shipped tables is a review of the normalisation.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mineralwatch.analyse import reference

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "mineralwatch" / "data" / "reference"
DEFAULT_SHARED = REPO.parent / "shared" / "reference"


def build(shared: Path, out: Path = OUT) -> dict[str, int]:
    usgs = shared / "usgs"
    tables = {
        "world_data": reference.read_world_data(usgs / "MCS2025_World_Data.csv"),
        "import_reliance": reference.read_import_reliance(
            usgs / "MCS2025_Fig2_Net_Import_Reliance.csv",
            usgs / "MCS2025_T5_Critical_Minerals_Salient.csv",
        ),
        "critical_lists": reference.read_critical_lists(
            shared / "critical_minerals" / "critical_minerals_lists.csv"
        ),
        "wgi": reference.read_wgi(shared / "governance" / "wgidataset.csv"),
    }
    for name, table in tables.items():
        reference.write_table(table, out / reference.SHIPPED[name])
    _report(tables)
    return {name: len(table) for name, table in tables.items()}


def _report(tables: dict) -> None:
    world = tables["world_data"]
    regions = sorted(set(world.loc[world["row_kind"] == "region", "country_name"]))
    print("aggregate or regional rows kept out of shares:", regions)
    unmapped = tables["import_reliance"]["import_sources"].str.split(";").explode()
    if (unmapped == "").any():
        print("import sources without a country id:",
              tables["import_reliance"].loc[unmapped[unmapped == ""].index, "commodity"].tolist())
    for name, table in tables.items():
        print(f"{name}: {len(table)} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the reference folder of the shared material")
    args = parser.parse_args()
    build(args.shared)


if __name__ == "__main__":
    main()
