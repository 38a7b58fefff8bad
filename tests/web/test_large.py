"""What keeps pages fast on a large store: whole-store results served at once, bounded queries that pick
their plan by how many rows an entity has, and the same answers whichever plan they pick."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from sphere.analysis.ledger import confident
from sphere.store import Store
from sphere.store import schema as t
from sphere.web import queries as q
from sphere.web.app import create_app
from sphere.web.cache import Cache
from tests.conftest import _pg_database
from tests.web.conftest import build_store

ENTITIES = ["country:KAZ", "country:CHN", "place:astana", "project:web-test-railway", "nothing:here"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def both_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The explorer's test store (knowledge base, fixture records, corpus documents) on each backend."""
    if request.param == "sqlite":
        gen: Iterator[str] = iter([str(tmp_path_factory.mktemp("large") / "web.db")])
    else:
        gen = _pg_database(request.getfixturevalue("pg_server"))
    url = next(gen)
    build_store(url)  # type: ignore[arg-type]
    yield url
    for _ in gen:  # drops the PostgreSQL database
        pass


def test_background_mode_answers_at_once(both_db: str) -> None:
    app = create_app(both_db)
    app.state.ctx.background = True  # as on a store with many documents
    with TestClient(app) as c:
        assert c.get("/api/index").status_code == 200  # no "try again later": computed on first use
        ledger = c.get("/api/claims").json()
        assert ledger["groups"] and ledger["total"] >= len(ledger["groups"])
        state = c.get("/api/state/country:KAZ").json()
        assert state["ledger"] and state["ledger_total"] >= len(state["ledger"])
        assert all(g["n_entries"] >= len(g["entries"]) for g in state["ledger"])
    app.state.ctx.store.close()


def add_document(store: Store, doc_id: str) -> None:
    """Store one more document (the explorer's data version changes)."""
    with store.transaction() as conn:
        conn.execute(t.documents.insert(), [{"id": doc_id, "source": f"{doc_id}.txt", "text": "text"}])


def test_stale_results_are_served_while_recomputed(store: Store) -> None:
    cache = Cache(store)
    cache.refresh_every = 0.0  # recompute as soon as the data change (by default at most every 5 s)
    assert cache.lookup("value", lambda: "first", background=True) == "first"
    add_document(store, "new")  # the data change: the version moves on
    cache.clear()
    release = threading.Event()

    def slow() -> str:
        release.wait(10)
        return "second"

    def page() -> tuple[bytes, bool]:
        return cache.lookup("value", slow, background=True).encode(), True

    assert cache.page("/p", page) == b"first"  # the last result, at once
    assert cache.page("/p", lambda: (b"rebuilt", True)) == b"rebuilt"  # the stale page was not kept
    release.set()
    deadline = time.monotonic() + 10
    while cache.peek("value") != "second" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert cache.lookup("value", slow, background=True) == "second"
    add_document(store, "newer")  # more documents soon after: the last result stays a while
    cache.clear()
    cache.refresh_every = 3600.0
    calls: list[int] = []
    assert cache.lookup("value", lambda: str(calls.append(1)), background=True) == "second"
    time.sleep(0.1)
    assert calls == []


def _both_ways(monkeypatch: pytest.MonkeyPatch, run: object) -> tuple[object, object]:
    assert callable(run)
    monkeypatch.setattr(q, "DENSE", 10**9)  # every entity has few rows: read them all and sort
    few = run()
    monkeypatch.setattr(q, "DENSE", 0)  # every entity has many rows: walk the newest, checking each
    walked = run()
    for walk in ((1,), (3, 6)):  # walks too short to find them all (the database checks every event)
        monkeypatch.setattr(q, "WALK", walk)
        assert run() == walked
    return few, walked


@pytest.mark.parametrize("entity", ENTITIES)
def test_latest_events_and_documents_do_not_depend_on_the_plan(
    both_db: str, monkeypatch: pytest.MonkeyPatch, entity: str
) -> None:
    with Store(both_db) as store:
        e, ep = t.events, t.event_participants
        expected = store.query(
            sa.select(e.c.id)
            .where(
                sa.or_(
                    e.c.id.in_(sa.select(ep.c.event_id).where(ep.c.entity_id == entity)),
                    e.c.place_id == entity,
                )
            )
            .order_by(e.c.date.desc().nulls_last(), e.c.id)
            .limit(5)
        )
        few, walked = _both_ways(
            monkeypatch, lambda: [r["id"] for r in q.events(store, entity=entity, limit=5)]
        )
        assert few == walked == [r["id"] for r in expected]
        few, walked = _both_ways(monkeypatch, lambda: q.documents_mentioning(store, entity, limit=3))
        assert few == walked


@pytest.mark.parametrize("entity", ENTITIES)
def test_claims_about_an_entity_are_ordered_as_one_query_would(both_db: str, entity: str) -> None:
    with Store(both_db) as store:
        c = t.claims
        expected = store.query(
            sa.select(c.c.id)
            .where(sa.or_(c.c.subject_id == entity, c.c.object_id == entity), confident())
            .order_by(c.c.origin.desc(), c.c.as_of.desc().nulls_last(), c.c.id)
            .limit(7)
        )
        assert [r["id"] for r in q.claims_about(store, entity, limit=7)] == [r["id"] for r in expected]
