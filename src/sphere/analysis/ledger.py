"""The claims ledger: every stored claim about the same thing side by side, with conflicts flagged.

Claims come from the knowledge base (curated figures with their sources) and from ingested documents
(evidence spans). A *group* is one question — the same subject, attribute, object and, for figures that
change over time, the same year. Values are compared after exact unit conversions (miles to km, MW to GW,
…); currencies are never mixed without a dated rate. Rank claims are grouped by what is ranked (the object,
attribute and year), so "China is Kazakhstan's largest partner" and "the EU is Kazakhstan's largest
partner" meet in one group and conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from sphere.store import schema as t
from sphere.store.store import Row, Store

# attributes whose value belongs to a period: claims of different years are different questions
TIME_BOUND = {
    "trade_value",
    "exports_value",
    "imports_value",
    "trade_share",
    "trade_rank",
    "growth_rate",
    "production",
    "volume",
    "throughput",
    "population",
    "investment",
    "count",
    "other",
}
RANKS = {"trade_rank"}
# exact conversions to one unit per dimension: unit -> (canonical unit, factor)
CONVERSIONS: dict[str, tuple[str, float]] = {
    "km": ("km", 1.0),
    "mi": ("km", 1.609344),
    "m": ("km", 0.001),
    "w": ("GW", 1e-9),
    "gw": ("GW", 1.0),
    "mw": ("GW", 0.001),
    "kw": ("GW", 1e-6),
    "bcm/yr": ("bcm/yr", 1.0),
    "m3/yr": ("bcm/yr", 1e-9),
    "mcm/yr": ("bcm/yr", 0.001),
    "t": ("t", 1.0),
    "kt": ("t", 1e3),
    "mt": ("t", 1e6),
    "t/yr": ("t/yr", 1.0),
    "mt/yr": ("t/yr", 1e6),
    "%": ("%", 1.0),
    "ha": ("ha", 1.0),
    "km2": ("ha", 100.0),
    "teu": ("TEU", 1.0),
    "teu/yr": ("TEU/yr", 1.0),
}
# a knowledge-base note naming a part ("Kyrgyz section", "Phase 2") makes the figure a different question
SCOPE_WORDS = re.compile(
    r"\b(?:sections?|segments?|parts?|portions?|phases?|stages?|tunnels?|branch|legs?|lots?|only|участ\w*)\b",
    re.I,
)
DEFAULT_TOLERANCE = 0.05  # relative difference within which two figures agree
QUALIFIER_SLACK = {"about": 0.10, "nearly": 0.10, "over": 0.0, "up to": 0.0, "target": 0.0}


@dataclass
class LedgerEntry:
    """One reported figure with where it comes from."""

    claim_id: str
    subject_id: str | None
    object_id: str | None
    attribute: str
    value: float
    unit: str
    norm_value: float
    norm_unit: str
    as_of: str | None
    qualifier: str | None
    origin: str  # kb | document | indicator
    source: str | None  # URL, dataset or document source
    source_title: str | None
    published: str | None
    quote: str | None
    document_id: str | None = None
    scope: str | None = None  # what part the figure covers ("Kyrgyz section"), from the knowledge base's note


@dataclass
class LedgerGroup:
    """All figures reported for one question, and whether they conflict."""

    key: tuple[str | None, str, str | None, str | None, str]
    subject_id: str | None
    attribute: str
    object_id: str | None
    period: str | None
    unit: str
    entries: list[LedgerEntry] = field(default_factory=list)
    conflict: bool = False
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the group as plain data."""
        return {
            "subject": self.subject_id,
            "attribute": self.attribute,
            "object": self.object_id,
            "period": self.period,
            "unit": self.unit,
            "conflict": self.conflict,
            "reason": self.reason,
            "entries": [e.__dict__ for e in self.entries],
        }


def normalise_unit(value: float, unit: str) -> tuple[float, str]:
    """Convert a value to its dimension's canonical unit when the conversion is exact; else keep it."""
    conv = CONVERSIONS.get(unit.strip().lower())
    if conv is None:
        return value, unit
    return value * conv[1], conv[0]


def agree(a: LedgerEntry, b: LedgerEntry, tolerance: float) -> bool:
    """Return True when two figures can both be right, given their qualifiers."""
    lo, hi = sorted((a, b), key=lambda e: e.norm_value)
    if hi.norm_value == lo.norm_value:
        return True
    if lo.qualifier == "over" and hi.qualifier != "up to":  # "over X" is compatible with anything above X
        return True
    if hi.qualifier == "up to" and lo.qualifier != "over":
        return True
    slack = tolerance + max(
        QUALIFIER_SLACK.get(a.qualifier or "", 0.0), QUALIFIER_SLACK.get(b.qualifier or "", 0.0)
    )
    return (hi.norm_value - lo.norm_value) / abs(hi.norm_value) <= slack


def period_of(attribute: str, as_of: str | None) -> str | None:
    return (as_of or "")[:4] or None if attribute in TIME_BOUND else None


def claim_rows(store: Store, subject: str | None, attribute: str | None) -> list[Row]:
    c, s, d = t.claims, t.sources, t.documents
    stmt = sa.select(
        c,
        s.c.url.label("source_url"),
        s.c.dataset.label("source_dataset"),
        s.c.title.label("source_title"),
        d.c.source.label("doc_source"),
        d.c.published.label("doc_published"),
        d.c.title.label("doc_title"),
    ).select_from(c.outerjoin(s, c.c.source_id == s.c.id).outerjoin(d, c.c.document_id == d.c.id))
    if subject:
        stmt = stmt.where(sa.or_(c.c.subject_id == subject, c.c.object_id == subject))
    if attribute:
        stmt = stmt.where(c.c.attribute == attribute)
    return store.query(stmt)


def entry_from_row(row: Row) -> LedgerEntry:
    norm_value, norm_unit = normalise_unit(float(row["value"]), row["unit"])
    return LedgerEntry(
        claim_id=row["id"],
        subject_id=row["subject_id"],
        object_id=row["object_id"],
        attribute=row["attribute"],
        value=float(row["value"]),
        unit=row["unit"],
        norm_value=norm_value,
        norm_unit=norm_unit,
        as_of=row["as_of"],
        qualifier=row["qualifier"],
        origin=row["origin"],
        source=row["source_url"] or row["source_dataset"] or row["doc_source"],
        source_title=row["doc_title"] or row["source_title"],
        published=row["doc_published"],
        quote=row["quote"] or row["evidence"],
        document_id=row["document_id"],
        scope=row["note"] if row["origin"] == "kb" and SCOPE_WORDS.search(row["note"] or "") else None,
    )


def group_entries(entries: list[LedgerEntry], tolerance: float = DEFAULT_TOLERANCE) -> list[LedgerGroup]:
    """Group figures by question and flag the groups whose figures cannot all be right."""
    groups: dict[tuple[str | None, str, str | None, str | None, str], LedgerGroup] = {}
    for e in entries:
        period = period_of(e.attribute, e.as_of)
        subject = None if e.attribute in RANKS else e.subject_id
        key = (subject, e.attribute, e.object_id, period, e.norm_unit + (f" ({e.scope})" if e.scope else ""))
        if key not in groups:
            groups[key] = LedgerGroup(key, subject, e.attribute, e.object_id, period, e.norm_unit)
        groups[key].entries.append(e)
    for g in groups.values():
        _judge(g, tolerance)
    return sorted(
        groups.values(), key=lambda g: (not g.conflict, str(g.subject_id), g.attribute, str(g.period))
    )


def _judge(g: LedgerGroup, tolerance: float) -> None:
    if g.attribute in RANKS:
        by_rank: dict[float, set[str]] = defaultdict(set)
        for e in g.entries:
            if e.qualifier != "target" and e.subject_id:
                by_rank[e.norm_value].add(e.subject_id)
        clashes = {rank: subs for rank, subs in by_rank.items() if len(subs) > 1}
        if clashes:
            rank, subs = min(clashes.items())
            g.conflict = True
            g.reason = (
                f"{len(subs)} different subjects are each called rank {rank:g}: {', '.join(sorted(subs))}"
            )
        return
    actual = [e for e in g.entries if e.qualifier != "target"]
    for i, a in enumerate(actual):
        for b in actual[i + 1 :]:
            if (a.document_id or a.source) == (b.document_id or b.source):
                continue  # one source giving two figures states two things, not a disagreement
            if not agree(a, b, tolerance):
                lo, hi = sorted((a.norm_value, b.norm_value))
                g.conflict = True
                g.reason = f"values differ by {(hi - lo) / abs(hi):.0%} (more than {tolerance:.0%}): {lo:,.6g} vs {hi:,.6g} {g.unit}"
                return


def claims(
    store: Store,
    *,
    subject: str | None = None,
    attribute: str | None = None,
    conflicts: bool = False,
    tolerance: float = DEFAULT_TOLERANCE,
) -> list[LedgerGroup]:
    """Return the ledger: stored claims grouped by question, optionally only the conflicting groups."""
    entries = [entry_from_row(r) for r in claim_rows(store, subject, attribute)]
    groups = group_entries(entries, tolerance)
    if attribute in (None, "trade_rank") and subject:
        # a subject's rank claims meet the other subjects' claims about the same object
        objects = {e.object_id for g in groups if g.attribute in RANKS for e in g.entries}
        if objects:
            extra = [
                entry_from_row(r) for r in claim_rows(store, None, "trade_rank") if r["object_id"] in objects
            ]
            groups = [g for g in groups if g.attribute not in RANKS] + group_entries(extra, tolerance)
    return [g for g in groups if g.conflict] if conflicts else groups
