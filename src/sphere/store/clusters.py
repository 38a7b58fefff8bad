"""Tables behind near-duplicate detection and story clustering, and the queries that read and write them.

`document_signatures` keeps each stored document's MinHash signature (to confirm a near-duplicate);
`document_keys` is an inverted index from keys to documents: the MinHash LSH band keys (`b:<band>:<hash>`,
weight 0) and the story terms (`e:` linked entities, `k:` event words, `d:` day mentions, `v:` events,
`p:` participants, `a:` event anchors, `t:` lede days) with their weights. A near-duplicate keeps only the
band keys no other document holds and no story terms: its original stands for it. Both rows die with their
document (ON DELETE CASCADE). The clustering logic lives in `sphere.ingest.dedup` and
`sphere.ingest.placement`; the result is written to `documents.cluster_id` and `documents.duplicate_of`.

Every query here takes a whole batch of keys or documents at once (in chunks), so that placing a batch of
documents costs a few round trips, not a few per document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from sphere.store import schema as t

KEY_LENGTH = 255
CHUNK = 500

document_signatures = t.document_signatures
document_keys = t.document_keys


@dataclass(frozen=True)
class Stored:
    """What placement needs of a stored document: its cluster, the copy it duplicates, its date."""

    cluster_id: str | None
    duplicate_of: str | None
    published: str | None


def _chunks(values: list[str], size: int = CHUNK) -> Iterable[list[str]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def save_profiles(
    conn: sa.Connection,
    signatures: list[tuple[str, bytes, int]],
    keys: list[tuple[str, str, float]],
) -> None:
    """Store signatures (document, minhash, shingles) and keys (key, document, weight) in bulk."""
    if signatures:
        conn.execute(
            document_signatures.insert(),
            [{"document_id": d, "minhash": m, "shingles": s} for d, m, s in signatures],
        )
    if keys:
        conn.execute(
            document_keys.insert(),
            [{"key": k[:KEY_LENGTH], "document_id": d, "weight": w} for k, d, w in keys],
        )


def key_holders(conn: sa.Connection, keys: list[str]) -> tuple[dict[str, set[str]], dict[str, Stored]]:
    """Return the documents holding each of `keys` (keys nobody holds are left out), and what placement
    needs of each of those documents."""
    found: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, Stored] = {}
    k, d = document_keys.c, t.documents.c
    for chunk in _chunks(sorted(set(keys))):
        rows = conn.execute(
            sa.select(k.key, k.document_id, d.cluster_id, d.duplicate_of, d.published)
            .join_from(document_keys, t.documents, d.id == k.document_id)
            .where(k.key.in_(chunk))
        )
        for r in rows:
            found[r.key].add(r.document_id)
            docs[r.document_id] = Stored(r.cluster_id, r.duplicate_of, r.published)
    return dict(found), docs


def key_frequencies(conn: sa.Connection, keys: list[str]) -> dict[str, int]:
    """Return how many documents hold each key (absent keys are left out)."""
    out: dict[str, int] = {}
    c = document_keys.c
    for chunk in _chunks(sorted(set(keys))):
        stmt = sa.select(c.key, sa.func.count()).where(c.key.in_(chunk)).group_by(c.key)
        out.update({k: int(n) for k, n in conn.execute(stmt)})
    return out


def representatives(conn: sa.Connection) -> int:
    """Return how many placed documents are not near-duplicates (the N of the term weights)."""
    d = t.documents.c
    stmt = (
        sa.select(sa.func.count())
        .select_from(t.documents)
        .where(d.cluster_id.is_not(None), d.duplicate_of.is_(None))
    )
    return int(conn.execute(stmt).scalar_one())


def signatures(conn: sa.Connection, document_ids: Iterable[str]) -> dict[str, bytes]:
    """Return the stored MinHash signatures of `document_ids`."""
    out: dict[str, bytes] = {}
    c = document_signatures.c
    for chunk in _chunks(sorted(set(document_ids))):
        rows = conn.execute(sa.select(c.document_id, c.minhash).where(c.document_id.in_(chunk)))
        out.update({doc_id: bytes(blob) for doc_id, blob in rows})
    return out


def term_vectors(conn: sa.Connection, document_ids: Iterable[str]) -> dict[str, dict[str, float]]:
    """Return the weighted story terms (not the band keys) of each document."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    c = document_keys.c
    for chunk in _chunks(sorted(set(document_ids))):
        rows = conn.execute(
            sa.select(c.document_id, c.key, c.weight).where(c.document_id.in_(chunk), c.weight > 0)
        )
        for doc_id, key, weight in rows:
            out[doc_id][key] = float(weight)
    return dict(out)


def clusters(conn: sa.Connection, min_size: int = 2) -> dict[str, list[str]]:
    """Return the story clusters with at least `min_size` documents: cluster id -> document ids (sorted)."""
    d = t.documents.c
    out: dict[str, list[str]] = defaultdict(list)
    for cid, doc_id in conn.execute(
        sa.select(d.cluster_id, d.id).where(d.cluster_id.is_not(None)).order_by(d.cluster_id, d.id)
    ):
        out[cid].append(doc_id)
    return {cid: ids for cid, ids in out.items() if len(ids) >= min_size}
