"""`sphere index`: each power's weight in each Central Asian state, by dimension, with explanations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from sphere.cli.errors import EXIT_FILE, check_weights, fail, parse_years
from sphere.cli.main import DbOption, JsonOption, app, console, emit_json, open_store

index_app = typer.Typer(
    help="The influence index: each power's weight in each Central Asian state.", invoke_without_command=True
)
app.add_typer(index_app, name="index")

StateOpt = Annotated[
    list[str] | None, typer.Option("--state", help="State(s): KAZ, Kazakhstan or country:KAZ.")
]
PowerOpt = Annotated[list[str] | None, typer.Option("--power", help="Power(s): CHN, EU, Russia …")]
WeightsOpt = Annotated[Path | None, typer.Option("--weights", help="JSON file overriding default weights.")]


def _ids(store: Any, names: list[str] | None, role: str) -> list[str] | None:
    """Resolve `--state`/`--power` names to ids, refusing names that are not one of the index's states or
    powers (so "Xi Jinping" is never indexed as a state)."""
    from sphere.analysis.index_inputs import default_weights

    if not names:
        return None
    allowed = list(default_weights()[role + "s"])
    out = []
    for name in names:
        ids = [i for i in store.resolve(name) if i in allowed]
        if not ids:
            short = ", ".join(a.split(":")[1].upper() for a in allowed)
            fail(f"--{role} {name!r} is not one of the index's {role}s", hint=f"Give one of {short}")
        out.append(ids[0])
    return out


def _weights(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        fail(f"--weights {path}: cannot read it: {exc.strerror}", exit_code=EXIT_FILE)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        fail(f"--weights {path}: not JSON ({exc})", hint="See docs/index.md for the format")
    return check_weights(data, str(path))


@index_app.callback()
def index(
    ctx: typer.Context,
    db: DbOption = None,
    state: StateOpt = None,
    power: PowerOpt = None,
    years: Annotated[str, typer.Option(help="Years, e.g. 2013-2025 or 2024.")] = "2013-2025",
    weights: WeightsOpt = None,
    sensitivity: Annotated[
        bool, typer.Option(help="Also test how stable each ranking is under random weights.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Compute per power × state × year the dimension scores, the composite and each state's dependence."""
    if ctx.invoked_subcommand:
        return
    from sphere.analysis.index import index as run_index
    from sphere.analysis.index import sensitivity as run_sensitivity
    from sphere.analysis.index_inputs import load_inputs

    year_range = parse_years(years)
    weight_override = _weights(weights)
    store = open_store(db, create=False)
    result = run_index(
        store,
        states=_ids(store, state, "state"),
        powers=_ids(store, power, "power"),
        years=year_range,
        weights=weight_override,
    )
    stability = run_sensitivity(load_inputs(store), result.weights, result) if sensitivity else {}
    if json_out:
        emit_json(
            {
                "cells": [c.to_json() for c in result.cells.values()],
                "dependence": [{"state": s, "year": y, **d} for (s, y), d in result.dependence.items()],
                "stability": [{"state": s, "year": y, "top_stays_top": v} for (s, y), v in stability.items()],
                "weights": result.weights,
            }
        )
        return
    names = {
        e: (store.entity(e) or {"name": e})["name"]
        for e in {c.power for c in result.cells.values()} | {c.state for c in result.cells.values()}
    }
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
            *result.weights["dimensions"].keys(),
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
                c.power.split(":")[1].upper(),
                "—" if c.composite is None else f"{c.composite:.2f}",
                f"{c.coverage:.0%}",
                *[
                    "—" if c.components[d].share is None else f"{c.components[d].share:.2f}"
                    for d in result.weights["dimensions"]
                ],
            )
        console.print(table)


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
    from sphere.analysis.index import explain as run_explain
    from sphere.analysis.index import index as run_index

    parse_years(str(year))
    store = open_store(db, create=False)
    (pid,), (sid,) = _ids(store, [power], "power") or [], _ids(store, [state], "state") or []
    result = run_index(
        store, states=[sid], powers=None, years=range(year, year + 1), weights=_weights(weights)
    )
    if (pid, sid, year) not in result.cells:
        result = run_index(
            store, states=[sid], powers=[pid], years=range(year, year + 1), weights=_weights(weights)
        )
    data = run_explain(result, pid, sid, year)
    if json_out:
        emit_json(data)
        return
    console.print(
        f"[bold]{power} in {state}, {year}[/]: composite "
        f"{'—' if data['composite'] is None else format(data['composite'], '.3f')} "
        f"(coverage {data['coverage']:.0%})"
    )
    for dim, comp in data["components"].items():
        share = "missing" if comp["share"] is None else f"{comp['share']:.3f}"
        console.print(
            f"\n[bold underline]{dim}[/] share {share} (weight {data['weights'][dim]}) — "
            f"{comp['basis'] or 'no data for this cell'}"
        )
        for rec in comp["records"][:25]:
            src = rec.pop("source", None)
            console.print(
                "  • " + ", ".join(f"{k}={v}" for k, v in rec.items() if k not in ("quote",)), highlight=False
            )
            if src:
                console.print(f"    [dim]source: {src}[/]", highlight=False)
