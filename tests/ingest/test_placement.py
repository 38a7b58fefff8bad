"""Placing batches: the result does not depend on where batches start, and copies keep the index small."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa

from sphere.ingest import dedup
from sphere.ingest.pipeline import _read_all, expand
from sphere.ingest.placement import Placer
from sphere.read.errors import ReadError
from sphere.read.types import Reading
from sphere.store import Store
from sphere.store import schema as t
from sphere.store.documents import NewDocument, store_readings
from tests.conftest import need

NOTE = "\n\nThe editors filed copy {i} of this report for the archive review."


@pytest.fixture(scope="module")
def dev_readings(shared: Path) -> list[Reading]:
    dev = shared / "corpus" / "dev"
    need(dev.is_dir(), "the dev corpus is missing")
    return [r for r in _read_all(list(expand([str(dev)])), 2) if not isinstance(r, ReadError)]


def copy_of(reading: Reading, i: int) -> Reading:
    """The same reading with a note added at the end: another document, nearly the same text."""
    text = reading.document.text + NOTE.format(i=i)
    doc = dataclasses.replace(reading.document, id=hashlib.sha256(text.encode()).hexdigest(), text=text)
    return dataclasses.replace(reading, document=doc)


def place_all(store: Store, readings: list[Reading], batch_size: int) -> dict[str, tuple[str, str | None]]:
    """Place and store `readings` in batches, as the pipeline does; return each (cluster_id, duplicate_of)."""
    placer = Placer()
    for i in range(0, len(readings), batch_size):
        batch = readings[i : i + batch_size]
        with store.transaction() as conn:
            plan = placer.plan(conn, batch)
            docs = [
                NewDocument(
                    r,
                    None,
                    plan.placements[r.document.id].cluster_id,
                    plan.placements[r.document.id].duplicate_of,
                )
                for r in batch
            ]
            store_readings(conn, docs)
            placer.save(conn, plan)
        placer.accept(plan)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.documents.c.id, t.documents.c.cluster_id, t.documents.c.duplicate_of))
        return {r.id: (r.cluster_id, r.duplicate_of) for r in rows}


def test_batches_do_not_change_the_placements(
    store: Store, tmp_path: Path, dev_readings: list[Reading]
) -> None:
    originals = dev_readings
    copies = [copy_of(r, i) for i, r in enumerate(originals)]
    # a copy arrives a few documents after its original, sometimes in the same batch, sometimes later
    mixed = []
    for i, original in enumerate(originals):
        mixed.append(original)
        if i >= 3:
            mixed.append(copies[i - 3])
    mixed += copies[len(originals) - 3 :]
    with Store(tmp_path / "one_by_one.db") as single:
        one_by_one = place_all(single, mixed, 1)
    batched = place_all(store, mixed, 7)
    assert batched == one_by_one
    for original, copy in zip(originals, copies, strict=True):
        cluster, duplicate_of = batched[copy.document.id]
        assert duplicate_of == original.document.id
        assert cluster == batched[original.document.id][0]


def test_copies_keep_the_index_small(store: Store, dev_readings: list[Reading]) -> None:
    original = max(dev_readings, key=lambda r: len(r.document.text))
    copies = [copy_of(original, i) for i in range(40)]
    placed = place_all(store, [original, *copies], 10)
    assert all(placed[c.document.id][1] == original.document.id for c in copies)
    bands = dedup.band_keys(dedup.minhash(original.document.text)[0])
    k = t.document_keys.c
    with store.engine.connect() as conn:
        holders = conn.execute(
            sa.select(k.key, sa.func.count()).where(k.key.in_(bands)).group_by(k.key)
        ).all()
        copy_terms = conn.execute(
            sa.select(sa.func.count())
            .select_from(t.document_keys)
            .where(k.document_id.in_([c.document.id for c in copies]), k.weight > 0)
        ).scalar_one()
    # each band of the original is held by the original alone: 40 copies add no holders to look through
    assert sorted(n for _, n in holders) == [1] * len(set(bands))
    assert copy_terms == 0  # the original's story terms stand for its copies
