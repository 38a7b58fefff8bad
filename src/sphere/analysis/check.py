"""`check`: what the knowledge base, the ledger and the indicators say about each claim of an article.

A verdict is only as strong as the comparison behind it. A figure is compared with figures about the same
subject, object, attribute, unit and scope (a section of a railway is not the railway); figures from a
different year are a different question, and a figure counts as *supporting* only when it agrees without the
slack an "about" gives and both sides are dated to the same period. So, for every claim:

- `supported`: a figure for the same period agrees and none disagrees;
- `consistent`: nothing disagrees, and something agrees only loosely (an "about" figure, or one side undated);
- `contradicted`: figures for the same question disagree and none agrees; `disputed`: both;
- `no_evidence` (shown as *unverified*): nothing to compare.

Events are matched by date and place when the article gives them (the reader resolves "on Tuesday" from the
article's own date): a recorded act of the same kind between the same parties on the same day (and in the
same place, when both name one) supports it; without a day in the article, a recorded act of that kind is at
most *consistent with* it, never support. Each verdict carries `why`: one sentence naming the evidence and
its source. Trade figures are also checked against the trade indicators, and rank claims ("X is Y's largest
trading partner") against the ranking of Y's partners in the indicators of that year, per statistics.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from sphere import settings
from sphere.analysis.format import entity_names
from sphere.analysis.ledger import (
    DEFAULT_TOLERANCE,
    TIME_BOUND,
    LedgerEntry,
    agree,
    claim_rows,
    entry_from_row,
    normalise_unit,
    period_of,
)
from sphere.analysis.verdict import Verdict, claim_why, event_why
from sphere.read.types import Claim, Event, Reading
from sphere.store import schema as t
from sphere.store.store import Store

MIN_LOOSE_SCORE = 2.0  # an undated match needs all its parties shared, or a word of the recorded title
TRADE_INDICATOR = {"trade_value": "trade_total", "exports_value": "exports", "imports_value": "imports"}


def _as_entry(claim: Claim) -> LedgerEntry:
    nv, nu = normalise_unit(float(claim.value), claim.unit)
    return LedgerEntry(
        "article",
        claim.subject,
        claim.object,
        claim.attribute,
        float(claim.value),
        claim.unit,
        nv,
        nu,
        claim.as_of,
        claim.qualifier,
        "article",
        None,
        None,
        None,
        claim.evidence.text,
    )


def _indicator_rows(store: Store, claim: Claim) -> list[dict[str, Any]]:
    name = TRADE_INDICATOR.get(claim.attribute)
    year = (claim.as_of or "")[:4]
    if not name or not year.isdigit() or not claim.subject or not claim.object:
        return []
    i, s = t.indicators, t.sources
    pair = sa.or_(
        sa.and_(i.c.reporter_id == claim.subject, i.c.partner_id == claim.object),
        sa.and_(i.c.reporter_id == claim.object, i.c.partner_id == claim.subject),
    )
    return store.query(
        sa.select(i, s.c.url)
        .select_from(i.outerjoin(s, i.c.source_id == s.c.id))
        .where(i.c.indicator == name, i.c.year == int(year), i.c.unit == claim.unit, pair)
    )


def _rank_check(store: Store, claim: Claim) -> Verdict | None:
    """Rank the claim's subject among the object's trade partners in the indicators (per year)."""
    if not claim.subject or not claim.object:
        return None
    i, s = t.indicators, t.sources
    rows = store.query(
        sa.select(i, s.c.url)
        .select_from(i.outerjoin(s, i.c.source_id == s.c.id))
        .where(
            i.c.indicator == "trade_total", i.c.reporter_id == claim.object, i.c.partner_id != "world:total"
        )
    )
    year = (claim.as_of or "")[:4]
    by_year: dict[int, dict[str, dict[str, Any]]] = {}
    for r in sorted(
        rows, key=lambda r: (r["statistics_of"] != claim.object, r["statistics_of"] != r["partner_id"])
    ):
        by_year.setdefault(r["year"], {}).setdefault(
            r["partner_id"], r
        )  # one figure per partner, own stats first
    usable = sorted((y for y, p in by_year.items() if claim.subject in p and len(p) >= 2), reverse=True)
    years = [int(year)] if year.isdigit() else usable[:3]  # no year stated: the latest years with figures
    verdict = Verdict(claim=_claim_json(claim), verdict="no_evidence")
    for y in years:
        partners = by_year.get(y, {})
        if claim.subject not in partners or len(partners) < 2:
            continue
        ranked = sorted(partners.values(), key=lambda r: -r["value"])
        rank = 1 + [r["partner_id"] for r in ranked].index(claim.subject)
        stats = sorted({r["statistics"] or "?" for r in ranked})
        record = {
            "origin": "indicators",
            "statistics": stats[0] if len(stats) == 1 else "mixed: " + "; ".join(stats),
            "year": y,
            "rank": rank,
            "ranking": [(r["partner_id"], r["value"]) for r in ranked],
            "source": next((r["url"] for r in ranked if r["partner_id"] == claim.subject), None),
        }
        (verdict.supporting if rank == int(claim.value) else verdict.contradicting).append(record)
    if verdict.supporting or verdict.contradicting:
        verdict.note = "ranked among the partners that have figures for that year" + (
            "" if year.isdigit() else "; the claim names no year, so the latest years with figures were used"
        )
        return verdict
    return None


def _same_day(event_date: str, kb_date: str | None, kb_end: str | None) -> bool:
    """Return True when a day-precise article date falls on a recorded event's day (or within its span)."""
    if not kb_date or len(kb_date) < 10:
        return False
    return kb_date <= event_date <= (kb_end if kb_end and len(kb_end) >= 10 else kb_date)


def event_matches(store: Store, event: Event) -> list[dict[str, Any]]:
    """Return knowledge-base events of the same kind with at least two of the same participants, each marked
    `match`: "day" (same day, and same place when both name one), "period" (the article's month or year
    holds it) or "kind" (the article gives no date to compare, so only the kind of act and parties agree)."""
    who = set(event.actors) | set(event.recipients)
    if len(who) < 2:
        return []
    p, e, s = t.event_participants, t.events, t.sources
    related = {event.type} | ({"AGREE", "COOPERATE"} if event.type in ("AGREE", "COOPERATE") else set())
    rows = store.query(
        sa.select(
            e.c.id,
            e.c.type,
            e.c.date,
            e.c.end_date,
            e.c.place_id,
            e.c.title,
            e.c.quote,
            s.c.url,
            p.c.entity_id,
        )
        .select_from(e.join(p, p.c.event_id == e.c.id).outerjoin(s, e.c.source_id == s.c.id))
        .where(e.c.origin == "kb", e.c.type.in_(related), p.c.entity_id.in_(sorted(who)))
    )
    said = _content_words(event.evidence.text)
    shared: dict[str, set[str]] = {}
    info: dict[str, dict[str, Any]] = {}
    for r in rows:
        shared.setdefault(r["id"], set()).add(r["entity_id"])
        info[r["id"]] = r
    sizes = {
        r["event_id"]: r["n"]
        for r in store.query(
            sa.select(p.c.event_id, sa.func.count().label("n"))
            .where(p.c.event_id.in_(sorted(shared)))
            .group_by(p.c.event_id)
        )
    }
    day = event.date if event.date and len(event.date) >= 10 else None
    out = []
    for eid, ents in shared.items():
        r = info[eid]
        if len(ents) < 2:
            continue
        if event.place and r["place_id"] and event.place != r["place_id"]:
            continue  # another place is another act, however alike
        if day:
            if not _same_day(day, r["date"], r["end_date"]):
                continue  # another day is another act, however alike
            match = "day"
        elif event.date:  # a month or a year: the recorded act must fall in it
            if not r["date"] or not str(r["date"]).startswith(event.date):
                continue
            match = "period"
        else:
            match = "kind"
        parties = len(ents) / min(len(who), sizes.get(eid, len(ents)))  # how fully one side is in the other
        title = _content_words(r["title"] or "")
        words = len(title & said) / len(title) if title else 0.0  # "nuclear power plant" in both
        score = round(len(ents) * parties + 6 * words, 2)
        if match != "day" and score < MIN_LOOSE_SCORE:
            continue  # two of many members of a summit, nothing else in common: not worth naming
        out.append(
            {
                "origin": "kb event",
                "id": eid,
                "type": r["type"],
                "date": r["date"],
                "place": r["place_id"],
                "title": r["title"],
                "shared": sorted(ents),
                "match": match,
                "score": score,
                "source": r["url"],
                "quote": r["quote"],
            }
        )
    out.sort(key=lambda x: (-x["score"], -int(str(x["date"] or "0")[:4] or 0), str(x["id"])))
    return out[:3]


_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset(
    [
        "with",
        "from",
        "that",
        "this",
        "their",
        "they",
        "have",
        "been",
        "were",
        "will",
        "about",
        "into",
        "over",
        "under",
        "after",
        "before",
        "between",
        "signs",
        "sign",
        "signed",
        "holds",
        "held",
        "hold",
        "meeting",
        "summit",
        "first",
        "second",
        "third",
        "states",
        "state",
        "countries",
    ]
)


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _COMMON}


def check_events(store: Store, reading: Reading) -> list[Verdict]:
    """Return, for each event of a reading, the knowledge-base events that record the same act: `supported`
    when one falls on the article's day (and place), `consistent` when the article gives no day to compare."""
    out = []
    names: dict[str, str] = {}
    for ev in reading.events:
        v = Verdict(
            claim={
                "event": ev.type,
                "mode": ev.mode,
                "actors": ev.actors,
                "recipients": ev.recipients,
                "place": ev.place,
                "date": ev.date,
                "evidence": ev.evidence.text,
            },
            verdict="no_evidence",
        )
        for m in event_matches(store, ev):
            (v.supporting if m["match"] == "day" else v.consistent).append(m)
        if v.supporting:
            v.note = "the knowledge base records this act between these parties on that day"
        elif v.consistent:
            v.note = (
                "the article gives no day, so a recorded act of this kind between these parties is only consistent "
                "with it"
                if not ev.date
                else "a recorded act of this kind between these parties falls in the article's period"
            )
        settle(v)
        ids = {i for m in v.supporting + v.consistent for i in [*m["shared"], m["place"] or ""]}
        names |= entity_names(store, ids - set(names))
        v.why = event_why(v, ev, names)
        out.append(v)
    return out


def _claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "subject": claim.subject,
        "attribute": claim.attribute,
        "value": claim.value,
        "unit": claim.unit,
        "object": claim.object,
        "as_of": claim.as_of,
        "qualifier": claim.qualifier,
        "evidence": claim.evidence.text,
    }


def _year(as_of: str | None) -> str | None:
    y = (as_of or "")[:4]
    return y if y.isdigit() else None


def compare(mine: LedgerEntry, other: LedgerEntry, tolerance: float = DEFAULT_TOLERANCE) -> str | None:
    """Say how a recorded figure bears on a claimed one: "supports" (agrees without an "about"'s slack, same
    period), "consistent" (agrees only loosely, or one side is undated where the period matters),
    "contradicts" (same question, cannot both be right) or None (another scope or period: not comparable)."""
    if other.scope:  # a section, phase or part: another question
        return None
    a, b = _year(mine.as_of), _year(other.as_of)
    if a and b and a != b:  # an older estimate is not evidence about this year's figure
        return None
    undated = (a is None) != (b is None) and _is_money(mine.unit)  # sums change with time
    if not agree(mine, other, tolerance):
        return None if undated else "contradicts"
    strict = agree(_Plain(mine.norm_value), _Plain(other.norm_value), tolerance)
    return "supports" if strict and not undated else "consistent"


def _is_money(unit: str | None) -> bool:
    return bool(unit) and len(unit or "") == 3 and (unit or "").isupper()


class _Plain:
    """A figure stripped of its qualifier (for the strict comparison)."""

    qualifier = None

    def __init__(self, norm_value: float) -> None:
        self.norm_value = norm_value


def _same_question(claim: Claim, period: str | None) -> sa.ColumnElement[bool]:
    """Return the condition of the stored claims that may answer the claim's question (same subject, object
    and period): read in SQL, so that a claim about a subject with a million figures reads only its own
    question's (the caller still checks each row)."""
    c = t.claims.c
    cond = sa.and_(
        c.subject_id == claim.subject,
        c.object_id.is_(None) if claim.object is None else c.object_id == claim.object,
    )
    if claim.attribute not in TIME_BOUND:
        return cond
    if period is None:
        return sa.and_(cond, sa.or_(c.as_of.is_(None), c.as_of == ""))
    like = period.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return sa.and_(cond, c.as_of.like(like, escape="\\"))


def check_claim(store: Store, claim: Claim, tolerance: float = DEFAULT_TOLERANCE) -> Verdict:
    """Return the verdict on one claim from the ledger (KB and stored claims) and the indicators."""
    verdict = Verdict(claim=_claim_json(claim), verdict="no_evidence")
    mine = _as_entry(claim)
    period = period_of(claim.attribute, claim.as_of)
    skipped = 0
    if claim.attribute == "trade_rank":
        ranked = _rank_check(store, claim)
        if ranked:
            verdict = ranked
        if claim.object:
            rows = claim_rows(store, None, "trade_rank", object_id=claim.object)
        else:
            rows = [r for r in claim_rows(store, None, "trade_rank") if r["object_id"] == claim.object]
        for e in (entry_from_row(r) for r in rows):
            if period_of(e.attribute, e.as_of) != period or e.qualifier == "target":
                continue
            same = e.norm_value == mine.norm_value
            if same and e.subject_id == claim.subject:
                (verdict.supporting if period else verdict.consistent).append(e.__dict__)
            elif same:  # someone else holds that rank
                verdict.contradicting.append(e.__dict__)
    else:
        question = _same_question(claim, period)
        rows = claim_rows(store, None, claim.attribute, where=question) if claim.subject else []
        for e in (entry_from_row(r) for r in rows):
            if (e.subject_id, e.object_id) != (claim.subject, claim.object) or e.norm_unit != mine.norm_unit:
                continue
            if period_of(e.attribute, e.as_of) != period:
                continue
            bearing = compare(mine, e, tolerance)
            if bearing is None:
                skipped += 1
            elif bearing == "supports":
                verdict.supporting.append(e.__dict__)
            elif bearing == "consistent":
                verdict.consistent.append(e.__dict__)
            else:
                verdict.contradicting.append(e.__dict__)
        for r in _indicator_rows(store, claim):
            other = LedgerEntry(
                "indicator",
                None,
                None,
                claim.attribute,
                r["value"],
                r["unit"],
                r["value"],
                r["unit"],
                str(r["year"]),
                None,
                "indicator",
                r["url"],
                r["statistics"],
                None,
                r["quote"],
            )
            record = {
                **other.__dict__,
                "statistics": r["statistics"],
                "reporter": r["reporter_id"],
                "partner": r["partner_id"],
            }
            bearing = compare(mine, other, tolerance)
            if bearing == "supports":
                verdict.supporting.append(record)
            elif bearing == "consistent":
                verdict.consistent.append(record)
            elif bearing == "contradicts":
                verdict.contradicting.append(record)
    if skipped and not verdict.note:
        verdict.note = (
            f"{skipped} figure{'s' if skipped > 1 else ''} for another year or part of it "
            "not compared: a different question"
        )
    return settle(verdict)


def settle(verdict: Verdict) -> Verdict:
    """Set the verdict word from the evidence found for, loosely for, and against."""
    if verdict.contradicting and (verdict.supporting or verdict.consistent):
        verdict.verdict = "disputed"
    elif verdict.supporting:
        verdict.verdict = "supported"
    elif verdict.contradicting:
        verdict.verdict = "contradicted"
    elif verdict.consistent:
        verdict.verdict = "consistent"
    else:
        verdict.verdict = "no_evidence"
    return verdict


def check(store: Store, reading: Reading, tolerance: float = DEFAULT_TOLERANCE) -> list[Verdict]:
    """Return a verdict for every claim of a reading whose subject the reader is sure of (confidence at least
    the `claim_min_confidence` setting): the library side of `sphere check`."""
    stored_doc = reading.document.id
    least = settings.get_float("claim_min_confidence") or 0.0
    verdicts = []
    for claim in (c for c in reading.claims if c.confidence >= least):  # unsure subjects are not checked
        v = check_claim(store, claim, tolerance)
        # the article's own stored claims are not evidence for themselves
        v.supporting = [e for e in v.supporting if e.get("document_id") != stored_doc]
        v.consistent = [e for e in v.consistent if e.get("document_id") != stored_doc]
        v.contradicting = [e for e in v.contradicting if e.get("document_id") != stored_doc]
        verdicts.append(settle(v))
    names = entity_names(
        store,
        {str(e.get("subject_id")) for v in verdicts for e in v.supporting + v.consistent + v.contradicting}
        - {"None"},
    )
    for v in verdicts:
        v.why = claim_why(v, names)
    return verdicts
