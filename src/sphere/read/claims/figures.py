"""Claims from figures: each quantity with a unit becomes a claim with an attribute, a subject and an object.

The attribute comes from the context word nearest the figure ("investment", "trade", "capacity"), the
qualifier from hedges before it and plan words in the sentence, the unit gains a rate where the clause
states one ("30 bcm a year"). Trade figures take the great power as subject and the Central Asian side as
object; flows (investment, loans, grants) the giver in subject position and the receiver; figures about
works (lengths, costs, capacities) the project named in or before the sentence.
"""

from __future__ import annotations

import re

from sphere.read.claims.context import (
    TARGET,
    ClaimDoc,
    as_of,
    clause_of,
    compile_ci,
    compile_words,
    evidence_of,
    sentence_of,
)
from sphere.read.claims.counts import more_quantities
from sphere.read.claims.givers import writes_off
from sphere.read.claims.magnitudes import MULTIPLE_STEMS
from sphere.read.claims.quantities import Quantity, find_quantities
from sphere.read.claims.sides import parties
from sphere.read.claims.subjects import (
    ACCOUNT as _ACCOUNT,
)
from sphere.read.claims.subjects import (
    FLOW_ATTRIBUTES,
    TRADE_ATTRIBUTES,
    WORK_ATTRIBUTES,
    participants,
)
from sphere.read.claims.subjects import (
    TRADE_CONTEXT as _TRADE_CONTEXT,
)
from sphere.read.claims.wholes import settle
from sphere.read.types import Claim

__all__ = ["FLOW_ATTRIBUTES", "TRADE_ATTRIBUTES", "WORK_ATTRIBUTES", "figure_claims"]


# context words -> attribute; the one nearest to the figure wins
_MONEY_WORDS = [
    (
        "investment",
        compile_words(
            r"invest|\bFDI\b|инвест|капиталовложени|projects? (?:worth|valued)|проект\w* стоимост|portfolio|\bventure|yatırım|"
            r"Direktinvestition|inwestycj"
        ),
    ),
    (
        "loan",
        compile_words(
            r"\bloans?\b|\bcredit|\bowes?\b|\bdebts?\b|\blend|\bborrow|кредит|займ|заем|долг|kredi|Darlehen|"
            r"Schulden|borç|несие|қарыз|pożyczk|zadłużen"
        ),
    ),
    (
        "grant",
        compile_words(r"\bgrants?\b|\baid\b|assistance|donat|грант|безвозмезд|помощ|Zuschuss|hibe|көмек"),
    ),
    (
        "exports_value",
        compile_words(r"\bexport(?!-import)|экспорт(?!но-импорт)|ihracat|Ausfuhr|eksport(?!-import)"),
    ),
    ("imports_value", compile_words(r"(?<!export-)\bimport|(?<!экспортно-)импорт|ithalat|Einfuhr")),
    (
        "trade_value",
        compile_words(
            r"\btrade\b|\btraded\b|\btrading\b|(?<!cargo )turnover|товарооборот|(?<!грузо)оборот|торгов|ticaret|"
            r"Handel|Warenumsatz|Außenhandel|сауда|тауар айналым|obrot|obrót|handlu\b|handlow|savdo|tovar aylanma|贸易|进出口"
        ),
    ),
    (
        "cost",
        compile_words(
            r"\bcosts?\b|(?<!goods )(?<!products )\bworth\b|\bprice|\bvalued\b|\bbudget|стоимост|обойд|бюджет|Kosten|kostet|maliyet|"
            r"құны|koszt"
        ),
    ),
]
_GDP = compile_words(r"GDP|gross domestic product|ВВП|валов\w+ внутренн\w+ продукт|BIP|ЖІӨ|yalpi ichki")
_MASS_WORDS = [
    ("capacity", compile_words(r"capacity|мощност|пропускн|Kapazität|kapasite|қуат|moc\w* produkc")),
    (
        "production",
        compile_words(r"produc|output|добыч|производ|выпуск|Förderung|produz|üretim|өндір|wydobyc"),
    ),
    ("reserves", compile_words(r"reserves?|deposits?|запас|месторожд|Vorkommen|Reserven|rezerv|złoż")),
]
_TEU_WORDS = [
    ("capacity", compile_words(r"capacity|мощност|пропускн|Kapazität|kapasite|қуат")),
    ("throughput", compile_words(r"handl|throughput|\bpass|transship|перевал|обработ")),
]
_GROWTH_BEFORE = compile_ci(
    r"(?:increas\w*|grow\w*|grew|rise|rising|rose|surg\w*|jump\w*|climb\w*|soar\w*|expand\w*|boost\w*|up|"
    r"declin\w*|decreas\w*|fell|fall\w*|dropp?\w*|down|shr[aiu]nk\w*|вырос\w*|увеличи\w*|рост\w*|прирост\w*|"
    r"снизи\w*|сократи\w*|упал\w*|wuchs|wächst|stieg\w*|gestiegen|sank|gesunken|zugenommen)\s+(?:by\s+|на\s+|of\s+|um\s+)?(?:(?:another|some|about|nearly|almost|over|more than|"
    r"around|почти|более|около)\s+)*$|(?:同比)?(?:增长|增速达|增速|增加|下降|减少)$"
)
_GROWTH_AFTER = compile_ci(
    r"^\s*(?:increase|growth|rise|jump|gain|decline|decrease|drop|fall|year-on-year|y/y|рост|прирост|"
    r"(?:more|higher|mehr|больше|выше|fazla)\b|(?:gestiegen|gewachsen|zugelegt|gesunken|zurückgegangen|"
    r"arttı|artış|büyüdü|azaldı|өс|арт|төменде|кеми)\w*)"
)
_BY_AMOUNT = compile_ci(
    r"\b(?:by|на|um)\s+(?:(?:about|nearly|almost|over|more than|around|почти|более|около|rund|fast)\s+)?$"
)
_DECLINE = compile_words(r"declin|decreas|fell|fall|drop|down|shr[aiu]nk|снизи|сократи|упал")
_GROWTH_VERB = compile_words(
    r"increas|grow|grew|\brise|\brose|surg|jump|climb|soar|expand|boost|-fold|вырос|увелич|рост|wuchs|gewachsen|"
    r"stieg|gestiegen|zugenommen|erhöht|art(?:tı|ış|acak)|büyü|өс(?:ті|кен|іп|еді)|арт(?:ты|қан)"
)
_STAKE = compile_ci(r"^.{0,25}\b(?:stake|equity|shareholding|дол[июя]|пакет\w* акц)")
_SHARE_OF = compile_ci(
    r"^\s*(?:of|от)\s+(?:\S+\s+){0,4}?(?:trade|exports|imports|turnover|товарооборот\w*|экспорт\w*|импорт\w*|торговл\w*)"
)
_DISTANCE = compile_words(r"\baway\b|\bshorten|\bcut\w*|\breduc|\bdistance|сократ|расстоян")
_PERIOD_BEFORE = compile_ci(
    r"(?:\b(?:first|last|past|previous|next|these|those|the|over|within|during|for|in|over the)\s+)$"
)
_AFTER_OF = compile_ci(r"^\s+(?:of|ago)\b")
_SKIP_COUNTS = frozenset(
    [
        "countries",
        "states",
        "nations",
        "republics",
        "leaders",
        "presidents",
        "heads",
        "sides",
        "parties",
        "principles",
        "areas",
        "ways",
        "points",
        "issues",
        "priorities",
        "aspects",
        "times",
        "years",
        "months",
        "days",
        "steps",
        "stages",
        "phases",
        "things",
        "members",
        "participants",
        "delegations",
        "ministers",
        "officials",
        "percent",
        "children",
        "others",
        "decades",
    ]
)
_HEDGES = [
    ("up to", compile_ci(r"(?:\b(?:up to|as much as|as many as)|(?<![\w])до)\s+$")),
    ("nearly", compile_ci(r"\b(?:nearly|almost|close to|just under|почти|чуть менее|без малого)\s+(?:a\s+)?$")),
    ("about", compile_ci(r"\b(?:about|around|approximately|roughly|some|an estimated|circa|около|порядка|примерно|приблизительно)\s+$")),
    ("over", compile_ci(r"(?:\b(?:over|more than|above|exceed\w*|surpass\w*|in excess of|upwards of|top\w*)|свыше|более|больше|превыша\w*|превысил\w*)\s+(?:(?:just|already|also|a|the)\s+)?$")),
]  # fmt: skip
_DESIGN = frozenset({"length", "capacity", "count", "area"})
_RATE = compile_ci(
    r"(?<!within )\b(?:a|per|each|every)\s+(year|annum|month|day|week)\b(?![\s-]+(?:ago|earlier|later|before|after|on)\b)|\b(annually|"
    r"monthly|yearly|daily|weekly)\b|/\s*(year|yr|y|month|day|d)\b|\bв\s+(год|месяц|сутки|день|неделю)\b|"
    r"\b(ежегодно|ежемесячно|ежедневно|ежесуточно)\b|\b(pro Jahr|im Jahr(?![\s\d]*\d)|jährlich|jedes Jahr|yılda|yıllık|жылына|"
    r"pro Monat|im Monat|monatlich|jeden Monat|aylık|ayda|айына|pro Tag|täglich|günlük|günde|тәулігіне|күніне)(?!\w)"
)
# a yearly adverb before the figure in its clause: "jährlich bis zu 40 Milliarden Kubikmeter", "ежегодно до 30 млрд"
_RATE_ADVERB = compile_ci(
    r"\b(jährlich|ежегодно|yılda|yıllık|жылына|monatlich|ежемесячно|aylık|ayda|айына|täglich|ежедневно|günlük|günde|"
    r"тәулігіне)\s+(?:\S+\s+){0,3}$"
)
_RATE_BEFORE = compile_ci(
    r"\b(daily|monthly|weekly|annual|yearly|ежедневн|ежемесячн|суточн|ежегодн|годов)\w*\s+(?:[a-zа-я-]+\s+){0,3}?(?:of|в объеме|объемом)\s+"
    r"(?:(?:about|around|some|up to|nearly|almost|over|more than|около|до|почти|более)\s+)?$"
)
# the period a rate word names -> the unit's suffix; per-day and per-year figures are never mixed
_PERIODS = (("month", "/month"), ("ежемес", "/month"), ("месяц", "/month"), ("day", "/day"), ("daily", "/day"),
            ("d", "/day"), ("сут", "/day"), ("сутк", "/day"), ("день", "/day"), ("ежедн", "/day"), ("ежесут", "/day"),
            ("week", "/week"), ("недел", "/week"), ("pro monat", "/month"), ("im monat", "/month"),
            ("monatlich", "/month"), ("jeden monat", "/month"), ("aylık", "/month"), ("ayda", "/month"),
            ("айына", "/month"), ("pro tag", "/day"), ("täglich", "/day"), ("günlük", "/day"), ("günde", "/day"),
            ("тәулігіне", "/day"), ("күніне", "/day"))  # fmt: skip


def _nearest_word(
    doc: ClaimDoc, span: tuple[int, int], pos: int, table: list[tuple[str, re.Pattern[str]]]
) -> str | None:
    """Return the attribute whose context word lies nearest to `pos` within `span`."""
    best: tuple[int, str] | None = None
    for attribute, pattern in table:
        for m in doc.spans(pattern, span):
            d = min(abs(m.start() - pos), abs(m.end() - pos))
            if best is None or d < best[0]:
                best = (d, attribute)
    return best[1] if best else None


def _attribute(doc: ClaimDoc, q: Quantity, clause: tuple[int, int], sent: tuple[int, int]) -> str | None:
    """Return the attribute of a figure, or None when it is no claim (a frequency, a period, a list size)."""
    text = doc.ctx.text
    before, after = text[max(clause[0], q.start - 60) : q.start], text[q.end : q.end + 40]

    def near(table: list[tuple[str, re.Pattern[str]]]) -> str | None:
        return _nearest_word(doc, clause, q.start, table) or _nearest_word(doc, sent, q.start, table)

    if q.kind == "money":
        if _GDP.search(text, max(clause[0], q.start - 40), q.start):
            return "gdp"  # "GDP surpassed $145 billion": a size of the economy, no flow (filed as "other")
        return near(_MONEY_WORDS) or "other"
    if q.kind == "percent":
        if _GROWTH_BEFORE.search(before) or _GROWTH_AFTER.match(after):
            return "growth_rate"
        if _BY_AMOUNT.search(before) and _GROWTH_VERB.search(before):
            return "growth_rate"  # "Uzbekistan increased its imports from EU countries by 34 percent"
        if _STAKE.match(after):
            return "stake"
        if _SHARE_OF.match(after) or (_ACCOUNT.search(before) and _TRADE_CONTEXT.search(text, *clause)):
            return "trade_share"
        return (
            "trade_share"
            if doc.last_attribute == "trade_share" and doc.last_sentence == sentence_of(doc, q.start)
            else "other"
        )
    if q.kind == "times":
        multiple = "fold" in q.text or "fache" in q.text.lower() or q.text.lower().startswith(MULTIPLE_STEMS)
        return "growth_rate" if multiple or _GROWTH_VERB.search(text, clause[0], clause[1]) else None
    if q.kind == "duration":
        if _PERIOD_BEFORE.search(before) and _AFTER_OF.match(after) and "ago" not in after[:6]:
            return None  # "the first 11 months of", "over the 30 years of"
        if re.search(
            r"[\d%]\S*\s+(?:\w+\s+)?(?:over|in|within|during|for)\s+(?:the\s+)?(?:next\s+|past\s+)?$", before
        ):
            return None  # "$35 billion over three years": the period of another figure
        if re.search(r"\bby\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$", before):
            return None  # "cutting transit times by eight days": a change, not a state
        if re.search(r"(?:^|\s)(?:за|в течение)\s+(?:первые\s+|последние\s+|прошедшие\s+)?$", before, re.I):
            return None  # "за первые девять месяцев 2022 года", "за 10 лет": the period of another figure
        return "duration"
    if q.kind == "count":
        return None if q.unit in _SKIP_COUNTS else "count"
    if q.kind == "length":
        return "other" if _DISTANCE.search(text, *clause) else "length"
    if q.kind == "mass":
        return near(_MASS_WORDS) or "volume"
    if q.kind in {"teu", "gas"}:
        return near(_TEU_WORDS if q.kind == "teu" else _MASS_WORDS[:1]) or "volume"
    return {"area": "area", "power": "capacity", "people": "population", "energy": "production"}.get(
        q.kind, "other"
    )


def _qualifier(doc: ClaimDoc, q: Quantity, attribute: str, sent: tuple[int, int]) -> str | None:
    text = doc.ctx.text
    if attribute not in _DESIGN and doc.spans(TARGET, sent):
        return "target"
    if q.hedge:
        return q.hedge
    before = text[max(sent[0], q.start - 30) : q.start]
    for name, pattern in _HEDGES:
        if pattern.search(before):
            return name
    return None


def _rate(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int], prev: Quantity | None, prev_unit: str | None
) -> str:
    """Return the unit with a per-year or per-month rate when the clause states one ("30 bcm a year")."""
    base = q.unit
    if q.kind not in {"mass", "gas", "teu", "count", "oil"}:
        return base
    text = doc.ctx.text
    lead = _RATE_BEFORE.search(text[max(clause[0], q.start - 50) : q.start])
    if lead is not None:  # "daily deliveries of 9 million cubic metres"
        word = lead.group(1).lower()
        return base + next(
            (suffix for stem, suffix in _PERIODS if word.startswith(stem) and stem != "d"), "/yr"
        )
    adverb = _RATE_ADVERB.search(text, max(clause[0], q.start - 40), q.start)
    if adverb is not None:  # "jährlich bis zu 40 Milliarden Kubikmeter", "monatlich 10.000 Tonnen"
        word = adverb.group(1).lower()
        return base + next(
            (suffix for stem, suffix in _PERIODS if word.startswith(stem) and stem != "d"), "/yr"
        )
    m = _RATE.search(text, q.end, clause[1])
    if m and not re.search(r"[,;.](?=\s)", text[q.end : m.start()]):
        word = next(g for g in m.groups() if g).lower()
        return base + next((suffix for stem, suffix in _PERIODS if word.startswith(stem) and
                            (stem != "d" or word == "d")), "/yr")  # fmt: skip
    if (
        prev
        and prev_unit
        and "/" in prev_unit
        and re.search(r"(?:including|of which|в том числе)\s*$", text[prev.end : q.start])
    ):
        return base + "/" + prev_unit.split("/", 1)[1]
    return base


def _from_to(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Drop the first figure of "from X to Y" (the old value), keeping the new one."""
    out: list[Quantity] = []
    starts = {q.start for q in quantities}
    for q in quantities:
        to = re.match(r"\s*(?:to|до)\s+(?:just\s+|only\s+|about\s+)?", text[q.end : q.end + 20])
        if (
            to
            and (q.end + to.end() in starts or text[q.end + to.end() : q.end + to.end() + 1].isdigit())
            and re.search(
                r"\b(?:from|с)\s+(?:an?\s+|the\s+)?(?:initial\s+|original\s+)?$",
                text[max(0, q.start - 25) : q.start],
            )
        ):
            continue
        out.append(q)
    return out


def figure_claims(doc: ClaimDoc) -> list[Claim]:
    text = doc.ctx.text
    language = doc.ctx.doc.language or "en"
    quantities = _from_to(text, more_quantities(text, language, find_quantities(text, language)))
    out: list[Claim] = []
    prev: Quantity | None = None
    prev_unit: str | None = None
    for q in quantities:
        si = sentence_of(doc, q.start)
        sent = doc.sentences[si]
        clause = clause_of(doc, sent, q.start)
        attribute = _attribute(doc, q, clause, sent)
        if attribute is None:
            continue
        if q.kind == "money" and attribute in {"cost", "other"} and writes_off(doc, clause):
            attribute = (
                "loan"  # "the write-off of Kyrgyzstan's debt to Russia worth $90m": a debt, not a price
            )
        if attribute == "gdp":
            attribute, doc.topic = "other", None
        elif q.kind == "money" and attribute == "other" and doc.topic and q.start - doc.topic_end < 250:
            attribute = doc.topic  # "Of this amount: €3 billion will ...", "Сегодня он превышает ..."
        if q.kind == "money" and attribute != "other":
            doc.topic, doc.topic_end = attribute, sent[1]
        elif attribute == "growth_rate" and _TRADE_CONTEXT.search(text, *sent):
            doc.topic, doc.topic_end = "trade_value", sent[1]
        unit = _rate(doc, q, clause, prev, prev_unit)
        if attribute == "count" and "/" in unit:
            attribute = "throughput"
        value = (
            -q.value
            if attribute == "growth_rate" and _DECLINE.search(text[max(clause[0], q.start - 40) : q.start])
            else q.value
        )
        doc.prev_figure_end = prev.end if prev is not None and prev.end > sent[0] else -1
        subject, obj, confidence = participants(doc, q, attribute, clause, sent, si)
        subject, obj, confidence = settle(doc, q, attribute, clause, sent, subject, obj, confidence)
        held = parties(
            doc, q, clause, sent
        )  # "the Kyrgyz side's share", "33 percent each": one claim a party
        if held is not None:
            attribute = "stake" if held[2] else attribute
            obj = subject if subject not in held[0] and not doc.is_ca(subject) else None
            subject, confidence = held[0][0], held[1]
        for who in held[0] if held is not None else [subject]:
            out.append(Claim(who, attribute, value, unit, obj, as_of(doc, q.start, sent),
                             _qualifier(doc, q, attribute, sent), evidence_of(text, sent),
                             round(confidence if who else 0.0, 2)))  # fmt: skip
        doc.last_subject, doc.last_attribute, doc.last_sentence = subject, attribute, si
        prev, prev_unit = q, unit
    return out
