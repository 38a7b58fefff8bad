"""AEI/Heritage China Global Investment Tracker (CGIT): Chinese investment and construction deals ≥ $100m.

The tracker's terms forbid republishing its rows, so Sphere ships none: a user downloads the workbook from AEI
and points `sphere data load` at the folder holding it. Each sheet of investments or of construction contracts
(told apart by the sheet name; "troubled transactions" are skipped) has a header row with Year, Month, Investor
(or Entity), Quantity in Millions, Share Size, Transaction Party, Sector, Subsector, Country, Region, BRI and
Greenfield, possibly below a few title rows. Deals in the five states are summed per state and year into
`cgit_investment` and `cgit_construction` (US$, partner `country:CHN`), each naming the sheet rows it sums.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sphere.connectors.records import (
    C5,
    Dataset,
    IndicatorRecord,
    Problem,
    Rows,
    entity,
    iso3_of,
    number,
    year_of,
)

DATASET = Dataset(
    key="cgit",
    folder="cgit",
    title="China Global Investment Tracker (American Enterprise Institute and The Heritage Foundation)",
    publisher="American Enterprise Institute; The Heritage Foundation",
    licence="AEI terms: free to use with attribution; republishing the rows is not permitted",
    attribution="China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation",
    redistributable=False,
    release="the workbook the user downloaded",
)
KINDS = (
    ("troubled", None),
    ("construct", "construction"),
    ("contract", "construction"),
    ("invest", "investment"),
)
REQUIRED = ("year", "quantity in millions", "country")


@dataclass(frozen=True)
class Deal:
    """One tracker row: a deal in a year, its size in US$ million, the Chinese party and the host country."""

    kind: str  # investment | construction
    sheet: str
    row: int
    year: int
    month: str | None
    investor: str | None
    amount_musd: float
    share: str | None
    party: str | None
    sector: str | None
    subsector: str | None
    country: str
    iso3: str | None
    bri: str | None
    greenfield: str | None


def sheet_kind(name: str) -> str | None:
    """Return `investment` or `construction` for a sheet name, None for sheets to skip."""
    low = name.lower()
    return next((kind for word, kind in KINDS if word in low), None)


def _cell(values: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = values.get(name)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def _sheet_rows(sheet: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (row number, row keyed by lower-case header) below the first row that holds the header."""
    header: list[str] | None = None
    for number_, values in enumerate(sheet.iter_rows(values_only=True), 1):
        cells = [str(v).strip().lower() if v is not None else "" for v in values]
        if header is None:
            if all(name in cells for name in REQUIRED):
                header = cells
            continue
        if any(v is not None and str(v).strip() for v in values):
            yield number_, {h: v for h, v in zip(header, values, strict=False) if h}


def read_deals(path: str | Path) -> Rows[Deal]:
    """Read every deal row of the investment and construction sheets of a CGIT workbook."""
    import openpyxl

    path = Path(path)
    out: Rows[Deal] = Rows()
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a corrupt or foreign file is reported, never raised
        out.problems.append(Problem(path.name, 0, f"cannot open workbook: {exc}"))
        return out
    try:
        for sheet in book.worksheets:
            kind = sheet_kind(sheet.title)
            if kind is None:
                continue
            for line, values in _sheet_rows(sheet):
                where = f"{sheet.title}!{line}"
                try:
                    year = year_of(str(values.get("year")))
                    amount = number(str(values.get("quantity in millions") or ""))
                except ValueError as exc:
                    out.problems.append(Problem(path.name, line, f"{where}: {exc}"))
                    continue
                country = _cell(values, "country")
                if amount is None or country is None:
                    out.problems.append(Problem(path.name, line, f"{where}: no amount or country"))
                    continue
                out.append(
                    Deal(
                        kind=kind,
                        sheet=sheet.title,
                        row=line,
                        year=year,
                        month=_cell(values, "month"),
                        investor=_cell(values, "investor", "entity", "investor or entity"),
                        amount_musd=amount,
                        share=_cell(values, "share size"),
                        party=_cell(values, "transaction party"),
                        sector=_cell(values, "sector"),
                        subsector=_cell(values, "subsector"),
                        country=country,
                        iso3=iso3_of(country),
                        bri=_cell(values, "bri"),
                        greenfield=_cell(values, "greenfield"),
                    )
                )
    finally:
        book.close()
    return out


def indicators(deals: list[Deal], file: str) -> list[IndicatorRecord]:
    """Sum the deals in the five states per kind, state and year (US$), naming the rows summed."""
    sums: dict[tuple[str, str, int], list[Deal]] = defaultdict(list)
    for deal in deals:
        if deal.iso3 in C5:
            sums[(deal.kind, deal.iso3, deal.year)].append(deal)
    out = []
    for (kind, iso3, year), found in sorted(sums.items()):
        rows = ", ".join(f"{d.sheet}!{d.row}" for d in found)
        out.append(
            IndicatorRecord(
                dataset=DATASET.key,
                indicator=f"cgit_{kind}",
                reporter=entity(iso3),
                partner="country:CHN",
                year=year,
                value=sum(d.amount_musd for d in found) * 1e6,
                unit="USD",
                file=file,
                row=f"{rows}: {len(found)} deals in {iso3} {year}",
                field="Quantity in Millions",
                statistics_of="org:aei",
                statistics=f"China Global Investment Tracker ({kind}, deals ≥ US$100m)",
            )
        )
    return out


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Read every CGIT workbook (`*.xlsx`) in `folder` into yearly investment and construction totals."""
    out: Rows[IndicatorRecord] = Rows()
    books = sorted(p for p in folder.glob("*.xlsx") if not p.name.startswith("~$"))
    if not books:
        out.problems.append(Problem(str(folder), 0, "no CGIT workbook (*.xlsx) in this folder"))
    for path in books:
        deals = read_deals(path)
        out.problems.extend(deals.problems)
        out.extend(indicators(list(deals), path.name))
    return out
