"""Names of works that carry a number, and the one entity all their surface forms stand for.

Plants, units, lines and phases are named with a numeral that is part of the name ("Kambarata-1", "Kambarata
HPP 1", "Kambarata 1 hydroelectric power plant", "Unit 2", "Phase 3"): `numeral_after` lets a run of
capitalised words keep the numeral after a kind-of-work word or before a plant head, and `plant_head` reads a
lower-case head ("Yavan hydropower plant"). One article writes the same work several ways; `project_key`
reduces each form to its proper words and its number ("kambar", "#1"), or its kind of plant where it has no
number ("yavan", "=hydro"), and `unify_numbered` files every mention with the same key under one entity (the
knowledge base's where it knows the work), whose aliases then list each form used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Protocol

from sphere.read.entities.candidates import PROJECT_CUES, split_words

__all__ = [
    "PART_HEADS",
    "form_key",
    "kb_project_keys",
    "numeral_after",
    "part_numbered",
    "plant_head",
    "project_key",
    "unify_numbered",
]

PART_HEADS = frozenset(split_words("unit units phase stage block reactor train section lot tranche turbine"))
"""Words that name a numbered part of a work ("Unit 2", "Phase 3", "Stage II")."""
_NUMBERED_HEADS = PROJECT_CUES | PART_HEADS | frozenset(split_words("hps ges gres tpp chp station"))

# a numeral after a name: one or two digits or a Roman numeral up to VIII, not a figure with a unit or a decimal
_NUMERAL = re.compile(
    r" (\d{1,2}|I{1,3}|IV|VI{0,3})(?![\w.,%/'’-]|[.,]\d)"
    r"(?! ?(?:%|percent|per\b|MW|GW|kW|km|bn|billion|million|thousand|years?|months?|days?|tons?|tonnes?))"
)
# the lower-case (or capitalised) head of a plant's name after its numeral: "1 hydroelectric power plant",
# "1 HPP"; a numeral may close the head instead ("Kambarata hydropower station-1")
_PLANT_HEAD = re.compile(
    r"(?i) ((?:(?:hydroelectric|hydro|hydropower|nuclear|thermal|solar|wind|coal-fired|gas-fired|power) ){0,3}"
    r"(?:power plant|power station|plant|station|hpp|hps|npp|tpp|chp|dam)(?:-\d{1,2})?)(?![\w-])"
)
_WORD = re.compile(r"\S+")


def numeral_after(text: str, tokens: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the span of the numeral that ends a work's name after `tokens` ("Unit 2", "Kambarata HPP 1",
    "Kambarata 1 hydroelectric power plant"), or None: the last word must be a kind of work or part, or a
    plant head must follow the numeral."""
    m = _NUMERAL.match(text, tokens[-1][1])
    if not m:
        return None
    last = re.sub(r"-\d{1,2}$", "", text[tokens[-1][0] : tokens[-1][1]].lower().rstrip("."))
    if last in _NUMBERED_HEADS or _PLANT_HEAD.match(text, m.end()):
        return m.span(1)
    return None


def plant_head(text: str, pos: int) -> list[tuple[int, int]]:
    """Return the word spans of a plant head at `pos` (" hydroelectric power plant", " HPP", "hydropower
    station-1"), else []."""
    m = _PLANT_HEAD.match(text, pos)
    if not m:
        return []
    return [(pos + w.start(), pos + w.end()) for w in _WORD.finditer(m.group())]


def part_numbered(words: list[str]) -> bool:
    """Return True for a numbered part of a work: a part word and its numeral ("Unit 2", "Phase 3")."""
    return (
        len(words) >= 2
        and words[-2].lower() in PART_HEADS
        and bool(re.fullmatch(r"\d{1,2}|[IVX]{1,4}", words[-1]))
    )


_WORK_WORDS = frozenset(
    split_words(
        """the of hpp hps npp tpp chp ges gres hydroelectric hydro hydropower power plant station dam project
        nuclear thermal solar wind coal fired gas complex facility"""
    )
)
_LINE = re.compile(r"(?i:\b(?:line|лини[яиюей]|ветк[аиуей]|нитк[аиуей]))\s+«?([A-Z])»?(?![\w-])")
_KEY_TOKEN = re.compile(r"[^\W\d_]+|\d+")


_TECH = {
    **dict.fromkeys(split_words("hpp hps ges hydroelectric hydro hydropower"), "=hydro"),
    **dict.fromkeys(split_words("npp nuclear"), "=nuclear"),
    **dict.fromkeys(split_words("tpp chp gres thermal coal"), "=thermal"),
    "solar": "=solar",
    "wind": "=wind",
}


def project_key(name: str, numbered: bool = True) -> tuple[str, ...] | None:
    """Return the key of a numbered work's name: its proper words (first six letters) and its one number
    ("Kambarata HPP-1", "Kambarata 1 hydroelectric power plant" -> ("kambar", "#1")); None without exactly one
    number or without a proper word. With `numbered` False, a name without a number is keyed by its proper
    words and its kind of plant ("Yavan HPP", "Yavan hydropower plant" -> ("yavan", "=hydro")), None without
    a kind of plant."""
    line = _LINE.search(name)
    if line:  # "Line D", "ветки D газопровода ...", "линия «D»": the line's letter or number is its name
        return ("line", "#" + line.group(1).lower())
    tokens = _KEY_TOKEN.findall(name.lower())
    nums = [t for t in tokens if t.isdigit()]
    words = [t[:6] for t in tokens if not t.isdigit() and t not in _WORK_WORDS]
    if not words or len(nums) > 1 or (nums and len(nums[0]) > 2):
        return None
    if nums:
        return (*words, "#" + str(int(nums[0])))
    tech = sorted({_TECH[t] for t in tokens if t in _TECH})
    return (*words, *tech) if not numbered and len(tech) == 1 else None


def form_key(name: str) -> tuple[str, ...] | None:
    """Return the key of a work's name written in another case ("газопроводу Туркменистан – Китай" and
    "газопровод Туркменистан – Китай" -> ("~", "газопр", "туркме", "кит")): its words without their last two
    letters, at most six of them, and its numbers; None for a name of one word."""
    tokens = _KEY_TOKEN.findall(name.lower())
    stems = (t if len(t) <= 3 or t.isdigit() else t[: min(6, len(t) - 2)] for t in tokens)
    return ("~", *stems) if len(tokens) >= 2 else None


class _Hit(Protocol):
    """The part of `sphere.read.entities.linking.Hit` this module reads and writes."""

    start: int
    end: int
    entity_id: str


def kb_project_keys(projects: Iterable[tuple[str, Iterable[str]]]) -> dict[tuple[str, ...], str]:
    """Return key -> knowledge-base project id from (id, name and aliases) pairs, for the keys only one
    project has."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for pid, forms in projects:
        for form in forms:
            for key in (project_key(form, numbered=False), form_key(form)):
                if key:
                    owners.setdefault(key, set()).add(pid)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


def unify_numbered(
    text: str,
    hits: Iterable[_Hit],
    kinds: Mapping[str, str],
    kb: Mapping[tuple[str, ...], str],
) -> None:
    """File every mention of a numbered work under one entity per key: the knowledge-base project with that
    key where there is one, else the first new project of that key. `kinds` gives each entity id's kind
    (mentions of kind "other" with a key join a project, never lead one); `kb` is `kb_project_keys` of the
    knowledge base."""
    keyed: list[tuple[_Hit, tuple[str, ...]]] = []
    for h in hits:
        kind = kinds.get(h.entity_id)
        surface = text[h.start : h.end]
        key = project_key(surface, numbered=kind != "project")
        if key is None and kind == "project" and h.entity_id.startswith("new:"):
            key = form_key(surface)  # a new work in another case of a known or other new form
        if key and kind in ("project", "other"):
            keyed.append((h, key))
    owner: dict[tuple[str, ...], str] = {}
    for h, k in keyed:
        if k in kb:
            owner[k] = kb[k]
        elif k not in owner and kinds.get(h.entity_id) == "project":
            owner[k] = h.entity_id
    for h, k in keyed:
        if k in owner and (h.entity_id.startswith("new:") or kinds.get(h.entity_id) == "project"):
            h.entity_id = owner[k]
