"""Checks on the bundled trade indicators (`indicators.jsonl`): sourced, in range, unique and consistent."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from sphere.kb.catalog import data_dir, read_jsonl

C5 = {"country:KAZ", "country:KGZ", "country:TJK", "country:TKM", "country:UZB"}
PARTNERS = {"country:CHN", "country:RUS", "org:eu", "country:USA", "country:TUR", "world:total"}
INDICATORS = {"trade_total", "exports", "imports"}
CORPUS_SOURCES = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "sources.jsonl"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    recs = read_jsonl(data_dir() / "indicators.jsonl")
    assert recs, "indicators.jsonl is missing or empty"
    return recs


def test_enough_figures(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 120


def test_fields_and_ranges(records: list[dict[str, Any]]) -> None:
    for rec in records:
        where = f"line {rec['_line']}"
        assert rec["indicator"] in INDICATORS, where
        assert rec["reporter"] in C5, where
        assert rec["partner"] in PARTNERS, where
        assert isinstance(rec["year"], int) and 2013 <= rec["year"] <= 2025, where
        assert isinstance(rec["value"], int | float) and rec["value"] > 0 and math.isfinite(rec["value"]), (
            where
        )
        assert rec["unit"] == "USD", where
        assert rec["statistics_of"] in {rec["reporter"], rec["partner"]} - {"world:total"}, where
        if rec["partner"] == "world:total":
            assert rec["statistics_of"] == rec["reporter"], where
        assert isinstance(rec["statistics"], str) and rec["statistics"].strip(), where


def test_every_figure_is_sourced(records: list[dict[str, Any]]) -> None:
    for rec in records:
        where = f"line {rec['_line']}"
        assert rec["sources"], where
        for src in rec["sources"]:
            assert re.match(r"https?://", src["url"]), where
            assert src["title"] and src["publisher"], where
            quote = src["quote"]
            assert 0 < len(quote.split()) <= 30, where
            assert re.search(r"\d", quote), f"{where}: the quote must carry the figure"
            assert src["retrieved"] == "2026-11-23", where


def test_no_exact_duplicates(records: list[dict[str, Any]]) -> None:
    keys = Counter(
        (r["indicator"], r["reporter"], r["partner"], r["year"], r["statistics_of"]) for r in records
    )
    dupes = [k for k, n in keys.items() if n > 1]
    assert dupes == []


def test_no_evaluation_corpus_sources(records: list[dict[str, Any]]) -> None:
    if not CORPUS_SOURCES.exists():
        pytest.skip("evaluation corpus not present")
    banned = set()
    for line in CORPUS_SOURCES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            banned.update(str(v) for v in json.loads(line).values() if str(v).startswith("http"))

    def norm(url: str) -> str:
        return re.sub(r"^https?://(www\.)?", "", url.lower()).rstrip("/")

    used = {norm(s["url"]) for r in records for s in r["sources"]}
    assert used.isdisjoint({norm(u) for u in banned})


def test_chinese_customs_mirror_figures_for_every_state(records: list[dict[str, Any]]) -> None:
    for year in (2023, 2024):
        states = {
            r["reporter"]
            for r in records
            if r["partner"] == "country:CHN"
            and r["statistics_of"] == "country:CHN"
            and r["indicator"] == "trade_total"
            and r["year"] == year
        }
        assert states == C5, year
    by_key = {
        (r["reporter"], r["year"], r["statistics_of"]): r["value"]
        for r in records
        if r["indicator"] == "trade_total" and r["partner"] == "country:CHN"
    }
    # Chinese customs count more China-Kyrgyzstan trade than Kyrgyz statistics do (transit and re-export)
    assert by_key[("country:KGZ", 2024, "country:CHN")] > 2 * by_key[("country:KGZ", 2024, "country:KGZ")]


def test_turnover_matches_exports_plus_imports(records: list[dict[str, Any]]) -> None:
    values = {
        (r["indicator"], r["reporter"], r["partner"], r["year"], r["statistics_of"]): r["value"]
        for r in records
    }
    checked = 0
    for (ind, rep, par, year, stat), total in values.items():
        if ind != "trade_total":
            continue
        exp = values.get(("exports", rep, par, year, stat))
        imp = values.get(("imports", rep, par, year, stat))
        if exp is None or imp is None:
            continue
        checked += 1
        assert exp + imp == pytest.approx(total, rel=0.05), (rep, par, year, stat)
    assert checked >= 5
