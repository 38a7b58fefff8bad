"""Finding things: the header search (entities in any of their languages, and documents) and the project list
(by state, power, kind and status, with cost, status and leading power).

Every filter takes a name as well as an id (`/projects?state=Kyrgyzstan&power=China`); ids stay in URLs and
JSON, names are what the page shows.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from sphere.analysis.format import figure
from sphere.store.documents import search_documents
from sphere.web import queries as q
from sphere.web.context import CtxDep, Page, entity_param
from sphere.web.pages_kb import all_projects

KIND_PAGE = {"country": "/state/", "org": "/entity/", "project": "/entity/"}
MAX_HITS = 40


def search(
    ctx: CtxDep,
    q_: Annotated[
        str | None, Query(alias="q", max_length=200, description="Words, a name or an alias")
    ] = None,
) -> dict[str, Any]:
    """Search everything: entities whose name or alias (any language) contains the words, and documents by
    full text."""
    text = (q_ or "").strip()
    if not text:
        return {"query": {"q": q_}, "entities": [], "documents": []}
    hits = ctx.store.search(text, limit=MAX_HITS)
    states = set(q.C5)
    entities = [
        {
            "id": h["id"],
            "name": h["name"],
            "kind": h["kind"],
            "href": ("/state/" if h["id"] in states else "/entity/") + h["id"],
        }
        for h in hits
    ]
    documents = search_documents(ctx.store, text, limit=MAX_HITS)
    return {"query": {"q": q_}, "entities": entities, "documents": documents}


def projects(
    ctx: CtxDep,
    state: Annotated[str | None, Query(max_length=200, description="A state: name, alias or id")] = None,
    power: Annotated[
        str | None, Query(max_length=200, description="A power taking part: name, alias or id")
    ] = None,
    lead: Annotated[
        str | None, Query(max_length=200, description="The leading power (by role): name, alias or id")
    ] = None,
    kind: Annotated[str | None, Query(max_length=40, description="Project type")] = None,
    status: Annotated[str | None, Query(max_length=40)] = None,
) -> dict[str, Any]:
    """Projects with their type, status, countries, leading power and reported cost, filtered by state, power
    (taking part, or leading) , kind and status; names are accepted wherever an id is."""
    sid, pid, lid = entity_param(ctx, state), entity_param(ctx, power), entity_param(ctx, lead)
    rows = [
        p
        for p in all_projects(ctx)
        if (not state or sid in p["countries"])
        and (not power or pid in p["powers"])
        and (not lead or p["lead_power"] == lid)
        and (not kind or p["project_type"] == kind)
        and (not status or p["status"] == status)
    ]
    everything = all_projects(ctx)
    names = q.names(ctx.store, {c for p in rows for c in p["countries"]} | {sid or "", pid or "", lid or ""})
    return {
        "query": {
            "state": state,
            "state_id": sid,
            "state_name": names.get(sid or ""),
            "power": power,
            "power_id": pid,
            "power_name": names.get(pid or ""),
            "lead": lead,
            "lead_id": lid,
            "lead_name": names.get(lid or ""),
            "kind": kind,
            "status": status,
        },
        "unknown": [v for v, i in ((state, sid), (power, pid), (lead, lid)) if v and not i],
        "projects": [{**p, "country_names": [names.get(c, c) for c in p["countries"]]} for p in rows],
        "states": [{"id": s, "name": n} for s, n in q.names(ctx.store, list(q.C5)).items()],
        "kinds": sorted({p["project_type"] for p in everything}),
        "statuses": sorted({p["status"] for p in everything if p["status"]}),
    }


def _project_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": p["id"],
            "name": p["name"],
            "kind": p["project_type"],
            "status": p["status"],
            "countries": "; ".join(p["country_names"]),
            "lead_power": p["lead_power_name"] or "",
            "lead_power_id": p["lead_power"] or "",
            "cost": figure(p["cost"]["value"], p["cost"]["unit"], p["cost"]["qualifier"])
            if p["cost"]
            else "",
            "cost_value": p["cost"]["value"] if p["cost"] else "",
            "cost_unit": p["cost"]["unit"] if p["cost"] else "",
            "cost_as_of": p["cost"]["as_of"] if p["cost"] else "",
        }
        for p in data["projects"]
    ]


def _search_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"type": "entity", "id": e["id"], "name": e["name"], "kind": e["kind"]} for e in data["entities"]
    ] + [
        {"type": "document", "id": d["id"], "name": d["title"] or d["source"], "kind": "document"}
        for d in data["documents"]
    ]


PAGES = [
    Page("/search", "search.html", search, "Search entities and documents", "pages", csv=_search_rows),
    Page(
        "/projects",
        "projects.html",
        projects,
        "Projects by state and power",
        "pages",
        "Projects",
        csv=_project_rows,
    ),
]
