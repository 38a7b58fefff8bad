"""The front matter of reports, written evidence and op-eds copied as text: what stands between the headline and
the argument without being part of it.

- An "About the author(s)" / "About <organisation>" heading and the short biography under it
  (`about_blocks`): a note on who wrote or published the piece, not what it says.
- Empty sections (`empty_sections`): a section heading followed at once by another heading ("Background",
  "Findings and Discussion", "1.1. Context", then the text): the page kept the outline of a section whose text it
  did not show (a table of contents, a collapsed summary).
- A dangling lead-in (`dangling_lead_ins`): a sentence announcing a list ("... are set out here;") followed by a
  heading instead of its list, which the page did not carry.

The document's headline and a heading with text under it are never taken.
"""

from __future__ import annotations

import re

from sphere.read.clean.line_rules import BULLETS, nwords, paragraph_like, sentence_like, starts_upper

__all__ = ["about_blocks", "dangling_lead_ins", "empty_sections", "outline_heading", "section_heading"]

# "About the author", "About the authors", "Об авторе", "Über die Autorin", "Yazar hakkında", "Автор туралы"
_ABOUT_AUTHOR_RX = re.compile(
    r"^(?:about (?:the )?(?:authors?|writers?|contributors?|editors?)(?:\(s\))?|об авторах?|от автора|"
    r"über (?:den|die) autor(?:in|en)?|zu(?:m|r) autor(?:in)?|yazar(?:lar)? hakkında|автор(?:лар)? туралы|"
    r"muallif haqida|(?:the )?authors?|notes? on (?:the )?contributors?)\W*$",
    re.I,
)
# "About Chatham House", "About the Institute", "About us", "Über uns", "О нас": a heading of six words or
# fewer after "About" (not "About this rating": a note on the article itself)
_ABOUT_ORG_RX = re.compile(
    r"^(?:about\s+(?!this\b|these\b)(?:the\s+)?(?:\S+\s*){1,6}|über uns|о нас|hakkımızda|biz haqimizda)$",
    re.I,
)
_HANDLE_RX = re.compile(r"^@\w+$|^[\w.+-]+@[\w-]+\.[\w.]+$")
# an outline number opening a heading: "1.", "1.1.", "2.3", "IV.", "A."
_OUTLINE_RX = re.compile(r"^(?:\d{1,2}\.(?:\d{1,2}\.?){0,3}|[IVX]{1,5}\.|[A-H]\.)\s+\S")
# a subsection's number ("2.1.", "3.4"): a report's outline, not a numbered list
_SUBSECTION_RX = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")
_YEAR_END_RX = re.compile(r"\b\d{4}\W*$")
_NAME_RX = re.compile(r"^[A-ZА-ЯЁ][\w'’.-]+(?:\s+[A-ZА-ЯЁ][\w'’.-]+){1,3}$")
# a name's title and affiliation under it ("Senior Fellow, Foreign Policy Centre"): a few capitalised words, a
# comma, a few more, no end punctuation
_AFFILIATION_RX = re.compile(r"^[A-ZА-ЯЁ][\w'’.-]*(?:\s+\S+){0,5},\s+\S+(?:\s+\S+){0,7}$")
_BLOCK_MAX = 5


def outline_heading(line: str) -> bool:
    """Return True for a section heading opened by an outline number ("1. Introduction", "2.1. Context"), not
    a date ("19. Juli 2019")."""
    return bool(_OUTLINE_RX.match(line)) and section_heading(line) and not _YEAR_END_RX.search(line)


def section_heading(line: str) -> bool:
    """Return True for a line that reads as a section heading: one to twelve words, a capital or an outline
    number first, no end punctuation (a question or a quote may end it), no list bullet."""
    end = line.rstrip()
    if not 1 <= nwords(line) <= 12 or len(line) > 120 or line[:1] in BULLETS:
        return False
    if end.endswith((".", ",", ":", ";", "!", "…", "。")) and not _OUTLINE_RX.match(line):
        return False
    return (starts_upper(line) or bool(_OUTLINE_RX.match(line))) and not paragraph_like(line)


def about_blocks(lines: list[str], reasons: list[str | None]) -> set[int]:
    """Return the lines of "About the author(s)" / "About <organisation>" blocks: the heading and the short
    biography under it (up to the next section heading, at most five lines; a name or a handle may open it).

    An "About <organisation>" block at the end of the page (no paragraph of the article after it) is left alone:
    a press release ends with a note on its issuer that belongs to it."""
    out: set[int] = set()
    n = len(lines)
    for i, line in enumerate(lines):
        if reasons[i] is not None and reasons[i] != "label":
            continue
        author = bool(_ABOUT_AUTHOR_RX.match(line.strip()))
        if not author and not (_ABOUT_ORG_RX.match(line.strip()) and section_heading(line)):
            continue
        block: list[int] = []
        j = i + 1
        while j < n and len(block) < _BLOCK_MAX:
            text = lines[j]
            if reasons[j] is not None:
                j += 1
                continue
            opener = len(block) < 2 and bool(
                _NAME_RX.match(text.strip())
                or _HANDLE_RX.match(text.strip())
                or _AFFILIATION_RX.match(text.strip())
            )
            if not opener and (section_heading(text) or not sentence_like(text)):
                break
            block.append(j)
            j += 1
        if not block:
            continue
        if j >= n or len(block) == _BLOCK_MAX:
            # no heading closes the block: only its first lines are sure to be the note (a name, a handle, one
            # paragraph); what follows may be the article again
            block = block[: next((k + 1 for k, b in enumerate(block) if sentence_like(lines[b])), 1)]
            j = block[-1] + 1
        if not author and not any(reasons[k] is None and paragraph_like(lines[k]) for k in range(j, n)):
            continue
        out.add(i)
        out.update(block)
    return out


def empty_sections(
    lines: list[str], reasons: list[str | None], title_idx: int | None, body_start: int
) -> set[int]:
    """Return the section headings followed at once (next kept line) by another heading: in a run of two or
    three short headings (six words at most, the last eight) whose last has a paragraph right under it, either
    right under the headline (the front matter, above the first paragraph) or, inside the body, after a
    paragraph where the last heading is a numbered subsection ("2.1. Context": a report's outline). A longer run is a list
    and a longer line a standfirst; the headline and the first kept line are never taken, nor the heading over
    the text."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    heads = [section_heading(lines[i]) and i != title_idx for i in kept]
    out: set[int] = set()
    pos = 1  # the first kept line is the document's headline or what stands for it
    while pos < len(kept):
        if not heads[pos]:
            pos += 1
            continue
        end = pos
        while end + 1 < len(kept) and heads[end + 1]:
            end += 1
        run = kept[pos : end + 1]
        last = run[-1]
        prev = kept[pos - 1]
        shape = (
            2 <= len(run) <= 3
            and all(nwords(lines[i]) <= 6 for i in run[:-1])
            and nwords(lines[last]) <= 8
            and end + 1 < len(kept)
            and paragraph_like(lines[kept[end + 1]])
        )
        front = last < body_start
        inner = bool(_SUBSECTION_RX.match(lines[last])) and paragraph_like(lines[prev])
        if shape and (front or inner):
            out.update(run[:-1])
        pos = end + 1
    return out


def dangling_lead_ins(lines: list[str], reasons: list[str | None], title_idx: int | None) -> set[int]:
    """Return the sentences announcing a list with a semicolon ("... are set out here;") followed at once by a
    section heading with text under it (after at most two more headings) instead of the list: six words or more, the heading two words or
    more or numbered. (A colon is left alone: a listicle's items are often headings with text under them.)"""
    kept = [i for i, r in enumerate(reasons) if r is None]
    out: set[int] = set()
    for pos, i in enumerate(kept[:-2]):
        line = lines[i].rstrip()
        if i == title_idx or not line.endswith((";", ":")) or nwords(line) < 6 or line[:1] in BULLETS:
            continue
        head = lines[kept[pos + 1]]
        if not section_heading(head) or (nwords(head) < 2 and not _OUTLINE_RX.match(head)):
            continue
        if line.endswith(":") and not _SUBSECTION_RX.match(head):
            continue  # a listicle's items are headings with text under them; a report's subsection is not one
        if _over_text(lines, kept, pos + 1):
            out.add(i)
    return out


def _over_text(lines: list[str], kept: list[int], pos: int) -> bool:
    """Return True when the kept heading at `pos` has text under it: a paragraph after at most two more
    headings ("Findings and Discussion", "1.1. Context", then the text)."""
    for k in kept[pos + 1 : pos + 4]:
        if paragraph_like(lines[k]):
            return True
        if not section_heading(lines[k]):
            return False
    return False
