"""UNGA connector: yearly agreement shares and scores, as in the derived table."""

from __future__ import annotations

from pathlib import Path

from sphere.connectors import unga
from tests.connectors.conftest import one


def test_kazakhstan_russia_2019(open_dir: Path) -> None:
    out = unga.read(open_dir / "unga_votes")
    assert out.problems == []
    # unga_agreement_c5_powers_by_year.csv line 64: KAZ,RUS,2019,86,0.6744,0.7558
    share = one(out, indicator="unga_agreement", reporter="country:KAZ", partner="country:RUS", year=2019)
    score = one(
        out, indicator="unga_agreement_score", reporter="country:KAZ", partner="country:RUS", year=2019
    )
    assert (share.value, score.value) == (0.6744, 0.7558)
    assert "86 votes" in (share.statistics or "") and share.row.startswith("line 64:")
    assert all(0.0 <= r.value <= 1.0 for r in out)
