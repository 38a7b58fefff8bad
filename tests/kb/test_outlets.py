"""The source registry: at least 40 real outlets across the region and the powers, each ownership sourced,
feeds only where confirmed; the validator refuses unsourced or malformed records."""

from __future__ import annotations

from collections import Counter

from sphere.kb.catalog import load_catalog
from sphere.kb.outlets import check_outlets, feed_urls, load_outlets, outlet_label


def test_registry_covers_the_region_and_the_powers() -> None:
    outlets = load_outlets()
    assert len(outlets) >= 40
    by_country = Counter(o["country"] for o in outlets)
    for state in ("KAZ", "KGZ", "TJK", "TKM", "UZB", "RUS", "CHN"):
        assert by_country[f"country:{state}"] >= 3, state
    assert {o["ownership"] for o in outlets} >= {"state", "independent", "foreign public broadcaster", "wire"}
    assert check_outlets(outlets, set(load_catalog().entities)) == []


def test_every_feed_and_ownership_has_a_source() -> None:
    for url, outlet in feed_urls():
        assert url.startswith(("http://", "https://")) and outlet.startswith("outlet:")
    label = outlet_label(next(o for o in load_outlets() if o["id"] == "outlet:kazinform"))
    assert (
        label is not None and label["ownership"] == "state" and label["source"]["url"].startswith("https://")
    )


def test_every_stated_fact_has_a_source_and_every_unknown_a_gap() -> None:
    for rec in load_outlets():
        covered = {fact for src in rec["sources"] for fact in src["facts"]}
        if rec["home"]:
            assert "home" in covered, rec["id"]
        else:
            assert rec["hosts"] == [] and rec["gaps"]["home"], rec["id"]
        if rec["languages"]:
            assert "languages" in covered, rec["id"]
        else:
            assert rec["gaps"]["languages"], rec["id"]
        for feed in rec["feeds"]:
            assert all("feed" in src["facts"] for src in feed["sources"]), feed["url"]


def test_validator_refuses_bad_records() -> None:
    known = set(load_catalog().entities)
    bad = [
        {
            "id": "outlet:x",
            "name": "X",
            "home": "ftp://x",
            "hosts": ["WWW.X.COM"],
            "country": "country:ZZZ",
            "ownership": "state",
            "feeds": [{"url": "https://x.test/rss"}],
            "sources": [],
        },
        {
            "id": "x",
            "name": "",
            "ownership": "secret",
            "sources": [{"url": "https://y.test", "facts": ["ownership"]}],
        },
        {
            "id": "outlet:y",
            "name": "Y",
            "home": "https://y.test/",
            "hosts": ["y.test"],
            "ownership": None,
            "languages": None,
            "feeds": [
                {
                    "url": "https://y.test/rss",
                    "sources": [
                        {"url": "https://y.test", "quote": "Y", "facts": ["home"], "retrieved": "2026-12-06"}
                    ],
                }
            ],
            "sources": [
                {"url": "https://y.test", "quote": "Y", "facts": ["name"], "retrieved": "2026-12-06"}
            ],
            "gaps": {"feeds": "none confirmed", "colour": "?"},
        },
        {
            "id": "outlet:z",
            "name": "Z",
            "home": None,
            "hosts": ["z.test"],
            "ownership": "state",
            "sources": [],
        },
    ]
    problems = [m for _, _, m in check_outlets(bad, known)]
    for expected in (
        "home page is not http(s)",
        "malformed host",
        "unknown country",
        "no source",
        "feed https://x.test/rss has no source",
        "malformed outlet id",
        "no name",
        "unknown ownership",
        "source without a quote",
        "source without a retrieval date",
        "no source states the home page",
        "ownership unknown without a gap saying so",
        "languages unknown without a gap saying so",
        "gap noted for feeds, which is set",
        "gap for unknown field 'colour'",
        "does not state the feed",
        "hosts without a home page",
        "home unknown without a gap saying so",
    ):
        assert any(expected in p for p in problems), expected
