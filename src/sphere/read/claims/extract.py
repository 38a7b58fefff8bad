"""Turn the figures and rankings of an article into claims tied to the entity they are about.

`extract_claims(ctx)` reads the quantities `sphere.read.claims.quantities` finds, rank statements ("China is
Kazakhstan's largest trading partner", "took second place"), start and completion years and counted visits.
For each it decides, with syntax-free rules over the sentence and the linked mentions, the attribute (from
the nearest context word), the qualifier (hedges before the figure, plan words in the sentence), `as_of` (the
nearest year or "last year"/"this year" resolved against the published date), the subject and the object.
Trade figures take the great power as subject and the Central Asian side as object; figures about works
(lengths, costs, capacities) take the project named in or before the sentence. The evidence is the sentence.
Figures are read in `sphere.read.claims.figures`; this module reads rank statements, start and completion
years and visits, and keeps one claim per distinct figure.
"""

from __future__ import annotations

import re

from sphere.read.claims.context import (
    TARGET,
    YEAR,
    ClaimDoc,
    as_of,
    clause_of,
    compile_ci,
    compile_words,
    evidence_of,
    new_claim_doc,
    sentence_of,
)
from sphere.read.claims.figures import figure_claims
from sphere.read.claims.ranks import rank_claims
from sphere.read.claims.works import UNLINKED, WORK_NOUN, add_project, name_works, work_for
from sphere.read.entities.gazetteer import load_gazetteer
from sphere.read.types import Claim, Evidence, ReadContext

__all__ = ["MAX_CLAIMS", "extract_claims"]

MAX_CLAIMS = 12

_VISITS = compile_words(
    r"\b(?:visited|travell?ed|went|came|flew)\s+(?:to\s+)?(?:\w+\s+)?(?P<n>twice|three times|four times)|"
    r"\b(?P<n2>twice|three times)\s+(?:visited|travell?ed)|(?P<n3>дважды|трижды)\s+посетил\w*"
)
_VISIT_N = {"twice": 2, "three times": 3, "four times": 4, "дважды": 2, "трижды": 3}
_DATE_TRIGGER = compile_words(
    r"(?P<s>establish\w*|founded|set up|launch\w*|"
    # a presence dated by its start: "troops have been based there since 2016" (read only after "since")
    r"(?P<pres>ha(?:s|ve|d)\s+been\s+(?:based|stationed|deployed|present|operating)\b)|\bopen(?:ed|ing)\b|inaugurat\w*|"
    r"(?:began|started|begin|start) (?:operations?|construction|production)|"
    r"(?:construction|building|works?|operations?|production)\s+(?:(?:of|on)\s+[^,.;]{1,50}?\s+)?(?:began|started|"
    r"commenced|(?:was|were|has been)\s+(?:launched|started|begun))\b|"
    r"produce its first|first (?:production|output)|открыт\w*|основан\w*|создан\w*|запущен\w*|"
    r"начал\w* строительств\w*|начат\w*\s+строительств\w*|строительств\w*\s+(?:\S+\s+){0,4}?начал\w*|начал(?:ся|ась|ось|ись)\b|стартова\w*|стартует|"
    r"gegründet|eröffnet|gestartet|"
    r"başla(?:dı|yan|yacak|tıl)\w*|açıl(?:dı|an|acak)\w*|kurul(?:du|an)\w*|басталды|ашылды)|"
    # completion and commissioning: the works are finished and put to use
    r"(?P<c>complet\w*|finish\w*|be ready|be operational|commissioned|(?:came|went|put) into (?:operation|service)|"
    r"завершен\w*|заверш\w*|сдан\w*|введ\w+ в эксплуатацию|fertiggestellt|in Betrieb genommen|tamamlan\w*|"
    r"hizmete (?:girdi|açıldı|alındı)|işletmeye (?:alındı|açıldı)|аяқтал\w*|іске қосыл\w*|пайдалануға беріл\w*)"
)
_DATE_YEAR = compile_ci(r"(?P<p>\b(?:in|on|by|since|from|в|к|до|с|im|seit))\s+(?:(?:early|late|mid|the end of|end of|начале|конце)\s+)?"
                 r"(?:(?:at least|as early as|как минимум|mindestens)\s+)?(?:[A-Za-zА-Яа-яё]+\s+)?(?:\d{1,2},?\s+)?(?P<y>19[5-9]\d|20\d\d)$")  # fmt: skip
# a year that opens its clause and the start or completion it dates after it ("In 2019, construction began",
# "уже в 2024 году ... стартует", "2019'da başladı"): the trigger follows within the clause
_YEAR_SUFFIX = compile_ci(r"['’](?:da|de|ta|te)\b|[ \u00a0](?:yılında|жылы)\b")
_OF_WORK = compile_ci(
    r"\s+(?:(?:the|of|its|their)\s+|(?:construction|building|operation|work|works)\s+|строительств\w*\s+)*"
)


def _event_claims(doc: ClaimDoc) -> list[Claim]:
    """Return start/completion years of works and institutions, and counted visits."""
    text = doc.ctx.text
    out: list[Claim] = []
    for x in doc.spans(YEAR, (0, len(text))):
        y = _DATE_YEAR.search(text, max(0, x.start() - 40), x.end())
        at = y.start("p") if y else x.start()
        sent = doc.sentences[sentence_of(doc, at)]
        clause = clause_of(doc, sent, at)
        triggers = list(_DATE_TRIGGER.finditer(text, max(clause[0], at - 80), at)) if y else []
        if triggers:
            t = triggers[-1]
            if YEAR.search(text, t.end(), x.start()) or (
                t.group("s") and y and y.group("p").lower() in {"до", "by"}
            ):
                continue  # another year is nearer the trigger, or "until 2022" after a start
            if t.group("pres") and y and y.group("p").lower() != "since":
                continue  # "has been based there in 2016" dates no start
        else:  # "In 2019, construction began", "уже в 2024 году ... стартует", "2019'da başladı"
            if not y and not _YEAR_SUFFIX.match(text, x.end()):
                continue
            later = _DATE_TRIGGER.search(text, x.end(), min(clause[1], x.end() + 80))
            if later is None:
                continue
            t = later
            if YEAR.search(text, x.end(), t.start()) or (y and y.group("p").lower() in {"до", "by", "к"}):
                continue
        attribute = "date_start" if t.group("s") else "date_complete"
        kinds = {"project", "organization", "company"}
        named = [w for w in doc.mentions(sent[0], t.end(), actors=False)
                 if (e := doc.entity(w)) and e.kind in kinds]  # fmt: skip
        built = [w for w in doc.mentions(t.end(), min(sent[1], t.end() + 60), actors=False)
                 if (e := doc.entity(w)) and e.kind == "project"
                 and _OF_WORK.fullmatch(text, t.end(), w.start)]  # fmt: skip
        if built:  # "launched the construction of the Qosh Tepa canal": the work built, not who built it
            named = built[:1]
        sure = 0.8
        if t.group("pres"):  # "Chinese troops have been based there since 2016": who is present, named before
            named = [w for w in doc.mentions(clause[0], t.start()) if doc.is_actor(w)][-1:]
            sure = 0.6
        elif not named and min(t.start(), at) - sent[0] < 25:
            # "Founded in 2015, Cove Capital invests ...", "С момента открытия в 2009 году по газопроводу ...": named after
            named = [w for w in doc.mentions(max(t.end(), x.end()), sent[1], actors=False)
                     if (e := doc.entity(w)) and e.kind in kinds][:1]  # fmt: skip
        subject = named[-1].entity_id if named else None
        if subject is None:  # "a mine that is expected to produce its first gold in 2020": the works noun's
            nouns = [
                n for n in doc.spans(WORK_NOUN, (sent[0], t.start())) if not n.group(0).lower().endswith("s")
            ]
            found = work_for(doc, nouns[-1]) if nouns else None
            if found is not None and found[0] != UNLINKED:
                subject, sure = found[0], min(found[1], 0.6)
        if subject is None:  # "cooperation between Turkey and Kazakhstan began in 1993": the first state
            # named, a guess kept below the ledger's `claim_min_confidence` (shown, not counted)
            states = [w for w in doc.mentions(*clause) if (e := doc.entity(w)) and e.kind == "country"]
            if not states:
                continue  # "64 projects launched in 2024": no one work
            subject, sure = states[0].entity_id, 0.35
        qualifier = "target" if TARGET.search(text, sent[0], sent[1]) else None
        out.append(
            Claim(
                subject,
                attribute,
                float(x.group(0)),
                "year",
                None,
                None,
                qualifier,
                evidence_of(text, sent),
                sure,
            )
        )
    visits = any(w in text for w in ("twice", "times", "дважды", "трижды"))
    for m in _VISITS.finditer(text) if visits else []:
        sent = doc.sentences[sentence_of(doc, m.start())]
        n = _VISIT_N[(m.group("n") or m.group("n2") or m.group("n3")).lower()]
        ms = doc.mentions(sent[0], sent[1], actors=False)
        before = [x for x in ms if x.end <= m.start()]
        after = [x for x in ms if x.start >= m.start() and doc.is_actor(x)]
        out.append(Claim(before[-1].entity_id if before else None, "count", float(n), "visits",
                         after[0].entity_id if after else None, as_of(doc, m.start(), sent), None, evidence_of(text, sent),
                         0.75 if before else 0.0))  # fmt: skip
    return out


def _known(doc: ClaimDoc, claim: Claim) -> Claim:
    """Return the claim with a new name replaced by the knowledge-base entity of the same name: a work the
    entity stage read as new ("China — Kyrgyzstan — Uzbekistan railway", spaced dashes) that the claims linked
    to its known project elsewhere in the document."""
    for field in ("subject", "object"):
        eid = getattr(claim, field)
        if eid and eid.startswith("new:") and (known := eid[4:]) in doc.ctx.entities:
            setattr(claim, field, known)
        elif (
            eid
            and eid.startswith(("new:project:", "new:company:", "new:organization:"))
            and (known_work := _known_work(doc, eid))
        ):
            setattr(claim, field, known_work)
    return claim


_WORK_TAIL = compile_ci(
    r"(?:(?:hydro[\s-]?(?:power|electric)|power|wind|solar|gas|oil|nuclear|thermal)\s+)*(?:plant|station|project|"
    r"railway|railroad|pipeline|dam|HPP|NPP|TPP|CHP|highway|road|port|mine|field)s?"
)
_FIRM_TAIL = compile_ci(r"(?:Group|Company|Corporation|Corp\.?|Holding|JSC|PLC|Ltd\.?|LLP|Co\.)")


def _known_work(doc: ClaimDoc, eid: str) -> str | None:
    """Return the known project a new work's name starts with ("Kambarata-1 Hydro Power Plant" is the
    knowledge base's "Kambarata-1"), or the known firm a new firm's name starts with ("Kazatomprom Group"): the
    rest of the name is only the kind of work or firm; None when not one entity."""
    e = doc.ctx.entities.get(eid)
    if e is None or not e.mentions:
        return None
    words = e.name.split()
    gaz = load_gazetteer()
    tail, kinds = (_WORK_TAIL, ("project:",)) if e.kind == "project" else (_FIRM_TAIL, ("company:", "org:"))
    for k in range(len(words) - 1, 0, -1):
        if not tail.fullmatch(" ".join(words[k:])):
            continue
        ids = {a.entity_id for a in gaz.lookup(" ".join(words[:k])) if a.entity_id.startswith(kinds)}
        if len(ids) == 1:
            m = e.mentions[0]
            return add_project(doc, ids.pop(), (m.start, m.end))
    return None


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
    doc = new_claim_doc(ctx)
    name_works(doc)
    claims = [_known(doc, c) for c in (*figure_claims(doc), *rank_claims(doc), *_event_claims(doc))]
    claims.sort(key=lambda c: (not _is_body(ctx.text, c.evidence), c.evidence.start))
    seen: dict[tuple[object, ...], tuple[int, set[str | None]]] = {}
    out: list[Claim] = []
    for c in claims:
        key: tuple[object, ...] = (round(c.value, 6), c.unit)
        if c.unit in {"rank", "visits", "times"}:
            key = (*key, c.subject, c.object)
        kept = seen.get(key)
        # the same figure again is one claim; in its own sentence it may be given to each of several parties
        again = kept is not None and (kept[0] != c.evidence.start or c.subject in kept[1])
        if again or len(c.unit.split()) > MAX_UNIT_WORDS:  # a sentence is no unit
            continue
        seen.setdefault(key, (c.evidence.start, set()))[1].add(c.subject)
        out.append(c)
    if (
        len(out) > MAX_CLAIMS
    ):  # keep the most telling: money, trade, ranks and works before counts and periods
        minor = [c for c in out if c.attribute in {"duration", "count", "other"} and c.unit != "rank"]
        drop = {id(c) for c in minor[max(0, len(minor) - (len(out) - MAX_CLAIMS)) :]}
        out = [c for c in out if id(c) not in drop][:MAX_CLAIMS]
    out.sort(key=lambda c: c.evidence.start)
    return out
