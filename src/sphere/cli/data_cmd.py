"""`sphere data`: load the datasets of record and list what is loaded (thin wrappers over `store.dataload`)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from sphere.cli.main import DbOption, JsonOption, app, console, emit_json, err, open_store

data_app = typer.Typer(
    help="Datasets of record (trade, WDI, SIPRI, votes, …): load and status.", no_args_is_help=True
)
app.add_typer(data_app, name="data")


@data_app.command("load")
def load(
    folder: Annotated[
        Path | None,
        typer.Argument(
            help="Folder laid out like ../shared/data/open (default: the slices shipped in Sphere)."
        ),
    ] = None,
    db: DbOption = None,
    only: Annotated[
        list[str] | None, typer.Option("--only", help="Load only this dataset (repeatable).")
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Reload unchanged files, and accept a load that removes rows.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Load every dataset found in FOLDER; safe to repeat. Prints what was added, changed or left per dataset."""
    from sphere.connectors.datasets import CONNECTORS
    from sphere.store.dataload import load_data

    if folder is not None and not folder.is_dir():
        err.print(f"[red]{folder} is not a folder[/]")
        raise typer.Exit(2)
    unknown = [k for k in only or [] if k not in CONNECTORS]
    if unknown:
        err.print(f"[red]unknown dataset {', '.join(unknown)}[/]; known: {', '.join(CONNECTORS)}")
        raise typer.Exit(2)
    store = open_store(db, load=False)
    with console.status("Loading datasets…"):
        report = load_data(store, folder, only=only, force=force)
    if json_out:
        emit_json([asdict(d) for d in report.datasets])
    else:
        for d in report.datasets:
            if d.location is None:
                console.print(f"[dim]{d.key:<15} no files found[/]")
                continue
            line = f"{d.key:<15} +{d.added} added, {d.changed} changed, {d.unchanged} unchanged, -{d.removed} removed"
            if d.projects_added or d.projects_changed or d.projects_unchanged or d.projects_removed:
                line += (
                    f"; projects +{d.projects_added}, {d.projects_changed} changed, "
                    f"{d.projects_unchanged} unchanged, -{d.projects_removed}"
                )
            if d.refused:
                line = (
                    f"{d.key:<15} [red]refused[/]: the files would remove {d.would_remove} of the rows stored "
                    "(use --force to accept)"
                )
            console.print(f"{line}  [dim]({d.location})[/]")
            for problem in d.problems[:5]:
                err.print(f"[yellow]warning:[/] {d.key}: {problem}", markup=True, highlight=False)
            if len(d.problems) > 5:
                err.print(f"[yellow]warning:[/] {d.key}: {len(d.problems) - 5} more problems")
    if report.refused:
        raise typer.Exit(1)


@data_app.command("status")
def status(db: DbOption = None, json_out: JsonOption = False) -> None:
    """List each dataset: rows, years, when it was loaded, from where, and its licence."""
    from sphere.store.dataload import data_status

    rows = data_status(open_store(db, load=False))
    if json_out:
        emit_json(rows)
        return
    from rich.table import Table

    table = Table("dataset", "rows", "projects", "years", "loaded (UTC)", "from", "licence")
    table.columns[0].no_wrap = table.columns[3].no_wrap = table.columns[4].no_wrap = True
    for r in rows:
        years = f"{r['year_from']}–{r['year_to']}" if r["year_from"] is not None else "—"
        table.add_row(
            r["key"],
            str(r["rows"]),
            str(r["projects"] or ""),
            years,
            (r["loaded_at"] or "not loaded")[:16].replace("T", " "),
            r["location"] or "",
            r["licence"] or "",
        )
    console.print(table)
