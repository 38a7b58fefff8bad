"""`export`: events, claims and entities as CSV, Parquet or JSON Lines; events also as PLOVER JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from sphere.store import schema as t
from sphere.store.store import Row, Store

WHAT = ("events", "claims", "entities")
FORMATS = ("csv", "jsonl", "parquet", "plover")


class ExportError(ValueError):
    """The export asked for cannot be made (unknown table or format, or a missing library)."""


def rows(store: Store, what: str) -> list[Row]:
    """Return the rows of one export: events with their participants, claims, or entities with aliases."""
    if what == "events":
        p = t.event_participants
        events = store.query(sa.select(t.events).order_by(t.events.c.date, t.events.c.id))
        parts: dict[str, dict[str, list[str]]] = {}
        for r in store.query(sa.select(p)):
            parts.setdefault(r["event_id"], {"actor": [], "recipient": []})[r["role"]].append(r["entity_id"])
        for e in events:
            e["actors"] = parts.get(e["id"], {}).get("actor", [])
            e["recipients"] = parts.get(e["id"], {}).get("recipient", [])
        return events
    if what == "claims":
        return store.query(
            sa.select(t.claims).order_by(t.claims.c.subject_id, t.claims.c.attribute, t.claims.c.id)
        )
    if what == "entities":
        ents = store.query(sa.select(t.entities).order_by(t.entities.c.id))
        aliases: dict[str, list[str]] = {}
        for r in store.query(sa.select(t.aliases.c.entity_id, t.aliases.c.alias)):
            aliases.setdefault(r["entity_id"], []).append(r["alias"])
        for e in ents:
            e["aliases"] = sorted(set(aliases.get(e["id"], [])))
        return ents
    raise ExportError(f"cannot export {what!r}: choose one of {', '.join(WHAT)}")


def plover(event: Row) -> dict[str, Any]:
    """Return one event in PLOVER's JSON layout (event, mode, actor, recipient, date, location, source)."""
    return {
        "id": event["id"],
        "event": event["type"],
        "mode": event.get("mode"),
        "date": event.get("date"),
        "actor": event.get("actors") or [],
        "recipient": event.get("recipients") or [],
        "location": event.get("place_id"),
        "context": [],
        "status": event.get("status"),
        "source": {
            "document_id": event.get("document_id"),
            "source_id": event.get("source_id"),
            "evidence": event.get("evidence") or event.get("quote"),
            "offsets": [event.get("ev_start"), event.get("ev_end")],
        },
    }


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def write(data: list[Row], fmt: str, out: IO[str] | Path) -> None:
    """Write rows in `fmt` to a text stream (csv, jsonl, plover) or a file path (parquet)."""
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ExportError("Parquet export needs pyarrow (pip install pyarrow)") from exc
        if not isinstance(out, Path):
            raise ExportError("Parquet export needs an output file (--out FILE.parquet)")
        table = pa.Table.from_pylist([{k: _cell(v) for k, v in r.items()} for r in data])
        pq.write_table(table, out)
        return
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as fh:
            write(data, fmt, fh)
        return
    if fmt in ("jsonl", "plover"):
        for r in data:
            out.write(json.dumps(plover(r) if fmt == "plover" else r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        fields: list[str] = list(dict.fromkeys(k for r in data for k in r))
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        for r in data:
            writer.writerow({k: _cell(v) for k, v in r.items()})
    else:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def export(store: Store, what: str, fmt: str, out: IO[str] | Path) -> int:
    """Export one table in one format; return the number of rows written."""
    if fmt == "plover" and what != "events":
        raise ExportError("PLOVER JSON is a format for events only")
    data = rows(store, what)
    write(data, fmt, out)
    return len(data)


def iter_json(data: list[Row]) -> Iterator[str]:
    """Yield rows as JSON lines (for streaming responses)."""
    for r in data:
        yield json.dumps(r, ensure_ascii=False, default=str) + "\n"
