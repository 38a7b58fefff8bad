"""`sphere watch` against a loopback site: two rounds store exactly the new entries once, 304s cost nothing,
slow, hanging, broken, looping, lying and huge feeds never stall the others, and a restart resumes."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from sphere.cli.main import app
from sphere.ingest.politeness import backoff
from sphere.ingest.watch import Feed, WatchOptions, bound_feed, read_feed_list, watch_round
from sphere.store import Store
from sphere.store import schema as t
from tests.ingest.feed_server import Site, make_handler, rss
from tests.ingest.http_server import serve

FEEDS = [
    "/feed/a.xml",
    "/feed/b.xml",
    "/feed/c.xml",
    "/feed/d.xml",
    "/feed/hang.xml",
    "/feed/broken.xml",
    "/feed/loop.xml",
]
T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def opts(**kw: object) -> WatchOptions:
    base = WatchOptions(
        interval=600,
        timeout=1.5,
        delay=0,
        per_host=8,
        workers=8,
        max_items=10,
        allow_private=True,
        read_workers=1,
    )
    for k, v in kw.items():
        setattr(base, k, v)
    return base


def documents(store: Store) -> list[str]:
    return sorted(r["url"] for r in store.query(sa.select(t.documents.c.url)))


def articles_fetched(site: Site) -> dict[str, int]:
    return {p: n for p, n in site.hits.items() if p.endswith(".html")}


@pytest.fixture
def site():  # type: ignore[no-untyped-def]
    s = Site()
    with serve(make_handler(s)) as base:
        s.base = base
        yield s


def test_two_rounds_store_exactly_the_new_entries_once_and_a_restart_resumes(site: Site, db_url: str) -> None:
    feeds = [Feed(site.base + p) for p in FEEDS]
    with Store(db_url) as store:
        first = watch_round(store, feeds, opts(), now=T0)
        assert first.polled == 7
        assert {f.rsplit("/", 1)[1] for f, _, _ in first.feeds_failed} == {
            "hang.xml",
            "broken.xml",
            "loop.xml",
        }
        codes = {f.rsplit("/", 1)[1]: c for f, c, _ in first.feeds_failed}
        assert codes["hang.xml"] == "timeout" and codes["loop.xml"] == "too_many_redirects"
        assert first.stored == 6  # a1 a2 b1 b2 c1 d1
        assert [link for link, code, _ in first.items_failed] == [site.base + "/private/d2.html"]
        assert first.items_failed[0][1] == "robots_disallowed"
        assert first.fetch_seconds < 1.5 + 3  # the hanging feed cost one deadline, not the round
        after_first = documents(store)
        assert len(after_first) == 6
        site.round = 2
        second = watch_round(store, feeds, opts(), now=T0 + timedelta(seconds=601))
        assert second.polled == 4  # the failed feeds wait for their backoff
        assert second.not_modified == 2  # b by ETag, d by Last-Modified
        assert second.stored == 2  # a3, c2: exactly the new entries
        assert len(documents(store)) == 8
        assert set(documents(store)) - set(after_first) == {site.base + "/a/3.html", site.base + "/c/2.html"}
        assert all(n == 1 for n in articles_fetched(site).values()), articles_fetched(site)
        assert site.hits["/robots.txt"] == 2  # once per round (one Polite per round), not once per request
        failures = store.query(
            sa.select(t.ingest_log.c.source, t.ingest_log.c.code).where(t.ingest_log.c.status == "failed")
        )
        assert {r["source"].rsplit("/", 1)[1] for r in failures} >= {
            "hang.xml",
            "broken.xml",
            "loop.xml",
            "d2.html",
        }
    with Store(db_url) as store:  # restart: state comes from the database
        before = dict(site.hits)
        third = watch_round(store, feeds, opts(), now=T0 + timedelta(seconds=1300))
        assert third.stored == 0 and third.new_links == 0
        assert articles_fetched(site) == {p: n for p, n in before.items() if p.endswith(".html")}
        rows = {r["url"].rsplit("/", 1)[1]: r for r in store.query(sa.select(t.watch_feeds))}
        assert rows["b.xml"]["etag"] == '"b-v1"' and rows["b.xml"]["last_status"] == "not_modified"
        assert rows["hang.xml"]["failures"] == 2 and rows["hang.xml"]["next_poll"] > third.started
        assert rows["broken.xml"]["failures"] == 2 and rows["broken.xml"]["last_error"]
        assert rows["a.xml"]["failures"] == 0 and rows["a.xml"]["items_seen"] == 3


def test_lying_huge_and_hanging_feeds_never_stall_a_good_one(site: Site, db_url: str) -> None:
    feeds = [
        Feed(site.base + p) for p in ("/feed/liar.xml", "/feed/huge.xml", "/feed/hang.xml", "/feed/a.xml")
    ]
    with Store(db_url) as store:
        clock = time.monotonic()
        report = watch_round(store, feeds, opts(max_items=3), now=T0)
        took = time.monotonic() - clock
        assert report.fetch_seconds < 1.5 * 2 + 3, report.fetch_seconds
        assert took < 60, took
        failed = {f.rsplit("/", 1)[1]: c for f, c, _ in report.feeds_failed}
        assert set(failed) == {"liar.xml", "hang.xml"}
        assert report.stored == 2 + 3  # a1, a2 and the first three entries of the huge feed
        assert site.base + "/a/1.html" in documents(store)


def test_bound_feed_cuts_a_huge_feed_and_keeps_it_parseable() -> None:
    from sphere.ingest.feeds import feed_links

    body = rss("http://x.test", [f"/p/{i}" for i in range(10_000)])
    cut = bound_feed(body, 50)
    assert len(cut) < len(body) // 100
    assert len(feed_links(cut, "http://x.test/feed")) == 50
    assert bound_feed(b"<rss><channel></channel></rss>") == b"<rss><channel></channel></rss>"


def test_backoff_doubles_up_to_the_cap() -> None:
    assert [backoff(n, 60, 900) for n in range(0, 6)] == [60, 60, 120, 240, 480, 900]


def test_cli_watch_once_twice_resumes(site: Site, tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text(
        "# my feeds\n" + "\n".join(site.base + p for p in ("/feed/a.xml", "/feed/b.xml")) + "\n"
    )
    assert [f.url for f in read_feed_list(listing)] == [site.base + "/feed/a.xml", site.base + "/feed/b.xml"]
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    args = [
        "watch",
        "--once",
        "--feeds",
        str(listing),
        "--db",
        db,
        "--allow-private",
        "--interval",
        "0",
        "--delay",
        "0",
    ]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "4 stored" in first.output
    site.round = 2
    second = runner.invoke(app, [*args, "--json"])
    assert second.exit_code == 0, second.output
    assert '"stored": 1' in second.output and '"not_modified": 1' in second.output
    with Store(db) as store:
        assert len(documents(store)) == 5


def test_polite_spaces_and_caps_requests_to_one_host(site: Site) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from sphere.ingest.politeness import Polite

    polite = Polite(allow_private=True, timeout=2, delay=0.3, per_host=1)
    urls = [f"{site.base}/a/{i}.html" for i in range(4)]
    clock = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        pages = list(pool.map(polite.get, urls))
    took = time.monotonic() - clock
    assert all(p.status == 200 for p in pages)
    assert took >= 0.3 * 4 - 0.05  # robots.txt and four pages, each start 0.3 s after the previous
    assert site.hits["/robots.txt"] == 1
