"""World Bank / KNOMAD bilateral remittance matrices (2017, 2018, 2021) and migrant stocks (2017, 2021).

The matrices are model estimates (migrant stocks × incomes), not recorded flows, so they are used as corridor
shares: `remittances_from` = the sender's share of the state's receipts in the matrix × the state's personal
remittances received in WDI (`BX.TRF.PWKR.CD.DT`) for the same year. Only the matrix years get a figure; a year
WDI lacks (Turkmenistan has no series) gets none. `remittances_estimate` keeps KNOMAD's own figure, and
`migrants_in` / `migrants_from` the migrant stocks: the state's people living in the partner, and the partner's
people living in the state.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sphere.connectors import wdi
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

REMIT_FILE = "knomad_bilateral_remittances_c5_2017_2018_2021.csv"
STOCK_FILE = "knomad_bilateral_migrant_stocks_c5_2017_2021.csv"
WDI_SERIES = "BX.TRF.PWKR.CD.DT"
DATASET = Dataset(
    key="knomad",
    folder="knomad_bilateral",
    title="World Bank/KNOMAD bilateral remittance and migrant-stock matrices",
    publisher="World Bank / KNOMAD",
    licence="CC BY 4.0",
    attribution="World Bank/KNOMAD bilateral remittance estimates and bilateral migration matrices (CC BY 4.0); "
    "levels scaled to World Bank WDI personal remittances received",
    release="hbenveniste/mig-fund@1ae38617de27 (2017 matrices, April 2018 version); "
    "hannahkates/global-remittances@ea902e1633e1 (2018 matrix, Oct 2019 version); "
    "artemdsmirnov/International-Payment-System-Go-to-Market-Strategy-and-Pricing-Points@003938f92275 "
    "(2021 matrices, Dec 2022 version)",
    local_files=("../wdi/wdi_c5_selected.csv",),
    files={
        REMIT_FILE: Upstream(
            "artemdsmirnov/International-Payment-System-Go-to-Market-Strategy-and-Pricing-Points",
            "003938f922758ac5cfa295792a60798ca80bc78c",
            "bilateral_remittance_matrix_2021.xlsx",
        ),
        STOCK_FILE: Upstream(
            "hbenveniste/mig-fund",
            "1ae38617de270cb108e94532400631998bd5111f",
            "input_data/WB_Bilateral_Estimates_Migrant_Stocks_2017.xlsx",
        ),
    },
)
STATISTICS = "World Bank/KNOMAD bilateral matrix"


def _party(name: str, iso3: str) -> str | None:
    """Return the entity id of a matrix row or column label (WORLD → world:total), None for regions."""
    if name.strip().upper() == "WORLD":
        return WORLD
    code = iso3 or iso3_of(name)
    return entity(code) if code else None


def wdi_remittances(folder: Path) -> dict[tuple[str, int], tuple[float, int]]:
    """Return (state, year) -> (WDI personal remittances received in US$, line) from the WDI slice beside."""
    out: dict[tuple[str, int], tuple[float, int]] = {}
    for rec in wdi.read(folder.parent / wdi.DATASET.folder):
        if rec.indicator == wdi.PREFIX + WDI_SERIES:
            out[(rec.reporter, rec.year)] = (rec.value, int(rec.row.split(":")[0].removeprefix("line ")))
    return out


def read_remittances(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """Bilateral remittances to the five states: the unscaled estimate and the WDI-scaled figure."""
    cells: list[tuple[int, int, str, str, float, str]] = []
    totals: dict[tuple[str, int], float] = {}
    sums: dict[tuple[str, int], float] = defaultdict(float)
    for line, row in read_csv(folder, REMIT_FILE, out.problems):
        if row.get("receiving_country_iso3") not in C5:
            continue
        try:
            year, value = year_of(row["year"]), number(row.get("value"))
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(REMIT_FILE, line, str(exc)))
            continue
        sender = _party(row.get("sending_country", ""), row.get("sending_country_iso3", ""))
        if value is None or sender is None:
            continue
        state = entity(row["receiving_country_iso3"])
        if sender == WORLD:
            totals[(state, year)] = value
        else:
            sums[(state, year)] += value
        cells.append((line, year, state, sender, value, row.get("source_file", "")))
    scale = wdi_remittances(folder)
    for line, year, state, sender, value, source in cells:
        where = f"line {line}: {sender} → {state} {year} ({source})"
        out.append(_rec("remittances_estimate", state, sender, year, value * 1e6, "USD", where))
        total = totals.get((state, year)) or sums.get((state, year))
        if sender == WORLD or not total or (state, year) not in scale:
            continue
        received, wdi_line = scale[(state, year)]
        share = value / total
        basis = "WORLD row" if (state, year) in totals else "sum of the matrix's sender rows"
        note = (
            f"KNOMAD share {share:.4f} ({value:.2f} of {total:.2f} US$ m, {basis}) × WDI {WDI_SERIES} "
            f"{year} = {received:,.0f} US$ (wdi_c5_selected.csv line {wdi_line})"
        )
        out.append(_rec("remittances_from", state, sender, year, share * received, "USD", where, note))


def read_stocks(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """Migrant stocks: the state's emigrants by destination and its immigrants by origin."""
    for line, row in read_csv(folder, STOCK_FILE, out.problems):
        try:
            year, value = year_of(row["year"]), number(row.get("value"))
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(STOCK_FILE, line, str(exc)))
            continue
        origin = _party(row.get("origin_country", ""), row.get("origin_country_iso3", ""))
        dest = _party(row.get("destination_country", ""), row.get("destination_country_iso3", ""))
        if value is None or origin is None or dest is None:
            continue
        where = f"line {line}: {row.get('origin_country')} → {row.get('destination_country')} {year}"
        if row.get("origin_country_iso3") in C5:
            out.append(_rec("migrants_in", origin, dest, year, value, "persons", where))
        if row.get("destination_country_iso3") in C5:
            out.append(_rec("migrants_from", dest, origin, year, value, "persons", where))


def _rec(
    indicator: str, reporter: str, partner: str, year: int, value: float, unit: str, row: str, note: str = ""
) -> IndicatorRecord:
    file = STOCK_FILE if indicator.startswith("migrants") else REMIT_FILE
    return IndicatorRecord(
        dataset=DATASET.key,
        indicator=indicator,
        reporter=reporter,
        partner=partner,
        year=year,
        value=value,
        unit=unit,
        file=file,
        row=row,
        field="value",
        statistics_of="org:world-bank",
        statistics=STATISTICS if indicator != "remittances_from" else f"{STATISTICS} × WDI {WDI_SERIES}",
        note=note or None,
    )


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Read both matrices in `folder` (and the WDI slice beside it, for the scaled remittances)."""
    out: Rows[IndicatorRecord] = Rows()
    read_remittances(folder, out)
    read_stocks(folder, out)
    return out
