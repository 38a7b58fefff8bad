"""WDI connector: rows of wdi_c5_selected.csv become `wdi:<code>` records with their line and unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from sphere.connectors import wdi
from tests.connectors.conftest import one


@pytest.fixture(scope="module")
def records(open_dir: Path) -> list[wdi.IndicatorRecord]:
    out = wdi.read(open_dir / "wdi")
    assert out.problems == []
    return list(out)


def test_kazakhstan_gdp_2023_is_the_csv_value(records: list[wdi.IndicatorRecord]) -> None:
    # wdi_c5_selected.csv line 3356: KAZ,Kazakhstan,NY.GDP.MKTP.CD,GDP current US$,2023,261840101059.923
    rec = one(records, indicator="wdi:NY.GDP.MKTP.CD", reporter="country:KAZ", year=2023)
    assert rec.value == pytest.approx(261840101059.923)
    assert rec.partner == "world:total" and rec.unit == "USD"
    assert rec.row.startswith("line 3356:") and rec.file == wdi.FILE


def test_remittances_world_and_units(records: list[wdi.IndicatorRecord]) -> None:
    # line 224: KGZ personal remittances received 2021 = 3011845025.87625
    rec = one(records, indicator="wdi:BX.TRF.PWKR.CD.DT", reporter="country:KGZ", year=2021)
    assert rec.value == pytest.approx(3011845025.87625)
    # line 13172: WLD merchandise exports 2023; the world is reporter and partner
    world = one(records, indicator="wdi:TX.VAL.MRCH.CD.WT", reporter="world:total", year=2023)
    assert world.value == pytest.approx(24020257385719.3)
    assert wdi.unit_of("SP.POP.TOTL") == "persons" and wdi.unit_of("NY.GDP.MKTP.KD.ZG") == "percent"
    assert min(r.year for r in records) >= wdi.FIRST_YEAR  # 1985 rows (e.g. line 1967) are left out


def test_a_bad_year_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / wdi.FILE).write_text(
        "iso3,country,indicator,label,year,value\nKAZ,Kazakhstan,NY.GDP.MKTP.CD,GDP,20x3,1\n"
        "KAZ,Kazakhstan,NY.GDP.MKTP.CD,GDP,2023,5\n",
        encoding="utf-8",
    )
    out = wdi.read(tmp_path)
    assert [r.value for r in out] == [5.0]
    assert len(out.problems) == 1 and out.problems[0].row == 2
