"""SIPRI Arms Transfers Database: deliveries of major arms to the five states, in trend-indicator values (TIV).

`arms_tiv` comes from SIPRI's trade register (export of February 2026): the TIV of deliveries summed by supplier,
recipient and delivery year (1995–2024), with `world:total` = all suppliers of the year, unknown suppliers
included, so that a supplier's share never passes 100%. `arms_tiv_table` keeps SIPRI's published TIV tables
(2022 release, 1994–2021), which differ from the register where SIPRI has revised its estimates since.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sphere.connectors.records import (
    C5,
    WORLD,
    Dataset,
    IndicatorRecord,
    Problem,
    Rows,
    Upstream,
    entity,
    iso3_of,
    number,
    read_csv,
    year_of,
)

REGISTER_FILE = "sipri_register_c5_imports_by_supplier_year.csv"
TABLES_FILE = "sipri_tiv_tables_c5_1950_2021.csv"
DATASET = Dataset(
    key="sipri",
    folder="sipri_arms_transfers",
    title="SIPRI Arms Transfers Database",
    publisher="Stockholm International Peace Research Institute (SIPRI)",
    licence="© SIPRI; free use with citation",
    attribution="Source: SIPRI Arms Transfers Database (c) SIPRI",
    files={
        REGISTER_FILE: Upstream(
            "nagehanrdogan/Global-Arms-Trade-Network-Analysis-1995-2024-",
            "bdf78c664d67991f2b199a771dcb9e7ac392ebb7",
            "trade_register.csv",
        ),
        TABLES_FILE: Upstream(
            "360-info/report-arms-trade",
            "e00d2d3e57d1d6dd409f60fc367e088cce34c86e",
            "data/sipri-exports-processed.csv",
        ),
    },
)
UNIT = "TIV million"


def _rec(
    indicator: str,
    state: str,
    supplier: str,
    year: int,
    value: float,
    file: str,
    row: str,
    stats: str,
    **kw: str,
) -> IndicatorRecord:
    return IndicatorRecord(
        dataset=DATASET.key,
        indicator=indicator,
        reporter=entity(state),
        partner=supplier,
        year=year,
        value=value,
        unit=UNIT,
        file=file,
        row=row,
        field=kw.get("field", "tiv_mn"),
        statistics_of="org:sipri",
        statistics=stats,
        note=kw.get("note"),
    )


def read_register(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """Register deliveries by supplier and delivery year, and each state's total from all suppliers."""
    totals: dict[tuple[str, int], list[tuple[int, float]]] = defaultdict(list)
    stats = "SIPRI trade register, TIV of deliveries by delivery year"
    for line, row in read_csv(folder, REGISTER_FILE, out.problems):
        state = row.get("recipient_iso3", "")
        if state not in C5:
            continue
        try:
            year, value = year_of(row["year"]), number(row.get("tiv_mn"))
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(REGISTER_FILE, line, str(exc)))
            continue
        if value is None:
            continue
        totals[(state, year)].append((line, value))
        code = row.get("supplier_iso3") or iso3_of(row.get("Supplier", ""))
        if code:
            where = f"line {line}: {row.get('Supplier')} → {row.get('Recipient')} {year}"
            out.append(_rec("arms_tiv", state, entity(code), year, value, REGISTER_FILE, where, stats))
    for (state, year), cells in sorted(totals.items()):
        lines = ", ".join(str(n) for n, _ in cells)
        note = f"sum of {len(cells)} supplier rows (lines {lines}), unknown suppliers included"
        where = f"all suppliers → {state} {year}"
        total = sum(v for _, v in cells)
        out.append(_rec("arms_tiv", state, WORLD, year, total, REGISTER_FILE, where, stats, note=note))


def read_tables(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """SIPRI's published TIV tables (supplier × recipient × year) where a state is the recipient."""
    stats = "SIPRI TIV tables (2022 release, via 360info)"
    for line, row in read_csv(folder, TABLES_FILE, out.problems):
        state = iso3_of(row.get("recipient", ""))
        if state not in C5:
            continue
        try:
            year, value = year_of(row["year"]), number(row.get("tiv_mn"))
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(TABLES_FILE, line, str(exc)))
            continue
        code = iso3_of(row.get("supplier", ""))
        if value is None or state is None or code is None:
            continue
        where = f"line {line}: {row.get('supplier')} → {row.get('recipient')} {year}"
        out.append(_rec("arms_tiv_table", state, entity(code), year, value, TABLES_FILE, where, stats))


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Read the register sums and the TIV tables in `folder`."""
    out: Rows[IndicatorRecord] = Rows()
    read_register(folder, out)
    read_tables(folder, out)
    return out
