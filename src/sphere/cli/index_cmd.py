"""`sphere index`: each power's weight in each Central Asian state, by dimension, with explanations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from sphere.cli.main import DbOption, JsonOption, app, console, emit_json, err, open_store

index_app = typer.Typer(
    help="The influence index: each power's weight in each Central Asian state.", invoke_without_command=True
)
app.add_typer(index_app, name="index")

StateOpt = Annotated[
    list[str] | None, typer.Option("--state", help="State(s): KAZ, Kazakhstan or country:KAZ.")
]
PowerOpt = Annotated[list[str] | None, typer.Option("--power", help="Power(s): CHN, EU, Russia …")]
WeightsOpt = Annotated[Path | None, typer.Option("--weights", help="JSON file overriding default weights.")]


def _ids(store: Any, names: list[str] | None) -> list[str] | None:
    if not names:
        return None
    out = []
    for name in names:
        ids = store.resolve(name)
        if not ids:
            err.print(f"[red]unknown state or power {name!r}[/]")
            raise typer.Exit(2)
        out.append(ids[0])
    return out


def _weights(path: Path | None) -> dict[str, Any] | None:
    if not path:
        return None
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        err.print(f"[red]cannot read weights file {path}: {exc}[/]")
        raise typer.Exit(2) from None
    return data


def _fail(exc: Exception) -> typer.Exit:
    err.print(f"[red]{exc}[/]")
    return typer.Exit(2)


@index_app.callback()
def index(
    ctx: typer.Context,
    db: DbOption = None,
    state: StateOpt = None,
    power: PowerOpt = None,
    years: Annotated[
        str | None, typer.Option(help="Years, e.g. 2000-2024 or 2020 (default: every year the data cover).")
    ] = None,
    weights: WeightsOpt = None,
    sensitivity: Annotated[
        bool, typer.Option(help="Also test how stable each ranking is under random weights.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Compute per power × state × year the dimension scores, the composite and each state's dependence."""
    if ctx.invoked_subcommand:
        return
    from sphere.analysis.index import YearError, parse_years
    from sphere.analysis.index import index as run_index
    from sphere.analysis.index import sensitivity as run_sensitivity

    store = open_store(db)
    try:
        asked = parse_years(years, range(0)) if years else None
        result = run_index(
            store,
            states=_ids(store, state),
            powers=_ids(store, power),
            years=asked,
            weights=_weights(weights),
        )
    except YearError as exc:
        raise _fail(exc) from None
    stability = run_sensitivity(result) if sensitivity else {}
    if json_out:
        emit_json(
            {
                "data_years": result.data_years,
                "default_year": result.default_year(),
                "cells": [c.to_json() for c in result.cells.values()],
                "dependence": [{"state": s, "year": y, **d} for (s, y), d in result.dependence.items()],
                "stability": [{"state": s, "year": y, "top_stays_top": v} for (s, y), v in stability.items()],
                "weights": result.weights,
                "dimension_weights": result.dimension_weights,
            }
        )
        return
    _print_tables(store, result, stability)


def _print_tables(store: Any, result: Any, stability: dict[tuple[str, int], float]) -> None:
    names = {
        e: (store.entity(e) or {"name": e})["name"]
        for e in {c.power for c in result.cells.values()} | {c.state for c in result.cells.values()}
    }
    dims = [d for d, w in result.dimension_weights.items() if w > 0]
    by_state: dict[tuple[str, int], list[Any]] = {}
    for c in result.cells.values():
        by_state.setdefault((c.state, c.year), []).append(c)
    for (state_id, year), cells in sorted(by_state.items()):
        if all(c.composite is None for c in cells):
            continue
        dep = result.dependence.get((state_id, year), {})
        table = Table(
            "power",
            "composite",
            "coverage",
            *dims,
            title=f"{names[state_id]} {year} · top {names.get(str(dep.get('top')), '—')} · "
            f"concentration (HHI) {dep.get('overall')}"
            + (
                f" · top stays top in {stability[(state_id, year)]:.0%} of random weightings"
                if (state_id, year) in stability
                else ""
            ),
            title_justify="left",
        )
        for c in sorted(cells, key=lambda c: -(c.composite or -1)):
            table.add_row(
                names.get(c.power, c.power),
                "—" if c.composite is None else f"{c.composite:.2f}",
                f"{c.coverage:.0%}",
                *["—" if c.components[d].share is None else f"{c.components[d].share:.2f}" for d in dims],
            )
        console.print(table)
        top = next((c for c in cells if c.power == dep.get("top")), None)
        if top is not None:
            console.print(f"  {top.sentence}", highlight=False)
    console.print(
        f"Data of record cover {result.data_years[0]}–{result.data_years[1]}; default year "
        f"{result.default_year()} (latest with China and Russia covered ≥ 80% in every state)."
        if result.data_years
        else "",
        highlight=False,
    )


@index_app.command("explain")
def explain(
    power: str,
    state: str,
    year: int,
    db: DbOption = None,
    weights: WeightsOpt = None,
    json_out: JsonOption = False,
) -> None:
    """List the records behind each component of one power's index in one state and year."""
    from sphere.analysis.index import YearError
    from sphere.analysis.index import explain as run_explain
    from sphere.analysis.index import index as run_index

    store = open_store(db)
    (pid,), (sid,) = _ids(store, [power]) or [], _ids(store, [state]) or []
    try:
        result = run_index(store, states=[sid], years=range(year, year + 1), weights=_weights(weights))
        if (pid, sid, year) not in result.cells:
            result = run_index(
                store, states=[sid], powers=[pid], years=range(year, year + 1), weights=_weights(weights)
            )
        data = run_explain(result, pid, sid, year)
    except (YearError, KeyError) as exc:
        raise _fail(exc) from None
    if json_out:
        emit_json(data)
        return
    print_explanation(store, data)


def print_explanation(store: Any, data: dict[str, Any]) -> None:
    """Print one cell's explanation: its sentence, then each dimension with its records, names and sources."""
    name = {e: (store.entity(e) or {"name": e})["name"] for e in (data["power"], data["state"])}
    comp = "—" if data["composite"] is None else format(data["composite"], ".3f")
    console.print(
        f"[bold]{name[data['power']]} in {name[data['state']]}, {data['year']}[/]: composite {comp} "
        f"(coverage {data['coverage']:.0%})"
    )
    console.print(data["sentence"], highlight=False)
    for dim, c in data["components"].items():
        weight = data["weights"].get(dim, 0.0)
        if weight <= 0:
            continue
        share = "missing" if c["share"] is None else f"{c['share']:.1%}"
        console.print(f"\n[bold underline]{dim}[/] share {share} (weight {weight:.0%})", highlight=False)
        console.print(f"  {c['sentence']}", highlight=False)
        for rec in c["records"][:25]:
            role = f" [{rec['role']}]" if rec.get("role") else ""
            stats = f" — {rec['statistics']}" if rec.get("statistics") else ""
            console.print(
                f"  • {rec['label']}, {rec.get('year', '')}: {rec.get('display', '')}{role}{stats}",
                highlight=False,
            )
            src = rec.get("source") or {}
            cite = rec.get("cite") or ""
            where = src.get("url") or ""
            console.print(
                f"    [dim]{rec['kind']} · {cite}{' · ' + where if where else ''}[/]", highlight=False
            )
        if len(c["records"]) > 25:
            console.print(f"  … and {len(c['records']) - 25} more (see --json)")
