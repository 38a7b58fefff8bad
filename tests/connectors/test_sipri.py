"""SIPRI connector: register sums per supplier and year, the all-supplier total, and the TIV tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from sphere.connectors import sipri
from tests.connectors.conftest import one


@pytest.fixture(scope="module")
def records(open_dir: Path) -> list[sipri.IndicatorRecord]:
    out = sipri.read(open_dir / "sipri_arms_transfers")
    assert out.problems == []
    return list(out)


def test_russia_to_kazakhstan_2015(records: list[sipri.IndicatorRecord]) -> None:
    # register sums line 92: Russia → Kazakhstan 2015 = 442.5; TIV tables line 125: 441
    reg = one(records, indicator="arms_tiv", reporter="country:KAZ", partner="country:RUS", year=2015)
    assert reg.value == 442.5 and reg.unit == "TIV million"
    table = one(records, indicator="arms_tiv_table", reporter="country:KAZ", partner="country:RUS", year=2015)
    assert table.value == 441
    # the only other supplier in 2015 is Germany (line 43: 3.25): the total is both
    total = one(records, indicator="arms_tiv", reporter="country:KAZ", partner="world:total", year=2015)
    assert total.value == pytest.approx(442.5 + 3.25)


def test_no_supplier_exceeds_the_total(records: list[sipri.IndicatorRecord]) -> None:
    totals = {(r.reporter, r.year): r.value for r in records if r.partner == "world:total"}
    for r in records:
        if r.indicator == "arms_tiv" and r.partner != "world:total":
            assert r.value <= totals[(r.reporter, r.year)] + 1e-9
