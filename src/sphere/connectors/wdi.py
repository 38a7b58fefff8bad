"""World Bank World Development Indicators (WDI): 28 series for the five states (and normalisers).

Reads `wdi_c5_selected.csv` (long: iso3, country, indicator, label, year, value) into `wdi:<SERIES.CODE>`
records with the state as reporter and the world (`world:total`) as partner: GDP, merchandise exports and
imports, personal remittances received, FDI net inflows, net ODA received, external debt, migrant stock and the
rest. Rows of the powers, the EU (`EUU` → `org:eu`) and the world (`WLD` → `world:total`) are kept for
GDP, population and merchandise trade, the normalisers the file carries for them. Years before 1990 are left
out: the five states report from independence (1991–92), and the powers' older rows serve no share.
"""

from __future__ import annotations

from pathlib import Path

from sphere.connectors.records import (
    WORLD,
    Dataset,
    IndicatorRecord,
    Problem,
    Rows,
    Upstream,
    entity,
    number,
    read_csv,
    year_of,
)

FILE = "wdi_c5_selected.csv"
_REPO = Upstream("datasets/world-development-indicators", "4ebec5a2273f531ba238a34dbe440394dc5a6c4b", "")
DATASET = Dataset(
    key="wdi",
    folder="wdi",
    title="World Bank World Development Indicators",
    publisher="World Bank",
    licence="CC BY 4.0",
    attribution="World Bank, World Development Indicators (CC BY 4.0)",
    files={FILE: Upstream(_REPO.repo, _REPO.commit, "indicators/<code>/data.csv")},
)
PREFIX = "wdi:"
FIRST_YEAR = 1990

# units by series code; codes not listed fall back on their suffix (.CD US$, .ZS/.ZG percent)
_UNITS = {
    "SP.POP.TOTL": "persons",
    "SM.POP.TOTL": "persons",
    "SM.POP.NETM": "persons",
    "IT.NET.BBND.P2": "per 100 people",
    "PA.NUS.FCRF": "LCU per USD",
}


def unit_of(code: str) -> str:
    """Return the unit of a WDI series code."""
    if code in _UNITS:
        return _UNITS[code]
    if code.endswith((".CD", ".CD.WD", ".CD.DT", ".CD.WT")):
        return "USD"
    if code.endswith((".ZS", ".ZG", ".GD.ZS", ".GN.ZS")):
        return "percent"
    return "value"


def series_of(indicator: str) -> str | None:
    """Return the WDI series code of a `wdi:` indicator name (None for other names)."""
    return indicator[len(PREFIX) :] if indicator.startswith(PREFIX) else None


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Read the WDI slice in `folder` into `wdi:<code>` records (reporter = country, partner = world)."""
    out: Rows[IndicatorRecord] = Rows()
    for line, row in read_csv(folder, FILE, out.problems):
        try:
            code, iso3 = row["indicator"], row["iso3"]
            year = year_of(row["year"])
            value = number(row["value"])
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(FILE, line, str(exc)))
            continue
        if value is None or not code or len(iso3) != 3 or year < FIRST_YEAR:
            continue
        out.append(
            IndicatorRecord(
                dataset=DATASET.key,
                indicator=PREFIX + code,
                reporter=entity(iso3),
                partner=WORLD,
                year=year,
                value=value,
                unit=unit_of(code),
                file=FILE,
                row=f"line {line}: {iso3} {code} {year}",
                field="value",
                statistics_of="org:world-bank",
                statistics=f"World Bank WDI {code} ({row.get('label', '')})",
            )
        )
    return out
