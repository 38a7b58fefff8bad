"""Figures given to several states in one sentence: an elided list, a count drawn from many, a group's period.

- An elided list gives each state its own figure, the verb written once: "Russia sent a 300-strong squad,
  Belarus - 100 of its troops, Armenia - a 200-strong battalion" (each dash stands for "sent"): the figure
  after "Belarus -" is Belarus's.
- A count drawn from a list of states ("2,030 troops from Russia, Belarus, Armenia and Tajikistan", "Russia,
  Belarus and Armenia sent 2,000 troops") is none of them alone. Where the article names an organisation the
  knowledge base lists all of them as members of (the CSTO), the count is that organisation's; otherwise
  it has no subject.
- The period of that group ("their withdrawal will last 10 days") is the group's, like its count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sphere.read.claims.context import ClaimDoc, compile_ci
from sphere.read.claims.counts import TROOPS
from sphere.read.claims.quantities import Quantity
from sphere.read.types import Mention

__all__ = ["drawn_from_many", "elided_label", "group_period"]

# between the state and its figure in an elided list: a dash, then articles and hedges only
_ELIDED = re.compile(
    r"(?<![ \u00a0])[ \u00a0]*+[–—-][ \u00a0]++(?:(?:an?|the|some|about|approximately|around|roughly|nearly|almost|over|more than|"
    r"up to|just|another|около|почти|более|порядка|примерно|свыше|до|ещё|еще)[ \u00a0]+){0,3}",
    re.IGNORECASE,
)
# before the state: the end of the list's previous item
_ITEM_START = re.compile(r"[,;][ \u00a0]*(?:(?:and|while|и|а|ал)[ \u00a0]+)?$", re.IGNORECASE)
# between two states of a list
_LIST_JOIN = re.compile(
    r"(?<![ \u00a0])[ \u00a0]*+(?:,[ \u00a0]*+and|,|and|и|және|мен|бен|пен)[ \u00a0]*+", re.IGNORECASE
)
# between a count and the list it is drawn from: "troops from", "военнослужащих из", "servicemen of"
_FROM_LIST = compile_ci(
    r"^[ \u00a0]*(?:[\w-]+[ \u00a0]+){0,3}?(?:from|of|из|от)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:(?:armed forces|armies|militaries|вооруж[её]нных сил)[ \u00a0]+(?:of[ \u00a0]+)?)?$"
)
_GROUP_PERIOD = compile_ci(
    r"\b(?:their|its|the|его|их)\s+(?:(?:full|complete|final|полный|полного)\s+)?(?:withdrawal|pull-?out|"
    r"departure|deployment|stay|presence|mission|operation|вывод\w*|пребывани\w*|операци\w*|миссия|миссии)\b"
)


def elided_label(doc: ClaimDoc, q: Quantity, sent: tuple[int, int]) -> str | None:
    """Return the state an item of an elided list names before its figure ("..., Belarus - 100 troops"), or
    None. The list's first item, with the verb, is read by the other rules; here the later items are, each
    after a comma and a name, with a dash for the verb and an earlier figure in the sentence."""
    text = doc.ctx.text
    before = [m for m in doc.mentions(sent[0], q.start, actors=False) if m.end <= q.start]
    if not before:
        return None
    m = before[-1]
    if _ELIDED.fullmatch(text, m.end, q.start) is None:
        return None
    if not _ITEM_START.search(text, max(sent[0], m.start - 12), m.start):
        return None
    if not re.search(r"\d", text[sent[0] : m.start]):
        return None  # no earlier item with a figure: "Russia - 100 troops" heads no list
    e = doc.entity(m)
    if e is None or not (doc.is_actor(m) or e.kind == "place"):
        return None
    return m.entity_id


@lru_cache(maxsize=1)
def _members() -> dict[str, frozenset[str]]:
    """Return the current members of each organisation in the knowledge base (loaded once)."""
    try:
        from sphere.kb.catalog import load_catalog

        cat = load_catalog()
    except Exception:  # the reader keeps working without its reference data
        return {}
    found: dict[str, set[str]] = {}
    for rec in cat.memberships:
        if not rec.get("end") and rec.get("org") and rec.get("member"):
            found.setdefault(str(rec["org"]), set()).add(str(rec["member"]))
    return {k: frozenset(v) for k, v in found.items()}


def _state_list(doc: ClaimDoc, mentions: list[Mention]) -> list[Mention]:
    """Return the leading run of `mentions` joined as one list ("Russia, Belarus and Armenia")."""
    text = doc.ctx.text
    run: list[Mention] = []
    for m in mentions:
        if run and not _LIST_JOIN.fullmatch(text, run[-1].end, m.start):
            break
        e = doc.entity(m)
        if e is None or e.kind != "country":
            break
        run.append(m)
    return run


def _list_after(doc: ClaimDoc, q: Quantity, clause: tuple[int, int]) -> list[Mention]:
    """Return the states of the list a count is drawn from, written after it ("troops from A, B and C")."""
    after = [m for m in doc.mentions(q.end, clause[1], actors=False) if m.start >= q.end]
    if not after or not _FROM_LIST.search(doc.ctx.text[q.end : after[0].start]):
        return []
    return _state_list(doc, after)


def _list_before(doc: ClaimDoc, q: Quantity, clause: tuple[int, int]) -> list[Mention]:
    """Return the states of a list that is the subject of a count of troops ("A, B and C sent 2,000 troops")."""
    before = [m for m in doc.mentions(clause[0], q.start, actors=False) if m.end <= q.start]
    run: list[Mention] = []
    text = doc.ctx.text
    for m in reversed(before):
        if run and not _LIST_JOIN.fullmatch(text, m.end, run[0].start):
            break
        e = doc.entity(m)
        if e is None or e.kind != "country":
            break
        run.insert(0, m)
    if len(run) < 3 or re.search(r"[\d.;:]", text[run[-1].end : q.start]):
        return []
    return run


def drawn_from_many(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int]
) -> tuple[str | None, str | None, float] | None:
    """Return (subject, object, confidence) of a count drawn from a list of states, or None for any other figure.

    The subject of a count of troops is the organisation named in the article whose members include every listed
    state (an alliance sends forces; students or migrants from several states are no body's), else None."""
    if q.kind not in {"count", "people"}:
        return None
    states = _list_after(doc, q, clause)
    if len(states) < 2 and q.unit == TROOPS:
        states = _list_before(doc, q, clause)
    if len(states) < 2:
        return None
    ids = {m.entity_id for m in states}
    members = _members()
    named = list(dict.fromkeys(m.entity_id for m in doc.ctx.mentions))
    groups = [i for i in named if ids <= members.get(i, frozenset())] if q.unit == TROOPS else []
    if groups:
        group = min(groups, key=lambda i: len(members[i]))  # the closest fitting body: CSTO before the UN
        return group, None, 0.7
    return None, None, 0.0


def group_period(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int], si: int
) -> tuple[str | None, float] | None:
    """Return (subject, confidence) of a group's period ("their withdrawal will last 10 days") right after a
    count of troops: the count's subject, or None where it had none; None for any other figure."""
    if q.kind != "duration" or not doc.spans(_GROUP_PERIOD, clause):
        return None
    last = doc.cache.get(("last_troops",))
    if not last or si - int(last[0]) > 1:
        return None
    return last[1], last[2]


def note_troops(doc: ClaimDoc, q: Quantity, si: int, subject: str | None, confidence: float) -> None:
    """Remember the subject of the latest count of troops, for the group's period after it."""
    if q.unit == TROOPS:
        doc.cache[("last_troops",)] = [si, subject, confidence]
