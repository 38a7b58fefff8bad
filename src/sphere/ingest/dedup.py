"""Near-duplicates and story clusters: the profile of a document, and how two profiles compare.

Near-duplicates (syndicated copies, lightly edited versions) share at least `NEAR_DUPLICATE` of their word
3-shingles, estimated with a MinHash signature (datasketch) and found through LSH band keys kept in the
database. Story clusters need more than shared wording, since outlets retell an event in their own words
(or another language): each document gets a profile of weighted story terms (the linked entities it
mentions, event words, day-month dates and the events the reader found), terms in the lede count more, and
two documents are compared by the IDF-weighted cosine of their profiles.

A long report dilutes that cosine, so the meeting or signing a document reports is also kept as anchors:
its venues (`a:p:`, cities and other sites where a meeting, summit, talks or signing takes place, never a
region) and its named participants (`a:w:`, people, organisations and companies in those sentences). Two
documents that share a venue and also a participant or a lede date (`t:`) report the same event, and their
score gets `ANCHOR_BONUS`. Documents whose dates rule out one story never share it: published more than
`DATE_WINDOW_DAYS` apart, or, where a year is missing, no publication or lede day of one within that
window of a day of the other (compared within the year). The placement itself is in
`sphere.ingest.placement`.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left
from datetime import date
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from sphere.kb.catalog import load_catalog
from sphere.read.types import Reading

SHINGLE_WORDS = 3
NUM_PERM = 128
SEED = 1
NEAR_DUPLICATE = 0.5  # MinHash-estimated Jaccard of word 3-shingles
STORY_THRESHOLD = 0.35  # score (cosine, plus the anchor bonus) to join a story, chosen on the dev corpus
ANCHOR_BONUS = 0.25  # added when two documents share a venue and a participant or a lede date
PSEUDO_DOCUMENTS = 30  # added to N in the IDF, so that the first documents of a store are compared sensibly
DATE_WINDOW_DAYS = 7
STORY_EVENT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SANCTION"})
LEDE_CHARS = 500
LEDE_BOOST = 2.0
ANCHOR_PREFIXES = ("a:", "t:")  # kept with the story terms, compared apart from the cosine
NOT_VENUES = frozenset({"area", "region", "lake", "river", "mountain"})  # KB place types too wide to meet in

_LSH = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)  # hashes are computed here (`_hashes`)


def _split(text: str) -> list[str]:
    return text.split()


_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"[^.!?\n]+")
EVENT_WORDS = frozenset(
    _split(
        "summit treaty visit forum meeting talks signing signed agreement accord memorandum declaration "
        "conference election sanctions deal contract loan launch inauguration ceremony protest attack"
    )
)
EVENT_STEMS_RU = _split(
    "саммит договор визит форум встреч переговор подписа соглашени меморандум деклараци конференци выбор "
    "санкци сделк контракт кредит запуск церемони"
)
_EVENT_RU = re.compile(r"\b(" + "|".join(EVENT_STEMS_RU) + r")\w*", re.IGNORECASE)
# words that say a sentence reports a meeting or a signing (their entities become the event's anchors)
MEETING_WORDS = frozenset(
    _split(
        "summit summits meeting meetings met talks forum visit visited conference gathering signing "
        "signed ceremony"
    )
)
_MEETING_RU = re.compile(
    r"\b(саммит|встреч|встрет|переговор|визит|форум|подписа|конференц)\w*", re.IGNORECASE
)
PARTICIPANT_KINDS = frozenset({"person", "organization", "company"})
_MONTH_NAMES = _split("january february march april may june july august september october november december")
_MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES)} | {m[:3]: i + 1 for i, m in enumerate(_MONTH_NAMES)}
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


def _hashes(values: set[bytes]) -> list[int]:
    """Return datasketch's 32-bit SHA-1 hash of each value (the first 4 digest bytes, little-endian)."""
    joined = b"".join([hashlib.sha1(v).digest()[:4] for v in values])
    return np.frombuffer(joined, dtype="<u4").tolist()  # type: ignore[no-any-return]


def minhash(text: str) -> tuple[MinHash, int]:
    """Return the MinHash signature of the text's shingles and how many shingles there were."""
    sh = shingles(text)
    mh = _TEMPLATE.copy()
    if sh:
        mh.update_batch(_hashes(sh))
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


def _month(word: str) -> int | None:
    word = word.lower()
    month = _MONTHS.get(word) or _MONTHS.get(word[:3])
    if month is None:
        month = next((i + 1 for i, s in enumerate(_MONTHS_RU) if word.startswith(s)), None)
        if month is None and word.startswith("ма"):  # мая, май
            month = 5 if word in ("мая", "май") else None
    return month


def day_mentions(text: str) -> set[str]:
    """Return the day-month dates a text mentions ("June 17", "17 June", "17 июня") as 'MM-DD'."""
    found: set[str] = set()
    for m in _DAY_MONTH.finditer(text):
        month = _month(m.group(2))
        if month and 1 <= int(m.group(1)) <= 31:
            found.add(f"{month:02d}-{int(m.group(1)):02d}")
    for m in _MONTH_DAY.finditer(text):
        month = _MONTHS.get(m.group(1).lower())
        if month and 1 <= int(m.group(2)) <= 31:
            found.add(f"{month:02d}-{int(m.group(2)):02d}")
    return found


def _event_words(text: str) -> set[str]:
    found = {w for w in words(text) if w in EVENT_WORDS}
    found |= {m.group(1).lower() for m in _EVENT_RU.finditer(text)}
    return found


@lru_cache(maxsize=4096)
def is_venue(place_id: str) -> bool:
    """Return True when a place can host a meeting: a city, port or site, not a region (KB place type)."""
    record = load_catalog().get(place_id)
    return record is None or record.get("place_type") not in NOT_VENUES


def _is_meeting(sentence: str) -> bool:
    return not MEETING_WORDS.isdisjoint(words(sentence)) or _MEETING_RU.search(sentence) is not None


def anchors(reading: Reading) -> tuple[set[str], set[str]]:
    """Return the venues and the named participants of the meetings and signings a document reports.

    They come from the sentences that name a meeting, summit, talks, visit or signing, and from the
    places of the meetings and agreements the reader found.
    """
    text = reading.document.text
    kinds = {e.id: e.kind for e in reading.entities}
    spans = sorted((m.start, m.end, e.id) for e in reading.entities for m in e.mentions)
    starts = [start for start, _, _ in spans]
    venues: set[str] = set()
    who: set[str] = set()
    for s in _SENTENCE.finditer(text):
        if not _is_meeting(s.group()):
            continue
        for _, end, eid in spans[bisect_left(starts, s.start()) : bisect_left(starts, s.end())]:
            if end > s.end():
                continue
            if kinds[eid] == "place" and is_venue(eid):
                venues.add(eid)
            elif kinds[eid] in PARTICIPANT_KINDS:
                who.add(eid)
    for ev in reading.events:
        if ev.status == "asserted" and ev.type in STORY_EVENT_TYPES and ev.place and is_venue(ev.place):
            venues.add(ev.place)
    return venues, who


def story_terms(reading: Reading) -> dict[str, float]:
    """Return a document's weighted story terms: entities, event words, dates and events (lede counts more),
    with its anchors (`a:p:` venues, `a:w:` participants, `t:` lede days) at weight 1."""
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
    venues, participants = anchors(reading)
    terms.update(dict.fromkeys([f"a:p:{v}" for v in venues] + [f"a:w:{w}" for w in participants], 1.0))
    terms.update({f"t:{d}": 1.0 for d in lede_days if _day_of_year(d) is not None})
    return terms


def idf(df: int, n: int) -> float:
    """Return the inverse document frequency of a term held by `df` of `n` documents."""
    return math.log((n + PSEUDO_DOCUMENTS) / (df + 0.5))


def cosine(a: dict[str, float], b: dict[str, float], df: dict[str, int], n: int) -> float:
    """Return the IDF-weighted cosine of two story profiles (`df`: documents per term, `n`: documents);
    anchors (`a:`, `t:`) are left out."""
    a = {k: w for k, w in a.items() if not k.startswith(ANCHOR_PREFIXES)}
    b = {k: w for k, w in b.items() if not k.startswith(ANCHOR_PREFIXES)}
    weight = {k: idf(df.get(k, 1), n) for k in a.keys() | b.keys()}
    dot = sum(a[k] * b[k] * weight[k] ** 2 for k in a.keys() & b.keys())
    na = math.sqrt(sum((w * weight[k]) ** 2 for k, w in a.items()))
    nb = math.sqrt(sum((w * weight[k]) ** 2 for k, w in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def same_event(a: dict[str, float], b: dict[str, float]) -> bool:
    """Return True when two profiles share a venue and also a named participant or a lede date."""
    shared = a.keys() & b.keys()
    venue = any(k.startswith("a:p:") for k in shared)
    return venue and any(k.startswith(("a:w:", "t:")) for k in shared)


def story_score(a: dict[str, float], b: dict[str, float], df: dict[str, int], n: int) -> float:
    """Return how surely two profiles tell one story: their cosine, plus `ANCHOR_BONUS` for one event."""
    return cosine(a, b, df, n) + (ANCHOR_BONUS if same_event(a, b) else 0.0)


def _day_of_year(month_day: str) -> int | None:
    try:
        return date.fromisoformat(f"2000-{month_day}").timetuple().tm_yday  # a leap year: 29 February too
    except ValueError:
        return None


def _days(published: str | None, terms: dict[str, float]) -> set[int]:
    days = {_day_of_year(k[2:]) for k in terms if k.startswith("t:")}
    if published and len(published) >= 10:
        days.add(_day_of_year(published[5:10]))
    return {d for d in days if d is not None}


def dates_apart(published_a: str | None, published_b: str | None) -> int | None:
    """Return how many days apart two publication dates are (None when one is missing or invalid)."""
    try:
        if published_a and published_b:
            return abs((date.fromisoformat(published_a[:10]) - date.fromisoformat(published_b[:10])).days)
    except ValueError:
        pass
    return None


def dates_conflict(
    published_a: str | None, terms_a: dict[str, float], published_b: str | None, terms_b: dict[str, float]
) -> bool:
    """Return True when two documents' dates rule out one story (see the module doc)."""
    apart = dates_apart(published_a, published_b)
    if apart is not None:
        return apart > DATE_WINDOW_DAYS
    days_a, days_b = _days(published_a, terms_a), _days(published_b, terms_b)
    if not days_a or not days_b:
        return False
    nearest = min(min(abs(x - y), 366 - abs(x - y)) for x in days_a for y in days_b)
    return nearest > DATE_WINDOW_DAYS
