"""`check`: what the knowledge base, the ledger and the indicators say about each claim of an article.

For every claim the reader finds, the verdict is `supported` (some evidence agrees and none disagrees),
`contradicted` (evidence disagrees and none agrees), `disputed` (both) or `no_evidence`, with the records
behind it. Trade figures are also checked against the trade indicators, and rank claims ("X is Y's largest
trading partner") against the ranking of Y's partners in the indicators of that year, per statistics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from sphere import settings
from sphere.analysis.ledger import (
    DEFAULT_TOLERANCE,
    LedgerEntry,
    agree,
    claim_rows,
    entry_from_row,
    normalise_unit,
    period_of,
)
from sphere.read.types import Claim, Event, Reading
from sphere.store import schema as t
from sphere.store.store import Store

TRADE_INDICATOR = {"trade_value": "trade_total", "exports_value": "exports", "imports_value": "imports"}


@dataclass
class Verdict:
    """The evidence for and against one claim of an article."""

    claim: dict[str, Any]
    verdict: str  # supported | contradicted | disputed | no_evidence
    supporting: list[dict[str, Any]] = field(default_factory=list)
    contradicting: list[dict[str, Any]] = field(default_factory=list)
    note: str | None = None


def _as_entry(claim: Claim) -> LedgerEntry:
    nv, nu = normalise_unit(float(claim.value), claim.unit)
    return LedgerEntry(
        "article",
        claim.subject,
        claim.object,
        claim.attribute,
        float(claim.value),
        claim.unit,
        nv,
        nu,
        claim.as_of,
        claim.qualifier,
        "article",
        None,
        None,
        None,
        claim.evidence.text,
    )


def _indicator_rows(store: Store, claim: Claim) -> list[dict[str, Any]]:
    name = TRADE_INDICATOR.get(claim.attribute)
    year = (claim.as_of or "")[:4]
    if not name or not year.isdigit() or not claim.subject or not claim.object:
        return []
    i, s = t.indicators, t.sources
    pair = sa.or_(
        sa.and_(i.c.reporter_id == claim.subject, i.c.partner_id == claim.object),
        sa.and_(i.c.reporter_id == claim.object, i.c.partner_id == claim.subject),
    )
    return store.query(
        sa.select(i, s.c.url)
        .select_from(i.outerjoin(s, i.c.source_id == s.c.id))
        .where(i.c.indicator == name, i.c.year == int(year), i.c.unit == claim.unit, pair)
    )


def _rank_check(store: Store, claim: Claim) -> Verdict | None:
    """Rank the claim's subject among the object's trade partners in the indicators (per year)."""
    if not claim.subject or not claim.object:
        return None
    i, s = t.indicators, t.sources
    rows = store.query(
        sa.select(i, s.c.url)
        .select_from(i.outerjoin(s, i.c.source_id == s.c.id))
        .where(
            i.c.indicator == "trade_total", i.c.reporter_id == claim.object, i.c.partner_id != "world:total"
        )
    )
    year = (claim.as_of or "")[:4]
    by_year: dict[int, dict[str, dict[str, Any]]] = {}
    for r in sorted(
        rows, key=lambda r: (r["statistics_of"] != claim.object, r["statistics_of"] != r["partner_id"])
    ):
        by_year.setdefault(r["year"], {}).setdefault(
            r["partner_id"], r
        )  # one figure per partner, own stats first
    usable = sorted((y for y, p in by_year.items() if claim.subject in p and len(p) >= 2), reverse=True)
    years = [int(year)] if year.isdigit() else usable[:3]  # no year stated: the latest years with figures
    verdict = Verdict(claim=_claim_json(claim), verdict="no_evidence")
    for y in years:
        partners = by_year.get(y, {})
        if claim.subject not in partners or len(partners) < 2:
            continue
        ranked = sorted(partners.values(), key=lambda r: -r["value"])
        rank = 1 + [r["partner_id"] for r in ranked].index(claim.subject)
        stats = sorted({r["statistics"] or "?" for r in ranked})
        record = {
            "origin": "indicators",
            "statistics": stats[0] if len(stats) == 1 else "mixed: " + "; ".join(stats),
            "year": y,
            "rank": rank,
            "ranking": [(r["partner_id"], r["value"]) for r in ranked],
            "source": next((r["url"] for r in ranked if r["partner_id"] == claim.subject), None),
        }
        (verdict.supporting if rank == int(claim.value) else verdict.contradicting).append(record)
    if verdict.supporting or verdict.contradicting:
        verdict.note = "ranked among the partners that have figures for that year" + (
            "" if year.isdigit() else "; the claim names no year, so the latest years with figures were used"
        )
        return verdict
    return None


def _event_matches(store: Store, event: Event) -> list[dict[str, Any]]:
    """Return knowledge-base events of the same kind with at least two of the same participants."""
    who = set(event.actors) | set(event.recipients)
    if len(who) < 2:
        return []
    p, e, s = t.event_participants, t.events, t.sources
    related = {event.type} | ({"AGREE", "COOPERATE"} if event.type in ("AGREE", "COOPERATE") else set())
    rows = store.query(
        sa.select(e.c.id, e.c.type, e.c.date, e.c.title, e.c.quote, s.c.url, p.c.entity_id)
        .select_from(e.join(p, p.c.event_id == e.c.id).outerjoin(s, e.c.source_id == s.c.id))
        .where(e.c.origin == "kb", e.c.type.in_(related), p.c.entity_id.in_(sorted(who)))
    )
    said = _content_words(event.evidence.text)
    shared: dict[str, set[str]] = {}
    info: dict[str, dict[str, Any]] = {}
    for r in rows:
        shared.setdefault(r["id"], set()).add(r["entity_id"])
        info[r["id"]] = r
    sizes = {
        r["event_id"]: r["n"]
        for r in store.query(
            sa.select(p.c.event_id, sa.func.count().label("n"))
            .where(p.c.event_id.in_(sorted(shared)))
            .group_by(p.c.event_id)
        )
    }
    out = []
    for eid, ents in shared.items():
        r = info[eid]
        if len(ents) < 2 or (event.date and r["date"] and r["date"][:4] != event.date[:4]):
            continue
        parties = len(ents) / min(len(who), sizes.get(eid, len(ents)))  # how fully one side is in the other
        title = _content_words(r["title"] or "")
        words = len(title & said) / len(title) if title else 0.0  # "nuclear power plant" in both
        out.append(
            {
                "origin": "kb event",
                "id": eid,
                "type": r["type"],
                "date": r["date"],
                "title": r["title"],
                "shared": sorted(ents),
                "score": round(len(ents) * parties + 6 * words, 2),
                "source": r["url"],
                "quote": r["quote"],
            }
        )
    out.sort(key=lambda x: (-x["score"], -int(str(x["date"] or "0")[:4] or 0), str(x["id"])))
    return out[:3]


_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset(
    [
        "with",
        "from",
        "that",
        "this",
        "their",
        "they",
        "have",
        "been",
        "were",
        "will",
        "about",
        "into",
        "over",
        "under",
        "after",
        "before",
        "between",
        "signs",
        "sign",
        "signed",
        "holds",
        "held",
        "hold",
        "meeting",
        "summit",
        "first",
        "second",
        "third",
        "states",
        "state",
        "countries",
    ]
)


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _COMMON}


def check_events(store: Store, reading: Reading) -> list[Verdict]:
    """Return, for each event of a reading, the knowledge-base events that record the same kind of act."""
    out = []
    for ev in reading.events:
        v = Verdict(
            claim={
                "event": ev.type,
                "mode": ev.mode,
                "actors": ev.actors,
                "recipients": ev.recipients,
                "date": ev.date,
                "evidence": ev.evidence.text,
            },
            verdict="no_evidence",
        )
        v.supporting = _event_matches(store, ev)
        if v.supporting:
            v.note = "the knowledge base records acts of this kind between these parties"
        out.append(settle(v))
    return out


def _claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "subject": claim.subject,
        "attribute": claim.attribute,
        "value": claim.value,
        "unit": claim.unit,
        "object": claim.object,
        "as_of": claim.as_of,
        "qualifier": claim.qualifier,
        "evidence": claim.evidence.text,
    }


def check_claim(store: Store, claim: Claim, tolerance: float = DEFAULT_TOLERANCE) -> Verdict:
    """Return the verdict on one claim from the ledger (KB and stored claims) and the indicators."""
    verdict = Verdict(claim=_claim_json(claim), verdict="no_evidence")
    mine = _as_entry(claim)
    period = period_of(claim.attribute, claim.as_of)
    if claim.attribute == "trade_rank":
        ranked = _rank_check(store, claim)
        if ranked:
            verdict = ranked
        if claim.object:
            rows = claim_rows(store, None, "trade_rank", object_id=claim.object)
        else:
            rows = [r for r in claim_rows(store, None, "trade_rank") if r["object_id"] == claim.object]
        for e in (entry_from_row(r) for r in rows):
            if period_of(e.attribute, e.as_of) != period or e.qualifier == "target":
                continue
            same = e.norm_value == mine.norm_value
            if same and e.subject_id == claim.subject:
                verdict.supporting.append(e.__dict__)
            elif same:  # someone else holds that rank
                verdict.contradicting.append(e.__dict__)
    else:
        subject = t.claims.c.subject_id == claim.subject
        rows = claim_rows(store, None, claim.attribute, where=subject) if claim.subject else []
        for e in (entry_from_row(r) for r in rows):
            if (e.subject_id, e.object_id) != (claim.subject, claim.object) or e.norm_unit != mine.norm_unit:
                continue
            if period_of(e.attribute, e.as_of) != period:
                continue
            (verdict.supporting if agree(mine, e, tolerance) else verdict.contradicting).append(e.__dict__)
        for r in _indicator_rows(store, claim):
            other = LedgerEntry(
                "indicator",
                None,
                None,
                claim.attribute,
                r["value"],
                r["unit"],
                r["value"],
                r["unit"],
                str(r["year"]),
                None,
                "indicator",
                r["url"],
                r["statistics"],
                None,
                r["quote"],
            )
            record = {
                **other.__dict__,
                "statistics": r["statistics"],
                "reporter": r["reporter_id"],
                "partner": r["partner_id"],
            }
            (verdict.supporting if agree(mine, other, tolerance) else verdict.contradicting).append(record)
    return settle(verdict)


def settle(verdict: Verdict) -> Verdict:
    """Set the verdict word from the evidence found for and against."""
    if verdict.supporting and verdict.contradicting:
        verdict.verdict = "disputed"
    elif verdict.supporting:
        verdict.verdict = "supported"
    elif verdict.contradicting:
        verdict.verdict = "contradicted"
    else:
        verdict.verdict = "no_evidence"
    return verdict


def check(store: Store, reading: Reading, tolerance: float = DEFAULT_TOLERANCE) -> list[Verdict]:
    """Return a verdict for every claim of a reading whose subject the reader is sure of (confidence at least
    the `claim_min_confidence` setting): the library side of `sphere check`."""
    stored_doc = reading.document.id
    least = settings.get_float("claim_min_confidence") or 0.0
    verdicts = []
    for claim in (c for c in reading.claims if c.confidence >= least):  # unsure subjects are not checked
        v = check_claim(store, claim, tolerance)
        # the article's own stored claims are not evidence for themselves
        v.supporting = [e for e in v.supporting if e.get("document_id") != stored_doc]
        v.contradicting = [e for e in v.contradicting if e.get("document_id") != stored_doc]
        verdicts.append(settle(v))
    return verdicts
