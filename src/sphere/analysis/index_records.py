"""The records behind index cells, written for a person: names, formatted figures and sources.

Every dimension of the index turns the rows it used into records with `record()`: what the figure is
("Kazakhstan's exports to China"), its year, value and formatted value, whose statistics, whether it is data of
record (a published dataset) or a figure curated into the knowledge base from a cited page, and its source.
Shared helpers compute shares of a total from one dataset, so that no share can pass 100%.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sphere.analysis.format import figure
from sphere.analysis.index_inputs import WORLD, IndexInputs

Record = dict[str, Any]
Row = dict[str, Any]

INDICATOR_LABELS = {
    "exports": "{s} exports to {p}",
    "imports": "{s} imports from {p}",
    "trade_total": "{s} trade with {p}",
    "api_trade": "{s} trade with {p} (Lowy Asia Power Index network)",
    "remittances_from": "remittances to {s} from {p}",
    "migrants_in": "{s} migrants living in {p}",
    "arms_tiv": "arms deliveries from {p} to {s} (SIPRI TIV)",
    "military_bases": "military bases of {p} in {s}",
    "alliance": "alliance ties of {s} with {p} (ATOP)",
    "diplomatic_posts": "diplomatic posts of {p} in {s}",
    "shared_igos": "intergovernmental organisations {s} shares with {p}",
    "unga_agreement": "UN General Assembly voting agreement of {s} with {p}",
    "dev_finance_total": "Chinese official finance committed to {s}",
    "dev_finance": "official finance from {p} committed to {s}",
    "cgit_investment": "investment deals of {p} in {s} (CGIT)",
    "cgit_construction": "construction contracts of {p} in {s} (CGIT)",
}
WDI_LABELS = {
    "TX.VAL.MRCH.CD.WT": "merchandise exports",
    "TM.VAL.MRCH.CD.WT": "merchandise imports",
    "BX.TRF.PWKR.CD.DT": "personal remittances received",
    "BX.KLT.DINV.CD.WD": "FDI net inflows",
    "DT.ODA.ODAT.CD": "net ODA received",
    "DT.DOD.DECT.CD": "external debt stocks",
    "NY.GDP.MKTP.CD": "GDP",
    "SM.POP.TOTL": "international migrant stock",
}


def name(inp: IndexInputs, entity_id: str) -> str:
    """Return an entity's name ("China", "the EU", "the world")."""
    if entity_id in WORLD:
        return "the world"
    if entity_id == "org:eu":
        return "the EU"
    return inp.names.get(entity_id) or entity_id.split(":", 1)[-1]


def possessive(text: str) -> str:
    """Return "Kazakhstan's" for "Kazakhstan" ("the EU's" for "the EU")."""
    return text + ("'" if text.endswith("s") else "'s")


def source_label(src: Row) -> str:
    """Return how a source is cited in a sentence: the dataset (or page title) and publisher."""
    if not src:
        return "no source"
    dataset = str(src.get("dataset") or "")
    main = dataset.split(": ", 1)[0] if dataset else str(src.get("title") or src.get("url") or "source")
    pub = str(src.get("publisher") or "")
    short = pub and len(pub) <= 40 and ";" not in pub and pub not in main
    return f"{main} ({pub})" if short else main


def is_compiler(statistics_of: str | None) -> bool:
    """Return whether a `statistics_of` names a compiler (the World Bank, Lowy) rather than a state or the EU."""
    return bool(statistics_of) and not (
        str(statistics_of).startswith("country:") or statistics_of == "org:eu"
    )


def statistics_label(inp: IndexInputs, row: Row) -> str:
    """Return whose statistics a row is, with the office: "Kazakhstan's statistics (Bureau …)"."""
    who = row.get("statistics_of")
    office = row.get("statistics")
    if is_compiler(who):  # a compiler, not a state: its table says it all
        return str(office or who)
    base = f"{possessive(name(inp, who))} statistics" if who else "statistics"
    return f"{base} ({office})" if office else base


def record(inp: IndexInputs, row: Row, *, role: str | None = None) -> Record:
    """Return an indicator row as a record a person reads, with its source and whether it is data of record
    (built once per row and role, then shared: treat it as read-only)."""
    key = ("record", row["id"], role)
    found: Record | None = inp.cache.get(key)
    if found is None:
        found = inp.cache[key] = _record(inp, row, role)
    return found


def _record(inp: IndexInputs, row: Row, role: str | None) -> Record:
    ind, s, p = row["indicator"], name(inp, row["reporter_id"]), name(inp, row["partner_id"])
    if ind.startswith("wdi:"):
        code = ind[4:]
        label = f"{possessive(s)} {WDI_LABELS.get(code, code)} (World Bank WDI {code})"
    else:
        template = INDICATOR_LABELS.get(ind, ind.replace("_", " ") + " ({s}, {p})")
        label = template.format(s=possessive(s) if template.startswith("{s} ") else s, p=p)
        label = label[0].upper() + label[1:]
    src = row.get("src") or {}
    out: Record = {
        "label": label,
        "year": row["year"],
        "value": row["value"],
        "unit": row["unit"],
        "display": figure(row["value"], row["unit"]),
        "kind": "data of record" if row.get("of_record") else "curated (knowledge base, cited page)",
        "statistics": statistics_label(inp, row) if row.get("statistics_of") else row.get("statistics"),
        "source": {k: src.get(k) for k in ("dataset", "title", "publisher", "url", "license") if src.get(k)},
        "cite": source_label(src),
        "table": "indicators",
        "id": row["id"],
    }
    if row.get("converted"):  # a figure published in another currency, read in US dollars
        out["original"] = figure(row["original_value"], row["original_unit"])
        out["converted"] = row["converted"]
        rate = row.get("fx_row") or {}
        rsrc = rate.get("src") or {}
        out["rate_source"] = {k: rsrc.get(k) for k in ("title", "publisher", "url") if rsrc.get(k)}
    if role:
        out["role"] = role
    return out


def latest_release(
    inp: IndexInputs, indicator: str, state: str, year: int, max_age: int
) -> tuple[int | None, list[Row]]:
    """Return the latest year ≤ `year` (at most `max_age` years back) with rows of `indicator` for `state`."""
    for y in inp.years_with(indicator, state):
        if y <= year:
            return (y, inp.rows_in(indicator, state, y)) if y >= year - max_age else (None, [])
    return None, []


def share_of_total(
    inp: IndexInputs,
    rows: Iterable[Row],
    powers: list[str],
    *,
    zero_fill: bool,
    covered: set[str] | None = None,
) -> tuple[dict[str, float | None], dict[str, float], float, list[Row]]:
    """Return each power's share of a total that comes from the same rows (the dataset's world row where it
    has one, else the sum over every partner), each power's amount, the total and the total's rows.

    With `zero_fill`, a power without a row has share 0 (the dataset covers every partner: no row means none);
    `covered` limits that to the partners the dataset covers. Shares are None when the total is not positive.
    """
    rows = list(rows)
    world = [r for r in rows if r["partner_id"] in WORLD]
    partners = [r for r in rows if r["partner_id"] not in WORLD]
    amount: dict[str, float] = {}
    for r in partners:
        amount[r["partner_id"]] = amount.get(r["partner_id"], 0.0) + float(r["value"])
    if world:  # one world row per year (a window sums its years)
        per_year: dict[int, Row] = {}
        for r in world:
            if r["year"] not in per_year or r["value"] > per_year[r["year"]]["value"]:
                per_year[r["year"]] = r
        total, total_rows = sum(float(r["value"]) for r in per_year.values()), list(per_year.values())
    else:
        total, total_rows = sum(amount.values()), []
    total = max(total, sum(amount.get(p, 0.0) for p in powers))  # a world row below its parts: parts count
    shares: dict[str, float | None] = {}
    for p in powers:
        if total <= 0:
            shares[p] = None
        elif p in amount:
            shares[p] = amount[p] / total
        elif zero_fill and (covered is None or p in covered):
            shares[p] = 0.0
        else:
            shares[p] = None
    return shares, amount, total, total_rows


def mean_parts(parts: dict[str, float | None], part_weights: dict[str, float]) -> float | None:
    """Return the weighted mean of the sub-measures that have a value (None when none has)."""
    have = {k: v for k, v in parts.items() if v is not None and part_weights.get(k, 1.0) > 0}
    total = sum(part_weights.get(k, 1.0) for k in have)
    return sum(part_weights.get(k, 1.0) * v for k, v in have.items()) / total if total else None
