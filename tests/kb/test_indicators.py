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
REGION = "place:central-asia"
PARTNERS = {"country:CHN", "country:RUS", "org:eu", "country:USA", "country:TUR", "world:total"}
INDICATORS = {"trade_total", "exports", "imports"}
CORPUS_SOURCES = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "sources.jsonl"


FX = "fx_usd_per_eur"  # reference exchange rates kept in the same file (US dollars per euro, annual averages)


@pytest.fixture(scope="module")
def all_records() -> list[dict[str, Any]]:
    recs = read_jsonl(data_dir() / "indicators.jsonl")
    assert recs, "indicators.jsonl is missing or empty"
    return recs


@pytest.fixture(scope="module")
def records(all_records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in all_records if r["indicator"] != FX]


def test_exchange_rates_are_sourced_annual_averages(all_records: list[dict[str, Any]]) -> None:
    rates = [r for r in all_records if r["indicator"] == FX]
    assert rates
    for rec in rates:
        where = f"line {rec['_line']}"
        assert rec["reporter"] == "org:eu" and rec["unit"] == "USD per EUR", where
        assert 1999 <= rec["year"] <= 2025 and 0.8 < rec["value"] < 1.7, where
        for src in rec["sources"]:
            assert f"{rec['value']:.4f}" in src["quote"], f"{where}: the quote must carry the rate"
    years = [r["year"] for r in rates]
    assert len(years) == len(set(years)), "one rate per year"


def test_sorted_by_reporter_partner_year(all_records: list[dict[str, Any]]) -> None:
    keys = [(r["reporter"], r["partner"], r["year"], r["indicator"], r["statistics_of"]) for r in all_records]
    assert keys == sorted(keys)


def test_enough_figures(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 120


def test_fields_and_ranges(records: list[dict[str, Any]]) -> None:
    for rec in records:
        where = f"line {rec['_line']}"
        assert rec["indicator"] in INDICATORS, where
        assert rec["reporter"] in C5 | {REGION}, where
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
            assert re.fullmatch(r"2026-1[12]-\d\d", src["retrieved"]), where


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
            and r["reporter"] in C5
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


def test_notes_are_short_text(records: list[dict[str, Any]]) -> None:
    for rec in records:
        note = rec.get("note")
        assert note is None or (isinstance(note, str) and 0 < len(note) <= 300), f"line {rec['_line']}"


def test_region_level_figures(records: list[dict[str, Any]]) -> None:
    region = [r for r in records if r["reporter"] == REGION]
    assert region, "no region-level (Central Asia as a whole) figures"
    for rec in region:
        assert rec["partner"] in PARTNERS - {"world:total"}, f"line {rec['_line']}"
        assert rec["statistics_of"] in {rec["partner"], REGION}, f"line {rec['_line']}"
    years = {r["year"] for r in region if r["partner"] == "country:CHN" and r["indicator"] == "trade_total"}
    assert {2023, 2024} <= years


def test_region_chinese_figure_matches_sum_of_states(records: list[dict[str, Any]]) -> None:
    """China's trade with Central Asia (Chinese customs) is within 10% of the sum of the five states' figures."""
    per_state: dict[int, dict[str, float]] = {}
    region: dict[int, float] = {}
    for r in records:
        if r["partner"] != "country:CHN" or r["statistics_of"] != "country:CHN":
            continue
        if r["indicator"] != "trade_total" or r.get("note"):
            continue
        if r["reporter"] == REGION:
            region[r["year"]] = r["value"]
        elif r["reporter"] in C5:
            per_state.setdefault(r["year"], {})[r["reporter"]] = r["value"]
    checked = []
    for year, total in sorted(region.items()):
        states = per_state.get(year, {})
        if set(states) != C5:
            continue
        assert sum(states.values()) == pytest.approx(total, rel=0.10), year
        checked.append(year)
    assert len(checked) >= 2, checked


def test_total_trade_for_most_states(records: list[dict[str, Any]]) -> None:
    with_total = {r["reporter"] for r in records if r["partner"] == "world:total"}
    assert len(with_total & C5) >= 4, sorted(with_total)


def test_russia_figures_for_every_state(records: list[dict[str, Any]]) -> None:
    with_russia = {r["reporter"] for r in records if r["partner"] == "country:RUS"}
    assert with_russia >= C5, sorted(C5 - with_russia)
    mirrors = {
        (r["reporter"], r["year"])
        for r in records
        if r["partner"] == "country:RUS" and r["statistics_of"] == "country:RUS"
    }
    assert len({rep for rep, _ in mirrors}) >= 4


def test_lower_bound_notes_match_their_quotes(records: list[dict[str, Any]]) -> None:
    """A figure noted as a lower bound is quoted with 'more than', 'exceeded' or the like."""
    pattern = re.compile(r"more than|\bover\b|exceed|above|surpass|превыс|более|überstieg", re.IGNORECASE)
    flagged = [r for r in records if "lower bound" in (r.get("note") or "")]
    assert flagged
    for rec in flagged:
        assert any(pattern.search(s["quote"]) for s in rec["sources"]), f"line {rec['_line']}"
