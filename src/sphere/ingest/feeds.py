"""URLs and feeds: a fetched page is one item; an RSS/Atom feed becomes one item per entry link."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from sphere.ingest.fetch import FetchError, fetch
from sphere.read.errors import ReadError
from sphere.read.types import Reading

if TYPE_CHECKING:
    from sphere.ingest.pipeline import Item

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
MAX_FEED_ENTRIES = 500


def looks_like_feed(content_type: str | None, body: bytes) -> bool:
    """Return True when a response is an RSS/Atom feed rather than a page."""
    head = body[:512].lstrip().lower()
    if content_type in FEED_TYPES[:3]:
        return True
    return head.startswith(b"<?xml") and (b"<rss" in body[:2048].lower() or b"<feed" in body[:2048].lower())


def feed_links(body: bytes, base_url: str) -> list[str]:
    """Return the distinct entry links of a feed (at most MAX_FEED_ENTRIES), parsed with feedparser.

    Raise FetchError ('empty_feed') when the feed holds no entry link, so that a broken or empty feed is
    reported instead of silently adding nothing.
    """
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    if parsed.bozo and not parsed.entries:
        raise ReadError(f"the feed cannot be parsed: {parsed.get('bozo_exception')}", source=base_url)
    links: dict[str, None] = {}  # in feed order, each link once
    for entry in parsed.entries:
        link = entry.get("link")
        if isinstance(link, str) and link.startswith(("http://", "https://")):
            links.setdefault(link, None)
            if len(links) >= MAX_FEED_ENTRIES:
                break
    if not links:
        raise FetchError("the feed lists no entries with an http(s) link", source=base_url, code="empty_feed")
    return list(links)


def items_from_url(
    url: str, *, allow_private: bool = False, on_error: Callable[[str, ReadError], None] | None = None
) -> Iterator[Item]:
    """Fetch `url`; yield it as one item, or, for a feed, fetch and yield each entry."""
    from sphere.ingest.pipeline import Item

    page = fetch(url, allow_private=allow_private)
    if not looks_like_feed(page.content_type, page.body):
        yield Item(url, body=page.body, url=page.url, content_type=page.content_type)
        return
    for link in feed_links(page.body, page.url):
        try:
            entry = fetch(link, allow_private=allow_private)
        except ReadError as exc:
            if on_error:
                on_error(link, exc)
            continue
        yield Item(link, body=entry.body, url=entry.url, content_type=entry.content_type)


def read_source(source: str, *, allow_private: bool = False) -> Reading:
    """Read one article from a file path, an http(s) URL (fetched under the safety rules) or "-" (stdin)."""
    import sys
    from pathlib import Path

    from sphere.read import reader

    if source == "-":
        return reader.read_bytes(sys.stdin.buffer.read(), "-")
    if source.startswith(("http://", "https://")):
        page = fetch(source, allow_private=allow_private)
        return reader.read_bytes(page.body, source, url=page.url, content_type=page.content_type)
    return reader.read_path(Path(source))
