"""The fetcher against real HTTP servers on loopback: limits, redirects and the private-address guard."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator

import pytest

from sphere.ingest.fetch import FetchError, fetch, is_blocked_address
from tests.ingest.http_server import RoutedHandler, serve

PAGE = b"<html><head><title>T</title></head><body><article><p>Hello Astana.</p></article></body></html>"


class Handler(RoutedHandler):
    def do_GET(self) -> None:
        port = self.server.server_address[1]
        routes = {
            "/page": lambda: self.send(200, PAGE),
            "/hop": lambda: self.send(302, b"", Location="/page"),
            "/loop": lambda: self.send(302, b"", Location="/loop"),
            "/to-loopback": lambda: self.send(302, b"", Location=f"http://127.0.0.1:{port}/page"),
            "/to-metadata": lambda: self.send(302, b"", Location="http://169.254.169.254/latest/meta-data/"),
            "/image": lambda: self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png"),
            "/big": lambda: self.send(200, b"x" * 200_000),
            "/bomb": lambda: self.send(200, gzip.compress(b"a" * 5_000_000), Content_Encoding="gzip"),
            "/missing": lambda: self.send(404, b"not here"),
        }
        if self.path == "/slow":
            time.sleep(2)
            self.send(200, PAGE)
            return
        routes.get(self.path, routes["/missing"])()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.2 (a loopback address the tests allow one at a time)."""
    with serve(Handler, "127.0.0.2") as url:
        yield url


ALLOW_TEST_HOST = frozenset({"127.0.0.2"})


def test_fetches_a_page_and_follows_redirects(server: str) -> None:
    page = fetch(server + "/hop", allow_private=True)
    assert page.status == 200 and page.body == PAGE
    assert page.redirects == [server + "/page"]
    assert page.content_type == "text/html"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8080/",
        "http://169.254.169.254/",
        "http://[::1]/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://0.0.0.0/",
    ],
)
def test_private_addresses_are_refused_without_the_flag(url: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch(url)
    assert info.value.code == "blocked_address"


@pytest.mark.parametrize("path", ["/to-loopback", "/to-metadata"])
def test_redirects_to_private_addresses_are_refused(server: str, path: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch(server + path, allow_private=False, allowed_addresses=ALLOW_TEST_HOST)
    assert info.value.code == "blocked_address"


@pytest.mark.parametrize(
    ("path", "code", "kwargs"),
    [
        ("/loop", "too_many_redirects", {}),
        ("/image", "bad_content_type", {}),
        ("/big", "too_large", {"max_bytes": 100_000}),
        ("/bomb", "too_large", {"max_bytes": 1_000_000}),
        ("/missing", "http_status", {}),
        ("/slow", "timeout", {"timeout": 0.5}),
    ],
)
def test_limits(server: str, path: str, code: str, kwargs: dict[str, object]) -> None:
    with pytest.raises(FetchError) as info:
        fetch(server + path, allow_private=True, **kwargs)  # type: ignore[arg-type]
    assert info.value.code == code


def test_address_classes() -> None:
    assert is_blocked_address("127.0.0.1") and is_blocked_address("::ffff:10.0.0.1")
    assert is_blocked_address("169.254.169.254") and is_blocked_address("fd00::1")
    assert not is_blocked_address("8.8.8.8")
