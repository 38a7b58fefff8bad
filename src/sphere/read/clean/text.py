"""The cleaning stage of `sphere read`: raw bytes or text in, a `CleanDocument` out.

Decides HTML or plain text, decodes bytes, extracts the article (trafilatura for HTML, the line filter of
`sphere.read.clean.boilerplate` for pasted text), detects the language and finds title, publication date, author
and URL. The cleaned text starts with the headline (when found) on its own line, then standfirst and body,
paragraphs separated by a blank line; all later offsets refer to it. Bad input raises a `ReadError`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping

from sphere.read.clean.boilerplate import filter_text, normalize_text
from sphere.read.clean.decode import check_size, decode_bytes, max_input_bytes, sniff_binary
from sphere.read.clean.html import extract_html, looks_like_html
from sphere.read.clean.language import SUPPORTED_LANGUAGES, detect_language
from sphere.read.clean.line_rules import boilerplate_reason, dupkey
from sphere.read.dates import is_date_line, iso_date, names_weekday, parse_full_date
from sphere.read.errors import BinaryInput, EmptyInput, NoArticle, TruncatedInput, UnsupportedLanguage
from sphere.read.types import CleanDocument

__all__ = ["SUPPORTED_LANGUAGES", "clean", "document_id", "find_published"]

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
    languages: Collection[str] | None = None,
) -> CleanDocument:
    """Turn raw input into a CleanDocument: the article text with its title, date, language, author and URL.

    `data` is the bytes of a page or file, or text already decoded; `source` names it in messages; `url`
    is where it was fetched from (a canonical URL in the page wins); `content_type` is the HTTP header when
    known. Articles in every language are cleaned; `languages`, when given, restricts them (a caller that
    wants only some languages) and text detected in another raises UnsupportedLanguage. Raises EmptyInput,
    BinaryInput, InputTooLarge, DecodeError, TruncatedInput or NoArticle for bad input.
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
    if languages is not None and doc.language and doc.language not in languages:
        raise UnsupportedLanguage(doc.language, tuple(languages), source=source)
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
    return dupkey(a) == dupkey(b)


# --- the publication date ----------------------------------------------------------------------------------

_PREFIX_RX = re.compile(r"^\s*date:?\s+(\d{4}-\d\d-\d\d)\b", re.IGNORECASE)
_PUBLISHED_RX = re.compile(
    r"^\W*(?P<key>published|posted|date|first published|publication date|updated|last updated|"
    r"опубликовано|дата публикации|дата|обновлено)\b\W*(?:on\b)?(?P<rest>.*)$",
    re.IGNORECASE,
)
_PUB_BYLINE_RX = re.compile(
    r"^\W*(?:(?i:by|von|par|por)\s+[A-ZА-ЯЁ][\w'’.-]*\s+[A-ZА-ЯЁ]|(?i:автор\w*|текст)\s*:)"
)
_PUB_DATELINE_RX = re.compile(
    r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,30}(?:,\s*[A-ZА-ЯЁ][\w .'-]{1,30})?,\s*(?P<rest>.{6,40})"
)
_TIME_RX = re.compile(r"\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\b", re.IGNORECASE)


def _headline_like(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not line.rstrip().endswith((".", ":", ";", ","))


def find_published(
    text: str, html_meta: Mapping[str, str | None] | None = None, *, head_lines: int = 40
) -> str | None:
    """Return the publication date as YYYY-MM-DD, or None when the page states none with a year.

    Sources, best first: `html_meta["date"]` (HTML metadata or a text header); a leading "date YYYY-MM-DD"
    prefix; a "Published"/"Опубликовано" line; a byline with a date; a line holding only a date near the
    headline (a weekday date with nothing headline-like after it is taken for a site header's current date and
    skipped); a dateline ("BEIJING, 19. May 2023 —"). Dates in body sentences are never used.
    """
    for key in ("date", "published", "datePublished"):
        value = (html_meta or {}).get(key)
        if value:
            found = parse_full_date(value)
            if found:
                return found
    lines = [ln.strip() for ln in text[:8000].split("\n")]
    lines = [ln for ln in lines if ln][:head_lines]
    best: tuple[int, int, str] | None = None

    def offer(rank: int, idx: int, value: str | None) -> None:
        nonlocal best
        if value and 1990 <= int(value[:4]) <= 2100 and (best is None or (rank, idx) < best[:2]):
            best = (rank, idx, value)

    for i, line in enumerate(lines):
        if i == 0 and (m := _PREFIX_RX.match(line)):
            offer(0, i, iso_date(int(m.group(1)[:4]), int(m.group(1)[5:7]), int(m.group(1)[8:10])))
            continue
        if (m := _PUBLISHED_RX.match(line)) and len(line) < 120:
            key = m.group("key").lower()
            rank = 3 if key.startswith(("updated", "last", "обновлено")) else 1
            value = parse_full_date(m.group("rest"))
            if value is None and not m.group("rest").strip(" :"):
                for nxt in lines[i + 1 : i + 3]:
                    if is_date_line(nxt):
                        value = parse_full_date(nxt)
                        break
            offer(rank, i, value)
        elif _PUB_BYLINE_RX.match(line) and len(line) < 160:
            offer(2, i, parse_full_date(line))
        elif is_date_line(line):
            value = parse_full_date(line)
            if value and names_weekday(line) and not _TIME_RX.search(line):
                around = lines[max(0, i - 2) : i] + lines[i + 1 : i + 3]
                if not any(_headline_like(f) or _PUB_BYLINE_RX.match(f) for f in around):
                    continue  # a site header's "today", not the article's date
            offer(3, i, value)
        elif i < 15 and (m := _PUB_DATELINE_RX.match(line)):
            offer(4, i, parse_full_date(m.group("rest")))
    return best[2] if best else None
