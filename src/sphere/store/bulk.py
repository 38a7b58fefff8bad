"""Bulk loading of readings: PostgreSQL's COPY for back-fills and benchmark stores of millions of documents.

`ingest` stores a batch of documents with a few INSERT statements and places each one (near-duplicates and
story clusters), which costs a few milliseconds a document. A back-fill of an archive that is already
deduplicated, or a benchmark store, needs neither the placement nor the statements' overhead: `bulk_store`
streams documents, their sources, mentions, events, participants and claims into PostgreSQL with COPY,
in batches of one transaction each. Every document is its own story cluster and gets no near-duplicate
signature (later ingests do not compare new documents with bulk-loaded ones); the rows are otherwise the
ones `store_readings` writes, built by the same code. On SQLite it falls back to `store_readings`.

Documents already stored are skipped, so a load killed at any moment resumes where it stopped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

import sqlalchemy as sa

from sphere.read.types import Reading
from sphere.store import schema as t
from sphere.store.documents import (
    NewDocument,
    _insert_new_entities,
    _reading_rows,
    document_source_id,
    now,
    store_readings,
    stored_ids,
)
from sphere.store.store import Store

Progress = Callable[[int], None]  # documents stored so far


def _batches(readings: Iterable[Reading], size: int) -> Iterator[list[Reading]]:
    it = iter(readings)
    while batch := list(islice(it, size)):
        yield batch


def _copy(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """COPY `rows` into `table` (JSON columns as text) over the connection's psycopg cursor."""
    if not rows:
        return
    cols = list(rows[0])
    json_cols = {c.name for c in table.columns if isinstance(c.type, sa.JSON)}
    names = ", ".join(f'"{c}"' for c in cols)
    raw: Any = conn.connection.dbapi_connection  # psycopg's connection (PostgreSQL only)
    with raw.cursor() as cur, cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(
                [
                    json.dumps(row[c], ensure_ascii=False)
                    if c in json_cols and row[c] is not None
                    else row[c]
                    for c in cols
                ]
            )


def _document_rows(batch: list[Reading], sids: list[str], retrieved: str) -> tuple[list[Any], list[Any]]:
    sources: dict[str, dict[str, Any]] = {}
    documents = []
    for r, sid in zip(batch, sids, strict=True):
        d = r.document
        sources.setdefault(
            sid,
            {
                "id": sid,
                "kind": "document",
                "url": d.url or (d.source if "://" in d.source else None),
                "title": d.title,
                "publisher": d.site,
                "published": d.published,
                "retrieved": retrieved[:10],
            },
        )
        documents.append(
            {
                "id": d.id,
                "content_hash": d.id,
                "source": d.source,
                "url": d.url,
                "title": d.title,
                "published": d.published,
                "language": d.language,
                "author": d.author,
                "site": d.site,
                "text": d.text.replace("\x00", ""),
                "retrieved": retrieved,
                "cluster_id": d.id,
                "duplicate_of": None,
            }
        )
    return list(sources.values()), documents


def bulk_store(
    store: Store,
    readings: Iterable[Reading],
    *,
    batch_size: int = 2000,
    progress: Progress | None = None,
) -> int:
    """Store `readings` in bulk (see the module doc); return how many documents were stored."""
    stored = 0
    for batch in _batches(readings, batch_size):
        with store.transaction() as conn:
            known = stored_ids(conn, [r.document.id for r in batch])
            unique: dict[str, Reading] = {}
            for r in batch:
                if r.document.id not in known:
                    unique.setdefault(r.document.id, r)
            fresh = list(unique.values())
            if not fresh:
                continue
            if conn.dialect.name != "postgresql":
                store_readings(conn, [NewDocument(r, r.document.id, r.document.id) for r in fresh])
            else:
                retrieved = now()
                sids = [document_source_id(r.document.id, r.document.url) for r in fresh]
                have = set(
                    conn.execute(sa.select(t.sources.c.id).where(t.sources.c.id.in_(set(sids)))).scalars()
                )
                sources, documents = _document_rows(fresh, sids, retrieved)
                _copy(conn, t.sources, [s for s in sources if s["id"] not in have])
                _copy(conn, t.documents, documents)
                _insert_new_entities(conn, fresh, sids)
                rows: dict[str, list[dict[str, Any]]] = {
                    "mentions": [],
                    "events": [],
                    "participants": [],
                    "claims": [],
                }
                for r, sid in zip(fresh, sids, strict=True):
                    _reading_rows(r, sid, rows)
                _copy(conn, t.mentions, rows["mentions"])
                _copy(conn, t.events, rows["events"])
                _copy(conn, t.event_participants, rows["participants"])
                _copy(conn, t.claims, rows["claims"])
        stored += len(fresh)
        if progress:
            progress(stored)
    return stored
