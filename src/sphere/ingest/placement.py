"""Placing new documents, a batch at a time: near-duplicates first, then story clusters.

A batch is placed with a few queries in all, not a few per document: the band keys and the rare story
terms of the whole batch are looked up at once, and the documents of the batch are then placed one after
the other in memory, each seeing the stored documents and the batch's earlier ones, so the result does not
depend on where batches start (an interrupted run, resumed, ends with the same clusters).

Near-duplicates: a document is compared with at most `MAX_DUPLICATE_CANDIDATES` documents, those sharing
the most LSH band keys with it; at `NEAR_DUPLICATE` (estimated Jaccard) or above it points at the first-
stored copy and joins its cluster. A near-duplicate keeps only the band keys nobody else holds (so a copy
of it is still found) and no story terms: its original stands for it, so syndicated copies neither count
twice in the term frequencies nor crowd the candidate lists.

Story clusters: the candidates are the documents sharing a rare story term with the new one (held by at most
`RETRIEVAL_MAX_DF` documents), published within the date window, ranked by the IDF weight of what they share;
the best `MAX_CANDIDATES` are scored (`sphere.ingest.dedup.story_score`) and the new document joins the
cluster of the best at `STORY_THRESHOLD` or above (ties by cluster and id), or starts its own cluster.

`Placer` keeps the document frequency of each term it has looked up and the count of stored originals for
one run, updated when a batch commits (`accept`), so that a term is counted once per run, not once per
document.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import sqlalchemy as sa

from sphere.ingest import dedup
from sphere.read.types import Reading
from sphere.store import clusters as cl

MAX_DUPLICATE_CANDIDATES = 10
MAX_CANDIDATES = 25
RETRIEVAL_MAX_DF = 50  # terms held by more documents than this are too common to find candidates with


@dataclass
class Placement:
    """Where a new document went: its cluster, the copy it nearly duplicates, and the best match found."""

    cluster_id: str
    duplicate_of: str | None = None
    match: str | None = None
    score: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)  # candidate id -> story score


@dataclass
class Plan:
    """A placed batch: each document's placement and the rows to store, kept until the batch commits."""

    placements: dict[str, Placement] = field(default_factory=dict)
    signatures: list[tuple[str, bytes, int]] = field(default_factory=list)  # document, minhash, shingles
    keys: list[tuple[str, str, float]] = field(default_factory=list)  # key, document, weight
    added: Counter[str] = field(default_factory=Counter)  # story terms stored, per term
    originals: int = 0  # documents stored that are not near-duplicates


@dataclass
class _Doc:
    reading: Reading
    signature: bytes
    shingles: int
    bands: list[str]
    copy_of: str | None = None  # the most similar stored copy, for a near-duplicate
    terms: dict[str, float] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.reading.document.id

    @property
    def published(self) -> str | None:
        return self.reading.document.published


def _doc(reading: Reading) -> _Doc:
    mh, n_shingles = dedup.minhash(reading.document.text)
    bands = dedup.band_keys(mh) if n_shingles else []
    return _Doc(reading, dedup.signature_bytes(mh), n_shingles, bands)


def _terms(reading: Reading) -> dict[str, float]:
    """Return the story terms, cut to the stored key length (the heavier weight wins on a clash)."""
    out: dict[str, float] = {}
    for key, weight in dedup.story_terms(reading).items():
        key = key[: cl.KEY_LENGTH]
        out[key] = max(out.get(key, 0.0), weight)
    return out


def _top(counts: Mapping[str, float], k: int) -> list[str]:
    return sorted(counts, key=lambda doc: (-counts[doc], doc))[:k]


class Placer:
    """Places batches of new documents for one ingest run (see the module doc)."""

    def __init__(self) -> None:
        """Start with nothing cached; the first batch reads what it needs."""
        self._df: dict[str, int] = {}  # stored documents holding each term, as committed
        self._originals: int | None = None

    def plan(self, conn: sa.Connection, readings: list[Reading]) -> Plan:
        """Place new documents (not stored yet, distinct ids) in order; read the store, write nothing."""
        if self._originals is None:
            self._originals = cl.representatives(conn)
        docs = [_doc(r) for r in readings]
        plan = Plan()
        stored = self._near_duplicates(conn, docs, plan)
        originals = [d for d in docs if d.id not in plan.placements]
        self._stories(conn, originals, plan)
        for d in docs:
            plan.signatures.append((d.id, d.signature, d.shingles))
            if d.copy_of is None:
                continue
            before = plan.placements.get(d.copy_of)
            cluster = before.cluster_id if before else stored[d.copy_of].cluster_id or d.copy_of
            plan.placements[d.id].cluster_id = cluster
        plan.placements = {d.id: plan.placements[d.id] for d in docs}
        return plan

    def save(self, conn: sa.Connection, plan: Plan) -> None:
        """Write a plan's signatures and keys (its documents are already stored)."""
        cl.save_profiles(conn, plan.signatures, plan.keys)

    def accept(self, plan: Plan) -> None:
        """Count a committed plan's documents and terms in the cached frequencies."""
        if self._originals is not None:
            self._originals += plan.originals
        for key, n in plan.added.items():
            if key in self._df:
                self._df[key] += n

    def _load_df(self, conn: sa.Connection, keys: set[str]) -> None:
        missing = [k for k in keys if k not in self._df]
        if missing:
            found = cl.key_frequencies(conn, missing)
            self._df.update({k: found.get(k, 0) for k in missing})

    def _near_duplicates(self, conn: sa.Connection, docs: list[_Doc], plan: Plan) -> dict[str, cl.Stored]:
        """Find each document's near-duplicate among the stored and earlier batch documents."""
        db_holders, stored = cl.key_holders(conn, [b for d in docs for b in d.bands])
        wanted: set[str] = set()
        for d in docs:  # the stored candidates each document can end up with (batch ones only push out)
            counts = Counter(h for b in d.bands for h in db_holders.get(b, ()))
            wanted.update(_top(counts, MAX_DUPLICATE_CANDIDATES))
        sigs = cl.signatures(conn, wanted)
        batch_holders: dict[str, list[str]] = defaultdict(list)
        batch: set[str] = set()
        for d in docs:
            holders = {b: db_holders.get(b, set()) | set(batch_holders.get(b, ())) for b in d.bands}
            counts = Counter(h for hs in holders.values() for h in hs)
            sims = {
                c: dedup.estimated_jaccard(d.signature, sigs[c])
                for c in _top(counts, MAX_DUPLICATE_CANDIDATES)
                if c in sigs
            }
            best = max(sorted(sims), key=lambda c: sims[c], default=None)
            novel = d.bands
            if best is not None and sims[best] >= dedup.NEAR_DUPLICATE:
                if best in batch:
                    before = plan.placements.get(best)  # None: an original of this batch
                    original = before.duplicate_of if before else None
                else:
                    original = stored[best].duplicate_of
                d.copy_of = best
                plan.placements[d.id] = Placement(best, original or best, best, sims[best])
                novel = [b for b in d.bands if not holders[b]]
            for b in novel:
                batch_holders[b].append(d.id)
            sigs[d.id] = d.signature
            batch.add(d.id)
            plan.keys.extend((b, d.id, 0.0) for b in novel)
        return stored

    def _stories(self, conn: sa.Connection, docs: list[_Doc], plan: Plan) -> None:
        """Place each original in the story cluster of its best match, or in a cluster of its own."""
        assert self._originals is not None
        for d in docs:
            d.terms = _terms(d.reading)
        self._load_df(conn, {k for d in docs for k in d.terms})
        rare = [k for d in docs for k in d.terms if self._df[k] + 1 <= RETRIEVAL_MAX_DF]
        db_holders, stored = cl.key_holders(conn, rare)
        vectors: dict[str, dict[str, float]] = {}
        batch_holders: dict[str, list[str]] = defaultdict(list)
        published = {doc: s.published for doc, s in stored.items()}
        clusters = {doc: s.cluster_id or doc for doc, s in stored.items()}
        added = plan.added
        for d in docs:
            n = self._originals + plan.originals + 1

            def df(key: str, d: _Doc = d) -> int:
                return self._df.get(key, 0) + added[key] + (key in d.terms)

            shared: dict[str, set[str]] = defaultdict(set)  # candidate -> rare terms it shares
            for key in d.terms:
                if df(key) <= RETRIEVAL_MAX_DF:
                    for h in db_holders.get(key, set()) | set(batch_holders.get(key, ())):
                        shared[h].add(key)
            in_window = [h for h in shared if not _too_far(d.published, published.get(h))]
            reach = {h: sum((d.terms[k] * dedup.idf(df(k), n)) ** 2 for k in shared[h]) for h in in_window}
            candidates = _top(reach, MAX_CANDIDATES)
            vectors.update(cl.term_vectors(conn, [c for c in candidates if c not in vectors]))
            self._load_df(conn, {k for c in candidates for k in vectors.get(c, {})})
            placement = _best(d, candidates, vectors, published, clusters, df, n)
            plan.placements[d.id] = placement
            plan.originals += 1
            plan.keys.extend((k, d.id, w) for k, w in d.terms.items())
            added.update(d.terms.keys())
            for key in d.terms:
                batch_holders[key].append(d.id)
            vectors[d.id] = d.terms
            published[d.id] = d.published
            clusters[d.id] = placement.cluster_id


def _too_far(a: str | None, b: str | None) -> bool:
    apart = dedup.dates_apart(a, b)
    return apart is not None and apart > dedup.DATE_WINDOW_DAYS


def _best(
    d: _Doc,
    candidates: list[str],
    vectors: dict[str, dict[str, float]],
    published: dict[str, str | None],
    clusters: dict[str, str],
    df: Callable[[str], int],
    n: int,
) -> Placement:
    """Score the candidates and return the placement: the best match's cluster, or a cluster of its own."""
    own = Placement(cluster_id=d.id)
    hits: list[tuple[float, str, str]] = []  # (score, cluster, match)
    freq = {k: df(k) for k in set(d.terms).union(*(vectors.get(c, {}) for c in candidates))}
    for other in candidates:
        terms = vectors.get(other, {})
        if dedup.dates_conflict(d.published, d.terms, published.get(other), terms):
            continue
        score = dedup.story_score(d.terms, terms, freq, n)
        own.scores[other] = score
        if score >= dedup.STORY_THRESHOLD:
            hits.append((score, clusters.get(other, other), other))
    if not hits:
        return own
    score, cluster_id, match = min(hits, key=lambda h: (-h[0], h[1], h[2]))
    return Placement(cluster_id=cluster_id, match=match, score=score, scores=own.scores)
