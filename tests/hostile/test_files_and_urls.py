"""Hostile input: every bad file or URL ends as a clear, logged outcome, never a crash or a lost neighbour.

Each case runs in one batch with two good documents around it; the good ones must always be stored, the
hostile one must be stored, skipped or fail with the expected error code. URLs are served by a real HTTP
server on 127.0.0.1, reached with `allow_private=True`; the guard cases run without it.
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from sphere.ingest.pipeline import ingest
from sphere.store import Store
from sphere.store import schema as t
from tests.ingest.http_server import RoutedHandler, serve

GOOD_A = (
    "Kazakhstan and China signed an agreement on a new railway line on Tuesday in Astana. "
    "The line will link the two countries' networks and carry freight to Europe, officials said. "
    "Construction is due to begin next year, according to the ministry of transport.\n"
)
GOOD_B = (
    "Uzbekistan opened a new solar power plant near Samarkand, the energy ministry said on Monday. "
    "The plant was built with investment from a Gulf company and will supply two hundred thousand homes. "
    "Officials said more plants are planned across the region in the coming years.\n"
)
ARTICLE_HTML = (
    "<html><head><title>Railway deal signed</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Railway deal signed</h1>"
    + "".join(f"<p>{s}.</p>" for s in GOOD_A.replace("Tuesday", "Wednesday").split(". "))
    + "</article><footer>Contact us</footer></body></html>"
).encode()
CYRILLIC = (
    "Казахстан и Китай подписали соглашение о строительстве новой железной дороги во вторник в Астане. "
    "Линия соединит сети двух стран и будет перевозить грузы в Европу, сообщили официальные лица. "
    "Строительство начнётся в следующем году, сообщило министерство транспорта.\n"
)

FAIL = "failed"
OK = "stored"


def _bomb(size: int) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * 1_000_000
    out = b"".join(z.compress(chunk) for _ in range(size // len(chunk)))
    return out + z.flush()


# name -> (file name, content maker, expected outcome, expected error code or None)
FILE_CASES: dict[str, tuple[str, Callable[[], bytes], str, str | None]] = {
    "empty": ("empty.txt", lambda: b"", FAIL, "empty_input"),
    "whitespace": ("blank.txt", lambda: b" \n\t\n  \r\n" * 50, FAIL, "empty_input"),
    "png": ("photo.html", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, FAIL, "binary_input"),
    "pdf": ("paper.txt", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 64, FAIL, "binary_input"),
    "zip": ("archive.txt", lambda: b"PK\x03\x04" + bytes(range(256)) * 64, FAIL, "binary_input"),
    "elf": ("program.txt", lambda: b"\x7fELF\x02\x01\x01" + bytes(256) * 64, FAIL, "binary_input"),
    "random bytes": ("noise.txt", lambda: bytes((i * 7919 + 13) % 256 for i in range(50_000)), FAIL, None),
    "gzip bomb": ("bomb.html.gz", lambda: _bomb(200_000_000), FAIL, None),
    "damaged gzip": ("cut.html.gz", lambda: gzip.compress(ARTICLE_HTML)[:40], FAIL, None),
    "gzip of an article": ("page.html.gz", lambda: gzip.compress(ARTICLE_HTML), OK, None),
    "cp1251": ("ru-cp1251.txt", lambda: CYRILLIC.encode("cp1251"), OK, None),
    "koi8-r": ("ru-koi8.txt", lambda: CYRILLIC.replace("вторник", "среду").encode("koi8-r"), OK, None),
    "utf-16 with BOM": ("utf16.txt", lambda: GOOD_A.replace("Tuesday", "Friday").encode("utf-16"), OK, None),
    "utf-8 BOM": ("bom.txt", lambda: b"\xef\xbb\xbf" + GOOD_B.replace("Monday", "Sunday").encode(), OK, None),
    "latin-1 bytes": ("latin1.txt", lambda: GOOD_A.replace("said", "said \xe9").encode("latin-1"), OK, None),
    "invalid utf-8 inside": (
        "bad-utf8.txt",
        lambda: GOOD_B.replace("Monday", "Thursday").encode() + b"\xff\xfe\xc3(" + b" end.",
        OK,
        None,
    ),
    "NUL bytes in text": ("nul.txt", lambda: GOOD_A.replace(" ", "\0 ", 3).encode(), None, None),
    "malformed html": (
        "broken.html",
        lambda: b"<html><body><p>" + GOOD_B.encode() + b"<div><p><b><i>unclosed <table><tr><td>",
        None,
        None,
    ),
    "html without body": ("nobody.html", lambda: b"<html><head><title>x</title></head></html>", FAIL, None),
    "script-only page": (
        "script.html",
        lambda: b"<html><body><script>" + b"var a=1;" * 5000 + b"</script>",
        FAIL,
        None,
    ),
    "page of links": (
        "index.html",
        lambda: (
            "<html><body><ul>"
            + "".join(f"<li><a href='/n/{i}'>Headline number {i}</a></li>" for i in range(300))
            + "</ul></body></html>"
        ).encode(),
        FAIL,
        None,
    ),
    "search form": (
        "search.html",
        lambda: b"<html><body><form><input name=q><button>Search</button></form></body></html>",
        FAIL,
        None,
    ),
    "deeply nested html": (
        "nested.html",
        lambda: b"<div>" * 20_000 + GOOD_B.encode() + b"</div>" * 20_000,
        None,
        None,
    ),
    "one huge line": ("line.txt", lambda: b"word " * 400_000, None, None),
    "json file named .txt": ("data.txt", lambda: b'{"a": [1, 2, 3], "b": {"c": null}}' * 20, None, None),
    "chinese text": (
        "zh.txt",
        lambda: ("中国与哈萨克斯坦签署了铁路协议。" * 40).encode(),
        OK,
        None,
    ),  # read, not refused
    "only digits": ("digits.txt", lambda: b"1234567890 " * 500, FAIL, None),
    "over the size limit": ("huge.txt", lambda: b"", FAIL, "input_too_large"),  # made sparse below
    "duplicate of a good file": ("copy.txt", lambda: GOOD_A.encode(), "duplicate", None),
}


def _write_case(folder: Path, name: str, make: Callable[[], bytes]) -> Path:
    path = folder / name
    if name == "huge.txt":  # 100 MB, sparse: checked by size before it is read
        with path.open("wb") as fh:
            fh.truncate(100 * 1024 * 1024)
    else:
        path.write_bytes(make())
    return path


def _outcomes(store: Store) -> dict[str, tuple[str, str | None]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.ingest_log.c.source, t.ingest_log.c.status, t.ingest_log.c.code))
        return {Path(r.source).name if "://" not in r.source else r.source: (r.status, r.code) for r in rows}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[str, tuple[str, str | None]]]:
    """Ingest every hostile file in one folder, between two good documents, once for all file cases."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "aaa_good.txt").write_text(GOOD_A)
    (folder / "zzz_good.txt").write_text(GOOD_B)
    for name, make, _, _ in FILE_CASES.values():
        _write_case(folder, name, make)
    store = Store(tmp_path_factory.mktemp("db") / "h.db")
    report = ingest(store, [str(folder)], workers=1)
    assert report.seen == len(FILE_CASES) + 2
    assert report.duplicates >= 1
    return store, _outcomes(store)


XFAIL: set[str] = set()


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c, marks=pytest.mark.xfail(reason="sphere.read.clean.text stores a list of links", strict=False)
        )
        if c in XFAIL
        else c
        for c in sorted(FILE_CASES)
    ],
)
def test_hostile_file(case: str, hostile_run: tuple[Store, dict[str, tuple[str, str | None]]]) -> None:
    _store, outcomes = hostile_run
    name, _, expected, code = FILE_CASES[case]
    assert outcomes["aaa_good.txt"][0] == "stored" and outcomes["zzz_good.txt"][0] == "stored"
    status, got = outcomes.get(name, ("duplicate", None))  # raw-content duplicates are counted, not logged
    if expected is not None:
        assert status == expected, (status, got)
    if code is not None:
        assert got == code
    if status == "failed":
        assert (got and got != "read_error") or code is None


def test_failures_carry_reasons(hostile_run: tuple[Store, dict[str, tuple[str, str | None]]]) -> None:
    store, _ = hostile_run
    with store.engine.connect() as conn:
        reasons = conn.execute(
            sa.select(t.ingest_log.c.reason).where(t.ingest_log.c.status == "failed")
        ).scalars()
        assert all(r and len(r) > 20 and "Traceback" not in r for r in reasons)


# -- URLs and feeds ---------------------------------------------------------------------------------------
PAGE_A = ARTICLE_HTML
PAGE_B = (
    "<html><head><title>Solar plant</title></head><body><article>"
    + "".join(f"<p>{s}.</p>" for s in GOOD_B.split(". "))
    + "</article></body></html>"
).encode()


def _feed(n: int, port: int, path: str = "/a") -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>http://127.0.0.1:{port}{path}?i={i}</link></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode()
    )


class Handler(RoutedHandler):
    def do_GET(self) -> None:
        port = self.server.server_address[1]
        rss = "application/rss+xml"
        routes: dict[str, Callable[[], None]] = {
            "/a": lambda: self.send(200, PAGE_A),
            "/b": lambda: self.send(200, PAGE_B),
            "/hop": lambda: self.send(302, b"", Location="/b"),
            "/to-loopback": lambda: self.send(302, b"", Location=f"http://127.0.0.1:{port}/a"),
            "/to-metadata": lambda: self.send(302, b"", Location="http://169.254.169.254/latest/meta-data/"),
            "/to-private": lambda: self.send(301, b"", Location="http://10.0.0.7/admin"),
            "/loop": lambda: self.send(302, b"", Location="/loop"),
            "/image": lambda: self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(500), "image/png"),
            "/octet": lambda: self.send(200, bytes(range(256)), "application/octet-stream"),
            "/big": lambda: self.send(200, b"<p>" + b"x" * 3_000_000 + b"</p>"),
            "/bomb": lambda: self.send(200, _bomb(50_000_000), Content_Encoding="gzip"),
            "/bad-gzip": lambda: self.send(200, b"not gzip at all", Content_Encoding="gzip"),
            "/500": lambda: self.send(500, b"oops"),
            "/404": lambda: self.send(404, b"no"),
            "/empty": lambda: self.send(200, b""),
            "/links": lambda: self.send(
                200,
                b"<html><body>" + b"".join(b"<a href='/x'>more news</a> " for _ in range(300)) + b"</body>",
            ),
            "/feed": lambda: self.send(200, _feed(3, port, "/b"), rss),
            "/huge-feed": lambda: self.send(200, _feed(2_000, port, "/a"), rss),
            "/broken-feed": lambda: self.send(200, b"<?xml version='1.0'?><rss><channel><item><link>", rss),
            "/feed-to-private": lambda: self.send(
                200,
                b"<?xml version='1.0'?><rss version='2.0'><channel><item><link>http://169.254.169.254/x"
                b"</link></item></channel></rss>",
                rss,
            ),
        }
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(8):
                self.wfile.write(b"<p>x</p>")
                self.wfile.flush()
                time.sleep(0.6)
            return
        path = self.path.split("?")[0]
        routes.get(path, routes["/a" if path == "/slow" else "/404"])()


def only_test_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let fetches reach the loopback test server but no other private address (the guard stays on)."""
    from sphere.ingest import feeds
    from sphere.ingest.fetch import FetchedPage, fetch

    def guarded(url: str, **kw: object) -> FetchedPage:
        return fetch(url, allow_private=False, allowed_addresses=frozenset({"127.0.0.1"}))

    monkeypatch.setattr(feeds, "fetch", guarded)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(Handler) as url:
        yield url


URL_CASES: dict[str, tuple[str, bool, str | None]] = {  # path, allow_private, expected error code
    "redirect followed": ("/hop", True, None),
    "redirect to 127.0.0.1 without the flag": ("/to-loopback", False, "blocked_address"),
    "redirect to 169.254.169.254": ("/to-metadata", True, "blocked_address"),
    "redirect to a private address": ("/to-private", True, "blocked_address"),
    "redirect loop": ("/loop", True, "too_many_redirects"),
    "image": ("/image", True, "bad_content_type"),
    "octet stream": ("/octet", True, "bad_content_type"),
    "too large": ("/big", True, "too_large"),
    "gzip bomb over http": ("/bomb", True, "too_large"),
    "bad content-encoding": ("/bad-gzip", True, "http_error"),
    "server error": ("/500", True, "http_status"),
    "not found": ("/404", True, "http_status"),
    "slow server": ("/slow", True, "timeout"),
    "dripping server": ("/drip", True, "timeout"),  # each chunk in time, the whole far too slow
    "empty body": ("/empty", True, "empty_input"),
    "page of links": ("/links", True, None),
    "broken feed": ("/broken-feed", True, "empty_feed"),
}


@pytest.mark.parametrize("case", sorted(URL_CASES))
def test_hostile_url(case: str, server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPHERE_FETCH_TIMEOUT", "1" if case == "dripping server" else "2")
    monkeypatch.setenv("SPHERE_MAX_INPUT_BYTES", "2000000")
    path, allow, code = URL_CASES[case]
    if case in ("redirect to 169.254.169.254", "redirect to a private address"):
        only_test_server(monkeypatch)
        allow = False
    with Store(tmp_path / "u.db") as store:
        good = tmp_path / "good.txt"
        good.write_text(GOOD_B)
        report = ingest(store, [str(good), server + path], workers=1, allow_private=allow)
        assert report.stored >= 1, report.failed  # the good neighbour is never lost
        if code is None:
            assert report.stored + len(report.failed) + report.duplicates >= 2
        else:
            assert [c for _, c, _ in report.failed] == [code], report.failed
            assert all(reason for _, _, reason in report.failed)


def test_guard_without_the_flag(server: str, tmp_path: Path) -> None:
    with Store(tmp_path / "g.db") as store:
        report = ingest(store, [server + "/a", server + "/feed"], workers=1)
        assert report.stored == 0
        assert sorted(c for _, c, _ in report.failed) == ["blocked_address", "blocked_address"]


def test_feed_entries_are_fetched_and_private_entries_refused(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path / "f.db") as store:
        report = ingest(store, [server + "/feed"], workers=1, allow_private=True)
        assert report.stored == 1 and report.duplicates == 2  # three entries, one page
        only_test_server(monkeypatch)
        report = ingest(store, [server + "/feed-to-private"], workers=1, allow_private=False)
        assert [c for _, c, _ in report.failed] == ["blocked_address"]


def test_huge_feed_is_capped(server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sphere.ingest import feeds

    monkeypatch.setattr(feeds, "MAX_FEED_ENTRIES", 12)  # 2,000 entries in the feed; 12 keeps the test fast
    MAX_FEED_ENTRIES = feeds.MAX_FEED_ENTRIES
    with Store(tmp_path / "h.db") as store:
        started = time.monotonic()
        report = ingest(store, [server + "/huge-feed"], workers=1, allow_private=True)
        assert report.seen == MAX_FEED_ENTRIES
        assert report.stored == 1 and report.duplicates == MAX_FEED_ENTRIES - 1
        assert time.monotonic() - started < 30
