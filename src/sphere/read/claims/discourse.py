"""Who a figure is about when its own clause does not say: the discourse around it.

A relative clause is about its antecedent ("the ICBC, which is providing a $13.3mn loan"); conjoined subjects
file a figure under the great power among them ("Russia and Kazakhstan signed deals worth $5bn"); a sentence
that names no one takes the subject of the sentences before it, unless the topic moved on since the previous
figure; remittances are the receiving state's. The tests on single mentions these rules share live here too:
a source ("according to the World Bank"), a dateline place, a state named by its adjective.
"""

from __future__ import annotations

import re

from sphere.read.claims.context import ClaimDoc, compile_ci, compile_words
from sphere.read.claims.quantities import Quantity
from sphere.read.types import Mention

__all__ = [
    "adjectival",
    "antecedent",
    "conjoined_head",
    "dateline",
    "is_source",
    "main_actor",
    "main_power",
    "newer_subject",
    "previous_subject",
    "remitted",
    "text_after",
]


_SOURCE_BEFORE = compile_ci(
    r"(?:according to|cited by|reported by|quoted by|data (?:from|of|by)|figures (?:from|of|by)|estimates? (?:by|of)|"
    r"report (?:by|of)|\bper|по данным|по информации|по оценк\w+|согласно(?:\s+\w+)?|на данных|сообщает|"
    r"сообщил\w*|передает|пишет|доклад\w*)\s+(?:the\s+)?$"
)


_SOURCE_AFTER = compile_ci(
    r"^\s+(?:said|says|reported|reports|estimated|estimates|noted|сообщил\w*|заявил\w*)\b"
)


_AGENCY_AFTER = re.compile(r"\)[^\S\n]*[-–—]")


def text_after(doc: ClaimDoc, m: Mention, n: int = 40) -> str:
    return doc.ctx.text[m.end : m.end + n]


def is_source(doc: ClaimDoc, m: Mention) -> bool:
    """Return True for a mention named as the source of a figure ("according to the World Bank")."""
    e = doc.entity(m)
    if e is None or e.kind not in {"organization", "company", "other"}:
        return False
    before = doc.ctx.text[max(0, m.start - 30) : m.start]
    after = text_after(doc, m, 20)
    if before.endswith("(") and _AGENCY_AFTER.match(after):
        return True  # a dateline's agency: "Berlin (Reuters) -", "ASTANA (Kazinform) –"
    return bool(_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after))


_REMIT = compile_words(
    r"remittances?|money transfers?|personal transfers?|денежн\w+\s+перевод\w*|перевод\w*\s+(?:от\s+)?мигрант\w*|"
    r"Rücküberweisung\w*|Heimatüberweisung\w*|işçi dövizi|ақша\s+аударым\w*|pul\s+o.tkazma\w*"
)


_FROM_BEFORE = compile_ci(r"\b(?:from|из|aus|von|от)\s+(?:the\s+)?$")


def remitted(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int], in_sent: list[Mention]
) -> tuple[str | None, str | None, float] | None:
    """Return (receiver, sender, confidence) of a remittance figure: migrants' transfers are the receiving
    state's (Central Asian, or the one they are sent to), the sending state the object."""
    text = doc.ctx.text
    if not doc.spans(_REMIT, (clause[0], q.start)) and not doc.spans(_REMIT, (q.end, clause[1])):
        return None
    senders = [m for m in in_sent if _FROM_BEFORE.search(text[max(0, m.start - 12) : m.start])]
    states = [m for m in in_sent if m not in senders and (e := doc.entity(m)) and e.kind == "country"]
    receiver = next((m.entity_id for m in states if doc.is_ca(m.entity_id)), None) or (
        states[0].entity_id if states else doc.main_ca
    )
    if receiver is None:
        return None
    sender = next((m.entity_id for m in senders if m.entity_id != receiver), None)
    return receiver, sender, 0.75 if states else 0.5


_RELATIVE = compile_ci(r"(?:which|who|that|который|которая|которое|которые|die|der|das|welche[rs]?)\b")


def antecedent(doc: ClaimDoc, clause: tuple[int, int], sent: tuple[int, int]) -> Mention | None:
    """Return the name a relative clause holding the figure is about: the actor or work right before the
    clause ("Other lenders include the ICBC, which is providing a US$13.3mn loan")."""
    start = clause[0]
    while start < clause[1] and doc.ctx.text[start].isspace():
        start += 1
    if clause[0] <= sent[0] or not _RELATIVE.match(doc.ctx.text, start):
        return None
    before = [m for m in doc.mentions(sent[0], clause[0]) if not is_source(doc, m)]
    if not before or not re.fullmatch(r"[\s,)(A-Za-z]{0,12}", doc.ctx.text[before[-1].end : clause[0]]):
        return None
    return before[-1]


def conjoined_head(doc: ClaimDoc, before: list[Mention]) -> Mention:
    """Return the subject of a coordination ending with the last mention ("Russia and Kazakhstan signed ..."):
    the great power among the conjuncts where there is one (the guideline files a bilateral figure under
    it), else the first conjunct; the last mention where it is no conjunct."""
    text = doc.ctx.text
    group = [before[-1]]
    for m in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|and|и|und|ve|va|мен|бен|пен|&)\s*", text[m.end : group[0].start]):
            break
        group.insert(0, m)
    if len(group) == 1:
        return group[0]
    return next((m for m in group if not doc.is_ca(m.entity_id)), group[0])


def newer_subject(doc: ClaimDoc, si: int) -> bool:
    """Return True when a sentence between the previous figure and this one has its own grammatical subject:
    the topic moved on ("Kazakhstan exported $13bn. China's share ... The bank lent ..."), the figure is not the
    previous figure's."""
    return any(
        doc.in_subject_position(m)
        and not is_source(doc, m)
        and not adjectival(doc, m)
        and not dateline(doc, m)
        for back in range(doc.last_sentence + 1, si)
        for m in doc.mentions(*doc.sentences[back])
    )


def previous_subject(doc: ClaimDoc, si: int) -> str | None:
    """Return the grammatical subject of the sentence before, for a figure whose own sentence names no one
    ("TBEA is implementing a project in Almaty region. Investments in the project are expected to reach $3.7bn"):
    its first actor in subject position, not a source and not an adjective ("Another Chinese company TBEA"),
    from the nearest of the three sentences before that has one."""
    for back in range(si - 1, max(-1, si - 4), -1):
        for m in doc.mentions(*doc.sentences[back]):
            if (
                doc.in_subject_position(m)
                and not is_source(doc, m)
                and not adjectival(doc, m)
                and not dateline(doc, m)
            ):
                return m.entity_id
    return None


_DATELINE_AFTER = re.compile(
    r"(?<!\s)(?:\s*+(?:,\s*[\w .]{2,20}\d{1,2}\s*+)?[.,]?\s*+[–—-]{1,2}\s|\s*+\(\w+\)\s*+[–—-])"
)


def dateline(doc: ClaimDoc, m: Mention) -> bool:
    """Return True for a dateline place ("NUR-SULTAN – ...", "TASHKENT, Uzbekistan, December 27."): no subject."""
    text = doc.ctx.text
    line_start = text.rfind("\n", 0, m.start) + 1
    return m.start - line_start < 3 and bool(_DATELINE_AFTER.match(text, m.end))


_INFLECTED_MODIFIER = re.compile(r"(?:e[nrsm]?)?(?<!\s)\s++\w")


_MODIFIER = re.compile(r"\s+[a-z][a-z-]+\b")  # after "Russian" in "a Russian design": the noun it modifies


def adjectival(doc: ClaimDoc, m: Mention) -> bool:
    """Return True for a state named by its adjective before a noun ("27 Chinese cities", "a Russian design")."""
    e = doc.entity(m)
    surface = doc.ctx.text[m.start : m.end]
    if not (e and e.kind == "country" and surface != e.name):
        return False
    if _MODIFIER.match(doc.ctx.text, m.end):
        return True
    # German adjectives are written in lower case before a capitalised noun: "das deutsche Unternehmen"
    return (
        doc.ctx.doc.language == "de"
        and surface[:1].islower()
        and bool(_INFLECTED_MODIFIER.match(doc.ctx.text, m.end))
    )


def main_actor(doc: ClaimDoc) -> str | None:
    """Return the actor the article names most, sources left out: what an unattached figure is likely about."""
    key = ("main_actor",)
    if key not in doc.cache:
        counts: dict[str, int] = {}
        for m in doc.ctx.mentions:
            if doc.is_actor(m) and not is_source(doc, m):
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        doc.cache[key] = sorted(counts, key=lambda i: -counts[i])[:1]
    return next(iter(doc.cache[key]), None)


def main_power(doc: ClaimDoc) -> str | None:
    """Return the great power the article names most, sources left out."""
    key = ("main_power",)
    if key not in doc.cache:
        counts: dict[str, int] = {}
        for m in doc.ctx.mentions:
            e = doc.entity(m)  # a power is a state or a known body, never a name the knowledge base lacks
            if (
                e
                and not e.is_new
                and doc.is_actor(m)
                and not doc.is_ca(m.entity_id)
                and not is_source(doc, m)
            ):
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        doc.cache[key] = sorted(counts, key=lambda i: -counts[i])[:1]
    return next(iter(doc.cache[key]), None)
