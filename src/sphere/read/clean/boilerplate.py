"""Remove the debris of a web page copied as text, keeping headline, standfirst, section headings and body.

Works by general line features only: the position-independent rules of `sphere.read.clean.line_rules`
(vocabularies, credits and captions, bylines, share/cookie/comment-form lines, breadcrumbs, navigation, date-
and number-only lines), and position (labels before the headline, bylines between headline and body, teaser
lists after a teaser heading); then the learned line model (`sphere.read.clean.lines`) takes the debris the
rules miss at the article's edges, and inside it the lines it is sure of that do not read as paragraphs. The body
is one run of text: below the last paragraph, everything after the first piece of debris goes too. A leading
"URL: ..."/"Title: ..." header and a " date YYYY-MM-DD" prefix are read as metadata.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sphere.read.clean.line_rules import (
    _AUTHOR_KEY_RX,
    _BYLINE_RX,
    _NAME_TOKEN_RX,
    _TEASER_EXACT,
    _key,
    _low,
    boilerplate_reason,
    dupkey,
    metadata_fields,
)
from sphere.read.clean.lines import boilerplate_probabilities
from sphere.read.dates import parse_full_date

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


# Vocabularies (English and Russian), matched on lower-cased lines stripped of bullets and end punctuation.


_INVISIBLE_RX = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_SPACES_RX = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
_NEWLINES_RX = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # the characters of _INVISIBLE_RX
_NEWLINE_CHARS = "\r\u2028\u2029\x0b\x0c\x85"  # and those _NEWLINES_RX starts with
_SPACE_CHARS = "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"  # _SPACES_RX but the space
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


def normalize_text(text: str) -> str:
    """Return `text` in NFC with one kind of newline, no invisible characters and plain spaces."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if any(ch in text for ch in _INVISIBLE_CHARS):  # a substring test is far cheaper than a regex pass
        text = _INVISIBLE_RX.sub("", text)
    if any(ch in text for ch in _NEWLINE_CHARS):
        text = _NEWLINES_RX.sub("\n", text)
    return text


def _nwords(line: str) -> int:
    """Return the number of words, counting two CJK characters as one word (those scripts use no spaces)."""
    n = len(_WORD_RX.findall(line))
    if not line.isascii():
        n += len(_CJK_RX.findall(line)) // 2
    return n


def _nprose(line: str) -> int:
    """Return the number of words with a letter (CJK counted as in `_nwords`): "08:52", "2023" are no prose."""
    n = sum(1 for w in _WORD_RX.findall(line) if not w.replace(".", "").replace("-", "").isdigit())
    if not line.isascii():
        n += len(_CJK_RX.findall(line)) // 2
    return n


def _paragraph_like(line: str) -> bool:
    n = _nprose(line)
    return n >= 25 or (n >= 10 and line.rstrip().endswith(_SENT_END))


def _sentence_like(line: str) -> bool:
    n = _nprose(line)
    return n >= 25 or (n >= 6 and line.rstrip().endswith(_SENT_END) and _starts_upper(line))


def _starts_upper(line: str) -> bool:
    first = line.lstrip("\"'“«‘(—– ")[:1]  # a dash opens a line of dialogue
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
    split = _split_header(raw_lines, art)
    unwrapped = _unwrap(split)
    lines = [ln.strip() for ln in unwrapped if ln.strip()]
    glued = _glued(split) if unwrapped is split else [False] * len(lines)
    reasons: list[str | None] = [boilerplate_reason(ln) for ln in lines]
    model_rules = [r is not None for r in reasons]  # what the line model was trained to see as rules
    reasons = [
        "fields" if r is None and metadata_fields(ln) else r for r, ln in zip(reasons, lines, strict=True)
    ]
    kept = [i for i, r in enumerate(reasons) if r is None]
    body_start = next((i for i in kept if _paragraph_like(lines[i])), len(lines))
    title_idx = _find_title(lines, kept, body_start)
    if HEAD_OVERLAP:
        title_idx = _related_title(lines, reasons, body_start, title_idx)
    if title_idx is not None:
        title_idx = _inner_title(lines, reasons, body_start, title_idx)
    title_key = dupkey(lines[title_idx]) if title_idx is not None else None
    for i, r in enumerate(reasons):
        if r == "byline" and art.author is None:
            m = _BYLINE_RX.match(lines[i]) or _AUTHOR_KEY_RX.match(_low(lines[i]))
            art.author = m.group("name").strip() if m and m.re is _BYLINE_RX else None
    learned = _learned(lines, reasons, model_rules, body_start, title_idx)
    runs = _headline_runs(lines, reasons, body_start) if HEADLINE_RUNS else set()
    if HEAD_OVERLAP:
        runs |= _unrelated_head(lines, reasons, body_start, title_idx)
    in_teasers = False
    for i, line in enumerate(lines):
        reason = reasons[i]
        if reason is None and i < body_start and i != title_idx:
            reason = _head_reason(line, before_title=title_idx is None or i < title_idx)
            if reason == "byline" and art.author is None:
                art.author = line.split(",")[0].strip().rstrip(".")
        if reason is None and i in learned:
            reason = "learned"
        if reason is None and i in runs:
            reason = "teaser-list"
        if reason is None and glued[i] and i > body_start and _inserted(line):
            reason = "glued"
        if reason is None and body_start < i < len(lines) - 1 and _portrait_caption(lines, reasons, i):
            reason = "caption"
        if (
            reason is None
            and INSERTED_HEADLINES
            and body_start < i < len(lines) - 1
            and _inserted_headline(lines, i)
        ):
            reason = "inserted"
        if (
            reason is None
            and title_key
            and i != title_idx
            and abs(len(line) - len(lines[title_idx or 0])) < 12
            and dupkey(line) == title_key
        ):
            reason = "duplicate"
        if (
            reason is None
            and title_key
            and i < body_start
            and i != title_idx
            and len(title_key) >= 20
            and dupkey(line).endswith(title_key)
            and not line.rstrip().endswith((".", "!"))
        ):
            reason = "duplicate"  # the headline in a breadcrumb ("Home News Business <headline>")
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
CUT_THRESHOLD = 1.01  # never: an excerpt that stops mid-sentence keeps its last words
_INNER_SENTENCE_END_RX = re.compile(r"[.!?…][\"”»’)]?\s+[A-ZА-ЯЁ\"“«]")


def _learned(
    lines: list[str], reasons: list[str | None], rules: list[bool], body_start: int, title_idx: int | None
) -> set[int]:
    """Return the indexes of the lines the learned line model (`sphere.read.clean.lines`) takes for debris;
    `rules[i]` says a rule of `boilerplate_reason` fired on line i (an input of the model)."""
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
    probs = boilerplate_probabilities(lines, rules, candidates)
    out: set[int] = set()
    keys = [dupkey(line) if reasons[i] is None and i != title_idx else "" for i, line in enumerate(lines)]
    for i in range(len(lines) - 1):
        if keys[i] and keys[i] == keys[i + 1] and _nwords(lines[i]) >= 2:
            # the same line twice (a caption under its image's alt text, a teaser twice) is never the body; a
            # teaser of the first paragraph (cut with "...") right above the paragraph itself goes alone
            out.update((i, i + 1) if lines[i] == lines[i + 1] else (i,))
    for i, p in enumerate(probs):
        if reasons[i] is not None or i == title_idx:
            continue
        if title_idx is not None and title_idx < i < body_start:
            # between headline and body the training pages' gold bodies leave the standfirst out (often with
            # no full stop): only a short line or one with a date (a byline, a credit) goes
            if p >= EDGE_THRESHOLD and (_nwords(lines[i]) < 6 or parse_full_date(lines[i])):
                out.add(i)
        elif i < body_start or i > last:
            if i == len(lines) - 1 == last + 1 and _cut_sentence(lines[i]):
                # the last line, right after the body, stops mid-sentence: an excerpt cut there, unless sure
                if p >= CUT_THRESHOLD and not _INNER_SENTENCE_END_RX.search(lines[i]):
                    out.add(i)
            elif p >= EDGE_THRESHOLD:
                out.add(i)
        elif p >= INNER_THRESHOLD and not _paragraph_like(lines[i]):
            out.add(i)
    if TAIL_CASCADE:
        out |= _tail_debris(lines, reasons, last, out)
    return out


TAIL_CASCADE = True


def _tail_debris(lines: list[str], reasons: list[str | None], last: int, learned: set[int]) -> set[int]:
    """Return the lines below the first piece of debris after the last paragraph: the body is one run of text,
    so once page furniture starts below it (a share row, a teaser heading, a comment form), what follows is
    more of the page (teaser headlines, dates, counters), not more of the article; items of a numbered or
    bulleted list are left to the other rules."""
    start = next((i for i in range(last + 1, len(lines)) if reasons[i] is not None or i in learned), None)
    if start is None:
        return set()
    return {
        i for i in range(start + 1, len(lines)) if reasons[i] is None and not _LIST_ITEM_RX.match(lines[i])
    }


_LIST_ITEM_RX = re.compile(r"^(?:\d{1,3}[.)]|[-–•·*▪◦])\s")


def _glued(raw: list[str]) -> list[bool]:
    """Return, for each non-empty line, whether it shares a two-line block (no blank line between) with a
    paragraph, in a text whose lines otherwise stand apart (blank lines after most of them).

    Copied pages set paragraphs apart by blank lines; a link or promotion the page inserted between them comes
    glued to its paragraph (a related headline, a subscription line).
    """
    idx = [i for i, ln in enumerate(raw) if ln.strip()]
    out = [False] * len(idx)
    apart = sum(1 for i in idx if i + 1 == len(raw) or not raw[i + 1].strip())
    if len(idx) < 5 or apart < 0.6 * len(idx):
        return out
    for k, i in enumerate(idx):
        above = k > 0 and idx[k - 1] == i - 1
        below = k + 1 < len(idx) and idx[k + 1] == i + 1
        if above == below:
            continue  # standing alone, or inside a block of three or more (a list)
        j = k - 1 if above else k + 1
        alone = (
            (j == 0 or idx[j - 1] != idx[j] - 1) if above else (j + 1 == len(idx) or idx[j + 1] != idx[j] + 1)
        )
        out[k] = alone and _paragraph_like(raw[idx[j]].strip())
    return out


def _inserted(line: str) -> bool:
    """Return True for a line glued to a paragraph that reads as an inserted headline or promotion: six words
    or more, not a paragraph itself, not a list item or the lead-in to one."""
    return (
        _nwords(line) >= 6
        and not _paragraph_like(line)
        and not line.rstrip().endswith(":")
        and line[:1] not in _BULLETS
    )


INSERTED_HEADLINES = True
HEADLINE_RUNS = True


def _listed_headline(line: str) -> bool:
    """Return True for a line that reads as a headline in a list of links: four to twenty-five words, a capital
    first, no full stop (a question mark or a closing quote may end it), not a list item, a lead-in or a line of
    dialogue (an interview's question opens with a dash)."""
    end = line.rstrip()
    if (
        not 4 <= _nwords(line) <= 25
        or not _starts_upper(line)
        or _LIST_ITEM_RX.match(line)
        or line[:1] in "—–"
    ):
        return False
    return not end.endswith((".", ":", ";", ",", "…", "。")) or end.endswith("...")


def _headline_runs(lines: list[str], reasons: list[str | None], body_start: int) -> set[int]:
    """Return the lines of runs of three or more headlines in a row below the start of the body: a list of
    other stories (related, latest, most read), whatever heading it has or lacks; running text ends its
    sentences, so three lines in a row without a full stop are no paragraphs of the article."""
    out: set[int] = set()
    run: list[int] = []
    for i in range(body_start + 1, len(lines) + 1):
        if i < len(lines) and reasons[i] is None and _listed_headline(lines[i]):
            run.append(i)
            continue
        if i < len(lines) and reasons[i] is not None and run:
            continue  # a date or a credit between two teasers does not end the list
        if len(run) >= 3 and not _lead_in(lines, reasons, run[0]):
            out.update(run)
        run = []
    return out


HEAD_OVERLAP = True
HEAD_OVERLAP_SHARE = 0.5  # a line above the body sharing less than this of its words with the body goes
_CONTENT_RX = re.compile(r"[^\W\d_]{4,}")


def _stems(line: str) -> list[str]:
    """Return the content words of a line (four letters or more), lower-cased and cut to five letters (a crude
    stem that matches the inflected forms of one word in most of the languages read)."""
    return [w[:5] for w in _CONTENT_RX.findall(line.lower())]


def _body_stems(lines: list[str], reasons: list[str | None], body_start: int) -> set[str]:
    """Return the stems of the kept lines from the first paragraph on."""
    body: set[str] = set()
    for i in range(body_start, len(lines)):
        if reasons[i] is None:
            body.update(_stems(lines[i]))
    return body


def _unrelated(line: str, body: set[str]) -> bool:
    """Return True for a line of four content words or more sharing under HEAD_OVERLAP_SHARE of them with the
    body (fewer words are too few to tell)."""
    stems = _stems(line)
    return len(stems) >= 4 and sum(1 for w in stems if w in body) < HEAD_OVERLAP_SHARE * len(stems)


def _last_head(lines: list[str], reasons: list[str | None], body_start: int) -> int | None:
    """Return the last headline-like kept line above the body."""
    return next(
        (i for i in range(body_start - 1, -1, -1) if reasons[i] is None and _headline_like(lines[i])), None
    )


def _related_title(
    lines: list[str], reasons: list[str | None], body_start: int, title_idx: int | None
) -> int | None:
    """Return the headline: the first headline-like line above the body (`title_idx`) unless it shares almost no
    words with the body while the last one does (the first was a teaser of another story above the headline)."""
    last = _last_head(lines, reasons, body_start)
    if title_idx is None or last is None or last == title_idx:
        return title_idx
    body = _body_stems(lines, reasons, body_start)
    if len(body) >= 30 and _unrelated(lines[title_idx], body) and not _unrelated(lines[last], body):
        return last
    return title_idx


def _inner_title(lines: list[str], reasons: list[str | None], body_start: int, title_idx: int) -> int:
    """Return the headline when the line taken for it begins or ends with a later line above the body (a
    breadcrumb ending with the headline, "Home News Business <headline>"): that later line; else `title_idx`."""
    key = dupkey(lines[title_idx])
    for i in range(title_idx + 1, body_start):
        inner = dupkey(lines[i])
        if (
            reasons[i] is None
            and _headline_like(lines[i])
            and len(inner) >= 20
            and len(inner) < len(key)
            and (key.endswith(inner) or key.startswith(inner))
        ):
            return i
    return title_idx


def _unrelated_head(
    lines: list[str], reasons: list[str | None], body_start: int, title_idx: int | None
) -> set[int]:
    """Return the kept lines above the body (the headline aside) that share almost no words with it: teaser
    headlines of other stories, a site's slogan or description, section names. The headline, the standfirst and a
    caption of the article's picture speak of what the body tells, so they share its words; a line of another
    story does not. Never a sentence (a standfirst ends with its full stop and may share few words with the
    body), nor the last headline-like line above the body (the headline, when a section label above it was taken
    for it)."""
    body = _body_stems(lines, reasons, body_start)
    if len(body) < 30:
        return set()  # too little body to compare with
    last_head = _last_head(lines, reasons, body_start)
    out: set[int] = set()
    for i in range(body_start):
        end = lines[i].rstrip()
        if reasons[i] is not None or i in (title_idx, last_head) or end.endswith((".", "!", "。")):
            continue
        if _unrelated(lines[i], body):
            out.add(i)
    return out


def _lead_in(lines: list[str], reasons: list[str | None], first: int) -> bool:
    """Return True when the kept line above `first` ends with a colon: the run is the list it announces."""
    above = next((j for j in range(first - 1, -1, -1) if reasons[j] is None), None)
    return above is not None and lines[above].rstrip().endswith(":")


def _inserted_headline(lines: list[str], i: int) -> bool:
    """Return True for a headline of another story set between two paragraphs (a related link): seven to
    sixteen words (a longer line without a full stop is a sentence that lost it), no end punctuation, not a
    question (an interview's), not in capitals (a section heading)."""
    line = lines[i].rstrip()
    if (
        not 7 <= _nwords(line) <= 16
        or not _headline_like(line)
        or line.endswith(("?", "!", "»", '"', "”"))
        or line.isupper()
    ):
        return False
    return _paragraph_like(lines[i - 1]) and _paragraph_like(lines[i + 1])


def _portrait_caption(lines: list[str], reasons: list[str | None], i: int) -> bool:
    """Return True for a name alone on a line between two paragraphs ("Maulen Akhmetov"): the caption of a
    portrait, not a section heading (which has lower-case words) nor a list item (whose neighbours are short)."""
    line = lines[i]
    if not _name_only(line) or len(line.split()) > 4 or line.isupper() or any(ch.isdigit() for ch in line):
        return False
    return _paragraph_like(lines[i - 1]) and _paragraph_like(lines[i + 1]) and reasons[i - 1] is None


def _cut_sentence(line: str) -> bool:
    """Return True for a line that reads as the start of a sentence cut off (an excerpt that stops mid-way):
    no end punctuation, four words or more, a capital (or quote, or digit) first and at least two words in lower
    case ("The Treaty will remain in force"), unlike a short label or a run of capitalised names and tags."""
    if line.rstrip().endswith(_SENT_END) or not _starts_upper(line):
        return False
    words = line.split()
    return len(words) >= 4 and sum(1 for w in words[1:] if w[:1].islower()) >= 2


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
