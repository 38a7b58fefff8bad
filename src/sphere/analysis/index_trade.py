"""The trade dimension: a power's share of a Central Asian state's total trade, saying whose statistics count.

For each power the figure is chosen in this order: data of record in the state's own statistics, data of record
in mirror statistics (the partner's customs, Eurostat for the EU), then figures curated into the knowledge base
(own, then mirror). A figure is a reported total, or exports plus imports of the same statistics; a single flow
counts and says so. The denominator is the state's own total from the same statistics office where it is
stored, else the World Bank's (WDI merchandise exports + imports); a share above 100% is never shown: the cell
then shows both figures and no share. Where another statistics office reports a widely different figure (a
ratio beyond `trade_disagreement`, default 1.5), the cell shows both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sphere.analysis.format import money, pct
from sphere.analysis.index_inputs import WORLD, IndexInputs, Weights
from sphere.analysis.index_model import Component
from sphere.analysis.index_records import (
    Record,
    Row,
    is_compiler,
    name,
    possessive,
    record,
    source_label,
)

FLOWS = ("trade_total", "exports", "imports", "api_trade")  # api_trade: Lowy Asia Power Index dyads


@dataclass
class Figure:
    """One reading of a state's trade with a partner: the value, whose statistics, and the rows behind it."""

    value: float
    statistics_of: str | None
    of_record: bool
    rows: list[Row] = field(default_factory=list)
    flows: str = "exports and imports"

    def priority(self, state: str) -> tuple[bool, bool, bool]:
        """Sort key: data of record first, then the state's own statistics, then complete figures."""
        return (
            not self.of_record,
            self.statistics_of != state,
            self.flows not in ("total", "exports and imports"),
        )


def _active(start: object, end: object, year: int) -> bool:
    s, e = str(start or "")[:4], str(end or "")[:4]
    return (not s.isdigit() or int(s) <= year) and (not e.isdigit() or int(e) >= year)


def figures(inp: IndexInputs, state: str, partner: str | tuple[str, ...], year: int) -> list[Figure]:
    """Return every reading of the state's trade with a partner in a year (in USD), best first."""
    partners = (partner,) if isinstance(partner, str) else partner
    groups: dict[tuple[str | None, bool], dict[str, list[Row]]] = {}
    for flow in FLOWS:
        for raw in inp.rows_in(flow, state, year):
            r = inp.in_usd(raw) if raw["partner_id"] in partners else None  # EUR at its year's rate
            if r is not None:
                key = (r["statistics_of"] or r["statistics"], bool(r["of_record"]))
                groups.setdefault(key, {}).setdefault(
                    "trade_total" if flow == "api_trade" else flow, []
                ).append(r)
    out: list[Figure] = []
    for (stats, of_record), flows in groups.items():
        if flows.get("trade_total"):
            best = max(flows["trade_total"], key=lambda r: r["value"])
            out.append(Figure(best["value"], stats, of_record, [best], "total"))
        elif flows.get("exports") and flows.get("imports"):
            ex, im = flows["exports"][0], flows["imports"][0]
            out.append(Figure(ex["value"] + im["value"], stats, of_record, [ex, im]))
        else:
            flow = "exports" if flows.get("exports") else "imports"
            one = flows[flow][0]
            out.append(Figure(one["value"], stats, of_record, [one], f"{flow} only"))
    out.sort(key=lambda f: (*f.priority(state), -f.value))
    return out


def _eu_members_sum(inp: IndexInputs, state: str, year: int) -> Figure | None:
    traded = inp.trade_partners(state, FLOWS)
    members = [m for m, (s, e) in inp.eu_members.items() if m in traded and _active(s, e, year)]
    found = [f[0] for m in members if (f := figures(inp, state, m, year))]
    if not found:
        return None
    return Figure(
        sum(f.value for f in found),
        "members",
        all(f.of_record for f in found),
        [r for f in found for r in f.rows],
        "EU members summed (no bloc figure)",
    )


def _with_members(options: list[Figure], members: Figure | None, state: str) -> list[Figure]:
    """Add the EU members' summed figure: before a bloc figure that is one flow only of other statistics
    (Eurostat's exports to the state, converted from EUR) when the sum is data of record with both flows
    (mostly the state's own statistics); else only where nothing else exists."""
    if members is None:
        return options
    if not options:
        return [members]
    best = options[0]
    both = {r["indicator"] for r in members.rows} >= {"exports", "imports"}
    one_flow = best.flows.endswith(" only") and best.statistics_of != state
    return [members, *options] if members.of_record and both and one_flow else options


def total_trade(inp: IndexInputs, state: str, year: int) -> Figure | None:
    """Return the state's total trade in a year: its own statistics' world total, else the World Bank's."""
    own = [f for f in figures(inp, state, WORLD, year) if f.statistics_of in (state, None)]
    record_own = [f for f in own if f.of_record and f.flows in ("total", "exports and imports")]
    if record_own:
        return record_own[0]
    ex, im = inp.wdi("TX.VAL.MRCH.CD.WT", state, year), inp.wdi("TM.VAL.MRCH.CD.WT", state, year)
    if ex and im:
        return Figure(ex["value"] + im["value"], "world bank", True, [ex, im])
    complete = [f for f in own if f.flows in ("total", "exports and imports")]
    return complete[0] if complete else None


def _whose(inp: IndexInputs, f: Figure, state: str) -> str:
    if f.statistics_of == "members":
        return "EU members' statistics summed"
    if f.statistics_of in (None, ""):
        return "unattributed statistics"
    if is_compiler(f.statistics_of):  # a compiler (Lowy, the World Bank), not a state's office
        return str((f.rows[0].get("statistics") if f.rows else None) or f.statistics_of)
    who = "own statistics" if f.statistics_of == state else "mirror statistics"
    office = f.rows[0].get("statistics") if f.rows else None
    base = f"{possessive(name(inp, f.statistics_of))} {who}"
    return f"{base}, {office}" if office else base


def trade(inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights) -> dict[str, Component]:
    """Compute the trade component of every power in a state and year."""
    total = total_trade(inp, state, year)
    limit = float(w.get("trade_disagreement", 1.5))
    s_name = name(inp, state)
    out: dict[str, Component] = {}
    for p in powers:
        options = figures(inp, state, p, year)
        if p == "org:eu":
            options = _with_members(options, _eu_members_sum(inp, state, year), state)
        if not options:
            out[p] = Component(share=None, unit="USD", basis=None, sentence=_missing(inp, p, s_name, year))
            continue
        best = options[0]
        recs: list[Record] = [record(inp, r, role="numerator") for r in best.rows]
        share: float | None = None
        basis = _whose(inp, best, state)
        if not best.of_record:
            basis += " (curated figure from a cited page)"
        if best.flows not in ("total", "exports and imports"):
            basis += f" ({best.flows})"
        if total is not None:
            recs += [record(inp, r, role="denominator") for r in total.rows]
            if best.value <= total.value:
                share = best.value / total.value
                basis += f"; share of {possessive(s_name)} total trade ({_total_label(total)})"
            else:
                basis += f"; exceeds {possessive(s_name)} total of {money(total.value)}: no share shown"
        others = [
            o
            for o in options[1:]
            if o.statistics_of != best.statistics_of
            and o.flows in ("total", "exports and imports")
            and (o.value > best.value * limit or o.value * limit < best.value)
        ]
        for o in others[:2]:
            recs += [record(inp, r, role="differs widely") for r in o.rows]
        out[p] = Component(
            share=share,
            raw=best.value,
            unit="USD",
            basis=basis,
            records=recs,
            sentence=_sentence(inp, p, state, year, best, total, share, others[:1]),
        )
    shares = [c.share for c in out.values() if c.share is not None]
    if sum(shares) > 1.0 + 1e-9:  # mirror figures of several partners together exceed the state's total
        for c in out.values():
            if c.share is not None and "mirror" in (c.basis or ""):
                c.share = None
                c.basis = (c.basis or "") + "; mirror figures together exceed the total: no share shown"
    return out


def _total_label(total: Figure) -> str:
    if total.statistics_of == "world bank":
        return "World Bank WDI merchandise exports + imports"
    return source_label(total.rows[0].get("src") or {}) if total.rows else "reported total"


def _missing(inp: IndexInputs, p: str, s_name: str, year: int) -> str:
    return f"No statistics give {possessive(s_name)} trade with {name(inp, p)} in {year}: missing, not zero."


def _sentence(
    inp: IndexInputs,
    p: str,
    state: str,
    year: int,
    best: Figure,
    total: Figure | None,
    share: float | None,
    others: list[Figure],
) -> str:
    s_name, p_name = name(inp, state), name(inp, p)
    src = source_label(best.rows[0].get("src") or {}) if best.rows else ""
    by = _whose(inp, best, state)
    text = f"{p_name}: {money(best.value)} of {possessive(s_name)} trade in {year} by {by}"
    if best.flows not in ("total", "exports and imports"):
        text += f" ({best.flows})"
    if total is not None and share is not None:
        text += f", of {money(total.value)} in all ({pct(share)})"
    text += f" — {src}"
    if not best.of_record:
        text += " (curated figure)"
    converted = [str(r["converted"]) for r in best.rows if r.get("converted")]
    if converted:
        text += f" ({'; '.join(dict.fromkeys(converted))})"
    for o in others:
        text += f"; {_whose(inp, o, state)} report {money(o.value)} ({o.value / best.value:.1f}×)"
    return text + "."
