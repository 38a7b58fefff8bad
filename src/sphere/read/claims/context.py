"""What the claim rules share: the document context, sentences and clauses, evidence and the year of a claim.

`ClaimDoc` holds the read document with its sentences, its most mentioned great power and Central Asian state
(the default sides of a claim) and what the last claim was about; it memoises pattern matches and mention
lists per span within the one document. `as_of` gives the year a sentence ties to a figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from sphere.read.prefilter import prefixes
from sphere.read.types import Entity, Evidence, Mention, ReadContext

__all__ = [
    "ACTOR_KINDS",
    "C5",
    "TARGET",
    "YEAR",
    "ClaimDoc",
    "as_of",
    "clause_of",
    "compile_ci",
    "compile_words",
    "evidence_of",
    "new_claim_doc",
    "sentence_of",
]

C5 = frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"})
ACTOR_KINDS = frozenset({"country", "organization", "company"})


def compile_ci(pattern: str) -> re.Pattern[str]:
    """Compile a case-insensitive pattern."""
    return re.compile(pattern, re.IGNORECASE)


def compile_words(pattern: str) -> re.Pattern[str]:
    """Compile a case-insensitive pattern whose matches start a word (scans fast: other positions fail at once)."""
    return re.compile(
        r"(?<![^\W\d_\u3400-\u9fff])(?:" + pattern + ")", re.IGNORECASE
    )  # Chinese runs on unspaced


TARGET = compile_words(
    r"\b(?:expected|expects?|plans?|planned|planning|targets?|targeted|aims?|aimed|goal|projected|forecasts?|"
    r"intends?|to reach|to raise|to bring|to increase|set to|scheduled)\b|\bby\s+20\d\d\b|планир\w*|\bплан\w*|"
    r"\bцел[иья]\b|намер\w*|ожида\w*|прогноз\w*|\bк\s+20\d\d"
)
# a year 1980-2099 not inside a longer number: `(?<![\d.,])(19[89]\d|20\d\d)(?![\d.,]\d)`, written so that every
# branch opens with a digit (the lookbehind after it), which lets the regex engine skip to candidate digits
YEAR = re.compile(r"((?:1(?<![\d.,]1)9[89]|2(?<![\d.,]2)0\d)\d)(?![\d.,]\d)")
_SINCE = compile_ci(r"(?:\bsince|\bfrom|\bс|начиная с)\s+(?:\w+\s+)?$")
_LAST_YEAR = compile_words(r"\b(?:last|past|previous) year\b|прошл\w+ год\w*")
_THIS_YEAR = compile_words(
    r"\bthis year\b|\bcurrent year\b|beginning of the year|\bэтом году|текущ\w+ год\w*|с начала года"
)
_PREP_BEFORE = compile_ci(
    r"(?:\b(?:to|in|into|from|with|for|of|by|via|through|at|on|в|во|из|с|со|для|на|по|к|через|между|"
    r"nach|über|aus|von|vom|zu|zum|zur|bei|beim|mit|gegenüber|ins|im)\s+(?:the\s+|der\s+|dem\s+|den\s+|des\s+)?)$"
)
# a locative, ablative or dative ending after an apostrophe ("Özbekistan'da", "Rusya'dan", "Çin'e", "Xitoyga")
_OBLIQUE_AFTER = re.compile(r"['’‘](?:[dt][ae]n?|y?[ae]|n[ae]|[dt]a[ng]?|ga|ka|qa|dagi|dan)\b")
# Kazakh, Kyrgyz, Uzbek and Turkmen write the case ending onto the name ("Қазақстанға", "Xitoyga"): a dative,
# locative or ablative name is no subject
_COORD_BEFORE = compile_ci(r"\b(?:and|und|и|ve|va|or|oder|или)\s+$")
_TURKIC = frozenset({"kk", "ky", "uz", "tk", "tr", "az"})
_CASE_ENDING = re.compile(
    r"(?:[ғгқк][аеә]|[нтд]?[аеә]н?|[дт][аеә]н|н[аеә]н|да|де|та|те|ga|ka|qa|da|dan|de|den)(?!\w)"
)
_CLAUSE_CUT = compile_ci(
    r"[;:]|\s[–—]\s|,\s+(?=(?:while|whereas|but|which|with|including|of which|marking|according|accounting|"
    r"amounting|reaching|totaling|totalling|allowing|followed|and|а|но|что|при этом|в том числе)\b)|\bwhile\b"
)


@lru_cache(maxsize=256)
def _needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return the texts a match of one of the claim patterns must start with (see `prefixes`)."""
    return prefixes(pattern, 6)


@dataclass(slots=True)
class ClaimDoc:
    """What every rule needs: text, sentences, mentions with their entities and the document's main sides."""

    ctx: ReadContext
    sentences: list[tuple[int, int]]
    pub_year: int | None
    main_power: str | None
    main_ca: str | None
    last_subject: str | None = None
    last_attribute: str | None = None
    last_sentence: int = -9
    prev_figure_end: int = -1  # where the figure before this one in the same sentence ends, else -1
    topic: str | None = None  # the money attribute the last sentences spoke of ("trade_value")
    topic_end: int = -999
    cache: dict[tuple[Any, ...], list[Any]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)
    segments: dict[tuple[int, int], str] = field(default_factory=dict)
    actors: dict[str, bool] = field(default_factory=dict)  # entity id -> `is_actor`, once per document
    mention_starts: list[int] | None = None  # the mentions' starts when in text order, else []

    def entity(self, m: Mention) -> Entity | None:
        return self.ctx.entities.get(m.entity_id)

    def is_ca(self, eid: str | None) -> bool:
        e = self.ctx.entities.get(eid or "")
        return bool(e and ((e.iso3 or "").upper() in C5 or e.name.lower() == "central asia"))

    def is_actor(self, m: Mention) -> bool:
        found = self.actors.get(m.entity_id)
        if found is None:
            e = self.entity(m)
            found = self.actors[m.entity_id] = bool(e and (e.kind in ACTOR_KINDS or self.is_ca(e.id)))
        return found

    def mentions(self, start: int, end: int, *, actors: bool = True) -> list[Mention]:
        key = ("mentions", start, end, actors)
        if key not in self.cache:
            ms = self.ctx.mentions
            if self.mention_starts is None:
                ordered = all(a.start <= b.start for a, b in pairwise(ms))
                self.mention_starts = [m.start for m in ms] if ordered else []
            if self.mention_starts or not ms:  # in text order: only those starting within the span
                ms = ms[bisect_left(self.mention_starts, start) : bisect_right(self.mention_starts, end)]
            self.cache[key] = [
                m for m in ms if m.start >= start and m.end <= end and (not actors or self.is_actor(m))
            ]
        return self.cache[key]

    def spans(self, pattern: re.Pattern[str], span: tuple[int, int]) -> list[re.Match[str]]:
        """Return (memoised) the matches of `pattern` inside `span` of the text.

        The span is not scanned at all when none of the texts a match must start with occurs in it.
        """
        key = (pattern, span)
        found = self.cache.get(key)
        if found is None:
            needles = _needles(pattern)
            segment = None if needles is None else self.segment(span)
            if needles is not None and segment is not None and not any(map(segment.__contains__, needles)):
                found = []
            else:
                found = list(pattern.finditer(self.ctx.text, span[0], span[1]))
            self.cache[key] = found
        return found

    def segment(self, span: tuple[int, int]) -> str | None:
        """Return (memoised) a span of the text as `fold_text` gives it, or None where that cannot serve."""
        folded = self.ctx.folded
        if folded is None:
            return None
        found = self.segments.get(span)
        if found is None:
            found = self.segments[span] = folded[span[0] : span[1]]
        return found

    def in_subject_position(self, m: Mention) -> bool:
        """Return False for a mention behind a preposition ("in China") or with an oblique case ending written
        after an apostrophe (Turkish and Uzbek "Özbekistan'da", "Türkiye'den")."""
        text = self.ctx.text
        if _PREP_BEFORE.search(text[max(0, m.start - 12) : m.start]) or _OBLIQUE_AFTER.match(text, m.end):
            return False
        if self.ctx.doc.language in _TURKIC and _CASE_ENDING.match(text, m.end) is not None:
            return False
        coord = _COORD_BEFORE.search(text, max(0, m.start - 8), m.start)
        if coord is not None:  # "über Usbekistan und Kasachstan": a conjunct shares its first conjunct's case
            first = [x for x in self.mentions(max(0, coord.start() - 60), coord.start(), actors=False)
                     if x.end <= coord.start() and text[x.end : coord.start()].strip(" ,") == ""]  # fmt: skip
            if first and first[-1].start < m.start:
                return self.in_subject_position(first[-1])
        return True


def _sentences(ctx: ReadContext) -> list[tuple[int, int]]:
    """Return the context's sentences, or lines/full stops when the context has none."""
    if ctx.sentences:
        return sorted(ctx.sentences)
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]*", ctx.text) if m.group(0).strip()]


def sentence_of(doc: ClaimDoc, pos: int) -> int:
    """Return the index of the sentence holding `pos` (the one before it when `pos` falls between two)."""
    return max(0, bisect_right(doc.starts, pos) - 1)


def clause_of(doc: ClaimDoc, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """Return the clause of the sentence that holds `pos` (cut at ; : dashes and connective commas)."""
    start, end = sent
    cuts = doc.spans(_CLAUSE_CUT, sent)
    inset = _name_lists(doc, cuts)
    for m in cuts:
        if m.group().strip() in "–—" and (_joins_names(doc, m) or m.start() in inset):
            continue  # "Китай – Кыргызстан – Узбекистан": a dash between names joins them
        if m.end() <= pos:
            start = m.end()
        elif m.start() > pos:
            end = m.start()
            break
    return start, end


_LIST_GLUE = re.compile(r"[\s,]*(?:(?:and|und|и|ve|va|та|және)\s+)?")


def _name_lists(doc: ClaimDoc, cuts: list[re.Match[str]]) -> set[int]:
    """Return the starts of dash pairs that set off a list of names ("the Central Asian nations – Kazakhstan,
    Kyrgyzstan and Uzbekistan – rose 10%"): an apposition inside the clause, not a clause of its own."""
    out: set[int] = set()
    dashes = [m for m in cuts if m.group().strip() in "–—"]
    for a, b in pairwise(dashes):
        pos = a.end()
        for x in doc.mentions(a.end(), b.start(), actors=False):
            glue = _LIST_GLUE.match(doc.ctx.text, pos, x.start)
            if glue is None or glue.end() != x.start:
                break
            pos = x.end
        else:
            if pos > a.end() and _LIST_GLUE.fullmatch(doc.ctx.text, pos, b.start()):
                out.update((a.start(), b.start()))
    return out


def _joins_names(doc: ClaimDoc, dash: re.Match[str]) -> bool:
    """Return True for a dash with a name right before and right after it."""
    near = doc.mentions(max(0, dash.start() - 40), dash.end() + 40, actors=False)
    return any(x.end == dash.start() for x in near) and any(x.start == dash.end() for x in near)


def evidence_of(text: str, span: tuple[int, int]) -> Evidence:
    """Return the evidence for a span of the text, trimmed of surrounding whitespace."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start, end, text[start:end])


def as_of(doc: ClaimDoc, pos: int, sent: tuple[int, int]) -> str | None:
    """Return the year the sentence ties to the figure at `pos`: the nearest stated or relative year."""
    text = doc.ctx.text
    found: list[tuple[int, str]] = []
    for m in doc.spans(YEAR, sent):
        if not _SINCE.search(text[max(sent[0], m.start() - 25) : m.start()]):
            found.append((abs(m.start() - pos), m.group(1)))
    if doc.pub_year:
        found += [(abs(m.start() - pos), str(doc.pub_year - 1)) for m in doc.spans(_LAST_YEAR, sent)]
        found += [(abs(m.start() - pos), str(doc.pub_year)) for m in doc.spans(_THIS_YEAR, sent)]
    return min(found)[1] if found else None


def new_claim_doc(ctx: ReadContext) -> ClaimDoc:
    """Return the claim context of a read document: its sentences and its most mentioned sides."""
    pub = ctx.doc.published_date()
    doc = ClaimDoc(ctx, _sentences(ctx) or [(0, len(ctx.text))], pub.year if pub else None, None, None)
    doc.starts = [s for s, _ in doc.sentences]
    counts = Counter(m.entity_id for m in ctx.mentions if doc.is_actor(m))
    doc.main_power = next(
        (
            i
            for i, _ in counts.most_common()
            if not doc.is_ca(i) and not getattr(ctx.entities.get(i), "is_new", True)
        ),
        None,
    )
    doc.main_ca = next((i for i, _ in counts.most_common() if doc.is_ca(i)), None)
    return doc
