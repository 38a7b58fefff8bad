"""The `sphere` command line: thin wrappers over library functions of the same names."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console

from sphere import settings
from sphere.cli.errors import SphereGroup, fail, hide_bool_metavars

hide_bool_metavars()
app = typer.Typer(
    cls=SphereGroup,
    help="Sphere: an evidence-first observatory of great-power influence in Central Asia.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
kb_app = typer.Typer(help="The bundled knowledge base: load, show, search, validate.", no_args_is_help=True)
db_app = typer.Typer(help="The database: migrations and state.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
app.add_typer(db_app, name="db")

console = Console()
err = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL or SQLite path (default: SPHERE_DB or the user data directory).",
        envvar="SPHERE_DB",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def emit_json(data: Any) -> None:
    """Print `data` as JSON on standard output: indented for a terminal, compact into a pipe or file (Python's
    fast encoder only writes compact JSON; indenting the index's 1,250 cells took half a second)."""
    indent = 2 if sys.stdout.isatty() else None
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str, indent=indent) + "\n")


def open_store(db: str | None, *, load: bool = True, create: bool = True) -> Any:
    """Open the store named by `--db` (migrated), loading the knowledge base into it when it has none.

    With `create=False` (read-only commands) a `--db` that does not exist yet is an error, not a new
    database; the default database in the user data folder is always created on first use.
    """
    from sphere.store import Store
    from sphere.store.kbload import load_kb

    store = Store(db, create=create or db is None)
    if load and store.get_meta("kb_hash") is None:
        with console.status("Loading the knowledge base…"):
            load_kb(store)
    return store


@app.command("settings")
def settings_(json_out: JsonOption = False) -> None:
    """List every setting with its environment variable, current value and help."""
    rows = [
        {
            "name": s.name,
            "env": s.env,
            "value": settings.shown(s.name),
            "default": s.default,
            "help": s.help,
        }
        for s in settings.SETTINGS
    ]
    if json_out:
        emit_json(rows)
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table("setting", "env", "value", "help")
    for r in rows:
        table.add_row(r["name"], r["env"], escape(str(r["value"])), escape(str(r["help"])))
    console.print(table)


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create or upgrade the database schema to the newest migration."""
    from sphere.store.db import current_revision

    store = open_store(db, load=False)
    console.print(f"[green]{store.url}[/] is at revision {current_revision(store.engine)}")


@kb_app.command("load")
def kb_load(
    db: DbOption = None,
    force: Annotated[bool, typer.Option(help="Reload even if unchanged.")] = False,
    allow_fewer: Annotated[
        bool, typer.Option(help="Replace even when the new data hold fewer rows than the database.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Load the bundled knowledge base and the shipped datasets of record into the database; safe to repeat.

    Refuses (exit 20) data that `kb validate` rejects, and a reload that would leave fewer rows."""
    from sphere.store.kbload import load_kb

    store = open_store(db, load=False)
    with console.status("Loading the knowledge base…"):
        report = load_kb(store, force=force, allow_fewer=allow_fewer)
    if json_out:
        emit_json({"changed": report.changed, "counts": report.counts, "problems": report.problems})
        return
    verb = "Loaded" if report.changed else "Already up to date:"
    console.print(
        f"{verb} {', '.join(f'{v} {k}' for k, v in sorted(report.counts.items()))} into {store.url}"
    )
    if report.data is not None:
        held = [d for d in report.data.datasets if d.location]
        console.print(
            "Datasets of record: "
            + ", ".join(f"{d.key} {d.added + d.changed + d.unchanged}" for d in held)
            + " (sphere data status)"
        )
    for problem in report.problems:
        err.print(f"warning: {problem}", markup=False, highlight=False)


@kb_app.command("show")
def kb_show(
    name: Annotated[str, typer.Argument(help="Name, alias or id of an entity.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show an entity and every fact about it, each with its source."""
    from sphere.cli.render import render_show
    from sphere.store.facts import Ambiguous, NotFound, show

    store = open_store(db, create=False)
    try:
        data = show(store, name)
    except Ambiguous as exc:
        err.print(f"{exc}; say which:", markup=False, highlight=False)
        for c in exc.candidates:
            err.print(f"  {c['id']}  {c['name']} ({c['kind']})", markup=False, highlight=False)
        raise typer.Exit(2) from None
    except NotFound as exc:
        err.print(str(exc), markup=False, highlight=False)
        raise typer.Exit(1) from None
    if json_out:
        emit_json(data)
    else:
        from sphere.analysis.format import entity_names
        from sphere.cli.render import ids_in_data

        render_show(console, data, entity_names(store, ids_in_data(data)))


@kb_app.command("search")
def kb_search(
    text: str,
    db: DbOption = None,
    kind: Annotated[str | None, typer.Option(help="Only this kind.")] = None,
    limit: int = 20,
    json_out: JsonOption = False,
) -> None:
    """Find entities whose name or alias contains TEXT (any language)."""
    if not 1 <= limit <= 1000:
        fail(f"--limit {limit} must be between 1 and 1000")
    store = open_store(db, create=False)
    hits = store.search(text, kind=kind, limit=limit)
    if json_out:
        emit_json(hits)
        return
    if not hits:
        err.print(f"No entity matches {text!r}.", markup=False, highlight=False)
        raise typer.Exit(1)
    from rich.markup import escape

    for h in hits:
        console.print(f"{escape(h['id']):<55} {escape(h['name'])} [dim]({escape(h['kind'])})[/]")


@kb_app.command("stats")
def kb_stats(db: DbOption = None, json_out: JsonOption = False) -> None:
    """Count what the database holds, table by table and entity kind by kind."""
    store = open_store(db, create=False)
    stats = store.stats()
    if json_out:
        emit_json(stats)
        return
    from sphere.cli.render import render_stats

    render_stats(console, stats)


@kb_app.command("validate")
def kb_validate(json_out: JsonOption = False) -> None:
    """Check the bundled reference data: sources, ids, references, dates and alias collisions."""
    from sphere.kb.catalog import build_catalog
    from sphere.kb.validate import validate

    problems = validate(build_catalog())
    errors = [p for p in problems if p.level == "error"]
    if json_out:
        emit_json([p.__dict__ for p in problems])
    else:
        for p in problems:
            (err if p.level == "error" else console).print(str(p), markup=False, highlight=False)
        console.print(f"{len(errors)} errors, {len(problems) - len(errors)} warnings")
    if errors:
        raise typer.Exit(1)


@app.command()
def demo(
    db: DbOption = None,
    serve: Annotated[bool, typer.Option(help="Serve the explorer after building.")] = True,
    port: Annotated[int | None, typer.Option(help="Port for the explorer.")] = None,
) -> None:
    """Build the database from the bundled knowledge base and demo documents, and open the explorer over it."""
    from sphere.cli.errors import check_port
    from sphere.cli.render import render_stats
    from sphere.ingest.demo import demo as build_demo

    check_port(port)
    store = open_store(db, load=False)
    with console.status("Loading the knowledge base and reading the demo documents…"):
        report = build_demo(store)
    render_stats(console, store.stats())
    docs = report.documents
    console.print(
        f"Demo documents: {docs.stored} stored, {docs.duplicates} already there, {len(docs.failed)} failed "
        "(openly licensed U.S. Government and UK Parliament texts; see sphere/ingest/demo_corpus/sources.jsonl)."
    )
    if serve:
        try:
            from sphere.web.app import serve as serve_app
        except ImportError:
            console.print(
                f"The explorer is not available in this build; the knowledge base is ready in {store.url}."
            )
            return
        serve_app(store.url, port=port)


from sphere.cli import data_cmd as _data_cmd  # noqa: E402  (registers `sphere data load|status`)
from sphere.cli import index_cmd as _index_cmd  # noqa: E402  (registers `sphere index`)
from sphere.cli import ingest_cmd as _ingest_cmd  # noqa: E402  (registers `sphere ingest`)
from sphere.cli import ledger_cmd as _ledger_cmd  # noqa: E402  (registers claims, check, export)
from sphere.cli import read_cmd as _read_cmd  # noqa: E402  (registers `sphere read`)
from sphere.cli import watch_cmd as _watch_cmd  # noqa: E402  (registers watch, gdelt, digest)

_ = (_read_cmd, _ingest_cmd, _ledger_cmd, _index_cmd, _data_cmd, _watch_cmd)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str | None, typer.Option(help="Address to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8765).")] = None,
    token: Annotated[
        str | None,
        typer.Option(
            help="Token that unlocks write endpoints (read/ingest via the web).", envvar="SPHERE_TOKEN"
        ),
    ] = None,
) -> None:
    """Serve the explorer (web app and REST API) over the database."""
    from sphere.cli.errors import check_port
    from sphere.web.app import serve as serve_app

    check_port(port if port is not None else settings.get_int("port"))
    store = open_store(db, create=False)
    serve_app(store.url, host=host, port=port, token=token)
