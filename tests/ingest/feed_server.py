"""A loopback news site for the watch tests: feeds that change between rounds, answer 304, go slow, hang,
break, loop redirects, lie about their size or list 100k entries, with articles written for the tests."""

from __future__ import annotations

import threading
import time
from collections import Counter
from email.utils import formatdate

from tests.ingest.http_server import RoutedHandler

TOPICS = [
    (
        "railway",
        "The railway between the two capitals will be {n} kilometres long, officials in Bishkek said.",
    ),
    ("pipeline", "Engineers reported that the gas pipeline section number {n} passed its pressure tests."),
    (
        "power",
        "The hydropower plant on the river will add {n} megawatts to the grid by the end of the decade.",
    ),
    (
        "trade",
        "Customs data showed the border crossing handled {n} thousand tonnes of freight in the quarter.",
    ),
    ("summit", "Foreign ministers met in Astana for talks on transit corridors, the {n}th round this year."),
]


def article(name: str) -> bytes:
    """Return a distinct HTML article for `name` (its own words, never copied from any corpus)."""
    n = sum(ord(c) for c in name) % 900 + 100
    topic, lead = TOPICS[n % len(TOPICS)]
    paras = [
        lead.format(n=n),
        f"Report {name} describes the {topic} work in detail, from the crews on site to the schedules agreed "
        f"with contractors and the budget line that parliament approved for it in the autumn session.",
        f"Residents of district {n % 17} told reporters that the {topic} project had changed their daily routines, "
        f"with new roads, new jobs for young people and more traffic on the old market street.",
        f"According to the ministry, the next stage of the {topic} plan will start after an environmental review "
        f"and a public hearing, which are expected to take several months to complete.",
        f"Analysts in the capital said that the {topic} item {name} showed how the government balances its "
        f"partners, seeking loans from several lenders rather than relying on a single one.",
        f"The ministry promised to publish an update on {topic} item {name} after the next planning session, "
        f"together with the figures for the first half of the year and the revised timetable.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><title>{topic.title()} update {name}</title></head><body><article>"
        f"<h1>{topic.title()} update {name}</h1>{body}</article></body></html>"
    ).encode()


def rss(base: str, links: list[str], title: str = "Feed") -> bytes:
    """Return an RSS 2.0 feed listing `links` (paths on `base`)."""
    items = "".join(
        f"<item><title>{p}</title><link>{base}{p}</link><guid>{base}{p}</guid></item>" for p in links
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{base}/</link><description>test</description>{items}</channel></rss>"
    ).encode()


class Site:
    """The server's state: the round it plays, and every request it saw (path -> count)."""

    def __init__(self) -> None:
        self.round = 1
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.base = ""
        self.last_modified = formatdate(1_700_000_000, usegmt=True)

    def feeds(self) -> dict[str, list[str]]:
        """Return each ordinary feed's entries for the current round."""
        r2 = self.round >= 2
        return {
            "/feed/a.xml": ["/a/1.html", "/a/2.html"] + (["/a/3.html"] if r2 else []),
            "/feed/b.xml": ["/b/1.html", "/b/2.html"],  # unchanged: answers 304 to its ETag
            "/feed/c.xml": ["/c/1.html"] + (["/c/2.html"] if r2 else []),  # slow but within the deadline
            "/feed/d.xml": [
                "/d/1.html",
                "/private/d2.html",
            ],  # 304 by Last-Modified; one link robots.txt forbids
        }


def make_handler(site: Site) -> type[RoutedHandler]:
    """Return a request handler class serving `site`."""

    class Handler(RoutedHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            with site.lock:
                site.hits[path] += 1
            feeds = site.feeds()
            if path == "/robots.txt":
                self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/feed/b.xml":
                if self.headers.get("If-None-Match") == '"b-v1"':
                    self.send(304, b"", "application/rss+xml", ETag='"b-v1"')
                else:
                    self.send(200, rss(site.base, feeds[path]), "application/rss+xml", ETag='"b-v1"')
            elif path == "/feed/d.xml":
                if self.headers.get("If-Modified-Since") == site.last_modified:
                    self.send(304, b"", "application/rss+xml")
                else:
                    self.send(
                        200,
                        rss(site.base, feeds[path]),
                        "application/rss+xml",
                        Last_Modified=site.last_modified,
                    )
            elif path == "/feed/c.xml":
                time.sleep(0.6)
                self.send(200, rss(site.base, feeds[path]), "application/rss+xml")
            elif path in feeds:
                self.send(200, rss(site.base, feeds[path]), "application/rss+xml")
            elif path == "/feed/hang.xml":
                time.sleep(4)
                try:
                    self.send(200, rss(site.base, ["/never.html"]), "application/rss+xml")
                except OSError:  # the client gave up long ago
                    self.close_connection = True
            elif path == "/feed/broken.xml":
                if site.round == 1:
                    self.send(500, b"oops", "text/plain")
                else:
                    self.send(
                        200, b'<?xml version="1.0"?><rss><channel><item><title>x', "application/rss+xml"
                    )
            elif path == "/feed/loop.xml":
                self.send(302, b"", "text/plain", Location="/feed/loop.xml")
            elif path == "/feed/liar.xml":  # says 100,000 bytes, sends a few and hangs up
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b'<?xml version="1.0"?><rss>')
                self.close_connection = True
            elif path == "/feed/huge.xml":  # 100k entries
                items = "".join(f"<item><link>{site.base}/big/{i}.html</link></item>" for i in range(100_000))
                body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>{items}</channel></rss>'
                self.send(200, body.encode(), "application/rss+xml")
            elif path.endswith(".html") and not path.startswith("/never"):
                self.send(200, article(path.strip("/").replace("/", "-").removesuffix(".html")))
            else:
                self.send(404, b"not found", "text/plain")

    return Handler
