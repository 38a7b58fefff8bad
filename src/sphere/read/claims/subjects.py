"""Who a figure is about: the subject and object of a claim, its scope, and how sure the reader is.

`participants(doc, q, attribute, clause, sent, si)` returns (subject, object, confidence) for one figure.
The subject is what is measured, found by generic attachment rules over the clause, not by nearness alone
(the rules about works are in `sphere.read.claims.works`):

- a figure that modifies a works noun ("a 523km railway", "the $200 million mining venture", "the dry
  port ... in five days") is the work's: the project whose name holds that noun, or the one named right
  before it, or, for a generic noun ("the project", "the facility"), the article's main project;
- a part of a work ("$4.7bn spent on the Kyrgyz section", "260 km in Kyrgyzstan, featuring 90 tunnels")
  keeps the work as subject and takes the part's state as object (its scope), never a state named later;
- a flow modified by an owner ("European investments", "Chinese loans") is the owner's (who gives and who
  receives a flow, a debt or a stake is read in `sphere.read.claims.flows`);
- money a person pledges is the person's state's, a debt written off the creditor's, "it imported" the state
  the text is about (`sphere.read.claims.givers`); "the X side's share" and a figure "each" of several parties
  are filed per party by `sphere.read.claims.sides`;
- a share that "accounts for" part of a total is the sharer's, the total's owner being the object; a
  share of a total ("of the $350bn of FDI, almost half is European") is the one it is said of, and the
  total stays with its receiver;
- a source ("according to the World Bank", "по данным CNPC") and an owner of a title ("Kazakhstan's
  President") are never the subject; "the nation's" and "its GDP" are the state the sentence is about;
- a place inside a state speaks for that state where the subject is otherwise a guess.
A shipment is its exporter's and a share of goods in transit the transit state's (`sphere.read.claims.direction`);
an elided list gives each state its figure, a count of troops drawn from several states is their alliance's or
no one's (`sphere.read.claims.groups`).
Where the clause names no one, the discourse rules (relative clauses, conjoined subjects, earlier sentences,
remittances, the article's main sides) are in `sphere.read.claims.discourse`. The attachments of a figure to
a name near it (a label "Germany (5.1%)", a share "for Kyrgyzstan", "output at X", "$27bn in Karachaganak",
owners, capital) are read in `sphere.read.claims.attach`.

The confidence (0-1) says how the subject was found: a structural link (owner, work noun, both sides of a
trade in the clause) is near 0.9, the clause's grammatical subject about 0.7, a mention elsewhere in the
sentence about 0.5, one carried over from earlier sentences or the article's main sides 0.3 or less.
"""

from __future__ import annotations

import re
from itertools import pairwise

from sphere.read.claims.attach import (
    PERIOD_OF_FIGURE,
    POSSESSIVE,
    adjective_owner,
    capital_owner,
    carried,
    for_whom,
    inflow_receiver,
    invested_in,
    labelled,
    measured_of,
    owned_next,
    owner_before,
    owner_of_measured,
    share_owner,
    sharer,
    supplied_to,
)
from sphere.read.claims.context import ClaimDoc, compile_ci, compile_words
from sphere.read.claims.direction import shipment_sides, transit_state
from sphere.read.claims.discourse import (
    adjectival,
    antecedent,
    conjoined_head,
    dateline,
    is_source,
    main_actor,
    main_power,
    newer_subject,
    previous_subject,
    remitted,
)
from sphere.read.claims.flows import GIVEN_TO, debt_creditor, flow_owner, people_origin, stake_buyers
from sphere.read.claims.givers import given, period_of_flow
from sphere.read.claims.groups import drawn_from_many, elided_label, group_period, note_troops
from sphere.read.claims.quantities import Quantity
from sphere.read.claims.scope import SHARE_OF_WORK, locative_state, part_of_work, scope_of
from sphere.read.claims.works import (
    ASCII_WORKS,
    LOCATIVE,
    UNLINKED,
    WORK_NOUN,
    after_to,
    state_of,
    work_for,
    work_subject,
    works_of,
)
from sphere.read.types import Mention

__all__ = [
    "ACCOUNT",
    "FLOW_ATTRIBUTES",
    "TRADE_ATTRIBUTES",
    "TRADE_CONTEXT",
    "WORK_ATTRIBUTES",
    "participants",
]
WORK_ATTRIBUTES = frozenset(
    {"length", "cost", "capacity", "throughput", "volume", "area", "production", "reserves", "date_start",
     "date_complete", "count", "duration"}
)  # fmt: skip
FLOW_ATTRIBUTES = frozenset({"investment", "loan", "grant", "exports_value", "imports_value"})
TRADE_ATTRIBUTES = frozenset({"trade_value", "trade_share", "trade_rank"})
TRADE_CONTEXT = compile_words(
    r"\btrade|\bexports?\b(?!-)|(?<!-)\bimports?\b|(?<!cargo )turnover|товарооборот|экспорт|импорт|торгов|ticaret|"
    r"ihracat|ithalat|Handel|Warenumsatz|Außenhandel|Ausfuhr|Einfuhr|сауда|тауар айналым|obrot|obrót|savdo|贸易|进出口|出口|进口"
)
# trade between two sides (not one side's exports or supplies): its growth is the great power's, like its value
BILATERAL = compile_words(
    r"\btrade|(?<!cargo )turnover|товарооборот|торгов|ticaret|Handel|Warenumsatz|сауда|тауар айналым|obrot|obrót|savdo|"
    r"贸易|进出口"
)
ACCOUNT = compile_ci(r"\baccount\w*\s+for|приходит\w*|составля\w+ (?:около |более )?$")
_GENITIVE = re.compile(r"(?:[нтд][ыі]ң|ning|nin|nın)(?!\w)")  # Kazakh "Қазақстанның", Uzbek "Xitoyning"
_TITLE_AFTER = compile_ci(
    r"^['’]s?\s+(?:(?:former|current|new|first|deputy|vice)\s+)?(?:president|prime minister|premier|"
    r"foreign minister|minister|ambassador|envoy|leader|head|spokes\w+|chief|mayor|representative)\b"
)
_NATION = compile_ci(
    r"\bthe (?:[\w-]+ )?(?:nation|country|republic)['’]s\b|\bits\s+(?:GDP|economy|budget|exports|imports)"
)
_STATE_DEBT = compile_words(
    r"(?:external|foreign|public|national|sovereign|total)\s+(?:public\s+|state\s+|government\s+)?debt|"
    r"внешн\w*\s+(?:государственн\w*\s+)?(?:гос)?долг|госдолг|Auslandsschulden|Staatsschulden|dış borç|сыртқы қарыз"
)
_SHARE_TOTAL = compile_ci(
    r"(?<!\s)\s*+(?:is|are|was|were|comes?|came|goes|went)\s+(?:of\s+|from\s+|to\s+)?(?:the\s+)?"
)


def possessives(doc: ClaimDoc, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions written as owners ("Kazakhstan's"), without those owning a title ("'s President")."""
    text = doc.ctx.text
    turkic = doc.ctx.doc.language in {"kk", "ky", "uz", "tk"}
    return [
        m
        for m in mentions
        if (POSSESSIVE.match(text, m.end) or (turkic and _GENITIVE.match(text, m.end)))
        and not _TITLE_AFTER.match(text[m.end : m.end + 40])
    ]


def _pair(
    doc: ClaimDoc, mentions: list[Mention], pos: int | None = None
) -> tuple[str | None, str | None, float]:
    """Return (great power, Central Asian side, confidence) among the mentions, completed from the document.

    With the figure's position: the side nearest before the figure is taken (the power that governs it, the
    state it labels: "..., while the EU ... 42 billion"); Central Asian states listed with one figure each
    ("Kyrgyzstan followed with $22.7bn, Uzbekistan ranked third with $13.8bn") are the partners of the
    article's great power, not each other's."""
    ids = list(dict.fromkeys(m.entity_id for m in mentions))
    ca = [i for i in ids if doc.is_ca(i)]
    other = [i for i in ids if not doc.is_ca(i)]
    if pos is not None and mentions:

        def nearest(ms: list[Mention]) -> str:
            before = [m for m in ms if m.end <= pos]
            return (before[-1] if before else ms[0]).entity_id

        ca_ms = [m for m in mentions if doc.is_ca(m.entity_id)]
        other_ms = [m for m in mentions if not doc.is_ca(m.entity_id)]
        if other_ms and ca_ms:
            return nearest(other_ms), nearest(ca_ms), 0.85
        text = doc.ctx.text
        listed = len(ca) >= 2 and any(re.search(r"\d", text[a.end : b.start]) for a, b in pairwise(ca_ms))
        power = main_power(doc) if listed else None
        if power:
            return power, nearest(ca_ms), 0.6
    if other and ca:
        return other[0], ca[0], 0.85
    if len(ids) >= 2:
        return ids[0], ids[1], 0.7
    if ca:
        power = main_power(doc)
        return (power, ca[0], 0.6) if power else (ca[0], None, 0.4)
    if other:
        return other[0], doc.main_ca if doc.main_ca != other[0] else None, 0.7
    return main_power(doc), doc.main_ca, 0.45  # the article's two sides of a trade figure


# "Central Asia's largest investor": the owner of a role is its counterpart, not the flow's owner
_ROLE_OWNED = compile_ci(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:investor|partner|lender|creditor|donor|supplier|buyer|customer|market)s?\b"
)


def _share_of_total(doc: ClaimDoc, q: Quantity, sent: tuple[int, int]) -> tuple[str, float] | None:
    """Return who a share of a total is said of: "of the $350bn of FDI, almost half is European"."""
    if q.kind != "percent":
        return None
    m = _SHARE_TOTAL.match(doc.ctx.text, q.end)
    if m is None:
        return None
    hit = next((x for x in doc.mentions(q.end, sent[1], actors=False) if x.start <= m.end() + 12), None)
    return (adjective_owner(doc, hit), 0.8) if hit else None


# a figure that labels the name right before it: "Türkiye (7%)", "China - 20.5 percent", "Russia: $4.8bn"
def participants(doc: ClaimDoc, q: Quantity, attribute: str, clause: tuple[int, int], sent: tuple[int, int], si: int) -> tuple[str | None, str | None, float]:  # fmt: skip
    """Return (subject, object, confidence) of a figure, by the attribute's rule and the attachment rules.

    The subject is None (confidence 0) for a figure about a work the knowledge base did not link."""
    subject: str | None
    obj: str | None
    if (label := elided_label(doc, q, sent)) is not None:
        subject, obj, confidence = label, None, 0.75  # "..., Belarus - 100 of its troops"
    elif (group := drawn_from_many(doc, q, clause)) is not None:
        subject, obj, confidence = (
            group  # "2,030 troops from Russia, Belarus and Armenia": the CSTO's or none
        )
    elif (period := group_period(doc, q, clause, si)) is not None:
        subject, obj, confidence = period[0], None, period[1]  # "their withdrawal will last 10 days"
    else:
        subject, obj, confidence = _participants(doc, q, attribute, clause, sent, si)
    note_troops(doc, q, si, subject, confidence)
    if subject == UNLINKED or subject is None:
        return None, obj, 0.0
    return subject, obj, confidence


def _participants(doc: ClaimDoc, q: Quantity, attribute: str, clause: tuple[int, int], sent: tuple[int, int], si: int) -> tuple[str | None, str | None, float]:  # fmt: skip
    """Return (subject, object, confidence) of a figure (see `participants`)."""
    text = doc.ctx.text
    in_sent = [m for m in doc.mentions(*sent) if not is_source(doc, m) and not _in_figure(doc, m, q)]
    in_clause = [m for m in doc.mentions(*clause) if not is_source(doc, m) and not _in_figure(doc, m, q)]
    owned = possessives(doc, in_sent)
    if (
        q.kind == "duration"
        and doc.last_subject
        and doc.prev_figure_end >= clause[0]
        and PERIOD_OF_FIGURE.fullmatch(text, doc.prev_figure_end, q.start)
    ):  # "three trillion yen over the next five years": the period of the figure before, and its subject's
        return doc.last_subject, None, 0.7
    if (
        period_of_flow(doc, q, clause) and doc.last_subject
    ):  # "... in loans for Central Asian states over 3 years"
        return doc.last_subject, None, 0.65
    if (label := labelled(doc, q, sent)) is not None:
        return label, None, 0.8
    if (via := transit_state(doc, q, attribute, clause)) is not None:
        return via, None, 0.75  # "85% of goods from China to Europe go via Kazakhstan"
    if (shipped := shipment_sides(doc, q, attribute, clause, sent)) is not None:
        return shipped  # "Қытайға бидай экспорты 550 мың тоннаны құрады": the exporter's, not China's
    if q.kind == "duration" and doc.spans(_RELATIONS, (max(sent[0], q.start - 80), min(sent[1], q.end + 40))):
        sides = [m for m in in_sent if (e := doc.entity(m)) and e.kind in {"country", "place"}]
        subj, obj, conf = _pair(doc, sides)
        if (
            subj and obj
        ):  # "diplomatic relations 31 years ago": the relation's, filed as a trade (power first)
            return subj, obj, min(conf, 0.75)
    if (
        attribute in {"count", "population"}
        and q.kind in {"people", "count"}
        and (origin := people_origin(doc, q, sent))
    ):
        return origin  # "300,000 Tajik migrants work in Russia": the people's state, their host the object
    if q.kind == "percent" and (holder := for_whom(doc, q, clause)) is not None:
        return holder, None, 0.75  # "31.3 percent of GDP for Tajikistan"
    if q.kind in {"money", "percent"} and (remit := remitted(doc, q, clause, in_sent)) is not None:
        return remit  # "Remittances from Russia to Tajikistan reached $3bn": the receiving state's
    if q.kind == "percent" and (holder := share_owner(doc, q, clause)) is not None:
        return holder, after_to(doc, q.end, sent), 0.8  # "China's share in Kazakhstan's imports was 21.9%"
    if attribute not in TRADE_ATTRIBUTES and (measured := measured_of(doc, q, clause)) is not None:
        return measured, None, 0.75  # "Output at Tengizchevroil fell 1.5% to 19.8 million tonnes"
    if attribute not in TRADE_ATTRIBUTES | FLOW_ATTRIBUTES and (owner := owner_of_measured(doc, q, clause)):
        return owner, None, 0.8  # "Uzbekistan's GDP surpassed $145 billion"
    if q.kind == "money" and (target := invested_in(doc, q, clause)) is not None:
        return target, None, 0.7  # "$50 billion was invested in the development of Kashagan"
    if q.kind == "money" and (holder := sharer(doc, clause, q)) is not None:
        return holder, None, 0.8  # "Xinjiang accounts for $20.3bn", "на долю Синьцзяна приходится ..."
    if attribute == "trade_share":
        acc = ACCOUNT.search(text, max(sent[0], clause[0] - 2), q.start)
        if acc:  # "the EU is Kazakhstan's largest partner, accounting for 40% of our trade"
            sharers = [m for m in in_sent if m.end <= acc.start() and m not in owned]
            obj = next((m.entity_id for m in owned if m.start >= q.end), None) or next(
                (m.entity_id for m in owned if m.end <= acc.start()), None
            )
            if sharers:
                return sharers[-1].entity_id, obj if obj != sharers[-1].entity_id else None, 0.85
        after = [m for m in owned if m.start >= q.end]
        if after:
            return after[0].entity_id, after_to(doc, q.end, sent), 0.8
        if owned and owned[0].end <= q.start:
            return owned[0].entity_id, after_to(doc, q.end, sent), 0.75
    if attribute in TRADE_ATTRIBUTES or (attribute == "growth_rate" and BILATERAL.search(text, *sent)):
        subj, obj, conf = _pair(doc, in_clause if len(in_clause) >= 2 else in_sent, q.start)
        return subj, obj, conf if len(in_clause) >= 2 or not in_sent else conf - 0.1
    if (share := _share_of_total(doc, q, sent)) is not None:
        return share[0], None, share[1]
    if attribute in FLOW_ATTRIBUTES or (attribute == "growth_rate" and flow_owner(doc, clause, q)):
        # a debt written off, a leader's pledge, "it imported": see `sphere.read.claims.givers`
        if attribute in FLOW_ATTRIBUTES and (giver := given(doc, q, attribute, clause, sent, si)):
            return giver
        owner = flow_owner(doc, clause, q)
        if owner is None and not in_clause and in_sent:  # "взяла у Эксимбанка в 1992 году — почти 5 млн"
            owner = flow_owner(doc, sent, q)
        if attribute == "investment" and (work := work_subject(doc, q, clause, sent)) and work[1] >= 0.75:
            return work[0], scope_of(doc, q, clause, sent), work[1]
        own = next((m for m in owned if m.end <= q.start and not _ROLE_OWNED.match(text, m.end)), None)
        if _TOTAL.search(text, max(sent[0], q.start - 12), q.start) and (
            got := after_to(doc, q.end, sent, _RECEIVED)
        ):
            return got, None, 0.6  # "of the $350bn of FDI attracted to Kazakhstan, ...": the receiver's total
        subjects = [m for m in (in_clause or in_sent) if doc.in_subject_position(m) and m.end <= q.start]
        subjects = subjects or [m for m in (in_clause or in_sent) if doc.in_subject_position(m)]
        subjects = [m for m in subjects if m not in owned] or subjects  # a possessor is a determiner
        if not subjects and (ante := antecedent(doc, clause, sent)) is not None:
            subjects = [ante]  # "the ICBC, which is providing a US$13.3mn loan"
        debtor = next(
            (m for m in in_sent if re.match(r"\s+(?:\w+\s+)?owes?\b", text[m.end : m.end + 25])), None
        )
        subjects = [
            m
            for m in subjects
            if m is not debtor
            and not GIVEN_TO.search(text, max(0, m.start - 20), m.start)
            and not supplied_to(doc, m)
        ]
        creditor = debt_creditor(doc, sent) if attribute == "loan" else None
        if attribute == "loan" and creditor is None and doc.spans(_STATE_DEBT, clause):
            debtors = [m.entity_id for m in in_clause if state_of(doc, m.entity_id) == m.entity_id]
            debtor_id = debtors[0] if debtors else doc.main_ca
            if debtor_id:  # "external public debt totals $3.9bn": the debtor state's, to no one creditor
                return debtor_id, None, 0.7 if debtors else 0.55
        if creditor is None and attribute == "loan" and not in_sent and si > 0:
            creditor = debt_creditor(doc, doc.sentences[si - 1])  # "Debt to China grew. It was $47m then"
        conf = 0.85 if creditor or owner else 0.8 if own else 0.7 if subjects else 0.0
        chosen = creditor or own or (conjoined_head(doc, subjects) if subjects else None)
        subj = owner if owner and not creditor else (chosen.entity_id if chosen else None)
        if subj is None and attribute in {"investment", "loan"} and (got := inflow_receiver(doc, clause, q)):
            return got, None, 0.6  # "foreign investment into the country exceeded $43bn": the receiver's
        if subj is None and doc.last_sentence >= si - 2 and doc.last_subject and not newer_subject(doc, si):
            subj, conf = doc.last_subject, carried(doc, clause, q, 0.45)
        if subj is None and not in_sent and (prior := previous_subject(doc, si)):
            subj, conf = (
                prior,
                0.45,
            )  # "Another Chinese company TBEA is ... Investments in the project reach $3.7bn"
        if subj is None:
            subj, _, conf = _pair(doc, in_sent)
            conf = min(conf, 0.4)
        objs = [m.entity_id for m in in_sent if m.entity_id != subj and not doc.in_subject_position(m)]
        objs = [debtor.entity_id] if debtor and debtor.entity_id != subj else objs
        obj = objs[0] if objs else (doc.main_ca if doc.main_ca != subj else None)
        return subj, obj, conf
    nations = list(_NATION.finditer(text, max(clause[0], q.start - 60), min(sent[1], q.end + 40)))
    if nations:  # the mention of "its GDP" nearest the figure
        nation = min(nations, key=lambda n: min(abs(n.start() - q.end), abs(q.start - n.end())))
        states = [
            m for m in in_sent if m.end <= nation.start() and (e := doc.entity(m)) and e.kind == "country"
        ]
        if states or doc.main_ca:
            return (states[-1].entity_id if states else doc.main_ca), None, 0.7 if states else 0.6
    if q.kind == "percent" and (
        whole := SHARE_OF_WORK.match(text, q.end)
    ):  # "one third of the 285-km project"
        noun = next(iter(doc.spans(WORK_NOUN, (whole.end(), min(sent[1], whole.end() + 40)))), None)
        if noun is not None and (found := work_for(doc, noun)):
            return found[0], None, found[1]
    if attribute == "count" and (owner := capital_owner(doc, q, clause)):
        return owner, None, 0.75  # "6,000 enterprises with the participation of China's capital"
    if attribute == "count" and (owner := flow_owner(doc, clause, q)):
        return owner, None, 0.75  # "3,000 companies with European capital"
    if attribute == "stake" and (buyers := stake_buyers(doc, in_sent, q)):
        return buyers, None, 0.75
    if (part := part_of_work(doc, q, clause, sent)) is not None:
        return part
    if _OF_THEM.match(text, q.end) and doc.last_subject and doc.last_sentence >= si - 1:
        return (
            doc.last_subject,
            scope_of(doc, q, clause, sent),
            0.6,
        )  # "280 km of them run through Kyrgyzstan"
    work = (
        work_subject(doc, q, clause, sent, attribute)
        if attribute != "growth_rate" or q.kind != "percent"
        else None
    )
    if work is not None:
        return work[0], scope_of(doc, q, clause, sent), work[1]
    if attribute in WORK_ATTRIBUTES or attribute in {"growth_rate", "other"}:
        works = [m for m in doc.mentions(*sent, actors=False) if (e := doc.entity(m)) and e.kind == "project"]
        conf = 0.75
        if not works and attribute not in {"count", "other"} and not in_sent:
            works = [
                m
                for m in doc.mentions(0, sent[0], actors=False)
                if (e := doc.entity(m)) and e.kind == "project"
            ][-1:]
            conf = 0.5
        if works:
            best = min(works, key=lambda m: abs(m.start - q.start))
            return best.entity_id, scope_of(doc, q, clause, sent), conf

    def free(
        m: Mention,
    ) -> bool:  # in subject position; an owned name as its owner is ("with Russia's Gazprom")
        if owned_next(doc, m, sent) is not None:
            return False  # "Japan's" in "Japan's INPEX holds 7.56%": the owner of the subject
        owner = owner_before(doc, m, sent)
        if owner is not None:
            return doc.in_subject_position(owner)
        return doc.in_subject_position(m) and not re.search(r"['’]s\s+$", text[max(0, m.start - 4) : m.start])

    cands = [m for m in doc.mentions(*sent, actors=False)
             if not is_source(doc, m) and not _in_figure(doc, m, q) and _candidate(doc, m)
             and not supplied_to(doc, m) and not GIVEN_TO.search(text, max(0, m.start - 20), m.start)]  # fmt: skip
    before = [m for m in cands if clause[0] <= m.start and m.end <= q.start and free(m)]
    earlier = [m for m in cands if m.end <= clause[0] and free(m) and m not in owned]
    after = [m for m in cands if q.end <= m.start < clause[1] and free(m) and m not in owned]
    acting = [m for m in after if _VERB_AFTER.match(text, m.end)]
    earlier = [m for m in earlier if not adjectival(doc, m)]
    after = [m for m in after if not adjectival(doc, m)]
    before = [m for m in before if not adjectival(doc, m)] or before
    before = [
        m for m in before if m not in owned
    ] or before  # "the EU is Central Asia's largest investor, with"
    pick, conf = (
        (before[-1], 0.7) if before else (acting[0], 0.65) if acting else (earlier[-1], 0.55) if earlier
        else (after[0], 0.5) if after
        else (next((m for m in in_clause or in_sent if not adjectival(doc, m) and not supplied_to(doc, m)), None),
              0.45)
    )  # fmt: skip
    if before and pick is before[-1]:
        pick = conjoined_head(doc, before)  # "Russia and Kazakhstan signed deals worth $5bn": Russia's
    if (
        pick is not None
        and (e := doc.entity(pick))
        and e.kind == "place"
        and LOCATIVE.search(text[max(0, pick.start - 10) : pick.start])
    ):  # "2,000 workers at the mine near Osh": the figure is the state's the place lies in
        state = state_of(doc, pick.entity_id)
        if state and state != pick.entity_id:
            return state, None, 0.55
    located = locative_state(doc, sent)
    if located in {state_of(doc, m.entity_id) for m in in_sent if supplied_to(doc, m)}:
        located = None  # "в Китай было поставлено": where the supplies went, not where they were measured
    if located and conf < 0.7 and (pick is None or doc.entity(pick).kind == "country"):  # type: ignore[union-attr]
        return located, None, 0.55
    if pick is None and (ante := antecedent(doc, clause, sent)) is not None:
        return ante.entity_id, None, 0.65  # "..., which will cost $2bn": the relative clause's antecedent
    if pick is None and doc.last_sentence >= si - 2 and doc.last_subject and not newer_subject(doc, si):
        return doc.last_subject, None, carried(doc, clause, q, 0.5)  # the previous figure's subject
    if pick is None and not in_sent and (prior := previous_subject(doc, si)):
        return prior, None, 0.4
    if pick is None:
        return main_actor(doc), None, 0.2
    return pick.entity_id, None, conf


def _in_figure(doc: ClaimDoc, m: Mention, q: Quantity) -> bool:
    """Return True for a name inside the figure's words: a currency's state ("838 milyon ABD doları") or a name
    unknown to the knowledge base ("40 Milliarden Kubikmeter Gas" read as a company's): no subject."""
    text = doc.ctx.text
    if _CURRENCY_STATE.search(text, max(0, m.start - 8), m.start) and text[m.start : m.end].isupper():
        return True  # "5,89 млрд долл. США": the currency's state, in any figure of the sentence
    if not q.start <= m.start < q.end:
        return False
    e = doc.entity(m)
    return e is not None and (e.is_new or (q.kind == "money" and m.end <= q.end))  # "838 milyon ABD doları"


_CURRENCY_STATE = compile_ci(r"(?:долл\.|доллар\w*|dollars?|doları)\s*$")
_VERB_AFTER = compile_ci(  # matched right after a mention; (?<!\s): linear when scanned over blank runs
    r"(?<!\s)(?:\s+(?:"
    + "|".join(ASCII_WORKS)
    + r"))?\s+(?:is|are|was|were|has|have|had|will|would|can|could|remains?|plans?|aims?|expects?|accounts?|ranks?|"
    r"holds?|owns?|received|receives|attracted|exported|imported|produced|produces|является|был\w*|будет|имеет)\b"
)

_OF_THEM = compile_ci(r"(?<!\s)\s++(?:\w+\s+)?of\s++(?:them|which|it|these|those)\b")


def _candidate(doc: ClaimDoc, m: Mention) -> bool:
    """Return True for a mention that can be a figure's subject by default: an actor, a project or a place."""
    e = doc.entity(m)
    return bool(
        e
        and not dateline(doc, m)
        and (
            doc.is_actor(m)
            or e.kind == "project"
            or (e.kind == "place" and not e.is_new and state_of(doc, e.id) not in (None, e.id))
            or m.entity_id in works_of(doc)
        )
    )


_TOTAL = compile_ci(r"\b(?:of|из)\s+(?:the\s+|a\s+)?(?:total\s+)?\S?$")
_RECEIVED = r"attracted (?:to|by|into)|(?:invested|flowed|poured) (?:in|into)|(?:to|into|in)"


# a relation between two sides: its age is filed like their trade, the great power first
_RELATIONS = compile_words(
    r"(?:diplomatic\s+)?(?:relations|ties|partnership)\b|отношени\w*|сотрудничеств\w*|Beziehungen|ilişki\w*"
)
