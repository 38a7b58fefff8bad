"""`check`: what the knowledge base, the ledger and the indicators say about each claim of an article.

For every claim the reader finds, the verdict is `supported` (some evidence agrees and none disagrees),
`contradicted` (evidence disagrees and none agrees), `disputed` (both) or `no_evidence`, with the records
behind it. Trade figures are also checked against the trade indicators, and rank claims ("X is Y's largest
trading partner") against the ranking of Y's partners in the indicators of that year, per statistics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from sphere.analysis.ledger import (
    DEFAULT_TOLERANCE,
    LedgerEntry,
    agree,
    claim_rows,
    entry_from_row,
    normalise_unit,
    period_of,
)
from sphere.read.types import Claim, Reading
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
    year = (claim.as_of or "")[:4]
    if not claim.subject or not claim.object or not year.isdigit():
        return None
    i, s = t.indicators, t.sources
    rows = store.query(
        sa.select(i, s.c.url)
        .select_from(i.outerjoin(s, i.c.source_id == s.c.id))
        .where(
            i.c.indicator == "trade_total",
            i.c.reporter_id == claim.object,
            i.c.year == int(year),
            i.c.partner_id != "world:total",
        )
    )
    by_stats: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_stats.setdefault(r["statistics"] or "?", []).append(r)
    verdict = Verdict(claim=_claim_json(claim), verdict="no_evidence")
    for stats, rs in by_stats.items():
        if not any(r["partner_id"] == claim.subject for r in rs) or len(rs) < 2:
            continue
        ranked = sorted(rs, key=lambda r: -r["value"])
        rank = 1 + [r["partner_id"] for r in ranked].index(claim.subject)
        record = {
            "origin": "indicators",
            "statistics": stats,
            "year": int(year),
            "rank": rank,
            "ranking": [(r["partner_id"], r["value"]) for r in ranked],
            "source": ranked[0]["url"],
        }
        (verdict.supporting if rank == int(claim.value) else verdict.contradicting).append(record)
    if verdict.supporting or verdict.contradicting:
        verdict.note = "ranked among the partners that have figures for that year"
        return verdict
    return None


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
        rows = claim_rows(store, claim.subject, claim.attribute) if claim.subject else []
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
    """Return a verdict for every claim of a reading (the library side of `sphere check`)."""
    stored_doc = reading.document.id
    verdicts = []
    for claim in reading.claims:
        v = check_claim(store, claim, tolerance)
        # the article's own stored claims are not evidence for themselves
        v.supporting = [e for e in v.supporting if e.get("document_id") != stored_doc]
        v.contradicting = [e for e in v.contradicting if e.get("document_id") != stored_doc]
        verdicts.append(settle(v))
    return verdicts
