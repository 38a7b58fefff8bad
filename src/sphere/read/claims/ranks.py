"""Read rank statements: "China is Kazakhstan's largest trading partner", "took second place", "third in the world".

`rank_claims(doc)` returns a claim with unit "rank" for each: `trade_rank` for partners (the subject the
ranked party, the object the state it ranks for), `production` for producers, `other` for any other ranking.
A ranking "in the world" has no object. The subject is the party named with the rank (its owner's
counterpart for "X's largest partner", the actors before "took second place", the last actor named before a
world ranking in its sentence); with none, the claim keeps no subject and no confidence.
"""

from __future__ import annotations

import re

from sphere.read.claims.context import (
    ClaimDoc,
    as_of,
    clause_of,
    compile_ci,
    compile_words,
    evidence_of,
    sentence_of,
)
from sphere.read.types import Claim

__all__ = ["rank_claims"]

_RANK_WHAT_EN = (
    r"(?:partner|investor|creditor|lender|donor|supplier|exporter|importer|producer|consumer|buyer)s?\b)"
)
_RANK_EN = compile_words(
    r"(?<!one of )(?<!one of the )\b(?:(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:largest|biggest)|"
    r"largest|biggest|top|number[- ]one|No\.\s?1)\s+(?P<what>(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?"
    + _RANK_WHAT_EN
    + r"|\b(?P<lead>leads the world|is the world(?:'s|’s)? leader)\s+in\b"
)
_RANK_RU = compile_words(
    r"(?:(?P<ord>втор\w+|треть\w+|трет\w+)\s+(?:по величине\s+)?)?крупнейш\w+\s+(?P<what>(?:(?:торгов\w*|экономическ\w*|"
    r"инвестиционн\w*)(?:-экономическ\w*)?\s+)?(?:\w+\s+)?(?:партн[её]р\w*|инвестор\w*|кредитор\w*|производител\w*|"
    r"экспорт[её]р\w*|импорт[её]р\w*|поставщик\w*))|(?P<lead>лидирует|является лидером|стал\w* лидером)\s+(?:среди|по|в мире)"
)
# German compounds carry the ranked role in their tail: "zweitgrößter Uranproduzent", "größter Handelspartner"
_RANK_DE = compile_words(
    r"(?:(?P<ord>zweit|dritt|viert|fünft))?größte[nrsm]?\s+(?P<what>(?:[\w-]+\s+)?[\w-]*(?:partner|investor|produzent|"
    r"hersteller|exporteur|importeur|lieferant|abnehmer|gläubiger|kreditgeber|geldgeber)\w*)"
)
_RANK_TR = compile_words(
    r"(?:(?P<ord>ikinci|üçüncü|dördüncü|beşinci)\s+(?:en\s+)?büyük|en\s+büyük)\s+(?P<what>(?:[\w-]+\s+){0,2}?"
    r"(?:ortağ\w*|partner\w*|yatırımcı\w*|üretici\w*|ihracatçı\w*|ithalatçı\w*|tedarikçi\w*|alıcı\w*|kreditör\w*))"
)
_RANK_KK = compile_words(
    r"(?:(?P<ord>екінші|үшінші)\s+)?(?:ең\s+)?ірі\s+(?P<what>(?:[\w-]+\s+){0,2}?(?:серіктес\w*|инвестор\w*|"
    r"өндіруш\w*|экспорттаушы\w*|импорттаушы\w*))"
)
_RANK_BY_LANGUAGE = {"ru": _RANK_RU, "de": _RANK_DE, "tr": _RANK_TR, "kk": _RANK_KK}
_RANK_GATE = ("largest", "biggest", "top ", "number one", "number-one", "no. 1", "leads the world", "leader in",
              "крупнейш", "лидир", "лидером", "größt", "büyük", "ірі")  # fmt: skip
_PARTNER = compile_ci(r"partner|партн|ortağ|серіктес")
_PRODUCER = compile_ci(r"produc|производ|produzent|hersteller|üretici|өндіруш")
_PLACE = compile_words(
    r"\b(?:(?:was|were|has been|have been)\s+)?(?P<w>declared the winner|won the (?:tender|competition|contest|bid))"
    r"|\btook\s+(?P<o1>first|second|third|fourth|fifth)\s+place|\b(?:ranked|came|finished|placed)\s+"
    r"(?P<o2>first|second|third|fourth|fifth)\b|(?:занял|занима)\w*\s+(?P<o3>перв|втор|трет)\w*\s+место|"
    r"(?P<w2>признан\w*\s+победител\w*|выиграл\w*\s+тендер)"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4,
             "5th": 5, "перв": 1, "втор": 2, "трет": 3, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5,
             "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5, "екінші": 2, "үшінші": 3}  # fmt: skip


_ORD_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
              "eighth": 8, "ninth": 9, "tenth": 10, "перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5,
              "шест": 6, "седьм": 7, "восьм": 8, "девят": 9, "десят": 10, "zwei": 2, "drei": 3, "vier": 4,
              "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zweit": 2, "dritt": 3,
              "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "neunt": 9, "zehnt": 10}  # fmt: skip
_ORD_EN = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[1-9]\d{0,2}(?:st|nd|rd|th))"
_ORD_RU = r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\w*"
_ORD_DE = r"(?:zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)\w*"
# a ranking among all countries: "third in the world (in terms of ...)", "ranks fifth globally", "the world's
# ninth-largest country", "третье место в мире", "weltweit auf Platz drei"
_WORLD = compile_words(
    rf"\b(?P<o1>{_ORD_EN})[- ](?:(?:largest|biggest|highest)\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:in\s+the\s+world|worldwide|globally|among\s+(?:all\s+)?(?:the\s+)?(?:world(?:'s|’s)\s+)?(?:countries|nations))\b"
    rf"|\b(?:ranks?|ranked|ranking|placed|places|stands?)\s+(?P<o2>first|{_ORD_EN})\s+(?:in\s+the\s+world|worldwide|globally)\b"
    rf"|\bworld(?:'s|’s)\s+(?P<o3>{_ORD_EN})[- ](?:largest|biggest)\b"
    rf"|\b(?P<o4>{_ORD_RU})\s+(?:(?:место|по\s+величине)\s+)?в\s+мире\b"
    r"|\b(?:weltweit|in\s+der\s+Welt)\s+(?:auf\s+)?(?:(?:dem|den|Platz|Rang)\s+)+(?P<o5>\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\b"
    rf"|\b(?P<o6>{_ORD_DE})\s+(?:Stelle|Platz|Rang)\s+(?:weltweit|in\s+der\s+Welt)\b"
)
_ORDINAL_BEFORE = compile_ci(rf"\b{_ORD_EN}[- ]$")
_WORLD_GATE = ("world", "global", "мире", "welt")


def _ranked_roles(doc: ClaimDoc) -> list[Claim]:
    """Return "largest trading partner" and "world's largest producer" claims."""
    text = doc.ctx.text
    out: list[Claim] = []
    low = text.lower()
    ranked = any(w in low for w in _RANK_GATE)
    rank_rx = _RANK_BY_LANGUAGE.get(doc.ctx.doc.language or "en", _RANK_EN)
    for m in rank_rx.finditer(text) if ranked else []:
        if _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):  # "12th largest": a world rank
            continue
        sent = doc.sentences[sentence_of(doc, m.start())]
        ordinal = (m.group("ord") or "").lower()
        rank = next((v for k, v in _ORDINALS.items() if ordinal.startswith(k)), 1) if ordinal else 1
        what = (m.groupdict().get("what") or "").lower()
        attribute = ("trade_rank" if _PARTNER.search(what) else
                     "production" if _PRODUCER.search(what) else "other")  # fmt: skip
        ms = doc.mentions(*sent)
        owner = next(
            (
                x
                for x in ms
                if x.end <= m.start()
                and re.fullmatch(r"['’](?:s|n?[ıiuü]n)\s+(?:the\s+)?", text[x.end : m.start()])
            ),
            None,
        )
        if owner is None:  # "партнером Казахстана", "partner of Kazakhstan"
            owner = next(
                (
                    x
                    for x in ms
                    if x.start >= m.end()
                    and re.fullmatch(
                        r"\s*(?:of\s+|for\s+|von\s+|für\s+)?(?:the\s+)?", text[m.end() : x.start]
                    )
                ),
                None,
            )
        world = re.search(
            r"(?:world|global|мир|dünya|welt|әлем)\w*['’]?s?\s+(?:the\s+|(?:der|die|das)\s+)?$",
            text[max(0, m.start() - 12) : m.start()],
            re.I,
        )
        cands = [x for x in ms if x is not owner and x.entity_id != (owner.entity_id if owner else None)]
        before = [x for x in cands if x.end <= m.start()]
        subject = before[-1] if before else next(iter(cands), None)
        obj = None if world else (owner.entity_id if owner else None)
        if (
            attribute == "trade_rank"
            and obj is None
            and subject is not None
            and not doc.is_ca(subject.entity_id)
        ):
            obj = doc.main_ca
        sure = 0.0 if subject is None else 0.85 if before else 0.6
        out.append(Claim(subject.entity_id if subject else None, attribute, float(rank), "rank", obj,
                         as_of(doc, m.start(), sent), None, evidence_of(text, sent), sure))  # fmt: skip
    return out


def _placed(doc: ClaimDoc) -> list[Claim]:
    """Return "took second place", "ranked third" and "won the tender" claims of the clause's actors."""
    text = doc.ctx.text
    low = text.lower()
    out: list[Claim] = []
    placed = any(
        w in low
        for w in (
            "winner",
            "won the",
            "d place",
            "t place",
            "ranked",
            "came",
            "finished",
            "занял",
            "победител",
            "выиграл",
        )
    )
    for m in _PLACE.finditer(text) if placed else []:
        sent = doc.sentences[sentence_of(doc, m.start())]
        clause = clause_of(doc, sent, m.start())
        word = (m.group("o1") or m.group("o2") or m.group("o3") or "").lower()
        rank = (
            1
            if m.group("w") or m.group("w2")
            else next(v for k, v in _ORDINALS.items() if word.startswith(k))
        )
        before = [x for x in doc.mentions(clause[0], m.start()) if doc.is_actor(x)]
        subjects = before[-1:]
        while len(subjects) < len(before) and re.fullmatch(
            r"\s*(?:,\s*)?(?:and|и|&)\s*", text[before[-len(subjects) - 1].end : subjects[0].start]
        ):
            subjects.insert(0, before[-len(subjects) - 1])
        for s in subjects or [None]:  # type: ignore[list-item]
            out.append(Claim(s.entity_id if s else None, "other", float(rank), "rank", None,
                             as_of(doc, m.start(), sent), None, evidence_of(text, sent), 0.8 if s else 0.0))  # fmt: skip
    return out


def _ordinal(word: str) -> int | None:
    """Return the number of an ordinal ("third", "12th", "третье", "dritte", "drei"), or None."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    low = word.lower()
    return next((v for k, v in _ORD_WORDS.items() if low.startswith(k)), None)


def _world_ranks(doc: ClaimDoc, taken: list[tuple[int, int]]) -> list[Claim]:
    """Return rankings among all countries, filed under the last actor named before them in the sentence."""
    text = doc.ctx.text
    low = text.lower()
    out: list[Claim] = []
    for m in _WORLD.finditer(text) if any(w in low for w in _WORLD_GATE) else []:
        if any(s < m.end() and m.start() < e for s, e in taken):  # read as a ranked role already
            continue
        word = next(g for g in m.groups() if g)
        rank = _ordinal(word)
        if rank is None:
            continue
        sent = doc.sentences[sentence_of(doc, m.start())]
        clause = clause_of(doc, sent, m.start())
        before = [x for x in doc.mentions(sent[0], m.start()) if doc.is_actor(x)]
        subject = before[-1] if before else None
        sure = 0.0 if subject is None else 0.75 if subject.start >= clause[0] else 0.6
        attribute = "production" if _PRODUCER.search(text, m.start(), min(sent[1], m.end() + 60)) else "other"
        out.append(Claim(subject.entity_id if subject else None, attribute, float(rank), "rank", None,
                         as_of(doc, m.start(), sent), None, evidence_of(text, sent), sure))  # fmt: skip
    return out


def rank_claims(doc: ClaimDoc) -> list[Claim]:
    """Return the rank claims of a document: ranked roles, places won and rankings in the world."""
    roles = _ranked_roles(doc)
    taken = [(c.evidence.start, c.evidence.end) for c in roles]
    return [*roles, *_placed(doc), *_world_ranks(doc, taken)]
