"""Storing readings and finding documents again, on both backends."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from sphere.read.types import Claim, CleanDocument, Entity, Event, Evidence, Mention, Reading
from sphere.store import Store
from sphere.store import documents as store_documents
from sphere.store import schema as t
from sphere.store.documents import (
    NewDocument,
    document_facets,
    document_source_id,
    search_documents,
    store_reading,
    store_readings,
    stored_ids,
)


def reading(text: str, doc_id: str, published: str = "2025-06-17") -> Reading:
    start = text.index("Kazakhstan")
    kaz = Entity(
        "country:KAZ",
        "Kazakhstan",
        "country",
        iso3="KAZ",
        mentions=[Mention(start, start + 10, "Kazakhstan", "country:KAZ")],
    )
    new = Entity(
        "new:person:aigul-example",
        "Aigul Example",
        "person",
        is_new=True,
        mentions=[Mention(0, 13, "Aigul Example", "new:person:aigul-example")],
    )
    ev = Evidence(0, len(text), text)
    return Reading(
        document=CleanDocument(
            id=doc_id,
            source=f"/tmp/{doc_id}.txt",
            text=text,
            title="Astana talks",
            published=published,
            language="en",
            site="example.org",
        ),
        entities=[kaz, new],
        events=[Event("CONSULT", "visit", ["country:CHN"], ["country:KAZ"], "place:astana", published, ev)],
        claims=[Claim("country:CHN", "trade_value", 4.1e10, "USD", "country:KAZ", "2024", "over", ev)],
    )


def test_store_reading_is_atomic_and_deduplicated(store: Store) -> None:
    r = reading("Aigul Example said Kazakhstan and China met in Astana on uranium trade.", "d1")
    with store.transaction() as conn:
        assert store_reading(conn, r, content_hash="h1")
    with store.transaction() as conn:
        assert not store_reading(conn, r, content_hash="h1")
    stats = store.stats()
    assert (stats["documents"], stats["events"], stats["claims"], stats["mentions"]) == (1, 1, 1, 2)
    claim = store.query(sa.select(t.claims))[0]
    assert claim["origin"] == "document" and claim["document_id"] == "d1" and claim["source_id"]
    assert store.entity("new:person:aigul-example")["origin"] == "reader"


def test_full_text_search_and_filters(store: Store) -> None:
    with store.transaction() as conn:
        store_reading(conn, reading("Kazakhstan signs a uranium deal with Beijing.", "d1", "2024-01-02"))
        store_reading(conn, reading("Kazakhstan hosts the railway forum.", "d2", "2025-03-04"))
    assert [d["id"] for d in search_documents(store, "uranium")] == ["d1"]
    assert [d["id"] for d in search_documents(store, "Kazakhstan")] == ["d2", "d1"]
    assert [d["id"] for d in search_documents(store, since="2025-01-01")] == ["d2"]
    assert search_documents(store, 'ura" OR *') == []  # user text is never FTS syntax
    assert {d["id"] for d in search_documents(store, entity="country:KAZ")} == {"d1", "d2"}


def test_entity_filter_and_facets_of_a_large_search(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entity named often is filtered document by document (same answers); facets of a search with more
    matches than the sample are counted among the newest matches, and say so."""
    with store.transaction() as conn:
        for i, day in enumerate(("2023-01-02", "2024-01-02", "2025-03-04")):
            store_reading(conn, reading(f"Kazakhstan hosts forum {i}.", f"d{i}", day))
    assert document_facets(store, "Kazakhstan")["sites"] == [{"value": "example.org", "n": 3}]
    assert document_facets(store, "Kazakhstan")["within_newest"] is None
    monkeypatch.setattr(store_documents, "MANY_MENTIONS", 1)
    assert [d["id"] for d in search_documents(store, entity="country:KAZ")] == ["d2", "d1", "d0"]
    assert [d["id"] for d in search_documents(store, entity="country:KAZ", since="2024")] == ["d2", "d1"]
    monkeypatch.setattr(store_documents, "FACET_SAMPLE", 2)
    facets = document_facets(store, entity="country:KAZ")
    assert facets["sites"] == [{"value": "example.org", "n": 2}] and facets["within_newest"] == 2


def test_store_readings_writes_a_batch_at_once(store: Store) -> None:
    a = reading("Aigul Example said Kazakhstan and China met in Astana on uranium trade.", "d1")
    b = reading("Aigul Example said Kazakhstan will host the railway forum in Astana.", "d2")
    with store.transaction() as conn:
        assert stored_ids(conn, ["d1", "d2"]) == set()
        store_readings(conn, [NewDocument(a, "h1", "d1"), NewDocument(b, "h2", "d1", duplicate_of="d1")])
        assert stored_ids(conn, ["d1", "d2", "d3"]) == {"d1", "d2"}
    stats = store.stats()
    assert (stats["documents"], stats["events"], stats["claims"], stats["mentions"]) == (2, 2, 2, 4)
    placed = {r["id"]: (r["cluster_id"], r["duplicate_of"]) for r in store.query(sa.select(t.documents))}
    assert placed == {"d1": ("d1", None), "d2": ("d1", "d1")}
    # the new entity both documents name is written once, from the first of them
    assert store.query(sa.select(t.entities.c.source_id).where(t.entities.c.origin == "reader")) == [
        {"source_id": document_source_id("d1", None)}
    ]
    assert (
        len(store.query(sa.select(t.aliases).where(t.aliases.c.entity_id == "new:person:aigul-example"))) == 1
    )
