"""Remove the debris of a web page copied as text, keeping headline, standfirst, section headings and body.

Works by general line features only: known boilerplate vocabularies (English and Russian), photo credits and
captions, bylines, share/cookie/comment-form lines, breadcrumbs and navigation, date-only and number-only lines,
and position (labels before the headline, bylines between headline and body, teaser lists after a teaser
heading); then the learned line model (`sphere.read.clean.lines`) takes the debris the rules miss at the
article's edges, and inside it the lines it is sure of that do not read as paragraphs. A leading
"URL: ..."/"Title: ..." header and a " date YYYY-MM-DD" prefix are read as metadata.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sphere.read.clean.lines import boilerplate_probabilities
from sphere.read.dates import is_date_line, parse_full_date

__all__ = ["TextArticle", "boilerplate_reason", "filter_text", "normalize_text"]


@dataclass(slots=True)
class TextArticle:
    """The kept paragraphs of a pasted page (headline first when found) and the metadata read on the way."""

    paragraphs: list[str]
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    removed: list[str] = field(default_factory=list)


def _set(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|") if p.strip())


# Vocabularies (English and Russian), matched on lower-cased lines stripped of bullets and end punctuation.
_TEASER_EXACT = _set(
    "trending|trending now|related|related articles|related posts|related stories|related news|related content|"
    "related topics|read more|read next|read also|also read|see also|more|more news|more stories|more from|"
    "more on this|more on this story|latest|latest news|latest stories|latest posts|latest articles|latest in|"
    "latest items|latest issues|latest updates|latest videos|popular|popular now|most popular|most read|most viewed|"
    "recommended|recommended for you|you may also like|you might also like|you may be interested in|editor's picks|"
    "top stories|further reading|don't miss|must read|in other news|читайте также|читать также|смотрите также|"
    "по теме|новости по теме|материалы по теме|еще по теме|ещё по теме|другие новости|последние новости|"
    "популярное|самое читаемое|самое популярное|самые читаемые|читайте еще|читайте ещё|рекомендуем|"
    "вам может быть интересно|главное|главные новости|лента новостей|новости партнеров|новости партнёров"
)
_TEASER_HEADS = _set(
    "read|related|trending|latest|popular|recommended|more|top|editor's|читайте|читать|смотрите|новости"
)
_TEASER_TAILS = _set(
    "news|stories|story|posts|articles|article|items|videos|now|also|more|next|today|viewed|topics|reading|read|"
    "picks|from|on|in|this|for|you|также|еще|ещё|по|теме|дня|партнеров|партнёров"
)
_EXACT = _set(
    "published|on|by|posted|updated|share|share this|share this article|share this story|share on facebook|"
    "share on twitter|tweet|print|email|e-mail|comments|comment|leave a reply|leave a comment|advertisement|"
    "sponsored|sponsored content|exit mobile version|skip to content|skip to main content|menu|search|home|news|"
    "back to top|previous article|next article|previous post|next post|tags|topics|categories|newsletter|subscribe|"
    "sign in|log in|login|register|follow us|close|accept|reject|cookie settings|loading|listen|"
    "listen to this article|watch|video|photo|photos|gallery|copy link|link copied|reply|cancel reply|post comment|"
    "submit|name|email address|website|all rights reserved|contact us|about us|privacy policy|terms of use|"
    "опубликовано|обновлено|поделиться|поделитесь|комментарии|комментарий|оставить комментарий|главная|новости|"
    "реклама|подписаться|подпишитесь|войти|меню|поиск|теги|метки|рубрики|фото|видео|фотогалерея|читать далее|"
    "подробнее|версия для печати|распечатать|печать|закрыть|принять|наверх|все новости|все права защищены"
)
_PREFIXES = tuple(
    _set(
        "leave a reply|leave a comment|your email address will not be published|required fields are marked|"
        "we use cookies|this website uses cookies|this site uses cookies|by continuing to use|by using this site|"
        "all rights reserved|copyright ©|photo credit|image credit|image:|photo:|photos:|picture:|caption:|"
        "credit:|credits:|photo by |photos by |photograph by|pictured:|illustration:|(photo|read more:|read also:|"
        "read next:|see also:|also read:|related:|more:|further reading|subscribe here|subscribe to|subscribe now|"
        "sign up for|sign up to|click here|save my name|notify me of|join our|follow us on|download our app|"
        "get the latest|share this|share on |tags:|filed under|posted in |categories:|topics:|watch:|listen:|"
        "video:|originally published|this article was originally|this story was originally|report a correction|"
        "reporting by|editing by|writing by|additional reporting by|compiled by|written by|author:|authors:|"
        "читайте также|читать также|смотрите также|читайте нас|читайте наши|читайте новости|подписывайтесь|"
        "подпишитесь|подписаться на|фото:|фото©|фото ©|видео:|источник:|источник фото|иллюстративное фото|"
        "фото из открытых источников|фото пресс-службы|фото предоставлено|при использовании материалов|"
        "при полном или частичном|использование материалов|все права защищены|мы используем cookie|"
        "мы используем файлы cookie|этот сайт использует|нашли ошибку|если вы нашли ошибку|"
        "если вы заметили ошибку|новости партнеров|теги:|метки:|рубрика:|автор:|авторы:|текст:|присоединяйтесь|"
        "следите за новостями|оставьте комментарий|комментарии (|поделиться:"
    )
)
_CREDIT_RX = re.compile(
    r"(?:credits?|photo(?:graph)?|image|picture|фото|источник фото)\s*:\s*\S|"
    r"(?:getty images|shutterstock|afp photo|ap photo|epa-efe|depositphotos|istock|unsplash)|"
    r"(?:reuters|afp|ap|epa|tass|ria novosti|тасс|риа новости|sputnik)\s*/\s*[A-ZА-ЯЁ]|"
    r"via (?:reuters|afp|epa|getty)|фото\s*[—–]\s*[A-ZА-ЯЁ]",
    re.I,
)
_COOKIE_RX = re.compile(
    r"(?:use|uses|accept|policy|consent|browsing|experience|используем|сайт\w*|согласи\w*)"
)
_SOCIAL = _set(
    "facebook|twitter|x|telegram|whatsapp|vk|vkontakte|вконтакте|одноклассники|ok|linkedin|email|e-mail|mail|"
    "print|pinterest|reddit|viber|instagram|youtube|tiktok|share|copy|link|messenger|threads|flipboard|tumblr|"
    "дзен|поделиться|телеграм"
)
_NAV_WORDS = _set(
    "home|main|news|world|politics|business|economy|sport|sports|culture|opinion|society|video|videos|photo|"
    "photos|contacts|contact|about|analytics|analysis|tech|technology|science|health|lifestyle|entertainment|"
    "region|regions|index|главная|новости|мир|политика|экономика|общество|спорт|культура|видео|фото|контакты|"
    "аналитика|регионы|в мире|происшествия"
)


_INVISIBLE_RX = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_SPACES_RX = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
_NEWLINES_RX = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # the characters of _INVISIBLE_RX
_NEWLINE_CHARS = "\r\u2028\u2029\x0b\x0c\x85"  # and those _NEWLINES_RX starts with
_SPACE_CHARS = "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"  # _SPACES_RX but the space
_LEAD_CHARS = " \t-–—•·*>|▶►»›→✓✔#"
_TRAIL_CHARS = " \t:;.,!?|»›>→…-"
_HEADER_RX = re.compile(
    r"^(?P<key>url|link|source url|canonical|title|headline|date|published|author|source)\s*:\s*(?P<val>\S.*)$",
    re.I,
)
_DATE_PREFIX_RX = re.compile(
    r"^date:?\s+(\d{4}-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?\s*", re.I
)
_WORD_RX = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_BULLETS = frozenset("-–—•·*▪◦")
_HYPHEN_END_RX = re.compile(r"[^\W\d_]-$")
_SENT_END = (".", "!", "?", "…", '"', "”", "»", "’", "'", ")", "。", "！", "？", "」", "』", "．")
_CJK_RX = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_DATELINE_RX = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,}(?:,|\s[–—-]\s)")
_BYLINE_RX = re.compile(
    r"^(?i:by|von|par|por)\s+(?!(?:the|this|then|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b)"
    r"(?P<name>[A-ZА-ЯЁ][\w'’.-]+(?:\s+(?:[A-ZА-ЯЁ][\w'’.-]+|de|van|von|bin|al|el|da|di|la|le)){0,4})"
    r"(?:\s*$|\s*[,|•·–—/-]|\s+(?:and|in|on|for|at|updated|published|\d))",
)
_AUTHOR_KEY_RX = re.compile(r"^(?:author|authors|автор|авторы|текст)\s*:\s*(?P<name>.+)$", re.I)
_NAME_TOKEN_RX = re.compile(r"^(?:[A-ZА-ЯЁ][\w'’.-]*|de|van|von|bin|al|el|da|di|la|le|и|and)$")
_BREADCRUMB_SEP_RX = re.compile(r"\s(?:»|›|>|→|/|\\)\s")
_NAV_SEP_RX = re.compile(r"[|•·]")
_COUNT_RX = re.compile(
    r"^\W*\d[\d\s.,]*[kKmMкК]?\s*(?:views?|comments?|shares?|likes?|reads?|min(?:ute)?s?(?:\s+read)?|"
    r"просмотр\w*|комментари\w*|мин\w*(?:\s+чтения)?|минут\w*(?:\s+чтения)?)?\W*$",
    re.I,
)
_COUNT_FIRST_RX = re.compile(
    r"^(?:comments?|views?|shares?|likes?|комментари\w*|просмотр\w*)\W*\d[\d\s.,]*\W*$"
)
_URL_LINE_RX = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$", re.I)
_LANG_SWITCH_RX = re.compile(
    r"^(?:read|читайте|читать|оқыңыз)\b.{0,40}\b(?:in|на)\s+[\w-]+\s*[.!]?$|"
    r"^(?:this (?:article|story) is (?:also )?available in|also available in|версия на)\b",
    re.I,
)
_PUBLISHED_RX = re.compile(
    r"^(?:published|posted|updated|last updated|first published|опубликовано|обновлено|дата публикации)"
    r"(?:\s*$|\s*:|\s+on\b|\s+at\b|\s+\d|\s+(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)\w*\b)",
    re.I,
)


def normalize_text(text: str) -> str:
    """Return `text` in NFC with one kind of newline, no invisible characters and plain spaces."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if any(ch in text for ch in _INVISIBLE_CHARS):  # a substring test is far cheaper than a regex pass
        text = _INVISIBLE_RX.sub("", text)
    if any(ch in text for ch in _NEWLINE_CHARS):
        text = _NEWLINES_RX.sub("\n", text)
    return text


def _low(line: str) -> str:
    return line.lstrip(_LEAD_CHARS).lower().replace("’", "'")


def _key(line: str) -> str:
    return _low(line).rstrip(_TRAIL_CHARS)


def dupkey(line: str) -> str:
    """Return a line lower-cased with everything but letters and digits removed (for comparing lines)."""
    return re.sub(r"[\W_]+", "", line.lower())


def _teaser_heading(key: str) -> bool:
    if key in _TEASER_EXACT:
        return True
    words = key.split(None, 3)  # a fourth item means more than three words
    return 1 <= len(words) <= 3 and words[0] in _TEASER_HEADS and all(w in _TEASER_TAILS for w in words[1:])


def boilerplate_reason(line: str) -> str | None:
    """Return why a single line is boilerplate wherever it stands ("teaser", "credit", ...), or None.

    These are the position-independent rules; `filter_text` adds the positional ones (labels before the
    headline, bylines between headline and body, teaser lists after a teaser heading).
    """
    low = _low(line)
    key = low.rstrip(_TRAIL_CHARS)
    if not any(ch.isalpha() for ch in key):
        return "no-words"
    if _teaser_heading(key):
        return "teaser"
    if key in _EXACT:
        return "label"
    if len(line) <= 400 and low.startswith(_PREFIXES):
        return "vocabulary"
    if len(line) <= 500 and (_CREDIT_RX.search(line) or "©" in line):
        return "credit"
    if _COUNT_RX.match(line) or _COUNT_FIRST_RX.match(key):
        return "count"
    if _URL_LINE_RX.match(line):
        return "url"
    if len(line) <= 160 and (_BYLINE_RX.match(line) or _AUTHOR_KEY_RX.match(low)):
        return "byline"
    if len(line) <= 80 and low.startswith(("by ", "von ", "автор ")) and parse_full_date(line):
        return "byline"  # "By bne IntelliNews October 9, 2023": a byline with its date, whatever the name
    if len(line) <= 120 and _PUBLISHED_RX.match(low):
        return "published"
    if is_date_line(line):
        return "date"
    if len(line) <= 200 and _LANG_SWITCH_RX.match(low):
        return "language-switch"
    if "cookie" in low and _COOKIE_RX.search(low):
        return "cookie"
    words = low.split(None, 12)  # a thirteenth item means more than twelve words
    if words and len(words) <= 12 and all(w.strip(".,:;|•·-") in _SOCIAL for w in words):
        return "share"
    if len(line) <= 200 and _is_breadcrumb(line, key):
        return "breadcrumb"
    if _is_nav(line):
        return "navigation"
    return None


def _is_breadcrumb(line: str, key: str) -> bool:
    if not any(c in line for c in "»›>→/\\"):
        return False
    parts = _BREADCRUMB_SEP_RX.split(line)
    if len(parts) < 2:
        return False
    first = _key(parts[0])
    if first in _NAV_WORDS:
        return True
    return (
        ("»" in line or "›" in line) and "«" not in line and len(first.split()) <= 3 and not key.endswith(".")
    )


def _is_nav(line: str) -> bool:
    if "|" in line or "•" in line or "·" in line:
        parts = [p for p in _NAV_SEP_RX.split(line.strip()) if p]
        if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts):
            return True
    words = line.split(None, 12)
    if len(words) > 12:
        return False
    return (
        len(words) >= 4
        and all(w[:1].isupper() for w in words)
        and sum(1 for w in words if w.lower() in _NAV_WORDS) >= 2
    )


def _nwords(line: str) -> int:
    """Return the number of words, counting two CJK characters as one word (those scripts use no spaces)."""
    n = len(_WORD_RX.findall(line))
    if not line.isascii():
        n += len(_CJK_RX.findall(line)) // 2
    return n


def _paragraph_like(line: str) -> bool:
    n = _nwords(line)
    return n >= 25 or (n >= 10 and line.rstrip().endswith(_SENT_END))


def _sentence_like(line: str) -> bool:
    n = _nwords(line)
    return n >= 25 or (n >= 6 and line.rstrip().endswith(_SENT_END) and _starts_upper(line))


def _starts_upper(line: str) -> bool:
    first = line.lstrip("\"'“«‘(")[:1]
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())


def _headline_like(line: str) -> bool:
    if not 3 <= _nwords(line) <= 30 or len(line) > 250:
        return False
    if line.rstrip().endswith((".", ":", ";", ",", "。")) and not line.rstrip().endswith("..."):
        return False
    return _starts_upper(line) and not _DATELINE_RX.match(line)


def _name_only(line: str) -> bool:
    tokens = line.strip().rstrip(".").split()
    return 2 <= len(tokens) <= 5 and len(line) <= 60 and all(_NAME_TOKEN_RX.match(t) for t in tokens)


def _comma_byline(line: str) -> bool:
    if len(line) > 90:
        return False
    parts = [p.strip() for p in line.strip().rstrip(".").split(",")]
    return len(parts) >= 3 and all(
        p and len(p.split()) <= 3 and all(_NAME_TOKEN_RX.match(t) for t in p.split()) for p in parts
    )


def _split_header(lines: list[str], art: TextArticle) -> list[str]:
    """Consume leading "Key: value" header lines and a " date YYYY-MM-DD" prefix into `art`."""
    out = list(lines)
    i = 0
    while i < len(out) and i < 12:
        line = out[i].strip()
        if not line:
            i += 1
            continue
        if m := _DATE_PREFIX_RX.match(line):
            art.date = art.date or parse_full_date(m.group(1))
            art.removed.append(m.group(0).strip())
            out[i] = line[m.end() :]
            if not out[i].strip():
                i += 1
            continue
        m2 = _HEADER_RX.match(line)
        if not m2 or (m2.group("key").lower() in ("title", "headline", "author", "source") and i > 6):
            break
        key, val = m2.group("key").lower(), m2.group("val").strip()
        if key in ("url", "link", "source url", "canonical") or (key == "source" and val.startswith("http")):
            art.url = art.url or val
        elif key in ("date", "published"):
            art.date = art.date or parse_full_date(val)
        elif key in ("title", "headline"):
            art.title = art.title or val
        elif key == "author":
            art.author = art.author or val
        art.removed.append(line)
        out[i] = ""
        i += 1
    return out


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines (text wrapped at a fixed width) back into paragraphs; else return lines as is."""
    nonempty = [ln for ln in lines if ln]
    if len(nonempty) < 8:
        return lines
    lengths = sorted(len(ln) for ln in nonempty)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not 40 <= width <= 100:
        return lines
    long_lines = [ln for ln in nonempty if len(ln) >= 0.7 * width]
    open_ends = sum(1 for ln in long_lines if not ln.endswith((*_SENT_END, ":")))
    if len(long_lines) < 0.5 * len(nonempty) or open_ends < 0.5 * len(long_lines):
        return lines
    out: list[str] = []
    buf: list[str] = []
    for ln in [*lines, ""]:
        if not ln:
            if buf:
                out.append(" ".join(buf))
                buf = []
            continue
        bullet = ln in _BULLETS
        if bullet and buf:
            out.append(" ".join(buf))
            buf = []
        if buf and ln[:1].islower() and _HYPHEN_END_RX.search(buf[-1]):
            buf[-1] += ln
        else:
            buf.append(ln)
        if len(ln) < 0.7 * width and not bullet:
            out.append(" ".join(buf))
            buf = []
    return out


def filter_text(text: str) -> TextArticle:
    """Split pasted page text into kept paragraphs (headline first when found) and metadata.

    Each non-empty line is a paragraph (hard-wrapped text is first unwrapped). Lines are dropped by
    `boilerplate_reason` and by position; the headline is the first headline-like line before the first
    body paragraph; later copies of the headline are dropped.
    """
    art = TextArticle(paragraphs=[])
    text = normalize_text(text)
    if "  " in text or any(ch in text for ch in _SPACE_CHARS):  # else _SPACES_RX has nothing to replace
        text = _SPACES_RX.sub(" ", text)
    raw_lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in _unwrap(_split_header(raw_lines, art)) if ln.strip()]
    lines = [ln.strip() for ln in lines]
    reasons = [boilerplate_reason(ln) for ln in lines]
    kept = [i for i, r in enumerate(reasons) if r is None]
    body_start = next((i for i in kept if _paragraph_like(lines[i])), len(lines))
    title_idx = _find_title(lines, kept, body_start)
    title_key = dupkey(lines[title_idx]) if title_idx is not None else None
    for i, r in enumerate(reasons):
        if r == "byline" and art.author is None:
            m = _BYLINE_RX.match(lines[i]) or _AUTHOR_KEY_RX.match(_low(lines[i]))
            art.author = m.group("name").strip() if m and m.re is _BYLINE_RX else None
    learned = _learned(lines, reasons, body_start, title_idx)
    in_teasers = False
    for i, line in enumerate(lines):
        reason = reasons[i]
        if reason is None and i < body_start and i != title_idx:
            reason = _head_reason(line, before_title=title_idx is None or i < title_idx)
            if reason == "byline" and art.author is None:
                art.author = line.split(",")[0].strip().rstrip(".")
        if reason is None and i in learned:
            reason = "learned"
        if (
            reason is None
            and title_key
            and i != title_idx
            and abs(len(line) - len(lines[title_idx or 0])) < 12
            and dupkey(line) == title_key
        ):
            reason = "duplicate"
        if reason == "teaser" and i >= body_start:
            in_teasers = True
        elif reason is None and in_teasers:
            if _sentence_like(line):
                in_teasers = False
            else:
                reason = "teaser-item"
        if reason is None and i == len(lines) - 1 and i > body_start and _truncated_teaser(line):
            reason = "teaser"
        if reason is None:
            art.paragraphs.append(line)
        else:
            art.removed.append(line)
    if title_idx is not None:
        art.title = lines[title_idx]
    return art


# p(boilerplate) from which the line model drops a line: outside the run of paragraphs (above the first,
# below the last), and inside it (where only a line that does not read as a paragraph may go)
EDGE_THRESHOLD = 0.5
INNER_THRESHOLD = 0.7
CUT_THRESHOLD = 0.95
_INNER_SENTENCE_END_RX = re.compile(r"[.!?…][\"”»’)]?\s+[A-ZА-ЯЁ\"“«]")


def _learned(lines: list[str], reasons: list[str | None], body_start: int, title_idx: int | None) -> set[int]:
    """Return the indexes of the lines the learned line model (`sphere.read.clean.lines`) takes for debris."""
    paras = [i for i, r in enumerate(reasons) if r is None and _paragraph_like(lines[i])]
    if not paras:
        return set()  # no running text to tell the article from its surroundings: the rules decide alone
    last = paras[-1]
    para_set = set(paras)
    candidates = {
        i
        for i, r in enumerate(reasons)
        if r is None and i != title_idx and (i < body_start or i > last or i not in para_set)
    }
    probs = boilerplate_probabilities(lines, [r is not None for r in reasons], candidates)
    out: set[int] = set()
    keys = [dupkey(line) if reasons[i] is None and i != title_idx else "" for i, line in enumerate(lines)]
    for i in range(len(lines) - 1):
        if keys[i] and keys[i] == keys[i + 1] and _nwords(lines[i]) >= 3:
            out.update((i, i + 1))  # a caption under its image's alt text, a teaser twice: never the body
    for i, p in enumerate(probs):
        if reasons[i] is not None or i == title_idx:
            continue
        if title_idx is not None and title_idx < i < body_start:
            # between headline and body the training pages' gold bodies leave the standfirst out (often with
            # no full stop): only a short line or one with a date (a byline, a credit) goes
            if p >= EDGE_THRESHOLD and (_nwords(lines[i]) < 6 or parse_full_date(lines[i])):
                out.add(i)
        elif i < body_start or i > last:
            if i == len(lines) - 1 == last + 1 and not lines[i].rstrip().endswith(_SENT_END):
                # the last line, right after the body, stops mid-sentence: an excerpt cut there, unless sure
                if p >= CUT_THRESHOLD and not _INNER_SENTENCE_END_RX.search(lines[i]):
                    out.add(i)
            elif p >= EDGE_THRESHOLD:
                out.add(i)
        elif p >= INNER_THRESHOLD and not _paragraph_like(lines[i]):
            out.add(i)
    return out


def _find_title(lines: list[str], kept: list[int], body_start: int) -> int | None:
    """Return the index of the headline: the first headline-like kept line above the body, or None.

    A line of three words or fewer followed by a longer headline-like line is taken for a site name.
    """
    head = [i for i in kept if i < body_start]
    for pos, i in enumerate(head):
        if not _headline_like(lines[i]):
            continue
        nxt = head[pos + 1] if pos + 1 < len(head) else None
        if (
            nxt is not None
            and _nwords(lines[i]) <= 3
            and _headline_like(lines[nxt])
            and _nwords(lines[nxt]) > _nwords(lines[i])
        ):
            continue
        return i
    return None


def _head_reason(line: str, *, before_title: bool) -> str | None:
    """Return why a line above the first body paragraph is debris, or None to keep it."""
    n = _nwords(line)
    if _comma_byline(line):
        return "byline"
    if before_title and n <= 4:
        return "label"
    if not before_title:
        if _name_only(line):
            return "byline"
        if n <= 2 and not line.rstrip().endswith(_SENT_END):
            return "label"
    return None


def _truncated_teaser(line: str) -> bool:
    """Return True for a cut-off last line that begins a teaser heading ("Latest i", "Read mo")."""
    key = _key(line)
    return 3 <= len(key) <= 25 and any(p.startswith(key) for p in _TEASER_EXACT)
