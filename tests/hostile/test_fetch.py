"""Hostile servers: every fetch ends within its one deadline, as a page or a FetchError with a code, and one
bad source is one failed item in an ingest, never the run.

A real HTTP server on 127.0.0.1 (tests/ingest/http_server.py) answers each route; some routes write raw
bytes to break the protocol on purpose (a header byte per second, endless 100 Continue, a body shorter
than its Content-Length).
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sphere.ingest.fetch import FetchError, fetch
from sphere.ingest.pipeline import ingest
from sphere.store import Store
from tests.ingest.http_server import RoutedHandler, serve

ARTICLE = (
    "<html><head><title>Rail deal</title></head><body><article>"
    + "<p>Kazakhstan and China signed an agreement on a new railway line on Tuesday in Astana.</p>" * 3
    + "<p>The line will carry freight to Europe, officials said on Wednesday.</p></article></body></html>"
).encode()
GOOD = (
    "Uzbekistan opened a new solar power plant near Samarkand, the energy ministry said on Monday. "
    "The plant was built with investment from a Gulf company and will supply two hundred thousand homes.\n"
)


def _raw(handler: RoutedHandler, data: bytes, pause: float = 0.0, each: int = 0) -> None:
    """Write `data` raw; with `each`, `each` bytes at a time with `pause` seconds between."""
    try:
        if not each:
            handler.wfile.write(data)
            handler.wfile.flush()
            return
        for i in range(0, len(data), each):
            handler.wfile.write(data[i : i + each])
            handler.wfile.flush()
            time.sleep(pause)
    except (BrokenPipeError, ConnectionResetError):
        pass
    handler.close_connection = True


def _gzip_twice(data: bytes) -> bytes:
    return gzip.compress(gzip.compress(data))


class Handler(RoutedHandler):
    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        routes: dict[str, Callable[[], None]] = {
            "/ok": lambda: self.send(200, ARTICLE),
            "/header-drip": lambda: _raw(
                self, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"a" * 100, 0.25, 1
            ),
            "/status-drip": lambda: _raw(self, b"HTTP/1.1 200 OK\r\n", 0.5, 1),
            "/continue-forever": lambda: _raw(self, b"HTTP/1.1 100 Continue\r\n\r\n" * 200, 0.05, 26),
            "/short-body": lambda: _raw(
                self, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>short"
            ),
            "/garbage-status": lambda: _raw(self, b"NOT HTTP AT ALL\r\n\r\n"),
            "/bad-header": lambda: _raw(self, b"HTTP/1.1 200 OK\r\nBad Header Without Colon\r\n\r\nbody"),
            "/gzip-gzip": lambda: self.send(
                200, _gzip_twice(b"<p>" + b"x" * 200_000 + b"</p>"), Content_Encoding="gzip, gzip"
            ),
            "/gzip-twice-headers": lambda: self.send_two_encodings(),
            "/brotli-claimed": lambda: self.send(200, b"not brotli", Content_Encoding="br"),
            "/unknown-encoding": lambda: self.send(200, ARTICLE, Content_Encoding="x-evil"),
            "/deflate": lambda: self.send(200, zlib.compress(ARTICLE), Content_Encoding="deflate"),
            "/gzip": lambda: self.send(200, gzip.compress(ARTICLE), Content_Encoding="gzip"),
            "/to-data": lambda: self.send(302, b"", Location="data:text/html,<p>hi</p>"),
            "/to-javascript": lambda: self.send(302, b"", Location="javascript:alert(1)"),
            "/to-file": lambda: self.send(302, b"", Location="file:///etc/passwd"),
            "/to-bad-port": lambda: self.send(302, b"", Location="http://127.0.0.1:99999/x"),
            "/to-bad-host": lambda: self.send(302, b"", Location="http://[::1/x"),
            "/to-spaces": lambda: self.send(302, b"", Location="http://exa mple.com/ x"),
            "/to-ftp": lambda: self.send(302, b"", Location="ftp://127.0.0.1/x"),
            "/no-location": lambda: self.send(302, b""),
            "/charset": lambda: self.send(
                200,
                "<html><body><p>Привет, мир. Казахстан и Китай подписали соглашение.</p></body></html>".encode(
                    "cp1251"
                ),
                "text/html; charset=windows-1251",
            ),
            "/204": lambda: self.send(204, b""),
            "/304": lambda: self.send(304, b""),
            "/huge-length": lambda: self.send_declared(10**12),
            "/negative-length": lambda: self.send_declared(-5),
            "/feed-of-traps": lambda: self.send(200, self.trap_feed(), "application/rss+xml"),
        }
        routes.get(path, lambda: self.send(404, b"no"))()

    def send_two_encodings(self) -> None:
        body = _gzip_twice(ARTICLE)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_declared(self, length: int) -> None:
        _raw(
            self,
            f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {length}\r\n\r\n<p>x".encode(),
        )

    def trap_feed(self) -> bytes:
        port = self.server.server_address[1]
        links = ["/ok", "/to-data", "/short-body", "/to-javascript", "/gzip-gzip", "/ok?again=1"]
        items = "".join(f"<item><link>http://127.0.0.1:{port}{p}</link></item>" for p in links)
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(Handler) as url:
        yield url


# route -> expected error code (None: fetched)
ROUTES: dict[str, str | None] = {
    "/ok": None,
    "/header-drip": "timeout",
    "/status-drip": "timeout",
    "/continue-forever": "timeout",
    "/short-body": "http_error",
    "/garbage-status": "http_error",
    "/bad-header": "http_error",
    "/gzip-gzip": "bad_encoding",
    "/gzip-twice-headers": "bad_encoding",
    "/brotli-claimed": "bad_encoding",
    "/unknown-encoding": "bad_encoding",
    "/deflate": None,
    "/gzip": None,
    "/to-data": "bad_url",
    "/to-javascript": "bad_url",
    "/to-file": "bad_url",
    "/to-bad-port": "bad_url",
    "/to-bad-host": "*",
    "/to-spaces": "*",
    "/to-ftp": "bad_url",
    "/no-location": "http_error",
    "/charset": None,
    "/204": None,  # an empty page: the reader says empty_input
    "/304": "*",
    "/huge-length": "too_large",
    "/negative-length": "*",
}
DEADLINE = 3 * 1.0  # the overall deadline for SPHERE_FETCH_TIMEOUT=1


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_hostile_server(route: str, server: str) -> None:
    started = time.monotonic()
    try:
        page = fetch(server + route, allow_private=True, timeout=1.0, max_bytes=1_000_000)
        code = None
        assert len(page.body) <= 1_000_000
    except FetchError as exc:
        code = exc.code
        assert str(exc) and "Traceback" not in str(exc)
    elapsed = time.monotonic() - started
    assert elapsed < DEADLINE + 1.5, elapsed  # one deadline for connect, status, headers, 1xx and body
    expected = ROUTES[route]
    if expected != "*":
        assert code == expected


def test_the_http_charset_reaches_the_reader(server: str) -> None:
    page = fetch(server + "/charset", allow_private=True, timeout=2.0)
    assert page.header_content_type and "windows-1251" in page.header_content_type


def test_a_feed_of_traps_stores_its_good_entries(server: str, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    started = time.monotonic()
    with Store(tmp_path / "f.db") as store:
        import os

        os.environ["SPHERE_FETCH_TIMEOUT"] = "1"
        try:
            report = ingest(
                store, [str(tmp_path / "good.txt"), server + "/feed-of-traps"], workers=1, allow_private=True
            )
        finally:
            del os.environ["SPHERE_FETCH_TIMEOUT"]
    assert report.stored == 2  # the file and the one article (its second link is a duplicate)
    codes = sorted(c for _, c, _ in report.failed)
    assert codes == ["bad_encoding", "bad_url", "bad_url", "http_error"]
    assert time.monotonic() - started < 30


def test_a_bad_url_among_sources_is_one_failure(server: str, tmp_path: Path) -> None:
    with Store(tmp_path / "b.db") as store:
        report = ingest(
            store, [server + "/to-data", server + "/ok", "http://[::1"], workers=1, allow_private=True
        )
    assert report.stored == 1 and len(report.failed) == 2
