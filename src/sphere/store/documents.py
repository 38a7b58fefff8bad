"""Storing what the reader found: a document with its mentions, events, claims and new entities.

`store_reading` writes one document and everything read from it in the caller's transaction, so a crash
leaves either the whole document or nothing. Facts read from a document carry `origin = 'document'`, the
document as their source and the evidence span (offsets into the cleaned text) as their quote.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from sphere.kb.names import normalise_name
from sphere.read.types import Reading
from sphere.store import schema as t
from sphere.store.store import Row, Store


def _hash(*parts: object) -> str:
    return hashlib.sha1(json.dumps(parts, default=str, ensure_ascii=False).encode()).hexdigest()[:32]


def now() -> str:
    """Return the current UTC time as an ISO string (seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def document_source_id(doc_id: str, url: str | None) -> str:
    """Return the id of the `sources` row that stands for a stored document."""
    return "src:" + hashlib.sha1((url or f"document:{doc_id}").encode()).hexdigest()[:16]


def known_hashes(conn: sa.Connection, hashes: list[str]) -> set[str]:
    """Return which raw-content hashes are already stored (to skip re-reading them)."""
    found: set[str] = set()
    for i in range(0, len(hashes), 500):
        chunk = hashes[i : i + 500]
        found |= set(
            conn.execute(
                sa.select(t.documents.c.content_hash).where(t.documents.c.content_hash.in_(chunk))
            ).scalars()
        )
    return found


def store_reading(
    conn: sa.Connection, reading: Reading, *, content_hash: str | None = None, retrieved: str | None = None
) -> bool:
    """Write a reading in the open transaction; return False when the same cleaned text was stored before."""
    doc = reading.document
    if conn.execute(sa.select(t.documents.c.id).where(t.documents.c.id == doc.id)).first():
        return False
    retrieved = retrieved or now()
    sid = document_source_id(doc.id, doc.url)
    if not conn.execute(sa.select(t.sources.c.id).where(t.sources.c.id == sid)).first():
        conn.execute(
            t.sources.insert(),
            [
                {
                    "id": sid,
                    "kind": "document",
                    "url": doc.url or (doc.source if "://" in doc.source else None),
                    "title": doc.title,
                    "publisher": doc.site,
                    "published": doc.published,
                    "retrieved": retrieved[:10],
                }
            ],
        )
    conn.execute(
        t.documents.insert(),
        [
            {
                "id": doc.id,
                "content_hash": content_hash,
                "source": doc.source,
                "url": doc.url,
                "title": doc.title,
                "published": doc.published,
                "language": doc.language,
                "author": doc.author,
                "site": doc.site,
                "text": doc.text,
                "retrieved": retrieved,
            }
        ],
    )
    new_entities = [e for e in reading.entities if e.is_new]
    if new_entities:
        existing = set(
            conn.execute(
                sa.select(t.entities.c.id).where(t.entities.c.id.in_([e.id for e in new_entities]))
            ).scalars()
        )
        fresh = [e for e in new_entities if e.id not in existing]
        if fresh:
            conn.execute(
                t.entities.insert(),
                [
                    {
                        "id": e.id,
                        "kind": e.kind,
                        "name": e.name,
                        "origin": "reader",
                        "source_id": sid,
                        "quote": e.mentions[0].text if e.mentions else None,
                        "sources": [{"source_id": sid, "quote": e.mentions[0].text if e.mentions else None}],
                    }
                    for e in fresh
                ],
            )
            conn.execute(
                t.aliases.insert(),
                [
                    {
                        "entity_id": e.id,
                        "alias": e.name,
                        "lang": doc.language or "und",
                        "norm": normalise_name(e.name),
                        "type": "name",
                    }
                    for e in fresh
                ],
            )
    mention_rows = {
        (m.start, m.end, e.id): {
            "document_id": doc.id,
            "start": m.start,
            "end": m.end,
            "entity_id": e.id,
            "text": m.text,
        }
        for e in reading.entities
        for m in e.mentions
    }
    if mention_rows:
        conn.execute(t.mentions.insert(), list(mention_rows.values()))
    event_rows, participants = [], []
    for i, ev in enumerate(reading.events):
        eid = "docevent:" + _hash(doc.id, i, ev.type, ev.evidence.start)
        event_rows.append(
            {
                "id": eid,
                "type": ev.type,
                "mode": ev.mode,
                "date": ev.date,
                "place_id": ev.place,
                "status": ev.status,
                "origin": "document",
                "document_id": doc.id,
                "ev_start": ev.evidence.start,
                "ev_end": ev.evidence.end,
                "evidence": ev.evidence.text,
                "source_id": sid,
                "quote": ev.evidence.text,
                "sources": [{"source_id": sid, "quote": ev.evidence.text}],
            }
        )
        seen: set[tuple[str, str]] = set()
        for role, ids in (("actor", ev.actors), ("recipient", ev.recipients)):
            for ent in ids:
                if (ent, role) not in seen:
                    seen.add((ent, role))
                    participants.append({"event_id": eid, "entity_id": ent, "role": role})
    if event_rows:
        conn.execute(t.events.insert(), event_rows)
    if participants:
        conn.execute(t.event_participants.insert(), participants)
    claim_rows = {}
    for c in reading.claims:
        cid = _hash(doc.id, c.subject, c.attribute, c.value, c.unit, c.object, c.evidence.start)
        claim_rows[cid] = {
            "id": cid,
            "subject_id": c.subject,
            "attribute": c.attribute,
            "value": float(c.value),
            "unit": c.unit,
            "object_id": c.object,
            "as_of": c.as_of,
            "qualifier": c.qualifier,
            "origin": "document",
            "document_id": doc.id,
            "ev_start": c.evidence.start,
            "ev_end": c.evidence.end,
            "evidence": c.evidence.text,
            "source_id": sid,
            "quote": c.evidence.text,
            "sources": [{"source_id": sid, "quote": c.evidence.text}],
        }
    if claim_rows:
        conn.execute(t.claims.insert(), list(claim_rows.values()))
    return True


def log(
    conn: sa.Connection,
    run_id: str,
    source: str,
    status: str,
    *,
    document_id: str | None = None,
    code: str | None = None,
    reason: str | None = None,
) -> None:
    """Record one document's outcome in the ingest log."""
    conn.execute(
        t.ingest_log.insert(),
        [
            {
                "run_id": run_id,
                "source": source,
                "status": status,
                "document_id": document_id,
                "code": code,
                "reason": reason,
                "at": now(),
            }
        ],
    )


def search_documents(
    store: Store,
    query: str | None = None,
    *,
    language: str | None = None,
    site: str | None = None,
    entity: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Row]:
    """Return documents matching a full-text query and filters, newest first, with a snippet."""
    d = t.documents
    cols: list[Any] = [
        d.c.id,
        d.c.title,
        d.c.url,
        d.c.source,
        d.c.published,
        d.c.language,
        d.c.site,
        sa.func.substr(d.c.text, 1, 280).label("snippet"),
    ]
    stmt = sa.select(*cols)
    if query:
        if store.dialect == "sqlite":
            fts = sa.text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q").bindparams(
                q=_fts5_query(query)
            )
            stmt = stmt.where(sa.literal_column("documents.rowid").in_(fts))
        else:
            stmt = stmt.where(
                sa.literal_column("documents.search").op("@@")(sa.func.websearch_to_tsquery("simple", query))
            )
    if language:
        stmt = stmt.where(d.c.language == language)
    if site:
        stmt = stmt.where(d.c.site == site)
    if since:
        stmt = stmt.where(d.c.published >= since)
    if until:
        stmt = stmt.where(d.c.published <= until)
    if entity:
        stmt = stmt.where(
            d.c.id.in_(sa.select(t.mentions.c.document_id).where(t.mentions.c.entity_id == entity))
        )
    stmt = stmt.order_by(d.c.published.desc().nulls_last(), d.c.id).limit(limit).offset(offset)
    return store.query(stmt)


def _fts5_query(query: str) -> str:
    """Quote each word so that user text is never parsed as FTS5 syntax."""
    words = [w.replace('"', "") for w in query.split() if w.strip('"')]
    return " ".join(f'"{w}"' for w in words) or '""'
