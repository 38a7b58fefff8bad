"""The influence index's data model: cells, components, the composite, coverage, years and sensitivity.

A *component* is one dimension of one cell: the power's share (0–1) of the state's total in that channel, the
figures it rests on and one sentence that says what drives it. A *cell* is a power in a state in a year; its
composite is the weighted mean of the components that have data, computed only where they carry at least
`min_coverage` (half) of the weight. Years are checked against the range the data of record covers.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

Record = dict[str, Any]
Weights = dict[str, Any]

DIMENSIONS = (
    "trade",
    "finance",
    "people",
    "security",
    "diplomacy",
    "institutions",
    "alignment",
    "attention",
)
CHINA, RUSSIA = "country:CHN", "country:RUS"


class YearError(ValueError):
    """A year the data cannot answer (outside the range the data of record cover)."""


@dataclass
class Component:
    """One dimension of one cell: the share (or None), the power's amount, the basis, the records behind it."""

    share: float | None
    raw: float = 0.0
    unit: str = ""
    basis: str | None = None
    sentence: str = ""
    records: list[Record] = field(default_factory=list)
    parts: dict[str, float | None] = field(default_factory=dict)  # sub-measures of a dimension
    rank: int | None = None  # the power's place among the powers with a share (1 = leads)

    def to_json(self, *, records: bool = False) -> dict[str, Any]:
        """Return the component as plain data (with its records when `records`)."""
        out: dict[str, Any] = {
            "share": self.share,
            "raw": self.raw,
            "unit": self.unit,
            "basis": self.basis,
            "sentence": self.sentence,
            "rank": self.rank,
        }
        if self.parts:
            out["parts"] = self.parts
        if records:
            out["records"] = self.records
        return out


@dataclass
class Cell:
    """A power's index in a state and year."""

    power: str
    state: str
    year: int
    components: dict[str, Component]
    composite: float | None = None
    coverage: float = 0.0
    sentence: str = ""

    def to_json(self, *, records: bool = False) -> dict[str, Any]:
        """Return the cell as plain data (with the records behind it when `records`)."""
        return {
            "power": self.power,
            "state": self.state,
            "year": self.year,
            "composite": self.composite,
            "coverage": self.coverage,
            "sentence": self.sentence,
            "components": {d: c.to_json(records=records) for d, c in self.components.items()},
        }


@dataclass
class IndexResult:
    """All cells plus each state's dependence (concentration) per year, and the years the data cover."""

    cells: dict[tuple[str, str, int], Cell]
    dependence: dict[tuple[str, int], dict[str, Any]]
    weights: Weights
    data_years: tuple[int, int] | None = None
    dimension_weights: dict[str, float] = field(default_factory=dict)  # the weights in use (attention 0
    # when the store holds no documents)

    def default_year(self, threshold: float = 0.8, powers: tuple[str, ...] = (CHINA, RUSSIA)) -> int | None:
        """Return the latest year whose China and Russia cells reach `threshold` coverage in every state;
        failing that, the latest year where the lowest of those coverages is highest."""
        return default_year(self, threshold, powers)


def weights_in_use(weights: Weights, has_documents: bool) -> dict[str, float]:
    """Return the dimension weights that count: attention only when the store holds documents."""
    out = {d: float(weights["dimensions"].get(d, 0.0)) for d in DIMENSIONS}
    if not has_documents:
        out["attention"] = 0.0
    return out


def composite(cell: Cell, dim_w: dict[str, float], min_coverage: float) -> None:
    """Set the cell's coverage (the share of the weight with data) and its composite (when coverage suffices)."""
    total_w = sum(dim_w.values())
    have = {d: c.share for d, c in cell.components.items() if c.share is not None and dim_w.get(d, 0.0) > 0}
    used_w = sum(dim_w[d] for d in have)
    cell.coverage = used_w / total_w if total_w else 0.0
    ok = used_w > 0 and cell.coverage >= min_coverage - 1e-9
    cell.composite = sum(dim_w[d] * s for d, s in have.items() if s is not None) / used_w if ok else None


def rank(components: dict[str, Component]) -> None:
    """Number the powers by their share in one dimension (1 = largest); powers without a share get none."""
    ordered = sorted(
        ((c.share, p) for p, c in components.items() if c.share is not None), key=lambda x: (-x[0], x[1])
    )
    for i, (_, p) in enumerate(ordered, 1):
        components[p].rank = i


def hhi(shares: list[float]) -> float:
    """Return the Herfindahl–Hirschman index (0–1) of shares that sum to at most 1."""
    return sum(s * s for s in shares)


def dependence(
    cells: dict[tuple[str, str, int], Cell],
    state: str,
    year: int,
    powers: list[str],
    dims: dict[str, dict[str, Component]],
) -> dict[str, Any]:
    """Return a state's concentration per dimension and overall, its top power and the margin."""
    out: dict[str, Any] = {}
    for d, comps in dims.items():
        shares = [c.share for c in comps.values() if c.share is not None]
        out[d] = round(hhi(shares), 4) if shares else None
    ranked = sorted(
        ((c.composite, p) for p in powers if (c := cells[(p, state, year)]).composite is not None),
        reverse=True,
    )
    if ranked:
        total = sum(v for v, _ in ranked)
        out["overall"] = round(hhi([v / total for v, _ in ranked]), 4) if total else None
        out["top"] = ranked[0][1]
        out["margin"] = round(ranked[0][0] - ranked[1][0], 4) if len(ranked) > 1 else None
    return out


def default_year(result: IndexResult, threshold: float, powers: tuple[str, ...]) -> int | None:
    """See `IndexResult.default_year`."""
    states = sorted({s for (_, s, _) in result.cells})
    years = sorted({y for (_, _, y) in result.cells}, reverse=True)
    best: tuple[float, int] | None = None
    for y in years:
        covs = [c.coverage for p in powers for s in states if (c := result.cells.get((p, s, y))) is not None]
        if not covs:
            continue
        low = min(covs)
        if low >= threshold - 1e-9:
            return y
        if best is None or low > best[0] + 1e-9:
            best = (low, y)
    return best[1] if best and best[0] > 0 else None


def check_years(years: range, data_years: tuple[int, int] | None) -> None:
    """Raise `YearError` when any asked year lies outside the range the data of record cover."""
    if data_years is None:
        raise YearError("no data of record is loaded: run `sphere data load` (or `sphere demo`) first")
    first, last = data_years
    if len(years) == 0:
        raise YearError("no years asked")
    if years.start < first or years[-1] > last:
        asked = f"{years.start}" if len(years) == 1 else f"{years.start}–{years[-1]}"
        raise YearError(f"the data cover {first}–{last}; {asked} is outside that range")


def parse_years(text: str | None, default: range) -> range:
    """Parse '2013-2025' or '2024' into a range of years; raise `YearError` on anything else."""
    if not text:
        return default
    first, _, last = text.strip().partition("-")
    if not first.strip().isdigit() or (last and not last.strip().isdigit()):
        raise YearError(f"years must look like 2023 or 2000-2024, not {text!r}")
    out = range(int(first), int(last or first) + 1)
    if len(out) == 0:
        raise YearError(f"the range {text!r} is empty (first year after last)")
    return out


def sensitivity(result: IndexResult, *, draws: int = 200, seed: int = 7) -> dict[tuple[str, int], float]:
    """Return, per state and year, how often the top power stays on top under random dimension weights
    (a flat Dirichlet over the dimensions that count)."""
    rng = random.Random(seed)
    dims = [d for d, w in result.dimension_weights.items() if w > 0] or list(DIMENSIONS)
    stay: dict[tuple[str, int], int] = defaultdict(int)
    keys = [k for k, v in result.dependence.items() if v.get("top")]
    by_state: dict[tuple[str, int], list[Cell]] = defaultdict(list)
    for (_, s, y), cell in result.cells.items():
        by_state[(s, y)].append(cell)
    for _ in range(draws):
        raw_w = {d: rng.gammavariate(1.0, 1.0) for d in dims}
        total = sum(raw_w.values())
        dim_w = {d: v / total for d, v in raw_w.items()}
        for key in keys:
            best, best_p = -1.0, None
            for cell in by_state[key]:
                have = {d: c.share for d, c in cell.components.items() if c.share is not None and d in dim_w}
                used = sum(dim_w[d] for d in have)
                comp = sum(dim_w[d] * v for d, v in have.items() if v is not None) / used if used else -1.0
                if comp > best:
                    best, best_p = comp, cell.power
            stay[key] += best_p == result.dependence[key]["top"]
    return {k: stay[k] / draws for k in keys}
