"""How a figure attaches to a name near it: the generic syntax the subject rules share.

A figure can label the name before it ("Türkiye (7%)", "China - 20.5 percent"), be given for a state ("32.9
percent for Kyrgyzstan"), state what is measured of whom ("output at Tengizchevroil", "добыча в ..."), be put
into a work ("$27 billion in Karachaganak"), be held by whoever "accounts for" it, or count companies carrying an
owner's capital ("with China's capital"); a foreign-investment total with no investor named is the receiver's.
Owners ("China's CNPC") stand in their syntactic position for the name they own. A subject carried over from an
earlier figure is confident only where the clause refers back to it ("it", "the company").
Every pattern is linear on blank runs (a lookbehind lets it start only at the first blank of a run).
"""

from __future__ import annotations

import re

from sphere.read.claims.context import ClaimDoc, compile_ci, compile_words
from sphere.read.claims.quantities import Quantity
from sphere.read.claims.works import state_of
from sphere.read.entities.gazetteer import load_gazetteer
from sphere.read.types import Mention

__all__ = [
    "PERIOD_OF_FIGURE",
    "POSSESSIVE",
    "adjective_owner",
    "capital_owner",
    "carried",
    "for_whom",
    "inflow_receiver",
    "invested_in",
    "labelled",
    "measured_of",
    "owned_next",
    "owner_before",
    "owner_of_measured",
    "sharer",
    "supplied_to",
]

POSSESSIVE = re.compile(r"['’](?:s\b|n?[ıiuü]n\b)")  # English "'s"; Turkish genitive "'nin", "'ın"


_LABEL_BEFORE = re.compile(
    r"(?<![^\S\n])[^\S\n]*(?:\(|[:–—-](?=[^\S\n]))[^\S\n]*(?:(?:about|almost|nearly|over|около|почти|более)[^\S\n]+)?"
)
_LABEL_AFTER = re.compile(
    r"(?<![^\S\n])[^\S\n]*(?:of[^\S\n]+(?:the[^\S\n]+)?(?:total|all)[^\S\n]*)?(?:[)\n]|[,;.](?:\s|$)|$)"
)  # "Germany (5.1%)", "Russia (32.5 percent of the total)"


_SHARE_HOLDER = compile_ci(r"\b(?:на\s+долю|the\s+share\s+of)\s+$")
_ACCOUNTS = compile_words(r"accounts?\s+for|accounted\s+for|приходит\w*\s+(?:на\s+)?")


_FALLS_TO = compile_ci(r"(?<!\s)(?:\s+[а-яё]+){0,2}?\s+приход(?:и|я)т\w*\s+на\s+(?:долю\s+)?")


def sharer(doc: ClaimDoc, clause: tuple[int, int], q: Quantity) -> str | None:
    """Return who holds a part of a total stated in money: the one that "accounts for" it, or "на долю" whom."""
    text = doc.ctx.text
    acc = next(iter(doc.spans(_ACCOUNTS, (clause[0], q.start))), None)
    later = _FALLS_TO.match(text, q.end)
    if acc is None and later is not None:  # "Из них 1,2 млрд долларов приходится на Россию"
        hit = next(
            (x for x in doc.mentions(later.end(), clause[1], actors=False) if x.start == later.end()), None
        )
        return hit.entity_id if hit else None
    if acc is None:
        return None
    for m in doc.mentions(clause[0], q.start, actors=False):
        if _SHARE_HOLDER.search(text[max(0, m.start - 16) : m.start]):
            return m.entity_id
    before = [m for m in doc.mentions(clause[0], acc.start(), actors=False) if doc.in_subject_position(m)]
    if before and re.fullmatch(r"[\s\w-]{0,30}", text[before[-1].end : acc.start()]):
        return before[-1].entity_id
    return None


# the noun "share" with its owner: "China's share", "the share of Kazakhstan's exports", "доля Китая",
# "Anteil Chinas", "der Anteil von China", Kazakh "Қытайдың үлесі", Turkish "Çin'in payı"
_SHARE_NOUN_AFTER = compile_ci(
    r"^(?:['’]s|['’]n?[ıiuü]n|[нтд][ыі]ң|ning)?\s+(?:share|үлес\w*|pay[ıi]\w*|ulush\w*)\b"
)
_SHARE_NOUN_BEFORE = compile_ci(
    r"(?:\bshare\s+of|\bдол[яиюе]|\bAnteil(?:e|s)?(?:\s+(?:von|des|der))?)\s+(?:the\s+)?$"
)


def share_owner(doc: ClaimDoc, q: Quantity, clause: tuple[int, int]) -> str | None:
    """Return the owner of the share a percentage states in its clause ("China's share ... amounted to 21.9%")."""
    text = doc.ctx.text
    for m in doc.mentions(clause[0], clause[1], actors=False):
        if m.start >= q.start:
            break
        if _SHARE_NOUN_BEFORE.search(text[max(clause[0], m.start - 16) : m.start]) or _SHARE_NOUN_AFTER.match(
            text[m.end : m.end + 16]
        ):
            return adjective_owner(doc, m)
    return None


def labelled(doc: ClaimDoc, q: Quantity, sent: tuple[int, int]) -> str | None:
    """Return the actor, project or place a figure labels in a list or a parenthesis ("Germany (5.1%)")."""
    text = doc.ctx.text
    before = [m for m in doc.mentions(sent[0], q.start, actors=False) if m.end <= q.start]
    if not before:
        return None
    m = before[-1]
    if _LABEL_BEFORE.fullmatch(text, m.end, q.start) is None or _LABEL_AFTER.match(text, q.end) is None:
        return None
    e = doc.entity(m)
    if e is None or not (doc.is_actor(m) or e.kind in {"project", "place"}):
        return None
    return m.entity_id


_INFLOW = compile_words(
    r"(?:foreign|total|overall|inward|direct)\b[^.;:\d]{0,40}?\binvest\w*|FDI\b|иностранн\w+\s+(?:\w+\s+)?инвестиц|"
    r"ausländisch\w*\s+(?:\w+\s+)?Investition|yabancı\s+(?:\w+\s+)?yatırım|шетел\w*\s+(?:\w+\s+)?инвестиц"
)
_COUNTRY_NOUN = compile_ci(
    r"\b(?:into|in|to)\s+the\s+(?:country|republic|nation)\b|\bв\s+(?:страну|стране|республик\w+)"
)


def inflow_receiver(doc: ClaimDoc, clause: tuple[int, int], q: Quantity) -> str | None:
    """Return the state that receives a foreign investment total with no investor named ("foreign investment in
    Kazakhstan", "into the country"), or None."""
    text = doc.ctx.text
    if not doc.spans(_INFLOW, clause):
        return None
    for m in doc.mentions(*clause):
        if doc.is_ca(m.entity_id) and re.search(
            r"\b(?:in|into|to|в|во)\s+(?:the\s+)?$|[’']?(?:da|de|ta|te|ga|ge|ka|ke|qa)$",
            text[max(0, m.start - 8) : m.start],
        ):
            return m.entity_id
    if doc.spans(_COUNTRY_NOUN, clause) and doc.main_ca:
        return doc.main_ca
    foreign = next(iter(doc.spans(_FOREIGN, (clause[0], q.start))), None)
    if doc.main_ca and foreign is not None and not doc.mentions(foreign.start(), min(clause[1], q.end + 40)):
        return (
            doc.main_ca
        )  # "foreign investments ... amounted to $27bn": from abroad into the article's state
    return None


_FOREIGN = compile_words(r"foreign\b|inward\b|FDI\b|иностранн|ausländisch|yabancı|шетел")


_FOR_WHOM = re.compile(
    r"(?<![^\S\n])[^\S\n]+(?:of[^\S\n]+(?:its[^\S\n]+)?(?:GDP|ВВП|BIP)[^\S\n]+)?(?:for|для|у)[^\S\n]+(?:the[^\S\n]+)?"
)


def for_whom(doc: ClaimDoc, q: Quantity, clause: tuple[int, int]) -> str | None:
    """Return the state or actor a share is given for right after it ("32.9 percent for Kyrgyzstan")."""
    m = _FOR_WHOM.match(doc.ctx.text, q.end)
    if m is None:
        return None
    hit = next((x for x in doc.mentions(m.end(), clause[1]) if x.start == m.end()), None)
    return hit.entity_id if hit else None


# what is measured, then whose: "output at Tengizchevroil", "production of Kazakhstan", "добыча в Казахстане"
_MEASURED = compile_words(
    r"(?:output|production|exports|imports|revenues?|profits?|reserves|capacity|budget|GDP|debt|sales|"
    r"добыч\w*|производств\w*|выпуск\w*|экспорт\w*|импорт\w*|выручк\w*|прибыл\w*|запас\w*|ВВП|долг\w*|"
    r"Produktion|Förderung|Ausfuhren|Einfuhren|Umsatz|üretim\w*|ihracat\w*)[^\S\n]+(?:at|of|by|from|в|на|у)[^\S\n]+(?:the[^\S\n]+)?"
)


_OWNED_MEASURE = compile_ci(
    r"['’]s?[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}?(?:GDP|output|production|exports|imports|debt|budget|reserves|"
    r"revenues?|economy)\b"
)


def owner_of_measured(doc: ClaimDoc, q: Quantity, clause: tuple[int, int]) -> str | None:
    """Return the owner of what a figure measures, written before it ("Uzbekistan's GDP surpassed $145bn",
    "Kazakhstan's average daily oil production hit 2 million barrels"), or None."""
    text = doc.ctx.text
    for m in doc.mentions(clause[0], q.start):
        own = _OWNED_MEASURE.match(text, m.end)
        if own is not None and own.end() <= q.start and not doc.mentions(m.end + 1, own.end()):
            return m.entity_id
    return None


# the partner of a flow of goods, not its owner: "imports from EU countries", "экспортировал в Китай"
_IMPORTED_FROM = compile_ci(
    r"(?:imports|импорт\w*|Einfuhren|ithalat\w*)\s+(?:from|из|aus|в|на)\b|"
    r"(?:exports|экспорт\w*|Ausfuhren|ihracat\w*)\s+(?:to|в|на|nach)\b"
)


def measured_of(doc: ClaimDoc, q: Quantity, clause: tuple[int, int]) -> str | None:
    """Return whose measured quantity a figure states ("Output at Tengizchevroil ... fell 1.5% to 19.8m tonnes"):
    the name right after a measured noun that opens the figure's clause or stands right before the figure."""
    text = doc.ctx.text
    for m in doc.spans(_MEASURED, (clause[0], q.start)):
        hit = next((x for x in doc.mentions(m.end(), q.start, actors=False) if x.start == m.end()), None)
        led = _LED.match(text, hit.end) if hit else None
        if hit is not None and led is not None:  # "output at Chevron-led Tengizchevroil": Tengizchevroil's
            hit = next(
                (x for x in doc.mentions(led.end(), q.start, actors=False) if x.start == led.end()), None
            )
        if hit is None or POSSESSIVE.match(text, hit.end):
            continue
        if _IMPORTED_FROM.match(m.group(0)):
            continue  # "imports from EU countries": where the goods come from, not whose imports they are
        e = doc.entity(hit)
        if e is None or not (doc.is_actor(hit) or e.kind in {"project", "place"}):
            continue
        app = _APPOSITION.match(
            text, hit.end
        )  # "Tengizchevroil (TCO), Kazakhstan's largest oil producer, fell"
        app_end = app.end() if app else hit.end
        if any(x.start >= app_end and x.entity_id != hit.entity_id for x in doc.mentions(hit.end, q.start)):
            continue  # another actor between it and the figure takes over
        return hit.entity_id
    return None


_LED = re.compile(r"-(?:led|backed|owned|controlled|funded)[^\S\n]+")
_APPOSITION = re.compile(r"(?<![^\S\n])[^\S\n]*(?:\([^()\n]{0,40}\)[^\S\n]*)?(?:,[^,\n]{0,80},)?")
_INVESTED_IN = re.compile(
    r"(?<![^\S\n])[^\S\n]+(?:(?:was|were|has been|have been|had been|is|are)[^\S\n]+)?(?:invested[^\S\n]+)?in[^\S\n]+"
    r"(?:the[^\S\n]+)?(?:(?:development|expansion|construction|modernization|modernisation)[^\S\n]+of[^\S\n]+"
    r"(?:the[^\S\n]+)?)?"
)


def invested_in(doc: ClaimDoc, q: Quantity, clause: tuple[int, int]) -> str | None:
    """Return the work an amount is put into when it is named right after it ("$27 billion in Karachaganak",
    "$50bn was invested in the development of Kashagan"); states and companies are receivers, not works."""
    m = _INVESTED_IN.match(doc.ctx.text, q.end)
    if m is None:
        return None
    hit = next((x for x in doc.mentions(m.end(), clause[1], actors=False) if x.start == m.end()), None)
    e = doc.entity(hit) if hit else None
    if hit is None or e is None or e.kind not in {"project", "place"} or state_of(doc, e.id) == e.id:
        return None
    if e.kind == "place" and (
        state_of(doc, e.id) is None
        or re.search(r"city|capital|region|oblast", e.name, re.I)
        or ((info := load_gazetteer().entities.get(e.id)) is not None and info.capital_of)
    ):
        return None  # "deals worth $4 billion in Tokyo": where they were signed, no work
    return hit.entity_id


_WITH_CAPITAL = re.compile(
    r"(?<![^\S\n])[^\S\n]+(?:with|с)[^\S\n]+(?:the[^\S\n]+)?(?:participation[^\S\n]+of[^\S\n]+)?(?:the[^\S\n]+)?"
)
_CAPITAL_AFTER = re.compile(
    r"(?<![^\S\n])(?:['’]s?)?[^\S\n]+(?:capital|investments?|investors?|капитал\w*|участи\w*|инвестиц\w*)\b"
)


def capital_owner(doc: ClaimDoc, q: Quantity, clause: tuple[int, int]) -> str | None:
    """Return whose capital counted companies carry, named after them ("firms with China's capital")."""
    text = doc.ctx.text
    w = _WITH_CAPITAL.search(text, q.end, min(clause[1], q.end + 60))
    if w is None:
        return None
    hit = next((x for x in doc.mentions(w.end(), clause[1]) if x.start == w.end()), None)
    if hit is None or _CAPITAL_AFTER.match(text, hit.end) is None:
        return None
    return adjective_owner(doc, hit)


PERIOD_OF_FIGURE = re.compile(
    r"(?<![^\S\n])[^\S\n]+(?:[a-zа-я]+[^\S\n]+){0,2}?(?:over|within|in|during|for|за|в течение|на)[^\S\n]+"
    r"(?:the[^\S\n]+)?(?:(?:next|coming|following|past|last|ближайшие|следующие)[^\S\n]+)?",
    re.IGNORECASE,
)
_OWNS = re.compile(r"['’]s?[^\S\n]+")


def owned_next(doc: ClaimDoc, m: Mention, span: tuple[int, int]) -> Mention | None:
    """Return the name `m` owns right after it ("China's CNPC": CNPC), or None."""
    own = _OWNS.match(doc.ctx.text, m.end)
    if own is None:
        return None
    return next((x for x in doc.mentions(own.end(), span[1], actors=False) if x.start == own.end()), None)


def owner_before(doc: ClaimDoc, m: Mention, span: tuple[int, int]) -> Mention | None:
    """Return the name that owns `m` right before it ("Russia's Gazprom": Russia), or None."""
    text = doc.ctx.text
    for x in reversed(doc.mentions(span[0], m.start, actors=False)):
        own = _OWNS.match(text, x.end)
        return x if own is not None and own.end() == m.start else None
    return None


def adjective_owner(doc: ClaimDoc, m: Mention) -> str:
    """Return the actor an unlinked adjective names ("European" -> the European Union named in the article)."""
    e = doc.entity(m)
    if e is None or not e.is_new:
        return m.entity_id
    word = doc.ctx.text[m.start : m.end].lower()
    for other in doc.ctx.entities.values():
        if (
            not other.is_new
            and other.kind in {"organization", "country"}
            and other.name.lower().startswith(word + " ")
        ):
            return other.id
    return m.entity_id


# words that refer back to what an earlier sentence named: a figure they hold is that one's
_ANAPHOR = compile_words(
    r"(?:it|its|they|their|this|these|he|she|the (?:company|bank|firm|fund|group|country|state|government|"
    r"project|plant|line|railway|pipeline|port|mine|deal|agreement|venture|figure|debt|total|amount|sum|volume|"
    r"indicator))\b|(?:он|она|оно|они|его|её|ее|их|компани\w+|проект\w*|страна|государство|этот показатель)\b|(?:es|sie|er|sein\w*|ihr\w*)\b"
)


def carried(doc: ClaimDoc, clause: tuple[int, int], q: Quantity, sure: float) -> float:
    """Return how sure a subject carried over from an earlier figure is: as sure as `sure` where the clause
    refers back ("it", "the company") before the figure, else too unsure for the ledger (0.35): the clause may be
    about someone it does not name ("Nine other donors are ready to invest $2.5bn")."""
    if doc.spans(_ANAPHOR, (clause[0], q.start)):
        return sure
    return min(sure, 0.35)


# the name a flow goes to is its receiver, never its source: "supplied to China", "Russia supplied Kazakhstan
# with", "в Китай было поставлено", "nach China geliefert"
_SUPPLY = (
    r"(?:supplie[sd]|supply(?:ing)?|deliver(?:s|ed|ing)?|sold|sells?|shipped|ships?|export(?:s|ed|ing)?|"
    r"send(?:s|ing)?|sent|поставл\w*|поставля\w*|экспортир\w*|отправ\w*|geliefert|liefer\w*|exportiert|verkauft)"
)
_TO_BEFORE = compile_words(_SUPPLY + r"\s+(?:[^\s,;.]+\s+){0,3}?(?:to|into|в|во|nach)\s+(?:the\s+)?$")
_SUPPLIED_BEFORE = compile_words(r"(?:supplie[sd]|supply(?:ing)?|provid(?:es|ed|ing))\s+(?:the\s+)?$")
_DEST_PREP = compile_words(r"(?:to|into|в|во|nach)\s+(?:the\s+)?$")
_SUPPLY_AFTER = compile_ci(r"(?<!\s)(?:\s+[^\s,;.]+){0,2}?\s+" + _SUPPLY + r"(?!\w)")


def supplied_to(doc: ClaimDoc, m: Mention) -> bool:
    """Return True for a name a flow goes to ("exported to China", "supplied Kazakhstan with", "в Китай было
    поставлено"): the receiver of the supplies, not their supplier."""
    text = doc.ctx.text
    before = text[max(0, m.start - 50) : m.start]
    if _TO_BEFORE.search(before) or (
        _SUPPLIED_BEFORE.search(before) and re.match(r"\s+with\b", text[m.end : m.end + 8])
    ):
        return True
    return bool(_DEST_PREP.search(before) and _SUPPLY_AFTER.match(text[m.end : m.end + 60]))
