"""Who holds a part of a whole, who a sum is owed to, who gives a flow, and when the reader is unsure.

`settle(doc, q, attribute, clause, sent, subject, obj, confidence)` checks the subject the attachment rules
chose for one figure against what the syntax around the figure says:
- a share of a whole ("30% of Kazakhstan's foreign trade", "7.4 percent of Kyrgyz GDP", "4,8% от всего
  товарооборота РК", "36% всех инвестиций в Киргизию", "26 % des gesamten Handels Usbekistans") is not the
  whole's owner's, nor of a name inside the whole ("of all transport between China and Europe"). It is the
  holder's: the name in subject position before it ("the EU represents around 30% of ..."), the one it is
  said to "account for" or to "pass through" after it, or the subject of a clause that gives it "with a
  share" ("Россия ..., с долей во внешней торговле страны в 22,3%"); a share coordinated with it ("and 40%
  of the investments") has the same holder. With no holder named the owner stays, marked unsure; a holder
  the knowledge base does not know ("Kumtor accounted for 7.4% of Kyrgyz GDP") is kept, marked unsure too.
  A ratio restating the figure before ("equal to 46.3% of China's imports") is that figure's subject's.
- a share labelled "X with N%" or "X holding N%" ("followed by Kazakhstan with 21.7 percent") is X's.
- money owed, paid or repaid to a named creditor ("$1.98 billion is owed to the Eximbank", "$65.2 million
  went to China", "owes 294 million to the World Bank, 225 million to the ADB", "owes Beijing $700 million",
  a share restated as that sum) is the creditor's, each figure taking the creditor written with it.
- a flow is its giver's, never the receiver's named after "into" ("Турция инвестировала в экономику
  Казахстана $680 млн").
- the state is only a guess, marked unsure, for a figure of something the knowledge base does not hold:
  a sentence opening on an unknown name ("Kumtor, ..., reduced output to 17.6 tonnes"), a figure modifying
  an unlinked works noun ("a $1.1 billion tungsten mine project in Kazakhstan"), the cost or capacity of an
  unlinked work ("общая пропускная способность газопроводов – 55 млрд куб. м"); and for a subject the
  sentence names only as a period ("the Soviet-era party"), only in a part after the figure ("a total of
  $263bn, of which $120bn from the EU"), or a bank or company filed as a side of a trade it does not name.
Each rule moves a figure only where the sentence says so; elsewhere the subject stays as it was chosen.
A confidence below the ledger's cut-off (`claim_min_confidence`) is how the reader says "unsure".
"""

from __future__ import annotations

import re

from sphere.read.claims.attach import POSSESSIVE
from sphere.read.claims.context import ClaimDoc, compile_ci, compile_words
from sphere.read.claims.discourse import is_source
from sphere.read.claims.quantities import Quantity
from sphere.read.types import Mention

__all__ = ["settle"]

UNSURE = 0.3  # below the ledger's cut-off (settings: claim_min_confidence)

# the whole a share is of, right after the figure: "30% of Kazakhstan's", "percent of all Kyrgyz", "от всего"
_OF_WHOLE = compile_ci(
    r"(?<!\s)\s*+(?:percent\s+|per\s+cent\s+|процент\w*\s+)?(?:(?:of|от|из)\s+(?:the\s+|all\s+|total\s+|"
    r"всего\s+|всех\s+|общего\s+|общей\s+)*|(?:всего|всех|общего|общей)\s+|(?:des|der)\s+(?:gesamten\s+)?)"
)
# a whole owned by the state the sentence is about: "of its industrial output", "of the country's GDP"
_ITS_WHOLE = compile_ci(r"(?:its|their|the\s+(?:[\w-]+\s+)?(?:country|nation|republic)['’]s)\s")
# the whole's words end at a clause break or a verb; a name after "between"/"to"/"from" is no owner
_WHOLE_END = re.compile(r"[,;:()\n–—]|\.(?:\s|$)|\s(?:and|but|while|which|и|а|но)\s")
_NOT_OWNER = compile_ci(r"\b(?:with|for|mit|für|с|со|для)\s+(?:\S+\s+){0,2}$")
# "the whole of the destination": "инвестиций в Киргизию", "investment into Kazakhstan"
_INTO = compile_ci(r"\b(?:в|во|into|in)\s+$")
# the holder named after the figure: "... account for the EU countries", "составляют российские ..."
_HOLDER_AFTER = compile_ci(
    r"(?<!\s)[^,;.]{0,140}?\b(?:accounts?|accounted)\s+for\s+(?:the\s+)?$|(?<!\s)[^,;.]{0,100}?\bсоставля\w+\s+$|"
    r"(?<!\s)[^,;.]{0,100}?\b(?:pass(?:es|ed)?|go(?:es)?|went|transit\w*)\s+(?:via|through)\s+$|"
    r"(?<!\s)[^,;.]{0,100}?\bпроход\w*\s+через\s+$"
)
# a clause giving its subject a share: "с долей в товарообороте ... 20%", "with a share of 22.3%"
_WITH_SHARE = compile_words(r"с\s+долей|with\s+a\s+(?:\w+\s+)?(?:share|total)\s+of")
# a ratio restating the figure before ("$1.2 billion, equivalent to a fifth of its GDP") is that figure's owner's
_RATIO = compile_ci(
    r"(?:equivalent|equal|amounting|corresponding)\s+to\s+(?:\w+\s+){0,2}$|\bor\s+(?:\w+\s+)?$|"
    r"(?:что|это)\s+(?:составля\w+|равн\w+)\s+(?:\w+\s+)?$|entspr(?:icht|ach)\s+(?:\w+\s+){0,2}$"
)
_WITH_LABEL = compile_ci(
    r"(?<!\s)\s+(?:with|holding|owning|controlling)\s+(?:a\s+(?:\w+\s+)?(?:share|stake)\s+of\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?$"
)
_DEBT = compile_words(
    r"\bowe[sd]?\b|\bowing\b|\bdebts?\b|\bcreditors?\b|\brepa(?:id|y\w*)\b|\binterest\b|долг\w*|кредитор\w*|Schulden"
)
# the creditor written with a figure: "$1.98 billion – is owed to the state-run", "$22 million of the money
# paid to", "294 million U.S. dollars to the"
_OWED_TO = compile_ci(
    r"(?<!\s)\s*+(?:[–—-]\s*(?:is|are|was|were)\s+|(?:is|are|was|were)\s+|of\s+the\s+\w+\s+)?"
    r"(?:owed\s+|owing\s+|due\s+|paid\s+|repaid\s+|went\s+|goes\s+|gone\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
)
_RESTATED = re.compile(r"(?<!\s)\s*+[–—]\s*+[^–—\n]{1,30}?(?<!\s)(?=\s*+[–—])")
# where a flow goes: "invested in the economy of", "вложила в экономику", "into"
_INTO_FLOW = compile_ci(r"(?:\b(?:в|во|into|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:of\s+)?)$")
_GIVING = compile_words(r"invest\w*|lent|loaned|grant\w*|инвестир\w*|вложи\w*|выдел\w*|предостав\w*|yatırım")
_ERA = re.compile(r"-(?:era|time|period)\b")
_OF_WHICH = compile_ci(r"\bof\s+(?:which|them)\b|\bиз\s+(?:них|которых)\b|\bdavon\b")
_BANK = compile_ci(r"\bbank\b|банк")
TRADE_LIKE = frozenset({"trade_value", "trade_share", "growth_rate", "exports_value", "imports_value"})
_AND_SHARE = re.compile(r"[^,;.\d]{0,80}?\s(?:and|и|und|ve)\s+(?:\w+\s+)?")
_ACCOUNTS_RESTATED = compile_words(
    r"(?:accounts?|accounted)\s+for\s+[^;.\d]{0,100}?[–—]\s*(?:about\s+|around\s+|nearly\s+|over\s+)?"
)
# a figure modifying a works noun after it: "a $1.1 billion giant tungsten mine project"
_MODIFIES_WORK = compile_ci(
    r"(?<!\s)(?:\s+(?!(?:to|for|of|in|into|on|the|an?|and|with|by|from|at|is|was|will|would)\b)[\w-]+){0,3}?\s+"
    r"(?:project|plant|mine|railway|pipeline|facility|venture|factory|complex|terminal)s?\b"
)
_FIRST_NAME = re.compile(r"\W{0,3}([A-ZА-ЯЁ][\w-]+(?:[^\S\n][A-ZА-ЯЁ][\w-]+){0,2})")
_OPENS = re.compile(
    r",|(?<!\s)\s++(?:alone\s++)?(?:has|have|had|is|was|will|reduced|increased|produced|posted|reported|accounted|"
    r"accounts|represented|represents|made)\b"
)
_WORK_WORD = compile_words(
    r"project|plant|mine|railway|pipeline|facility|проект\w*|газопровод\w*|трубопровод\w*|железн\w+\s+дорог\w*|"
    r"АЭС|ГЭС|ТЭЦ|завод\w*|Projekt\w*|(?:gas|erdgas|öl)?pipeline|Leitung\w*|Kraftwerk\w*"
)
_OWES_BEFORE = compile_ci(r"\bowe[sd]?\s+$")
_HEDGE_GAP = compile_ci(r"\s*(?:(?:more|less)\s+than|over|about|around|nearly|almost|some)?\s*")


def settle(doc: ClaimDoc, q: Quantity, attribute: str, clause: tuple[int, int], sent: tuple[int, int], subject: str | None, obj: str | None, confidence: float) -> tuple[str | None, str | None, float]:  # fmt: skip
    """Return (subject, object, confidence) of a figure after the part-of-a-whole and creditor checks."""
    text = doc.ctx.text
    if q.kind in {"money", "percent"} and (creditor := _owed_to(doc, q, sent)) is not None:
        if creditor != subject:
            return creditor, subject if subject and doc.is_ca(subject) else obj, 0.75
        return subject, obj, max(confidence, 0.75)
    if q.kind in {"money", "percent"} and (given := _given_share(doc, q, clause, sent)) is not None:
        return (
            given.entity_id,
            subject if subject != given.entity_id else obj,
            0.75,
        )  # "X, with a share of 22.3%"
    if q.kind == "percent" and (named := _named_with(doc, q, sent)) is not None:
        return named, None, 0.75
    if q.kind == "percent":
        owners, its = _whole_owners(doc, q, sent, subject)
        key = ("whole-holder", sent)
        if subject is not None and subject in owners:
            if _RATIO.search(
                text, max(sent[0], q.start - 40), q.start
            ):  # "equal to 46.3% of China's imports"
                return (
                    (subject, obj, confidence) if its else _ratio_owner(doc, subject, obj, confidence, owners)
                )
            holder = _holder(doc, q, clause, sent, owners)
            if holder is None and not its:
                return subject, obj, min(confidence, UNSURE)  # "7.4 percent of Kyrgyz GDP": no holder named
            if holder is not None:  # else "15% of the country's GDP": a part of the state's own whole
                doc.cache[key] = [holder, q.end]
                e = doc.entity(holder)
                return holder.entity_id, subject, UNSURE if e is None or e.is_new else 0.75
        held = doc.cache.get(key)
        if held and _AND_SHARE.fullmatch(
            text, held[1], q.start
        ):  # "represents 30% of trade and 40% of investment"
            e = doc.entity(held[0])
            return held[0].entity_id, obj, UNSURE if e is None or e.is_new else 0.7
    if (
        attribute in {"investment", "loan", "grant"}
        and subject
        and (giver := _giver_not_receiver(doc, q, clause, subject))
    ):
        return (
            giver.entity_id,
            subject,
            0.7,
        )  # "Турция инвестировала в экономику Казахстана $680 млн": Turkey's
    if subject is not None and _weak_name(doc, q, attribute, sent, subject):
        return (
            subject,
            obj,
            min(confidence, UNSURE),
        )  # "the Soviet-era party", "..., of which $120bn from the EU"
    if subject is not None and _unknown_subject(doc, q, sent, subject):
        return subject, obj, min(confidence, UNSURE)  # "Kumtor ... reduced output to 17.6 tonnes"
    if (
        subject is not None
        and (e := doc.ctx.entities.get(subject)) is not None
        and e.kind in {"country", "place"}
        and (
            (attribute in {"cost", "capacity"} and doc.spans(_WORK_WORD, sent))
            or _MODIFIES_WORK.match(text, q.end)
        )
    ):  # "a $1.1 billion mine project in Kazakhstan": the cost of a work not linked is not the state's it lies in
        return subject, obj, min(confidence, UNSURE)
    return subject, obj, confidence


def _ratio_owner(doc: ClaimDoc, subject: str, obj: str | None, confidence: float, owners: set[str]) -> tuple[str | None, str | None, float]:  # fmt: skip
    """Return the owner of a ratio restating the figure before: that figure's subject, not the whole's owner."""
    if doc.last_subject and doc.last_subject not in owners:
        return doc.last_subject, subject, 0.6
    return subject, obj, confidence


def _given_share(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int], sent: tuple[int, int]
) -> Mention | None:
    """Return the subject of a clause giving it a share or a total ("Россия ..., с долей ... в 22,3%", "the EU
    ..., with a total of $10.8 billion"), or the one that "accounts for" a share restated as a sum ("China
    accounts for more than a half of the debt – about $1.2 billion")."""
    text = doc.ctx.text
    cue = next(iter(doc.spans(_WITH_SHARE, (max(sent[0], q.start - 120), q.start))), None)
    if cue is not None and not re.search(r"\d", text[cue.end() : q.start]):
        pick = 0  # the clause's subject: the first name in subject position
    else:
        cue = next(iter(doc.spans(_ACCOUNTS_RESTATED, (max(sent[0], q.start - 140), q.start))), None)
        if q.kind != "money" or cue is None or cue.end() != q.start:
            return None
        pick = -1  # the one that accounts for the share: the name right before "accounts for"
    names = [m for m in doc.mentions(sent[0], cue.start())
             if doc.in_subject_position(m) and not is_source(doc, m) and not POSSESSIVE.match(text, m.end)]  # fmt: skip
    return names[pick] if names else None


def _giver_not_receiver(doc: ClaimDoc, q: Quantity, clause: tuple[int, int], subject: str) -> Mention | None:
    """Return the giver in subject position where the chosen subject is named only as where a flow goes ("X
    invested in the economy of Y", "вложила в экономику Казахстана"), else None."""
    text = doc.ctx.text
    before = [m for m in doc.mentions(clause[0], q.start) if m.end <= q.start and not is_source(doc, m)]
    mine = [m for m in before if m.entity_id == subject]
    if not mine or not all(_INTO_FLOW.search(text, max(clause[0], m.start - 30), m.start) for m in mine):
        return None
    givers = [m for m in before if m.entity_id != subject and doc.in_subject_position(m)
              and _GIVING.search(text, m.end, min(q.start, m.end + 40))]  # fmt: skip
    return givers[0] if givers else None


def _weak_name(doc: ClaimDoc, q: Quantity, attribute: str, sent: tuple[int, int], subject: str) -> bool:
    """Return True where the sentence names the subject only as a period ("the Soviet-era party"), only in a
    part named after the figure ("a total of $263bn, of which $120bn from the EU"), or not at all while the
    subject is a bank or a company standing as a side of a trade figure (trading sides are states and blocs)."""
    text = doc.ctx.text
    e = doc.ctx.entities.get(subject)
    mine = [m for m in doc.mentions(*sent, actors=False) if m.entity_id == subject]
    if not mine:
        return (
            attribute in TRADE_LIKE and e is not None and (e.kind == "company" or bool(_BANK.search(e.name)))
        )
    if all(_ERA.match(text, m.end) for m in mine):
        return True
    part = _OF_WHICH.search(text, q.end, mine[0].start) if mine[0].start >= q.end else None
    return part is not None and all(m.start >= part.end() for m in mine)


def _unknown_subject(doc: ClaimDoc, q: Quantity, sent: tuple[int, int], subject: str) -> bool:
    """Return True where the sentence opens on a name the knowledge base does not know, as its subject, and the
    chosen subject is named nowhere before the figure in subject position ("Kumtor, which is the country's
    largest deposit, reduced output to 17.6 tonnes": Kumtor's, not the country's)."""
    text = doc.ctx.text
    ms = doc.mentions(sent[0], q.start, actors=False)
    first = _FIRST_NAME.match(text, sent[0])
    if first is None or not _OPENS.match(text, first.end()):
        return False
    name = first.group(1).lower()
    # the opening name is unknown to the knowledge base: linked to a new entity here or elsewhere in the text
    unknown = [e for e in doc.ctx.entities.values() if e.is_new and e.name.lower() == name]
    if not unknown or unknown[0].kind == "person" or unknown[0].id == subject:
        return False  # a person ("Jiang Yi, the chairman of ...") speaks for the body named with the title
    return not any(m.entity_id == subject and doc.in_subject_position(m) for m in ms if m.end <= q.start)


def _owed_to(doc: ClaimDoc, q: Quantity, sent: tuple[int, int]) -> str | None:
    """Return the creditor a sum of a debt is owed, paid or repaid to, written with the figure."""
    text = doc.ctx.text
    if not doc.spans(_DEBT, sent):
        return None
    start = q.end
    if (
        q.kind == "percent"
    ):  # a share owed to a creditor only as restated: "60 percent – $1.98 billion – is owed to"
        restated = _RESTATED.match(text, q.end)
        if restated is None:
            return None
        start = restated.end()
    after = [m for m in doc.mentions(start, min(sent[1], start + 70)) if not is_source(doc, m)]
    if (
        after
        and _OWED_TO.fullmatch(text, start, after[0].start)
        and not re.search(r"\d", text[start : after[0].start])
    ):
        return after[0].entity_id
    before = [m for m in doc.mentions(sent[0], q.start) if m.end <= q.start]
    owes = before and _OWES_BEFORE.search(text, max(sent[0], before[-1].start - 12), before[-1].start)
    if owes and _HEDGE_GAP.fullmatch(text, before[-1].end, q.start):  # "owes Beijing more than $700 million"
        return before[-1].entity_id
    return None


def _named_with(doc: ClaimDoc, q: Quantity, sent: tuple[int, int]) -> str | None:
    """Return the name a share is given with: "followed by Kazakhstan with 21.7 percent"."""
    before = [m for m in doc.mentions(sent[0], q.start) if m.end <= q.start]
    if before and _WITH_LABEL.fullmatch(doc.ctx.text, before[-1].end, q.start):
        return before[-1].entity_id
    return None


def _whole_owners(doc: ClaimDoc, q: Quantity, sent: tuple[int, int], subject: str | None) -> tuple[set[str], bool]:  # fmt: skip
    """Return the ids owning the whole a share is of ("of Kazakhstan's foreign trade", "of its GDP") or named
    inside it ("of all transport between China and Europe"), and whether the owner is "its"."""
    text = doc.ctx.text
    of = _OF_WHOLE.match(text, q.end)
    if of is None:
        return set(), False
    stop = _WHOLE_END.search(text, of.end(), min(sent[1], of.end() + 90))
    end = stop.start() if stop else min(sent[1], of.end() + 90)
    owners = set()
    its = bool(_ITS_WHOLE.match(text, of.end()) and subject and doc.is_ca(subject))
    if its and subject:
        owners.add(subject)
    for m in doc.mentions(of.end(), end, actors=False):
        if _NOT_OWNER.search(text, of.end(), m.start) or _HOLDER_AFTER.fullmatch(text, q.end, m.start):
            break  # "31.3 percent of GDP for Tajikistan", "... pass through Kazakhstan": the share's holder
        e = doc.entity(m)
        if e is not None and not e.is_new:
            owners.add(m.entity_id)
    return owners, its


def _holder(doc: ClaimDoc, q: Quantity, clause: tuple[int, int], sent: tuple[int, int], owners: set[str]) -> Mention | None:  # fmt: skip
    """Return the name holding a share of a whole owned by `owners`: before it, after it, or given it."""
    text = doc.ctx.text

    def fits(m: Mention) -> bool:
        e = doc.entity(m)
        return (
            m.entity_id not in owners
            and e is not None
            and e.kind != "person"  # a speaker ("the PM said that 85% of ...") holds no share
            and (doc.is_actor(m) or e.kind == "project" or e.is_new)
            and not is_source(doc, m)
            and not POSSESSIVE.match(text, m.end)
            and not _INTO.search(text, max(0, m.start - 5), m.start)
        )

    before = [m for m in doc.mentions(clause[0], q.start, actors=False) if m.end <= q.start and fits(m)]
    before = [m for m in before if doc.in_subject_position(m)]
    if before:
        return before[-1]
    for m in doc.mentions(q.end, sent[1], actors=False):
        if fits(m) and _HOLDER_AFTER.fullmatch(text, q.end, m.start):
            return m  # "... account for the EU countries", "составляют российские капиталовложения"
    given = next(iter(doc.spans(_WITH_SHARE, (sent[0], q.start))), None)
    if given is not None:  # "Россия остается ... партнером Киргизии, с долей ... в 22,3%"
        first = [m for m in doc.mentions(sent[0], given.start()) if fits(m) and doc.in_subject_position(m)]
        if first:
            return first[0]
    return None
