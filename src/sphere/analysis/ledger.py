"""The claims ledger: every stored claim about the same thing side by side, with conflicts flagged.

Claims come from the knowledge base (curated figures with their sources) and from ingested documents
(evidence spans). A *group* is one question — the same subject, attribute, object and, for figures that
change over time, the same year. Values are compared after exact unit conversions (miles to km, MW to GW,
…); currencies are never mixed without a dated rate. Rank claims are grouped by what is ranked (the object,
attribute and year), so "China is Kazakhstan's largest partner" and "the EU is Kazakhstan's largest
partner" meet in one group and conflict.

A group is judged from its distinct figures (value and qualifier, with up to two sources each), not from
every pair of claims, so a figure repeated by a thousand documents costs no more than one; the reason names
the lowest figure that disagrees with another and the highest one it disagrees with. `ledger_summary`
counts those figures in SQL for whole-store views.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

import sqlalchemy as sa

from sphere import settings
from sphere.analysis.format import figure
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
GroupKey = tuple[str | None, str, str | None, str | None, str]  # subject, attribute, object, period, unit
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
class Figure:
    """One distinct figure of a group (subject, value, unit, qualifier, date, origin) and who reports it.

    `sources` keeps at most two distinct source keys (a document id, else a URL or dataset): two are enough
    to tell whether a disagreement comes from different sources. `entries` holds the reports that were read
    one by one; figures counted in SQL keep only one `document_id` that reports them.
    """

    subject_id: str | None
    value: float
    unit: str
    norm_value: float
    qualifier: str | None
    as_of: str | None
    origin: str
    count: int = 0
    sources: list[str | None] = field(default_factory=list)
    document_id: str | None = None
    entries: list[LedgerEntry] = field(default_factory=list)

    def add_sources(self, keys: list[str | None]) -> None:
        """Remember up to two distinct source keys."""
        for key in keys:
            if len(self.sources) < 2 and key not in self.sources:
                self.sources.append(key)


@dataclass
class LedgerGroup:
    """All figures reported for one question, and whether they conflict.

    `figures` are the distinct figures with their counts; `entries` the reports themselves (all of them from
    `claims()`, a sample from `sample_entries()` for groups built by `summary()`)."""

    key: GroupKey
    subject_id: str | None
    attribute: str
    object_id: str | None
    period: str | None
    unit: str
    entries: list[LedgerEntry] = field(default_factory=list)
    conflict: bool = False
    reason: str | None = None
    figures: list[Figure] = field(default_factory=list)
    _by_figure: dict[tuple[Any, ...], Figure] = field(default_factory=dict, repr=False, compare=False)

    def figure(self, key: tuple[Any, ...], make: Callable[[], Figure]) -> Figure:
        """Return the group's figure with `key` (see `figure_key`), adding `make()` when it is new."""
        fig = self._by_figure.get(key)
        if fig is None:
            fig = self._by_figure[key] = make()
            self.figures.append(fig)
        return fig

    @property
    def n_entries(self) -> int:
        """Return how many claims the group holds."""
        return sum(f.count for f in self.figures)

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
    conv = _conversion(unit)
    if conv is None:
        return value, unit
    return value * conv[1], conv[0]


@functools.lru_cache(maxsize=4096)
def _conversion(unit: str) -> tuple[str, float] | None:
    return CONVERSIONS.get(unit.strip().lower())


class Valued(Protocol):
    """A figure that can be compared: its value in the canonical unit and its qualifier."""

    @property
    def norm_value(self) -> float: ...

    @property
    def qualifier(self) -> str | None: ...


class _Point(NamedTuple):
    norm_value: float
    qualifier: str | None


def agree(a: Valued, b: Valued, tolerance: float) -> bool:
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


def group_key(
    subject_id: str | None,
    attribute: str,
    object_id: str | None,
    as_of: str | None,
    norm_unit: str,
    scope: str | None,
) -> GroupKey:
    """Return the question a figure answers: subject (none for ranks), attribute, object, period and unit."""
    subject = None if attribute in RANKS else subject_id
    unit = norm_unit + (f" ({scope})" if scope else "")
    return (subject, attribute, object_id, period_of(attribute, as_of), unit)


CLAIM_COLUMNS = (
    "id",
    "subject_id",
    "object_id",
    "attribute",
    "value",
    "unit",
    "as_of",
    "qualifier",
    "origin",
    "note",
    "quote",
    "evidence",
    "document_id",
    "ev_start",
)


def confident() -> sa.ColumnElement[bool]:
    """Return the condition of the claims the ledger uses: curated (no confidence) or read with a confidence in
    their subject of at least the `claim_min_confidence` setting."""
    least = settings.get_float("claim_min_confidence") or 0.0
    c = t.claims.c
    return sa.or_(c.confidence.is_(None), c.confidence >= least)


def claim_rows(
    store: Store,
    subject: str | None,
    attribute: str | None,
    *,
    object_id: str | None = None,
    where: sa.ColumnElement[bool] | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Return stored claims (about `subject`, of `attribute`, about `object_id`) with their source's names
    (with `limit`: the first `limit` by id).

    Read claims whose subject the reader was unsure of (`confident()`) are left out."""
    c, s, d = t.claims, t.sources, t.documents
    stmt = sa.select(
        *(c.c[name] for name in CLAIM_COLUMNS),
        s.c.url.label("source_url"),
        s.c.dataset.label("source_dataset"),
        s.c.title.label("source_title"),
        d.c.source.label("doc_source"),
        d.c.published.label("doc_published"),
        d.c.title.label("doc_title"),
    ).select_from(c.outerjoin(s, c.c.source_id == s.c.id).outerjoin(d, c.c.document_id == d.c.id))
    conds = [confident()]
    if subject:
        conds.append(sa.or_(c.c.subject_id == subject, c.c.object_id == subject))
    if attribute:
        conds.append(c.c.attribute == attribute)
    if object_id:
        conds.append(c.c.object_id == object_id)
    if where is not None:
        conds.append(where)
    if limit is None:
        return store.query(stmt.where(*conds))
    # the first claims by id, then their sources: not every match joined to its source before the cut
    first = sa.select(c.c.id).where(*conds).order_by(c.c.id).limit(limit).correlate(None)
    return store.query(stmt.where(c.c.id.in_(first)).order_by(c.c.id))


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


def entry_key(e: LedgerEntry) -> GroupKey:
    """Return the group an entry belongs to."""
    return group_key(e.subject_id, e.attribute, e.object_id, e.as_of, e.norm_unit, e.scope)


def figure_key(e: LedgerEntry | Figure) -> tuple[Any, ...]:
    """Return what makes a figure distinct within its group: subject, value, unit, qualifier, date, origin."""
    return (e.subject_id, e.value, e.unit, e.qualifier, e.as_of, e.origin)


def add_entry(groups: dict[GroupKey, LedgerGroup], e: LedgerEntry, *, keep: bool = True) -> None:
    """Count an entry in its group and figure (and keep it in the group's entries when `keep`)."""
    key = entry_key(e)
    g = groups.get(key)
    if g is None:
        g = groups[key] = LedgerGroup(key, key[0], e.attribute, e.object_id, key[3], e.norm_unit)
    if keep:
        g.entries.append(e)
    fig = g.figure(
        figure_key(e),
        lambda: Figure(e.subject_id, e.value, e.unit, e.norm_value, e.qualifier, e.as_of, e.origin),
    )
    fig.count += 1
    fig.add_sources([e.document_id or e.source])
    fig.entries.append(e)


def group_entries(entries: list[LedgerEntry], tolerance: float = DEFAULT_TOLERANCE) -> list[LedgerGroup]:
    """Group figures by question and flag the groups whose figures cannot all be right."""
    groups: dict[GroupKey, LedgerGroup] = {}
    for e in entries:
        add_entry(groups, e)
    return judge_groups(groups.values(), tolerance)


def judge_groups(groups: Iterable[LedgerGroup], tolerance: float) -> list[LedgerGroup]:
    """Judge each group and return them conflicts first, then by subject, attribute, period, object, unit."""
    out = list(groups)
    for g in out:
        _judge(g, tolerance)
    return sorted(
        out,
        key=lambda g: (
            not g.conflict,
            str(g.subject_id),
            g.attribute,
            str(g.period),
            str(g.object_id),
            g.key[4],
        ),
    )


def _judge(g: LedgerGroup, tolerance: float) -> None:
    """Flag the group when its figures cannot all be right; compares distinct figures, not every pair."""
    g.conflict, g.reason = False, None
    if g.attribute in RANKS:
        by_rank: dict[float, set[str]] = defaultdict(set)
        for f in g.figures:
            if f.qualifier != "target" and f.subject_id:
                by_rank[f.norm_value].add(f.subject_id)
        clashes = {rank: subs for rank, subs in by_rank.items() if len(subs) > 1}
        if clashes:
            rank, subs = min(clashes.items())
            g.conflict = True
            g.reason = (
                f"{len(subs)} different subjects are each called rank {rank:g}: {', '.join(sorted(subs))}"
            )
        return
    # one figure per value and qualifier, with up to two of its sources: a pair of figures disagrees when
    # their values cannot both be right and some source of one is not a source of the other (one source
    # giving two figures states two things, not a disagreement). The reason names the lowest figure that
    # disagrees with another and the highest figure it disagrees with, whatever order the claims were read in.
    merged: dict[_Point, Figure] = {}
    for f in g.figures:
        if f.qualifier != "target":
            point = _Point(f.norm_value, f.qualifier)
            if point not in merged:
                merged[point] = Figure(None, 0.0, "", f.norm_value, f.qualifier, None, "")
            merged[point].add_sources(f.sources)
    ordered = sorted(merged.items(), key=lambda kv: (kv[0].norm_value, kv[0].qualifier or ""))
    for i, (a, fa) in enumerate(ordered):
        for b, fb in reversed(ordered[i + 1 :]):
            if len(fa.sources) == 1 and fa.sources == fb.sources:
                continue
            if not agree(a, b, tolerance):
                lo, hi = a.norm_value, b.norm_value
                g.conflict = True
                g.reason = (
                    f"values differ by {(hi - lo) / abs(hi):.0%} (more than {tolerance:.0%}): "
                    f"{figure(lo, g.unit)} vs {figure(hi, g.unit)}"
                )
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
    if conflicts and not subject:  # judge every group from its distinct figures, then read the conflicts
        from sphere.analysis.ledger_summary import conflicting

        return conflicting(store, attribute=attribute, tolerance=tolerance)
    entries = [entry_from_row(r) for r in claim_rows(store, subject, attribute)]
    groups = group_entries(entries, tolerance)
    if attribute in (None, "trade_rank") and subject:
        # a subject's rank claims meet the other subjects' claims about the same object
        objects = {e.object_id for g in groups if g.attribute in RANKS for e in g.entries}
        if objects:
            about = None if None in objects else t.claims.c.object_id.in_(sorted(o for o in objects if o))
            extra = [
                entry_from_row(r)
                for r in claim_rows(store, None, "trade_rank", where=about)
                if r["object_id"] in objects
            ]
            groups = [g for g in groups if g.attribute not in RANKS] + group_entries(extra, tolerance)
    return [g for g in groups if g.conflict] if conflicts else groups
