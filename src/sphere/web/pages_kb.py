"""Knowledge-base pages: the overview map, a state, a power, an entity (or project) and an event.

Each handler returns a dict that is both the JSON at `/api/...` and the data of the HTML template.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Path, Query

from sphere.analysis.format import event_title
from sphere.analysis.index_inputs import default_weights
from sphere.analysis.ledger import LedgerGroup
from sphere.analysis.ledger_summary import sample_entries, summary
from sphere.analysis.standing import reported_event
from sphere.kb.outlets import outlet_for_url, outlet_label
from sphere.store import schema as t
from sphere.web import project_queries as pq
from sphere.web import queries as q
from sphere.web.context import Ctx, CtxDep, Page, entity_param, not_found
from sphere.web.svg import colour, nice_ticks

Id = Annotated[str, Path(min_length=1, max_length=200, description="An entity id such as country:KAZ")]
POWER_TRADE = ("country:CHN", "country:RUS", "org:eu", "country:USA", "country:TUR")


def _build_ledger(ctx: Ctx) -> dict[str, Any]:
    groups = summary(ctx.store)
    by: dict[str, list[LedgerGroup]] = defaultdict(list)
    for g in groups:
        for i in ({g.subject_id, g.object_id} | {f.subject_id for f in g.figures}) - {None}:
            by[str(i)].append(g)
    return {
        "groups": groups,
        "by_entity": by,
        "attributes": sorted({g.attribute for g in groups}),
        "samples": {},
    }


def ledger(ctx: Ctx) -> dict[str, Any]:
    """Return the whole ledger (groups conflicts first, by entity, attributes), cached until the data change."""
    value: dict[str, Any] = ctx.cache.lookup("ledger", lambda: _build_ledger(ctx), background=ctx.background)
    return value


def ledger_groups(ctx: Ctx, entity: str | None = None) -> list[LedgerGroup]:
    """Return the ledger's groups (those about `entity`: as subject, object or ranked subject), conflicts first."""
    value = ledger(ctx)
    return list(value["by_entity"].get(entity, [])) if entity else list(value["groups"])


def group_json(ctx: Ctx, groups: list[LedgerGroup], per_group: int = 12) -> list[dict[str, Any]]:
    """Return groups as plain data with at most `per_group` reports each, one per distinct figure first; each
    report says how many claims report its figure (`reports`), each group how many claims it holds."""
    samples: dict[Any, list[dict[str, Any]]] = ledger(ctx)["samples"]
    missing = [g for g in groups if g.key not in samples]
    if missing:
        for key, picked in sample_entries(ctx.store, missing, per_group).items():
            samples[key] = [{**e.__dict__, "reports": n} for e, n in picked]
    return [
        {
            **{k: v for k, v in g.to_json().items() if k != "entries"},
            "entries": [
                {**e, "outlet": outlet_label(outlet_for_url(e.get("source")))}
                for e in samples.get(g.key, [])[:per_group]
            ],
            "n_entries": g.n_entries,
            "n_figures": len(g.figures),
        }
        for g in groups
    ]


def ledger_for(ctx: Ctx, entity: str, limit: int = 30) -> list[dict[str, Any]]:
    """Return the ledger groups about an entity (conflicts first), at most `limit`, as plain data."""
    return group_json(ctx, ledger_groups(ctx, entity)[:limit])


def all_projects(ctx: Ctx) -> list[dict[str, Any]]:
    """Return every project with its parties, leading power and reported cost, cached until the data change."""
    value: list[dict[str, Any]] = ctx.cache.get(
        "projects", lambda: pq.with_costs(ctx.store, pq.projects(ctx.store))
    )
    return value


def _indicators(ctx: Ctx, **where: Any) -> list[dict[str, Any]]:
    """Return `q.indicators(store, **where)`, kept with the whole-store results until the data change.

    Knowledge-base figures change only with a load; decoding a state's 7,000 rows and their sources took
    ~190 ms of CPU on every state page (most of the page), which held the server under many clients."""
    key = "indicators " + repr(sorted(where.items()))
    rows: list[dict[str, Any]] = ctx.cache.get(key, lambda: q.indicators(ctx.store, **where))
    return rows


def _latest(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    return max(rows, key=lambda r: (r["year"], r["statistics_of"] == r["reporter_id"])) if rows else None


def _headlines(ctx: CtxDep) -> list[dict[str, Any]]:
    rows = _indicators(ctx, names_like=("trade_total", "dev_finance_total"))
    label = q.names(ctx.store, set(q.C5) | set(POWER_TRADE))
    out = []
    for state in q.C5:
        for power in ("country:CHN", "country:RUS", "org:eu"):
            r = _latest(
                [
                    x
                    for x in rows
                    if x["indicator"] == "trade_total"
                    and x["reporter_id"] == state
                    and x["partner_id"] == power
                ]
            )
            if r:
                out.append(
                    {
                        "state": state,
                        "state_name": label.get(state, state),
                        "what": f"Trade with {label.get(power, power)}",
                        "value": r["value"],
                        "unit": r["unit"],
                        "year": r["year"],
                        "statistics": r["statistics"],
                        "source": r["source_url"] or r["source_dataset"],
                        "quote": r["quote"],
                    }
                )
        fin = [
            x
            for x in rows
            if x["indicator"] == "dev_finance_total"
            and x["reporter_id"] == state
            and x["partner_id"] == "country:CHN"
        ]
        if fin:
            out.append(
                {
                    "state": state,
                    "state_name": label.get(state, state),
                    "what": f"Chinese development finance {min(x['year'] for x in fin)}–{max(x['year'] for x in fin)}",
                    "value": sum(x["value"] for x in fin),
                    "unit": fin[0]["unit"],
                    "year": None,
                    "statistics": fin[0]["statistics"],
                    "source": fin[0]["source_dataset"] or fin[0]["source_url"],
                    "quote": None,
                }
            )
    return out


def overview(
    ctx: CtxDep,
    kind: Annotated[str | None, Query(max_length=40, description="Only projects of this type")] = None,
    power: Annotated[
        str | None, Query(max_length=200, description="Only projects a power takes part in")
    ] = None,
) -> dict[str, Any]:
    """The overview: projects and corridors on the map, headline figures with sources, latest events."""
    everything = all_projects(ctx)
    pid = entity_param(ctx, power) if power else None
    shown = [
        p for p in everything if (not kind or p["project_type"] == kind) and (not power or pid in p["powers"])
    ]
    kinds = sorted({p["project_type"] for p in everything})
    powers = sorted({pw for p in everything for pw in p["powers"]})
    label = q.names(ctx.store, set(powers) | set(q.C5))
    return {
        "projects": shown,
        "filters": {
            "kind": kind,
            "power": pid or power,
            "kinds": kinds,
            "powers": [{"id": p, "name": label.get(p, p), "colour": colour(p)} for p in powers],
        },
        "states": [{"id": s, "name": label.get(s, s)} for s in q.C5],
        "powers": [{"id": p, "name": n} for p, n in q.names(ctx.store, default_weights()["powers"]).items()],
        "headlines": ctx.cache.get("headlines", lambda: _headlines(ctx)),
        "events": q.events(ctx.store, limit=12),
        "totals": ctx.cache.get("totals", lambda: q.totals(ctx.store)),
    }


def _entity_or_404(ctx: CtxDep, entity_id: str) -> dict[str, Any]:
    ent = ctx.store.entity(entity_id)
    if ent is None:
        hits = ctx.store.resolve(entity_id)
        ent = ctx.store.entity(hits[0]) if len(hits) == 1 else None
    if ent is None:
        raise not_found(f"entity {entity_id!r}")
    return ent


def state(ctx: CtxDep, entity_id: Id) -> dict[str, Any]:
    """A state: trade by partner over time (whose statistics), Chinese development finance, projects by power,
    memberships, events and the claims about it with their conflicts."""
    ent = _entity_or_404(ctx, entity_id)
    sid = ent["id"]
    rows = _indicators(ctx, reporter=sid)
    label = q.names(ctx.store, {r["partner_id"] for r in rows} | {r["statistics_of"] or "" for r in rows})
    series: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for r in rows:
        if r["indicator"] == "trade_total" and r["partner_id"] != "world:total" and r["unit"] == "USD":
            series[(r["partner_id"], r["statistics_of"] or "")].append((r["year"], r["value"]))
    trade = [
        {
            "partner": p,
            "partner_name": label.get(p, p),
            "statistics_of": s,
            "statistics_name": label.get(s, s),
            "mirror": s != sid,
            "points": sorted(pts),
        }
        for (p, s), pts in sorted(series.items())
    ]
    finance = [r for r in rows if r["indicator"] == "dev_finance_total" and r["partner_id"] == "country:CHN"]
    by_power: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in all_projects(ctx):
        if sid in p["countries"]:
            by_power[p["lead_power"] or ""].append(p)
    power_names = q.names(ctx.store, set(by_power))
    pts = [pt for s in trade for pt in s["points"]]
    return {
        "entity": ent,
        "trade": trade,
        "trade_summary": trade_summary(sid, ent["name"], trade),
        "trade_axes": {
            "x": [min(x for x, _ in pts), max(x for x, _ in pts)] if pts else None,
            "y_max": nice_ticks(max(v for _, v in pts))[-1] if pts else None,
        },
        "trade_figures": [r for r in rows if r["indicator"] in ("trade_total", "exports", "imports")],
        "finance": [
            {
                "year": r["year"],
                "value": r["value"],
                "unit": r["unit"],
                "statistics": r["statistics"],
                "field": r["field"],
                "source": r["source_dataset"] or r["source_url"],
                "license": r["source_license"],
            }
            for r in finance
        ],
        "projects_by_power": [
            {"power": k, "power_name": power_names.get(k) or "no power recorded", "projects": v}
            for k, v in sorted(by_power.items(), key=lambda kv: -len(kv[1]))
        ],
        "memberships": q.memberships(ctx.store, sid),
        "events": q.events(ctx.store, entity=sid, limit=40),
        "ledger": (groups := ledger_for(ctx, sid)),
        "ledger_total": len(ledger_groups(ctx, sid)),
        "names": q.names(
            ctx.store,
            {x for g in groups for x in (g["subject"], g["object"]) if x}
            | {e["subject_id"] for g in groups for e in g["entries"] if e["subject_id"]},
        ),
    }


def trade_summary(sid: str, state_name: str, trade: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the state's largest trading partner in the latest year its own statistics rank two or more
    partners, with that partner's figure then and in the earliest year since 2013 (and its rank then)."""
    own = [s for s in trade if not s["mirror"]]
    years: dict[int, dict[str, float]] = defaultdict(dict)
    for s in own:
        for year, value in s["points"]:
            years[year][s["partner"]] = value
    ranked = sorted(y for y, by in years.items() if len(by) >= 2)
    if not ranked:
        return None
    last = ranked[-1]
    top, value = max(years[last].items(), key=lambda kv: kv[1])
    name = next(s["partner_name"] for s in own if s["partner"] == top)
    since = [y for y in ranked if y >= 2013 and top in years[y] and y < last]
    first = since[0] if since else None
    out: dict[str, Any] = {
        "year": last,
        "partner": top,
        "partner_name": name,
        "value": value,
        "statistics": f"{state_name}'s own statistics",
        "first_year": first,
        "first_value": years[first][top] if first else None,
        "first_rank": (1 + sorted(years[first].values(), reverse=True).index(years[first][top]))
        if first
        else None,
        "first_top": max(years[first].items(), key=lambda kv: kv[1])[0] if first else None,
    }
    if first:
        top_then = out["first_top"]
        out["first_top_name"] = next(s["partner_name"] for s in own if s["partner"] == top_then)
    return out


def power(ctx: CtxDep, entity_id: Id) -> dict[str, Any]:
    """A power's footprint across the five states side by side: trade, finance, projects, events, shared
    memberships."""
    ent = _entity_or_404(ctx, entity_id)
    pid = ent["id"]
    trade = _indicators(ctx, partner=pid, names_like=("trade_total", "dev_finance_total"))
    projects = all_projects(ctx)
    m = t.memberships
    mine = {r["org_id"]: r for r in ctx.store.query(sa.select(m).where(m.c.member_id == pid))}
    label = q.names(ctx.store, set(q.C5) | set(mine))
    latest = q.event_ids(ctx.store, entity=pid, limit=300)  # the latest 3 of these per state are shown
    who = q.participants(ctx.store, [r["id"] for r in latest])
    shown = {
        s: [r["id"] for r in latest if s in who.get(r["id"], set()) or r["place_id"] == s][:3] for s in q.C5
    }
    by_id = {
        r["id"]: r for r in q.events_by_id(ctx.store, sorted({i for ids in shown.values() for i in ids}))
    }
    states = []
    for s in q.C5:
        tr = [r for r in trade if r["reporter_id"] == s and r["indicator"] == "trade_total"]
        fin = [r for r in trade if r["reporter_id"] == s and r["indicator"] == "dev_finance_total"]
        theirs = ctx.store.query(
            sa.select(m.c.org_id, m.c.role).where(m.c.member_id == s, m.c.org_id.in_(list(mine)))
        )
        shared = sorted(
            {(r["org_id"], label.get(r["org_id"], r["org_id"])) for r in theirs}
            | (
                {(pid, ent["name"])}
                if ctx.store.query(sa.select(m.c.org_id).where(m.c.member_id == s, m.c.org_id == pid))
                else set()
            )
        )
        own = [r for r in tr if r["statistics_of"] == s and r["unit"] == "USD"]
        states.append(
            {
                "state": s,
                "state_name": label.get(s, s),
                # the card and the chart show the same basis: the state's own statistics where it has any
                "trade_latest": _latest(own or tr),
                "trade_points": sorted((r["year"], r["value"]) for r in own),
                "finance_total": sum(r["value"] for r in fin) if fin else None,
                "finance_years": [min(r["year"] for r in fin), max(r["year"] for r in fin)] if fin else None,
                "projects": [p for p in projects if s in p["countries"] and pid in p["powers"]],
                "events": [by_id[i] for i in shown[s] if i in by_id],
                "shared_memberships": [{"org_id": o, "org_name": n} for o, n in shared],
            }
        )
    return {"entity": ent, "states": states, "colour": colour(pid), "axes": power_axes(ctx)}


def power_axes(ctx: Ctx) -> dict[str, Any]:
    """Return the axes every power's trade chart shares: the years and the largest figure of any power's trade
    with a Central Asian state in the states' own statistics, so that pages compare at a glance."""

    def build() -> dict[str, Any]:
        powers = set(default_weights()["powers"])
        rows = [
            r
            for r in q.indicators(ctx.store, names_like=("trade_total",))
            if r["reporter_id"] in q.C5
            and r["partner_id"] in powers
            and r["statistics_of"] == r["reporter_id"]
            and r["unit"] == "USD"
        ]
        if not rows:
            return {"x": None, "y_max": None}
        return {
            "x": [min(r["year"] for r in rows), max(r["year"] for r in rows)],
            "y_max": nice_ticks(max(r["value"] for r in rows))[-1],
        }

    value: dict[str, Any] = ctx.cache.get("power_axes", build)
    return value


def entity(ctx: CtxDep, entity_id: Id) -> dict[str, Any]:
    """An entity (person, organisation, company, place, project, state) with every fact and its source; for a
    project, all reported figures side by side with their disagreements."""
    ent = _entity_or_404(ctx, entity_id)
    eid = ent["id"]
    m = t.memberships
    out: dict[str, Any] = {"entity": ent}
    member_of = ctx.store.query(sa.select(m).where(m.c.member_id == eid).order_by(m.c.start).limit(300))
    label = q.names(ctx.store, {r["org_id"] for r in member_of})
    for r in member_of:
        r["org_name"] = label.get(r["org_id"], r["org_id"])
    out["member_of"] = q.expand_sources(ctx.store, member_of)
    out["members"] = q.members(ctx.store, eid)
    project = ctx.store.query(sa.select(t.projects).where(t.projects.c.entity_id == eid))
    out["project"] = project[0] if project else None
    if project:
        pp = t.project_parties
        parties = ctx.store.query(sa.select(pp).where(pp.c.project_id == eid))
        label = q.names(
            ctx.store,
            {r["party_id"] for r in parties}
            | {r["power_id"] or "" for r in parties}
            | set(project[0]["countries"] or []),
        )
        for r in parties:
            r["party_name"] = label.get(r["party_id"], r["party_id"])
            r["power_name"] = label.get(r["power_id"] or "", r["power_id"])
        out["parties"] = q.expand_sources(ctx.store, parties)
        out["countries"] = [{"id": c, "name": label.get(c, c)} for c in project[0]["countries"] or []]
        out["figures"] = ledger_for(ctx, eid, limit=50)
    out["claims"] = q.claims_about(ctx.store, eid, limit=100)
    out["events"] = q.events(ctx.store, entity=eid, limit=50)
    i = t.indicators
    out["indicators"] = q.expand_sources(
        ctx.store,
        ctx.store.query(
            sa.select(i)
            .where(sa.or_(i.c.reporter_id == eid, i.c.partner_id == eid))
            .order_by(i.c.indicator, i.c.reporter_id, i.c.partner_id, i.c.year)
            .limit(300)
        ),
    )
    out["documents"] = q.documents_mentioning(ctx.store, eid)
    out["is_state"] = eid in q.C5
    out["is_power"] = eid in default_weights()["powers"]
    return out


def event(ctx: CtxDep, event_id: Annotated[str, Path(min_length=1, max_length=200)]) -> dict[str, Any]:
    """An event: who did what to whom, where and when, with its sources and the document that reports it."""
    e, d = t.events, t.documents
    rows = ctx.store.query(
        sa.select(e, d.c.title.label("doc_title"))
        .select_from(e.outerjoin(d, d.c.id == e.c.document_id))
        .where(e.c.id == event_id)
    )
    if not rows:
        raise not_found(f"event {event_id!r}")
    q.attach_participants(ctx.store, rows)
    ev = q.expand_sources(ctx.store, rows)[0]
    ev["title"] = event_title(ev)
    found = reported_event(ctx.store, event_id) if ev["origin"] == "document" else []
    kb = {r["id"]: r for r in q.events_by_id(ctx.store, [m["id"] for m in found])} if found else {}
    ev["reports"] = [{"id": m["id"], "title": event_title(kb.get(m["id"]) or m)} for m in found]
    return {"event": ev}


PAGES = [
    Page(
        "/", "overview.html", overview, "Overview: map, headline figures, latest events", "pages", "Overview"
    ),
    Page("/state/{entity_id}", "state.html", state, "One Central Asian state", "pages"),
    Page("/power/{entity_id}", "power.html", power, "One power's footprint across the five states", "pages"),
    Page(
        "/entity/{entity_id}",
        "entity.html",
        entity,
        "An entity or project with every fact and its source",
        "pages",
    ),
    Page("/event/{event_id}", "event.html", event, "One event with its sources", "pages"),
]
