"""KNOMAD connector: bilateral shares scaled by WDI totals, only in the matrices' years."""

from __future__ import annotations

from pathlib import Path

import pytest

from sphere.connectors import knomad
from tests.connectors.conftest import one


@pytest.fixture(scope="module")
def records(open_dir: Path) -> list[knomad.IndicatorRecord]:
    out = knomad.read(open_dir / "knomad_bilateral")
    assert out.problems == []
    return list(out)


def test_russia_to_kyrgyzstan_2021_is_share_times_wdi(records: list[knomad.IndicatorRecord]) -> None:
    # remittances CSV line 615: RUS→KGZ 2021 = 2017.5236911022544 US$ m; line 699: WORLD→KGZ = 2792.4982491179353
    # WDI line 224: KGZ personal remittances received 2021 = 3011845025.87625 US$
    est = one(
        records, indicator="remittances_estimate", reporter="country:KGZ", partner="country:RUS", year=2021
    )
    assert est.value == pytest.approx(2017.5236911022544e6)
    scaled = one(
        records, indicator="remittances_from", reporter="country:KGZ", partner="country:RUS", year=2021
    )
    assert scaled.value == pytest.approx(2017.5236911022544 / 2792.4982491179353 * 3011845025.87625)
    assert scaled.note and "WDI BX.TRF.PWKR.CD.DT" in scaled.note


def test_only_matrix_years_and_no_turkmen_invention(records: list[knomad.IndicatorRecord]) -> None:
    assert {r.year for r in records if r.indicator == "remittances_from"} <= {2017, 2018, 2021}
    # WDI has no remittance series for Turkmenistan: no scaled figure, only KNOMAD's own estimate
    assert not [r for r in records if r.indicator == "remittances_from" and r.reporter == "country:TKM"]


def test_migrant_stocks(records: list[knomad.IndicatorRecord]) -> None:
    # stocks CSV line 596: Kyrgyz Republic → Russian Federation 2021 = 591025 persons
    rec = one(records, indicator="migrants_in", reporter="country:KGZ", partner="country:RUS", year=2021)
    assert rec.value == 591025 and rec.unit == "persons" and rec.row.startswith("line 596:")
