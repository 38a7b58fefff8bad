"""Exchange rates the index uses to read figures published in another currency (Eurostat's EUR) in US dollars.

The rates are reference data curated into the knowledge base with their source (`fx_usd_per_eur`: US dollars per
euro, the annual average of a year, one record per year). A figure is converted with the rate of its own year
and says so; where that year's rate is not stored, the figure is not converted and not used (never a rate of
another year).
"""

from __future__ import annotations

from typing import Any

from sphere.analysis.format import money

Row = dict[str, Any]

# indicator -> the currency it converts to US dollars (its value: US dollars per unit of that currency)
RATES = {"fx_usd_per_eur": "EUR"}
CURRENCY_NAMES = {"EUR": "euro"}


def rates_by_currency(rows: list[Row]) -> dict[tuple[str, int], Row]:
    """Return the rate rows by (currency, year); where a year has several, the first by id."""
    out: dict[tuple[str, int], Row] = {}
    for r in sorted(rows, key=lambda r: str(r["id"])):
        currency = RATES.get(r["indicator"])
        if currency and isinstance(r.get("value"), int | float) and r["value"] > 0:
            out.setdefault((currency, int(r["year"])), r)
    return out


def rate_label(rate: Row) -> str:
    """Return who publishes a rate, for a sentence ("the Federal Reserve's G.5A annual average")."""
    src = rate.get("src") or {}
    office = str(rate.get("statistics") or src.get("publisher") or "the published")
    return office.split(" (", 1)[0]


def in_usd(row: Row, rates: dict[tuple[str, int], Row], cache: dict[Any, Any]) -> Row | None:
    """Return the row in US dollars: itself when in USD, a converted copy (with the rate and a note) when a
    rate of its currency for its year is stored, else None."""
    unit = row.get("unit")
    if unit == "USD":
        return row
    rate = rates.get((str(unit), int(row["year"])))
    if rate is None or not isinstance(row.get("value"), int | float):
        return None
    key = ("in_usd", row["id"])
    found: Row | None = cache.get(key)
    if found is None:
        per = float(rate["value"])
        usd = float(row["value"]) * per
        note = (
            f"converted from {money(row['value'], str(unit))} at the {rate_label(rate)} annual average, "
            f"{per:.4f} USD per {CURRENCY_NAMES.get(str(unit), str(unit))} in {row['year']}"
        )
        found = cache[key] = {
            **row,
            "value": usd,
            "unit": "USD",
            "original_value": row["value"],
            "original_unit": unit,
            "fx_rate": per,
            "fx_row": rate,
            "converted": note,
        }
    return found
