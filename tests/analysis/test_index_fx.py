"""Figures published in euros (Eurostat) enter the trade dimension in US dollars at their own year's stored
rate, say so, and stay out where that year's rate is missing; on SQLite and PostgreSQL, and on the bundled data."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from sphere.analysis.format import figure, money
from sphere.analysis.index import compute
from sphere.analysis.index_inputs import default_weights, load_inputs
from sphere.store import Store
from sphere.store import schema as t
from tests.analysis import index_data as d

EU = "org:eu"


def _rows() -> list[dict[str, object]]:
    eur = {"unit": "EUR", "statistics_of": EU, "statistics": "Test Eurostat", "source_id": "src-mirror"}
    return [
        *d.ROWS,
        d.row("imports", d.TJK, EU, 2023, 300e6, **eur),
        d.row("imports", d.KGZ, EU, 2022, 500e6, **eur),  # no 2022 rate stored: never converted
        d.row("fx_usd_per_eur", EU, d.USA, 2023, 1.0817, unit="USD per EUR", source_id="src-other"),
        d.row("fx_usd_per_eur", EU, d.USA, 2021, 1.1830, unit="USD per EUR", source_id="src-other"),
    ]


def test_eur_figures_are_converted_at_their_years_rate(store: Store) -> None:
    d.load(store, _rows())
    inp = load_inputs(store)
    res = compute(inp, default_weights(), states=[d.TJK], powers=[d.CHN, EU], years=range(2023, 2024))
    trade = res.cells[(EU, d.TJK, 2023)].components["trade"]
    eur = next(r for r in d.ROWS + _rows() if r["indicator"] == "imports" and r["reporter_id"] == d.TJK)
    rate = next(r for r in _rows() if r["indicator"] == "fx_usd_per_eur" and r["year"] == 2023)
    assert trade.raw == pytest.approx(float(eur["value"]) * float(rate["value"]))  # type: ignore[arg-type]
    total = 2.0e9 + 6.0e9  # the World Bank's total for Tajikistan in the test rows
    assert trade.share == pytest.approx(trade.raw / total)
    assert f"converted from {money(300e6, 'EUR')}" in (trade.sentence or "")
    assert "1.0817 USD per euro in 2023" in (trade.sentence or "")
    num = [r for r in trade.records if r.get("role") == "numerator"]
    assert num and num[0]["unit"] == "USD" and num[0]["original"] == figure(300e6, "EUR")


def test_no_rate_for_the_year_means_no_conversion(store: Store) -> None:
    d.load(store, _rows())
    inp = load_inputs(store)
    eu_row = next(r for r in inp.indicators if r["reporter_id"] == d.KGZ and r["partner_id"] == EU)
    assert eu_row["unit"] == "EUR" and inp.in_usd(eu_row) is None  # 2022: no rate, not the 2021 or 2023 one
    res = compute(inp, default_weights(), states=[d.KGZ], powers=[EU], years=range(2022, 2024))
    trade = res.cells[(EU, d.KGZ, 2022)].components["trade"]
    assert trade.share is None and not trade.records and "missing" in (trade.sentence or "")


def test_bundled_eurostat_figures_match_raw_rows_times_the_bundled_rate(kb_store: Store) -> None:
    i = t.indicators
    eur = kb_store.query(
        sa.select(i).where(i.c.unit == "EUR", i.c.partner_id == EU, i.c.reporter_id == "country:TKM")
    )
    rates = {
        int(str(r["year"])): float(str(r["value"]))
        for r in kb_store.query(sa.select(i).where(i.c.indicator == "fx_usd_per_eur"))
    }
    assert eur and rates, "Eurostat rows and rates are loaded"
    inp = load_inputs(kb_store)
    for r in eur:
        year = int(str(r["year"]))
        conv = inp.in_usd(dict(r))
        if year in rates:
            assert conv is not None and conv["value"] == pytest.approx(float(str(r["value"])) * rates[year])
        else:
            assert conv is None
