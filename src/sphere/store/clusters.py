"""Tables behind near-duplicate detection and story clustering, and the queries that read and write them.

`document_signatures` keeps each stored document's MinHash signature (to confirm a near-duplicate);
`document_keys` is an inverted index from keys to documents: the MinHash LSH band keys (`b:<band>:<hash>`,
weight 0) and the story terms (`e:` linked entities, `k:` event words, `d:` day mentions, `v:` events)
with their weights. Both rows die with their document (ON DELETE CASCADE). The clustering logic lives in
`sphere.ingest.dedup`; the result is written to `documents.cluster_id` and `documents.duplicate_of`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import sqlalchemy as sa

from sphere.store import schema as t

KEY_LENGTH = 255


document_signatures = t.document_signatures
document_keys = t.document_keys


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def save_profile(
    conn: sa.Connection,
    document_id: str,
    minhash: bytes,
    shingles: int,
    keys: dict[str, float],
) -> None:
    """Store a document's signature and its keys (band keys and weighted story terms)."""
    conn.execute(
        document_signatures.insert(),
        [{"document_id": document_id, "minhash": minhash, "shingles": shingles}],
    )
    if keys:
        conn.execute(
            document_keys.insert(),
            [{"key": k[:KEY_LENGTH], "document_id": document_id, "weight": w} for k, w in keys.items()],
        )


def documents_with_keys(conn: sa.Connection, keys: list[str]) -> dict[str, set[str]]:
    """Return, for each document holding any of `keys`, which of them it holds."""
    found: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(keys):
        rows = conn.execute(
            sa.select(document_keys.c.document_id, document_keys.c.key).where(document_keys.c.key.in_(chunk))
        )
        for doc_id, key in rows:
            found[doc_id].add(key)
    return dict(found)


def key_frequencies(conn: sa.Connection, keys: list[str]) -> dict[str, int]:
    """Return how many documents hold each key (absent keys are left out)."""
    out: dict[str, int] = {}
    c = document_keys.c
    for chunk in _chunks(keys):
        stmt = sa.select(c.key, sa.func.count()).where(c.key.in_(chunk)).group_by(c.key)
        out.update({k: int(n) for k, n in conn.execute(stmt)})
    return out


def profiled_count(conn: sa.Connection) -> int:
    """Return how many documents have a signature (the N of the term weights)."""
    return int(conn.execute(sa.select(sa.func.count()).select_from(document_signatures)).scalar_one())


def term_vectors(conn: sa.Connection, document_ids: list[str]) -> dict[str, dict[str, float]]:
    """Return the weighted story terms (not the band keys) of each document."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    c = document_keys.c
    for chunk in _chunks(document_ids):
        rows = conn.execute(
            sa.select(c.document_id, c.key, c.weight).where(c.document_id.in_(chunk), c.weight > 0)
        )
        for doc_id, key, weight in rows:
            out[doc_id][key] = float(weight)
    return dict(out)


def signatures(conn: sa.Connection, document_ids: list[str]) -> dict[str, bytes]:
    """Return the stored MinHash signatures of `document_ids`."""
    out: dict[str, bytes] = {}
    c = document_signatures.c
    for chunk in _chunks(document_ids):
        rows = conn.execute(sa.select(c.document_id, c.minhash).where(c.document_id.in_(chunk)))
        out.update({doc_id: bytes(blob) for doc_id, blob in rows})
    return out


def placement(
    conn: sa.Connection, document_ids: list[str]
) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Return (cluster_id, duplicate_of, published) of each document."""
    d = t.documents.c
    out: dict[str, tuple[str | None, str | None, str | None]] = {}
    for chunk in _chunks(document_ids):
        rows = conn.execute(sa.select(d.id, d.cluster_id, d.duplicate_of, d.published).where(d.id.in_(chunk)))
        out.update({r.id: (r.cluster_id, r.duplicate_of, r.published) for r in rows})
    return out


def place(conn: sa.Connection, document_id: str, cluster_id: str, duplicate_of: str | None) -> None:
    """Write a document's story cluster and the document it nearly duplicates (or None)."""
    conn.execute(
        t.documents.update()
        .where(t.documents.c.id == document_id)
        .values(cluster_id=cluster_id, duplicate_of=duplicate_of)
    )


def clusters(conn: sa.Connection, min_size: int = 2) -> dict[str, list[str]]:
    """Return the story clusters with at least `min_size` documents: cluster id -> document ids (sorted)."""
    d = t.documents.c
    out: dict[str, list[str]] = defaultdict(list)
    for cid, doc_id in conn.execute(
        sa.select(d.cluster_id, d.id).where(d.cluster_id.is_not(None)).order_by(d.cluster_id, d.id)
    ):
        out[cid].append(doc_id)
    return {cid: ids for cid, ids in out.items() if len(ids) >= min_size}
