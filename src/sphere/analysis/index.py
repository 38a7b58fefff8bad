"""The influence index: each power's weight in each Central Asian state, per year, by dimension.

Dimensions come from data of record (published datasets loaded by `sphere data load`) and from figures curated
into the knowledge base with their sources, each record marked as which; claims read from documents never
enter a value (they belong to the ledger). Every dimension is a power's share of the state's total in that
channel; the composite is the weighted mean of the dimensions that have data, computed only where they carry at
least half the weight, with the coverage shown and nothing imputed. Each cell carries one sentence naming what
drives it; `explain()` lists the records behind each number. Method, weights and validation: docs/index.md.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sphere.analysis.format import ordinal, pct
from sphere.analysis.index_dimensions import alignment, diplomacy, finance, institutions, people, security
from sphere.analysis.index_inputs import (
    Attention,
    IndexInputs,
    Weights,
    default_weights,
    load_inputs,
    merge_weights,
)
from sphere.analysis.index_model import (
    DIMENSIONS,
    Cell,
    Component,
    IndexResult,
    YearError,
    check_years,
    composite,
    dependence,
    parse_years,
    rank,
    sensitivity,
    weights_in_use,
)
from sphere.analysis.index_records import Record, name, source_label
from sphere.analysis.index_trade import trade
from sphere.store.store import Store

__all__ = [
    "DIMENSIONS",
    "IndexResult",
    "YearError",
    "compute",
    "data_years",
    "explain",
    "index",
    "parse_years",
    "sensitivity",
]

# the indicators that set the range of years the index answers (data of record about the C5)
YEAR_INDICATORS = ("exports", "imports", "trade_total", "unga_agreement", "arms_tiv")


def data_years(inp: IndexInputs) -> tuple[int, int] | None:
    """Return the first and last year the data of record cover (None when no dataset is loaded)."""
    years = [y for ind in YEAR_INDICATORS if (span := inp.years_of.get(ind)) for y in span]
    of_record = any(r["of_record"] for r in inp.indicators)
    return (min(years), max(years)) if years and of_record else None


def _attention(
    inp: IndexInputs, state: str, year: int, powers: list[str], w: Weights, att: Attention
) -> dict[str, Component]:
    n_docs = att.docs.get((state, year), 0)
    raw = {p: float(att.both.get((state, p, year), 0)) for p in powers}
    quads = {ev_type: quad for quad, types in w["quads"].items() for ev_type in types}
    recs: dict[str, list[Record]] = defaultdict(list)
    listed: dict[str, str] = {}
    for p in powers:
        shown = att.events.get((state, p, year), [])
        for ev in shown:
            recs[p].append(
                {
                    "label": ev.get("title") or f"{ev['type']} event read from a document",
                    "year": ev["year"],
                    "date": ev.get("date"),
                    "display": str(quads.get(ev["type"]) or ev["type"]).replace("_", " "),
                    "kind": "read from a stored document",
                    "source": {"url": ev.get("source_url"), "title": ev.get("source_title")},
                    "cite": ev.get("source_title") or ev.get("source_url") or "stored document",
                    "table": "events",
                    "id": ev["id"],
                }
            )
        n_events = att.n_events.get((state, p, year), len(shown))
        if n_events > len(shown):
            listed[p] = (
                f"; {n_events} events read from documents involve both (the newest {len(shown)} listed)"
            )
    total = sum(raw.values())
    return {
        p: Component(
            share=raw[p] / total if n_docs and total else None,
            raw=raw[p],
            unit="documents",
            basis=f"{int(raw[p])} of {n_docs} stored documents about the state that year" if n_docs else None,
            records=recs[p],
            sentence=f"{int(raw[p])} of {n_docs} stored news documents about {name(inp, state)} in {year} "
            f"name {name(inp, p)}{listed.get(p, '')}"
            if n_docs
            else "No stored documents about the state that year.",
        )
        for p in powers
    }


def _lead(inp: IndexInputs, p: str, state: str, dim: str, c: Component) -> str:
    where = f"{dim} in {name(inp, state)}"
    who = name(inp, p)
    text = f"{who} leads {where}" if c.rank == 1 else f"{who} ranks {ordinal(c.rank or 0)} in {where}"
    return text[0].upper() + text[1:]


def _cell_sentence(inp: IndexInputs, cell: Cell, dim_w: dict[str, float]) -> str:
    have = [(dim_w[d] * (c.share or 0.0), d, c) for d, c in cell.components.items() if c.share is not None]
    have = [h for h in have if dim_w.get(h[1], 0) > 0]
    if not have:
        return f"No data of record for {name(inp, cell.power)} in {name(inp, cell.state)} in {cell.year}."
    _, dim, comp = max(have, key=lambda h: (h[0], h[1]))
    head = _lead(inp, cell.power, cell.state, dim, comp)
    detail = comp.sentence.rstrip(".")
    if cell.composite is None:
        return f"{head}, but data cover only {pct(cell.coverage, 0)} of the weight: no composite. {detail}."
    return f"{head}, its largest contribution to a composite of {cell.composite:.2f}: {detail}."


def compute(
    inp: IndexInputs,
    weights: Weights,
    *,
    states: list[str] | None = None,
    powers: list[str] | None = None,
    years: range | None = None,
) -> IndexResult:
    """Compute every cell for the states, powers and years asked (defaults: the weights file and the years
    the data cover); raise `YearError` for a year outside the data's range."""
    states = states or list(weights["states"])
    powers = powers or list(weights["powers"])
    span = data_years(inp)
    if years is None:
        if span is None:
            raise YearError("no data of record is loaded: run `sphere data load` (or `sphere demo`) first")
        years = range(max(span[0], int(weights.get("first_year", 2000))), span[1] + 1)
    check_years(years, span)
    att = inp.attention(states, powers)
    dim_w = weights_in_use(weights, has_documents=bool(att.docs))
    min_cov = float(weights.get("min_coverage", 0.5))
    cells: dict[tuple[str, str, int], Cell] = {}
    deps: dict[tuple[str, int], dict[str, Any]] = {}
    for state in states:
        for year in years:
            dims = {
                "trade": trade(inp, state, year, powers, weights),
                "finance": finance(inp, state, year, powers, weights),
                "people": people(inp, state, year, powers, weights),
                "security": security(inp, state, year, powers, weights),
                "diplomacy": diplomacy(inp, state, year, powers, weights),
                "institutions": institutions(inp, state, year, powers, weights),
                "alignment": alignment(inp, state, year, powers, weights),
                "attention": _attention(inp, state, year, powers, weights, att),
            }
            for comps in dims.values():
                rank(comps)
            for p in powers:
                cell = Cell(p, state, year, {d: dims[d][p] for d in DIMENSIONS})
                composite(cell, dim_w, min_cov)
                cell.sentence = _cell_sentence(inp, cell, dim_w)
                cells[(p, state, year)] = cell
            deps[(state, year)] = dependence(cells, state, year, powers, dims)
    return IndexResult(cells, deps, weights, span, dim_w)


def explain(result: IndexResult, power: str, state: str, year: int) -> dict[str, Any]:
    """Return one cell with every record behind each component (the data of `sphere index explain`)."""
    cell = result.cells.get((power, state, year))
    if cell is None:
        raise KeyError(f"no index cell for {power} in {state} in {year}")
    out = cell.to_json(records=True)
    out["weights"] = result.dimension_weights
    out["dependence"] = result.dependence.get((state, year))
    for comp in out["components"].values():
        for r in comp["records"]:
            r.setdefault("cite", source_label(r.get("source") or {}))
    return out


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
    return compute(
        load_inputs(store, states=states, powers=powers), w, states=states, powers=powers, years=years
    )
