"""The cleaning stage of `sphere read`: raw bytes or text in, a `CleanDocument` out.

Decides HTML or plain text, decodes bytes, extracts the article (trafilatura for HTML, the line filter of
`sphere.read.boilerplate` for pasted text), detects the language and finds title, publication date, author
and URL. The cleaned text starts with the headline (when found) on its own line, then standfirst and body,
paragraphs separated by a blank line; all later offsets refer to it. Bad input raises a `ReadError`.
"""

from __future__ import annotations

import hashlib
import re

from sphere.read.boilerplate import boilerplate_reason, filter_text, normalize_text
from sphere.read.dates import find_published
from sphere.read.decode import check_size, decode_bytes, max_input_bytes, sniff_binary
from sphere.read.errors import BinaryInput, EmptyInput, NoArticle, TruncatedInput, UnsupportedLanguage
from sphere.read.html import extract_html, looks_like_html
from sphere.read.language import SUPPORTED_LANGUAGES, detect_language
from sphere.read.types import CleanDocument

__all__ = ["SUPPORTED_LANGUAGES", "clean", "document_id"]

_WORD_RX = re.compile(r"[^\W\d_]{2,}")
_SPACES_RX = re.compile(r"[ \t\u00a0]+")
_MIN_WORDS = 6


def _has_words(text: str, n: int) -> bool:
    return any(i >= n for i, _ in enumerate(_WORD_RX.finditer(text), start=1))


def document_id(text: str) -> str:
    """Return the stable id of a cleaned text: the sha256 hex digest of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean(
    data: bytes | str,
    source: str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    any_language: bool = False,
) -> CleanDocument:
    """Turn raw input into a CleanDocument: the article text with its title, date, language, author and URL.

    `data` is the bytes of a page or file, or text already decoded; `source` names it in messages; `url`
    is where it was fetched from (a canonical URL in the page wins); `content_type` is the HTTP header when
    known. Raises EmptyInput, BinaryInput, InputTooLarge, DecodeError, TruncatedInput, NoArticle, or
    UnsupportedLanguage when the text is not in `SUPPORTED_LANGUAGES` (unless `any_language`).
    """
    if isinstance(data, bytes):
        text = decode_bytes(data, source=source, content_type=content_type).text
    else:
        if len(data) * 4 > max_input_bytes():
            check_size(len(data.encode("utf-8", "surrogatepass")), source=source)
        if "\x00" in data[:4096]:
            raise BinaryInput(
                sniff_binary(data[:4096].encode("utf-8", "replace")) or "binary data", source=source
            )
        text = data
    text = normalize_text(text)
    if not text.strip():
        raise EmptyInput(source=source)
    if looks_like_html(text, content_type, source):
        doc = _from_html(text, source, url)
    else:
        doc = _from_text(text, source, url)
    if not _has_words(doc.text, _MIN_WORDS):
        raise NoArticle("the input holds too little text to be an article", source=source)
    if doc.language and doc.language not in SUPPORTED_LANGUAGES and not any_language:
        raise UnsupportedLanguage(doc.language, SUPPORTED_LANGUAGES, source=source)
    return doc


def _from_text(text: str, source: str, url: str | None) -> CleanDocument:
    art = filter_text(text)
    if not art.paragraphs:
        if len(_WORD_RX.findall(text)) < 2 * _MIN_WORDS:
            raise NoArticle("the input holds too little text to be an article", source=source)
        raise NoArticle(
            "only page furniture (navigation, credits, forms) was found, no article text", source=source
        )
    paragraphs = art.paragraphs
    title = art.title
    if title and not _same(paragraphs[0], title):
        paragraphs = [title, *paragraphs]  # a headline given only in a "Title:" header line
    body = "\n\n".join(paragraphs)
    return CleanDocument(
        id=document_id(body),
        source=source,
        text=body,
        url=art.url or url,
        title=title,
        published=find_published(text, {"date": art.date}),
        language=detect_language(body),
        author=art.author,
        input_format="text",
    )


def _has_prose(paragraphs: list[str]) -> bool:
    """Return True when some paragraphs read as running text (lines of 8+ words, 25+ words in all)."""
    prose = [n for p in paragraphs if (n := len(_WORD_RX.findall(p))) >= 8]
    return sum(prose) >= 25


def _from_html(html: str, source: str, url: str | None) -> CleanDocument:
    art = extract_html(html, url=url, source=source)
    lines = [_SPACES_RX.sub(" ", ln).strip() for ln in art.body.split("\n")]
    paragraphs = [ln for ln in lines if ln and boilerplate_reason(ln) not in _HTML_DROP]
    if art.truncated and len(_WORD_RX.findall(" ".join(paragraphs))) < _MIN_WORDS:
        raise TruncatedInput("the HTML stops before the article text", source=source)
    if not paragraphs:
        raise NoArticle("the page holds no article body", source=source)
    if not _has_prose(paragraphs):
        raise NoArticle("the page is a list of links or headlines, not an article", source=source)
    title = art.title
    if title and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    body = "\n\n".join([title, *paragraphs] if title else paragraphs)
    return CleanDocument(
        id=document_id(body),
        source=source,
        text=body,
        url=art.url,
        title=title,
        published=find_published("\n".join(paragraphs[:15]), {"date": art.date}),
        language=detect_language("\n".join(paragraphs)) or art.lang,
        author=art.author,
        site=art.site,
        input_format="html",
    )


# trafilatura already drops most page furniture; of the line rules only the unambiguous ones are applied.
_HTML_DROP = frozenset(
    {
        "credit",
        "share",
        "cookie",
        "language-switch",
        "vocabulary",
        "teaser",
        "label",
        "count",
        "no-words",
        "byline",
        "published",
    }
)


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"[\W_]+", "", s.lower())

    return key(a) == key(b)
