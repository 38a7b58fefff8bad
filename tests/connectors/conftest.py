"""Fixtures for the open-data connectors: the shared folder's datasets (skipped, or failed in CI, without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sphere.connectors.records import IndicatorRecord


@pytest.fixture(scope="session")
def open_dir(shared: Path) -> Path:
    """`../shared/data/open`: the C5 slices of the open datasets, with their PROVENANCE.md."""
    return shared / "data" / "open"


def one(records: list[IndicatorRecord], **where: object) -> IndicatorRecord:
    """Return the single record matching every field in `where` (fails when none or several match)."""
    found = [r for r in records if all(getattr(r, k) == v for k, v in where.items())]
    assert len(found) == 1, (where, found[:3])
    return found[0]
