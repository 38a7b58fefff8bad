"""The shapes of a line of copied text: how many words it has, whether it reads as a paragraph, a sentence or a
headline, whether it ends as a sentence ends. Shared by the line rules (`sphere.read.clean.line_rules`, which
re-exports them) and the cleaner's rules of position (`sphere.read.clean.boilerplate`, `sphere.read.clean.layout`,
`sphere.read.clean.frontmatter`).
"""

from __future__ import annotations

import re

__all__ = [
    "BULLETS",
    "CJK_RX",
    "SENT_END",
    "ends_sentence",
    "headline_like",
    "nprose",
    "nwords",
    "paragraph_like",
    "sentence_like",
    "starts_upper",
]

# a character of the scripts written without spaces (Chinese, Japanese, Korean)
CJK_RX = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD_RX = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
BULLETS = frozenset("-–—•·*▪◦")
SENT_END = (".", "!", "?", "…", '"', "”", "»", "’", "'", ")", "。", "！", "？", "」", "』", "．")
_DATELINE_RX = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,}(?:,|\s[–—-]\s)")
_CLOSERS = "\"”»’')」』"
_STOPS = tuple(ch for ch in SENT_END if ch not in _CLOSERS)


def ends_sentence(line: str) -> bool:
    """Return True when a line ends as a sentence ends: a stop, perhaps inside closing quotes or brackets ('."',
    '.)'). A closing quote or bracket with no stop before it ends a title or a name ("... Inquiry (ECA0009)")."""
    return line.rstrip().rstrip(_CLOSERS).endswith(_STOPS)


def nwords(line: str) -> int:
    """Return the number of words, counting two CJK characters as one word (those scripts use no spaces)."""
    n = len(_WORD_RX.findall(line))
    if not line.isascii():
        n += len(CJK_RX.findall(line)) // 2
    return n


def nprose(line: str) -> int:
    """Return the number of words with a letter (CJK counted as in `nwords`): "08:52", "2023" are no prose."""
    n = sum(1 for w in _WORD_RX.findall(line) if not w.replace(".", "").replace("-", "").isdigit())
    if not line.isascii():
        n += len(CJK_RX.findall(line)) // 2
    return n


def paragraph_like(line: str) -> bool:
    """Return True for a line that reads as a paragraph: 25 prose words, or 10 ending as a sentence ends."""
    n = nprose(line)
    return n >= 25 or (n >= 10 and ends_sentence(line))


def sentence_like(line: str) -> bool:
    """Return True for a line that reads as a sentence: 25 prose words, or 6 with a capital first and an end."""
    n = nprose(line)
    return n >= 25 or (n >= 6 and ends_sentence(line) and starts_upper(line))


def starts_upper(line: str) -> bool:
    """Return True when the first letter (past quotes, brackets and dashes) is a capital or a digit."""
    first = line.lstrip("\"'“«‘(—– ")[:1]  # a dash opens a line of dialogue
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())


def headline_like(line: str) -> bool:
    """Return True for a line that reads as a headline: 3-30 words, a capital first, no end stop, no dateline."""
    if not 3 <= nwords(line) <= 30 or len(line) > 250:
        return False
    if line.rstrip().endswith((".", ":", ";", ",", "。")) and not line.rstrip().endswith("..."):
        return False
    return starts_upper(line) and not _DATELINE_RX.match(line)
