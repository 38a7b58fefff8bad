"""`sphere read`: one article (a file, a URL or standard input) or many, as a reader or as JSON."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from sphere.cli.main import app, console, err

KIND_STYLE = {
    "country": "bold cyan",
    "person": "bold magenta",
    "organization": "bold green",
    "company": "green",
    "project": "bold yellow",
    "place": "cyan",
    "other": "white",
}


def _fail(exc: Any, source: str) -> None:
    err.print(f"[red]error[/] ({getattr(exc, 'code', 'error')}): {exc}", highlight=False)
    raise typer.Exit(getattr(exc, "exit_code", 1))


def render_reading(out: Console, data: dict[str, Any]) -> None:
    """Print the article with highlighted entities, then its events and claims."""
    doc = data["document"]
    out.rule(escape(doc.get("title") or doc["source"]))
    out.print(
        f"[dim]{escape(doc['source'])} · language {doc.get('language')} · published "
        f"{escape(doc.get('published') or 'unknown')} · {doc['id'][:12]}[/]"
    )
    text = Text(doc["text"])
    for e in data["entities"]:
        for m in e["mentions"]:
            text.stylize(KIND_STYLE.get(e["kind"], "bold"), m["start"], m["end"])
    out.print(text)
    names = {e["id"]: escape(e["name"]) for e in data["entities"]}
    out.rule("Entities")
    for e in sorted(data["entities"], key=lambda e: (-len(e["mentions"]), e["name"])):
        flag = " [yellow](new)[/]" if e.get("new") else ""
        out.print(
            f"[{KIND_STYLE.get(e['kind'], 'bold')}]{escape(e['name'])}[/] [dim]{escape(e['id'])} · {e['kind']} · "
            f"{len(e['mentions'])}×[/]{flag}"
        )
    out.rule("Events")
    for ev in data["events"]:
        who = ", ".join(names.get(a, a) for a in ev["actors"]) or "?"
        whom = ", ".join(names.get(a, a) for a in ev["recipients"])
        status = "" if ev.get("status", "asserted") == "asserted" else f" [yellow]({ev['status']})[/]"
        out.print(
            f"[bold]{ev['type']}[/]{'/' + ev['mode'] if ev.get('mode') else ''}{status} {who}"
            f"{' → ' + whom if whom else ''} · {ev.get('date') or 'date unknown'}"
            f"{' · ' + names.get(ev['place'], ev['place']) if ev.get('place') else ''}"
        )
        out.print(f"   [dim]“{escape(ev['evidence']['text'])}”[/]")
    out.rule("Claims")
    for c in data["claims"]:
        qual = f"{c['qualifier']} " if c.get("qualifier") else ""
        obj = f" → {names.get(c['object'], c['object'])}" if c.get("object") else ""
        out.print(
            f"[bold]{names.get(c['subject'], c['subject'] or '?')}[/]{obj} · {c['attribute']} = {qual}"
            f"{c['value']:,.10g} {c['unit']}{' (as of ' + c['as_of'] + ')' if c.get('as_of') else ''}"
        )
        out.print(f"   [dim]“{escape(c['evidence']['text'])}”[/]")


@app.command()
def read(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs, or - for standard input.")],
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the JSON of the reader-output spec.")
    ] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="One JSON object per line (many documents).")
    ] = False,
    workers: Annotated[
        int | None, typer.Option(help="Processes for many documents (default: cores).")
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let URL fetches reach private and loopback addresses.")
    ] = False,
) -> None:
    """Read articles like an analyst: clean text, linked entities, PLOVER events and checkable claims."""
    from sphere.cli.errors import check_workers
    from sphere.ingest.feeds import read_budgeted
    from sphere.read import reader
    from sphere.read.limits import safe_name

    workers = check_workers(workers)

    paths: list[Path] = []
    for src in sources:
        p = Path(src)
        if p.is_dir():
            paths.extend(sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith(".")))
    single = len(sources) == 1 and not Path(sources[0]).is_dir()
    if single:
        src = sources[0]
        reading = read_budgeted(src, allow_private=allow_private)  # errors: one line from the handler
        data = reading.to_json()
        if jsonl:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif json_out:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            render_reading(console, data)
        return
    paths.extend(Path(s) for s in sources if not Path(s).is_dir())
    failed = 0
    for path, result in reader.read_many(paths, workers=workers or os.cpu_count() or 1):
        if isinstance(result, Exception):
            failed += 1
            err.print(
                f"{safe_name(path)}: {getattr(result, 'code', 'error')}: {result}",
                markup=False,
                highlight=False,
            )
            continue
        data = result.to_json()
        if jsonl or json_out:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            render_reading(console, data)
    if failed:
        err.print(f"{failed} of {len(paths)} documents could not be read")
        raise typer.Exit(1)
