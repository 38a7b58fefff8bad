"""National trade connector: own statistics of KAZ, KGZ, UZB and Eurostat mirror figures, read from the CSVs."""

from __future__ import annotations

from pathlib import Path

import pytest

from sphere.connectors import national_trade as nt
from tests.connectors.conftest import one


@pytest.fixture(scope="module")
def records(open_dir: Path) -> list[nt.IndicatorRecord]:
    out = nt.read(open_dir / "national_trade_c5")
    assert out.problems == []
    return list(out)


def test_kazakhstan_own_statistics_2023(records: list[nt.IndicatorRecord]) -> None:
    # kaz_stat_trade_by_partner_2018_2023.csv line 291: 2023 Китай exports 14666158.3001, imports 15389231.31222
    china = one(records, indicator="imports", reporter="country:KAZ", partner="country:CHN", year=2023)
    assert china.value == pytest.approx(15389231.31222 * 1000)
    assert china.statistics_of == "country:KAZ" and china.unit == "USD" and china.row.startswith("line 291:")
    # line 221: Всего (world) imports 60412283.33494 thousand US$
    world = one(records, indicator="imports", reporter="country:KAZ", partner="world:total", year=2023)
    assert world.value == pytest.approx(60412283.33494 * 1000)
    assert china.value < world.value


def test_kyrgyz_and_uzbek_tables(records: list[nt.IndicatorRecord]) -> None:
    kgz = one(records, indicator="imports", reporter="country:KGZ", partner="country:CHN", year=2023)
    assert kgz.value == pytest.approx(5353257.336 * 1000)
    uzb = one(records, indicator="imports", reporter="country:UZB", partner="country:CHN", year=2023)
    assert uzb.value == pytest.approx(11339099.0 * 1000)
    # Uzbekistan's table has no total row: its world figure is the sum of its rows and says so
    total = one(records, indicator="imports", reporter="country:UZB", partner="world:total", year=2023)
    assert total.note and "sum of the" in total.note and total.value > uzb.value


def test_eurostat_mirror_figures(records: list[nt.IndicatorRecord]) -> None:
    # eurostat_eu27_exports_to_partners line 50: EU27 export to KAZ 2023 = 12110101395 EUR
    kw = {"indicator": "imports", "reporter": "country:KAZ", "partner": "org:eu", "year": 2023}
    eu = one(records, statistics_of="org:eu", **kw)
    assert eu.value == 12110101395 and eu.unit == "EUR"
    # Kazakhstan's own figure for the same flow stays beside it, in US$
    assert one(records, statistics_of="country:KAZ", **kw).unit == "USD"
    # Germany's twelve monthly exports to KAZ in 2019 sum to 1,441,466,343 EUR (awk over the member file)
    kw["partner"], kw["year"] = "country:DEU", 2019
    de = one(records, statistics_of="country:DEU", **kw)
    assert de.value == pytest.approx(1441466343)
    # Germany's imports from KGZ in 2022 (24,059,310 EUR) are Kyrgyzstan's exports to Germany by German statistics
    kg = one(
        records, indicator="exports", reporter="country:KGZ", partner="country:DEU", year=2022, unit="EUR"
    )
    assert kg.value == pytest.approx(24059310)
    assert not [r for r in records if r.file == nt.EU_MONTHLY_FILE and r.year == 2024]  # Jan–Aug only


def test_one_figure_per_question(records: list[nt.IndicatorRecord]) -> None:
    keys = [(r.indicator, r.reporter, r.partner, r.year, r.statistics_of) for r in records]
    assert len(keys) == len(set(keys))


def test_later_kazakh_release_wins(tmp_path: Path) -> None:
    header = "reporter,year,partner_name_ru,partner_iso3,turnover,exports,imports,unit,source_file,sheet\n"
    (tmp_path / nt.KAZ_FILE).write_text(
        header + "KAZ,2020,Китай,CHN,3,2,1,thousand USD,x_2021.xls,2020\n"
        "KAZ,2020,Китай,CHN,30,20,10,thousand USD,x_2020.xls,2020\n",
        encoding="utf-8",
    )
    out: nt.Rows[nt.IndicatorRecord] = nt.Rows()
    nt.read_kaz(tmp_path, out)
    assert sorted(r.value for r in out) == [1000.0, 2000.0]
