"""Terminal rendering of the store's records with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from sphere.analysis import format as fmt


def source_line(sources: list[dict[str, Any]]) -> str:
    """Return a compact '[source: url — "quote"]' text for a fact's sources."""
    parts = []
    for s in sources or []:
        where = _where(s)
        said = s.get("quote") or s.get("field")
        parts.append(f"{where}" + (f' — "{said}"' if said else ""))
    return " | ".join(parts) if parts else "no source"


def _where(s: dict[str, Any]) -> str:
    """Return where a fact comes from: its URL, dataset, document title, or a plain statement that none is."""
    return str(
        s.get("url")
        or s.get("dataset")
        or s.get("title")
        or (f"stored document {s['document_id'][:12]}" if s.get("document_id") else None)
        or "source not recorded"
    )


def _span(start: str | None, end: str | None) -> str:
    if start and not end:
        return f"from {fmt.date(start)}"
    if end and not start:
        return f"until {fmt.date(end)}"
    return fmt.date_range(start, end, empty="dates unknown")


def ids_in_data(data: Any) -> set[str]:
    """Return every entity id written anywhere in a record (for looking up their names at once)."""
    if isinstance(data, dict):
        return set().union(*(ids_in_data(v) for v in data.values())) if data else set()
    if isinstance(data, list):
        return set().union(*(ids_in_data(v) for v in data)) if data else set()
    if isinstance(data, str) and fmt.ID_PATTERN.fullmatch(data):
        return {data}
    return set()


def render_stats(console: Console, stats: dict[str, Any]) -> None:
    """Print table counts and entity kinds."""
    table = Table("what", "count", title="Sphere database")
    for key, value in stats.items():
        if isinstance(value, int):
            table.add_row(key, str(value))
    for kind, n in sorted(stats.get("entities_by_kind", {}).items()):
        table.add_row(f"  entities: {kind}", str(n))
    console.print(table)


def _shown(key: str, row: dict[str, Any], names: dict[str, str]) -> str:
    """Return a field as a person reads it: names for ids, formatted figures and dates."""
    v = row[key]
    if key == "value":
        return fmt.figure(v, row.get("unit"), row.get("qualifier"))
    if key in ("as_of", "start", "end", "date"):
        return fmt.date(str(v))
    if isinstance(v, str) and fmt.ID_PATTERN.fullmatch(v):
        return fmt.name(v, names)
    if isinstance(v, float):
        return fmt.number(v)
    return str(v).replace("_", " ") if key in ("role", "attribute", "indicator", "type", "mode") else str(v)


def _fact_table(
    console: Console,
    title: str,
    rows: list[dict[str, Any]],
    cols: list[tuple[str, str]],
    names: dict[str, str] | None = None,
) -> None:
    """Print one fact per line ("label: value · …"), each followed by its sources, indented."""
    if not rows:
        return
    names = names or {}
    console.print(f"\n[bold underline]{title}[/] ({len(rows)})")
    for r in rows:
        parts = [
            f"{label} {_shown(key, r, names)}" if label else _shown(key, r, names)
            for label, key in cols
            if r.get(key) is not None
        ]
        console.print("• " + " · ".join(parts), highlight=False)
        for s in r.get("sources") or []:
            where = _where(s)
            said = s.get("quote") or s.get("field")
            console.print(
                f"    [dim]source:[/] [link={where}]{where}[/]" + (f' [dim]— "{said}"[/]' if said else ""),
                highlight=False,
                soft_wrap=True,
            )


def render_show(console: Console, data: dict[str, Any], names: dict[str, str] | None = None) -> None:
    """Print an entity and its facts, each with its source; `names` gives the names of the ids it mentions."""
    names = names or {}
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
            f"[bold]Project[/]: {p['project_type'].replace('_', ' ')}, "
            f"status {(p.get('status') or 'unknown').replace('_', ' ')}, "
            f"{_span(p.get('start'), p.get('end'))}, "
            f"in {', '.join(fmt.name(c, names) for c in p['countries'])}",
            highlight=False,
        )
        _fact_table(
            console,
            "Parties",
            data.get("parties", []),
            [("party", "party_name"), ("role", "role"), ("power", "power_id")],
            names,
        )
    _fact_table(
        console,
        "Figures (every reported value, with its source)",
        data.get("figures", []),
        [
            ("attribute", "attribute"),
            ("value", "value"),
            ("as of", "as_of"),
            ("origin", "origin"),
        ],
        names,
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
        names,
    )
