"""GDELT 2.0 files built from the documented layout: the C5 subset, PLOVER types, links, mentions, reloads."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from sphere.connectors import gdelt
from sphere.ingest.coded import coded_events, load_gdelt
from sphere.store import Store
from sphere.store.kbload import load_kb
from tests.connectors.gdelt_fixture import build


@pytest.fixture(scope="module")
def fixture(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return build(tmp_path_factory.mktemp("gdelt"), n=240)


def test_reader_keeps_exactly_the_c5_events_zipped_or_not(fixture) -> None:  # type: ignore[no-untyped-def]
    assert fixture.rows >= 200
    for path in (fixture.events, fixture.zipped):
        read = gdelt.read_events([path])
        got = {e.global_id: e.states for e in read.events}
        assert got == fixture.expected
        assert len(read.problems) == fixture.broken
        assert all("columns" in p.reason for p in read.problems)


def test_cameo_codes_map_to_the_plover_table() -> None:
    assert gdelt.plover_for("036").type == "AGREE"  # type: ignore[union-attr]
    assert gdelt.plover_for("042").type == "CONSULT"  # type: ignore[union-attr]
    assert gdelt.plover_for("0874").type == "RETREAT"  # type: ignore[union-attr]
    assert gdelt.plover_for("163").type == "COERCE"  # type: ignore[union-attr]
    assert gdelt.plover_for("1712").type == "ASSAULT"  # type: ignore[union-attr]
    assert gdelt.plover_for("190").type == "ASSAULT"  # type: ignore[union-attr]
    assert gdelt.plover_for("0999") is None  # no such code
    assert gdelt.plover_for("010") is None and gdelt.plover_for("020") is None  # dropped by PLOVER


def test_load_stores_c5_events_apart_with_types_links_and_confidence(fixture, db_url: str) -> None:  # type: ignore[no-untyped-def]
    with Store(db_url) as store:
        load_kb(store)
        report = load_gdelt(store, [fixture.zipped], [fixture.mentions])
        assert report.stored == len(fixture.expected)
        rows = {r["external_id"]: r for r in coded_events(store, limit=10_000)}
        assert set(rows) == set(fixture.expected)
        for gid, r in rows.items():
            code = fixture.codes[gid]
            plover = gdelt.plover_for(code)
            assert r["plover_type"] == (plover.type if plover else None)
            assert r["states"] == "," + ",".join(fixture.expected[gid]) + ","
            assert r["source_url"] == f"https://news.example.org/{gid}"
            assert r["file"].endswith(".CSV") and r["row"] >= 1
            assert r["confidence"] is not None and 20 <= r["confidence"] <= 100
        links = {(r["actor1_name"], r["actor1_id"]) for r in rows.values()}
        assert ("VLADIMIR PUTIN", "person:vladimir-putin") in links
        assert ("KAZAKHSTAN", "country:KAZ") in links or ("UZBEKISTAN", "country:UZB") in links
        assert all(r["actor2_id"] is not None for r in rows.values() if r["actor2_country"] in gdelt.C5_ISO3)
        # never mixed with Sphere's own events
        assert not any(e["id"].startswith("gdelt:") for e in store.query(sa.text("select id from events")))
        by_state = coded_events(store, state="KAZ", limit=10_000)
        assert {r["external_id"] for r in by_state} == {g for g, s in fixture.expected.items() if "KAZ" in s}
        again = load_gdelt(store, [fixture.events], [fixture.mentions])
        assert again.stored == 0 and again.already == len(fixture.expected) and again.mentions == 0
