"""Shares held per party: "the X side's share", and one figure given to each of several parties.

A joint company or project is often split per party, each written as "the Kyrgyz side" ("the Kyrgyz side's
share in the project will be 34 percent", "кыргызская сторона – 34%"): the figure is that state's stake, not
the project's. A figure said of each of coordinated parties ("the Kazakh and Uzbek sides will receive 33
percent each", "Germany and Denmark – 2.1 percent each", "получат по 24,5%", "jeweils 10 Prozent") is one
claim per party. `parties(doc, q, clause, sent)` returns the parties of a figure by these rules, or None;
`sphere.read.claims.figures` files one claim per party.
"""

from __future__ import annotations

import re

from sphere.read.claims.context import ClaimDoc, compile_ci
from sphere.read.claims.quantities import Quantity
from sphere.read.types import Mention

__all__ = ["Parties", "parties"]

# after a state's name or adjective: the word "side" or "party" ("Kyrgyz side", "казахстанская сторона")
_SIDE_AFTER = compile_ci(
    r"(?<!\s)(?:(?:['’]s)?\s+(?:side|party)(?:['’]s)?(?!\w)|\w{0,4}\s+сторон[аыеуо]\w*|\w{0,4}\s+(?:Seite|taraf)\w*)"
)
_SIDES_AFTER = compile_ci(
    r"(?<!\s)(?:(?:['’]s)?\s+(?:sides|parties)(?:['’])?(?!\w)|\w{0,4}\s+сторон(?:ы|ам|ами)?(?!\w)|"
    r"\w{0,4}\s+(?:Seiten|taraflar)\w*)"
)
# a side labelled with its share: "кыргызская сторона – 34%", "the Kyrgyz side: 34%"
_SIDE_LABEL = compile_ci(
    r"(?<!\s)\w{0,4}\s+(?:side|party|сторона|Seite|taraf\w*)\s*(?:[–—:-]|\()\s*(?:(?:about|около|почти)\s+)?"
)
# "each" after the figure, or "по"/"jeweils"/"each" before it
_EACH_AFTER = compile_ci(r"(?<!\s)\s*+(?:each|apiece)(?!\w)|(?<!\s)\s*+каждая|(?<!\s)\s+каждому")
_EACH_BEFORE = compile_ci(
    r"(?:(?<!\w)по|\bjeweils|\beach|\bhar\s+biri)\s+(?:(?:about|around|около|rund)\s+)?$"
)
# between conjuncts: a comma or a conjunction, with quotes and articles ("«KTZh» и «UTY»", "Poland and the US")
_GLUE = re.compile(r"\w{0,3}(?<![\s«»\"“”„'])[\s«»\"“”„']*(?:,|\band\b|\bund\b|\bи\b|\bve\b|\bva\b|&)[\s«»\"“”„']*(?:(?:the|der|die)\s+)?",
                   re.IGNORECASE)  # fmt: skip
# "each" between the parties and the figure: "Kazakhstan and Uzbekistan will each receive 33 percent"
_EACH_IN = compile_ci(r"\b(?:each|jeweils)\b")
# a counted plural between the parties and the figure is what "each" refers to ("five deals", "3 projects")
_COUNTED = compile_ci(
    r"(?:(?<![\d.,])\d[\d.,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|dozens? of|два|три|пять|"
    r"несколько))\s+(?!percent|per\s+cent|billion|million|thousand|trillion|dollars|euros)(?:[a-zа-яё-]+\s+)?"
    r"(?:[a-z]{2,}s|[а-яё]{3,}(?:ов|ей|ий|а|и))\b"
)
# what ties a share to the side right before it
_SHARE_WORDS = compile_ci(
    r"\b(?:share|stake|hold|holds|own|owns|receive|receives|get|gets|will be|would be|is|was|accounts? for|"
    r"contribute|contributes|invest|invests)\b|дол[яию]|получ\w*|составит|составля\w*|внес\w*|Anteil|erh(?:ält|alten)|bekomm\w*|"
    r"hisse|pay"
)

Parties = tuple[list[str], float, bool]  # (entity ids, confidence, a side's stake)


def _group_before(doc: ClaimDoc, ms: list[Mention], last: int) -> list[Mention]:
    """Return the coordination ending with mention `last` of `ms` ("Kazakhstan and Uzbekistan")."""
    text = doc.ctx.text
    group = [ms[last]]
    for m in reversed(ms[:last]):
        glue = _GLUE.fullmatch(text, m.end, group[0].start)
        if glue is None:
            break
        group.insert(0, m)
    return group


def _distinct(ms: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.entity_id for m in ms))


def parties(doc: ClaimDoc, q: Quantity, clause: tuple[int, int], sent: tuple[int, int]) -> Parties | None:
    """Return the parties a figure is given for (one or several), how sure, and whether it is a side's stake;
    None when the figure is no side's share and is not given for each of several parties."""
    if q.kind not in {"percent", "money"}:
        return None
    text = doc.ctx.text
    each = bool(
        _EACH_AFTER.match(text, q.end) or _EACH_BEFORE.search(text, max(sent[0], q.start - 16), q.start)
    )
    before = [m for m in doc.mentions(clause[0], q.start) if m.end <= q.start]
    near = [m for m in doc.mentions(sent[0], q.start) if m.end <= q.start]
    each = each or bool(near and _EACH_IN.search(text, near[-1].end, q.start))
    label = _SIDE_LABEL.match(text, near[-1].end) if near and q.kind == "percent" else None
    if label is not None and label.end() == q.start and (e := doc.entity(near[-1])) and e.kind == "country":
        return [near[-1].entity_id], 0.8, True  # "кыргызская сторона – 34%" (a dash sets off its own clause)
    side = _side(doc, before, q, each) if q.kind == "percent" else None
    if side is not None:
        return side
    if not each:
        return _respectively(doc, q, near, sent)
    if not near:
        return None
    group = _group_before(doc, near, len(near) - 1)
    ids = _distinct(group)
    if len(ids) < 2:
        return None
    if _COUNTED.search(text, group[-1].end, q.start) or q.start - group[-1].end > 120:
        return None  # "signed five deals worth $1bn each": each deal's, not each party's
    return ids, 0.75, False


def _side(doc: ClaimDoc, before: list[Mention], q: Quantity, each: bool) -> Parties | None:
    """Return the side or sides whose share the percentage states ("the Uzbek side's share ... 40 percent")."""
    text = doc.ctx.text
    for i in range(len(before) - 1, -1, -1):
        m = before[i]
        e = doc.entity(m)
        if e is None or e.kind != "country":
            continue
        gap = text[m.end : q.start]
        if re.search(r"\d", gap) or not _SHARE_WORDS.search(gap):
            continue  # another figure is the side's, or nothing ties the side to this one
        one, several = _SIDE_AFTER.match(text, m.end), _SIDES_AFTER.match(text, m.end)
        if not one and not several:
            return None
        ids = _distinct(_group_before(doc, before, i))
        if len(ids) >= 2 and (
            each or _EACH_IN.search(gap)
        ):  # "die kasachische und die usbekische Seite ... jeweils"
            return ids, 0.8, True
        if len(ids) >= 2 or several:
            return None  # "the three sides will hold 66 percent": together, no one side's
        return [m.entity_id], 0.8, True
    return None
    return None


_RESPECTIVELY = compile_ci(r"\b(?:respectively|соответственно|beziehungsweise)\b")
_NUMBER = re.compile(r"\d[\d.,]*")
_FIGURE_LIST = compile_ci(
    r"(?<![\s\d.,$€£%~])[\s\d.,$€£%~]*(?:(?:percent|per cent|billion|million|thousand|bn|mn|tonnes|tons|dollars|euros|"
    r"процент\w*|млрд|млн|тыс\.?|долл\w*|Prozent|Milliarden|Millionen)[\s\d.,$€£%~]*|(?:and|и|und)[\s\d.,$€£%~]*)*"
)


def _respectively(doc: ClaimDoc, q: Quantity, near: list[Mention], sent: tuple[int, int]) -> Parties | None:
    """Return the party a figure pairs with in "A and B ... 40 and 60 percent respectively": the n-th party for
    the n-th figure, when the parties and the figures are as many."""
    text = doc.ctx.text
    resp = next(iter(doc.spans(_RESPECTIVELY, (q.end, min(sent[1], q.end + 80)))), None)
    if resp is None or not near or _FIGURE_LIST.fullmatch(text[q.end : resp.start()]) is None:
        return None
    group = _group_before(doc, near, len(near) - 1)
    ids = _distinct(group)
    first = _NUMBER.search(text, group[-1].end, q.start)
    if len(ids) < 2 or len(ids) != len(group) or first is None or not doc.in_subject_position(group[0]):
        return None
    if _FIGURE_LIST.fullmatch(text[first.start() : q.start]) is None:
        return None  # words between the figures: not one list of them
    before_q = len(_NUMBER.findall(text, first.start(), q.start))
    total = before_q + 1 + len(_NUMBER.findall(text, q.end, resp.start()))
    if total != len(ids) or before_q >= len(ids):
        return None
    return [ids[before_q]], 0.7, False
