"""The records the influence index is computed from, read from the store once into memory.

Each record keeps the id of the row it came from and its source, so that every component of the index can
be explained by listing the records behind it. Stored documents are not read one by one: `attention()`
counts the documents that mention each state and power per year, and reads only the events read from
documents that involve both a state and a power.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
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
class Attention:
    """What stored documents say about states and powers, per year (the attention dimension's inputs)."""

    docs: dict[tuple[str, int], int] = field(default_factory=dict)  # (state, year) -> documents
    both: dict[tuple[str, str, int], int] = field(default_factory=dict)  # (state, power, year) -> documents
    # (state, year) -> the events read from documents with the state and a power among their participants
    # (their `actors` and `recipients` list only the states and powers)
    events: dict[tuple[str, int], list[Row]] = field(default_factory=dict)


@dataclass
class IndexInputs:
    """Everything the index reads, indexed for fast lookup."""

    indicators: list[Row] = field(default_factory=list)
    projects: list[Row] = field(default_factory=list)  # with parties and figures attached
    events: list[Row] = field(default_factory=list)  # knowledge-base events, with actors and recipients
    memberships: list[Row] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    eu_members: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # id -> (start, end)
    sources: dict[str, Row] = field(default_factory=dict)  # the sources the records cite
    by_reporter_year: dict[tuple[str, int], list[Row]] = field(default_factory=dict)
    store: Store | None = None  # where `attention()` reads documents from (None: no documents)
    _attention: dict[tuple[tuple[str, ...], tuple[str, ...]], Attention] = field(default_factory=dict)

    def indicators_of(self, reporter: str, year: int) -> list[Row]:
        """Return the indicators a state reports for a year (indexed on first use)."""
        if not self.by_reporter_year and self.indicators:
            for r in self.indicators:
                self.by_reporter_year.setdefault((r["reporter_id"], r["year"]), []).append(r)
        return self.by_reporter_year.get((reporter, year), [])

    def attention(self, states: list[str], powers: list[str]) -> Attention:
        """Return the document counts and read events for these states and powers (read once, then kept)."""
        key = (tuple(sorted(states)), tuple(sorted(powers)))
        if key not in self._attention:
            att = Attention() if self.store is None else load_attention(self.store, states, powers)
            for ev in (ev for evs in att.events.values() for ev in evs if ev["source_id"]):
                self.sources.setdefault(
                    ev["source_id"],
                    {
                        "id": ev["source_id"],
                        "url": ev["source_url"],
                        "dataset": ev["source_dataset"],
                        "title": ev["source_title"],
                    },
                )
            self._attention[key] = att
        return self._attention[key]

    def load_sources(self, ids: Iterable[str | None]) -> None:
        """Read the sources (URL, dataset, title) of the given ids that are not known yet."""
        wanted = sorted({i for i in ids if i and i not in self.sources})
        if self.store is None:
            return
        s = t.sources
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            for r in self.store.query(
                sa.select(s.c.id, s.c.url, s.c.dataset, s.c.title).where(s.c.id.in_(chunk))
            ):
                self.sources[r["id"]] = r


def _year(value: Any) -> int | None:
    text = str(value or "")[:4]
    return int(text) if text.isdigit() else None


_EVENT_COLUMNS = (
    "id",
    "type",
    "mode",
    "date",
    "title",
    "status",
    "origin",
    "document_id",
    "source_id",
    "quote",
)


def _events(store: Store, where: sa.ColumnElement[bool], who: set[str] | None = None) -> list[Row]:
    """Return the events matching `where` (by date) with their year, actors and recipients (only those in
    `who` when given) and their source's URL, dataset and title, in one query."""
    e, p, s = t.events, t.event_participants, t.sources
    on = p.c.event_id == e.c.id
    if who is not None:
        on = sa.and_(on, p.c.entity_id.in_(sorted(who)))
    rows: dict[str, Row] = {}
    for r in store.query(
        sa.select(
            *(e.c[c] for c in _EVENT_COLUMNS),
            p.c.entity_id.label("who"),
            p.c.role.label("as"),
            s.c.url.label("source_url"),
            s.c.dataset.label("source_dataset"),
            s.c.title.label("source_title"),
        )
        .select_from(e.outerjoin(p, on).outerjoin(s, s.c.id == e.c.source_id))
        .where(where)
        .order_by(e.c.id, p.c.role, p.c.entity_id)
    ):
        ev = rows.get(r["id"])
        if ev is None:
            ev = rows[r["id"]] = {c: r[c] for c in _EVENT_COLUMNS}
            ev.update(actors=[], recipients=[], year=_year(r["date"]))
            ev.update(
                source_url=r["source_url"], source_dataset=r["source_dataset"], source_title=r["source_title"]
            )
        if r["as"] in ("actor", "recipient"):
            ev[r["as"] + "s"].append(r["who"])
    return sorted(rows.values(), key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))


def load_inputs(store: Store) -> IndexInputs:
    """Read indicators, projects, knowledge-base events and memberships from the store."""
    inp = IndexInputs(store=store)
    inp.names = {r["id"]: r["name"] for r in store.query(sa.select(t.entities.c.id, t.entities.c.name))}
    inp.indicators = store.query(sa.select(t.indicators))
    parties: dict[str, list[Row]] = {}
    for r in store.query(sa.select(t.project_parties)):
        parties.setdefault(r["project_id"], []).append(r)
    figures: dict[str, list[Row]] = {}
    c = t.claims
    for r in store.query(sa.select(c).where(c.c.origin == "kb")):
        figures.setdefault(r["subject_id"], []).append(r)
    for p in store.query(sa.select(t.projects)):
        p["parties"] = parties.get(p["entity_id"], [])
        p["figures"] = figures.get(p["entity_id"], [])
        p["name"] = inp.names.get(p["entity_id"], p["entity_id"])
        inp.projects.append(p)
    inp.events = _events(store, t.events.c.origin == "kb")
    inp.memberships = store.query(sa.select(t.memberships))
    for m in inp.memberships:
        if m["org_id"] == "org:eu" and m["member_id"].startswith("country:"):
            inp.eu_members[m["member_id"]] = (m["start"], m["end"])
    inp.load_sources(
        r.get("source_id")
        for rows in (inp.indicators, inp.events, inp.memberships, *figures.values(), *parties.values())
        for r in rows
    )
    return inp


def load_attention(store: Store, states: list[str], powers: list[str]) -> Attention:
    """Count per year the documents that mention each state, and each state with each power, and read the
    events read from documents that involve a state and a power."""
    att = Attention()
    state_set, power_set = set(states), set(powers)
    if not state_set:
        return att
    m, d = t.mentions, t.documents
    # the documents that mention a state, with every state and power each mentions: from the state's
    # mentions to the document, then along the document's mentions (the mentions' primary key)
    about_a_state = sa.select(m.c.document_id).where(m.c.entity_id.in_(sorted(state_set)))
    stmt = (
        sa.select(m.c.document_id, m.c.entity_id, d.c.published)
        .select_from(d.join(m, m.c.document_id == d.c.id))
        .where(d.c.id.in_(about_a_state), m.c.entity_id.in_(sorted(state_set | power_set)))
        .distinct()
    )
    mentioned: dict[str, set[str]] = defaultdict(set)
    years: dict[str, int] = {}
    with store.engine.connect() as conn:  # plain tuples: one per document and entity
        for doc, ent, published in conn.execute(stmt):
            mentioned[doc].add(ent)
            if (year := _year(published)) is not None:
                years[doc] = year
    for doc, year in years.items():
        ents = mentioned[doc]
        for st in ents & state_set:
            att.docs[(st, year)] = att.docs.get((st, year), 0) + 1
            for pw in ents & power_set:
                att.both[(st, pw, year)] = att.both.get((st, pw, year), 0) + 1
    p, e = t.event_participants, t.events
    with_both = sa.intersect(
        sa.select(p.c.event_id).where(p.c.entity_id.in_(sorted(state_set))),
        sa.select(p.c.event_id).where(p.c.entity_id.in_(sorted(power_set or {""}))),
    ).subquery()
    read = sa.and_(e.c.id.in_(sa.select(with_both.c.event_id)), e.c.origin != "kb")
    for ev in _events(store, read, state_set | power_set):
        for st in (set(ev["actors"]) | set(ev["recipients"])) & state_set:
            if ev["year"] is not None:
                att.events.setdefault((st, ev["year"]), []).append(ev)
    return att


def source_of(inp: IndexInputs, source_id: str | None) -> str | None:
    """Return the URL or dataset name of a source id."""
    src = inp.sources.get(source_id or "")
    return (src.get("url") or src.get("dataset")) if src else None
