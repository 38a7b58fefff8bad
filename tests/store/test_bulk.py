"""The bulk path writes the same rows as `store_readings`, skips what is stored, and resumes."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from sphere.read.errors import ReadError
from sphere.read.reader import read_many
from sphere.read.types import Reading
from sphere.store import Store
from sphere.store import schema as t
from sphere.store.bulk import bulk_store
from sphere.store.documents import NewDocument, store_readings

TABLES = (t.documents, t.mentions, t.events, t.event_participants, t.claims)


def _readings(shared: Path, n: int = 8) -> list[Reading]:
    paths = sorted((shared / "corpus" / "dev").glob("*.txt"))[:n]
    return [r for _, r in read_many(paths, workers=1) if not isinstance(r, ReadError)]


def _rows(store: Store, table: sa.Table) -> set[tuple[object, ...]]:
    skip = {"retrieved", "cluster_id", "duplicate_of", "content_hash", "search"}
    cols = [c for c in table.columns if c.name not in skip]
    with store.engine.connect() as conn:
        return {tuple(map(str, r)) for r in conn.execute(sa.select(*cols))}


def test_bulk_rows_equal_the_ingest_rows(store: Store, shared: Path, tmp_path: Path) -> None:
    readings = _readings(shared)
    assert bulk_store(store, readings, batch_size=3) == len(readings)
    with Store(tmp_path / "reference.db") as ref:
        with ref.transaction() as conn:
            store_readings(conn, [NewDocument(r, r.document.id, r.document.id) for r in readings])
        for table in TABLES:
            assert _rows(store, table) == _rows(ref, table), table.name


def test_bulk_skips_stored_documents_and_resumes(store: Store, shared: Path) -> None:
    readings = _readings(shared)
    assert bulk_store(store, readings[:3]) == 3
    assert bulk_store(store, readings + readings[:2]) == len(readings) - 3  # the rest, each once
    with store.engine.connect() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(t.documents)).scalar_one()
    assert n == len(readings)


def test_bulk_loaded_documents_are_searchable(store: Store, shared: Path) -> None:
    from sphere.store.documents import search_documents

    readings = _readings(shared)
    bulk_store(store, readings)
    word = next(w for w in readings[0].document.text.split() if w.isalpha() and len(w) > 6)
    hits = search_documents(store, word)
    assert readings[0].document.id in {h["id"] for h in hits}
