"""Loading the datasets of record: idempotent, per-dataset diffs, refusal of shrinking loads, on both backends."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import sqlalchemy as sa

from sphere.connectors import datasets, sipri
from sphere.store import Store
from sphere.store import schema as t
from sphere.store.dataload import PACKAGE, data_status, load_data
from sphere.store.kbload import load_kb

SMALL = ["sipri", "bases"]


def _count(store: Store, key: str) -> int:
    i = t.indicators
    return int(store.query(sa.select(sa.func.count().label("n")).where(i.c.dataset == key))[0]["n"])


def _copy_sipri(tmp_path: Path) -> Path:
    """A base folder with the shipped SIPRI slice, unzipped so that a test can edit it."""
    folder = tmp_path / "open" / sipri.DATASET.folder
    folder.mkdir(parents=True)
    for name in sipri.DATASET.inputs:
        raw = gzip.decompress((datasets.packaged_dir() / sipri.DATASET.folder / (name + ".gz")).read_bytes())
        (folder / name).write_bytes(raw)
    return folder


def test_load_is_idempotent_and_reports_each_dataset(store: Store) -> None:
    first = load_data(store, only=SMALL)
    expected = {k: len(datasets.read(k, datasets.packaged_dir() / datasets.dataset(k).folder)) for k in SMALL}
    assert {d.key: d.added for d in first.datasets} == expected
    assert all(d.location == PACKAGE and not d.refused for d in first.datasets)
    assert {k: _count(store, k) for k in SMALL} == expected
    again = load_data(store, only=SMALL)
    assert {d.key: (d.added, d.changed, d.unchanged) for d in again.datasets} == {
        k: (0, 0, n) for k, n in expected.items()
    }
    forced = load_data(store, only=SMALL, force=True)  # re-read and compared row by row: nothing differs
    assert not any(d.touched for d in forced.datasets)
    status = {r["key"]: r for r in data_status(store)}
    assert (
        status["sipri"]["rows"] == expected["sipri"] and status["sipri"]["licence"] == sipri.DATASET.licence
    )
    assert status["bases"]["year_from"] == status["bases"]["year_to"] == 2019
    assert status["cgit"]["rows"] == 0 and not status["cgit"]["redistributable"]


def test_every_row_points_to_its_file_and_row(store: Store) -> None:
    load_data(store, only=["sipri"])
    i, s = t.indicators, t.sources
    rows = store.query(sa.select(i, s.c.url, s.c.license).join(s, s.c.id == i.c.source_id))
    assert len(rows) == _count(store, "sipri")
    row = next(
        r
        for r in rows
        if r["partner_id"] == "country:RUS" and r["year"] == 2015 and r["indicator"] == "arms_tiv"
    )
    assert row["value"] == 442.5 and row["quote"].startswith("line ") and row["field"] == "tiv_mn"
    assert row["url"].startswith("https://github.com/nagehanrdogan/") and "SIPRI" in row["license"]


def test_changed_rows_and_refused_shrinking_load(store: Store, tmp_path: Path) -> None:
    folder = _copy_sipri(tmp_path)
    load_data(store, folder.parent, only=["sipri"])
    held = _count(store, "sipri")
    register = folder / sipri.REGISTER_FILE
    lines = register.read_text(encoding="utf-8").splitlines(keepends=True)
    edited = [
        ln.replace("Russia,RUS,Kazakhstan,KAZ,2015,442.5", "Russia,RUS,Kazakhstan,KAZ,2015,450.0")
        for ln in lines
    ]
    register.write_text("".join(edited), encoding="utf-8")
    changed = load_data(store, folder.parent, only=["sipri"]).datasets[0]
    assert (changed.added, changed.changed, changed.removed) == (0, 2, 0)  # the figure and KAZ's 2015 total
    register.write_text("".join(edited[:50]), encoding="utf-8")  # a truncated file
    refused = load_data(store, folder.parent, only=["sipri"]).datasets[0]
    assert refused.refused and refused.would_remove > 0 and refused.added == 0
    assert _count(store, "sipri") == held  # nothing lost
    forced = load_data(store, folder.parent, only=["sipri"], force=True).datasets[0]
    assert not forced.refused and forced.removed == refused.would_remove
    assert _count(store, "sipri") == held - forced.removed


def test_knowledge_base_reload_keeps_dataset_rows(store: Store) -> None:
    load_kb(store, data=False)
    load_data(store, only=["bases"])
    kb_rows = store.query(sa.select(sa.func.count().label("n")).where(t.indicators.c.dataset.is_(None)))[0][
        "n"
    ]
    load_kb(store, force=True, data=False)
    assert _count(store, "bases") == 5
    n = store.query(sa.select(sa.func.count().label("n")).where(t.indicators.c.dataset.is_(None)))[0]["n"]
    assert n == kb_rows > 0


def test_shipped_slices_load_without_shared(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(datasets.ENV, raising=False)
    monkeypatch.delenv("SPHERE_AIDDATA_DIR", raising=False)
    monkeypatch.chdir(tmp_path)  # no ../shared from here
    report = load_kb(store).data
    assert report is not None
    loaded = {d.key: d for d in report.datasets if d.location == PACKAGE}
    assert set(loaded) == {k for k, c in datasets.CONNECTORS.items() if c.dataset.redistributable}
    assert all(d.added > 0 and not d.problems for d in loaded.values())
    assert loaded["aiddata"].projects_added > 300
    p, e = t.projects, t.entities
    shelek = store.query(
        sa.select(p, e.c.name, e.c.origin, e.c.attrs)
        .join(e, e.c.id == p.c.entity_id)
        .where(p.c.entity_id == "project:aiddata-39539")
    )[0]
    assert shelek["origin"] == "dataset" and shelek["countries"] == ["country:KAZ"]
    assert shelek["attrs"]["aiddata_url"].endswith("/39539") and shelek["status"] == "completed"
    assert not store.query(sa.select(e.c.id).where(e.c.id == "project:aiddata-39557"))  # a curated project's
    again = load_kb(store).data
    assert again is not None and not any(d.touched for d in again.datasets)
