"""Bases connector: the country-level list becomes counts, as of the 2019 snapshot."""

from __future__ import annotations

from pathlib import Path

from sphere.connectors import bases
from tests.connectors.conftest import one


def test_bases_in_tajikistan(open_dir: Path) -> None:
    out = bases.read(open_dir / "military_bases")
    # foreign_bases_in_c5.csv line 2: China,Tajikistan; line 6: Russia,Tajikistan
    china = one(out, reporter="country:TJK", partner="country:CHN")
    assert china.value == 1 and china.year == bases.SNAPSHOT_YEAR and china.row.startswith("line 2:")
    assert one(out, reporter="country:TJK", partner="country:RUS").row.startswith("line 6:")
    assert not [r for r in out if r.reporter == "country:UZB"]
