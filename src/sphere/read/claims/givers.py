"""Who gives a flow when the clause names a person, a creditor writing off a debt, or only a pronoun.

- Money pledged, promised, offered or provided by a person is the person's state's, or the body the person
  heads ("Xi pledged $1.4bn in loans for members of the SCO": China's, the members its receivers); "He
  pledged ..." takes the person named in the sentences before. The knowledge base gives each person a state
  and the offices held (`sphere.kb`).
- A debt written off, forgiven, cancelled or restructured is the creditor's, not the debtor's: the one who
  writes it off ("Russia wrote off Kyrgyzstan's debt"), the one it is written off by, the one it was owed to
  ("debt to Russia"), or else the great power the paragraph is about (a guess, kept below the ledger's cut-off).
- A flow verb whose subject is a pronoun ("In 2021, it imported $1.78bn from China") is the state the sentence
  before is about, never the partner named after "from" or "to".
`sphere.read.claims.subjects` asks these rules before its general flow rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sphere.read.claims.context import ClaimDoc, compile_ci, compile_words
from sphere.read.claims.flows import debt_creditor, flow_owner
from sphere.read.claims.quantities import Quantity
from sphere.read.entities.gazetteer import load_gazetteer
from sphere.read.types import Entity, Mention

__all__ = [
    "debt_writer",
    "given",
    "period_of_flow",
    "person_giver",
    "person_state",
    "pronoun_trader",
    "writes_off",
]

# verbs by which someone puts money on the table (not "received", "sought", "asked for")
_GIVE = compile_words(
    r"(?:pledg|promis|offer|provid|allocat|extend|announc|commit|earmark|disburs|donat|grant)\w*|lends?\b|lent\b|"
    r"gives?\b|gave\b|(?:will|would|to)\s+(?:give|lend|loan)\b|пообеща\w*|обеща\w*|предостав\w*|выдел\w*|"
    r"направ\w*|zugesagt|versproch\w*|bereitgestellt|stellt\w*\s+bereit|söz verdi|taahhüt\w*"
)
# between the giver and the verb: a date, an auxiliary, an adverb ("on Monday", "has also", "said China would")
_AGENT_GAP = compile_ci(
    r"(?<!\s)(?:\s*,)?(?:\s+(?:on|this|last|in|at|the|has|have|had|also|already|then|now|will|would|is|was|to|"
    r"further|additionally|reportedly|personally|jointly|\w+day|\w+ber|\d{1,4})\b)*\s+(?:\w+ly\s+)?"
)
_THAT = compile_ci(r"(?<!\s)\s+(?:that|what|how|plans?|intentions?|что|dass)\b")
# a verb right after a name: the name is a clause's subject ("the EU has prepared"), not a receiver
_FINITE = compile_ci(
    r"(?<!\s)(?:\s+(?:also|already|now))?\s+(?:has|have|had|will|would|is|are|was|were|plans?|intends?|can|could|"
    r"should|must|\w+ed)\b"
)
_HE = compile_ci(
    r"(?:^|(?<=[\s,.;:]))(?:he|she|он|она|er|sie)(?:\s+(?:also|has|had|will|would|then|later|further))*\s+$"
)
_RECEIVER = compile_ci(
    r"(?:\bfor|\bto|\bamong|для|\bfür|\ban)\s+(?:the\s+|its\s+)?(?:(?:fellow\s+)?(?:members?|member\s+states|"
    r"member\s+countries|countries|partners)\s+(?:of\s+)?(?:the\s+)?)?$"
)
# offices whose holder speaks and pays for the body ("President von der Leyen pledged" is the Commission's)
_HEAD_ROLES = frozenset(
    {"head_of_state", "head_of_government", "president", "secretary_general", "chair", "chairman", "ceo",
     "foreign_minister"}
)  # fmt: skip


@lru_cache(maxsize=512)
def person_state(eid: str) -> str | None:
    """Return the state a person acts for (or the body or firm an office in force makes the person head
    of), from the knowledge base; None for an entity that is no known person."""
    if not eid.startswith("person:"):
        return None
    from sphere.kb.catalog import load_catalog

    rec = load_catalog().get(eid) or {}
    country = rec.get("country") if isinstance(rec.get("country"), str) else None
    heads = [
        str(o["org"])
        for o in rec.get("offices") or []
        if not o.get("end") and o.get("role") in _HEAD_ROLES and isinstance(o.get("org"), str)
    ]
    body = next((h for h in heads if h != country and not h.startswith("country:")), None)
    return body or (str(country) if country else None)


def _entity_for(doc: ClaimDoc, eid: str, near: Mention) -> str | None:
    """Return `eid` once it is an entity of the document: a state known only through its leader joins the
    document's entities with the leader's mention as its evidence."""
    if eid in doc.ctx.entities:
        return eid
    info = load_gazetteer().entities.get(eid)
    if info is None:
        return None
    mention = Mention(near.start, near.end, doc.ctx.text[near.start : near.end], eid)
    doc.ctx.entities[eid] = Entity(eid, info.name, info.kind, list(info.aliases), info.iso3, False, [mention])
    return eid


def _person(doc: ClaimDoc, m: Mention) -> bool:
    e = doc.entity(m)
    return e is not None and e.kind == "person"


def _referent(doc: ClaimDoc, si: int, end: int) -> tuple[Mention | None, float]:
    """Return the person "he" or "she" before `end` refers to, and how sure: the first person in subject position
    of the nearest sentence (this one up to the pronoun, then up to two before) that names a person; less sure
    where that sentence names two people ("Putin met Tokayev. He pledged ...")."""
    for back in range(si, max(-1, si - 3), -1):
        start, stop = doc.sentences[back]
        people = [m for m in doc.mentions(start, min(stop, end), actors=False) if _person(doc, m)]
        if people:
            first = next((m for m in people if doc.in_subject_position(m)), people[0])
            return first, 0.6 if len({m.entity_id for m in people}) == 1 else 0.5
    return None, 0.0


def person_giver(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int], si: int
) -> tuple[str, str | None, float] | None:
    """Return (giver, receiver, confidence) of money a person pledges, promises, offers or provides in the clause:
    the person's state (or the body the person heads), the one the money is "for" or "to" as receiver."""
    text = doc.ctx.text
    verbs = [v for v in doc.spans(_GIVE, (clause[0], q.start)) if v.end() <= q.start]
    if not verbs:
        return None
    verb = verbs[-1]
    if (
        re.search(r"[;:]|\b(?:and|but|while|which|who)\b", text[verb.end() : q.start])
        and q.start - verb.end() > 90
    ):
        return None
    if _THAT.match(text, verb.end()) or any(
        doc.in_subject_position(m) and _FINITE.match(text, m.end) for m in doc.mentions(verb.end(), q.start)
    ):  # "announced that the EU has prepared €12bn": the giver is the clause's own subject, not the speaker
        return None
    before = [m for m in doc.mentions(clause[0], verb.start(), actors=False) if m.end <= verb.start()]
    agent = before[-1] if before else None
    if agent is not None and _AGENT_GAP.fullmatch(text, agent.end, verb.start()) is None:
        agent = None
    sure = 0.75
    if agent is None:
        he = _HE.search(text, max(clause[0], verb.start() - 24), verb.start())
        if he is None:
            return None
        agent, sure = _referent(doc, si, he.start())
    if agent is None or not _person(doc, agent) or not doc.in_subject_position(agent):
        return None
    state = person_state(agent.entity_id)
    if verb.group(0).lower().startswith("announc"):  # a leader also announces what the state receives
        if state is None or doc.is_ca(state):
            return None
        sure = min(sure, 0.55)
    giver = _entity_for(doc, state, agent) if state else None
    if giver is None:
        return None
    end = doc.sentences[si][1]
    dative = [
        m
        for m in doc.mentions(verb.end(), q.start)
        if re.fullmatch(r"\s+(?:the\s+)?", text[verb.end() : m.start])
    ]
    receiver = next(
        (
            m.entity_id
            for m in doc.mentions(q.end, min(end, q.end + 120))
            if m.entity_id != giver and _RECEIVER.search(text, max(q.end, m.start - 40), m.start)
        ),
        dative[0].entity_id if dative else None,  # "promised Tajikistan $50m"
    )
    return giver, receiver, sure


_WRITE_OFF = compile_words(
    r"(?:wr(?:ote|ite|ites|itten|iting)|writ(?:e|ten))[\s-]+off|forg(?:ave|ive|iven|iving|ives)|cancel(?:l?ed|l?ing|s)?|"
    r"restructur\w*|reschedul\w*|списа\w*|списыва\w*|списани\w*|прост(?:ил|ит|ят|ила|или)\w*|реструктуриз\w*|"
    r"erlass\w*|erlie(?:ß|ss)\w*|gestrichen|sil(?:di|ecek|inen)\w*"
)
# the verb in the active voice, whose subject is the creditor ("Russia wrote off", "Россия списала", "agreed to
# restructure"); not a noun ("a write-off", "списание") nor a passive ("had been written off")
_ACTIVE = compile_words(
    r"(?:wrote|writes|(?:has|have|had)\s+(?:\w+\s+)?written|(?:will|would|to|may|could)\s+(?:\w+\s+)?write)\s+off|"
    r"forgave|forgives|(?:has|have|had)\s+(?:\w+\s+)?forgiven|(?:will|would|to)\s+forgive|"
    r"(?:(?:has|have|had)\s+(?:\w+\s+)?)?cancell?ed(?!\s+by)|(?:will|would|to)\s+(?:cancel|restructure|reschedule)|"
    r"списал\w*|списыва\w*|спишет|прост(?:ил|ит|ят)\w*|erlässt|erlie(?:ß|ss)"
)
_PASSIVE_BEFORE = compile_ci(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+\s+)?$")
_DEBT = compile_words(r"debts?|loans?|долг\w*|задолженност\w*|Schulden\w*|borç\w*|қарыз\w*|qarz\w*")
_BY_BEFORE = compile_ci(r"\b(?:by|со стороны)\s+(?:the\s+)?$")
_DEBTOR_AFTER = compile_ci(r"['’]s?\s+(?:\w+\s+){0,2}?(?:debts?|loans?|arrears)\b|(?<!\s)\s+(?:debt|долг\w*)")
_DEBT_OF = compile_ci(r"(?:debts?|долг\w*|задолженност\w*)\s+(?:of\s+)?(?:the\s+)?$")


def writes_off(doc: ClaimDoc, span: tuple[int, int]) -> bool:
    """Return True when the span writes off, forgives or restructures a debt (its figures are loans)."""
    return bool(doc.spans(_WRITE_OFF, span) and doc.spans(_DEBT, span))


def debt_writer(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int], sent: tuple[int, int], si: int
) -> tuple[str, str | None, float] | None:
    """Return (creditor, debtor, confidence) of a debt written off, forgiven, cancelled or restructured: the one
    it is written off by, the subject of the verb in the active voice, the one the debt is owed to, the state of
    the person who decides it, another state the sentence names (0.6), or the great power the paragraph is about
    (0.45)."""
    text = doc.ctx.text
    verbs = doc.spans(_WRITE_OFF, sent)
    if not verbs or not doc.spans(_DEBT, sent):
        return None
    verb = min(verbs, key=lambda v: abs(v.start() - q.start))
    ms = [m for m in doc.mentions(*sent) if (e := doc.entity(m)) and e.kind in {"country", "organization"}]
    debtors = [
        m
        for m in ms
        if _DEBTOR_AFTER.match(text, m.end) or _DEBT_OF.search(text, max(sent[0], m.start - 24), m.start)
    ]
    debtor = next((m.entity_id for m in debtors), None)
    by = next((m for m in ms if _BY_BEFORE.search(text, max(sent[0], m.start - 20), m.start)), None)
    if by is not None and by.entity_id != debtor:
        return by.entity_id, debtor, 0.8
    active = [
        a
        for a in doc.spans(_ACTIVE, sent)
        if a.start() <= verb.start() < a.end()
        and not _PASSIVE_BEFORE.search(text, max(sent[0], a.start() - 20), a.start())
    ]
    agents = [
        m
        for m in ms
        if active
        and m.end <= active[0].start()
        and m not in debtors
        and doc.in_subject_position(m)
        and not re.search(r"[,;]|\b(?:which|that|after|when)\b", text[m.end : active[0].start()])
    ]
    if agents:  # "Russia wrote off Kyrgyzstan's debt", "Россия списала Киргизии долг"
        return agents[-1].entity_id, debtor, 0.8
    owed = debt_creditor(doc, sent)  # "a write-off of Kyrgyzstan's debt to Russia"
    if owed is not None and owed.entity_id != debtor:
        return owed.entity_id, debtor, 0.8
    people = [m for m in doc.mentions(sent[0], verb.start(), actors=False) if _person(doc, m)]
    state = person_state(people[-1].entity_id) if people else None
    person = _entity_for(doc, state, people[-1]) if state else None
    if (
        person is not None and person != debtor
    ):  # "Medvedev signed an order writing off ...": the person's state
        return person, debtor, 0.7
    others = [
        m.entity_id
        for m in ms
        if m.entity_id != debtor
        and m not in debtors
        and m.entity_id.startswith("country:")
        and not doc.is_ca(m.entity_id)
    ]
    if others:  # "Kyrgyzstan is counting on Russia for a write-off": the power it is owed to
        return others[0], debtor, 0.6
    topic = _paragraph_power(doc, si, {debtor})
    if topic is not None:
        return topic, debtor, 0.45  # the great power the paragraph is about: a guess
    return None


def _paragraph_power(doc: ClaimDoc, si: int, skip: set[str | None]) -> str | None:
    """Return the great power (a state or its capital) named nearest before the figure's sentence within its
    paragraph, `skip` left out."""
    text = doc.ctx.text
    start = text.rfind("\n", 0, doc.sentences[si][0]) + 1
    gaz = load_gazetteer().entities
    for back in range(si, max(-1, si - 4), -1):
        s = doc.sentences[back]
        if s[1] <= start and back != si:
            break
        for m in reversed(doc.mentions(*s, actors=False)):
            info = gaz.get(m.entity_id)
            state = m.entity_id if m.entity_id.startswith("country:") else (info.capital_of if info else None)
            if state and state not in skip and not doc.is_ca(m.entity_id) and not doc.is_ca(state):
                return _entity_for(doc, state, m)
    return None


_PRONOUN_FLOW = compile_ci(
    r"(?:(?:^|(?<=[\s,;]))(?:it|the country|the republic|она|оно|страна|республика)\s+(?:\w+\s+){0,2}?"
    r"(?:import(?:ed|s)?|export(?:ed|s)?|bought|sold|shipped|supplied|purchased|received|attracted|"
    r"импортировал\w*|экспортировал\w*|закупил\w*|продал\w*|поставил\w*|получил\w*|привлекл\w*)|"
    # "its imports from China reached": the pronoun owns the flow
    r"\b(?:its|the country['’]s|the republic['’]s|её|ее)\s+(?:\w+\s+)?(?:imports?|exports?|purchases|"
    r"импорт\w*|экспорт\w*))\s+(?:\S+\s+){0,6}?$"
)


def pronoun_trader(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int], si: int
) -> tuple[str, str | None, float] | None:
    """Return (state, partner, confidence) of a flow whose verb has a pronoun subject ("it imported $1.8bn from
    China"): the state the sentence before is about, its partner the state named after the figure."""
    text = doc.ctx.text
    if si == 0 or not _PRONOUN_FLOW.search(text, max(clause[0], q.start - 80), q.start):
        return None
    if any(doc.in_subject_position(m) and m.end <= q.start for m in doc.mentions(clause[0], q.start)):
        return (
            None  # a name of its own before the figure ("China, it said, imported ..."): not only a pronoun
        )
    state = None
    for back in range(si - 1, max(-1, si - 3), -1):
        for m in doc.mentions(*doc.sentences[back]):
            e = doc.entity(m)
            if e and e.kind == "country" and doc.in_subject_position(m):
                state = m.entity_id
                break
        if state:
            break
    if state is None:
        return None
    end = doc.sentences[si][1]
    partner = next(
        (m.entity_id for m in doc.mentions(clause[0], min(end, q.end + 60)) if m.entity_id != state), None
    )
    return state, partner, 0.7


_PERIOD_BEFORE = compile_ci(
    r"\b(?:over|in|within|during|for|throughout)\s+(?:the\s+)?(?:(?:next|coming|following|forthcoming)\s+)?$"
)
_FLOWS = frozenset({"investment", "loan", "grant"})


def period_of_flow(doc: ClaimDoc, q: Quantity, clause: tuple[int, int]) -> bool:
    """Return True for the period over which the flow just before it in the clause is given ("10 billion yuan in
    loans for Central Asian states over the next three years"): the period is the flow's, filed under its giver."""
    if q.kind != "duration" or doc.last_attribute not in _FLOWS or not doc.last_subject:
        return False
    if doc.prev_figure_end < clause[0] or q.start - doc.prev_figure_end > 90:
        return False
    text = doc.ctx.text
    between = text[doc.prev_figure_end : q.start]
    return bool(_PERIOD_BEFORE.search(between)) and not re.search(r"\d|[;:]", between)


def given(doc: ClaimDoc, q: Quantity, attribute: str, clause: tuple[int, int], sent: tuple[int, int], si: int) -> tuple[str, str | None, float] | None:  # fmt: skip
    """Return (giver, receiver, confidence) of a flow by the rules of this module, else None."""
    if attribute == "loan" and (written := debt_writer(doc, q, clause, sent, si)):
        return written
    if attribute in {"exports_value", "imports_value"}:
        return pronoun_trader(doc, q, clause, si)
    if flow_owner(doc, clause, q) is not None:
        return None  # "Mirziyoyev welcomed $10bn of investment from Saudi Arabia": the flow names its owner
    return person_giver(doc, q, clause, si)
