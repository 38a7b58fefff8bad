"""Everything the store knows about one entity, each fact with its sources: the data behind `sphere kb show`."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from sphere.store import schema as t
from sphere.store.store import Row, Store


class NotFound(LookupError):
    """No entity answers to the name or id asked for."""


class Ambiguous(LookupError):
    """Several entities answer to the name asked for."""

    def __init__(self, name: str, candidates: list[Row]) -> None:
        super().__init__(f"{name!r} names {len(candidates)} entities")
        self.candidates = candidates


def _with_sources(store: Store, rows: list[Row]) -> list[Row]:
    for row in rows:
        row["sources"] = store.sources_of(row.get("sources"))
    return rows


def find(store: Store, name_or_id: str) -> str:
    """Return the one entity id that `name_or_id` names; raise NotFound or Ambiguous otherwise."""
    ids = store.resolve(name_or_id)
    if not ids:
        hits = store.search(name_or_id, limit=10)
        if len(hits) == 1:
            return str(hits[0]["id"])
        if hits:
            raise Ambiguous(name_or_id, hits)
        raise NotFound(f"nothing in the knowledge base is called {name_or_id!r}")
    if len(ids) > 1:
        rows = [store.entity(i) for i in ids]
        raise Ambiguous(
            name_or_id, [{"id": r["id"], "kind": r["kind"], "name": r["name"]} for r in rows if r]
        )
    return ids[0]


def show(store: Store, name_or_id: str) -> dict[str, Any]:
    """Return an entity and every fact about it, each with its sources (the JSON of `sphere kb show`)."""
    eid = find(store, name_or_id)
    entity = store.entity(eid)
    assert entity is not None
    names = _names(store)
    m = t.memberships
    member_of = store.query(sa.select(m).where(m.c.member_id == eid).order_by(m.c.start))
    members = store.query(sa.select(m).where(m.c.org_id == eid))
    members.sort(key=lambda r: (_ROLE_ORDER.get(r["role"], 9), r["start"] or "9999", r["member_id"]))
    for row in [*member_of, *members]:
        row["member_name"] = names.get(row["member_id"], row["member_id"])
        row["org_name"] = names.get(row["org_id"], row["org_id"])
    out: dict[str, Any] = {
        "entity": entity,
        "offices": _with_sources(store, [r for r in member_of if r["role"] not in _MEMBER_ROLES]),
        "memberships": _with_sources(store, [r for r in member_of if r["role"] in _MEMBER_ROLES]),
        "members": _with_sources(store, members),
    }
    project = store.query(sa.select(t.projects).where(t.projects.c.entity_id == eid))
    if project:
        out["project"] = project[0]
        parties = store.query(sa.select(t.project_parties).where(t.project_parties.c.project_id == eid))
        for row in parties:
            row["party_name"] = names.get(row["party_id"], row["party_id"])
        out["parties"] = _with_sources(store, parties)
    c = t.claims
    out["figures"] = _with_sources(
        store,
        store.query(
            sa.select(c)
            .where(sa.or_(c.c.subject_id == eid, c.c.object_id == eid))
            .order_by(c.c.attribute, c.c.as_of)
        ),
    )
    p = t.event_participants
    ev_ids = sa.select(p.c.event_id).where(p.c.entity_id == eid)
    e = t.events
    events = store.query(
        sa.select(e).where(sa.or_(e.c.id.in_(ev_ids), e.c.place_id == eid)).order_by(e.c.date)
    )
    out["events"] = _with_sources(store, events)
    i = t.indicators
    out["indicators"] = _with_sources(
        store,
        store.query(
            sa.select(i)
            .where(sa.or_(i.c.reporter_id == eid, i.c.partner_id == eid))
            .order_by(i.c.indicator, i.c.partner_id, i.c.year)
        ),
    )
    return out


_ROLE_ORDER = {
    "founding_member": 0,
    "member": 1,
    "associate": 2,
    "candidate": 3,
    "observer": 4,
    "partner": 5,
    "dialogue_partner": 6,
}
_MEMBER_ROLES = {
    "member",
    "founding_member",
    "observer",
    "dialogue_partner",
    "partner",
    "associate",
    "candidate",
    "suspended",
    "guest",
}


def _names(store: Store) -> dict[str, str]:
    return {r["id"]: r["name"] for r in store.query(sa.select(t.entities.c.id, t.entities.c.name))}
