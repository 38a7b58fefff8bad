"""Who gives and who receives a flow: the owner of an investment, loan or aid, a debt's creditor, a stake's buyers.

A flow's owner is written as a modifier ("European investments", "китайские кредиты") or after the flow noun
("investments from China", "инвестиции Китая", "einen Kredit von der ADB erhalten"); a name right after a verb
of giving is its receiver, never the giver ("plans to loan Uzbekistan $2.8bn"). A debt is its creditor's
("debt to China", "Қытайға қарыз", "the Exim Bank, to which Tajikistan owes"); a stake is its buyer's, or the
home state of several buyers ("two Chinese firms"); a count of people named by where they come from ("Tajik
migrants", "мигрантов из Таджикистана") is their origin state's. `sphere.read.claims.subjects` applies these
rules with the others.
"""

from __future__ import annotations

import re

from sphere.read.claims.attach import POSSESSIVE, adjective_owner, owned_next
from sphere.read.claims.context import ClaimDoc, compile_ci, compile_words
from sphere.read.claims.discourse import text_after
from sphere.read.claims.quantities import Quantity
from sphere.read.entities.gazetteer import load_gazetteer
from sphere.read.types import Mention

__all__ = ["GIVEN_TO", "debt_creditor", "flow_owner", "people_origin", "stake_buyers"]

_OWNED_FLOW = compile_ci(  # after the name, or after the ending of an adjective read from its stem ("deutsch|en")
    r"^(?:e[nrsm]?|[иоы][йея]|[ая]я|ие|ых|ими?)?\s+(?:(?:direct|foreign|total|private|state|new|direkten?)\s+){0,2}"
    r"(?:investments?|investors?|capital|loans?|credits?|lending|aid|grants?|financing|funding|companies|firms|"
    r"businesses|enterprises|инвестиц\w*|инвестор\w*|кредит\w*|капитал\w*|компани\w*|Investition\w*|"
    r"Investor\w*|Kredit\w*|Darlehen|Kapital|Unternehmen|Firmen)\b"
)


def _owner_of_flow(doc: ClaimDoc, mentions: list[Mention], q: Quantity) -> Mention | None:
    """Return the owner written as a modifier of the flow ("European investments", "Chinese loans") or after it
    ("investments from China", "инвестиций из Китая")."""
    text = doc.ctx.text
    for m in mentions:
        if _FLOW_FROM.search(text[max(0, m.start - 40) : m.start]):
            return m
    for m in mentions:  # "hat einen Kredit von der ADB erhalten"
        if _FROM_BEFORE.search(text[max(0, m.start - 20) : m.start]) and _RECEIVED_AFTER.match(
            text[m.end : m.end + 80]
        ):
            return m
    for m in mentions:  # a genitive right after the flow noun: "инвестиции Китая", "Investitionen Chinas"
        if (
            _FLOW_GENITIVE.search(text[max(0, m.start - 40) : m.start])
            and (e := doc.entity(m))
            and e.kind != "place"
        ):
            return m
    for m in mentions:
        if (
            m.end <= q.start + 80
            and (flow := _OWNED_FLOW.match(text_after(doc, m)))
            and not POSSESSIVE.match(doc.ctx.text, m.end)
            and _modifier(doc, m)
        ):
            at = m.end + flow.end()
            named = next((x for x in doc.mentions(at, at + 60, actors=False) if x.start - at <= 1), None)
            return named or m  # "das deutsche Unternehmen Svevind": the company named in apposition
    return None


def _modifier(doc: ClaimDoc, m: Mention) -> bool:
    """Return True for a name that can modify the noun after it: any in English ("Chinese loans", "EU funds"),
    only a lower-case adjective or a sentence's first word elsewhere (Russian "китайские кредиты", German
    "deutschen Investitionen"; "выделила Киргизии кредит" has a dative noun, no modifier)."""
    if doc.ctx.doc.language in {None, "", "en"}:
        return True
    text = doc.ctx.text
    line = text[max(0, m.start - 3) : m.start]
    return (
        text[m.start : m.start + 1].islower() or m.start == 0 or bool(re.search(r"(?:^|[.!?\n])\s*$", line))
    )


def flow_owner(doc: ClaimDoc, clause: tuple[int, int], q: Quantity) -> str | None:
    """Return the owner of a flow in the clause, an unlinked adjective read as the actor it names."""
    m = _owner_of_flow(doc, doc.mentions(*clause, actors=False), q)
    if m is None:
        return None
    owner = adjective_owner(doc, m)
    e = doc.ctx.entities.get(owner)
    return owner if e and e.kind in {"country", "organization", "company"} else None


def stake_buyers(doc: ClaimDoc, mentions: list[Mention], q: Quantity) -> str | None:
    """Return who buys a stake: the one buyer named before it, or the home state of several ("two Chinese firms")."""
    text = doc.ctx.text
    sent = (mentions[0].start, q.start) if mentions else (q.start, q.start)
    buyers = [m for m in mentions if m.end <= q.start and doc.in_subject_position(m)
              and owned_next(doc, m, sent) is None]  # fmt: skip
    since = [m for m in buyers if m.start >= doc.prev_figure_end]  # a list of stakes: each one's holder
    buyers = since if since and doc.prev_figure_end > 0 else buyers
    if not buyers:
        return None
    first = buyers[0]
    group = [first]
    for m in buyers[1:]:
        if re.fullmatch(r"\s*(?:,|and|и|&)\s*(?:[A-Z][\w.]*\s+){0,2}", text[group[-1].end : m.start]):
            group.append(m)
    if len(group) == 1:
        return first.entity_id
    gaz = load_gazetteer().entities
    homes = {(gaz[m.entity_id].country if m.entity_id in gaz else None) for m in group}
    home = homes.pop() if len(homes) == 1 else None
    return home if home else first.entity_id


_CREDITOR = compile_ci(
    r"(?:debts?|owed?|owing|arrears|долг\w*|задолженност\w*)\s+(?:\w+\s+)?(?:to|перед)\s+(?:the\s+)?$"
)


def debt_creditor(doc: ClaimDoc, span: tuple[int, int]) -> Mention | None:
    """Return the creditor of a debt the span names ("debt to China", "долг перед Китаем (Эксимбанком)")."""
    text = doc.ctx.text
    rel = _TO_WHICH.search(text, span[0], span[1])
    if rel is not None and re.search(r"\bowe[sd]?\b|\bowing\b", text[rel.end() : span[1]]):
        before = doc.mentions(span[0], rel.start())
        if before:  # "the Exim Bank, to which Tajikistan owes $1.2bn"
            return before[-1]
    for m in doc.mentions(*span):
        if _DATIVE_DEBT.match(text, m.end):  # Kazakh "Қытайға қарыз", Uzbek "Xitoyga qarz": owed to China
            return m
        if _CREDITOR.search(text[max(span[0], m.start - 40) : m.start]):
            inner = next((x for x in doc.mentions(m.end, min(span[1], m.end + 60)) if re.fullmatch(r"\s*\(\s*(?:\w+\s+){0,2}", text[m.end : x.start])), None)  # fmt: skip
            return inner or m
    return None


_DATIVE_DEBT = compile_ci(
    r"(?:[ғгқк][аеә]|[ая]|ga|ka|qa|['’]?y?[ae])\s+(?:қарыз\w*|qarz\w*|борч\w*|borç\w*|қарз\w*)"
)
_FLOW_FROM = compile_ci(
    r"(?:(?:investments?|investors?|capital|loans?|credits?|funding|financing|aid|инвестиц\w*|капитал\w*|кредит\w*|"
    r"Investition\w*|Kredit\w*|Darlehen|Hilfe|Finanzierung)\s+(?:\w+\s+)?(?:from|by|of|из|от|aus|von)|(?:exports?|supplies|deliveries|экспорт\w*|поставк\w*|ihracat\w*)\s+"
    r"(?:\w+\s+)?(?:from|of|из)|(?:invested|provided|allocated|lent|granted|financed|funded|pledged|"
    r"extended|disbursed|given|donated|offered)\s+by|(?:received|attracted|obtained|secured|borrowed|got|raised)\s+(?:[^\s,;.]+\s+){0,6}?"
    r"from|получил\w*\s+(?:[^\s,;.]+\s+){0,6}?от|(?:взял|занял|получил)\w*\s+(?:[^\s,;.]+\s+){0,4}?у)\s+"
    r"(?:the\s+)?[\"«„“]?$"
)
# a name right after a verb of giving is its receiver ("plans to loan Uzbekistan $2.8bn"), never the giver
GIVEN_TO = compile_ci(
    r"\b(?:loans?|loaned|lends?|lent|grants?|granted|gives?|gave|given|provides?|provided|allocates?|allocated|"
    r"offers?|offered|extends?|extended|pays?|paid|sends?|sent|выдел\w*|предостав\w*|gewähr\w*)\s+(?:the\s+)?$"
)
_FLOW_GENITIVE = compile_ci(
    r"(?:инвестиц\w*|капиталовложени\w*|кредит\w*|займ\w*|помощ\w*|грант\w*|Investition\w*|Kredit\w*|Darlehen|"
    r"Hilfe|Zusch(?:uss|üsse)\w*)\s+(?:(?:der|des)\s+)?$"
)
# "von der ADB erhalten": the giver named before the receiving verb (German word order)
_FROM_BEFORE = compile_ci(r"\b(?:von|vom)\s+(?:der\s+|dem\s+|den\s+)?$")
_RECEIVED_AFTER = compile_ci(
    r"(?<!\s)(?:\s+[^\s,;.]+){0,8}?\s+(?:erhalten|erhielt\w*|bekommen|bekam\w*)(?!\w)"
)
# people counted by where they come from: "Tajik migrants", "officers from Kazakhstan", "мигрантов из Таджикистана"
_PEOPLE = compile_words(
    r"(?:migrants?|workers|citizens|nationals|students|officers|specialists|мигрант\w*|рабоч\w*|граждан\w*|"
    r"студент\w*|офицер\w*|специалист\w*|Migrant\w*|Arbeitskr\w*|Gastarbeiter\w*|göçmen\w*|işçi\w*)"
)
_FROM_GAP = compile_ci(r"(?<!\s)\s++(?:from|из|aus)\s++(?:the\s++)?")


def _adjective_gap(gap: str) -> bool:
    """Return True for the text between an adjective's stem and its noun: the rest of the adjective, then at most
    one word ("Tajik| labour migrants", "таджик|ских мигрантов")."""
    rest = gap.lstrip("".join(c for c in set(gap) if c.isalpha()))
    return bool(rest) and rest[0].isspace() and len(rest.split()) <= 1 and len(gap) <= 30


def people_origin(doc: ClaimDoc, q: Quantity, sent: tuple[int, int]) -> tuple[str, str | None, float] | None:
    """Return (origin state, host, confidence) of a count of people named by their origin in the sentence."""
    text = doc.ctx.text
    for noun in doc.spans(_PEOPLE, sent):
        gap = text[q.end : noun.start()]
        if noun.start() >= q.start and (len(gap) > 30 or re.search(r"[,;:.()]", gap)):
            continue  # "20 people were injured, mostly Chinese workers": other people than the ones counted
        origin = None
        for m in doc.mentions(max(sent[0], noun.start() - 30), noun.start(), actors=False):
            e = doc.entity(m)
            if e and e.kind == "country" and _adjective_gap(text[m.end : noun.start()]):
                origin = m.entity_id
        for m in doc.mentions(noun.end(), min(sent[1], noun.end() + 40), actors=False):
            e = doc.entity(m)
            if (
                origin is None
                and e
                and e.kind == "country"
                and _FROM_GAP.fullmatch(text, noun.end(), m.start)
            ):
                origin = m.entity_id
        if origin is not None:
            hosts = [m.entity_id for m in doc.mentions(*sent) if doc.is_actor(m) and m.entity_id != origin]
            return origin, hosts[0] if hosts else None, 0.7
    return None


_TO_WHICH = compile_ci(r",\s+to (?:which|whom)\b")
