"""Turn the figures and rankings of an article into claims tied to the entity they are about.

`extract_claims(ctx)` reads the quantities `sphere.read.quantities` finds, rank statements ("China is
Kazakhstan's largest trading partner", "took second place"), start and completion years and counted visits.
For each it decides, with syntax-free rules over the sentence and the linked mentions, the attribute (from
the nearest context word), the qualifier (hedges before the figure, plan words in the sentence), `as_of` (the
nearest year or "last year"/"this year" resolved against the published date), the subject and the object.
Trade figures take the great power as subject and the Central Asian side as object; figures about works
(lengths, costs, capacities) take the project named in or before the sentence. The evidence is the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sphere.read.quantities import Quantity, find_quantities
from sphere.read.types import Claim, Entity, Evidence, Mention, ReadContext

C5 = frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"})
ACTOR_KINDS = frozenset({"country", "organization", "company"})
WORK_ATTRIBUTES = frozenset(
    {"length", "cost", "capacity", "throughput", "volume", "area", "production", "reserves", "date_start",
     "date_complete", "count", "duration"}
)  # fmt: skip
FLOW_ATTRIBUTES = frozenset({"investment", "loan", "grant", "exports_value", "imports_value"})
TRADE_ATTRIBUTES = frozenset({"trade_value", "trade_share", "trade_rank"})
MAX_CLAIMS = 12


def _rx(pattern: str) -> re.Pattern[str]:
    """Compile a case-insensitive pattern."""
    return re.compile(pattern, re.IGNORECASE)


def _wx(pattern: str) -> re.Pattern[str]:
    """Compile a case-insensitive pattern whose matches start a word (scans fast: other positions fail at once)."""
    return re.compile(r"(?<![^\W\d_])(?:" + pattern + ")", re.IGNORECASE)


# context words -> attribute; the one nearest to the figure wins
_MONEY_WORDS = [
    (
        "investment",
        _wx(r"invest|\bFDI\b|инвест|projects? (?:worth|valued)|проект\w* стоимост|portfolio|\bventure"),
    ),
    ("loan", _wx(r"\bloans?\b|\bcredit|\bowes?\b|\bdebts?\b|\blend|\bborrow|кредит|займ|заем|долг")),
    ("grant", _wx(r"\bgrants?\b|\baid\b|assistance|donat|грант|безвозмезд|помощ")),
    ("exports_value", _wx(r"\bexport|экспорт")),
    ("imports_value", _wx(r"\bimport|импорт")),
    ("trade_value", _wx(r"\btrade\b|\btrading\b|(?<!cargo )turnover|товарооборот|(?<!грузо)оборот|торгов")),
    ("cost", _wx(r"\bcosts?\b|\bworth\b|\bprice|\bvalued\b|\bbudget|стоимост|обойд|бюджет")),
]
_MASS_WORDS = [
    ("capacity", _wx(r"capacity|мощност|пропускн")),
    ("production", _wx(r"produc|output|добыч|производ|выпуск")),
    ("reserves", _wx(r"reserves?|deposits?|запас|месторожд")),
]
_TEU_WORDS = [
    ("capacity", _wx(r"capacity|мощност|пропускн")),
    ("throughput", _wx(r"handl|throughput|\bpass|transship|перевал|обработ")),
]
_GROWTH_BEFORE = _rx(
    r"(?:increas\w*|grow\w*|grew|rise|rising|rose|surg\w*|jump\w*|climb\w*|soar\w*|expand\w*|boost\w*|up|"
    r"declin\w*|decreas\w*|fell|fall\w*|dropp?\w*|down|shr[aiu]nk\w*|вырос\w*|увеличи\w*|рост\w*|прирост\w*|"
    r"снизи\w*|сократи\w*|упал\w*)\s+(?:by\s+|на\s+)?(?:(?:another|some|about|nearly|almost|over|more than|"
    r"around|почти|более|около)\s+)*$"
)
_GROWTH_AFTER = _rx(
    r"^\s*(?:increase|growth|rise|jump|gain|decline|decrease|drop|fall|year-on-year|y/y|рост|прирост)"
)
_DECLINE = _wx(r"declin|decreas|fell|fall|drop|down|shr[aiu]nk|снизи|сократи|упал")
_GROWTH_VERB = _wx(
    r"increas|grow|grew|\brise|\brose|surg|jump|climb|soar|expand|boost|-fold|вырос|увелич|рост"
)
_STAKE = _rx(r"^.{0,25}\b(?:stake|equity|shareholding|дол[июя]|пакет\w* акц)")
_TRADE_CONTEXT = _wx(
    r"\btrade|\bexports?\b(?!-)|(?<!-)\bimports?\b|(?<!cargo )turnover|товарооборот|экспорт|импорт|торгов"
)
_SHARE_OF = _rx(
    r"^\s*(?:of|от)\s+(?:\S+\s+){0,4}?(?:trade|exports|imports|turnover|товарооборот\w*|экспорт\w*|импорт\w*|торговл\w*)"
)
_ACCOUNT = _rx(r"\baccount\w*\s+for|приходит\w*|составля\w+ (?:около |более )?$")
_DISTANCE = _wx(r"\baway\b|\bshorten|\bcut\w*|\breduc|\bdistance|сократ|расстоян")
_PERIOD_BEFORE = _rx(
    r"(?:\b(?:first|last|past|previous|next|these|those|the|over|within|during|for|in|over the)\s+)$"
)
_AFTER_OF = _rx(r"^\s+(?:of|ago)\b")
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
    ("up to", _rx(r"(?:\b(?:up to|as much as|as many as)|(?<![\w])до)\s+$")),
    ("nearly", _rx(r"\b(?:nearly|almost|close to|just under|почти|чуть менее|без малого)\s+(?:a\s+)?$")),
    ("about", _rx(r"\b(?:about|around|approximately|roughly|some|an estimated|circa|около|порядка|примерно|приблизительно)\s+$")),
    ("over", _rx(r"(?:\b(?:over|more than|above|exceed\w*|surpass\w*|in excess of|upwards of|top\w*)|свыше|более|больше|превыша\w*|превысил\w*)\s+(?:(?:just|already|also|a|the)\s+)?$")),
]  # fmt: skip
_TARGET = _wx(
    r"\b(?:expected|expects?|plans?|planned|planning|targets?|targeted|aims?|aimed|goal|projected|forecasts?|"
    r"intends?|to reach|to raise|to bring|to increase|set to|scheduled)\b|\bby\s+20\d\d\b|планир\w*|\bплан\w*|"
    r"\bцел[иья]\b|намер\w*|ожида\w*|прогноз\w*|\bк\s+20\d\d"
)
_DESIGN = frozenset({"length", "capacity", "count", "area"})
_YEAR = re.compile(r"(?<![\d.,])(19[89]\d|20\d\d)(?![\d.,]\d)")
_SINCE = _rx(r"(?:\bsince|\bfrom|\bс|начиная с)\s+(?:\w+\s+)?$")
_LAST_YEAR = _wx(r"\b(?:last|past|previous) year\b|прошл\w+ год\w*")
_THIS_YEAR = _wx(
    r"\bthis year\b|\bcurrent year\b|beginning of the year|\bэтом году|текущ\w+ год\w*|с начала года"
)
_RATE = _rx(
    r"(?<!within )\b(?:a|per|each|every)\s+(year|annum|month)\b(?!\s+(?:ago|earlier|later))|\b(annually|monthly|"
    r"yearly)\b|/\s*(year|yr|month)\b|\bв\s+(год|месяц)\b|\b(ежегодно|ежемесячно)\b"
)
_PREP_BEFORE = _rx(
    r"(?:\b(?:to|in|into|from|with|for|of|by|via|through|at|on|в|во|из|с|со|для|на|по|к|через|между)\s+(?:the\s+)?)$"
)
_CLAUSE_CUT = _rx(
    r"[;:]|\s[–—]\s|,\s+(?=(?:while|whereas|but|which|with|including|of which|marking|according|accounting|"
    r"amounting|reaching|totaling|totalling|allowing|followed|and|а|но|что|при этом|в том числе)\b)|\bwhile\b"
)
_RANK_EN = _wx(
    r"(?<!one of )(?<!one of the )\b(?:(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:largest|biggest)|"
    r"largest|biggest|top|number[- ]one|No\.\s?1)\s+(?P<what>(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?(?:partner|investor|creditor|lender|donor|supplier|exporter|importer|"
    r"producer|consumer|buyer)s?\b)"
)
_RANK_RU = _wx(
    r"(?:(?P<ord>втор\w+|треть\w+)\s+(?:по величине\s+)?)?крупнейш\w+\s+(?P<what>(?:(?:торгов\w*|экономическ\w*|"
    r"инвестиционн\w*)(?:-экономическ\w*)?\s+)?(?:партн[её]р\w*|инвестор\w*|кредитор\w*|производител\w*|"
    r"экспорт[её]р\w*|импорт[её]р\w*|поставщик\w*))"
)
_PLACE = _wx(
    r"\b(?:(?:was|were|has been|have been)\s+)?(?P<w>declared the winner|won the (?:tender|competition|contest|bid))"
    r"|\btook\s+(?P<o1>first|second|third|fourth|fifth)\s+place|\b(?:ranked|came|finished|placed)\s+"
    r"(?P<o2>first|second|third|fourth|fifth)\b|занял\w*\s+(?P<o3>перв|втор|треть)\w*\s+место|"
    r"(?P<w2>признан\w*\s+победител\w*|выиграл\w*\s+тендер)"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4,
             "5th": 5, "перв": 1, "втор": 2, "треть": 3}  # fmt: skip
_VISITS = _wx(
    r"\b(?:visited|travell?ed|went|came|flew)\s+(?:to\s+)?(?:\w+\s+)?(?P<n>twice|three times|four times)|"
    r"\b(?P<n2>twice|three times)\s+(?:visited|travell?ed)|(?P<n3>дважды|трижды)\s+посетил\w*"
)
_VISIT_N = {"twice": 2, "three times": 3, "four times": 4, "дважды": 2, "трижды": 3}
_DATE_TRIGGER = _wx(
    r"(?P<s>establish\w*|founded|set up|launch\w*|\bopen(?:ed|ing)\b|inaugurat\w*|commissioned|"
    r"(?:began|started|begin|start) (?:operations?|construction|production)|(?:came|went|put) into operation|"
    r"produce its first|first (?:production|output)|открыт\w*|основан\w*|создан\w*|запущен\w*|"
    r"введ\w+ в эксплуатацию|начал\w* строительств\w*)|(?P<c>complet\w*|finish\w*|be ready|be operational|"
    r"завершен\w*|заверш\w*|сдан\w*)"
)
_DATE_YEAR = _rx(r"[\s\S]*?(?P<p>\b(?:in|by|since|from|в|к|до|с))\s+(?:(?:early|late|mid|the end of|end of|начале|конце)\s+)?"
                 r"(?:[A-Za-zА-Яа-яё]+\s+)?(?P<y>19[5-9]\d|20\d\d)$")  # fmt: skip


@dataclass(slots=True)
class _Doc:
    """What every rule needs: text, sentences, mentions with their entities and the document's main sides."""

    ctx: ReadContext
    sentences: list[tuple[int, int]]
    pub_year: int | None
    main_power: str | None
    main_ca: str | None
    last_subject: str | None = None
    last_attribute: str | None = None
    last_sentence: int = -9
    topic: str | None = None  # the money attribute the last sentences spoke of ("trade_value")
    topic_end: int = -999
    cache: dict[tuple[Any, ...], list[Any]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)

    def entity(self, m: Mention) -> Entity | None:
        return self.ctx.entities.get(m.entity_id)

    def is_ca(self, eid: str | None) -> bool:
        e = self.ctx.entities.get(eid or "")
        return bool(e and ((e.iso3 or "").upper() in C5 or e.name.lower() == "central asia"))

    def is_actor(self, m: Mention) -> bool:
        e = self.entity(m)
        return bool(e and (e.kind in ACTOR_KINDS or self.is_ca(e.id)))

    def mentions(self, start: int, end: int, *, actors: bool = True) -> list[Mention]:
        key = ("mentions", start, end, actors)
        if key not in self.cache:
            ms = self.ctx.mentions
            self.cache[key] = [
                m for m in ms if m.start >= start and m.end <= end and (not actors or self.is_actor(m))
            ]
        return self.cache[key]

    def spans(self, pattern: re.Pattern[str], span: tuple[int, int]) -> list[re.Match[str]]:
        """Return (memoised) the matches of `pattern` inside `span` of the text."""
        key = (pattern, span)
        if key not in self.cache:
            self.cache[key] = list(pattern.finditer(self.ctx.text, span[0], span[1]))
        return self.cache[key]

    def in_subject_position(self, m: Mention) -> bool:
        return not _PREP_BEFORE.search(self.ctx.text[max(0, m.start - 12) : m.start])


def _sentences(ctx: ReadContext) -> list[tuple[int, int]]:
    """Return the context's sentences, or lines/full stops when the context has none."""
    if ctx.sentences:
        return sorted(ctx.sentences)
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]*", ctx.text) if m.group(0).strip()]


def _sentence_of(doc: _Doc, pos: int) -> int:
    """Return the index of the sentence holding `pos` (the one before it when `pos` falls between two)."""
    return max(0, bisect_right(doc.starts, pos) - 1)


def _clause(doc: _Doc, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """Return the clause of the sentence that holds `pos` (cut at ; : dashes and connective commas)."""
    start, end = sent
    for m in doc.spans(_CLAUSE_CUT, sent):
        if m.end() <= pos:
            start = m.end()
        elif m.start() > pos:
            end = m.start()
            break
    return start, end


def _evidence(text: str, span: tuple[int, int]) -> Evidence:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start, end, text[start:end])


def _nearest_word(
    doc: _Doc, span: tuple[int, int], pos: int, table: list[tuple[str, re.Pattern[str]]]
) -> str | None:
    """Return the attribute whose context word lies nearest to `pos` within `span`."""
    best: tuple[int, str] | None = None
    for attribute, pattern in table:
        for m in doc.spans(pattern, span):
            d = min(abs(m.start() - pos), abs(m.end() - pos))
            if best is None or d < best[0]:
                best = (d, attribute)
    return best[1] if best else None


def _attribute(doc: _Doc, q: Quantity, clause: tuple[int, int], sent: tuple[int, int]) -> str | None:
    """Return the attribute of a figure, or None when it is no claim (a frequency, a period, a list size)."""
    text = doc.ctx.text
    before, after = text[max(clause[0], q.start - 60) : q.start], text[q.end : q.end + 40]

    def near(table: list[tuple[str, re.Pattern[str]]]) -> str | None:
        return _nearest_word(doc, clause, q.start, table) or _nearest_word(doc, sent, q.start, table)

    if q.kind == "money":
        return near(_MONEY_WORDS) or "other"
    if q.kind == "percent":
        if _GROWTH_BEFORE.search(before) or _GROWTH_AFTER.match(after):
            return "growth_rate"
        if _STAKE.match(after):
            return "stake"
        if _SHARE_OF.match(after) or (_ACCOUNT.search(before) and _TRADE_CONTEXT.search(text, *clause)):
            return "trade_share"
        return (
            "trade_share"
            if doc.last_attribute == "trade_share" and doc.last_sentence == _sentence_of(doc, q.start)
            else "other"
        )
    if q.kind == "times":
        return "growth_rate" if _GROWTH_VERB.search(text, clause[0], clause[1]) or "fold" in q.text else None
    if q.kind == "duration":
        if _PERIOD_BEFORE.search(before) and _AFTER_OF.match(after) and "ago" not in after[:6]:
            return None  # "the first 11 months of", "over the 30 years of"
        if re.search(
            r"[\d%]\S*\s+(?:\w+\s+)?(?:over|in|within|during|for)\s+(?:the\s+)?(?:next\s+|past\s+)?$", before
        ):
            return None  # "$35 billion over three years": the period of another figure
        if re.search(r"\bby\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$", before):
            return None  # "cutting transit times by eight days": a change, not a state
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


def _qualifier(doc: _Doc, q: Quantity, attribute: str, sent: tuple[int, int]) -> str | None:
    text = doc.ctx.text
    if attribute not in _DESIGN and doc.spans(_TARGET, sent):
        return "target"
    before = text[max(sent[0], q.start - 30) : q.start]
    for name, pattern in _HEDGES:
        if pattern.search(before):
            return name
    return None


def _as_of(doc: _Doc, pos: int, sent: tuple[int, int]) -> str | None:
    """Return the year the sentence ties to the figure at `pos`: the nearest stated or relative year."""
    text = doc.ctx.text
    found: list[tuple[int, str]] = []
    for m in doc.spans(_YEAR, sent):
        if not _SINCE.search(text[max(sent[0], m.start() - 25) : m.start()]):
            found.append((abs(m.start() - pos), m.group(1)))
    if doc.pub_year:
        found += [(abs(m.start() - pos), str(doc.pub_year - 1)) for m in doc.spans(_LAST_YEAR, sent)]
        found += [(abs(m.start() - pos), str(doc.pub_year)) for m in doc.spans(_THIS_YEAR, sent)]
    return min(found)[1] if found else None


def _pair(doc: _Doc, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """Return (great power, Central Asian side) among the mentions, completed from the document."""
    ids = list(dict.fromkeys(m.entity_id for m in mentions))
    ca = [i for i in ids if doc.is_ca(i)]
    other = [i for i in ids if not doc.is_ca(i)]
    if other and ca:
        return other[0], ca[0]
    if len(ids) >= 2:
        return ids[0], ids[1]
    if ca:
        return (doc.main_power, ca[0]) if doc.main_power else (ca[0], None)
    if other:
        return other[0], doc.main_ca if doc.main_ca != other[0] else None
    return doc.main_power, doc.main_ca


def _participants(doc: _Doc, q: Quantity, attribute: str, clause: tuple[int, int], sent: tuple[int, int], si: int) -> tuple[str | None, str | None]:  # fmt: skip
    """Return (subject, object) entity ids for a figure, by the attribute's rule."""
    text = doc.ctx.text
    in_sent = doc.mentions(*sent)
    in_clause = doc.mentions(*clause)
    owners = [m for m in _possessives(doc, in_sent) if m.start >= q.end]
    if attribute == "trade_share" and owners and not _ACCOUNT.search(text, clause[0], q.start):
        return owners[0].entity_id, _after_to(doc, q.end, sent)
    if (
        attribute == "trade_share"
        and (own := next(iter(_possessives(doc, in_sent)), None))
        and own.end <= q.start
    ):
        return own.entity_id, _after_to(doc, q.end, sent)
    if attribute in TRADE_ATTRIBUTES or (attribute == "growth_rate" and _TRADE_CONTEXT.search(text, *sent)):
        return _pair(doc, in_clause if len(in_clause) >= 2 else in_sent)
    if attribute in FLOW_ATTRIBUTES:
        own = next((m for m in _possessives(doc, in_sent) if m.end <= q.start), None)
        subjects = [m for m in (in_clause or in_sent) if doc.in_subject_position(m) and m.end <= q.start]
        subjects = subjects or [m for m in (in_clause or in_sent) if doc.in_subject_position(m)]
        debtor = next(
            (m for m in in_sent if re.match(r"\s+(?:\w+\s+)?owes?\b", text[m.end : m.end + 25])), None
        )
        subjects = [m for m in subjects if m is not debtor]
        subj = own.entity_id if own else (subjects[-1].entity_id if subjects else None)
        if subj is None and doc.last_sentence >= si - 2 and doc.last_attribute in FLOW_ATTRIBUTES:
            subj = doc.last_subject
        if subj is None:
            subj, _ = _pair(doc, in_sent)
        objs = [m.entity_id for m in in_sent if m.entity_id != subj and not doc.in_subject_position(m)]
        objs = [debtor.entity_id] if debtor and debtor.entity_id != subj else objs
        obj = objs[0] if objs else (doc.main_ca if doc.main_ca != subj else None)
        return subj, obj
    if attribute in WORK_ATTRIBUTES or attribute in {"growth_rate", "other"}:
        works = [m for m in doc.mentions(*sent, actors=False) if (e := doc.entity(m)) and e.kind == "project"]
        if not works:
            works = [
                m
                for m in doc.mentions(0, sent[0], actors=False)
                if (e := doc.entity(m)) and e.kind == "project"
            ][-1:]
        if works:
            best = min(works, key=lambda m: abs(m.start - q.start))
            return best.entity_id, _after_to(doc, q.end, sent, preps=r"in|through|to|across|в|через")
    before = [m for m in in_clause if m.end <= q.start and doc.in_subject_position(m)]
    pick = before[-1] if before else next(iter(in_clause or in_sent), None)
    if pick is None and doc.last_sentence >= si - 1:
        return doc.last_subject, None
    if pick is None:
        return doc.main_power or doc.main_ca, None
    return pick.entity_id, None


def _possessives(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.ctx.text
    return [m for m in mentions if re.match(r"['’]s?\b", text[m.end : m.end + 2])]


def _after_to(doc: _Doc, pos: int, sent: tuple[int, int], preps: str = r"to|into|в") -> str | None:
    """Return the entity right after the figure behind a preposition ("18% to Kazakhstan")."""
    m = re.match(r"\s*(?:\S+\s+){0,5}?(?:" + preps + r")\s+(?:the\s+)?", doc.ctx.text[pos : sent[1]])
    if not m:
        return None
    hit = next((x for x in doc.mentions(pos, sent[1]) if x.start == pos + m.end()), None)
    return hit.entity_id if hit else None


def _rate(
    doc: _Doc, q: Quantity, clause: tuple[int, int], prev: Quantity | None, prev_unit: str | None
) -> str:
    """Return the unit with a per-year or per-month rate when the clause states one ("30 bcm a year")."""
    base = q.unit
    if q.kind not in {"mass", "gas", "teu", "count"}:
        return base
    text = doc.ctx.text
    m = _RATE.search(text, q.end, clause[1])
    if m and not re.search(r"[,;.](?=\s)", text[q.end : m.start()]):
        word = next(g for g in m.groups() if g).lower()
        return base + ("/month" if word.startswith(("month", "ежемес", "месяц")) else "/yr")
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


def _new_doc(ctx: ReadContext) -> _Doc:
    pub = ctx.doc.published_date()
    doc = _Doc(ctx, _sentences(ctx) or [(0, len(ctx.text))], pub.year if pub else None, None, None)
    doc.starts = [s for s, _ in doc.sentences]
    counts = Counter(m.entity_id for m in ctx.mentions if doc.is_actor(m))
    doc.main_power = next((i for i, _ in counts.most_common() if not doc.is_ca(i)), None)
    doc.main_ca = next((i for i, _ in counts.most_common() if doc.is_ca(i)), None)
    return doc


def _figure_claims(doc: _Doc) -> list[Claim]:
    text = doc.ctx.text
    quantities = _from_to(text, find_quantities(text, doc.ctx.doc.language or "en"))
    out: list[Claim] = []
    prev: Quantity | None = None
    prev_unit: str | None = None
    for q in quantities:
        si = _sentence_of(doc, q.start)
        sent = doc.sentences[si]
        clause = _clause(doc, sent, q.start)
        attribute = _attribute(doc, q, clause, sent)
        if attribute is None:
            continue
        if q.kind == "money" and attribute == "other" and doc.topic and q.start - doc.topic_end < 250:
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
        subject, obj = _participants(doc, q, attribute, clause, sent, si)
        out.append(Claim(subject, attribute, value, unit, obj, _as_of(doc, q.start, sent),
                         _qualifier(doc, q, attribute, sent), _evidence(text, sent)))  # fmt: skip
        doc.last_subject, doc.last_attribute, doc.last_sentence = subject, attribute, si
        prev, prev_unit = q, unit
    return out


def _rank_claims(doc: _Doc) -> list[Claim]:
    """Return "largest trading partner", "world's largest producer" and "took second place" claims."""
    text = doc.ctx.text
    out: list[Claim] = []
    low = text.lower()
    ranked = any(
        w in low for w in ("largest", "biggest", "top ", "number one", "number-one", "no. 1", "крупнейш")
    )
    rank_rx = _RANK_RU if doc.ctx.doc.language == "ru" else _RANK_EN
    for m in rank_rx.finditer(text) if ranked else []:
        sent = doc.sentences[_sentence_of(doc, m.start())]
        ordinal = (m.group("ord") or "").lower()
        rank = next((v for k, v in _ORDINALS.items() if ordinal.startswith(k)), 1) if ordinal else 1
        what = m.group("what").lower()
        attribute = ("trade_rank" if re.search(r"partner|партн", what) else
                     "production" if re.search(r"produc|производ", what) else "other")  # fmt: skip
        ms = doc.mentions(*sent)
        owner = next(
            (
                x
                for x in ms
                if x.end <= m.start() and re.fullmatch(r"['’]s\s+(?:the\s+)?", text[x.end : m.start()])
            ),
            None,
        )
        if owner is None:  # "партнером Казахстана", "partner of Kazakhstan"
            owner = next(
                (
                    x
                    for x in ms
                    if x.start >= m.end()
                    and re.fullmatch(r"\s*(?:of\s+|for\s+)?(?:the\s+)?", text[m.end() : x.start])
                ),
                None,
            )
        world = re.search(
            r"(?:world|global|мир)\w*['’]?s?\s+(?:the\s+)?$", text[max(0, m.start() - 12) : m.start()], re.I
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
        out.append(Claim(subject.entity_id if subject else None, attribute, float(rank), "rank", obj,
                         _as_of(doc, m.start(), sent), None, _evidence(text, sent)))  # fmt: skip
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
        sent = doc.sentences[_sentence_of(doc, m.start())]
        clause = _clause(doc, sent, m.start())
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
                             _as_of(doc, m.start(), sent), None, _evidence(text, sent)))  # fmt: skip
    return out


def _event_claims(doc: _Doc) -> list[Claim]:
    """Return start/completion years of works and institutions, and counted visits."""
    text = doc.ctx.text
    out: list[Claim] = []
    for y in (
        m
        for m in (
            _DATE_YEAR.match(text, max(0, x.start() - 40), x.end()) for x in doc.spans(_YEAR, (0, len(text)))
        )
        if m
    ):
        sent = doc.sentences[_sentence_of(doc, y.start("p"))]
        clause = _clause(doc, sent, y.start("p"))
        triggers = list(_DATE_TRIGGER.finditer(text, max(clause[0], y.start("p") - 80), y.start("p")))
        if not triggers:
            continue
        t = triggers[-1]
        if _YEAR.search(text, t.end(), y.start("y")) or (
            t.group("s") and y.group("p").lower() in {"до", "by"}
        ):
            continue  # another year is nearer the trigger, or "until 2022" after a start
        attribute = "date_start" if t.group("s") else "date_complete"
        named = [x for x in doc.mentions(sent[0], t.start(), actors=False)
                 if (e := doc.entity(x)) and e.kind in {"project", "organization", "company"}]  # fmt: skip
        if not named:
            works = [x for x in doc.ctx.mentions if (e := doc.entity(x)) and e.kind == "project"]
            named = [x for x in works if x.end <= sent[0]][-1:] or works[:1]
        if not named:
            continue
        subject = named[-1].entity_id
        qualifier = "target" if _TARGET.search(text, sent[0], sent[1]) else None
        out.append(
            Claim(
                subject, attribute, float(y.group("y")), "year", None, None, qualifier, _evidence(text, sent)
            )
        )
    visits = any(w in text for w in ("twice", "times", "дважды", "трижды"))
    for m in _VISITS.finditer(text) if visits else []:
        sent = doc.sentences[_sentence_of(doc, m.start())]
        n = _VISIT_N[(m.group("n") or m.group("n2") or m.group("n3")).lower()]
        ms = doc.mentions(sent[0], sent[1], actors=False)
        before = [x for x in ms if x.end <= m.start()]
        after = [x for x in ms if x.start >= m.start() and doc.is_actor(x)]
        out.append(Claim(before[-1].entity_id if before else None, "count", float(n), "visits",
                         after[0].entity_id if after else None, _as_of(doc, m.start(), sent), None, _evidence(text, sent)))  # fmt: skip
    return out


def _is_body(text: str, ev: Evidence) -> bool:
    """Return True when the evidence reads as a body sentence, not a headline (it ends with punctuation)."""
    return bool(re.search(r"[.!?…\"”»)]$", ev.text)) and len(ev.text.split()) >= 5


MAX_UNIT_WORDS = 4


def extract_claims(ctx: ReadContext) -> list[Claim]:
    """Extract the quantitative and ranking claims of a read document, one per distinct figure.

    Figures come from `find_quantities`; each becomes a claim with its attribute, normalised value and unit,
    subject and object entity ids (from `ctx.mentions`), `as_of` year and qualifier, and the sentence as
    evidence. The same value and unit stated twice (a headline and the body, a quote) is kept once, from a
    body sentence where there is one. Counts of list sizes ("five countries"), periods ("the first 11 months")
    and frequencies ("three times a week") are not claims.
    """
    if not ctx.text.strip():
        return []
    doc = _new_doc(ctx)
    claims = [*_figure_claims(doc), *_rank_claims(doc), *_event_claims(doc)]
    claims.sort(key=lambda c: (not _is_body(ctx.text, c.evidence), c.evidence.start))
    seen: set[tuple[object, ...]] = set()
    out: list[Claim] = []
    for c in claims:
        key: tuple[object, ...] = (round(c.value, 6), c.unit)
        if c.unit in {"rank", "visits"}:
            key = (*key, c.subject, c.object)
        if key in seen or len(c.unit.split()) > MAX_UNIT_WORDS:  # a sentence is no unit
            continue
        seen.add(key)
        out.append(c)
    if (
        len(out) > MAX_CLAIMS
    ):  # keep the most telling: money, trade, ranks and works before counts and periods
        minor = [c for c in out if c.attribute in {"duration", "count", "other"} and c.unit != "rank"]
        drop = {id(c) for c in minor[max(0, len(minor) - (len(out) - MAX_CLAIMS)) :]}
        out = [c for c in out if id(c) not in drop][:MAX_CLAIMS]
    out.sort(key=lambda c: c.evidence.start)
    return out
