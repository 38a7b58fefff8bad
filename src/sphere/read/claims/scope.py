"""The scope of a figure about a work or a place: the part of a work it measures and the state that part lies in.

`part_of_work(doc, q, clause, sent)` reads a figure about a named part of a work ("$4.7bn spent on the Kyrgyz
section") as (work, state, confidence); `scope_of` returns the state a part lies in ("the Kyrgyz section",
"260 km in Kyrgyzstan, featuring 90 tunnels"); `locative_state` the state of the one place a span locates its
figure in ("in Jalal-Abad", "in the X region of Uzbekistan"). `SHARE_OF_WORK` marks "of the" + a work after a
share ("40% of the route").
"""

from __future__ import annotations

import re

from sphere.read.claims.context import ClaimDoc, compile_ci
from sphere.read.claims.quantities import Quantity
from sphere.read.claims.works import LOCATIVE, SECTION, WORK_NOUN, after_to, state_of, work_for, works_of
from sphere.read.entities.gazetteer import load_gazetteer

__all__ = ["SHARE_OF_WORK", "locative_state", "part_of_work", "scope_of"]


def scope_of(doc: ClaimDoc, q: Quantity, clause: tuple[int, int], sent: tuple[int, int]) -> str | None:
    """Return the state a part of a work lies in ("the Kyrgyz section", "260 km in Kyrgyzstan, featuring ...")."""
    text = doc.ctx.text
    if (m := SECTION.search(text, q.end, min(sent[1], q.end + 60))) and re.fullmatch(
        r"\s*(?:\w+\s+){0,2}", text[q.end : m.start()]
    ):
        hit = next(iter(doc.mentions(m.start("scope"), m.end("scope"), actors=False)), None)
        if hit and (state := state_of(doc, hit.entity_id)):
            return state
    after = after_to(doc, q.end, sent, preps=r"in|through|across|within|в|через")
    if after and (state := state_of(doc, after)):
        return state
    if re.match(
        r",?\s*(?:featuring|including|with|comprising|включая)\b",
        text[max(clause[0], q.start - 40) : q.start].split(",")[-1].strip() or "-",
    ):
        located = [m for m in doc.mentions(sent[0], q.start, actors=False)
                   if LOCATIVE.search(text[max(0, m.start - 8) : m.start])]  # fmt: skip
        if located and (state := state_of(doc, located[-1].entity_id)):
            return state
    return None


def locative_state(doc: ClaimDoc, clause: tuple[int, int]) -> str | None:
    """Return the state of the one place the span locates its figure in ("in Jalal-Abad", "in the X region of
    Uzbekistan"), else None."""
    text = doc.ctx.text
    states = {
        s
        for m in doc.mentions(*clause, actors=False)
        if (
            LOCATIVE.search(text[max(0, m.start - 8) : m.start])
            or _REGION_OF.search(text[max(0, m.start - 30) : m.start])
        )
        and (s := state_of(doc, m.entity_id) or _place_in_state(doc, m.entity_id))
    }
    return states.pop() if len(states) == 1 else None


_REGION_OF = compile_ci(r"\b(?:region|province|oblast|district|city|town|village|valley|area)\s+of\s+$")


SHARE_OF_WORK = compile_ci(r"(?<!\s)\s++of\s++(?:the|its|this)\s+")


def part_of_work(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int], sent: tuple[int, int]
) -> tuple[str, str, float] | None:
    """Return (work, state, confidence) for a figure about a named part of a work ("$3bn spent on the Kyrgyz
    section"): the work the sentence names before it, else the article's main work."""
    text = doc.ctx.text
    m = SECTION.search(text, q.end, min(sent[1], q.end + 60))
    if m is None or not re.fullmatch(r"\s*(?:\w+\s+){0,2}", text[q.end : m.start()]):
        return None
    state = scope_of(doc, q, clause, sent)
    if state is None:
        return None
    nouns = doc.spans(WORK_NOUN, (sent[0], q.start))
    found = work_for(doc, nouns[-1]) if nouns else None
    if found is None and works_of(doc):
        found = (works_of(doc)[0], 0.5)
    return (found[0], state, min(found[1], 0.75)) if found else None


def _place_in_state(doc: ClaimDoc, eid: str) -> str | None:
    """Return a known place inside a state whose state the article does not name (it stands for itself)."""
    e = doc.ctx.entities.get(eid)
    info = load_gazetteer().entities.get(eid) if e and e.kind == "place" and not e.is_new else None
    return eid if info and info.country else None
