"""The index's dimensions besides trade: finance, people, security, diplomacy, institutions and alignment.

Each is a power's share of the state's total in that channel, from one dataset at a time so that numerator and
denominator agree: finance (AidData and, when loaded, CGIT, over the state's external finance from WDI), people
(KNOMAD remittance and migrant-stock shares), security (SIPRI arms deliveries over a rolling window, foreign
bases, alliances), diplomacy (knowledge-base summits, visits and agreements; Lowy diplomatic posts),
institutions (knowledge-base memberships; COW shared IGOs) and alignment (UN General Assembly voting agreement).
Sub-measures of a dimension are averaged with the weights in `index_weights.json`; a missing one is left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sphere.analysis.format import count, money, pct
from sphere.analysis.index_inputs import IndexInputs, Weights
from sphere.analysis.index_model import Component
from sphere.analysis.index_records import (
    Record,
    Row,
    latest_release,
    mean_parts,
    name,
    possessive,
    record,
    share_of_total,
    source_label,
)

Dim = dict[str, Component]
FINANCE = ("dev_finance_total", "dev_finance", "cgit_investment")
# datasets that cover every partner country, so that a partner without a row has none (KNOMAD's matrices,
# the bases list); for the others (Lowy's 66 senders) a partner the edition never lists stays missing
COMPLETE = ("remittances_from", "migrants_in", "military_bases")


def _year(value: Any) -> int | None:
    text = str(value or "")[:4]
    return int(text) if text.isdigit() else None


def _active(start: Any, end: Any, year: int) -> bool:
    s, e = _year(start), _year(end)
    return (s is None or s <= year) and (e is None or e >= year)


def _combine(
    powers: list[str],
    parts: dict[str, dict[str, float | None]],
    recs: dict[str, list[Record]],
    part_w: dict[str, float],
    notes: dict[str, dict[str, str]],
    basis: str,
) -> Dim:
    out: Dim = {}
    for p in powers:
        mine = {k: v.get(p) for k, v in parts.items()}
        share = mean_parts(mine, part_w)
        text = "; ".join(notes[k][p] for k in parts if p in notes.get(k, {}))
        out[p] = Component(
            share=share,
            basis=basis if share is not None else None,
            records=recs.get(p, []),
            parts=mine,
            sentence=(text + ".") if text else "No data of record for this channel.",
        )
    return out


def finance(inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights) -> Dim:
    """Official finance (AidData) and, when loaded, CGIT investment committed in the window to `year`, as a
    share of the state's external finance then: those commitments plus WDI FDI inflows and net ODA received."""
    window = int(w.get("finance_window_years", 5))
    years = range(year - window + 1, year + 1)
    amount: dict[str, float] = defaultdict(float)
    recs: dict[str, list[Record]] = defaultdict(list)
    covered: set[str] = set()
    for ind in FINANCE:
        first, last = inp.years_of.get(ind, (0, -1))
        if last < years.start or first > year:
            continue
        for r in inp.rows(ind, state):
            if r["year"] in years and r["unit"] == "USD" and r["of_record"]:
                amount[r["partner_id"]] += r["value"]
                recs[r["partner_id"]].append(record(inp, r, role="numerator"))
        covered |= inp.partners_of(ind)
    found = (inp.wdi(code, state, y) for y in years for code in ("BX.KLT.DINV.CD.WD", "DT.ODA.ODAT.CD"))
    wdi: list[Row] = [r for r in found if r is not None]
    base = sum(max(0.0, r["value"]) for r in wdi) + sum(amount.values())
    out: Dim = {}
    for p in powers:
        if p not in covered or not wdi or base <= 0:
            why = "no finance dataset covers it" if p not in covered else "no WDI finance totals"
            out[p] = Component(
                share=None, unit="USD", sentence=f"Finance of {name(inp, p)}: missing ({why} for {year})."
            )
            continue
        share = amount.get(p, 0.0) / base
        extra = [record(inp, r, role="denominator") for r in wdi]
        out[p] = Component(
            share=share,
            raw=amount.get(p, 0.0),
            unit="USD",
            basis=f"official finance committed {years.start}–{year} over the state's external finance "
            "(those commitments + WDI FDI inflows + net ODA received)",
            records=recs.get(p, []) + extra,
            sentence=f"{name(inp, p)} committed {money(amount.get(p, 0.0))} in official finance to "
            f"{name(inp, state)} in {years.start}–{year}, {pct(share)} of {money(base)} external finance "
            f"(AidData GCDF; World Bank WDI FDI and ODA)",
        )
    return out


def _stock_part(
    inp: IndexInputs,
    indicator: str,
    state: str,
    year: int,
    powers: list[str],
    max_age: int,
    noun: str,
    fmt: Any,
    zero_fill: bool = True,
) -> tuple[dict[str, float | None], dict[str, list[Record]], dict[str, str]]:
    release, rows = latest_release(inp, indicator, state, year, max_age)
    if release is None:
        return {}, {}, {}
    covered = None if indicator in COMPLETE else set(inp.seen.get((indicator, release), set()))
    shares, amount, total, total_rows = share_of_total(
        inp, rows, powers, zero_fill=zero_fill, covered=covered
    )
    recs: dict[str, list[Record]] = {}
    notes: dict[str, str] = {}
    src = source_label(rows[0].get("src") or {})
    for p in powers:
        if shares.get(p) is None:
            continue
        mine = [r for r in rows if r["partner_id"] == p]
        recs[p] = [record(inp, r, role=noun) for r in mine] + [
            record(inp, r, role="total") for r in total_rows
        ]
        notes[p] = f"{noun} {fmt(amount.get(p, 0.0))} of {fmt(total)} ({pct(shares[p])}, {release}, {src})"
    return shares, recs, notes


def people(inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights) -> Dim:
    """Remittances received from each power and the state's migrants living there, as shares of all."""
    age = w.get("stock_max_age", {})
    parts: dict[str, dict[str, float | None]] = {}
    notes: dict[str, dict[str, str]] = {}
    recs: dict[str, list[Record]] = defaultdict(list)
    for key, ind, noun, fmt in (
        ("remittances", "remittances_from", "remittances", money),
        ("migrants", "migrants_in", "migrants", lambda v: count(v, "people")),
    ):
        shares, r, n = _stock_part(inp, ind, state, year, powers, int(age.get(ind, 4)), noun, fmt)
        parts[key], notes[key] = shares, n
        for p, lst in r.items():
            recs[p] += lst
    return _combine(
        powers, parts, recs, w.get("people_parts", {}), notes, "KNOMAD remittance and migrant shares"
    )


def _allies(
    inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights
) -> tuple[dict[str, float | None], dict[str, list[Record]], dict[str, str]]:
    orgs = set(w.get("defence_organisations", ["org:csto", "org:nato"]))
    member = {k for k in inp.active_memberships(year) if k[1] in orgs}
    allied: dict[str, list[Record]] = defaultdict(list)
    for org in orgs:
        if (state, org) in member:
            for p in powers:
                if (p, org) in member:
                    allied[p].append(
                        {
                            "label": f"{name(inp, state)} and {name(inp, p)} are both members of "
                            f"{inp.names.get(org, org)}",
                            "year": year,
                            "kind": "curated (knowledge base, cited page)",
                            "table": "memberships",
                        }
                    )
    first, last = inp.years_of.get("alliance", (0, -1))
    if first <= year <= last:
        for r in inp.rows_in("alliance", state, year):
            if r["value"] > 0 and r["partner_id"] in powers:
                allied[r["partner_id"]].append(record(inp, r, role="alliance"))
    n = len(allied)
    shares = {p: (1.0 / n if p in allied else 0.0) if n else 0.0 for p in powers}
    notes = {
        p: f"allied with {name(inp, state)} ({'; '.join(r['label'] for r in allied[p][:2])})" for p in allied
    }
    return dict(shares), dict(allied), notes


def _tiv(value: float) -> str:
    return f"{value:,.0f} TIV m"


def security(inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights) -> Dim:
    """SIPRI arms deliveries over the window to `year`, foreign bases, and alliances (ATOP, CSTO)."""
    window = int(w.get("arms_window_years", 5))
    first, last = inp.years_of.get("arms_tiv", (0, -1))
    parts: dict[str, dict[str, float | None]] = {}
    notes: dict[str, dict[str, str]] = {}
    recs: dict[str, list[Record]] = defaultdict(list)
    if last >= year - window + 1 and first <= year:
        rows = [r for r in inp.rows("arms_tiv", state) if year - window < r["year"] <= year]
        shares, amount, total, _ = share_of_total(inp, rows, powers, zero_fill=True)
        parts["arms"] = shares
        notes["arms"] = {
            p: f"arms {_tiv(amount.get(p, 0.0))} of {_tiv(total)} delivered {year - window + 1}–{year} "
            f"({pct(s)}, SIPRI)"
            for p, s in shares.items()
            if s is not None
        }
        for r in rows:
            if r["partner_id"] in powers:
                recs[r["partner_id"]].append(record(inp, r, role="arms"))
    age = w.get("stock_max_age", {})
    shares, r2, n2 = _stock_part(
        inp, "military_bases", state, year, powers, int(age.get("military_bases", 6)), "bases", count
    )
    if (
        not shares
        and inp.years_of.get("military_bases")
        and any(
            year - int(age.get("military_bases", 6)) <= y <= year
            for y in range(inp.years_of["military_bases"][0], inp.years_of["military_bases"][1] + 1)
        )
    ):
        shares = {p: 0.0 for p in powers}  # the list covers every state: none here
    parts["bases"], notes["bases"] = shares, n2
    for p, lst in r2.items():
        recs[p] += lst
    a_shares, a_recs, a_notes = _allies(inp, state, year, powers, w)
    parts["alliance"], notes["alliance"] = a_shares, a_notes
    for p, lst in a_recs.items():
        recs[p] += lst
    return _combine(powers, parts, recs, w.get("security_parts", {}), notes, "SIPRI arms, bases, alliances")


_LEADERS = re.compile(r"\b(?:summit|heads? of (?:state|government)|state visit|presidents?|leaders?)\b", re.I)
_MINISTERS = re.compile(r"\b(?:ministers?|ministerial|secretary|deputy)\b", re.I)


def event_level(ev: Row) -> str:
    """Return an event's level from its title: leaders (heads of state or government), ministers, or other."""
    title = str(ev.get("title") or "")
    if _MINISTERS.search(title):
        return "ministers"
    if _LEADERS.search(title) or any(str(a).startswith("person:") for a in ev.get("actors") or []):
        return "leaders"
    return "other"


def _event_record(inp: IndexInputs, ev: Row, score: float, level: str) -> Record:
    src = inp.sources.get(ev.get("source_id") or "") or {}
    return {
        "label": ev.get("title") or f"{ev['type']} event",
        "year": ev["year"],
        "date": ev.get("date"),
        "display": f"{ev['type'].lower()}, {level}, weight {score:.1f}",
        "kind": "curated (knowledge base, cited page)",
        "source": {k: src.get(k) for k in ("title", "url", "dataset", "publisher") if src.get(k)},
        "cite": source_label(src),
        "table": "events",
        "id": ev["id"],
    }


def diplomacy(inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights) -> Dim:
    """Summits, visits and agreements in the knowledge base that year, and Lowy diplomatic posts."""
    types, modes, levels = w["event_types"], w["event_modes"], w.get("event_levels", {})
    raw: dict[str, float] = defaultdict(float)
    recs: dict[str, list[Record]] = defaultdict(list)
    any_event = False
    for ev in inp.events:
        if ev["year"] != year or ev.get("status") not in (None, "asserted"):
            continue
        who = set(ev["actors"]) | set(ev["recipients"])
        if state not in who:
            continue
        any_event = True
        level = event_level(ev)
        for p in powers:
            if p in who:
                score = types.get(ev["type"], 0.0) * modes.get(ev["mode"] or "", 1.0) * levels.get(level, 1.0)
                raw[p] += score
                recs[p].append(_event_record(inp, ev, score, level))
    total = sum(raw.values())
    parts: dict[str, dict[str, float | None]] = {}
    notes: dict[str, dict[str, str]] = {}
    if any_event and total > 0:
        parts["events"] = {p: raw.get(p, 0.0) / total for p in powers}
        notes["events"] = {
            p: f"{len(recs[p])} summits, visits or agreements in {year}" for p in powers if recs[p]
        }
    age = w.get("stock_max_age", {})
    shares, r2, n2 = _stock_part(
        inp, "diplomatic_posts", state, year, powers, int(age.get("diplomatic_posts", 2)), "posts", count
    )
    parts["posts"], notes["posts"] = shares, n2
    for p, lst in r2.items():
        recs[p] += lst
    return _combine(powers, parts, recs, w.get("diplomacy_parts", {}), notes, "events and diplomatic posts")


def _roles(
    inp: IndexInputs, year: int, depth: dict[str, float], member_roles: dict[str, float]
) -> dict[tuple[str, str], tuple[float, Row]]:
    """Return each member's strongest role in each weighted organisation in a year (built once per year)."""
    key = ("roles", year)
    if key not in inp.cache:
        role_of: dict[tuple[str, str], tuple[float, Row]] = {}
        for (member, org), ms in inp.active_memberships(year).items():
            if org in depth:
                for m in ms:
                    weight = member_roles.get(m["role"], 0.0)
                    if weight > role_of.get((member, org), (0.0, {}))[0]:
                        role_of[(member, org)] = (weight, m)
        inp.cache[key] = role_of
    found: dict[tuple[str, str], tuple[float, Row]] = inp.cache[key]
    return found


def institutions(inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights) -> Dim:
    """Memberships shared with the state (knowledge base, weighted by depth) and COW shared IGO counts."""
    depth, member_roles = w["institution_depth"], w["member_roles"]
    role_of = _roles(inp, year, depth, member_roles)
    raw: dict[str, float] = defaultdict(float)
    recs: dict[str, list[Record]] = defaultdict(list)
    orgs: dict[str, list[str]] = defaultdict(list)
    for org, d in depth.items():
        s_w = role_of.get((state, org))
        if not s_w:
            continue
        for p in powers:
            p_w = (1.0, {}) if p == org else role_of.get((p, org))
            if p_w:
                raw[p] += d * min(s_w[0], p_w[0])
                orgs[p].append(inp.names.get(org, org))
                recs[p].append(
                    {
                        "label": f"{inp.names.get(org, org)}: {name(inp, state)} ({s_w[1].get('role')}) and "
                        f"{name(inp, p)} ({'the organisation' if p == org else p_w[1].get('role')})",
                        "year": year,
                        "display": f"depth {d}",
                        "kind": "curated (knowledge base, cited page)",
                        "table": "memberships",
                    }
                )
    total = sum(raw.values())
    parts: dict[str, dict[str, float | None]] = {}
    notes: dict[str, dict[str, str]] = {}
    if total > 0:
        parts["memberships"] = {p: raw.get(p, 0.0) / total for p in powers}
        notes["memberships"] = {p: f"shares {', '.join(orgs[p][:4])}" for p in powers if orgs[p]}
    rows = inp.rows_in("shared_igos", state, year)
    if rows:
        shares, amount, _, _ = share_of_total(inp, rows, powers, zero_fill=False)
        parts["igos"] = shares
        notes["igos"] = {p: f"{count(amount[p])} shared IGOs (COW)" for p in powers if p in amount}
        for r in rows:
            if r["partner_id"] in powers:
                recs[r["partner_id"]].append(record(inp, r, role="igos"))
    return _combine(powers, parts, recs, w.get("institution_parts", {}), notes, "shared memberships")


def alignment(inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights) -> Dim:
    """UN General Assembly voting agreement (0–1) with each power, as a share of the agreement with all."""
    rows = {r["partner_id"]: r for r in inp.rows_in("unga_agreement", state, year)}
    have = {p: float(rows[p]["value"]) for p in powers if p in rows}
    total = sum(have.values())
    out: Dim = {}
    for p in powers:
        if p not in have or total <= 0:
            out[p] = Component(share=None, sentence=f"No UN General Assembly votes compared for {year}.")
            continue
        r = rows[p]
        out[p] = Component(
            share=have[p] / total,
            raw=have[p],
            unit="0-1",
            basis="UNGA agreement, share of the agreement with all tracked powers",
            records=[record(inp, r, role="agreement")],
            sentence=f"{possessive(name(inp, state))} UN General Assembly votes agreed {have[p]:.2f} with "
            f"{name(inp, p)} in {year} ({source_label(r.get('src') or {})})",
        )
    return out
