"""`sphere ingest`: pour files, folders, URLs and feeds into the store, with progress and a summary."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sphere.cli.main import DbOption, JsonOption, app, console, emit_json, err, open_store


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs or RSS/Atom feed URLs.")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option(help="Reader processes (default: cores).")] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let fetches reach private and loopback addresses.")
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            help="Where the reading runs: local (this machine's process pool) or dask (docs/scale.md)."
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)."
        ),
    ] = None,
    json_out: JsonOption = False,
) -> None:
    """Read documents with the reader and store them with their mentions, events and claims (resumable)."""
    from sphere.ingest.engine import ENGINES, ingest_on_engine

    if engine not in ENGINES:
        err.print(f"Unknown --engine {engine!r}: choose one of {', '.join(ENGINES)}.")
        raise typer.Exit(2)

    store = open_store(db)
    with Progress(
        TextColumn("[bold]ingest[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[last]}"),
        TimeElapsedColumn(),
        console=err,
        disable=json_out,
        transient=True,
    ) as bar:
        task = bar.add_task("ingest", total=None, last="")

        def progress(source: str, outcome: str) -> None:
            bar.update(task, advance=1, last=f"{outcome}: {source[-50:]}")

        report = ingest_on_engine(
            store,
            sources,
            engine=engine,
            scheduler=scheduler,
            workers=workers,
            allow_private=allow_private,
            progress=progress,
        )
    summary = {
        "run_id": report.run_id,
        "seen": report.seen,
        "read": report.read,
        "stored": report.stored,
        "duplicates": report.duplicates,
        "failed": len(report.failed),
        "failures": [{"source": s, "code": c, "reason": r} for s, c, r in report.failed],
    }
    if json_out:
        emit_json(summary)
    else:
        console.print(
            f"{report.seen} seen · {report.read} read · [green]{report.stored} stored[/] · "
            f"{report.duplicates} duplicates · [red]{len(report.failed)} failed[/]  (run {report.run_id[:8]})"
        )
        for _source, c, r in report.failed[:50]:
            err.print(f"  [red]{c}[/] {r}", highlight=False)
        if len(report.failed) > 50:
            err.print(f"  … and {len(report.failed) - 50} more (see the ingest_log table)")
