"""The standing of a stored document in the rest of the store: what the ledger says about each of its claims
(agrees with N sources, contradicted by …) and which knowledge-base event each of its events reports."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from sphere import settings
from sphere.analysis.check import (
    _as_entry,
    _claim_json,
    _same_question,
    check_claim,
    compare,
    event_matches,
    indicator_evidence,
    settle,
)
from sphere.analysis.format import entity_names
from sphere.analysis.ledger import (
    CLAIM_COLUMNS,
    DEFAULT_TOLERANCE,
    claim_rows,
    confident,
    entry_from_row,
    period_of,
)
from sphere.analysis.verdict import VERDICT_WORDS, Verdict, claim_why
from sphere.read.types import Claim, Event, Evidence
from sphere.store import schema as t
from sphere.store.store import Store

# records shown for and against each claim of a document
SHOWN = 5
# a claim whose question holds more stored claims than this is judged from its distinct figures counted in
# SQL (a synthetic project's cost at a million documents has tens of thousands); below, read one by one
COUNT_IN_SQL_ABOVE = 2000
_LISTS = {"supports": "supporting", "consistent": "consistent", "contradicts": "contradicting"}
_FIGURE = ("value", "unit", "as_of", "qualifier", "origin", "note")
_SOURCE_KEYS = ("source_url", "source_dataset", "source_title", "doc_source", "doc_published", "doc_title")


def _counted_check(
    store: Store, claim: Claim, document_id: str, keep: int, tolerance: float, above: int
) -> tuple[Verdict, dict[str, int]] | None:
    """Return the verdict of `check_claim` on a stored claim, the document's own claims left out, with only the
    first `keep` records of each list (the first by claim id) and how many records agree and agree loosely;
    None when the claim is a rank or its question holds at most `above` claims (then read them all).

    Each distinct figure of the question is compared once: claims with the same figure bear the same way."""
    if claim.attribute == "trade_rank" or not claim.subject:
        return None
    c = t.claims
    period = period_of(claim.attribute, claim.as_of)
    question = sa.and_(confident(), c.c.attribute == claim.attribute, _same_question(claim, period))
    own = sa.case((c.c.document_id == document_id, 1), else_=0)
    cols = [c.c[name] for name in _FIGURE]
    counted = (own.label("own"), sa.func.count().label("n"), sa.func.min(c.c.id).label("first"))
    # a note is part of a knowledge-base figure (it may name a part: another question), never of a read one
    # (`entry_from_row`): read claims are grouped without it, from `ix_claims_question_figures` alone
    kb = sa.select(*cols, *counted).where(question, c.c.origin == "kb").group_by(*cols, own)
    unnoted = [sa.null().label("note") if col.name == "note" else col for col in cols]
    read = (
        sa.select(*unnoted, *counted)
        .where(question, c.c.origin != "kb")
        .group_by(*(col for col in cols if col.name != "note"), own)
    )
    figures = store.query(sa.union_all(kb, read))
    if sum(int(f["n"]) for f in figures) <= above:
        return None
    mine = _as_entry(claim)
    v = Verdict(claim=_claim_json(claim), verdict="no_evidence")
    counts = {"supports": 0, "consistent": 0, "contradicts": 0}
    firsts: dict[str, list[tuple[str, tuple[Any, ...]]]] = {b: [] for b in counts}  # (first id, figure)
    skipped = 0
    for f in figures:
        row = {**dict.fromkeys(CLAIM_COLUMNS + _SOURCE_KEYS), **f}
        e = entry_from_row(
            {**row, "subject_id": claim.subject, "object_id": claim.object, "attribute": claim.attribute}
        )
        if e.norm_unit != mine.norm_unit or period_of(e.attribute, e.as_of) != period:
            continue
        bearing = compare(mine, e, tolerance)
        if bearing is None:
            skipped += int(f["n"])
        elif not f["own"]:
            counts[bearing] += int(f["n"])
            firsts[bearing].append((f["first"], tuple(f[k] for k in _FIGURE)))
    not_own = sa.or_(c.c.document_id.is_(None), c.c.document_id != document_id)
    for bearing, kind in _LISTS.items():
        # the first `keep` claims by id of a class are claims of its `keep` figures first reported (lowest
        # first id): any claim among them has a figure whose first claim comes no later
        figs = [k for _, k in sorted(firsts[bearing])[:keep]]
        if figs:  # looked up by figure (the ledger's index: origin, attribute, subject, object, unit, value)
            same = sa.or_(*(_same_figure(cols, k) for k in figs))
            obj = c.c.object_id.is_(None) if claim.object is None else c.c.object_id == claim.object
            about = sa.and_(confident(), c.c.subject_id == claim.subject, obj)  # the figure holds the period
            rows = claim_rows(store, None, claim.attribute, where=sa.and_(about, not_own, same), limit=keep)
            getattr(v, kind).extend(entry_from_row(r).__dict__ for r in rows)
    for bearing, record in indicator_evidence(store, claim, mine, tolerance):
        getattr(v, _LISTS[bearing]).append(record)
        counts[bearing] += 1
    for kind in _LISTS.values():
        setattr(v, kind, getattr(v, kind)[:keep])
    if skipped:
        v.note = (
            f"{skipped} figure{'s' if skipped > 1 else ''} for another year or part of it "
            "not compared: a different question"
        )
    return v, counts


def _same_figure(cols: list[sa.Column[Any]], key: tuple[Any, ...]) -> sa.ColumnElement[bool]:
    """Return the condition of the claims with a figure (values of `_FIGURE`): `=` on the columns that cannot
    be NULL (so that an index serves it), `IS NOT DISTINCT FROM` on the others; the note only for the knowledge
    base's figures (a read claim's figure is grouped without it)."""
    kb = dict(zip(_FIGURE, key, strict=True))["origin"] == "kb"
    return sa.and_(
        *(
            col == x if not col.nullable else col.is_not_distinct_from(x)
            for col, x in zip(cols, key, strict=True)
            if kb or col.name != "note"
        )
    )


def check_document(
    store: Store,
    document_id: str,
    tolerance: float = DEFAULT_TOLERANCE,
    *,
    count_in_sql_above: int = COUNT_IN_SQL_ABOVE,
) -> dict[str, Any]:
    """Return the standing of a stored document's claims and events in the rest of the store: for each claim
    (by claim id) its verdict, why, and the records that agree, agree loosely or disagree (the document's own
    claims left out; a claim whose subject the reader was unsure of is not checked, and says so); for each event
    (by event id) the knowledge-base events of the same day and parties.

    A claim whose question holds more than `count_in_sql_above` stored claims is judged from its distinct
    figures counted in SQL, and shows the first records by claim id."""
    c, e, p = t.claims, t.events, t.event_participants
    out: dict[str, Any] = {"claims": {}, "events": {}}
    verdicts: list[tuple[str, Verdict, dict[str, int]]] = []
    least = settings.get_float("claim_min_confidence") or 0.0
    for r in store.query(sa.select(c).where(c.c.document_id == document_id)):
        if r["confidence"] is not None and r["confidence"] < least:  # a guessed subject: nothing to check
            out["claims"][r["id"]] = {
                "verdict": "no_evidence",
                "word": VERDICT_WORDS["no_evidence"],
                "why": f"Not checked: the reader was not sure whom this figure is about (confidence "
                f"{r['confidence']:.2f}, below {least:.2f}), so the ledger leaves it out.",
                "agree": 0,
                "loosely": 0,
                "contradicting": [],
                "supporting": [],
            }
            continue
        claim = Claim(
            r["subject_id"],
            r["attribute"],
            float(r["value"]),
            r["unit"],
            r["object_id"],
            r["as_of"],
            r["qualifier"],
            Evidence(r["ev_start"] or 0, r["ev_end"] or 0, r["evidence"] or ""),
        )
        counted = _counted_check(store, claim, document_id, SHOWN, tolerance, count_in_sql_above)
        if counted is None:
            v = check_claim(store, claim, tolerance)
            for kind in ("supporting", "consistent", "contradicting"):
                setattr(v, kind, [x for x in getattr(v, kind) if x.get("document_id") != document_id])
            n = {"supports": len(v.supporting), "consistent": len(v.consistent)}
        else:
            v, n = counted
        verdicts.append((r["id"], settle(v), n))
    names = entity_names(
        store,
        {str(x.get("subject_id")) for _, v, _ in verdicts for x in v.supporting + v.contradicting} - {"None"},
    )
    for cid, v, n in verdicts:
        v.why = claim_why(v, names, n["supports"])
        out["claims"][cid] = {
            "verdict": v.verdict,
            "word": VERDICT_WORDS[v.verdict],
            "why": v.why,
            "agree": n["supports"],
            "loosely": n["consistent"],
            "contradicting": v.contradicting[:SHOWN],
            "supporting": v.supporting[:SHOWN],
        }
    rows = store.query(sa.select(e).where(e.c.document_id == document_id))
    who: dict[str, dict[str, list[str]]] = {}
    for r in store.query(sa.select(p).where(p.c.event_id.in_([r["id"] for r in rows]))):
        who.setdefault(r["event_id"], {"actor": [], "recipient": []}).setdefault(r["role"], []).append(
            r["entity_id"]
        )
    for r in rows:
        out["events"][r["id"]] = _reported(store, r, who.get(r["id"], {}))
    return out


def reported_event(store: Store, event_id: str) -> list[dict[str, Any]]:
    """Return the knowledge-base events that a document's event reports (same kind, day and parties)."""
    e, p = t.events, t.event_participants
    rows = store.query(sa.select(e).where(e.c.id == event_id, e.c.origin == "document"))
    if not rows:
        return []
    parts: dict[str, list[str]] = {}
    for r in store.query(sa.select(p).where(p.c.event_id == event_id)):
        parts.setdefault(r["role"], []).append(r["entity_id"])
    return _reported(store, rows[0], parts)


def _reported(store: Store, r: dict[str, Any], parts: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Return the knowledge-base events of the same day as a stored event row with participants `parts`."""
    ev = Event(
        r["type"],
        r["mode"],
        parts.get("actor", []),
        parts.get("recipient", []),
        r["place_id"],
        r["date"],
        Evidence(r["ev_start"] or 0, r["ev_end"] or 0, r["evidence"] or ""),
        r["status"],
    )
    return [m for m in event_matches(store, ev) if m["match"] == "day"]
