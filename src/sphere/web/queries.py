"""Small read queries the explorer needs that the store does not offer, each bounded for speed.

Every list is capped (`limit`) so that a page costs the same with a hundred or a million stored documents;
sources are joined in one query per list, never one per row. "The latest N about X" picks its plan by how
many rows X has (`many`): few are read through the indexes and sorted, many are found by walking the newest
rows and checking each from the indexes.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from sphere.analysis import format as fmt
from sphere.analysis.ledger import confident
from sphere.store import schema as t
from sphere.store.store import Row, Store

C5 = ("country:KAZ", "country:KGZ", "country:TJK", "country:TKM", "country:UZB")


def names(store: Store, ids: set[str] | list[str]) -> dict[str, str]:
    """Return the display names of the given entity ids (ids without an entity are left out)."""
    return fmt.entity_names(store, ids)


def expand_sources(store: Store, rows: list[Row]) -> list[Row]:
    """Replace each row's `sources` list of references by full source records, in one query."""
    ids = {ref.get("source_id") for r in rows for ref in (r.get("sources") or []) if ref.get("source_id")}
    ids |= {r["source_id"] for r in rows if r.get("source_id")}
    found = (
        {r["id"]: r for r in store.query(sa.select(t.sources).where(t.sources.c.id.in_(sorted(ids))))}
        if ids
        else {}
    )
    for r in rows:
        refs = r.get("sources") or (
            [{"source_id": r["source_id"], "quote": r.get("quote")}] if r.get("source_id") else []
        )
        r["sources"] = [{**found.get(ref.get("source_id") or "", {}), **ref} for ref in refs]
    return rows


# rows above which "the latest N rows about X" walks the newest rows, checking each, instead of reading and
# sorting all of X's rows (walking visits about N × all / X's rows; reading visits X's rows)
DENSE = 2000


def many(store: Store, rows: sa.Select[Any] | sa.CompoundSelect[Any], more_than: int | None = None) -> bool:
    """Return True when the query yields more than `more_than` (default `DENSE`) rows, counting no further."""
    more_than = DENSE if more_than is None else more_than
    with store.engine.connect() as conn:
        found = conn.execute(sa.select(sa.func.count()).select_from(rows.limit(more_than + 1).subquery()))
        return int(found.scalar() or 0) > more_than


def event_ids(
    store: Store, *, entity: str | None = None, limit: int = 20, origin: str | None = None
) -> list[Row]:
    """Return the id and place of the latest events (optionally those an entity takes part in or hosts),
    newest first, read from the indexes alone where possible."""
    e, ep = t.events, t.event_participants
    stmt = sa.select(e.c.id, e.c.place_id)
    if origin:
        stmt = stmt.where(e.c.origin == origin)
    newest = (e.c.date.desc().nulls_last(), e.c.id)
    if entity:
        takes_part = sa.select(ep.c.event_id).where(ep.c.entity_id == entity)
        about = sa.union_all(takes_part, sa.select(e.c.id).where(e.c.place_id == entity))
        found = store.query(about.limit(DENSE + 1))
        if len(found) > DENSE:
            walked = _newest_taking_part(store, stmt.order_by(*newest), entity, limit)
            if walked is not None:
                return walked
            # not among the newest events: let the database check every event (a hash of the entity's
            # participations; ~100 ms for a fifth of a million events)
            takes_part_in = sa.exists().where(ep.c.event_id == e.c.id, ep.c.entity_id == entity)
            stmt = stmt.where(sa.or_(takes_part_in, e.c.place_id == entity))
        else:  # few events: read them by id and sort them (given as a subquery, PostgreSQL expected half
            # of all events to match and walked the newest-first index through all of them: 250 ms at 1M)
            stmt = stmt.where(e.c.id.in_(sorted({r["event_id"] for r in found})))
    return store.query(stmt.order_by(*newest).limit(limit))


WALK = (500, 4000)  # the newest events read, in turn, to find a frequent entity's latest ones


def _newest_taking_part(
    store: Store, newest_first: sa.Select[Any], entity: str, limit: int
) -> list[Row] | None:
    """Return the first `limit` of the newest events an entity takes part in or hosts, found by reading the
    newest events and probing the participants' index for those ids; None when the walk is too short to
    tell (the entity's events are not among the newest `WALK[-1]`)."""
    ep = t.event_participants
    for size in WALK:
        rows = store.query(newest_first.limit(size))
        ids = [r["id"] for r in rows]
        part = {
            r["event_id"]
            for r in store.query(
                sa.select(ep.c.event_id).where(ep.c.entity_id == entity, ep.c.event_id.in_(ids))
            )
        }
        hits = [r for r in rows if r["id"] in part or r["place_id"] == entity]
        if len(hits) >= limit or len(rows) < size:
            return hits[:limit]
    return None


def events_by_id(store: Store, ids: list[str]) -> list[Row]:
    """Return the events with these ids, in that order, with their sources and participants."""
    e, s = t.events, t.sources
    found = (
        {
            r["id"]: r
            for r in store.query(
                sa.select(
                    e.c.id,
                    e.c.type,
                    e.c.mode,
                    e.c.title,
                    e.c.date,
                    e.c.place_id,
                    e.c.status,
                    e.c.origin,
                    e.c.document_id,
                    e.c.evidence,
                    e.c.quote,
                    s.c.url.label("source_url"),
                    s.c.title.label("source_title"),
                )
                .select_from(e.outerjoin(s, s.c.id == e.c.source_id))
                .where(e.c.id.in_(ids))
            )
        }
        if ids
        else {}
    )
    rows = [found[i] for i in ids if i in found]
    attach_participants(store, rows)
    return rows


def events(
    store: Store, *, entity: str | None = None, limit: int = 20, origin: str | None = None
) -> list[Row]:
    """Return the latest events (optionally those an entity takes part in or hosts), with participants."""
    return events_by_id(store, [r["id"] for r in event_ids(store, entity=entity, limit=limit, origin=origin)])


def participants(store: Store, ids: list[str]) -> dict[str, set[str]]:
    """Return the entities taking part in each of these events."""
    ep = t.event_participants
    out: dict[str, set[str]] = defaultdict(set)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in store.query(sa.select(ep.c.event_id, ep.c.entity_id).where(ep.c.event_id.in_(chunk))):
            out[r["event_id"]].add(r["entity_id"])
    return out


def attach_participants(store: Store, rows: list[Row]) -> None:
    """Add `actors` and `recipients` (id and name) and the place name to event rows."""
    ep = t.event_participants
    ids = [r["id"] for r in rows]
    parts = store.query(sa.select(ep).where(ep.c.event_id.in_(ids))) if ids else []
    label = names(store, {p["entity_id"] for p in parts} | {r["place_id"] for r in rows if r.get("place_id")})
    by_event: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for p in parts:
        by_event[(p["event_id"], p["role"])].append(
            {"id": p["entity_id"], "name": label.get(p["entity_id"], p["entity_id"])}
        )
    for r in rows:
        r["actors"] = by_event.get((r["id"], "actor"), [])
        r["recipients"] = by_event.get((r["id"], "recipient"), [])
        r["place_name"] = label.get(r.get("place_id") or "")


def indicators(
    store: Store, *, reporter: str | None = None, partner: str | None = None, names_like: tuple[str, ...] = ()
) -> list[Row]:
    """Return indicator rows for a reporter and/or partner (all indicators or those named), with source URLs."""
    i, s = t.indicators, t.sources
    stmt = sa.select(
        i,
        s.c.url.label("source_url"),
        s.c.dataset.label("source_dataset"),
        s.c.license.label("source_license"),
    ).select_from(i.outerjoin(s, s.c.id == i.c.source_id))
    if reporter:
        stmt = stmt.where(i.c.reporter_id == reporter)
    if partner:
        stmt = stmt.where(i.c.partner_id == partner)
    if names_like:
        stmt = stmt.where(i.c.indicator.in_(names_like))
    return store.query(stmt.order_by(i.c.indicator, i.c.partner_id, i.c.year))


def memberships(store: Store, member: str) -> list[Row]:
    """Return an entity's memberships (organisation, role, dates) with their sources."""
    m = t.memberships
    rows = store.query(sa.select(m).where(m.c.member_id == member).order_by(m.c.start, m.c.org_id))
    label = names(store, {r["org_id"] for r in rows})
    for r in rows:
        r["org_name"] = label.get(r["org_id"], r["org_id"])
    return expand_sources(store, rows)


def members(store: Store, org: str, limit: int = 300) -> list[Row]:
    """Return the members of an organisation with their roles and sources."""
    m = t.memberships
    rows = store.query(sa.select(m).where(m.c.org_id == org).order_by(m.c.start, m.c.member_id).limit(limit))
    label = names(store, {r["member_id"] for r in rows})
    for r in rows:
        r["member_name"] = label.get(r["member_id"], r["member_id"])
    return expand_sources(store, rows)


def claims_about(store: Store, entity: str, limit: int = 200) -> list[Row]:
    """Return curated and read claims whose subject or object is `entity`, KB first then newest, with sources
    (read claims only where the reader was sure enough of their subject, as in the ledger)."""
    c, d = t.claims, t.documents
    rows: dict[str, Row] = {}
    for column in (c.c.subject_id, c.c.object_id):  # one indexed, ordered and limited read per side
        for r in store.query(
            sa.select(c, d.c.title.label("doc_title"))
            .select_from(c.outerjoin(d, d.c.id == c.c.document_id))
            .where(column == entity, confident())
            .order_by(c.c.origin.desc(), c.c.as_of.desc().nulls_last(), c.c.id)
            .limit(limit)
        ):
            rows[r["id"]] = r
    ordered = sorted(rows.values(), key=lambda r: r["id"])
    ordered.sort(key=lambda r: (r["as_of"] is not None, r["as_of"] or ""), reverse=True)
    ordered.sort(key=lambda r: r["origin"], reverse=True)
    return expand_sources(store, ordered[:limit])


def count(store: Store, stmt: sa.Select[Any]) -> int:
    """Return the number of rows a select would return."""
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(stmt.subquery())).scalar() or 0)


def documents_mentioning(store: Store, entity: str, limit: int = 20) -> list[Row]:
    """Return the newest documents that mention an entity."""
    d, m = t.documents, t.mentions
    mentioning = sa.select(m.c.document_id).where(m.c.entity_id == entity)
    cond: sa.ColumnElement[bool]
    if many(store, mentioning, 2 * DENSE):  # (a document mentions X about twice)
        # many: walk the newest documents and check each through the mentions' primary key; `|| ''` keeps
        # the one-column entity index (all of X's mentions) out of the check
        cond = sa.exists().where(m.c.document_id == d.c.id, m.c.entity_id + "" == entity)
    else:  # few: read them through the entity index and sort them
        cond = d.c.id.in_(mentioning)
    return store.query(
        sa.select(d.c.id, d.c.title, d.c.published, d.c.site, d.c.language, d.c.source)
        .where(cond)
        .order_by(d.c.published.desc().nulls_last(), d.c.id)
        .limit(limit)
    )


def document(store: Store, doc_id: str) -> Row | None:
    """Return one stored document with its mentions, events and claims (offsets into its text)."""
    d = t.documents
    rows = store.query(sa.select(d).where(d.c.id == doc_id))
    if not rows:
        return None
    doc = rows[0]
    mentions = store.query(
        sa.select(t.mentions).where(t.mentions.c.document_id == doc_id).order_by(t.mentions.c.start)
    )
    e = t.events
    evs = store.query(
        sa.select(
            e.c.id,
            e.c.type,
            e.c.mode,
            e.c.date,
            e.c.place_id,
            e.c.status,
            e.c.ev_start,
            e.c.ev_end,
            e.c.evidence,
        )
        .where(e.c.document_id == doc_id)
        .order_by(e.c.ev_start)
    )
    attach_participants(store, evs)
    c = t.claims
    cls = store.query(
        sa.select(
            c.c.id,
            c.c.subject_id,
            c.c.attribute,
            c.c.value,
            c.c.unit,
            c.c.object_id,
            c.c.as_of,
            c.c.qualifier,
            c.c.ev_start,
            c.c.ev_end,
            c.c.evidence,
        )
        .where(c.c.document_id == doc_id)
        .order_by(c.c.ev_start)
    )
    label = names(
        store,
        {m["entity_id"] for m in mentions}
        | {x["subject_id"] or "" for x in cls}
        | {x["object_id"] or "" for x in cls},
    )
    for m in mentions:
        m["name"] = label.get(m["entity_id"], m["entity_id"])
    for x in cls:
        x["subject_name"] = label.get(x["subject_id"] or "")
        x["object_name"] = label.get(x["object_id"] or "")
    doc.update(mentions=mentions, events=evs, claims=cls)
    doc["cluster_size"] = (
        store.query(sa.select(sa.func.count().label("n")).where(d.c.cluster_id == doc["cluster_id"]))[0]["n"]
        if doc.get("cluster_id")
        else 0
    )
    return doc


def facets(store: Store) -> dict[str, list[Row]]:
    """Return the outlets and languages of stored documents with their counts (for search filters)."""
    d = t.documents
    sites = store.query(
        sa.select(d.c.site.label("value"), sa.func.count().label("n"))
        .where(d.c.site.is_not(None))
        .group_by(d.c.site)
        .order_by(sa.func.count().desc(), d.c.site)
        .limit(200)
    )
    langs = store.query(
        sa.select(d.c.language.label("value"), sa.func.count().label("n"))
        .where(d.c.language.is_not(None))
        .group_by(d.c.language)
        .order_by(sa.func.count().desc(), d.c.language)
    )
    return {"sites": sites, "languages": langs}


def clusters(store: Store, limit: int = 50) -> list[Row]:
    """Return the largest story clusters with a few of their documents each."""
    d = t.documents
    top = store.query(
        sa.select(
            d.c.cluster_id,
            sa.func.count().label("n"),
            sa.func.min(d.c.published).label("first"),
            sa.func.max(d.c.published).label("last"),
        )
        .where(d.c.cluster_id.is_not(None))
        .group_by(d.c.cluster_id)
        .having(sa.func.count() >= 2)  # a story told once is not a cluster
        .order_by(sa.func.count().desc(), d.c.cluster_id)
        .limit(limit)
    )
    ids = [r["cluster_id"] for r in top]
    docs: dict[str, list[Row]] = defaultdict(list)
    if ids:
        for r in store.query(
            sa.select(d.c.id, d.c.title, d.c.published, d.c.site, d.c.cluster_id)
            .where(d.c.cluster_id.in_(ids))
            .order_by(d.c.published, d.c.id)
        ):
            if len(docs[r["cluster_id"]]) < 8:
                docs[r["cluster_id"]].append(r)
    for r in top:
        r["documents"] = docs[r["cluster_id"]]
    return top


def totals(store: Store) -> dict[str, int]:
    """Return how many documents, entities, projects, events and claims the store holds."""
    out = {}
    with store.engine.connect() as conn:
        for name, table in (
            ("documents", t.documents),
            ("entities", t.entities),
            ("projects", t.projects),
            ("events", t.events),
            ("claims", t.claims),
            ("indicators", t.indicators),
        ):
            out[name] = int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0)
    return out
