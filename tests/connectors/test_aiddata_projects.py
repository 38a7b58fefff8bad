"""AidData as a dataset: yearly finance records as before, and geolocated records as projects."""

from __future__ import annotations

from pathlib import Path

import pytest

from sphere.connectors import aiddata
from sphere.connectors import aiddata_projects as ap


@pytest.fixture(scope="module")
def aid_dir(shared: Path) -> Path:
    return shared / "data" / "aiddata"


def test_finance_records_match_the_old_loader(aid_dir: Path) -> None:
    old = aiddata.finance_indicators(aid_dir / ap.COUNTRY_YEAR_FILE)
    new = ap.read(aid_dir)
    assert len(new) == len(old) and new.problems == []
    assert {(r.indicator, r.reporter, r.year, r.flow_class, r.value) for r in new} == {
        (r["indicator"], r["reporter"], r["year"], r.get("flow_class"), r["value"]) for r in old
    }


def test_geolocated_records_become_projects(aid_dir: Path) -> None:
    matched = ap.curated_citations()
    assert "39557" in matched  # the curated Aktogay project cites aiddata.org/projects/39557
    projects = {p.record_id: p for p in ap.read_projects(aid_dir, matched)}
    assert "39557" not in projects
    # gcdf_v3_geolocated_central_asia.csv line 2: record 39539, Shelek wind farm, Completion, 2019-07-27 → 2022-09-12
    shelek = projects["39539"]
    assert shelek.id == "project:aiddata-39539" and shelek.iso3 == "KAZ" and shelek.status == "completed"
    assert shelek.amount == pytest.approx(134827753.471456)
    assert (shelek.start, shelek.end, shelek.geometry) == ("2019-07-27", "2022-09-12", None)
    assert shelek.osm_links == ("https://www.openstreetmap.org/relation/5518093",)
    # record 39567's OSM link carries a map view #map=12/43.6619/51.1905: its centre, [lon, lat]
    assert projects["39567"].geometry == {"type": "Point", "coordinates": [51.1905, 43.6619]}
