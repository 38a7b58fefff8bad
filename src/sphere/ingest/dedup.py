"""Near-duplicates and story clusters: which stored documents copy each other, and which report one story.

Near-duplicates (syndicated copies, lightly edited versions) share at least `NEAR_DUPLICATE` of their word
3-shingles, estimated with a MinHash signature (datasketch) and found through LSH band keys kept in the
database. Story clusters need more than shared wording, since outlets retell an event in their own words
(or another language): each document gets a profile of weighted story terms (the linked entities it
mentions, event words, day-month dates and the events the reader found), terms in the lede count more, and
two documents are compared by the IDF-weighted cosine of their profiles. Documents published more than
`DATE_WINDOW_DAYS` apart never share a story (copies excepted). Placement is incremental and deterministic:
a new document joins the existing cluster of its best match at or above `STORY_THRESHOLD` (ties by id), or
starts its own cluster named after itself; a near-duplicate points at the first-stored copy.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import sqlalchemy as sa
from datasketch import MinHash, MinHashLSH

from sphere.read.types import Reading
from sphere.store import clusters as cl

SHINGLE_WORDS = 3
NUM_PERM = 128
SEED = 1
NEAR_DUPLICATE = 0.5  # MinHash-estimated Jaccard of word 3-shingles
STORY_THRESHOLD = 0.35  # IDF-weighted cosine of story profiles, chosen on the dev corpus
PSEUDO_DOCUMENTS = 30  # added to N in the IDF, so that the first documents of a store are compared sensibly
DATE_WINDOW_DAYS = 7
STORY_EVENT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SANCTION"})
LEDE_CHARS = 500
LEDE_BOOST = 2.0
MAX_CANDIDATES = 25
RETRIEVAL_MIN_DF = (
    20  # terms held by more documents than this and 5% of all are too common to find candidates
)

_LSH = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r

_WORD = re.compile(r"\w+")
EVENT_WORDS = [
    "summit",
    "treaty",
    "visit",
    "forum",
    "meeting",
    "talks",
    "signing",
    "signed",
    "agreement",
    "accord",
    "memorandum",
    "declaration",
    "conference",
    "election",
    "sanctions",
    "deal",
    "contract",
    "loan",
    "launch",
    "inauguration",
    "ceremony",
    "protest",
    "attack",
]
EVENT_STEMS_RU = [
    "саммит",
    "договор",
    "визит",
    "форум",
    "встреч",
    "переговор",
    "подписа",
    "соглашени",
    "меморандум",
    "деклараци",
    "конференци",
    "выбор",
    "санкци",
    "сделк",
    "контракт",
    "кредит",
    "запуск",
    "церемони",
]
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS_RU = ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\.?\s+([^\W\d_]{3,})", re.UNICODE)
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\b")


def words(text: str) -> list[str]:
    """Return the lower-cased words of `text` (Unicode letters and digits)."""
    return [w.lower() for w in _WORD.findall(text)]


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """Return the word k-shingles of `text`, UTF-8 encoded (a short text is one shingle)."""
    w = words(text)
    if len(w) < k:
        return {" ".join(w).encode()} if w else set()
    return {" ".join(w[i : i + k]).encode() for i in range(len(w) - k + 1)}


def minhash(text: str) -> tuple[MinHash, int]:
    """Return the MinHash signature of the text's shingles and how many shingles there were."""
    sh = shingles(text)
    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    if sh:
        mh.update_batch(sorted(sh))
    return mh, len(sh)


def signature_bytes(mh: MinHash) -> bytes:
    """Return a signature's hash values as little-endian uint32 bytes (what the store keeps)."""
    return np.asarray(mh.hashvalues, dtype="<u4").tobytes()


def estimated_jaccard(a: bytes, b: bytes) -> float:
    """Return the Jaccard similarity two stored signatures estimate."""
    va, vb = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    if len(va) != len(vb) or not len(va):
        return 0.0
    return float(np.count_nonzero(va == vb)) / len(va)


def band_keys(mh: MinHash) -> list[str]:
    """Return the LSH band keys of a signature: documents sharing one are near-duplicate candidates."""
    hv = np.asarray(mh.hashvalues, dtype="<u4")
    return [
        f"b:{i}:{hashlib.blake2b(hv[i * ROWS : (i + 1) * ROWS].tobytes(), digest_size=8).hexdigest()}"
        for i in range(BANDS)
    ]


def day_mentions(text: str) -> set[str]:
    """Return the day-month dates a text mentions ("June 17", "17 June", "17 июня") as 'MM-DD'."""
    found: set[str] = set()
    for m in _DAY_MONTH.finditer(text):
        word = m.group(2).lower()
        month = _MONTHS.get(word) or _MONTHS.get(word[:3])
        if month is None:
            month = next((i + 1 for i, s in enumerate(_MONTHS_RU) if word.startswith(s)), None)
            if month is None and word.startswith("ма"):  # мая, май
                month = 5 if word in ("мая", "май") else None
        if month and 1 <= int(m.group(1)) <= 31:
            found.add(f"{month:02d}-{int(m.group(1)):02d}")
    for m in _MONTH_DAY.finditer(text):
        month = _MONTHS.get(m.group(1).lower())
        if month and 1 <= int(m.group(2)) <= 31:
            found.add(f"{month:02d}-{int(m.group(2)):02d}")
    return found


def _event_words(text: str) -> set[str]:
    ws = set(words(text))
    found = {w for w in EVENT_WORDS if w in ws}
    found |= {s for s in EVENT_STEMS_RU for w in ws if w.startswith(s)}
    return found


def story_terms(reading: Reading) -> dict[str, float]:
    """Return a document's weighted story terms: entities, event words, dates and events (lede counts more)."""
    text = reading.document.text
    lede = text[:LEDE_CHARS]
    terms: dict[str, float] = {}

    def add(key: str, weight: float, in_lede: bool) -> None:
        weight *= LEDE_BOOST if in_lede else 1.0
        terms[key] = max(terms.get(key, 0.0), weight)

    for ent in reading.entities:
        if not ent.mentions:
            continue
        weight = 0.5 if ent.kind == "country" else 0.3 if (ent.is_new and ent.kind == "other") else 1.0
        add("e:" + ent.id, weight, min(m.start for m in ent.mentions) < LEDE_CHARS)
    lede_words = _event_words(lede)
    for w in _event_words(text):
        add("k:" + w, 1.0, w in lede_words)
    lede_days = day_mentions(lede)
    for d in day_mentions(text):
        add("d:" + d, 1.5, d in lede_days)
    for ev in reading.events:
        if ev.status != "asserted":
            continue
        in_lede = ev.evidence.start < LEDE_CHARS
        if ev.place:
            add(f"v:{ev.type}:{ev.place}", 1.5, in_lede)
        if ev.date and len(ev.date) >= 7:
            add(f"v:{ev.type}:{ev.date[:7]}", 1.5, in_lede)
        who = sorted(set(ev.actors) | set(ev.recipients))
        if (
            ev.type in STORY_EVENT_TYPES and len(who) >= 2
        ):  # the same meeting or signing, told by another outlet
            add(f"p:{ev.type}:{'+'.join(who)}", 2.0, in_lede)
    return terms


def _idf(df: int, n: int) -> float:
    return math.log((n + PSEUDO_DOCUMENTS) / (df + 0.5))


def cosine(a: dict[str, float], b: dict[str, float], df: dict[str, int], n: int) -> float:
    """Return the IDF-weighted cosine of two story profiles (`df`: documents per term, `n`: documents)."""
    idf = {k: _idf(df.get(k, 1), n) for k in a.keys() | b.keys()}
    dot = sum(a[k] * b[k] * idf[k] ** 2 for k in a.keys() & b.keys())
    na = math.sqrt(sum((w * idf[k]) ** 2 for k, w in a.items()))
    nb = math.sqrt(sum((w * idf[k]) ** 2 for k, w in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else None
    except ValueError:
        return None


@dataclass
class Placement:
    """Where a new document went: its cluster, the copy it nearly duplicates, and the best match found."""

    cluster_id: str
    duplicate_of: str | None = None
    match: str | None = None
    score: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)  # candidate id -> story similarity


def assign(conn: sa.Connection, reading: Reading) -> Placement:
    """Profile a just-stored document, place it in a story cluster (or mark it a near-duplicate) and save.

    Runs in the caller's transaction, right after the document row was written, so a crash leaves the
    document and its placement together or neither.
    """
    doc = reading.document
    mh, n_shingles = minhash(doc.text)
    bands = band_keys(mh) if n_shingles else []
    terms = story_terms(reading)
    placement = _near_duplicate(conn, doc.id, mh, bands) if bands else None
    if placement is None:
        placement = _story(conn, doc.id, doc.published, terms)
    keys: dict[str, float] = dict.fromkeys(bands, 0.0)
    keys.update(terms)
    cl.save_profile(conn, doc.id, signature_bytes(mh), n_shingles, keys)
    cl.place(conn, doc.id, placement.cluster_id, placement.duplicate_of)
    return placement


def _near_duplicate(conn: sa.Connection, doc_id: str, mh: MinHash, bands: list[str]) -> Placement | None:
    found = cl.documents_with_keys(conn, bands)
    found.pop(doc_id, None)
    if not found:
        return None
    mine = signature_bytes(mh)
    sims = {other: estimated_jaccard(mine, sig) for other, sig in cl.signatures(conn, sorted(found)).items()}
    best = max(sorted(sims), key=lambda k: sims[k], default=None)
    if best is None or sims[best] < NEAR_DUPLICATE:
        return None
    cluster_id, duplicate_of, _ = cl.placement(conn, [best])[best]
    return Placement(
        cluster_id=cluster_id or best, duplicate_of=duplicate_of or best, match=best, score=sims[best]
    )


def _story(conn: sa.Connection, doc_id: str, published: str | None, terms: dict[str, float]) -> Placement:
    own = Placement(cluster_id=doc_id)
    if not terms:
        return own
    n = cl.profiled_count(conn) + 1
    df = {k: v + 1 for k, v in cl.key_frequencies(conn, sorted(terms)).items()}
    cap = max(RETRIEVAL_MIN_DF, int(0.05 * n))
    rare = [k for k in sorted(terms) if df.get(k, 1) <= cap]
    holders = cl.documents_with_keys(conn, rare)
    holders.pop(doc_id, None)
    if not holders:
        return own

    def reach(other: str) -> tuple[float, str]:
        return (-sum((terms[k] * _idf(df.get(k, 1), n)) ** 2 for k in holders[other]), other)

    candidates = sorted(holders, key=reach)[:MAX_CANDIDATES]
    vectors = cl.term_vectors(conn, candidates)
    all_terms = sorted(set().union(*(v.keys() for v in vectors.values())) - terms.keys())
    df.update(cl.key_frequencies(conn, all_terms))
    where = cl.placement(conn, candidates)
    hits: list[tuple[float, str, str]] = []  # (score, cluster, match)
    for other in candidates:
        cluster_id, _, other_published = where.get(other, (None, None, None))
        apart = _days_apart(published, other_published)
        if apart is not None and apart > DATE_WINDOW_DAYS:
            continue
        score = cosine(terms, vectors.get(other, {}), df, n)
        own.scores[other] = score
        if score >= STORY_THRESHOLD:
            hits.append((score, cluster_id or other, other))
    if not hits:
        return own
    score, cluster_id, match = min(hits, key=lambda h: (-h[0], h[1], h[2]))
    return Placement(cluster_id=cluster_id, match=match, score=score, scores=own.scores)
