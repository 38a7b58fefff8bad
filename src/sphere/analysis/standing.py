"""The standing of a stored document in the rest of the store: what the ledger says about each of its claims
(agrees with N sources, contradicted by …) and which knowledge-base event each of its events reports."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from sphere import settings
from sphere.analysis.check import check_claim, event_matches, settle
from sphere.analysis.format import entity_names
from sphere.analysis.ledger import DEFAULT_TOLERANCE
from sphere.analysis.verdict import VERDICT_WORDS, Verdict, claim_why
from sphere.read.types import Claim, Event, Evidence
from sphere.store import schema as t
from sphere.store.store import Store


def check_document(store: Store, document_id: str, tolerance: float = DEFAULT_TOLERANCE) -> dict[str, Any]:
    """Return the standing of a stored document's claims and events in the rest of the store: for each claim
    (by claim id) its verdict, why, and the records that agree, agree loosely or disagree (the document's own
    claims left out; a claim whose subject the reader was unsure of is not checked, and says so); for each event
    (by event id) the knowledge-base events of the same day and parties."""
    c, e, p = t.claims, t.events, t.event_participants
    out: dict[str, Any] = {"claims": {}, "events": {}}
    verdicts: list[tuple[str, Verdict]] = []
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
        v = check_claim(store, claim, tolerance)
        for kind in ("supporting", "consistent", "contradicting"):
            setattr(v, kind, [x for x in getattr(v, kind) if x.get("document_id") != document_id])
        verdicts.append((r["id"], settle(v)))
    names = entity_names(
        store,
        {str(x.get("subject_id")) for _, v in verdicts for x in v.supporting + v.contradicting} - {"None"},
    )
    for cid, v in verdicts:
        v.why = claim_why(v, names)
        out["claims"][cid] = {
            "verdict": v.verdict,
            "word": VERDICT_WORDS[v.verdict],
            "why": v.why,
            "agree": len(v.supporting),
            "loosely": len(v.consistent),
            "contradicting": v.contradicting[:5],
            "supporting": v.supporting[:5],
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
