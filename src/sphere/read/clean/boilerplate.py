"""Remove the debris of a web page copied as text, keeping headline, standfirst, section headings and body.

Works by general line features only: the position-independent rules of `sphere.read.clean.line_rules`
(vocabularies, credits and captions, bylines, share/cookie/comment-form lines, breadcrumbs, navigation, date-
and number-only lines), and position (labels before the headline, bylines between headline and body, teaser
lists after a teaser heading); then the learned line model (`sphere.read.clean.lines`) takes the debris the
rules miss at the article's edges, and inside it the lines it is sure of that do not read as paragraphs. The body
is one run of text: below the last paragraph, everything after the first piece of debris goes too. The rules of
page layout (where the headline is, teasers of other stories, inserted headlines, teaser summaries cut with an
ellipsis) are `sphere.read.clean.layout`, those of reports' front matter (about-the-author blocks, empty sections,
dangling list lead-ins) `sphere.read.clean.frontmatter`; language menus are `sphere.read.clean.menus`.
A leading "URL: ..."/"Title: ..." header and a " date YYYY-MM-DD" prefix are read as metadata.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sphere.read.clean import layout
from sphere.read.clean.frontmatter import about_blocks, dangling_lead_ins, empty_sections, outline_heading
from sphere.read.clean.layout import (
    cut_sentence,
    ellipsis_teasers,
    find_title,
    glued_lines,
    head_reason,
    headline_runs,
    inner_title,
    inserted_headline,
    inserted_line,
    portrait_caption,
    related_title,
    tail_debris,
    truncated_teaser,
    unrelated_head,
)
from sphere.read.clean.line_rules import (
    _AUTHOR_KEY_RX,
    _BYLINE_RX,
    BULLETS,
    SENT_END,
    _low,
    boilerplate_reason,
    dupkey,
    metadata_fields,
    nprose,
    nwords,
    paragraph_like,
    sentence_like,
    starts_upper,
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
    # why each dropped line of the text went: (reason, line), in page order ("learned", "teaser-list", ...)
    why: list[tuple[str, str]] = field(default_factory=list)


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
_HYPHEN_END_RX = re.compile(r"[^\W\d_]-$")


def normalize_text(text: str) -> str:
    """Return `text` in NFC with one kind of newline, no invisible characters and plain spaces."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if any(ch in text for ch in _INVISIBLE_CHARS):  # a substring test is far cheaper than a regex pass
        text = _INVISIBLE_RX.sub("", text)
    if any(ch in text for ch in _NEWLINE_CHARS):
        text = _NEWLINES_RX.sub("\n", text)
    return text


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
    open_ends = sum(1 for ln in long_lines if not ln.endswith((*SENT_END, ":")))
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
        bullet = ln in BULLETS
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


# the rules of reports' front matter (`sphere.read.clean.frontmatter`); a switch for `training/cv_boilerplate.py`
FRONT_MATTER = True


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
    glued = glued_lines(split) if unwrapped is split else [False] * len(lines)
    reasons: list[str | None] = [boilerplate_reason(ln) for ln in lines]
    model_rules = [r is not None for r in reasons]  # what the line model was trained to see as rules
    reasons = [
        "fields" if r is None and metadata_fields(ln) else r for r, ln in zip(reasons, lines, strict=True)
    ]
    if FRONT_MATTER:
        for i in about_blocks(lines, reasons):
            reasons[i] = "about"
    kept = [i for i, r in enumerate(reasons) if r is None]
    body_start = next((i for i in kept if paragraph_like(lines[i])), len(lines))
    title_idx = find_title(lines, kept, body_start)
    if layout.HEAD_OVERLAP:
        title_idx = related_title(lines, reasons, body_start, title_idx)
    if title_idx is not None:
        title_idx = inner_title(lines, reasons, body_start, title_idx)
    title_key = dupkey(lines[title_idx]) if title_idx is not None else None
    for i, r in enumerate(reasons):
        if r == "byline" and art.author is None:
            m = _BYLINE_RX.match(lines[i]) or _AUTHOR_KEY_RX.match(_low(lines[i]))
            art.author = m.group("name").strip() if m and m.re is _BYLINE_RX else None
    learned = _learned(lines, reasons, model_rules, body_start, title_idx)
    runs = headline_runs(lines, reasons, body_start) if layout.HEADLINE_RUNS else set()
    if layout.HEAD_OVERLAP:
        runs |= unrelated_head(lines, reasons, body_start, title_idx)
    in_teasers = False
    final: list[str | None] = []
    for i, line in enumerate(lines):
        reason = reasons[i]
        # "1. Introduction" right above the first paragraph: the text's first heading, never a label
        first_heading = FRONT_MATTER and reason is None and i + 1 == body_start and outline_heading(line)
        if reason is None and i < body_start and i != title_idx:
            reason = head_reason(line, before_title=title_idx is None or i < title_idx)
            if reason == "label" and first_heading:
                reason = None
            if reason == "byline" and art.author is None:
                art.author = line.split(",")[0].strip().rstrip(".")
        if reason is None and i in learned and not first_heading:
            reason = "learned"
        if reason is None and i in runs:
            reason = "teaser-list"
        if reason is None and glued[i] and i > body_start and inserted_line(line):
            reason = "glued"
        if reason is None and body_start < i < len(lines) - 1 and portrait_caption(lines, reasons, i):
            reason = "caption"
        if (
            reason is None
            and layout.INSERTED_HEADLINES
            and body_start < i < len(lines) - 1
            and inserted_headline(lines, i)
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
            if sentence_like(line) or _lead_in_sentence(line):
                in_teasers = False
            else:
                reason = "teaser-item"
        if reason is None and i == len(lines) - 1 and i > body_start and truncated_teaser(line):
            reason = "teaser"
        final.append(reason)
    for i in ellipsis_teasers(lines, final, title_idx) if layout.ELLIPSIS_TEASERS else ():
        final[i] = "teaser-summary"
    if FRONT_MATTER:
        for i in empty_sections(lines, final, title_idx, body_start):
            final[i] = "empty-section"
        for i in dangling_lead_ins(lines, final, title_idx):
            final[i] = "lead-in"
    for i, (line, reason) in enumerate(zip(lines, final, strict=True)):
        if reason is None:
            art.paragraphs.append(line)
        else:
            art.removed.append(line)
            art.why.append((learned.get(i, reason) if reason == "learned" else reason, line))
    if title_idx is not None:
        art.title = lines[title_idx]
    return art


# p(boilerplate) from which the line model drops a line: outside the run of paragraphs (above the first,
# below the last), and inside it (where only a line that does not read as a paragraph may go)
EDGE_THRESHOLD = 0.5
INNER_THRESHOLD = 0.7
CUT_THRESHOLD = 1.01  # never: an excerpt that stops mid-sentence keeps its last words
INNER_SPARES_SENTENCES = True  # a switch for `training/cv_boilerplate.py --variants`
TWICE_KEEPS_PARAGRAPH = True  # a switch for `training/cv_boilerplate.py --variants`
TWICE_MIN_WORDS = 6.0  # a line of fewer words said twice goes whole even in a page that doubles its text
DOUBLED_PAIRS = 3  # pairs of equal lines that make a page one that doubles its text
DOUBLED_SHARE = 0.3  # ... when they make this share of its lines
_INNER_SENTENCE_END_RX = re.compile(r"[.!?…][\"”»’)]?\s+[A-ZА-ЯЁ\"“«]")


def _lead_in_sentence(line: str) -> bool:
    """Return True for a sentence of five words or more announcing what follows ("Here are the highlights:"): the
    article's voice again after a list of teasers, no teaser's title."""
    return nprose(line) >= 5 and line.rstrip().endswith(":") and starts_upper(line)


def _doubled_run(lines: list[str], reasons: list[str | None], i: int) -> bool:
    """Return True when the pair of equal lines at i, i + 1 stands next to another pair of equal lines that no
    rule took, or the page holds three pairs of lines that open alike or more, making a third of its lines: a page that doubles the lines of its text, not a
    caption said twice (under its image and in its alt text, its credit doubled with it)."""
    before = i >= 2 and lines[i - 2] == lines[i - 1] and reasons[i - 2] is None
    after = i + 3 < len(lines) and lines[i + 2] == lines[i + 3] and reasons[i + 2] is None
    if before or after:
        return True
    keys = [dupkey(line)[:40] for line in lines]
    # a pair counts when the two lines open alike (a copy of a paragraph may be cut shorter than the other)
    pairs = sum(1 for j in range(len(lines) - 1) if len(keys[j]) >= 8 and keys[j] == keys[j + 1])
    return pairs >= DOUBLED_PAIRS and 2 * pairs >= DOUBLED_SHARE * len(lines)


def _learned(
    lines: list[str], reasons: list[str | None], rules: list[bool], body_start: int, title_idx: int | None
) -> dict[int, str]:
    """Return the indexes of the lines the learned line model (`sphere.read.clean.lines`) takes for debris, each
    with how ("learned" by the model, "twice" for a line repeated right below, "tail" below the first debris after
    the body); `rules[i]` says a rule of `boilerplate_reason` fired on line i (an input of the model)."""
    paras = [i for i, r in enumerate(reasons) if r is None and paragraph_like(lines[i])]
    if not paras:
        return {}  # no running text to tell the article from its surroundings: the rules decide alone
    last = paras[-1]
    para_set = set(paras)
    candidates = {
        i
        for i, r in enumerate(reasons)
        if r is None and i != title_idx and (i < body_start or i > last or i not in para_set)
    }
    probs = boilerplate_probabilities(lines, rules, candidates)
    out: dict[int, str] = {}
    keys = [dupkey(line) if reasons[i] is None and i != title_idx else "" for i, line in enumerate(lines)]
    for i in range(len(lines) - 1):
        if keys[i] and keys[i] == keys[i + 1] and nwords(lines[i]) >= 2 and i not in out:
            # the same line twice (a caption under its image's alt text, a teaser twice) is never the body; a
            # teaser of the first paragraph (cut with "...") right above the paragraph itself goes alone; in a
            # page that doubles its text (a run of lines each said twice) only the second copy goes, and the
            # first is read as any line is (a paragraph's claims are the article's)
            if lines[i] != lines[i + 1]:
                out[i] = "twice"
            elif (
                TWICE_KEEPS_PARAGRAPH
                and nwords(lines[i]) >= TWICE_MIN_WORDS
                and _doubled_run(lines, reasons, i)
            ):
                out[i + 1] = "twice"
            else:
                out.update(dict.fromkeys((i, i + 1), "twice"))
    # "learned-head": between headline and body, "learned": above or below the body, "learned-inner": inside it
    for i, p in enumerate(probs):
        if reasons[i] is not None or i == title_idx:
            continue
        if title_idx is not None and title_idx < i < body_start:
            # between headline and body the training pages' gold bodies leave the standfirst out (often with
            # no full stop): only a short line or one with a date (a byline, a credit) goes
            if p >= EDGE_THRESHOLD and (nwords(lines[i]) < 6 or parse_full_date(lines[i])):
                out.setdefault(i, "learned-head")
        elif i < body_start or i > last:
            if i == len(lines) - 1 == last + 1 and cut_sentence(lines[i]):
                # the last line, right after the body, stops mid-sentence: an excerpt cut there, unless sure
                if p >= CUT_THRESHOLD and not _INNER_SENTENCE_END_RX.search(lines[i]):
                    out.setdefault(i, "learned")
            elif p >= EDGE_THRESHOLD:
                out.setdefault(i, "learned")
        elif (
            p >= INNER_THRESHOLD
            and not paragraph_like(lines[i])
            and not (INNER_SPARES_SENTENCES and sentence_like(lines[i]))
        ):
            # inside the body a sentence stays whatever the model says: a short paragraph of the article ("The
            # suspect said he needed to get dressed.") holds a claim, debris in sentences is rarer there
            out.setdefault(i, "learned-inner")
    if layout.TAIL_CASCADE:
        for i in tail_debris(lines, reasons, last, set(out)):
            out.setdefault(i, "tail")
    return out
