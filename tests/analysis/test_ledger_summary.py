"""The ledger judged from distinct figures (SQL counts) says exactly what the ledger of every claim says."""

from __future__ import annotations

import random

import pytest

from sphere.analysis.ledger import (
    DEFAULT_TOLERANCE,
    RANKS,
    LedgerEntry,
    LedgerGroup,
    agree,
    claims,
    entry_key,
    figure_key,
    group_entries,
    normalise_unit,
)
from sphere.analysis.ledger_summary import sample_entries, summary
from sphere.store import Store
from sphere.store import schema as t

VALUES = {
    "length": ([100.0, 104.0, 160.9344, 120.0, 300.0], ["km", "mi"]),
    "cost": ([8e9, 8.2e9, 1e10, 5e10], ["USD", "CNY"]),
    "trade_value": ([1e9, 1.02e9, 2e9], ["USD"]),
    "trade_rank": ([1.0, 2.0], ["rank"]),
}


def _claim(rng: random.Random, i: int, n_docs: int) -> dict[str, object]:
    attribute = rng.choice(sorted(VALUES))
    values, units = VALUES[attribute]
    kb = rng.random() < 0.15
    loose = not kb and rng.random() < 0.05  # read claims without a document: judged by their source
    return {
        "id": f"claim-{i}",
        "subject_id": rng.choice(["project:a", "project:b", "country:CHN", "org:eu", None]),
        "attribute": attribute,
        "value": rng.choice(values),
        "unit": rng.choice(units),
        "object_id": rng.choice([None, "country:KAZ"]),
        "as_of": rng.choice([None, "2023", "2023-05", "2024"]),
        "qualifier": rng.choice([None, None, None, "about", "over", "up to", "target"]),
        "origin": "kb" if kb else "document",
        "document_id": None if kb or loose else f"doc-{rng.randrange(n_docs)}",
        "note": rng.choice([None, "Kyrgyz section", "the whole line"]) if kb else None,
        "source_id": f"src:{rng.randrange(4)}" if kb or loose else None,
        "quote": f"quote {i}",
    }


def fill(store: Store, seed: int = 7, n_claims: int = 500, n_docs: int = 30) -> None:
    """Store random claims: KB figures with sources (two sharing a URL), read figures in documents."""
    rng = random.Random(seed)
    with store.transaction() as conn:
        conn.execute(
            t.sources.insert(),
            [{"id": f"src:{i}", "kind": "web", "url": f"https://example.org/{i % 3}"} for i in range(4)],
        )
        conn.execute(
            t.documents.insert(),
            [
                {
                    "id": f"doc-{i}",
                    "source": f"doc-{i}.txt",
                    "text": "text",
                    "published": f"{2014 + i % 10}-01-01",
                }
                for i in range(n_docs)
            ],
        )
        conn.execute(t.claims.insert(), [_claim(rng, i, n_docs) for i in range(n_claims)])


def _view(groups: list[LedgerGroup]) -> list[tuple[object, ...]]:
    return [(g.key, g.conflict, g.reason, g.n_entries) for g in groups]


def test_summary_is_the_ledger_of_every_claim(store: Store) -> None:
    fill(store)
    full = claims(store)
    assert any(g.conflict for g in full) and any(not g.conflict for g in full)
    assert [(g.key, g.conflict, g.reason, len(g.entries)) for g in full] == _view(summary(store))
    assert _view(summary(store, attribute="length")) == _view(claims(store, attribute="length"))
    conflicting = claims(store, conflicts=True)
    assert _view(conflicting) == [v for v in _view(full) if v[1]]
    by_key = {g.key: {e.claim_id for e in g.entries} for g in full}
    assert all({e.claim_id for e in g.entries} == by_key[g.key] for g in conflicting)


def test_sampled_reports_show_each_distinct_figure_first(store: Store) -> None:
    fill(store, seed=3)
    groups = summary(store)
    samples = sample_entries(store, groups, per_group=4)
    for g in groups:
        picked = samples[g.key]
        assert 0 < len(picked) <= 4
        assert all(entry_key(e) == g.key for e, _ in picked)
        distinct = min(len(g.figures), 4)
        assert len({figure_key(e) for e, _ in picked[:distinct]}) == distinct
        counts = {figure_key(f): f.count for f in g.figures}
        assert all(n == counts[figure_key(e)] for e, n in picked)


def _entry(rng: random.Random) -> LedgerEntry:
    value = rng.choice([100.0, 103.0, 110.0, 160.9344, 200.0, 60.0])
    unit = rng.choice(["km", "mi"])
    nv, nu = normalise_unit(value, unit)
    source = rng.choice(["https://a", "https://b", "https://c", None])
    return LedgerEntry(
        "c",
        "project:x",
        None,
        "length",
        value,
        unit,
        nv,
        nu,
        None,
        rng.choice([None, None, "about", "nearly", "over", "up to", "target"]),
        "document",
        source,
        None,
        None,
        "q",
        document_id=rng.choice([None, None, "doc-1", "doc-2"]),
    )


def _pairwise_conflict(entries: list[LedgerEntry]) -> bool:
    """Compare every pair of reports, as the ledger did before it compared distinct figures."""
    actual = [e for e in entries if e.qualifier != "target"]
    return any(
        (a.document_id or a.source) != (b.document_id or b.source) and not agree(a, b, DEFAULT_TOLERANCE)
        for i, a in enumerate(actual)
        for b in actual[i + 1 :]
    )


@pytest.mark.parametrize("seed", range(40))
def test_distinct_figures_judge_like_every_pair(seed: int) -> None:
    rng = random.Random(seed)
    entries = [_entry(rng) for _ in range(rng.randint(2, 12))]
    (group,) = group_entries(entries)
    assert group.attribute not in RANKS
    assert group.conflict is _pairwise_conflict(entries)


def test_reason_names_the_lowest_and_highest_disagreeing_figures() -> None:
    rng = random.Random(1)
    entries = []
    for value, source in [
        (200.0, "https://a"),
        (100.0, "https://b"),
        (104.0, "https://c"),
        (300.0, "https://d"),
    ]:
        e = _entry(rng)
        e.value, e.norm_value, e.unit, e.norm_unit = value, value, "km", "km"
        e.qualifier, e.source, e.document_id = None, source, None
        entries.append(e)
    (group,) = group_entries(entries)
    assert group.reason == "values differ by 67% (more than 5%): 100 km vs 300 km"
