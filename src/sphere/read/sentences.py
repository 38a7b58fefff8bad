"""Sentence splitting for news text in English and Russian, as (start, end) offsets into the text.

A rule-based splitter is enough for news prose and costs microseconds: a sentence ends at `.`, `!`, `?` or
`…` (optionally followed by closing quotes or brackets) when whitespace and an upper-case letter, a digit or
an opening quote follow, unless the word before the stop is a known abbreviation, a title, an initial or a
single letter. Line breaks that separate paragraphs, headlines and datelines always end a sentence.
"""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    """Split a block of space-separated words (word lists stay readable in the source)."""
    return text.split()


# words after which a full stop does not end the sentence (lower case, without the stop)
ABBREVIATIONS = frozenset(
    _words(
        """mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm gov sen rep pres amb messrs mme mlle co corp
        inc ltd llc plc jsc ojsc pjsc llp bros dept univ assn est approx no nos vol fig vs etc al jan feb
        mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun e.g i.e u.s u.k u.n a.m p.m d.c
        г гг т тыс млн млрд руб долл им ул д см т.е т.д т.п др пр ст mrd mio bzw ca usw nr z.b s.o mlrd mln
        млн млрд мың"""
    )
)
_STOP = re.compile(r"[.!?…]+[\"'»”’)\]]*")
_NEXT = re.compile(r"(?<!\s)\s+[\"'«“‘(\[]?(\w)")  # then an upper-case letter of any script, or a digit
_PARA = re.compile(r"\n\s*\n|\n(?=\s*[-•*–—]\s)")
_LINE_ENDS = (".", "!", "?", ":", ";", '"', "”", "»", ")")  # a line ending so is complete
_WORD_BEFORE_REVERSED = re.compile(r"[\w.]+")  # `([\w.]+)$`, read on the text reversed


def _ends_with_abbreviation(text: str, stop: int) -> bool:
    """Return True when the full stop at `stop` closes an abbreviation, an initial or a title."""
    window = text[max(0, stop - 24) : stop]
    if window.endswith("\n"):
        window = window[:-1]  # `$` also matches before a final line break
    m = _WORD_BEFORE_REVERSED.match(window[::-1])
    if not m:
        return False
    word = m.group()[::-1]
    low = word.lower().rstrip(".")
    if low in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial such as "V." in "Vladimir V. Putin"


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a block at single line breaks where the line looks complete (a headline, a dateline, a list)."""
    out: list[tuple[int, int]] = []
    pos = start
    cut = text.find("\n", start, end)
    while cut >= 0:
        line = text[pos:cut].rstrip()
        # a hard-wrapped line continues when it ends mid-sentence and the next starts in lower case
        if not (line and not line.endswith(_LINE_ENDS) and text[cut + 1 : end].lstrip()[:1].islower()):
            out.append((pos, cut))
            pos = cut + 1
        cut = text.find("\n", cut + 1, end)
    out.append((pos, end))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the sentences of `text` as (start, end) offsets, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    blocks: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.start() + 1
    blocks.append((pos, len(text)))
    for bstart, bend in blocks:
        for lstart, lend in _split_lines(text, bstart, bend):
            start = lstart
            for m in _STOP.finditer(text, lstart, lend):
                nxt = _NEXT.match(text, m.end(), lend)
                if (
                    not nxt
                    or not (nxt.group(1).isupper() or nxt.group(1).isdigit())
                    or (text[m.start()] == "." and _ends_with_abbreviation(text, m.start()))
                ):
                    continue
                spans.append((start, m.end()))
                start = m.end()
            spans.append((start, lend))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.extend(_bounded(text, s, e))
    return out


MAX_SENTENCE = 2000  # characters: longer "sentences" (tables, CSV, JSON, lists without stops) are cut


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SENTENCE at line breaks, else at the last space before the limit, so that
    the work per sentence (triggers × length) stays bounded whatever the input."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind("\n", start + 1, start + MAX_SENTENCE)
        if cut <= start:
            cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        s, e = start, cut
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


def sentence_index(sentences: list[tuple[int, int]], offset: int) -> int:
    """Return the index of the sentence holding `offset` (the nearest one before it when between two)."""
    lo, hi = 0, len(sentences) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid][0] <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
