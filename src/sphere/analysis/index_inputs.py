"""The records the influence index is computed from, read from the store once into memory.

Each record keeps the id of the row it came from and its source, so that every component of the index can
be explained by listing the records behind it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import sqlalchemy as sa

from sphere.store import schema as t
from sphere.store.store import Row, Store

Weights = dict[str, Any]


def default_weights() -> Weights:
    """Return the bundled default weights (`kb/data/index_weights.json`)."""
    text = (resources.files("sphere.kb") / "data" / "index_weights.json").read_text(encoding="utf-8")
    data: Weights = json.loads(text)
    return data


def merge_weights(base: Weights, override: Weights) -> Weights:
    """Return `base` with the keys of `override` replaced (nested dicts merged one level deep)."""
    out = dict(base)
    for key, value in override.items():
        out[key] = (
            {**out[key], **value} if isinstance(value, dict) and isinstance(out.get(key), dict) else value
        )
    return out


@dataclass
class IndexInputs:
    """Everything the index reads, indexed for fast lookup."""

    indicators: list[Row] = field(default_factory=list)
    projects: list[Row] = field(default_factory=list)  # with parties and figures attached
    events: list[Row] = field(default_factory=list)  # with actors and recipients attached
    memberships: list[Row] = field(default_factory=list)
    doc_mentions: dict[str, set[str]] = field(default_factory=dict)  # document id -> entity ids
    doc_years: dict[str, int] = field(default_factory=dict)
    doc_events: list[Row] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    eu_members: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # id -> (start, end)
    sources: dict[str, Row] = field(default_factory=dict)
    by_reporter_year: dict[tuple[str, int], list[Row]] = field(default_factory=dict)

    def indicators_of(self, reporter: str, year: int) -> list[Row]:
        """Return the indicators a state reports for a year (indexed on first use)."""
        if not self.by_reporter_year and self.indicators:
            for r in self.indicators:
                self.by_reporter_year.setdefault((r["reporter_id"], r["year"]), []).append(r)
        return self.by_reporter_year.get((reporter, year), [])


def _year(value: Any) -> int | None:
    text = str(value or "")[:4]
    return int(text) if text.isdigit() else None


def load_inputs(store: Store) -> IndexInputs:
    """Read indicators, projects, events, memberships and document mentions from the store."""
    inp = IndexInputs()
    inp.names = {r["id"]: r["name"] for r in store.query(sa.select(t.entities.c.id, t.entities.c.name))}
    inp.sources = {
        r["id"]: r
        for r in store.query(
            sa.select(t.sources.c.id, t.sources.c.url, t.sources.c.dataset, t.sources.c.title)
        )
    }
    inp.indicators = store.query(sa.select(t.indicators))
    parties: dict[str, list[Row]] = {}
    for r in store.query(sa.select(t.project_parties)):
        parties.setdefault(r["project_id"], []).append(r)
    figures: dict[str, list[Row]] = {}
    for r in store.query(sa.select(t.claims).where(t.claims.c.origin == "kb")):
        figures.setdefault(r["subject_id"], []).append(r)
    for p in store.query(sa.select(t.projects)):
        p["parties"] = parties.get(p["entity_id"], [])
        p["figures"] = figures.get(p["entity_id"], [])
        p["name"] = inp.names.get(p["entity_id"], p["entity_id"])
        inp.projects.append(p)
    participants: dict[str, dict[str, list[str]]] = {}
    for r in store.query(sa.select(t.event_participants)):
        participants.setdefault(r["event_id"], {"actor": [], "recipient": []})[r["role"]].append(
            r["entity_id"]
        )
    for e in store.query(
        sa.select(
            t.events.c.id,
            t.events.c.type,
            t.events.c.mode,
            t.events.c.date,
            t.events.c.title,
            t.events.c.status,
            t.events.c.origin,
            t.events.c.document_id,
            t.events.c.source_id,
            t.events.c.quote,
        )
    ):
        e["actors"] = participants.get(e["id"], {}).get("actor", [])
        e["recipients"] = participants.get(e["id"], {}).get("recipient", [])
        e["year"] = _year(e["date"])
        (inp.events if e["origin"] == "kb" else inp.doc_events).append(e)
    inp.memberships = store.query(sa.select(t.memberships))
    for m in inp.memberships:
        if m["org_id"] == "org:eu" and m["member_id"].startswith("country:"):
            inp.eu_members[m["member_id"]] = (m["start"], m["end"])
    for r in store.query(sa.select(t.documents.c.id, t.documents.c.published)):
        year = _year(r["published"])
        if year:
            inp.doc_years[r["id"]] = year
    for r in store.query(sa.select(t.mentions.c.document_id, t.mentions.c.entity_id).distinct()):
        inp.doc_mentions.setdefault(r["document_id"], set()).add(r["entity_id"])
    return inp


def source_of(inp: IndexInputs, source_id: str | None) -> str | None:
    """Return the URL or dataset name of a source id."""
    src = inp.sources.get(source_id or "")
    return (src.get("url") or src.get("dataset")) if src else None
