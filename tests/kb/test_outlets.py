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
    ):
        assert any(expected in p for p in problems), expected
