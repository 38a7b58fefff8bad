"""`sphere watch`: poll feeds on a schedule, politely, and ingest what is new, once.

A *round* polls every feed that is due (`watch_feeds.next_poll`), in parallel threads, through `Polite`
(robots.txt, per-host rate and concurrency, conditional GET with the stored ETag / Last-Modified, a deadline
per fetch). A feed that answers 304 costs nothing more. Entry links never seen before (or failed before and
due for another try) are fetched the same way and handed to the ingest pipeline (`sphere.ingest.pipeline`),
which reads and stores them; each link's outcome is kept in `watch_items`, so a restart — or a kill at any
moment — fetches nothing twice: links stored or duplicated are skipped for good, failed ones wait for their
backoff. A feed that fails (hangs, lies about its size, loops redirects, breaks its XML, is refused by
robots.txt) is logged in `ingest_log` with its URL and reason and tried again after an exponential backoff;
it never holds up the other feeds. A feed with very many entries is cut to its first `MAX_SCAN` entries
before parsing, and at most `max_items` new links are taken from a feed per round.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from sphere import settings
from sphere.ingest.feeds import feed_links
from sphere.ingest.pipeline import Item, ingest
from sphere.ingest.politeness import Polite, backoff
from sphere.kb.outlets import outlet_for_url
from sphere.read.errors import ReadError
from sphere.store import schema as t
from sphere.store.documents import log_many
from sphere.store.store import Store

log = logging.getLogger("sphere.watch")
MAX_SCAN = 2000  # entries of one feed looked at; the rest of a huge feed is cut before parsing
ITEM_ATTEMPTS = 5  # tries of one entry link before it is given up
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Feed:
    """One feed to watch, and the registry outlet it belongs to (if any)."""

    url: str
    outlet_id: str | None = None


@dataclass
class WatchOptions:
    """How to poll: schedule, politeness and limits (defaults from settings)."""

    interval: float = 900.0
    timeout: float = 20.0
    delay: float = 2.0
    per_host: int = 2
    workers: int = 8
    max_items: int = 100
    max_feed_bytes: int = 10_000_000
    allow_private: bool = False
    robots: bool = True
    max_backoff: float = 86_400.0
    read_workers: int | None = None  # reader processes for the new pages (default: the `workers` setting)

    @classmethod
    def from_settings(cls, **overrides: object) -> WatchOptions:
        """Return options from settings, with `overrides` (None values ignored)."""
        opts = cls(
            interval=float(settings.get("watch_interval") or 900),
            timeout=float(settings.get("fetch_timeout") or 20),
            delay=float(settings.get("watch_host_delay") or 2),
            per_host=int(settings.get("watch_host_concurrency") or 2),
            workers=int(settings.get("watch_workers") or 8),
            max_items=int(settings.get("watch_max_items") or 100),
            allow_private=settings.get("allow_private") == "1",
        )
        for key, value in overrides.items():
            if value is not None:
                setattr(opts, key, value)
        return opts


@dataclass
class FeedOutcome:
    """What polling one feed gave."""

    feed: Feed
    status: str  # ok | not_modified | failed
    links: list[str] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    code: str | None = None
    reason: str | None = None


@dataclass
class RoundReport:
    """What one round did."""

    run_id: str
    started: str
    polled: int = 0
    not_modified: int = 0
    feeds_failed: list[tuple[str, str, str]] = field(default_factory=list)  # (feed, code, reason)
    new_links: int = 0
    stored: int = 0
    duplicates: int = 0
    items_failed: list[tuple[str, str, str]] = field(default_factory=list)  # (link, code, reason)
    fetch_seconds: float = 0.0  # polling feeds and fetching their new pages
    seconds: float = 0.0  # the whole round, reading and storing included


def _id(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:32]


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def registry_feeds() -> list[Feed]:
    """Return the confirmed feeds of the source registry (`kb/data/outlets.jsonl`)."""
    from sphere.kb.outlets import feed_urls

    return [Feed(url, outlet) for url, outlet in feed_urls()]


def read_feed_list(path: Path) -> list[Feed]:
    """Return the feeds listed in a text file, one URL per line (blank lines and # comments skipped)."""
    out: list[Feed] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        url = line.split("#", 1)[0].strip()
        if url:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"{path}: not an http(s) URL: {url!r}")
            out.append(Feed(url))
    return out


_CLOSE = re.compile(rb"</(item|entry)\s*>", re.IGNORECASE)


def bound_feed(body: bytes, limit: int = MAX_SCAN) -> bytes:
    """Cut a feed after its `limit`-th entry and close it, so that a feed of 100k items parses quickly."""
    for count, match in enumerate(_CLOSE.finditer(body), 1):
        if count >= limit:
            tail = b"</feed>" if match.group(1).lower() == b"entry" else b"</channel></rss>"
            return body[: match.end()] + tail
    return body


def register(store: Store, feeds: Iterable[Feed]) -> None:
    """Add feeds not yet known to `watch_feeds` (due at once)."""
    feeds = list(feeds)
    with store.transaction() as conn:
        known = set(conn.execute(sa.select(t.watch_feeds.c.id)).scalars())
        rows: dict[str, dict[str, str | None]] = {}
        for f in feeds:
            if _id(f.url) not in known:
                outlet = f.outlet_id or (outlet_for_url(f.url) or {}).get("id")
                rows.setdefault(_id(f.url), {"id": _id(f.url), "url": f.url, "outlet_id": outlet})
        if rows:
            conn.execute(sa.insert(t.watch_feeds), list(rows.values()))


def due_feeds(store: Store, feeds: list[Feed], now: datetime) -> list[tuple[Feed, dict[str, Any]]]:
    """Return the feeds whose next poll has come, with their stored state."""
    by_id = {_id(f.url): f for f in feeds}
    rows = store.query(sa.select(t.watch_feeds).where(t.watch_feeds.c.id.in_(list(by_id))))
    stamp = _iso(now)
    return [(by_id[r["id"]], r) for r in rows if r["next_poll"] is None or r["next_poll"] <= stamp]


def poll_feed(polite: Polite, feed: Feed, state: dict[str, Any], max_items: int) -> FeedOutcome:
    """Fetch one feed (conditionally) and return its entry links, or why it failed."""
    try:
        page = polite.get(
            feed.url,
            etag=str(state["etag"]) if state.get("etag") else None,
            last_modified=str(state["last_modified"]) if state.get("last_modified") else None,
        )
        if page.status == 304:
            return FeedOutcome(
                feed, "not_modified", etag=state.get("etag"), last_modified=state.get("last_modified")
            )
        links = feed_links(bound_feed(page.body), page.url)
        return FeedOutcome(
            feed,
            "ok",
            links=links[: max(max_items, 0) * 4],
            etag=page.headers.get("etag"),
            last_modified=page.headers.get("last-modified"),
        )
    except ReadError as exc:
        return FeedOutcome(feed, "failed", code=exc.code, reason=str(exc))
    except httpx.HTTPError as exc:  # e.g. a body shorter than its Content-Length
        return FeedOutcome(
            feed, "failed", code="http_error", reason=f"{feed.url}: {type(exc).__name__}: {exc}"
        )
    except Exception as exc:  # a bug or an odd answer costs this feed, never the round
        return FeedOutcome(feed, "failed", code="internal_error", reason=f"{type(exc).__name__}: {exc}")


def _wanted(store: Store, links: list[str], now: datetime) -> set[str]:
    """Return the links not taken in yet: never seen, or failed and due again with tries left."""
    ids = {_id(u): u for u in links}
    wi = t.watch_items
    done: dict[str, dict[str, Any]] = {}
    keys = list(ids)
    for i in range(0, len(keys), 500):
        for r in store.query(
            sa.select(wi.c.id, wi.c.status, wi.c.attempts, wi.c.next_try).where(
                wi.c.id.in_(keys[i : i + 500])
            )
        ):
            done[str(r["id"])] = r
    stamp = _iso(now)
    out: set[str] = set()
    for key, url in ids.items():
        row = done.get(key)
        if row is None or (
            row["status"] == "failed"
            and int(row["attempts"] or 0) < ITEM_ATTEMPTS
            and str(row["next_try"] or "") <= stamp
        ):
            out.add(url)
    return out


def watch_round(
    store: Store,
    feeds: list[Feed],
    opts: WatchOptions,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> RoundReport:
    """Poll the due feeds once, ingest their new entries and record every outcome (see the module doc)."""
    clock = time.monotonic()
    now = now or datetime.now(UTC)
    report = RoundReport(run_id="watch-" + uuid.uuid4().hex[:20], started=_iso(now))
    register(store, feeds)
    due = due_feeds(store, feeds, now)
    polite = Polite(
        allow_private=opts.allow_private,
        timeout=opts.timeout,
        max_bytes=opts.max_feed_bytes,
        delay=opts.delay,
        per_host=opts.per_host,
        robots=opts.robots,
    )
    say = progress or (lambda _msg: None)
    with ThreadPoolExecutor(max_workers=max(1, opts.workers), thread_name_prefix="watch") as pool:
        outcomes = list(pool.map(lambda fs: poll_feed(polite, fs[0], fs[1], opts.max_items), due))
        report.polled = len(outcomes)
        todo: dict[str, str] = {}  # link -> feed id
        for out in outcomes:
            if out.status == "failed":
                report.feeds_failed.append((out.feed.url, out.code or "error", out.reason or ""))
                say(f"feed failed  {out.feed.url}: {out.reason}")
                continue
            if out.status == "not_modified":
                report.not_modified += 1
                say(f"not modified {out.feed.url}")
                continue
            wanted = _wanted(store, out.links, now)
            fresh = [u for u in out.links if u in wanted and u not in todo][: opts.max_items]
            for u in fresh:
                todo[u] = _id(out.feed.url)
            say(f"polled       {out.feed.url}: {len(out.links)} entries, {len(fresh)} new")
        report.new_links = len(todo)
        pages = list(pool.map(lambda u: _fetch_item(polite, u), list(todo)))
    report.fetch_seconds = time.monotonic() - clock
    items = [p for p in pages if isinstance(p, Item)]
    fetch_failures = [p for p in pages if isinstance(p, tuple)]
    outcome: dict[str, tuple[str, str | None, str | None]] = {}
    for link, code, reason in fetch_failures:
        outcome[link] = ("failed", code, reason)

    def note(source: str, status: str) -> None:
        outcome.setdefault(source, (status, None, None))

    if items:
        result = ingest(store, items, workers=opts.read_workers, progress=note)
        for source, code, reason in result.failed:
            outcome[source] = ("failed", code, reason)
    for link, (status, code_, reason_) in outcome.items():
        if status == "stored":
            report.stored += 1
        elif status == "duplicate":
            report.duplicates += 1
        else:
            report.items_failed.append((link, code_ or "error", reason_ or ""))
    _save(store, report, opts, now, outcomes, todo, outcome)
    report.seconds = time.monotonic() - clock
    say(
        f"round done in {report.seconds:.1f} s: {report.polled} feeds polled ({report.not_modified} not modified, "
        f"{len(report.feeds_failed)} failed), {report.stored} stored, {report.duplicates} duplicates, "
        f"{len(report.items_failed)} pages failed"
    )
    return report


def _fetch_item(polite: Polite, url: str) -> Item | tuple[str, str, str]:
    try:
        page = polite.get(url)
    except ReadError as exc:
        return (url, exc.code, str(exc))
    except httpx.HTTPError as exc:
        return (url, "http_error", f"{url}: {type(exc).__name__}: {exc}")
    except Exception as exc:
        return (url, "internal_error", f"{type(exc).__name__}: {exc}")
    return Item(url, body=page.body, url=page.url, content_type=page.content_type)


def _save(
    store: Store,
    report: RoundReport,
    opts: WatchOptions,
    now: datetime,
    outcomes: list[FeedOutcome],
    todo: dict[str, str],
    items: dict[str, tuple[str, str | None, str | None]],
) -> None:
    """Record the round: each feed's new state and schedule, each link's outcome, failures in the log."""
    wf, wi = t.watch_feeds, t.watch_items
    stamp = _iso(now)
    logs: list[dict[str, str | None]] = []
    with store.transaction() as conn:
        for out in outcomes:
            fid = _id(out.feed.url)
            row = conn.execute(sa.select(wf.c.failures, wf.c.items_seen).where(wf.c.id == fid)).one()
            if out.status == "failed":
                failures = int(row.failures) + 1
                wait = backoff(
                    failures + 1, max(opts.interval, 60.0), opts.max_backoff
                )  # 2x, 4x … the interval
                values: dict[str, object] = {"failures": failures, "last_error": f"{out.code}: {out.reason}"}
                logs.append(
                    {"source": out.feed.url, "status": "failed", "code": out.code, "reason": out.reason}
                )
                log.warning("feed %s failed (%s): %s", out.feed.url, out.code, out.reason)
            else:
                wait = opts.interval
                values = {
                    "failures": 0,
                    "last_error": None,
                    "etag": out.etag,
                    "last_modified": out.last_modified,
                }
                values["items_seen"] = int(row.items_seen) + sum(1 for v in todo.values() if v == fid)
            values |= {
                "last_polled": stamp,
                "last_status": out.status,
                "next_poll": _iso(now + timedelta(seconds=wait)),
            }
            conn.execute(sa.update(wf).where(wf.c.id == fid).values(**values))
        for link, feed_id in todo.items():
            status, code, reason = items.get(link, ("failed", "not_read", "the page was not read"))
            key = _id(link)
            old = conn.execute(sa.select(wi.c.attempts).where(wi.c.id == key)).scalar_one_or_none()
            attempts = int(old or 0) + 1
            values = {
                "status": status,
                "attempts": attempts,
                "last_error": f"{code}: {reason}" if status == "failed" else None,
                "next_try": _iso(
                    now + timedelta(seconds=backoff(attempts, max(opts.interval, 60.0), opts.max_backoff))
                )
                if status == "failed"
                else None,
            }
            if old is None:
                conn.execute(
                    sa.insert(wi).values(id=key, link=link, feed_id=feed_id, first_seen=stamp, **values)
                )
            else:
                conn.execute(sa.update(wi).where(wi.c.id == key).values(**values))
            if status == "failed":
                logs.append({"source": link, "status": "failed", "code": code, "reason": reason})
                log.warning("page %s failed (%s): %s", link, code, reason)
        log_many(conn, report.run_id, logs)


def watch(
    store: Store,
    feeds: list[Feed],
    opts: WatchOptions,
    *,
    once: bool = False,
    rounds: int | None = None,
    progress: Progress | None = None,
    sleep: Callable[[float], None] = time.sleep,
    after_round: Callable[[RoundReport], None] | None = None,
) -> list[RoundReport]:
    """Run rounds until stopped (Ctrl+C), `rounds` are done, or one round with `once`; return the reports."""
    reports: list[RoundReport] = []
    limit = 1 if once else rounds
    while limit is None or len(reports) < limit:
        report = watch_round(store, feeds, opts, progress=progress)
        reports.append(report)
        if after_round:
            after_round(report)
        if limit is not None and len(reports) >= limit:
            break
        sleep(max(1.0, seconds_to_next(store, feeds)))
    return reports


def seconds_to_next(store: Store, feeds: list[Feed]) -> float:
    """Return the seconds until the next feed is due (0 when one is due now)."""
    ids = [_id(f.url) for f in feeds]
    rows = store.query(
        sa.select(sa.func.min(t.watch_feeds.c.next_poll).label("n")).where(t.watch_feeds.c.id.in_(ids))
    )
    nxt = rows[0]["n"] if rows else None
    if not nxt:
        return 0.0
    return max(0.0, (datetime.fromisoformat(str(nxt)) - datetime.now(UTC)).total_seconds())
