"""The noun a number counts: "20 resolutions", "a 2,000-strong contingent", Russian "45 совместных проектов".

`count_unit(after, language)` reads the counted noun that follows a number (up to three modifiers, then a plural
head; in Russian a noun of a known stem, named in English) and returns it as the unit, with where it ends.
"-strong" gives the members of the group named after it ("troops" for armed forces). Stop words end the
modifiers, so "20 of the" or "3 in 2024" count nothing.
"""

from __future__ import annotations

import re

__all__ = ["count_unit"]

# a counted noun after the number: up to three modifiers, then a plural head
_COUNT_EN = re.compile(
    r"^[ \u00a0]+((?:[A-Za-z][\w'-]*[ \u00a0]+){0,3}?)([a-z][a-z-]*s|people|children|staff)\b"
)
_COUNT_HYPHEN = re.compile(
    r"^-(?!(?:inch|foot|feet|metre|meter|storey|story|point|page|hour|minute|second|lane|seat|member)\b)"
    r"([a-z]{3,})\b(?=\s+[a-z])"
)
_COUNT_RU = re.compile(
    r"^[ \u00a0]+((?:[а-яё-]+(?:ых|их|ой|ий|ый|ая|ое|ые|ого|ому|ом|ым|ыми|ими)[ \u00a0]+){0,3})([а-яё]{3,})\b"
)
_EN_STOP_WORDS = frozenset(
    {"of", "and", "or", "in", "on", "at", "to", "from", "with", "for", "by", "as", "is", "are", "was", "were",
     "has", "have", "had", "will", "would", "be", "been", "the", "a", "an", "this", "that", "these", "those",
     "its", "their", "his", "her", "our", "which", "who", "than", "into", "per", "over", "under", "about"}
)  # fmt: skip
_RU_COUNT_NOUNS = {
    "проект": "projects", "регион": "regions", "город": "cities", "компани": "companies",
    "предприяти": "enterprises", "тоннел": "tunnels", "туннел": "tunnels", "мост": "bridges",
    "станци": "stations", "соглашени": "agreements", "документ": "documents", "поезд": "trains",
    "контейнер": "containers", "офицер": "officers", "военнослужащ": "servicemen", "специалист": "specialists",
    "мигрант": "migrants", "беженц": "refugees", "рабочих": "jobs", "школ": "schools", "объект": "facilities",
    "скважин": "wells", "месторождени": "deposits", "вагон": "wagons", "рейс": "flights",
    "студент": "students", "структур": "businesses", "фирм": "firms", "меморандум": "memoranda", "контракт": "contracts", "завод": "plants",
}  # fmt: skip


# "-strong" says how many members a group has ("a 2,000-strong contingent"): never a unit itself; the group noun
# follows, after at most two modifiers
_STRONG = re.compile(r"^-strong[ \u00a0]++((?:[A-Za-z][\w-]*+[ \u00a0]++){0,2}?)([a-z]++)\b")
_FORCE = re.compile(
    r"(?:contingent|force|troop|army|armies|battalion|brigade|garrison|regiment|division|corps|soldier|"
    r"peacekeep\w*|militia|unit|squad|platoon|detachment|servicem[ae]n|paratroop\w*)s?"
)


def _strong_unit(after: str) -> tuple[str, int] | None:
    """Return the unit of "a 2,000-strong force" ("troops") or "a 300-strong delegation" ("delegation
    members") and where it ends in `after`, or None when no "-strong" follows the number."""
    m = _STRONG.match(after)
    if m is None:
        return None  # "-strong" with no group named after it: no unit
    words = [w.lower() for w in m.group(1).split()] + [m.group(2)]
    if any(w in _EN_STOP_WORDS for w in words):
        words = words[: next(i for i, w in enumerate(words) if w in _EN_STOP_WORDS)]
        if not words:
            return None
    head = words[-1]
    if any(_FORCE.fullmatch(w) for w in words):
        return "troops", m.end()
    return (head if head.endswith("s") else head + " members"), m.end()


def count_unit(after: str, language: str, spelled: bool = False) -> tuple[str, int] | None:
    """Return the plural noun a number counts and where it ends in `after` ("20 resolutions"), or None."""
    if after.startswith("-strong"):
        return _strong_unit(after)
    if (m := _COUNT_HYPHEN.match(after)) and not spelled:
        return m.group(1) + "s", m.end()
    if language == "ru":
        if m := _COUNT_RU.match(after):
            word = m.group(2)
            for stem, english in _RU_COUNT_NOUNS.items():
                if word.startswith(stem):
                    return english, m.end()
        return None
    paired = _PAIRED_MODIFIER.match(after)  # "150 public- and private-sector agreements"
    shift = paired.end() if paired else 0
    m = _COUNT_EN.match(after[shift:])
    if not m:
        return None
    mods = m.group(1).split()
    if any(w.lower() in _EN_STOP_WORDS for w in mods) or m.group(2) in _EN_STOP_WORDS:
        return None
    return m.group(2).lower(), m.end() + shift


_PAIRED_MODIFIER = re.compile(
    r"(?<![ \u00a0])[ \u00a0]++[A-Za-z]++-[ \u00a0]++(?:and|or)(?=[ \u00a0]++[A-Za-z]++-[a-z])"
)
