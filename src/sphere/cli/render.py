"""Terminal rendering of the store's records with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def source_line(sources: list[dict[str, Any]]) -> str:
    """Return a compact '[source: url — "quote"]' text for a fact's sources."""
    parts = []
    for s in sources or []:
        where = s.get("url") or s.get("dataset") or "?"
        said = s.get("quote") or s.get("field")
        parts.append(f"{where}" + (f' — "{said}"' if said else ""))
    return " | ".join(parts) if parts else "no source"


def render_stats(console: Console, stats: dict[str, Any]) -> None:
    """Print table counts and entity kinds."""
    table = Table("what", "count", title="Sphere database")
    for key, value in stats.items():
        if isinstance(value, int):
            table.add_row(key, str(value))
    for kind, n in sorted(stats.get("entities_by_kind", {}).items()):
        table.add_row(f"  entities: {kind}", str(n))
    console.print(table)


def _fact_table(
    console: Console, title: str, rows: list[dict[str, Any]], cols: list[tuple[str, str]]
) -> None:
    """Print one fact per line ("label: value · …"), each followed by its sources, indented."""
    if not rows:
        return
    console.print(f"\n[bold underline]{title}[/] ({len(rows)})")
    for r in rows:
        parts = [
            f"{label} {r[key]}" if label else str(r[key]) for label, key in cols if r.get(key) is not None
        ]
        console.print("• " + " · ".join(parts), highlight=False)
        for s in r.get("sources") or []:
            where = s.get("url") or s.get("dataset") or "?"
            said = s.get("quote") or s.get("field")
            console.print(
                f"    [dim]source:[/] [link={where}]{where}[/]" + (f' [dim]— "{said}"[/]' if said else ""),
                highlight=False,
                soft_wrap=True,
            )


def render_show(console: Console, data: dict[str, Any]) -> None:
    """Print an entity and its facts, each with its source."""
    e = data["entity"]
    console.print(f"[bold]{e['name']}[/]  [dim]{e['id']} ({e['kind']})[/]")
    if e.get("description"):
        console.print(e["description"])
    aliases = sorted({f"{a['alias']}" for a in e.get("aliases") or [] if a["alias"] != e["name"]})
    if aliases:
        console.print("[dim]also:[/] " + "; ".join(aliases))
    if e.get("external_ids"):
        console.print("[dim]ids:[/] " + ", ".join(f"{k}={v}" for k, v in e["external_ids"].items()))
    console.print(f"[dim]source:[/] {source_line(e.get('sources') or [])}")
    if "project" in data:
        p = data["project"]
        console.print(
            f"[bold]Project[/]: {p['project_type']}, status {p.get('status') or '—'}, "
            f"{p.get('start') or '?'} → {p.get('end') or '?'}, countries {', '.join(p['countries'])}"
        )
        _fact_table(
            console,
            "Parties",
            data.get("parties", []),
            [("party", "party_name"), ("role", "role"), ("power", "power_id")],
        )
    _fact_table(
        console,
        "Figures (every reported value, with its source)",
        data.get("figures", []),
        [
            ("attribute", "attribute"),
            ("value", "value"),
            ("unit", "unit"),
            ("as of", "as_of"),
            ("qualifier", "qualifier"),
            ("origin", "origin"),
        ],
    )
    _fact_table(
        console,
        "Offices",
        data.get("offices", []),
        [("title", "title"), ("role", "role"), ("of", "org_name"), ("from", "start"), ("to", "end")],
    )
    _fact_table(
        console,
        "Member of",
        data.get("memberships", []),
        [("organization", "org_name"), ("role", "role"), ("from", "start"), ("to", "end")],
    )
    _fact_table(
        console,
        "Members",
        data.get("members", []),
        [("member", "member_name"), ("role", "role"), ("from", "start"), ("to", "end"), ("note", "note")],
    )
    _fact_table(
        console,
        "Events",
        data.get("events", []),
        [("date", "date"), ("type", "type"), ("mode", "mode"), ("title", "title")],
    )
    _fact_table(
        console,
        "Indicators",
        data.get("indicators", []),
        [
            ("indicator", "indicator"),
            ("reporter", "reporter_id"),
            ("partner", "partner_id"),
            ("year", "year"),
            ("value", "value"),
            ("statistics", "statistics"),
        ],
    )
