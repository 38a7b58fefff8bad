"""COW/ATOP connector: shared IGOs per dyad-year and alliance obligations with their types."""

from __future__ import annotations

from pathlib import Path

from sphere.connectors import cow_atop
from tests.connectors.conftest import one


def test_kazakhstan_russia(open_dir: Path) -> None:
    out = cow_atop.read(open_dir / "cow_igo_atop")
    assert out.problems == []
    # cow_shared_igos line 2729: RUS–KAZ 1992 = 19 shared IGOs
    igos = one(out, indicator="shared_igos", reporter="country:KAZ", partner="country:RUS", year=1992)
    assert igos.value == 19
    # atop line 3163 (and its mirror 8491): RUS–KAZ 2018 defense, neutrality, non-aggression, consultation
    ally = one(out, indicator="alliance", reporter="country:KAZ", partner="country:RUS", year=2018)
    assert ally.value == 1.0
    assert ally.statistics == "ATOP v5: defense, neutrality, non-aggression, consultation"
