"""Lowy connector: posts per sender and state (in all and by type), and Asia Power Index dyads."""

from __future__ import annotations

from pathlib import Path

from sphere.connectors import lowy
from tests.connectors.conftest import one


def test_posts_and_network(open_dir: Path) -> None:
    out = lowy.read(open_dir / "lowy_gdi")
    assert out.problems == []
    # post counts lines 530-531: Russia in Kazakhstan 2023, 3 consulates and 1 embassy
    kw = {"indicator": "diplomatic_posts", "reporter": "country:KAZ", "partner": "country:RUS", "year": 2023}
    assert one(out, flow_class="all", **kw).value == 4
    assert one(out, flow_class="consulate", **kw).value == 3
    assert one(out, flow_class="embassy", **kw).value == 1
    # network line 109: China–Kazakhstan investment 2012–21 = 264,300,000 US$
    inv = one(out, indicator="api_investment", reporter="country:KAZ", partner="country:CHN")
    assert inv.value == 264300000.0 and inv.year == 2021
    assert any(r.partner == "org:eu" for r in out)  # the EEAS is the EU's sender
