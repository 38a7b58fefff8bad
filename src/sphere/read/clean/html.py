"""Extract the article from an HTML page with trafilatura: body paragraphs, headings and page metadata.

trafilatura (2.x) finds the main text and reads title, date (via htmldate), author, canonical URL and site
name from the page's metadata. Comments are left out. A page that yields no text raises NoArticle, or
TruncatedInput when the markup stops before its end.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from html import unescape

from sphere.read.dates import find_date_expressions
from sphere.read.errors import NoArticle, TruncatedInput

__all__ = ["HtmlArticle", "extract_html", "looks_like_html", "visible_text"]

log = logging.getLogger("sphere.read")

_HTML_START_RX = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
_TAG_RX = re.compile(
    r"</?(?:p|div|br|a|span|body|head|script|table|li|ul|h[1-6]|article|section|meta)\b[^>]*>", re.I
)
_END_RX = re.compile(r"</(?:html|body)\s*>", re.I)
_LANG_RX = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_STRIP_BLOCKS_RX = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>", re.I | re.S)
_TAGS_RX = re.compile(r"<[^>]+>")
_BLOCK_TAGS_RX = re.compile(r"<(?:/p|br|/div|/h[1-6]|/li|/tr|/title)\b[^>]*>", re.I)


@dataclass(slots=True)
class HtmlArticle:
    """What trafilatura found in a page: the body (paragraphs on lines) and the page's metadata."""

    body: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    site: str | None = None
    lang: str | None = None
    description: str | None = None
    truncated: bool = False


def looks_like_html(text: str, content_type: str | None = None, source: str | None = None) -> bool:
    """Return True when the input is an HTML page (by content type, leading markup or tag density)."""
    if content_type:
        ctype = content_type.split(";")[0].strip().lower()
        if ctype in _HTML_TYPES:
            return True
        if ctype == "text/plain":
            return False
    head = text[:4096]
    if _HTML_START_RX.match(head):
        return True
    if source and source.lower().endswith((".html", ".htm", ".xhtml")) and "<" in head:
        return True
    return len(_TAG_RX.findall(text[:8000])) >= 8


def _clean_title(title: str | None, site: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    if site:
        for sep in (" | ", " - ", " – ", " — ", " :: ", " » "):
            if title.endswith(sep + site):
                title = title[: -len(sep + site)].strip()
    return title or None


def _date_params() -> dict[str, object]:
    # No "extensive search": it guesses dates from copyright lines and body text, which would invent them.
    return {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}


def _checked_date(value: str | None, html: str) -> str | None:
    """Return the page date, dropping a first-of-month date the page never states (a month-only date padded)."""
    if not value or not value.endswith("-01"):
        return value
    y, m = value[:4], value[5:7]
    forms = (value, f"{y}/{m}/01", f"01.{m}.{y}", f"{y}{m}01", f"{y}-{int(m)}-1")
    if any(f in html for f in forms):
        return value
    if any(v == value for _, _, v in find_date_expressions(html[:300000])):
        return value
    return None


def visible_text(html: str) -> str:
    """Return all visible text of a page (no scripts, styles or head), one block per line: the baseline."""
    body = _STRIP_BLOCKS_RX.sub(" ", html)
    body = _BLOCK_TAGS_RX.sub("\n", body)
    body = _TAGS_RX.sub(" ", body)
    lines = (re.sub(r"\s+", " ", ln).strip() for ln in unescape(body).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def extract_html(html: str, *, url: str | None = None, source: str | None = None) -> HtmlArticle:
    """Extract the article body and metadata from an HTML page, raising NoArticle or TruncatedInput.

    The body keeps section headings and list items as their own lines; the headline is returned in `title`
    (not repeated in `body`).
    """
    truncated = not _END_RX.search(html[-20000:])
    try:
        import trafilatura  # imported on first HTML page: plain text never pays for it

        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_date_params()
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        log.warning("%s: trafilatura failed: %s", source or "input", exc)
        doc = None
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        if truncated:
            raise TruncatedInput("the HTML stops before any article text", source=source)
        raise NoArticle("the page holds no article body", source=source)
    if truncated:
        log.warning("%s: the HTML is truncated; the article may be incomplete", source or "input")
    site = getattr(doc, "sitename", None)
    lang_m = _LANG_RX.search(html[:4096])
    return HtmlArticle(
        body=text,
        title=_clean_title(getattr(doc, "title", None), site),
        date=_checked_date(getattr(doc, "date", None), html),
        author=getattr(doc, "author", None),
        url=getattr(doc, "url", None) or url,
        site=site,
        lang=lang_m.group(1).lower() if lang_m else None,
        description=getattr(doc, "description", None),
        truncated=truncated,
    )
