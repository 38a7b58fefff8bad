"""`sphere claims`, `sphere check` and `sphere export`: the claims ledger and what it says about an article."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sphere.analysis.format import date as fmt_date
from sphere.analysis.format import fallback_name, figure, names_in
from sphere.cli.main import DbOption, JsonOption, app, console, emit_json, err, open_store


def _name(store: object, eid: str | None, cache: dict[str, str]) -> str:
    if not eid:
        return "—"
    if eid not in cache:
        row = store.entity(eid)  # type: ignore[attr-defined]
        cache[eid] = row["name"] if row else fallback_name(eid)
    return cache[eid]


@app.command()
def claims(
    db: DbOption = None,
    subject: Annotated[str | None, typer.Option(help="Only claims about this entity (name or id).")] = None,
    attribute: Annotated[
        str | None, typer.Option(help="Only this attribute (length, cost, trade_value…).")
    ] = None,
    conflicts: Annotated[
        bool, typer.Option("--conflicts", help="Only groups whose figures disagree.")
    ] = False,
    tolerance: Annotated[float, typer.Option(help="Relative difference within which figures agree.")] = 0.05,
    json_out: JsonOption = False,
) -> None:
    """Group stored claims about the same thing and show where sources disagree."""
    from sphere.analysis.ledger import claims as ledger
    from sphere.store.facts import Ambiguous, NotFound, find

    store = open_store(db)
    sid = None
    if subject:
        try:
            sid = find(store, subject)
        except (NotFound, Ambiguous) as exc:
            err.print(f"[red]{exc}[/]")
            raise typer.Exit(1) from None
    groups = ledger(store, subject=sid, attribute=attribute, conflicts=conflicts, tolerance=tolerance)
    if json_out:
        emit_json([g.to_json() for g in groups])
        return
    names: dict[str, str] = {}
    for g in groups:
        flag = f"[red]CONFLICT[/] {names_in(store, g.reason)}" if g.conflict else "[green]consistent[/]"
        console.print(
            f"\n[bold]{_name(store, g.subject_id, names) if g.subject_id else 'who'}[/] · {g.attribute}"
            f"{' of ' + _name(store, g.object_id, names) if g.object_id else ''}"
            f"{' · ' + g.period if g.period else ''} · {flag}"
        )
        table = Table("subject", "value", "as of", "qualifier", "origin", "source", "quote", show_header=True)
        for e in g.entries:
            table.add_row(
                _name(store, e.subject_id, names),
                figure(e.value, e.unit),
                fmt_date(e.as_of) or "—",
                e.qualifier or "—",
                e.origin,
                e.source or "—",
                (e.quote or "")[:120],
            )
        console.print(table)
    console.print(f"\n{len(groups)} groups, {sum(g.conflict for g in groups)} with conflicts")


@app.command()
def check(
    source: Annotated[str, typer.Argument(help="A file, URL or - (standard input) to check.")],
    db: DbOption = None,
    allow_private: Annotated[bool, typer.Option("--allow-private")] = False,
    json_out: JsonOption = False,
) -> None:
    """Read one article and say, claim by claim, what the knowledge base and the ledger say about it."""
    from sphere.analysis.check import check as run_check
    from sphere.ingest.feeds import read_source
    from sphere.read.errors import ReadError

    store = open_store(db)
    try:
        reading = read_source(source, allow_private=allow_private)
    except ReadError as exc:
        err.print(f"[red]error[/] ({exc.code}): {exc}", highlight=False)
        raise typer.Exit(exc.exit_code) from None
    from sphere.analysis.check import check_events
    from sphere.analysis.verdict import VERDICT_WORDS

    verdicts = run_check(store, reading)
    event_verdicts = check_events(store, reading)
    if json_out:
        emit_json({"claims": [v.__dict__ for v in verdicts], "events": [v.__dict__ for v in event_verdicts]})
        return
    names: dict[str, str] = {}
    colour = {
        "supported": "green",
        "consistent": "cyan",
        "contradicted": "red",
        "disputed": "yellow",
        "no_evidence": "dim",
    }
    for v in verdicts:
        c = v.claim
        word = VERDICT_WORDS[v.verdict].upper()
        console.print(
            f"\n[{colour[v.verdict]}]{word}[/] {_name(store, c['subject'], names)} · "
            f"{c['attribute'].replace('_', ' ')}{' of ' + _name(store, c['object'], names) if c['object'] else ''}"
            f" = {figure(c['value'], c['unit'], c['qualifier'])}"
            f"{' (' + fmt_date(c['as_of']) + ')' if c['as_of'] else ''}",
            highlight=False,
        )
        console.print(f"  [dim]“{c['evidence']}”[/]")
        console.print(f"  {v.why}", highlight=False)
    for v in event_verdicts:
        c = v.claim
        who = ", ".join(_name(store, a, names) for a in c["actors"]) or "?"
        whom = ", ".join(_name(store, a, names) for a in c["recipients"])
        console.print(
            f"\n[{colour[v.verdict]}]{VERDICT_WORDS[v.verdict].upper()}[/] event {c['event']}: {who}"
            f"{' → ' + whom if whom else ''} {fmt_date(c['date'])}",
            highlight=False,
        )
        console.print(f"  [dim]“{c['evidence']}”[/]")
        console.print(f"  {v.why}", highlight=False)


@app.command()
def export(
    what: Annotated[str, typer.Argument(help="events, claims or entities")],
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl, parquet or plover (events)")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", help="Output file (default: standard output).")] = None,
    db: DbOption = None,
) -> None:
    """Export events, claims or entities for analysis elsewhere."""
    from sphere.analysis.export import ExportError
    from sphere.analysis.export import export as run_export

    store = open_store(db)
    try:
        n = run_export(store, what, fmt, out if out is not None else sys.stdout)
    except ExportError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    err.print(f"{n} {what} exported{' to ' + str(out) if out else ''}")
