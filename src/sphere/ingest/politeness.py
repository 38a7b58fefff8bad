"""Fetching politely: robots.txt, a per-host rate limit and concurrency cap, conditional GET and backoff.

`Polite.get(url)` asks robots.txt first (fetched once per host and kept for `robots_ttl` seconds; a missing
robots.txt allows everything, an unreachable one refuses the host for now), waits for its turn on the host
(at most `per_host` requests in flight, at least `delay` seconds between two starts), then fetches through
the guarded fetcher (`sphere.ingest.fetch`, private addresses refused unless allowed) with `If-None-Match` /
`If-Modified-Since` when the caller knows the last ETag / Last-Modified. Every wait is bounded by the fetch
deadline, so one slow host never holds a worker longer than one fetch.

`backoff(failures, base, cap)` is the exponential wait before a failing feed or page is tried again.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from sphere.ingest.fetch import USER_AGENT, FetchedPage, FetchError, fetch

ROBOTS_AGENT = "Sphere"


def backoff(failures: int, base: float, cap: float = 86_400.0) -> float:
    """Return the seconds to wait after `failures` failures in a row: base, 2·base, 4·base … up to `cap`."""
    if failures <= 0:
        return base
    return float(min(cap, base * (2 ** min(failures - 1, 30))))


@dataclass
class _Host:
    """What is known about one host: its robots.txt rules, in-flight requests and last request time."""

    gate: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    robots_lock: threading.Lock = field(default_factory=threading.Lock)  # one robots.txt fetch at a time
    last_start: float = 0.0
    robots: RobotFileParser | None = None
    robots_at: float = 0.0
    robots_error: str | None = None


class Polite:
    """A shared fetcher for many threads that keeps to each host's robots.txt, rate and concurrency."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        timeout: float = 20.0,
        max_bytes: int = 10_000_000,
        delay: float = 2.0,
        per_host: int = 2,
        robots: bool = True,
        robots_ttl: float = 86_400.0,
    ) -> None:
        """Set the fetch rules shared by every request made through this object."""
        self.allow_private = allow_private
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.delay = delay
        self.per_host = max(1, per_host)
        self.robots = robots
        self.robots_ttl = robots_ttl
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, key: str) -> _Host:
        with self._lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(threading.Semaphore(self.per_host))
            return host

    def _turn(self, host: _Host, url: str) -> None:
        """Wait for a free slot on the host and for `delay` since its last request (bounded by the timeout)."""
        if not host.gate.acquire(timeout=max(self.timeout, 1.0) * 3):
            raise FetchError(f"{url}: the host stayed busy too long", source=url, code="host_busy")
        with host.lock:
            wait = host.last_start + self.delay - time.monotonic()
            host.last_start = max(time.monotonic(), host.last_start + self.delay)
        if wait > 0:
            time.sleep(wait)

    def _fetch(self, host: _Host, url: str, headers: dict[str, str] | None) -> FetchedPage:
        self._turn(host, url)
        try:
            return fetch(
                url,
                allow_private=self.allow_private,
                timeout=self.timeout,
                max_bytes=self.max_bytes,
                headers=headers,
            )
        finally:
            host.gate.release()

    def allowed(self, url: str) -> bool:
        """Return True when the host's robots.txt lets Sphere fetch `url`; raise FetchError if it is unreachable."""
        if not self.robots:
            return True
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        host = self._host(key)
        with host.robots_lock:
            now = time.monotonic()
            if host.robots is None or now - host.robots_at > self.robots_ttl:
                host.robots, host.robots_at = self._read_robots(host, key, url), now
        assert host.robots is not None
        return host.robots.can_fetch(ROBOTS_AGENT, url) and host.robots.can_fetch(USER_AGENT, url)

    def _read_robots(self, host: _Host, key: str, url: str) -> RobotFileParser:
        parser = RobotFileParser()
        try:
            page = self._fetch(host, key + "/robots.txt", None)
            parser.parse(page.body.decode("utf-8", errors="replace").splitlines())
        except FetchError as exc:
            status = _status_of(exc)
            if status is not None and 400 <= status < 500:
                parser.parse([])  # no robots.txt: everything is allowed
            else:
                raise FetchError(
                    f"robots.txt of {key} cannot be read ({exc}); trying again later",
                    source=url,
                    code="robots_unavailable",
                ) from None
        return parser

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchedPage:
        """Fetch `url` politely (conditionally when `etag` / `last_modified` are given); raise FetchError."""
        if not self.allowed(url):
            raise FetchError(f"robots.txt disallows {url}", source=url, code="robots_disallowed")
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        parts = urlsplit(url)
        return self._fetch(self._host(f"{parts.scheme}://{parts.netloc}"), url, headers or None)


def _status_of(exc: FetchError) -> int | None:
    """Return the HTTP status a FetchError reports ('answered HTTP 404'), or None."""
    text = str(exc)
    marker = "answered HTTP "
    if exc.code == "http_status" and marker in text:
        digits = text.split(marker, 1)[1][:3]
        return int(digits) if digits.isdigit() else None
    return None
