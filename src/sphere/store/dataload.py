"""Load the datasets of record into the store (`sphere data load`) and say what is loaded (`sphere data status`).

Each dataset is loaded in its own transaction and compared row by row with what the store holds for it: rows
are added, changed (same identity, new value or provenance), left unchanged or removed, and the `datasets` table
records the release, licence, attribution, row count, years and load time. Loading the same files twice changes
nothing (the files' hash is checked first). A load that would leave a dataset with fewer rows than the store
holds is refused, with the count of rows that would go, unless forced: a truncated or wrong file never silently
empties a dataset. Rows carry `indicators.dataset`, so the knowledge-base loader and this one never touch each
other's rows.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sphere.connectors import aiddata_projects, datasets
from sphere.connectors.records import Dataset, IndicatorRecord
from sphere.store import schema as t
from sphere.store.kbload import fact_id
from sphere.store.projectload import project_rows, write_projects
from sphere.store.store import Row, Store

PACKAGE = "package"
_COMPARED = ("value", "unit", "statistics_of", "statistics", "flow_class", "source_id", "quote", "field")


@dataclass
class DatasetReport:
    """What a load did to one dataset."""

    key: str
    title: str
    location: str | None = None  # folder read, "package", or None when no files were found
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    projects_added: int = 0
    projects_changed: int = 0
    projects_unchanged: int = 0
    projects_removed: int = 0
    refused: bool = False
    would_remove: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def touched(self) -> bool:
        """Tell whether the load wrote anything for this dataset."""
        counts = (self.added, self.changed, self.removed, self.projects_added, self.projects_changed)
        return any(counts) or self.projects_removed > 0


@dataclass
class DataReport:
    """What `load_data` did, dataset by dataset."""

    datasets: list[DatasetReport] = field(default_factory=list)

    @property
    def refused(self) -> list[DatasetReport]:
        """Return the datasets whose load was refused."""
        return [d for d in self.datasets if d.refused]


def source_row(ds: Dataset, file: str) -> Row:
    """Return the `sources` row of one file of a dataset (the upstream URL at its commit, when known)."""
    upstream = ds.files.get(file)
    sid = "src:" + hashlib.sha1(f"{ds.key}|{file}|{ds.version}".encode()).hexdigest()[:16]
    return {
        "id": sid,
        "kind": "dataset",
        "url": upstream.url if upstream else None,
        "dataset": f"{ds.title}: {file}",
        "title": ds.title,
        "publisher": ds.publisher,
        "published": None,
        "retrieved": ds.retrieved,
        "license": ds.licence,
    }


def indicator_row(rec: IndicatorRecord, ds: Dataset, source: Row) -> Row:
    """Return the `indicators` row of a record, its provenance in the source columns.

    The source row holds the dataset, file, upstream URL at its commit and licence; the `datasets` row the
    release and attribution; the row itself the line and key (`quote`), the column (`field`) and any note on
    how the figure was derived (`sources[0].note`).
    """
    ref: dict[str, Any] = {"source_id": source["id"], "quote": rec.row, "field": rec.field, "file": rec.file}
    if rec.note:
        ref["note"] = rec.note
    return {
        "id": fact_id(
            ds.key, rec.indicator, rec.reporter, rec.partner, rec.year, rec.statistics_of, rec.flow_class
        ),
        "indicator": rec.indicator,
        "reporter_id": rec.reporter,
        "partner_id": rec.partner,
        "year": rec.year,
        "value": float(rec.value),
        "unit": rec.unit,
        "statistics_of": rec.statistics_of,
        "statistics": rec.statistics,
        "flow_class": rec.flow_class,
        "dataset": ds.key,
        "source_id": source["id"],
        "quote": rec.row,
        "field": rec.field,
        "sources": [ref],
    }


def _location(base: Path, folder: Path) -> str:
    try:
        folder.relative_to(datasets.packaged_dir())
    except ValueError:
        return str(folder)
    return PACKAGE


def _base_folder(folder: Path | None) -> Path:
    if folder is not None:
        return Path(folder).expanduser().resolve()
    env = os.environ.get(datasets.ENV)
    return Path(env).expanduser().resolve() if env else datasets.packaged_dir()


def load_data(
    store: Store, folder: Path | None = None, *, only: list[str] | None = None, force: bool = False
) -> DataReport:
    """Load every dataset found under `folder` (default: `SPHERE_OPEN_DATA_DIR`, else the shipped slices).

    `only` limits the load to these dataset keys; `force` reloads unchanged files and accepts a load that
    removes rows. A dataset whose files are not there is reported with no location and left as it is.
    """
    base = _base_folder(folder)
    report = DataReport()
    for key in only or list(datasets.CONNECTORS):
        ds = datasets.dataset(key)
        dsr = DatasetReport(key=key, title=ds.title)
        report.datasets.append(dsr)
        where = datasets.folder_for(key, base)
        aid_env = os.environ.get("SPHERE_AIDDATA_DIR")
        if key == aiddata_projects.DATASET.key and aid_env and folder is None:
            where = Path(aid_env).expanduser().resolve()
        if where is None:
            continue
        dsr.location = _location(base, where)
        _load_one(store, ds, where, dsr, force=force)
    return report


def _existing(store: Store, key: str) -> dict[str, tuple[Any, ...]]:
    i = t.indicators
    cols = [i.c.id, *(i.c[c] for c in _COMPARED)]
    with store.engine.connect() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.execute(sa.select(*cols).where(i.c.dataset == key))}


def _load_one(store: Store, ds: Dataset, where: Path, dsr: DatasetReport, *, force: bool) -> None:
    digest = datasets.digest(ds.key, where)
    held = store.query(sa.select(t.datasets).where(t.datasets.c.key == ds.key))
    if held and held[0]["digest"] == digest and not force:
        dsr.unchanged, dsr.projects_unchanged = held[0]["rows"], held[0]["projects"]
        return
    records = datasets.read(ds.key, where)
    dsr.problems += [f"{p.source} line {p.row}: {p.reason}" for p in records.problems]
    sources: dict[str, Row] = {}
    rows: dict[str, Row] = {}
    for rec in records:
        src = sources.setdefault(rec.file, source_row(ds, rec.file))
        row = indicator_row(rec, ds, src)
        if row["id"] in rows:
            dsr.problems.append(f"{rec.file} {rec.row}: the same figure twice; the first is kept")
            continue
        rows[row["id"]] = row
    projects = None
    if ds.key == aiddata_projects.DATASET.key:
        projects = project_rows(ds, where, sources, dsr.problems)
    before = _existing(store, ds.key)
    new_ids, old_ids = set(rows), set(before)
    removed = old_ids - new_ids
    changed = {i for i in new_ids & old_ids if tuple(rows[i][c] for c in _COMPARED) != before[i]}
    if len(new_ids) < len(old_ids) and not force:
        dsr.refused, dsr.would_remove = True, len(removed)
        return
    dsr.added, dsr.changed, dsr.removed = len(new_ids - old_ids), len(changed), len(removed)
    dsr.unchanged = len(new_ids & old_ids) - len(changed)
    years = [r["year"] for r in rows.values()]
    with store.transaction() as conn:
        existing_sources = set(conn.execute(sa.select(t.sources.c.id)).scalars())
        fresh = [s for s in sources.values() if s["id"] not in existing_sources]
        if fresh:
            conn.execute(t.sources.insert(), fresh)
        gone = sorted(removed | changed)
        for i in range(0, len(gone), 500):
            conn.execute(t.indicators.delete().where(t.indicators.c.id.in_(gone[i : i + 500])))
        put = [rows[i] for i in sorted((new_ids - old_ids) | changed)]
        for i in range(0, len(put), 5000):
            conn.execute(t.indicators.insert(), put[i : i + 5000])
        n_projects = 0
        if projects is not None:
            counts = write_projects(conn, projects)
            dsr.projects_added, dsr.projects_changed = counts["added"], counts["changed"]
            dsr.projects_unchanged, dsr.projects_removed = counts["unchanged"], counts["removed"]
            n_projects = len(projects)
        conn.execute(t.datasets.delete().where(t.datasets.c.key == ds.key))
        conn.execute(
            t.datasets.insert(),
            [
                {
                    "key": ds.key,
                    "title": ds.title,
                    "publisher": ds.publisher,
                    "version": ds.version,
                    "licence": ds.licence,
                    "attribution": ds.attribution,
                    "location": dsr.location,
                    "rows": len(rows),
                    "projects": n_projects,
                    "year_from": min(years) if years else None,
                    "year_to": max(years) if years else None,
                    "digest": digest,
                    "loaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            ],
        )
        _touch(conn)


def _touch(conn: sa.Connection) -> None:
    """Record a fingerprint of the loaded datasets (so that caches keyed on the data notice the change)."""
    rows = conn.execute(sa.select(t.datasets.c.key, t.datasets.c.digest).order_by(t.datasets.c.key)).all()
    value = hashlib.sha256(json.dumps([list(r) for r in rows]).encode()).hexdigest()
    conn.execute(t.meta.delete().where(t.meta.c.key == "data_hash"))
    conn.execute(t.meta.insert(), [{"key": "data_hash", "value": value}])


def data_status(store: Store) -> list[Row]:
    """Return each loaded dataset: rows, projects, years, when and from where it was loaded, release, licence
    and attribution; datasets Sphere knows but the store lacks are listed with zero rows."""
    held = {r["key"]: r for r in store.query(sa.select(t.datasets))}
    out: list[Row] = []
    for key, conn in datasets.CONNECTORS.items():
        ds = conn.dataset
        row = held.pop(key, None) or {
            "key": key,
            "title": ds.title,
            "publisher": ds.publisher,
            "version": None,
            "licence": ds.licence,
            "attribution": ds.attribution,
            "location": None,
            "rows": 0,
            "projects": 0,
            "year_from": None,
            "year_to": None,
            "digest": None,
            "loaded_at": None,
        }
        row["redistributable"] = ds.redistributable
        out.append(row)
    out.extend(held.values())  # a dataset loaded by an older or newer Sphere
    return out
