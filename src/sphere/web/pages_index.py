"""Index pages: the state × power heat map for a year, trend lines, and the explanation of one cell."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import HTTPException, Query

from sphere.analysis import index as ix
from sphere.analysis.index_inputs import default_weights, load_inputs
from sphere.web import queries as q
from sphere.web.context import Ctx, CtxDep, Page
from sphere.web.pages_kb import ledger
from sphere.web.svg import colour


def _compute(ctx: Ctx) -> ix.IndexResult | str:
    try:
        return ix.compute(load_inputs(ctx.store), default_weights())
    except ix.YearError as exc:  # no data of record loaded: the page says so
        return str(exc)


def result(ctx: Ctx) -> ix.IndexResult:
    """Return the index over the whole store with the default weights (cached until the data change; after a
    change the last result is served while it is recomputed in the background); 503 with the reason when no
    data of record is loaded."""
    res: ix.IndexResult | str = ctx.cache.lookup("index", lambda: _compute(ctx), background=ctx.background)
    if isinstance(res, str):
        raise HTTPException(503, res)
    return res


def warm(ctx: Ctx) -> None:
    """Compute the cached whole-store results once in the background, so first visits are fast."""
    try:
        ctx.cache.get("index", lambda: _compute(ctx))
        ledger(ctx)
    except Exception:  # warming is best effort: the page computes it again and reports its error
        pass


def _labels(ctx: Ctx, ids: list[str]) -> dict[str, str]:
    short = {"org:eu": "EU", "country:USA": "USA", "country:ARE": "UAE", "country:KOR": "S. Korea"}
    return {**q.names(ctx.store, ids), **{k: v for k, v in short.items() if k in ids}}


def _check_year(res: ix.IndexResult, year: int) -> None:
    years = sorted({y for (_, _, y) in res.cells})
    if year not in years:
        raise HTTPException(
            422,
            f"year {year} is outside the range the index covers ({years[0]}–{years[-1]})"
            if years
            else "the index has no years",
        )


def index(
    ctx: CtxDep,
    year: Annotated[int | None, Query(ge=1900, le=2100, description="Year of the heat map")] = None,
    state: Annotated[
        str, Query(max_length=200, description="State whose trend lines are drawn")
    ] = "country:KAZ",
) -> dict[str, Any]:
    """The influence index: each power's composite in each state for a year, and its trend in one state."""
    res = result(ctx)
    w = res.weights
    states, powers = list(w["states"]), list(w["powers"])
    if state not in states:
        raise HTTPException(422, f"state must be one of {', '.join(states)}")
    years = sorted({y for (_, _, y) in res.cells})
    with_data = sorted({y for (_, _, y), c in res.cells.items() if c.composite is not None})
    default = res.default_year()
    year = year or default or (with_data[-1] if with_data else years[-1])
    _check_year(res, year)
    grid = {f"{s}|{p}": res.cells[(p, s, year)].composite for s in states for p in powers}
    trends = [
        {
            "power": p,
            "colour": colour(p),
            "points": [
                [y, c.composite] for y in years if (c := res.cells[(p, state, y)]).composite is not None
            ],
        }
        for p in powers
    ]
    return {
        "year": year,
        "default_year": default,
        "state": state,
        "years": years,
        "years_with_data": with_data,
        "data_years": res.data_years,
        "states": states,
        "powers": powers,
        "names": _labels(ctx, states + powers),
        "composite": grid,
        "coverage": {f"{s}|{p}": res.cells[(p, s, year)].coverage for s in states for p in powers},
        "sentences": {f"{s}|{p}": res.cells[(p, s, year)].sentence for s in states for p in powers},
        "dependence": {s: res.dependence.get((s, year)) for s in states},
        "trends": [tr for tr in trends if tr["points"]],
        "weights": res.dimension_weights,
    }


def explain(
    ctx: CtxDep,
    power: Annotated[str, Query(max_length=200)] = "country:CHN",
    state: Annotated[str, Query(max_length=200)] = "country:KAZ",
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
) -> dict[str, Any]:
    """One cell of the index: its sentence, every component with its basis, and the records (names, formatted
    figures, sources) behind it."""
    res = result(ctx)
    year = year or res.default_year() or max(y for (_, _, y) in res.cells)
    _check_year(res, year)
    try:
        cell = ix.explain(res, power, state, year)
    except KeyError as exc:
        raise HTTPException(404, str(exc.args[0])) from None
    return {"cell": cell, "names": _labels(ctx, [power, state]), "dimensions": list(ix.DIMENSIONS)}


PAGES = [
    Page("/index", "index.html", index, "The influence index heat map and trends", "index", "Index"),
    Page("/index/explain", "explain.html", explain, "The records behind one index cell", "index"),
]
