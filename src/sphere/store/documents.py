"""Storing what the reader found: a document with its mentions, events, claims and new entities.

`store_readings` writes a batch of documents and everything read from them in the caller's transaction,
a few bulk statements in all (`store_reading` one document), so a crash leaves whole documents or nothing.
Facts read from a document carry `origin = 'document'`, the document as their source and the evidence span
(offsets into the cleaned text) as their quote.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from sphere.kb.names import normalise_name
from sphere.read.types import Entity, Reading
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


@dataclass(frozen=True)
class NewDocument:
    """A reading to store, with its raw-content hash and its placement (story cluster, near-duplicate of)."""

    reading: Reading
    content_hash: str | None = None
    cluster_id: str | None = None
    duplicate_of: str | None = None


def stored_ids(conn: sa.Connection, document_ids: list[str]) -> set[str]:
    """Return which of `document_ids` (ids of cleaned texts) are already stored."""
    found: set[str] = set()
    for i in range(0, len(document_ids), 500):
        chunk = document_ids[i : i + 500]
        found |= set(conn.execute(sa.select(t.documents.c.id).where(t.documents.c.id.in_(chunk))).scalars())
    return found


def store_reading(
    conn: sa.Connection, reading: Reading, *, content_hash: str | None = None, retrieved: str | None = None
) -> bool:
    """Write a reading in the open transaction; return False when the same cleaned text was stored before."""
    if stored_ids(conn, [reading.document.id]):
        return False
    store_readings(conn, [NewDocument(reading, content_hash)], retrieved=retrieved)
    return True


def store_readings(conn: sa.Connection, docs: list[NewDocument], *, retrieved: str | None = None) -> None:
    """Write new documents and everything read from them in the open transaction, a few statements in all.

    The documents must not be stored yet and each id must come once (see `stored_ids`). A source or new
    entity that several of them share is written once, as the first of them has it.
    """
    if not docs:
        return
    retrieved = retrieved or now()
    sids = [document_source_id(d.reading.document.id, d.reading.document.url) for d in docs]
    _insert_sources(conn, docs, sids, retrieved)
    conn.execute(
        t.documents.insert(),
        [
            {
                "id": d.reading.document.id,
                "content_hash": d.content_hash,
                "source": d.reading.document.source,
                "url": d.reading.document.url,
                "title": d.reading.document.title,
                "published": d.reading.document.published,
                "language": d.reading.document.language,
                "author": d.reading.document.author,
                "site": d.reading.document.site,
                "text": d.reading.document.text,
                "retrieved": retrieved,
                "cluster_id": d.cluster_id,
                "duplicate_of": d.duplicate_of,
            }
            for d in docs
        ],
    )
    _insert_new_entities(conn, [d.reading for d in docs], sids)
    rows: dict[str, list[dict[str, Any]]] = {"mentions": [], "events": [], "participants": [], "claims": []}
    for d, sid in zip(docs, sids, strict=True):
        _reading_rows(d.reading, sid, rows)
    for table, key in (
        (t.mentions, "mentions"),
        (t.events, "events"),
        (t.event_participants, "participants"),
        (t.claims, "claims"),
    ):
        if rows[key]:
            conn.execute(table.insert(), rows[key])


def _insert_sources(conn: sa.Connection, docs: list[NewDocument], sids: list[str], retrieved: str) -> None:
    existing = set(conn.execute(sa.select(t.sources.c.id).where(t.sources.c.id.in_(set(sids)))).scalars())
    fresh: dict[str, dict[str, Any]] = {}
    for d, sid in zip(docs, sids, strict=True):
        doc = d.reading.document
        if sid not in existing and sid not in fresh:
            fresh[sid] = {
                "id": sid,
                "kind": "document",
                "url": doc.url or (doc.source if "://" in doc.source else None),
                "title": doc.title,
                "publisher": doc.site,
                "published": doc.published,
                "retrieved": retrieved[:10],
            }
    if fresh:
        conn.execute(t.sources.insert(), list(fresh.values()))


def _insert_new_entities(conn: sa.Connection, readings: list[Reading], sids: list[str]) -> None:
    first: dict[str, tuple[Entity, str, str]] = {}  # entity id -> (entity, source id, language)
    for reading, sid in zip(readings, sids, strict=True):
        for e in reading.entities:
            if e.is_new and e.id not in first:
                first[e.id] = (e, sid, reading.document.language or "und")
    if not first:
        return
    existing: set[str] = set()
    ids = sorted(first)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        existing |= set(conn.execute(sa.select(t.entities.c.id).where(t.entities.c.id.in_(chunk))).scalars())
    fresh = [v for k, v in first.items() if k not in existing]
    if not fresh:
        return
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
            for e, sid, _ in fresh
        ],
    )
    conn.execute(
        t.aliases.insert(),
        [
            {"entity_id": e.id, "alias": e.name, "lang": lang, "norm": normalise_name(e.name), "type": "name"}
            for e, _, lang in fresh
        ],
    )


def _reading_rows(reading: Reading, sid: str, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Add a reading's mention, event, participant and claim rows to `rows`."""
    doc = reading.document
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
    rows["mentions"].extend(mention_rows.values())
    for i, ev in enumerate(reading.events):
        eid = "docevent:" + _hash(doc.id, i, ev.type, ev.evidence.start)
        rows["events"].append(
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
                    rows["participants"].append({"event_id": eid, "entity_id": ent, "role": role})
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
            "confidence": c.confidence,
            "origin": "document",
            "document_id": doc.id,
            "ev_start": c.evidence.start,
            "ev_end": c.evidence.end,
            "evidence": c.evidence.text,
            "source_id": sid,
            "quote": c.evidence.text,
            "sources": [{"source_id": sid, "quote": c.evidence.text}],
        }
    rows["claims"].extend(claim_rows.values())


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


def log_many(conn: sa.Connection, run_id: str, outcomes: list[dict[str, Any]]) -> None:
    """Record many documents' outcomes in the ingest log, in one statement.

    Each outcome has `source` and `status`, and may have `document_id`, `code` and `reason`.
    """
    if outcomes:
        at = now()
        keys = ("document_id", "code", "reason")
        conn.execute(
            t.ingest_log.insert(),
            [
                {"run_id": run_id, "source": o["source"], "status": o["status"], "at": at}
                | {k: o.get(k) for k in keys}
                for o in outcomes
            ],
        )


# a search's outlet and language counts are taken among its newest matches, at most this many
FACET_SAMPLE = 1000
# an entity named more often than this is filtered by checking each document (newest first), not by reading
# all its mentions
MANY_MENTIONS = 4000


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
    stmt = _filtered(store, sa.select(*cols), query, language, site, entity, since, until)
    stmt = stmt.order_by(d.c.published.desc().nulls_last(), d.c.id).limit(limit).offset(offset)
    return store.query(stmt)


def _filtered(
    store: Store,
    stmt: Any,
    query: str | None,
    language: str | None,
    site: str | None,
    entity: str | None,
    since: str | None,
    until: str | None,
) -> Any:
    """Apply the full-text query and the filters of a document search to a select over `documents`."""
    d = t.documents
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
        m = t.mentions
        mentioning = sa.select(m.c.document_id).where(m.c.entity_id == entity)
        with store.engine.connect() as conn:
            found = conn.execute(
                sa.select(sa.func.count()).select_from(mentioning.limit(MANY_MENTIONS + 1).subquery())
            ).scalar()
        if int(found or 0) > MANY_MENTIONS:
            # an entity named in many documents: walk the documents newest first and check each through the
            # mentions' primary key (`|| ''` keeps the entity index, all of its mentions, out of the check)
            stmt = stmt.where(sa.exists().where(m.c.document_id == d.c.id, m.c.entity_id + "" == entity))
        else:  # few: read them through the entity index
            stmt = stmt.where(d.c.id.in_(mentioning))
    return stmt


def document_facets(
    store: Store,
    query: str | None = None,
    *,
    language: str | None = None,
    site: str | None = None,
    entity: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    """Return the outlets and languages of the documents a search matches, with their counts: each facet is
    counted within the query and the other filters (not its own, so that every choice stays visible), among
    the newest `FACET_SAMPLE` matches (`within_newest` is set when there were more: at a million documents, a
    search can match hundreds of thousands)."""
    d = t.documents
    out: dict[str, Any] = {"within_newest": None}
    samples: dict[tuple[str | None, str | None], list[Row]] = {}  # one read when both facets' filters agree
    for key, own in (("sites", "site"), ("languages", "language")):
        filters = {"language": language, "site": site} | {own: None}
        shown = (filters["language"], filters["site"])
        if shown not in samples:
            stmt = _filtered(
                store,
                sa.select(d.c.site, d.c.language),
                query,
                filters["language"],
                filters["site"],
                entity,
                since,
                until,
            )
            order = (d.c.published.desc().nulls_last(), d.c.id)
            samples[shown] = store.query(stmt.order_by(*order).limit(FACET_SAMPLE))
        rows = samples[shown]
        if len(rows) >= FACET_SAMPLE:
            out["within_newest"] = FACET_SAMPLE
        counts = Counter(r[own] for r in rows if r[own] is not None)
        out[key] = [
            {"value": v, "n": n} for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:200]
        ]
    return out


def _fts5_query(query: str) -> str:
    """Quote each word so that user text is never parsed as FTS5 syntax."""
    words = [w.replace('"', "") for w in query.split() if w.strip('"')]
    return " ".join(f'"{w}"' for w in words) or '""'
