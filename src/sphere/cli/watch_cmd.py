"""`sphere watch` (poll feeds on a schedule), `sphere gdelt` (load GDELT files) and `sphere digest` (what changed)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer

from sphere.cli.main import DbOption, JsonOption, app, console, emit_json, err, open_store


@app.command()
def watch(
    db: DbOption = None,
    feeds: Annotated[
        Path | None,
        typer.Option(help="A text file of feed URLs, one a line (default: the source registry's feeds)."),
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll the due feeds once and stop.")] = False,
    interval: Annotated[
        float | None, typer.Option(help="Seconds between two polls of a feed (default 900).")
    ] = None,
    delay: Annotated[
        float | None, typer.Option(help="Least seconds between two requests to one host.")
    ] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds before one fetch gives up.")] = None,
    max_items: Annotated[int | None, typer.Option(help="Most new entries per feed and round.")] = None,
    no_robots: Annotated[
        bool, typer.Option("--no-robots", help="Do not read robots.txt (your own sites only).")
    ] = False,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let fetches reach private and loopback addresses.")
    ] = False,
    webhook: Annotated[
        bool, typer.Option("--webhook", help="POST each round's digest to SPHERE_WEBHOOK_URL.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Poll news feeds politely on a schedule and ingest new entries once (Ctrl+C stops; state survives)."""
    from sphere.ingest.watch import RoundReport, WatchOptions, read_feed_list, registry_feeds
    from sphere.ingest.watch import watch as run_watch

    try:
        feed_list = read_feed_list(feeds) if feeds else registry_feeds()
    except (OSError, ValueError) as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    if not feed_list:
        err.print("[red]no feeds to watch[/]")
        raise typer.Exit(2)
    opts = WatchOptions.from_settings(
        interval=interval,
        delay=delay,
        timeout=timeout,
        max_items=max_items,
        allow_private=allow_private or None,
        robots=False if no_robots else None,
    )
    store = open_store(db)
    say = None if json_out else (lambda msg: err.print(msg, highlight=False, markup=False))
    if not json_out:
        err.print(
            f"watching {len(feed_list)} feeds (every {opts.interval:g} s); Ctrl+C stops", highlight=False
        )

    def after(report: RoundReport) -> None:
        if webhook:
            from sphere.analysis.digest import digest, post_digest

            post_digest(digest(store, since=report.started), allow_private=opts.allow_private)

    try:
        reports = run_watch(store, feed_list, opts, once=once, progress=say, after_round=after)
    except KeyboardInterrupt:
        err.print("stopped; the next run resumes where this one left off")
        raise typer.Exit(130) from None
    last = reports[-1]
    summary = dataclasses.asdict(last)
    summary["feeds_failed"] = [{"feed": f, "code": c, "reason": r} for f, c, r in last.feeds_failed]
    summary["items_failed"] = [{"link": f, "code": c, "reason": r} for f, c, r in last.items_failed]
    if json_out:
        emit_json(summary)
    else:
        console.print(
            f"{last.polled} feeds polled · {last.not_modified} not modified · [red]{len(last.feeds_failed)} failed[/] · "
            f"{last.new_links} new links · [green]{last.stored} stored[/] · {last.duplicates} duplicates"
        )


@app.command()
def gdelt(
    files: Annotated[
        list[Path], typer.Argument(help="GDELT 2.0 export files (*.export.CSV or *.export.CSV.zip).")
    ],
    mentions: Annotated[
        list[Path] | None,
        typer.Option(help="GDELT 2.0 mentions files (*.mentions.CSV[.zip]); repeat for many."),
    ] = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Load GDELT events that involve a C5 state as machine-coded events, apart from Sphere's own readings."""
    from sphere.ingest.coded import load_gdelt

    for path in [*files, *(mentions or [])]:
        if not path.is_file():
            err.print(f"[red]no such file: {path}[/]")
            raise typer.Exit(2)
    store = open_store(db)
    report = load_gdelt(store, files, mentions or [])
    if json_out:
        emit_json(dataclasses.asdict(report))
        return
    console.print(
        f"{report.lines:,} lines · {report.kept:,} C5 events · [green]{report.stored:,} stored[/] · "
        f"{report.already:,} already stored · {report.mentions:,} mentions · {report.linked:,} actor links"
    )
    for ptype, n in sorted(report.by_type.items()):
        console.print(f"  {ptype:<20} {n:,}")
    for problem in report.problems[:20]:
        err.print(f"[yellow]skipped[/] {problem}", highlight=False)


@app.command()
def digest(
    since: Annotated[str, typer.Option(help="A span back from now (1d, 12h, 2w) or an ISO date.")] = "1d",
    fmt: Annotated[str, typer.Option("--format", help="markdown, html or json.")] = "markdown",
    webhook: Annotated[
        str | None,
        typer.Option(help="Also POST the JSON digest to this URL (default: SPHERE_WEBHOOK_URL with --post)."),
    ] = None,
    post: Annotated[bool, typer.Option("--post", help="POST the JSON digest to SPHERE_WEBHOOK_URL.")] = False,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let the webhook reach private and loopback addresses.")
    ] = False,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """What changed: new documents per outlet, new events, new ledger conflicts, figures that moved, GDELT events."""
    from sphere.analysis.digest import DigestError, post_digest, to_html, to_markdown
    from sphere.analysis.digest import digest as make_digest
    from sphere.read.errors import ReadError

    if fmt not in ("markdown", "html", "json"):
        err.print(f"[red]--format must be markdown, html or json, not {fmt!r}[/]")
        raise typer.Exit(2)
    store = open_store(db)
    try:
        data = make_digest(store, since)
    except DigestError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    if json_out or fmt == "json":
        emit_json(data)
    else:
        import sys

        sys.stdout.write(to_html(data) if fmt == "html" else to_markdown(data))
    if webhook or post:
        try:
            status = post_digest(data, webhook, allow_private=allow_private)
        except ReadError as exc:
            err.print(f"[red]webhook: {exc}[/]")
            raise typer.Exit(11) from None
        err.print(f"webhook answered HTTP {status}")
