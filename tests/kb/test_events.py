"""Checks on the bundled key events (`events.jsonl`): well-formed, sourced, dated and covering the core summits."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sphere.kb.catalog import build_catalog, data_dir, read_jsonl
from sphere.kb.validate import ID_RE, PLOVER, valid_date, validate

C5 = {"country:KAZ", "country:KGZ", "country:TJK", "country:TKM", "country:UZB"}
SIX = C5 | {"country:CHN"}
MODES = {None, "multilateral", "visit", "phone", "third-party", "referendum"}
EVENT_ID_RE = re.compile(r"^event:(\d{4}-\d{2}-\d{2})-[a-z0-9][a-z0-9-]*$")
CORPUS_SOURCES = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "sources.jsonl"


@pytest.fixture(scope="module")
def events() -> list[dict[str, Any]]:
    recs = read_jsonl(data_dir() / "events.jsonl")
    assert recs, "events.jsonl is missing or empty"
    return recs


def by_id(events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in events}


def test_enough_events(events: list[dict[str, Any]]) -> None:
    assert len(events) >= 50


def test_ids_unique_sorted_and_dated(events: list[dict[str, Any]]) -> None:
    ids = [e["id"] for e in events]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, dupes
    assert ids == sorted(ids), "events.jsonl must be sorted by id"
    for ev in events:
        m = EVENT_ID_RE.match(ev["id"])
        assert m and ID_RE.match(ev["id"]), ev["id"]
        assert m.group(1) == ev["date"], f"{ev['id']}: id date differs from date {ev['date']}"
        assert ev["kind"] == "event", ev["id"]


def test_types_modes_and_dates(events: list[dict[str, Any]]) -> None:
    for ev in events:
        where = ev["id"]
        assert ev["type"] in PLOVER, where
        assert ev["mode"] in MODES, f"{where}: mode {ev['mode']!r}"
        assert valid_date(ev["date"]) and len(ev["date"]) == 10, where
        assert ev["date"] >= "2013" or ev["date"].startswith("2001-06-15"), where
        assert ev["date"] <= "2026-11-23", where
        end = ev.get("end_date")
        if end is not None:
            assert valid_date(end) and end > ev["date"], f"{where}: end_date {end}"


def test_participants_and_outcomes(events: list[dict[str, Any]]) -> None:
    for ev in events:
        where = ev["id"]
        assert isinstance(ev["title"], str) and len(ev["title"]) > 10, where
        assert ev["actors"], f"{where}: no actor"
        refs = [*ev["actors"], *ev["recipients"]]
        assert all(isinstance(r, str) and ID_RE.match(r) for r in refs), where
        assert len(set(refs)) == len(refs), f"{where}: participant listed twice"
        assert not any(r.startswith("event:") for r in refs), where
        assert ev["place"] is None or ev["place"].startswith("place:"), where
        if ev["mode"] == "multilateral" and ev["type"] == "CONSULT":
            assert not ev["recipients"], f"{where}: multilateral meetings list participants as actors only"
        assert ev["outcomes"] and all(isinstance(o, str) and o.strip() for o in ev["outcomes"]), where


def test_every_event_is_sourced(events: list[dict[str, Any]]) -> None:
    for ev in events:
        where = ev["id"]
        assert ev["sources"], f"{where}: no source"
        for src in ev["sources"]:
            assert re.match(r"https?://", src["url"]), where
            assert src["title"] and src["publisher"], where
            assert 0 < len(src["quote"].split()) <= 30, f"{where}: quote too long or empty"
            assert (
                len(src["retrieved"]) == 10 and "2026-11-23" <= src["retrieved"] <= date.today().isoformat()
            ), where


def test_no_source_is_an_evaluation_article(events: list[dict[str, Any]]) -> None:
    if not CORPUS_SOURCES.exists():
        pytest.skip("shared corpus not available")
    corpus = {
        json.loads(line).get("url")
        for line in CORPUS_SOURCES.read_text(encoding="utf-8").splitlines()
        if line
    }
    corpus.discard(None)
    used = {src["url"] for ev in events for src in ev["sources"]}
    assert not used & corpus


def test_china_central_asia_summits(events: list[dict[str, Any]]) -> None:
    index = by_id(events)
    for eid in (
        "event:2023-05-18-china-central-asia-summit-xian",
        "event:2025-06-17-china-central-asia-summit-astana",
    ):
        ev = index[eid]
        assert ev["type"] == "CONSULT" and ev["mode"] == "multilateral", eid
        assert set(ev["actors"]) >= SIX, eid
        assert ev["recipients"] == [], eid
    assert index["event:2023-05-18-china-central-asia-summit-xian"]["place"] == "place:xian"
    assert index["event:2025-06-17-china-central-asia-summit-astana"]["place"] == "place:astana"
    for eid in (
        "event:2023-05-19-xian-declaration",
        "event:2025-06-17-treaty-permanent-good-neighbourliness-china-central-asia",
    ):
        assert index[eid]["type"] == "AGREE" and set(index[eid]["actors"]) >= SIX, eid


def test_core_events_present_and_typed(events: list[dict[str, Any]]) -> None:
    index = by_id(events)
    expected = {
        "event:2013-09-07-xi-nazarbayev-university-silk-road-economic-belt": "CONSULT",
        "event:2017-06-09-sco-admits-india-pakistan": "AGREE",
        "event:2022-01-06-csto-deploys-peacekeepers-kazakhstan": "MOBILIZE",
        "event:2024-06-06-cku-railway-intergovernmental-agreement": "AGREE",
        "event:2024-12-27-cku-railway-launch-ceremony": "COOPERATE",
        "event:2025-07-17-trans-afghan-railway-framework-agreement": "AGREE",
        "event:2025-03-13-kyrgyzstan-tajikistan-border-treaty": "AGREE",
        "event:2023-09-19-c5-plus-1-summit-new-york": "CONSULT",
        "event:2025-04-04-eu-central-asia-summit-samarkand": "CONSULT",
    }
    for eid, ptype in expected.items():
        assert index[eid]["type"] == ptype, eid
    sco_years = {e["date"][:4] for e in events if "org:sco" in e["actors"]}
    assert {str(y) for y in range(2013, 2026)} <= sco_years, sorted(sco_years)
    assert any(e["type"] == "SANCTION" and set(e["recipients"]) & C5 for e in events)


def test_validator_finds_no_event_errors_except_missing_ids() -> None:
    problems = [
        p
        for p in validate(build_catalog())
        if p.level == "error" and p.where.startswith("events.jsonl") and "unknown id" not in p.message
    ]
    assert not problems, [str(p) for p in problems]
