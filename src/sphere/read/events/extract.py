"""Extract PLOVER events (who did what to whom, where and when) from a read document.

`extract_events(ctx)` scans each sentence for the triggers of `sphere.read.events.lexicon` (English, Russian,
German, Kazakh) and reads it with the learned classifier of `sphere.read.events.model` (every language: a
sentence the rows miss becomes an event when the classifier is sure of its type and salience), decides the
PLOVER status of each mention, reads its participants from the linked mentions around the trigger
(`sphere.read.events.parties`; in Turkish and Uzbek by their case endings) and merges mentions of one event. Participants are states, organisations, companies and collective regions
("Central Asia", only where none of its states is named); a person stands for the state or body they serve
(knowledge-base offices), except as the actor of a personal verbal act (praise, criticism, a request); media
cited as sources and mentions in background clauses ("Since X invaded Y, ...") never take part. Symmetric
events (summits, treaties) take every participant as an actor; directed ones take the grammatical subject side
as actors and the rest as recipients. "He"/"his", group subjects ("the sides", "the two countries") and
definite references ("the summit") borrow participants from earlier sentences. The place is a known place
near the trigger; the date the nearest date expression, resolved against the publication date (so never the
publication date itself unless the text says "today", "this year" or the like). The evidence is the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from sphere.read.events.lexicon import (
    CUES,
    TRIGGERS,
    Trigger,
    clause_before,
    date_expressions,
    event_date,
    find_triggers,
    mention_status,
    trigger_starts,
)
from sphere.read.events.merge import Candidate, merge
from sphere.read.events.model import Prediction, anchor, classify, load_model, mask_mentions
from sphere.read.events.parties import (
    PERSON_IDS,
    Party,
    Resolver,
    collective,
    dedup,
    place_near,
)
from sphere.read.types import Event, Evidence, Mention, ReadContext

__all__ = ["MAX_EVENTS", "extract_events"]

MAX_EVENTS = 8
MAX_SALIENT = 6  # the guideline's "1-6 most salient events": more are cut by the classifier's salience
# learned events: a sentence no trigger row matches becomes an event when the classifier is this sure of its
# type and of its salience; a trigger row's mention is dropped when the classifier finds its sentence this
# unlikely to report a salient event. Chosen on dev (training/events/evalset.py NAME=VALUE) with the tables
# (RULES=1) and alone (RULES=0); re-chosen on the model with concept features and 2,296 sentences (C 0.5/0.1):
# type 0.35/0.45/0.55/0.65 x salience 0.2/0.3/0.4/0.5 gave dev 0.732/0.735/0.706/0.712,
# 0.772/0.772/0.743/0.715, 0.724/0.724/0.724/0.710, 0.714/0.714/0.714/0.699 with the tables (0.436/0.399/
# 0.359/0.302 alone at type 0.45): 0.45 and 0.3 (ties 0.2) stay. Any rule drop above 0 cost more recall than
# it gained precision.
LEARNED_TYPE_P = 0.45
LEARNED_SALIENT_P = 0.3
# ablation switches (1 on, 0 off; training/events/evalset.py NAME=0 measures what each brings)
RULES = 1.0  # the trigger tables (0: the classifier alone, a stand-in for wording the tables never saw)
GROUP_SETS = 1.0  # "the three countries", "they": the set named together before, or the last event's actors
LIST_GOVERNED = 1.0  # "in A, B and C": later items of a list share the first one's preposition
RULE_DROP_P = 0.0  # measured: dropping rule mentions cost dev recall more than it gained precision
LEARNED_ALL_LANGUAGES = 1.0  # the classifier in every language (0: English and Russian only, as before)
_PERSONAL = frozenset({"SUPPORT", "REQUEST", "ACCUSE", "REJECT"})
_SYMMETRIC = frozenset({"AGREE"})
_DEFAULT_MODE = {"AID": "economic", "ACCUSE": "disapprove", "COERCE": "arrest"}
_NEVER = re.compile(r"(?!)")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "две": 2, "три": 3, "четыре": 4,
            "пять": 5, "шесть": 6}  # fmt: skip
_COUNTED_GROUP = re.compile(
    r"\b(two|three|four|five|six|seven|\d|две|три|четыре|пять|шесть)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:countries|states|nations|sides|leaders|presidents|republics|governments|neighbou?rs|стран|государств|республик)",
    re.IGNORECASE,
)
_ROLE_OF = re.compile(
    r"\b(?:leaders?|presidents?|heads?(?:\s+of\s+state)?|(?:prime\s+|foreign\s+|defen[cs]e\s+)?ministers?|"
    r"delegations?|representatives?|envoys?|governments?|officials?|premiers?|главы|лидеры|президенты|министры|"
    r"делегации|представители)\s+(?:of|из)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_NEXT = re.compile(r"(?:,|\s(?:and|и))\s+$", re.IGNORECASE)  # "A, B and C": a later item of a list
_GROUP_SUBJECT = re.compile(
    r"^\W*(?:[\w-]+\s+){0,4}?(?:they|они|(?:the|all|these|those|both)\s+(?:two|three|four|five|six|seven|\d)?\s*"
    r"(?:countries|states|nations|sides|leaders|presidents|republics|governments|neighbou?rs))\b",
    re.IGNORECASE,
)
_THEY = re.compile(r"^\W*(?:they|они)\b", re.IGNORECASE)
# the case endings of the one who receives in Turkish and Uzbek, whose verb comes last: the accusative, dative
# and comitative ("Erdoğan, Mirziyoyev'i karşıladı": Erdoğan welcomed Mirziyoyev; "Xitoyga" to China; "Si
# Szinpin bilan" with Xi Jinping); an unmarked name is the subject. Genitive, locative and ablative endings
# ("Türkiye'nin", "Ankara'da") mark neither.
_OBJECT_CASES = {
    "tr": re.compile(r"(?:y|n)?[ıiuüae]|y?l[ae]", re.IGNORECASE),
    "uz": re.compile(r"ni|ga|ka|qa|ни|га|ка|қа", re.IGNORECASE),
}
_ENDING = re.compile(r"^['’‘ʻ]?([^\W\d_]*)")
_WITH_AFTER = re.compile(r"^['’‘ʻ]?[^\W\d_]*\s+(?:ile|bilan|билан)(?![^\W\d_])", re.IGNORECASE)
_COMPOUND_GAP = re.compile(r"^\s+(?:[^\W\d_]+\s+){0,3}$")  # "Özbekistan Cumhurbaşkanı Mirziyoyev"
# group subjects in the languages without cue tables (Turkish, Polish, Uzbek, Chinese): "the two countries",
# "the sides", "the leaders" stand for the states named together before (as `_GROUP_SUBJECT` in English)
_GROUP_WORDS = re.compile(
    r"(?<![^\W_])(?:iki\s+(?:ülke|lider|cumhurbaşkan|taraf)\w*|taraflar\w*|liderler\w*|obie\s+strony|"
    r"oba\s+(?:kraje|państwa)|obaj\s+(?:prezydenci|przywódcy)|strony\s+(?:uzgodni|podpisa|omówi)\w*|"
    r"ikki\s+(?:davlat|mamlakat|tomon|yetakchi)\w*|tomonlar\w*|yetakchilar\w*|"
    r"икки\s+(?:давлат|мамлакат|томон|етакчи)\w*|томонлар\w*|етакчилар\w*)|双方|两国",
    re.IGNORECASE,
)
_PARTY_KINDS = {"country": "country", "organization": "organization", "company": "company", "person": "person",
                "place": "place", "project": "project", "other": "other"}  # fmt: skip
_LOCAL_TYPES = frozenset({"COERCE", "PROTEST", "ASSAULT", "MOBILIZE"})  # often done by unnamed people
_PROJECT_TYPES = frozenset({"COOPERATE", "AGREE", "AID"})
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_DATELINE = re.compile(
    r"^\s*(?:[A-ZА-ЯЁ]{3,}[A-ZА-ЯЁ .'-]*)(?:,[^.—–\n]{0,60})?\s*(?:\([^)]{1,20}\)\s*)?[—–-]+\s"
)
_AUXILIARY = re.compile(r"(?:was|were|been|has\s+been|have\s+been)\s", re.IGNORECASE)
_REPORTS_AFTER = re.compile(r"^\W*(?:reports?|reported|writes|сообщает|пишет)\b", re.IGNORECASE)
_CLAUSE_ONSET = re.compile(
    r"^\s*(?:that|he|she|it|they|there|the|a|an|this|these|[\"“«]|что)\b", re.IGNORECASE
)
_SAID_AFTER = re.compile(
    r"^\W*(?:(?:has|have|had)\s+)?(?:said|says|told|stated|added|noted|reported|заявил\w*|сообщил\w*)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Hit:
    """One trigger match in one sentence, with what is known around it."""

    n: int
    sent: str
    s0: int
    ts: int
    te: int
    trig: Trigger
    status: str
    parties: list[Party]
    mentions: list[Mention]


class _Extractor:
    """Walk the sentences of one document and collect event candidates."""

    def __init__(self, ctx: ReadContext, include_unasserted: bool) -> None:
        lang = (ctx.doc.language or "").lower()[:2]
        self.doc_lang = lang or None  # the classifier reads every language (cross-lingual concept features)
        if lang not in TRIGGERS:
            lang = "ru" if len(_CYRILLIC.findall(ctx.text[:2000])) > 200 else "en"
        self.ctx, self.lang, self.cues = ctx, lang, CUES[lang]
        self.ref = ctx.doc.published_date()
        self.resolver = Resolver(ctx, self.ref)
        self.include_unasserted = include_unasserted
        self.candidates: list[Candidate] = []
        self.last_person: str | None = None
        self.last_parties: list[str] = []
        self.seen_states: list[str] = []  # the states named so far, most recent last
        self.sentence_states: list[list[str]] = []  # the states of the last sentences naming two or more
        self.dates: dict[int, list[tuple[int, int, str | None]]] = {}  # sentence no -> its date expressions
        folded = ctx.folded  # where triggers may start, found in one pass over the document
        self.starts = trigger_starts(folded, lang) if folded else None
        self.learned = LEARNED_ALL_LANGUAGES or lang in ("en", "ru")
        self.learned = self.learned and len(load_model().labels) > 1
        self.pred: Prediction | None = None

    def run(self) -> list[Candidate]:
        """Return the event candidates of the document in text order."""
        ments, i = self.ctx.mentions, 0
        for n, (s0, e0) in enumerate(self.ctx.sentences):
            while i < len(ments) and ments[i].start < s0:
                i += 1
            j = i
            while j < len(ments) and ments[j].start < e0:
                j += 1
            parties = [p for p in map(self.resolver.party, ments[i:j]) if p]
            starts = None
            if self.starts is not None:
                found = self.starts[bisect_left(self.starts, s0) : bisect_left(self.starts, e0)]
                starts = [p - s0 for p in found]
            sent = self.ctx.text[s0:e0]
            # only a sentence naming a participant, or a group subject ("they", "the three countries") that
            # stands for participants named before, can give a learned event (it needs an actor)
            grouped = (
                GROUP_SETS
                and not parties
                and self.sentence_states
                and (_GROUP_SUBJECT.match(sent) or _GROUP_WORDS.search(sent))
            )
            self.pred = (
                self._classify(n, sent, s0, ments[i:j]) if self.learned and (parties or grouped) else None
            )
            if starts is None or starts or self.pred is not None:  # else no trigger can start in the sentence
                self._sentence(n, sent, s0, ments[i:j], parties, starts)
            persons = [p.written_id for p in parties if p.is_person and p.written_id in self.resolver.kb]
            self.last_person = persons[-1] if persons else self.last_person
            states = dedup([p.entity_id for p in parties if not p.entity_id.startswith(PERSON_IDS)])
            self.last_parties = states or self.last_parties
            countries = [p for p in states if p.startswith("country:")]
            if len(countries) >= 2:
                self.sentence_states = [*self.sentence_states[-5:], countries]
            for p in parties:
                if p.entity_id.startswith("country:"):
                    if p.entity_id in self.seen_states:
                        self.seen_states.remove(p.entity_id)
                    self.seen_states.append(p.entity_id)
        return self.candidates

    def _classify(self, n: int, sent: str, s0: int, mentions: list[Mention]) -> Prediction:
        """Return the classifier's reading of a sentence, its entity mentions masked by kind."""
        spans = []
        for m in mentions:
            ent = self.ctx.entities.get(m.entity_id)
            if ent is not None and m.end - s0 <= len(sent):
                spans.append((m.start - s0, m.end - s0, _PARTY_KINDS.get(ent.kind, "other")))
        return classify(mask_mentions(sent, spans), n, self.doc_lang)

    def _group(self, phrase: str, n_sent: int | None = None) -> list[str]:
        """Return who a group reference stands for: "the five states" -> the five states an earlier sentence
        named together (else the last five named); "they", "the countries" -> the participants of the event
        reported in the sentence before, else the states of the last sentence that named any."""
        m = _COUNTED_GROUP.search(phrase)
        if m:
            word = m.group(1).lower()
            n = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
            if GROUP_SETS:
                for states in reversed(self.sentence_states):
                    if len(states) == n:
                        return list(states)
            if 2 <= n <= len(self.seen_states):
                return self.seen_states[-n:]
        if GROUP_SETS and n_sent is not None and self.candidates:
            last = self.candidates[-1]
            own = [p for p in last.actors if not p.startswith(PERSON_IDS)]
            if 1 <= n_sent - last.sentence_no <= 2 and len(own) >= 2:
                return own
        return list(self.last_parties)

    def _learned_hit(self, sent: str) -> list[tuple[int, int, Trigger]]:
        """Return a trigger for a sentence the rows missed but the classifier finds to report a salient event."""
        pred = self.pred
        if (
            pred is None
            or pred.type is None
            or pred.p_type < LEARNED_TYPE_P
            or pred.p_salient < LEARNED_SALIENT_P
        ):
            return []
        span = anchor(sent, pred.type, self.doc_lang)
        if span is None:
            return []
        trig = Trigger(
            type=pred.type,
            mode=_DEFAULT_MODE.get(pred.type),
            pattern=_NEVER,
            symmetric=pred.type in _SYMMETRIC,
            personal=pred.type in _PERSONAL,
            needs_actor=True,  # a learned event names who acted
        )
        return [(span[0], span[1], trig)]

    def _sentence(
        self,
        n: int,
        sent: str,
        s0: int,
        mentions: list[Mention],
        parties: list[Party],
        starts: list[int] | None = None,
    ) -> None:
        hits = find_triggers(sent, self.lang, starts) if RULES and (starts is None or starts) else []
        pred = self.pred
        if pred is not None and hits and pred.p_salient < RULE_DROP_P:
            hits = [h for h in hits if pred.scores.get(h[2].type, 0.0) >= 0.5]
        if not hits:
            hits = self._learned_hit(sent)
        if not hits:
            return
        cues = self.cues
        background = [
            (m.start(), max(m.end(), sent.find(",", m.end()))) for m in cues.background.finditer(sent)
        ]
        if dateline := _DATELINE.match(sent):  # "HANOI, Vietnam (AP) — ..."
            background.append((0, dateline.end()))

        def usable(p: Party) -> bool:
            pos = p.start - s0
            if any(a <= pos < b for a, b in background) or _REPORTS_AFTER.match(
                sent[p.end - s0 : p.end - s0 + 20]
            ):
                return False
            return not cues.attribution.search(sent[max(0, pos - 30) : pos])

        parties = [p for p in parties if usable(p)]
        for p in parties:
            said = _SAID_AFTER.match(sent[p.end - s0 : p.end - s0 + 40])
            p.speaker = bool(said)
            p.reporter = bool(said and _CLAUSE_ONSET.match(sent[p.end - s0 + said.end() :]))
        for k, (ts, te, trig) in enumerate(hits):
            if trig.type == "SUPPORT" and cues.hosting_object.match(sent[te:]):
                continue  # "welcomed the leaders": hosting, not praise
            status = mention_status(sent, ts, te, trig, cues)
            if status is None:
                continue
            lo = hits[k - 1][1] if k else 0
            hi = hits[k + 1][0] if k + 1 < len(hits) else len(sent)
            scoped = [p for p in parties if lo <= p.start - s0 < hi] or parties
            for cand in self._candidates(_Hit(n, sent, s0, ts, te, trig, status, scoped, mentions)):
                cand.salience = pred.p_salient if pred is not None else 1.0
                past = bool(cand.date and self.ref and cand.date <= self.ref.isoformat()[: len(cand.date)])
                if cand.status == "future" and past:  # "will be held on May 18" in a May 19 report
                    cand.status = "asserted"
                if cand.status == "asserted" or self.include_unasserted:
                    self.candidates.append(cand)

    def _subjects(self, h: _Hit, side: list[Party], rx: re.Pattern[str]) -> list[Party]:
        """Drop mentions governed by a preposition ("President of Kazakhstan", "in China") from would-be actors.

        A parenthesised short form ("... Development (EBRD)") or a hyphenated partner shares the status of
        the name before it.
        """
        keep: list[Party] = []
        governed = False
        for p in side:
            head = h.sent[max(0, p.start - h.s0 - 14) : p.start - h.s0]
            if _ROLE_OF.search(h.sent[max(0, p.start - h.s0 - 40) : p.start - h.s0]):
                governed = False  # "the foreign ministers of A, B and C met": they act for their states
            elif LIST_GOVERNED and _LIST_NEXT.search(head) and keep is not side:
                pass  # "in A, B and C": the list shares the status of its first item
            elif not head.endswith(("(", "-", "–", "—")):  # "(EBRD)", "China-Kyrgyzstan-Uzbekistan"
                governed = bool(rx.search(head))
            if not governed:
                keep.append(p)
        return keep

    def _speaker(self, h: _Hit, side: list[Party]) -> Party | None:
        """Return the person (else the body) nearest a speech verb ("..., Tokayev said"), or None."""
        m = self.cues.speech.search(h.sent)
        if not m or not side:
            return None
        return min([p for p in side if p.is_person] or side, key=lambda p: abs(p.start - h.s0 - m.start()))

    def _case_roles(self, h: _Hit) -> tuple[list[Party], list[Party]] | None:
        """Split the participants of a Turkish or Uzbek sentence by their case endings: unmarked names act,
        names in the accusative, dative or comitative receive (None unless the sentence has both). A name
        followed by a title and another name ("Özbekistan Cumhurbaşkanı Mirziyoyev'i") shares that name's case."""
        rx = _OBJECT_CASES[str(self.doc_lang)]
        status: list[str] = []  # per party: "plain", "object" or "other"
        for p in h.parties:
            tail = h.sent[p.end - h.s0 : p.end - h.s0 + 24]
            ending = m.group(1) if (m := _ENDING.match(tail)) else ""
            if _WITH_AFTER.match(tail) or (ending and rx.fullmatch(ending)):
                status.append("object")
            else:
                status.append("other" if ending else "plain")
        for i in range(len(h.parties) - 2, -1, -1):  # a compound takes the case of its last name
            gap = h.sent[h.parties[i].end - h.s0 : h.parties[i + 1].start - h.s0]
            if status[i] == "plain" and _COMPOUND_GAP.match(gap):
                status[i] = status[i + 1]
        plain = [p for p, st in zip(h.parties, status, strict=True) if st == "plain"]
        marked = [p for p, st in zip(h.parties, status, strict=True) if st == "object"]
        return (plain, marked) if plain and marked else None

    def _roles(self, h: _Hit, symmetric: bool, agent_after: bool) -> tuple[list[str], list[str]]:
        """Return the actors and recipients a trigger's sentence names."""
        cues, trig, res = self.cues, h.trig, self.resolver

        def ids(side: list[Party]) -> list[str]:
            if trig.personal:
                return [p.written_id if p.is_person else p.entity_id for p in side]
            known = [p.entity_id for p in side if not p.entity_id.startswith(PERSON_IDS)]
            return known or [p.entity_id for p in side]

        before = [p for p in h.parties if p.start - h.s0 < h.ts]
        after = [p for p in h.parties if p.start - h.s0 >= h.te]
        if not trig.personal:  # "..., the Kyrgyz foreign ministry said": the source, not a party
            after = [p for p in after if not p.speaker] or after
            before = [p for p in before if not p.reporter]
        if cues.meeting_group.search(clause_before(h.sent, h.ts, 12)):  # "the sides agreed"
            meetings = [c for c in self.candidates if c.type == "CONSULT"]
            actors = (
                sorted(meetings[-1].parties) if meetings else self._group(clause_before(h.sent, h.ts, 12))
            )
            return actors, ([] if symmetric else ids(after))
        if symmetric:
            return ids(self._subjects(h, h.parties, cues.locative)), []
        case_split = self._case_roles(h) if self.doc_lang in _OBJECT_CASES else None
        if case_split is not None:  # the name in the accusative, dative or comitative receives
            act_p, rec_p = case_split
        elif agent_after:
            act_p, rec_p = after, before
        else:
            act_p, rec_p = self._subjects(h, before, cues.preposition), after
            act_p = act_p or ([] if trig.personal else before)
        if not act_p and rec_p and cues.possessive.search(h.sent[: h.ts]):  # "upon his arrival, X ..."
            act_p, rec_p = rec_p[:1], rec_p[1:]
        if trig.personal and not act_p and (speaker := self._speaker(h, rec_p)):
            act_p, rec_p = [speaker], [p for p in rec_p if p is not speaker and p.start < speaker.start]
        actors, recipients = ids(act_p), ids(rec_p)
        if not actors and (
            GROUP_SETS or not trig.personal
        ):  # "they signed", "the three countries called for"
            clause = clause_before(h.sent, h.ts, 12)
            grouped = _THEY.search(h.sent[: h.ts]) or (GROUP_SETS and _COUNTED_GROUP.search(clause))
            if grouped:
                actors = [a for a in self._group(grouped.group(), h.n) if a not in recipients]
        if not actors and self.last_person and cues.pronoun.search(h.sent[: h.ts]):
            rep = res.represented(self.last_person)
            actors = [self.last_person if trig.personal or not rep else rep]
        if trig.personal:  # the person speaks for themself: not also their state
            own = {res.represented(a) for a in actors if a.startswith(PERSON_IDS)}
            actors = [a for a in actors if a not in own]
            recipients = [r for r in recipients if r not in own]
        if trig.type == "CONSULT" and trig.nominal and not actors:
            actors, recipients = recipients, []
        return actors, recipients

    def _candidates(self, h: _Hit) -> list[Candidate]:
        cues, trig, res = self.cues, h.trig, self.resolver
        anaphoric = trig.type == "CONSULT" and bool(cues.definite.search(h.sent[: h.ts]))
        rest = h.sent[h.te :]
        passive = cues.passive.search(h.sent[: h.ts]) or _AUXILIARY.match(h.sent[h.ts : h.te])
        agent_after = trig.agent_after or bool(
            cues.by_agent.match(rest) or (passive and cues.passive_by.match(rest))
        )
        symmetric = trig.symmetric or (trig.type == "CONSULT" and bool(cues.between.match(h.sent[h.te :])))
        actors, recipients = self._roles(h, symmetric, agent_after)
        place = place_near(self.ctx, h.mentions, h.s0 + h.ts)
        if not (actors or recipients):
            clause = clause_before(h.sent, h.ts, 12)
            grouped = (
                cues.group.search(clause)
                or _THEY.search(h.sent[: h.ts])
                or (agent_after and cues.group.search(h.sent[h.te :]))
                or (GROUP_SETS and _GROUP_WORDS.search(h.sent))
            )
            if grouped and not anaphoric and not trig.personal:  # "the two countries signed"
                actors = self._group(grouped.group(), h.n)
            elif trig.type in _PROJECT_TYPES:
                actors = res.project_parties(h.mentions)
            elif trig.type in _LOCAL_TYPES and (host := res.host(place)):
                actors, recipients = ([host], []) if trig.type in ("COERCE", "MOBILIZE") else ([], [host])
        actors = collective(dedup(actors))
        recipients = [r for r in collective(dedup(recipients)) if r not in actors]
        if not (actors or recipients or anaphoric):
            return []
        if (trig.needs_actor and not actors) or (trig.needs_recipient and not recipients):
            return []
        if trig.mode == "visit" and not recipients and (host := res.host(place)) and host not in actors:
            recipients = [host]
        if trig.mode == "visit" and len(set(actors) | set(recipients)) < 2 and not anaphoric:
            return []  # a visit or a meeting takes two sides
        if h.n not in self.dates:
            self.dates[h.n] = date_expressions(h.sent, self.lang)
        when, key = event_date(h.sent, self.lang, h.ts, self.ref, self.dates[h.n])
        mode = trig.mode
        if trig.type == "CONSULT" and mode is None and len(set(actors) | set(recipients)) >= 3:
            mode = "multilateral"

        def make(acts: list[str], recs: list[str]) -> Candidate:
            span = (h.s0, h.s0 + len(h.sent))
            return Candidate(
                trig.type, mode, acts, recs, place, when, key, span, h.n, h.status, symmetric, anaphoric
            )

        if trig.type == "CONSULT" and cues.separate.search(h.sent[: h.ts]):  # "separate summits with A and B"
            common = [a for a in actors if any(p.start - h.s0 < h.ts and p.entity_id == a for p in h.parties)]
            split = [a for a in actors + recipients if a not in common]
            if len(split) >= 2:
                return [make([*common, a], []) for a in split]
        return [make(actors, recipients)]


def extract_events(ctx: ReadContext, *, include_unasserted: bool = False) -> list[Event]:
    """Extract the PLOVER events a document reports, each with the sentence that states it as evidence.

    Only events stated as having happened (or decided: "announced that it will provide") are returned unless
    `include_unasserted` is True; then planned ("will sign"), hypothetical ("could") and negated ("did not")
    mentions come too, marked by `status`. Mentions of one event are merged; at most `MAX_EVENTS` are kept.
    """
    text = ctx.text
    title = ctx.doc.title or ""
    title_end = len(title) if title and text.startswith(title) else -1
    cands = _Extractor(ctx, include_unasserted).run()
    for c in cands:
        c.headline = c.sentence[1] <= title_end
    events: list[Event] = []
    merged = merge(cands)[:MAX_EVENTS]
    if len(merged) > MAX_SALIENT:  # keep the most salient, in text order
        keep = sorted(range(len(merged)), key=lambda i: -merged[i].salience)[:MAX_SALIENT]
        merged = [merged[i] for i in sorted(keep)]
    for c in merged:
        s, e = c.sentence
        s += len(text[s:e]) - len(text[s:e].lstrip())
        e -= len(text[s:e]) - len(text[s:e].rstrip())
        ev = Evidence(s, e, text[s:e])
        events.append(Event(c.type, c.mode, c.actors, c.recipients, c.place, c.date, ev, c.status))
    return events
