"""URLs and feeds: a fetched page is one item; an RSS/Atom feed becomes one item per entry link."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from sphere.ingest.fetch import FetchError, fetch
from sphere.read.errors import ReadError
from sphere.read.limits import safe_name
from sphere.read.types import Reading

if TYPE_CHECKING:
    from sphere.ingest.pipeline import Item
    from sphere.read.budget import BudgetPool

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
        yield Item(safe_name(url), body=page.body, url=page.url, content_type=page.header_content_type)
        return
    for link in feed_links(page.body, page.url):
        try:
            entry = fetch(link, allow_private=allow_private)
        except ReadError as exc:
            if on_error:
                on_error(safe_name(link), exc)
            continue
        except Exception as exc:  # one bad entry is one failed item, never the feed
            if on_error:
                on_error(safe_name(link), FetchError(f"cannot fetch {link}: {exc}", code="http_error"))
            continue
        yield Item(safe_name(link), body=entry.body, url=entry.url, content_type=entry.header_content_type)


def source_bytes(
    source: str, *, allow_private: bool = False, allow_special: bool = False
) -> tuple[bytes, str | None, str | None]:
    """Return (bytes, final URL, content type) of a file path, an http(s) URL or "-" (stdin), each read
    at most to the size limit plus one byte; special files (FIFOs, devices) only with `allow_special`."""
    import mimetypes
    import sys

    from sphere.read.clean.decode import max_input_bytes
    from sphere.read.limits import read_file_limited, read_stream_limited

    limit = max_input_bytes()
    if source == "-":
        return read_stream_limited(sys.stdin.buffer, limit, source="-"), None, None
    if source.startswith(("http://", "https://")):
        page = fetch(source, allow_private=allow_private)
        return page.body, page.url, page.header_content_type
    name = source.removesuffix(".gz")
    data = read_file_limited(source, limit, allow_special=allow_special, source=safe_name(source))
    return data, None, mimetypes.guess_type(name)[0]


def read_source(source: str, *, allow_private: bool = False, allow_special: bool = False) -> Reading:
    """Read one article from a file path, an http(s) URL (fetched under the safety rules) or "-" (stdin),
    in this process (callers that need the per-document budget use `read_budgeted`)."""
    from sphere.read import reader

    data, url, ctype = source_bytes(source, allow_private=allow_private, allow_special=allow_special)
    return reader.read_bytes(data, safe_name(source), url=url, content_type=ctype)


def _read_payload(payload: tuple[bytes, str, str | None, str | None]) -> Reading:
    from sphere.read import reader

    data, source, url, ctype = payload
    return reader.read_bytes(data, source, url=url, content_type=ctype)


def read_budgeted(
    source: str, *, allow_private: bool = False, allow_special: bool = False, pool: BudgetPool | None = None
) -> Reading:
    """Like `read_source`, but the reading runs in a worker under the per-document budget; raise the
    `ReadError` (or `OverBudget`) it ends with."""
    from sphere.read.budget import BudgetPool

    data, url, ctype = source_bytes(source, allow_private=allow_private, allow_special=allow_special)
    name = safe_name(source)
    own = pool is None
    runner = pool or BudgetPool(1)
    try:
        result = runner.run(_read_payload, (data, name, url, ctype), name)
    finally:
        if own:
            runner.close()
    if isinstance(result, ReadError):
        raise result
    return result
