"""The claims ledger judged from distinct figures counted in SQL, for stores with many documents.

`summary()` returns the same groups, conflicts and reasons as `ledger.claims()`, but reads each distinct
figure of the documents' claims once (a GROUP BY over the `ix_claims_ledger` covering index) instead of
every claim: a group knows its figures, how many claims report each and up to two of their sources, which
is all that judging a group needs. Claims from the knowledge base (whose notes may scope a figure) and claims
without a document are read one by one, as `claims()` reads them. `sample_entries()` then reads a few
reports of each figure for the groups a page shows, and `conflicting()` reads every claim of the
conflicting groups only (`sphere claims --conflicts`).
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa

from sphere.analysis.ledger import (
    DEFAULT_TOLERANCE,
    RANKS,
    Figure,
    GroupKey,
    LedgerEntry,
    LedgerGroup,
    add_entry,
    claim_rows,
    confident,
    entry_from_row,
    entry_key,
    figure_key,
    group_entries,
    group_key,
    judge_groups,
    normalise_unit,
)
from sphere.store import schema as t
from sphere.store.store import Store

_FIGURE_COLUMNS = ("origin", "attribute", "subject_id", "object_id", "unit", "value", "qualifier", "as_of")


def counted_in_sql() -> sa.ColumnElement[bool]:
    """Return the condition of the claims that `summary()` counts in SQL: read from a document, not the KB,
    with a confident subject."""
    c = t.claims.c
    return sa.and_(c.document_id.is_not(None), c.document_id != "", c.origin != "kb", confident())


def summary(
    store: Store, *, attribute: str | None = None, tolerance: float = DEFAULT_TOLERANCE
) -> list[LedgerGroup]:
    """Return every group of the ledger (conflicts first) with its figures and counts, without its entries.

    Groups and their judgement are those of `ledger.claims(store, attribute=attribute)`."""
    c = t.claims
    cols = [c.c[name] for name in _FIGURE_COLUMNS]
    stmt = (
        sa.select(
            *cols,
            sa.func.count().label("n"),
            sa.func.min(c.c.document_id).label("first_doc"),
            sa.func.max(c.c.document_id).label("last_doc"),
        )
        .where(counted_in_sql())
        .group_by(*cols)
    )
    if attribute:
        stmt = stmt.where(c.c.attribute == attribute)
    groups: dict[GroupKey, LedgerGroup] = {}
    # a million documents give about a million distinct figures: rows are read as tuples from the cursor and
    # a new figure is made at once with its count and sources (the same as `Figure.add_sources` would keep)
    with store.engine.connect() as conn:
        for origin, attr, subject_id, object_id, unit, raw, qualifier, as_of, n, first, last in conn.execute(
            stmt
        ):
            value = float(raw)
            norm_value, norm_unit = normalise_unit(value, unit)
            key = group_key(subject_id, attr, object_id, as_of, norm_unit, None)
            g = groups.get(key)
            if g is None:
                g = groups[key] = LedgerGroup(key, key[0], attr, object_id, key[3], norm_unit)
            fkey = (subject_id, value, unit, qualifier, as_of, origin)  # figure_key
            fig = g._by_figure.get(fkey)
            if fig is None:
                sources: list[str | None] = [first] if first == last else [first, last]
                fig = Figure(
                    subject_id, value, unit, norm_value, qualifier, as_of, origin, int(n), sources, first
                )
                g._by_figure[fkey] = fig
                g.figures.append(fig)
            else:
                fig.count += int(n)
                fig.add_sources([first, last])
                fig.document_id = fig.document_id or first
    for row in claim_rows(store, None, attribute, where=sa.not_(counted_in_sql())):
        add_entry(groups, entry_from_row(row), keep=False)
    return judge_groups(groups.values(), tolerance)


def sample_entries(
    store: Store, groups: list[LedgerGroup], per_group: int = 12
) -> dict[GroupKey, list[tuple[LedgerEntry, int]]]:
    """Return for each group up to `per_group` reports, one per distinct figure first (knowledge base first,
    then the figures most reported), each with how many claims report its figure."""
    picked: dict[GroupKey, list[Figure]] = {}
    wanted: dict[str, set[str]] = defaultdict(set)  # document -> attributes to read from it
    for g in groups:
        figs = sorted(g.figures, key=lambda f: (f.origin != "kb", -f.count, f.norm_value, f.unit))
        picked[g.key] = figs[:per_group]
        for f in picked[g.key]:
            if not f.entries and f.document_id:
                wanted[f.document_id].add(g.attribute)
    read: dict[tuple[str | None, tuple[object, ...]], LedgerEntry] = {}
    docs = sorted(wanted)
    c = t.claims
    for i in range(0, len(docs), 500):
        chunk = docs[i : i + 500]
        attrs = sorted({a for d in chunk for a in wanted[d]})
        rows = claim_rows(
            store, None, None, where=sa.and_(c.c.document_id.in_(chunk), c.c.attribute.in_(attrs))
        )
        for row in sorted(rows, key=lambda r: (r["ev_start"] or 0, r["id"])):
            e = entry_from_row(row)
            read.setdefault((e.document_id, (e.attribute, e.object_id, *figure_key(e))), e)
    out: dict[GroupKey, list[tuple[LedgerEntry, int]]] = {}
    for g in groups:
        first: list[tuple[LedgerEntry, int]] = []
        more: list[tuple[LedgerEntry, int]] = []
        for f in picked[g.key]:
            if f.entries:
                first.append((f.entries[0], f.count))
                more.extend((e, f.count) for e in f.entries[1:])
            else:
                hit = read.get((f.document_id, (g.attribute, g.object_id, *figure_key(f))))
                if hit is not None:
                    first.append((hit, f.count))
        out[g.key] = (first + more)[:per_group]
    return out


def conflicting(
    store: Store, *, attribute: str | None = None, tolerance: float = DEFAULT_TOLERANCE
) -> list[LedgerGroup]:
    """Return the conflicting groups with all their entries (as `claims(conflicts=True)`), reading only the
    claims of those groups unless they hold most claims."""
    everything = summary(store, attribute=attribute, tolerance=tolerance)
    wanted = [g for g in everything if g.conflict]
    if not wanted:
        return []
    keys = {g.key for g in wanted}
    c = t.claims
    cond: sa.ColumnElement[bool] | None = c.c.attribute.in_(sorted({g.attribute for g in wanted}))
    subjects = {g.subject_id for g in wanted if g.attribute not in RANKS}
    if sum(g.n_entries for g in wanted) * 4 > sum(g.n_entries for g in everything):
        cond = None  # most of the claims: one pass over all of them is faster than looking them up
    elif None not in subjects and len(subjects) <= 500:
        named = c.c.subject_id.in_(sorted(s or "" for s in subjects))
        cond = sa.and_(
            c.c.attribute.in_(sorted({g.attribute for g in wanted})),
            sa.or_(c.c.attribute.in_(sorted(RANKS)), named),
        )
    entries = [
        e for e in map(entry_from_row, claim_rows(store, None, attribute, where=cond)) if entry_key(e) in keys
    ]
    return [g for g in group_entries(entries, tolerance) if g.conflict]
