"""Loading the knowledge base: complete, idempotent and atomic on both backends."""

from __future__ import annotations

import copy

import pytest
import sqlalchemy as sa

from sphere.kb.catalog import build_catalog
from sphere.store import Store
from sphere.store import schema as t
from sphere.store.kbload import load_kb


def test_load_is_idempotent(store: Store) -> None:
    first = load_kb(store)
    assert first.changed
    counts = store.stats()
    again = load_kb(store)
    assert not again.changed
    assert store.stats() == counts
    forced = load_kb(store, force=True)  # a forced reload rewrites the same rows
    assert forced.changed
    assert store.stats() == counts


def test_every_fact_row_points_to_a_source(store: Store) -> None:
    load_kb(store)
    for table in (t.entities, t.memberships, t.claims, t.indicators, t.events, t.project_parties):
        missing = store.query(
            sa.select(sa.func.count()).select_from(table).where(table.c.source_id.is_(None))
        )
        assert missing[0]["count_1"] == 0, table.name
    dangling = store.query(
        sa.select(t.entities.c.id).where(~t.entities.c.source_id.in_(sa.select(t.sources.c.id)))
    )
    assert dangling == []


def test_failed_load_leaves_previous_state(store: Store) -> None:
    load_kb(store, data=False)
    before = store.stats()
    broken = copy.deepcopy(build_catalog())
    # A membership without a member violates NOT NULL when its table is written, after the old rows were
    # deleted and the entities inserted: the whole transaction must roll back.
    broken.memberships.append(
        {"member": None, "org": "country:KAZ", "role": "member", "sources": [{"dataset": "x", "field": "y"}]}
    )
    with pytest.raises(sa.exc.IntegrityError):
        load_kb(store, broken, data=False)
    assert store.stats() == before


def test_resolve_and_search_find_entities_in_many_languages(store: Store) -> None:
    load_kb(store, data=False)
    assert store.resolve("Kazakhstan") == ["country:KAZ"]
    assert store.resolve("Казахстан") == ["country:KAZ"]
    assert store.resolve("KAZ") == ["country:KAZ"]
    assert store.search("kazakh")[0]["id"] == "country:KAZ"


def test_opening_the_store_twice_keeps_data(db_url: str) -> None:
    with Store(db_url) as s:
        load_kb(s, data=False)
        n = s.stats()["entities"]
    with Store(db_url) as s:
        assert s.stats()["entities"] == n
