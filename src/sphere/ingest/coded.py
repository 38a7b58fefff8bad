"""Store machine-coded events (GDELT 2.0) apart from Sphere's own readings, linked to the knowledge base.

`load_gdelt` reads export files (and optionally mentions files) with `sphere.connectors.gdelt`, keeps the
events that involve a C5 state and writes them to `coded_events` (never to `events`, which holds what Sphere
reads and the knowledge base), each with its GDELT id, file and row, source URL and PLOVER type. An actor is
linked to the knowledge base by its name when the name resolves to exactly one entity ("RUSSIA",
"VLADIMIR PUTIN"), else by its CAMEO country code (ISO 3166 alpha-3) to that state. Mentions add the articles
and their confidence; an event's `confidence` is the highest confidence of its mentions. Loading the same
files again adds nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sphere.connectors import gdelt
from sphere.store import schema as t
from sphere.store.documents import now
from sphere.store.store import Store

CHUNK = 500


@dataclass
class CodedReport:
    """What one load did."""

    lines: int = 0
    kept: int = 0  # events involving a C5 state
    stored: int = 0  # new events written
    already: int = 0  # events stored by an earlier load
    mentions: int = 0  # new mentions written
    linked: int = 0  # actors linked to a knowledge-base entity
    by_type: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class Linker:
    """Links GDELT actors to knowledge-base entities by name, then by country code (cached per value)."""

    def __init__(self, store: Store) -> None:
        """Read the states' ids once; names are resolved on first use."""
        self.store = store
        rows = store.query(
            sa.select(t.entities.c.id, t.entities.c.iso3).where(
                t.entities.c.kind == "country", t.entities.c.iso3.is_not(None)
            )
        )
        self.by_iso3 = {r["iso3"]: r["id"] for r in rows}
        self._names: dict[str, str | None] = {}

    def link(self, actor: gdelt.Actor) -> str | None:
        """Return the entity id for an actor, or None when neither its name nor its country is known."""
        if actor.name:
            if actor.name not in self._names:
                hits = self.store.resolve(actor.name)
                self._names[actor.name] = hits[0] if len(hits) == 1 else None
            found = self._names[actor.name]
            if found:
                return found
        return self.by_iso3.get(actor.country or "")


def event_id(global_id: str) -> str:
    """Return the store id of a GDELT event."""
    return f"gdelt:{global_id}"


def _existing(conn: sa.Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        found |= set(
            conn.execute(sa.select(t.coded_events.c.id).where(t.coded_events.c.id.in_(chunk))).scalars()
        )
    return found


def _row(e: gdelt.GdeltEvent, linker: Linker, loaded: str) -> dict[str, Any]:
    p = e.plover
    return {
        "id": event_id(e.global_id),
        "dataset": "gdelt",
        "external_id": e.global_id,
        "date": e.date,
        "added": e.added,
        "loaded": loaded,
        "cameo": e.cameo,
        "plover_type": p.type if p else None,
        "plover_mode": p.mode if p else None,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "num_mentions": e.num_mentions,
        "num_sources": e.num_sources,
        "num_articles": e.num_articles,
        "avg_tone": e.avg_tone,
        "actor1_code": e.actor1.code,
        "actor1_name": e.actor1.name,
        "actor1_country": (e.actor1.country or "")[:3] or None,
        "actor1_id": linker.link(e.actor1),
        "actor2_code": e.actor2.code,
        "actor2_name": e.actor2.name,
        "actor2_country": (e.actor2.country or "")[:3] or None,
        "actor2_id": linker.link(e.actor2),
        "place": e.place,
        "place_country": (e.place_country or "")[:2] or None,
        "lat": e.lat,
        "lon": e.lon,
        "states": "," + ",".join(e.states) + ",",
        "source_url": e.source_url,
        "confidence": None,
        "file": e.file,
        "row": e.row,
    }


def load_gdelt(store: Store, events: Iterable[Path], mentions: Iterable[Path] = ()) -> CodedReport:
    """Read GDELT export (and mentions) files and store the C5 events; return counts and skipped lines."""
    read = gdelt.read_events(list(events))
    report = CodedReport(lines=read.lines, kept=len(read.events))
    linker = Linker(store)
    loaded = now()
    with store.transaction() as conn:
        known = _existing(conn, [event_id(e.global_id) for e in read.events])
        report.already = len(known)
        rows: dict[str, dict[str, Any]] = {}
        for e in read.events:
            eid = event_id(e.global_id)
            if eid in known or eid in rows:
                continue
            rows[eid] = _row(e, linker, loaded)
        batch = list(rows.values())
        for i in range(0, len(batch), CHUNK):
            conn.execute(sa.insert(t.coded_events), batch[i : i + CHUNK])
        report.stored = len(batch)
        for r in batch:
            report.linked += (r["actor1_id"] is not None) + (r["actor2_id"] is not None)
            key = r["plover_type"] or "(no PLOVER type)"
            report.by_type[key] = report.by_type.get(key, 0) + 1
    mention_paths = list(mentions)
    if mention_paths:
        with store.engine.connect() as conn:
            keep = {
                str(x)
                for x in conn.execute(
                    sa.select(t.coded_events.c.external_id).where(t.coded_events.c.dataset == "gdelt")
                ).scalars()
            }
        mread = gdelt.read_mentions(mention_paths, keep)
        report.lines += mread.lines
        read.problems.extend(mread.problems)
        report.mentions = _store_mentions(store, mread.mentions)
    report.problems = [str(p) for p in read.problems]
    return report


def _store_mentions(store: Store, mentions: list[gdelt.GdeltMention]) -> int:
    """Write new mentions and raise each event's confidence to its best mention's; return how many were new."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for m in mentions:
        key = hashlib.sha1(f"{m.url}\n{m.sentence}".encode()).hexdigest()[:32]
        rows.setdefault(
            (event_id(m.global_id), key),
            {
                "event_id": event_id(m.global_id),
                "key": key,
                "url": m.url,
                "source_name": m.source_name,
                "mention_time": m.mention_time,
                "sentence": m.sentence,
                "confidence": m.confidence,
                "file": m.file,
                "row": m.row,
            },
        )
    cm = t.coded_event_mentions
    with store.transaction() as conn:
        events = sorted({eid for eid, _ in rows})
        known: set[tuple[str, str]] = set()
        for i in range(0, len(events), CHUNK):
            chunk = events[i : i + CHUNK]
            known |= {
                (r.event_id, r.key)
                for r in conn.execute(sa.select(cm.c.event_id, cm.c.key).where(cm.c.event_id.in_(chunk)))
            }
        new = [r for k, r in rows.items() if k not in known]
        for i in range(0, len(new), CHUNK):
            conn.execute(sa.insert(cm), new[i : i + CHUNK])
        best = (
            sa.select(sa.func.max(cm.c.confidence))
            .where(cm.c.event_id == t.coded_events.c.id)
            .scalar_subquery()
        )
        for i in range(0, len(events), CHUNK):
            chunk = events[i : i + CHUNK]
            conn.execute(
                sa.update(t.coded_events).where(t.coded_events.c.id.in_(chunk)).values(confidence=best)
            )
    return len(new)


def coded_events(
    store: Store,
    *,
    since: str | None = None,
    state: str | None = None,
    plover_type: str | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """Return stored machine-coded events, newest first (loaded since `since`, involving `state`)."""
    c = t.coded_events
    stmt = sa.select(c)
    if since:
        stmt = stmt.where(c.c.loaded >= since)
    if state:
        stmt = stmt.where(c.c.states.like(f"%,{state.upper()},%"))
    if plover_type:
        stmt = stmt.where(c.c.plover_type == plover_type)
    return store.query(stmt.order_by(c.c.date.desc(), c.c.id).limit(limit))
