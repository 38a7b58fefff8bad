"""The influence index: each power's weight in each Central Asian state, per year, by dimension.

Every dimension is a *share among the tracked powers* (or, for trade, of the state's total trade when a
total is known), so dimensions add up across powers and can be compared; the composite is the weighted mean
of the dimensions that have data, with the coverage shown and nothing imputed. `explain()` lists the records
behind each number. The method, its anchors and its limits are in docs/index.md.
"""

from __future__ import annotations

import math
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sphere.analysis.index_inputs import (
    Attention,
    IndexInputs,
    Weights,
    default_weights,
    load_inputs,
    merge_weights,
    source_of,
)
from sphere.store.store import Store

DIMENSIONS = ("trade", "finance", "infrastructure", "diplomacy", "institutions", "attention")
Record = dict[str, Any]


@dataclass
class Component:
    """One dimension of one cell: the power's share (0–1) or None, its raw amount, and its records."""

    share: float | None
    raw: float = 0.0
    basis: str | None = None
    records: list[Record] = field(default_factory=list)


@dataclass
class Cell:
    """A power's index in a state and year."""

    power: str
    state: str
    year: int
    components: dict[str, Component]
    composite: float | None = None
    coverage: float = 0.0

    def to_json(self, *, records: bool = False) -> dict[str, Any]:
        """Return the cell as plain data (with the records behind it when `records`)."""
        return {
            "power": self.power,
            "state": self.state,
            "year": self.year,
            "composite": self.composite,
            "coverage": self.coverage,
            "components": {
                d: {
                    "share": c.share,
                    "raw": c.raw,
                    "basis": c.basis,
                    **({"records": c.records} if records else {}),
                }
                for d, c in self.components.items()
            },
        }


@dataclass
class IndexResult:
    """All cells plus each state's dependence (concentration) per year."""

    cells: dict[tuple[str, str, int], Cell]
    dependence: dict[tuple[str, int], dict[str, Any]]
    weights: Weights


def _year(value: Any) -> int | None:
    text = str(value or "")[:4]
    return int(text) if text.isdigit() else None


def _active(start: Any, end: Any, year: int) -> bool:
    s, e = _year(start), _year(end)
    return (s is None or s <= year) and (e is None or e >= year)


def _shares(raw: dict[str, float]) -> dict[str, float | None]:
    total = sum(raw.values())
    return {p: (v / total if total > 0 else None) for p, v in raw.items()}


def turnover(
    inp: IndexInputs, state: str, partner: str, year: int, statistics_of: str | None = None
) -> tuple[float | None, list[Record], str | None]:
    """Return a state's trade with a partner in a year, the records behind it and whose statistics they are.

    Without `statistics_of`, the state's own statistics are preferred, then the partner's mirror figures, then
    any other; a total is taken as reported, else exports plus imports of the same statistics.
    """
    options: dict[str, list[Record]] = defaultdict(list)
    for r in inp.indicators_of(state, year):
        if r["partner_id"] == partner and r["indicator"] in ("trade_total", "exports", "imports"):
            options[r["statistics_of"] or "?"].append(r)
    order = [statistics_of] if statistics_of else sorted(options, key=lambda s: (s != state, s != partner, s))
    for stats in order:
        recs = options.get(stats or "", [])
        total = [r for r in recs if r["indicator"] == "trade_total"]
        if total:
            best = max(total, key=lambda r: r["value"])
            return best["value"], [best], stats
        ex = [r for r in recs if r["indicator"] == "exports"]
        im = [r for r in recs if r["indicator"] == "imports"]
        if ex and im:
            return ex[0]["value"] + im[0]["value"], [ex[0], im[0]], stats
    return None, [], None


def partner_totals(
    inp: IndexInputs, year: int, states: list[str], partners: list[str], statistics_of: str | None = None
) -> dict[str, tuple[float, int]]:
    """Return each partner's trade summed over `states` in a year, with the number of states that have a figure."""
    out: dict[str, tuple[float, int]] = {}
    for p in partners:
        values = [v for st in states if (v := turnover(inp, st, p, year, statistics_of)[0]) is not None]
        if values:
            out[p] = (sum(values), len(values))
    return out


def _trade(inp: IndexInputs, state: str, year: int, powers: list[str]) -> dict[str, Component]:
    world, world_recs, _ = turnover(inp, state, "world:total", year)
    out: dict[str, Component] = {}
    raw: dict[str, float] = {}
    for p in powers:
        value, recs, stats = turnover(inp, state, p, year)
        if value is None and p == "org:eu":
            members = [m for m, (s, e) in inp.eu_members.items() if _active(s, e, year)]
            found = [(v, r) for v, r, _ in (turnover(inp, state, m, year) for m in members) if v is not None]
            if found:
                value, recs, stats = sum(v for v, _ in found), [x for _, r in found for x in r], "members"
        comp = Component(share=None, raw=value or 0.0, records=[_record(inp, r) for r in recs])
        comp.basis = None if value is None else f"statistics of {stats}"
        if p == "org:eu" and stats == "members":
            comp.basis = "EU members summed (no bloc figure)"
        out[p] = comp
        if value is not None:
            raw[p] = value
    if world:
        for p, v in raw.items():
            out[p].share = v / world
            out[p].basis = f"{out[p].basis}; share of total trade"
            out[p].records.extend(_record(inp, r) for r in world_recs)
    elif len(raw) >= 3:
        for p, s in _shares(raw).items():
            out[p].share = s
            out[
                p
            ].basis = f"{out[p].basis}; share of trade with the {len(raw)} tracked powers that have figures"
    return out


def _record(inp: IndexInputs, r: Record, **extra: Any) -> Record:
    keep = (
        "id",
        "indicator",
        "partner_id",
        "reporter_id",
        "year",
        "value",
        "unit",
        "statistics",
        "type",
        "mode",
        "date",
        "title",
        "org_id",
        "member_id",
        "role",
        "start",
        "end",
        "quote",
        "field",
    )
    return {
        **{k: r[k] for k in keep if k in r and r[k] is not None},
        "source": source_of(inp, r.get("source_id")),
        **extra,
    }


def _finance(inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights) -> dict[str, Component]:
    window = int(w.get("finance_window_years", 5))
    raw: dict[str, float] = defaultdict(float)
    recs: dict[str, list[Record]] = defaultdict(list)
    dataset_powers = {r["partner_id"] for r in inp.indicators if r["indicator"] == "dev_finance_total"}
    for r in inp.indicators:
        if (
            r["indicator"] == "dev_finance_total"
            and r["reporter_id"] == state
            and r["partner_id"] in powers
            and year - window < r["year"] <= year
            and r["unit"] == "USD"
        ):
            raw[r["partner_id"]] += r["value"]
            recs[r["partner_id"]].append(_record(inp, r))
    for proj in inp.projects:
        if state not in proj["countries"]:
            continue
        for party in proj["parties"]:
            p = party["power_id"]
            if p not in powers or p in dataset_powers or party["role"] not in ("financier", "investor"):
                continue
            for fig in proj["figures"]:
                fy = _year(fig["as_of"])
                if (
                    fig["attribute"] in ("loan", "investment")
                    and fig["unit"] == "USD"
                    and fy
                    and year - window < fy <= year
                ):
                    raw[p] += fig["value"]
                    recs[p].append(_record(inp, fig, project=proj["name"]))
    if len(raw) < 2:  # a share among one power says nothing: report the amount, not a share
        return {
            p: Component(
                share=None,
                raw=raw.get(p, 0.0),
                records=recs[p],
                basis=f"only {len(raw)} power has finance figures for the {window} years to {year}"
                if raw
                else None,
            )
            for p in powers
        }
    shares = _shares(dict(raw))
    return {
        p: Component(
            share=shares.get(p, 0.0),
            raw=raw.get(p, 0.0),
            records=recs[p],
            basis=f"share of development finance and project loans/investment committed in the "
            f"{window} years to {year}",
        )
        for p in powers
    }


def _value_weight(proj: Record) -> float:
    usd = [
        f["value"]
        for f in proj["figures"]
        if f["unit"] == "USD" and f["attribute"] in ("cost", "investment", "loan")
    ]
    if not usd:
        return 0.5
    return min(1.0, max(0.1, math.log10(max(usd)) - 7) / 3)  # $10m -> 0.1 … $10bn -> 1


def _share_components(
    raw: dict[str, float], recs: dict[str, list[Record]], powers: list[str], basis: str
) -> dict[str, Component]:
    """Turn each power's raw amount into its share among the powers (no data at all: every share missing)."""
    shares = _shares(dict(raw))
    return {
        p: Component(
            share=shares.get(p, 0.0) if raw else None,
            raw=raw.get(p, 0.0),
            basis=basis if raw else None,
            records=recs[p],
        )
        for p in powers
    }


def _infrastructure(
    inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights
) -> dict[str, Component]:
    roles, status = w["party_roles"], w["project_status"]
    raw: dict[str, float] = defaultdict(float)
    recs: dict[str, list[Record]] = defaultdict(list)
    for proj in inp.projects:
        if state not in proj["countries"] or not _active(proj["start"], None, year):
            continue
        weight_by_power: dict[str, tuple[float, list[str]]] = {}
        for party in proj["parties"]:
            p = party["power_id"]
            if p in powers:
                cur = weight_by_power.get(p, (0.0, []))
                weight_by_power[p] = (max(cur[0], roles.get(party["role"], 0.3)), [*cur[1], party["role"]])
        for p, (role_w, role_names) in weight_by_power.items():
            score = role_w * status.get(proj["status"] or "", 0.5) * _value_weight(proj)
            raw[p] += score
            recs[p].append(
                {
                    "project": proj["name"],
                    "id": proj["entity_id"],
                    "roles": role_names,
                    "status": proj["status"],
                    "score": round(score, 3),
                }
            )
    return _share_components(
        raw, recs, powers, "projects active that year, weighted by role, status and value"
    )


_LEADERS = re.compile(r"\b(?:summit|heads? of (?:state|government)|state visit|presidents?|leaders?)\b", re.I)
_MINISTERS = re.compile(r"\b(?:ministers?|ministerial|secretary|deputy)\b", re.I)


def event_level(ev: Record) -> str:
    """Return an event's level from its title: leaders (heads of state or government), ministers, or other."""
    title = str(ev.get("title") or "")
    if _MINISTERS.search(title):
        return "ministers"
    if _LEADERS.search(title) or any(str(a).startswith("person:") for a in ev.get("actors") or []):
        return "leaders"
    return "other"


def _diplomacy(
    inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights
) -> dict[str, Component]:
    types, modes, levels = w["event_types"], w["event_modes"], w.get("event_levels", {})
    raw: dict[str, float] = defaultdict(float)
    recs: dict[str, list[Record]] = defaultdict(list)
    for ev in inp.events:
        if ev["year"] != year or ev.get("status") not in (None, "asserted"):
            continue
        who = set(ev["actors"]) | set(ev["recipients"])
        if state not in who:
            continue
        level = event_level(ev)
        for p in powers:
            if p in who:
                score = types.get(ev["type"], 0.0) * modes.get(ev["mode"] or "", 1.0) * levels.get(level, 1.0)
                raw[p] += score
                recs[p].append(_record(inp, ev, score=score, level=level))
    return _share_components(
        raw, recs, powers, "summits, visits and agreements that year, weighted by PLOVER type, mode and level"
    )


def _institutions(
    inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights
) -> dict[str, Component]:
    depth, member_roles = w["institution_depth"], w["member_roles"]
    role_of: dict[tuple[str, str], tuple[float, Record]] = {}
    for m in inp.memberships:
        if m["org_id"] in depth and _active(m["start"], m["end"], year):
            weight = member_roles.get(m["role"], 0.0)
            key = (m["member_id"], m["org_id"])
            if weight > role_of.get(key, (0.0, {}))[0]:
                role_of[key] = (weight, m)
    raw: dict[str, float] = defaultdict(float)
    recs: dict[str, list[Record]] = defaultdict(list)
    for org, d in depth.items():
        s_w = role_of.get((state, org))
        if not s_w:
            continue
        for p in powers:
            p_w = (
                (1.0, {"org_id": org, "member_id": p, "role": "the organisation itself"})
                if p == org
                else role_of.get((p, org))
            )
            if p_w:
                raw[p] += d * min(s_w[0], p_w[0])
                recs[p].append(_record(inp, p_w[1], shared_with_state=_record(inp, s_w[1]), depth=d))
    return _share_components(
        raw, recs, powers, "memberships shared with the state, weighted by the organisation's depth"
    )


def _attention(
    inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights, att: Attention
) -> dict[str, Component]:
    n_docs = att.docs.get((state, year), 0)
    raw = {p: float(att.both.get((state, p, year), 0)) for p in powers}
    quads = {ev_type: quad for quad, types in w["quads"].items() for ev_type in types}
    recs: dict[str, list[Record]] = defaultdict(list)
    for ev in att.events.get((state, year), []):
        who = set(ev["actors"]) | set(ev["recipients"])
        for p in powers:
            if p in who:
                recs[p].append(_record(inp, ev, quad=quads.get(ev["type"])))
    shares = _shares(raw) if sum(raw.values()) else {}
    return {
        p: Component(
            share=shares.get(p) if n_docs and shares else None,
            raw=raw[p],
            basis=f"{int(raw[p])} of {n_docs} stored documents about the state that year" if n_docs else None,
            records=recs[p],
        )
        for p in powers
    }


def hhi(shares: list[float]) -> float:
    """Return the Herfindahl–Hirschman index (0–1) of shares that sum to at most 1."""
    return sum(s * s for s in shares)


def compute(
    inp: IndexInputs,
    weights: Weights,
    *,
    states: list[str] | None = None,
    powers: list[str] | None = None,
    years: range = range(2013, 2026),
) -> IndexResult:
    """Compute every cell for the states, powers and years asked (defaults from the weights file)."""
    states = states or list(weights["states"])
    powers = powers or list(weights["powers"])
    dim_w: dict[str, float] = weights["dimensions"]
    cells: dict[tuple[str, str, int], Cell] = {}
    dependence: dict[tuple[str, int], dict[str, Any]] = {}
    att = inp.attention(states, powers)
    for state in states:
        for year in years:
            dims = {
                "trade": _trade(inp, state, year, powers),
                "finance": _finance(inp, state, year, powers, weights),
                "infrastructure": _infrastructure(inp, state, year, powers, weights),
                "diplomacy": _diplomacy(inp, state, year, powers, weights),
                "institutions": _institutions(inp, state, year, powers, weights),
                "attention": _attention(inp, state, year, powers, weights, att),
            }
            for p in powers:
                comps = {d: dims[d][p] for d in DIMENSIONS}
                cells[(p, state, year)] = cell = Cell(p, state, year, comps)
                _composite(cell, dim_w)
            dependence[(state, year)] = _dependence(cells, state, year, powers, dims)
    return IndexResult(cells, dependence, weights)


def _composite(cell: Cell, dim_w: dict[str, float]) -> None:
    have = {d: c.share for d, c in cell.components.items() if c.share is not None and dim_w.get(d, 0) > 0}
    total_w = sum(dim_w.get(d, 0.0) for d in DIMENSIONS)
    used_w = sum(dim_w[d] for d in have)
    cell.coverage = used_w / total_w if total_w else 0.0
    cell.composite = sum(dim_w[d] * s for d, s in have.items() if s is not None) / used_w if used_w else None


def _dependence(
    cells: dict[tuple[str, str, int], Cell],
    state: str,
    year: int,
    powers: list[str],
    dims: dict[str, dict[str, Component]],
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for d, comps in dims.items():
        shares = [c.share for c in comps.values() if c.share is not None]
        out[d] = round(hhi(shares), 4) if shares else None
    ranked: list[tuple[float, str]] = sorted(
        ((c.composite, p) for p in powers if (c := cells[(p, state, year)]).composite is not None),
        reverse=True,
    )
    if ranked:
        total = sum(v for v, _ in ranked)
        out["overall"] = round(hhi([v / total for v, _ in ranked]), 4) if total else None
        out["top"] = ranked[0][1]
        out["margin"] = round(ranked[0][0] - ranked[1][0], 4) if len(ranked) > 1 else None
    return out


def sensitivity(
    inp: IndexInputs, weights: Weights, result: IndexResult, *, draws: int = 200, seed: int = 7
) -> dict[tuple[str, int], float]:
    """Return, per state and year, how often the top power stays on top under random dimension weights."""
    rng = random.Random(seed)
    stay: dict[tuple[str, int], int] = defaultdict(int)
    keys = [k for k, v in result.dependence.items() if v.get("top")]
    for _ in range(draws):
        raw_w = {d: rng.gammavariate(1.0, 1.0) for d in DIMENSIONS}
        total = sum(raw_w.values())
        dim_w = {d: v / total for d, v in raw_w.items()}
        for state, year in keys:
            best, best_p = -1.0, None
            for (p, s, y), cell in result.cells.items():
                if s != state or y != year:
                    continue
                have = {d: c.share for d, c in cell.components.items() if c.share is not None}
                used = sum(dim_w[d] for d in have)
                comp = sum(dim_w[d] * v for d, v in have.items() if v is not None) / used if used else -1.0
                if comp > best:
                    best, best_p = comp, p
            stay[(state, year)] += best_p == result.dependence[(state, year)]["top"]
    return {k: stay[k] / draws for k in keys}


def explain(result: IndexResult, power: str, state: str, year: int) -> dict[str, Any]:
    """Return one cell with every record behind each component (the data of `sphere index explain`)."""
    cell = result.cells.get((power, state, year))
    if cell is None:
        raise KeyError(f"no index cell for {power} in {state} in {year}")
    out = cell.to_json(records=True)
    out["weights"] = result.weights["dimensions"]
    out["dependence"] = result.dependence.get((state, year))
    return out


def parse_years(text: str | None, default: range = range(2013, 2026)) -> range:
    """Parse '2013-2025' or '2024' into a range of years."""
    if not text:
        return default
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def index(
    store: Store,
    *,
    states: list[str] | None = None,
    powers: list[str] | None = None,
    years: range | None = None,
    weights: Weights | None = None,
) -> IndexResult:
    """Compute the index from a store (the library side of `sphere index`)."""
    w = merge_weights(default_weights(), weights or {})
    return compute(load_inputs(store), w, states=states, powers=powers, years=years or range(2013, 2026))
