"""Where the article sits on a copied page: the rules of page layout that `sphere.read.clean.boilerplate` applies
by position once the line rules (`sphere.read.clean.line_rules`) have had their say.

Above the first paragraph: which line is the headline (`find_title`, `related_title`, `inner_title`), what the
other lines there are (labels, bylines: `head_reason`) and which share almost no words with the body (teasers of
other stories: `unrelated_head`). Inside and below the body: runs of headlines of other stories
(`headline_runs`), a headline inserted between two paragraphs (`inserted_headline`; glued to one:
`glued_lines`, `inserted_line`), a portrait's caption (`portrait_caption`), the debris below the last paragraph (`tail_debris`), a last line cut
mid-sentence (`cut_sentence`) or mid-teaser-heading (`truncated_teaser`), a teaser's summary cut with an ellipsis next to
debris (`ellipsis_teasers`).

The module-level switches (`TAIL_CASCADE`, `INSERTED_HEADLINES`, `HEADLINE_RUNS`, `HEAD_OVERLAP`, `ELLIPSIS_TEASERS`) and
`HEAD_OVERLAP_SHARE` are read at call time, so `training/cv_boilerplate.py --variants` can turn them off here.
"""

from __future__ import annotations

import re

from sphere.read.clean.line_rules import (
    _NAME_TOKEN_RX,
    _TEASER_EXACT,
    BULLETS,
    SENT_END,
    _key,
    dupkey,
    headline_like,
    nwords,
    paragraph_like,
    starts_upper,
)

__all__ = [
    "ELLIPSIS_TEASERS",
    "HEADLINE_RUNS",
    "HEAD_OVERLAP",
    "HEAD_OVERLAP_SHARE",
    "INSERTED_HEADLINES",
    "TAIL_CASCADE",
    "cut_sentence",
    "ellipsis_teasers",
    "find_title",
    "glued_lines",
    "head_reason",
    "headline_runs",
    "inner_title",
    "inserted_headline",
    "inserted_line",
    "portrait_caption",
    "related_title",
    "tail_debris",
    "truncated_teaser",
    "unrelated_head",
]


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


TAIL_CASCADE = True


def tail_debris(lines: list[str], reasons: list[str | None], last: int, learned: set[int]) -> set[int]:
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
_NUMBERED_RX = re.compile(r"^\d{1,2}[.)]\s+\S")


def glued_lines(raw: list[str]) -> list[bool]:
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
        out[k] = alone and paragraph_like(raw[idx[j]].strip())
    return out


def inserted_line(line: str) -> bool:
    """Return True for a line glued to a paragraph that reads as an inserted headline or promotion: six words
    or more, not a paragraph itself, not a list item or the lead-in to one."""
    return (
        nwords(line) >= 6
        and not paragraph_like(line)
        and not line.rstrip().endswith(":")
        and line[:1] not in BULLETS
    )


INSERTED_HEADLINES = True
HEADLINE_RUNS = True
RUN_SENTENCES = True
RUN_MAX_WORDS = 25.0
# a full stop (or ! ?) closing a sentence inside the line, the next one starting with a capital
_INNER_STOP_RX = re.compile(r"[a-zа-яё\d)][.!?][\"”»’)]?\s+[\"“«]?[A-ZА-ЯЁ][a-zа-яё]")


def _listed_headline(line: str) -> bool:
    """Return True for a line that reads as a headline in a list of links: four to twenty-five words, a capital
    first, no full stop (a question mark or a closing quote may end it), not a list item, a lead-in or a line of
    dialogue (an interview's question opens with a dash)."""
    end = line.rstrip()
    if (
        not 4 <= nwords(line) <= RUN_MAX_WORDS
        or not starts_upper(line)
        or _LIST_ITEM_RX.match(line)
        or line[:1] in "—–"
    ):
        return False
    if RUN_SENTENCES and (_INNER_STOP_RX.search(line) or end.endswith("!")):
        return False  # two sentences, or a cry: an item of the article's own list, not a headline
    return not end.endswith((".", ":", ";", ",", "…", "。")) or end.endswith("...")


def headline_runs(lines: list[str], reasons: list[str | None], body_start: int) -> set[int]:
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
        if len(run) >= 3 and not _lead_in(lines, reasons, run[0]) and not _own_list(lines, reasons, run):
            out.update(run)
        run = []
    return out


RUN_OWN_SHARE = 0.7


def _own_list(lines: list[str], reasons: list[str | None], run: list[int]) -> bool:
    """Return True for a run of headline-like lines whose words are mostly the article's own: the items of a list
    of the article (its points, its products), where the headlines of other stories speak of other things."""
    inside = set(run)
    rest: set[str] = set()
    for i, line in enumerate(lines):
        if reasons[i] is None and i not in inside:
            rest.update(_stems(line))
    stems = [w for i in run for w in _stems(lines[i])]
    if len(rest) < 30 or not stems:
        return False
    return sum(1 for w in stems if w in rest) >= RUN_OWN_SHARE * len(stems)


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


def _related(line: str, body: set[str]) -> bool:
    """Return True for a line of three content words or more sharing at least HEAD_OVERLAP_SHARE of them with
    the body (a section heading of two words, "Evidence and Analysis", tells nothing of the story)."""
    stems = _stems(line)
    return len(stems) >= 3 and sum(1 for w in stems if w in body) >= HEAD_OVERLAP_SHARE * len(stems)


def _last_head(lines: list[str], reasons: list[str | None], body_start: int) -> int | None:
    """Return the last headline-like kept line above the body."""
    return next(
        (i for i in range(body_start - 1, -1, -1) if reasons[i] is None and headline_like(lines[i])), None
    )


def related_title(
    lines: list[str], reasons: list[str | None], body_start: int, title_idx: int | None
) -> int | None:
    """Return the headline: the first headline-like line above the body (`title_idx`) unless it shares almost no
    words with the body while the last one does (the first was a teaser of another story above the headline)."""
    last = _last_head(lines, reasons, body_start)
    if title_idx is None or last is None or last == title_idx:
        return title_idx
    body = _body_stems(lines, reasons, body_start)
    if len(body) >= 30 and _unrelated(lines[title_idx], body) and _related(lines[last], body):
        return last
    return title_idx


def inner_title(lines: list[str], reasons: list[str | None], body_start: int, title_idx: int) -> int:
    """Return the headline when the line taken for it begins or ends with a later line above the body (a
    breadcrumb ending with the headline, "Home News Business <headline>"): that later line; else `title_idx`."""
    key = dupkey(lines[title_idx])
    for i in range(title_idx + 1, body_start):
        inner = dupkey(lines[i])
        if (
            reasons[i] is None
            and headline_like(lines[i])
            and len(inner) >= 20
            and len(inner) < len(key)
            and (key.endswith(inner) or key.startswith(inner))
        ):
            return i
    return title_idx


def unrelated_head(
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


def inserted_headline(lines: list[str], i: int) -> bool:
    """Return True for a headline of another story set between two paragraphs (a related link): seven to
    sixteen words (a longer line without a full stop is a sentence that lost it), no end punctuation, not a
    question (an interview's), not in capitals (a section heading)."""
    line = lines[i].rstrip()
    if (
        not 7 <= nwords(line) <= 16
        or not headline_like(line)
        or _NUMBERED_RX.match(line)  # "7. Invest what is left over": the article's own numbered heading
        or line.endswith(("?", "!", "»", '"', "”"))
        or line.isupper()
    ):
        return False
    return paragraph_like(lines[i - 1]) and paragraph_like(lines[i + 1])


def portrait_caption(lines: list[str], reasons: list[str | None], i: int) -> bool:
    """Return True for a name alone on a line between two paragraphs ("Maulen Akhmetov"): the caption of a
    portrait, not a section heading (which has lower-case words) nor a list item (whose neighbours are short)."""
    line = lines[i]
    if not _name_only(line) or len(line.split()) > 4 or line.isupper() or any(ch.isdigit() for ch in line):
        return False
    return paragraph_like(lines[i - 1]) and paragraph_like(lines[i + 1]) and reasons[i - 1] is None


def cut_sentence(line: str) -> bool:
    """Return True for a line that reads as the start of a sentence cut off (an excerpt that stops mid-way):
    no end punctuation, four words or more, a capital (or quote, or digit) first and at least two words in lower
    case ("The Treaty will remain in force"), unlike a short label or a run of capitalised names and tags."""
    if line.rstrip().endswith(SENT_END) or not starts_upper(line):
        return False
    words = line.split()
    return len(words) >= 4 and sum(1 for w in words[1:] if w[:1].islower()) >= 2


def find_title(lines: list[str], kept: list[int], body_start: int) -> int | None:
    """Return the index of the headline: the first headline-like kept line above the body, or None.

    A line of three words or fewer followed by a longer headline-like line is taken for a site name.
    """
    head = [i for i in kept if i < body_start]
    for pos, i in enumerate(head):
        if not headline_like(lines[i]):
            continue
        nxt = head[pos + 1] if pos + 1 < len(head) else None
        if (
            nxt is not None
            and nwords(lines[i]) <= 3
            and headline_like(lines[nxt])
            and nwords(lines[nxt]) > nwords(lines[i])
        ):
            continue
        return i
    return None


def head_reason(line: str, *, before_title: bool) -> str | None:
    """Return why a line above the first body paragraph is debris, or None to keep it."""
    n = nwords(line)
    if _comma_byline(line):
        return "byline"
    if before_title and n <= 4:
        return "label"
    if not before_title:
        if _name_only(line):
            return "byline"
        if n <= 2 and not line.rstrip().endswith(SENT_END):
            return "label"
    return None


def truncated_teaser(line: str) -> bool:
    """Return True for a cut-off last line that begins a teaser heading ("Latest i", "Read mo")."""
    key = _key(line)
    return 3 <= len(key) <= 25 and any(p.startswith(key) for p in _TEASER_EXACT)


# a summary cut off with an ellipsis mid-sentence ("... said on Monday that the…"), not a sentence that ends
# and trails off ("... it ended...." keeps its full stop)
_CUT_ELLIPSIS_RX = re.compile(r"[^\s.!?。…][\"”»’)]?\s?(?:\.{3}|…)$")
# what follows a teaser's summary: its link ("Read more", "Подробнее"), another teaser, a list of them
ELLIPSIS_TEASERS = True
_TEASER_LINKS = frozenset({"teaser", "teaser-item", "vocabulary", "label"})


def _cut_summary(line: str) -> bool:
    return nwords(line) >= 4 and bool(_CUT_ELLIPSIS_RX.search(line.rstrip()))


def ellipsis_teasers(lines: list[str], reasons: list[str | None], title_idx: int | None) -> set[int]:
    """Return the kept lines that are the cut summaries of teasers: a line of four words or more ending with an
    ellipsis mid-sentence, with debris right above it (another story's headline, a date) or a teaser's link or
    heading right below it ("Read more"), or next to another such summary (a list of teasers). A quote that
    trails off inside the body has body paragraphs above and below it, so it stays. `reasons` are the
    cleaner's verdicts so far (None: kept)."""
    out: set[int] = set()
    removed = [r is not None for r in reasons]
    n = len(lines)
    for _ in range(n):  # a run of summaries is taken one neighbour at a time; bounded by the page
        added = False
        for i in range(n):
            if removed[i] or i == title_idx or not _cut_summary(lines[i]):
                continue
            # the learned model's verdict on the line above is not enough alone: a question of a blog's body
            # that it took for a heading may stand above a sentence trailing off with an ellipsis
            above = i > 0 and removed[i - 1] and reasons[i - 1] != "learned"
            below = i + 1 < n and (reasons[i + 1] in _TEASER_LINKS or (i + 1) in out)
            if above or below:
                out.add(i)
                removed[i] = True
                added = True
        if not added:
            break
    return out
