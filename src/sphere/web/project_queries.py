"""The explorer's project queries: projects with their parties and powers, the power that leads each (by role,
then by the knowledge base's order) and each project's reported cost."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from sphere.analysis.ledger import confident
from sphere.store import schema as t
from sphere.store.store import Row, Store
from sphere.web.queries import names

# the role that makes a party's power the project's leading power, strongest first
ROLE_RANK = ("operator", "owner", "financier", "builder", "investor", "supplier", "partner")


@lru_cache(maxsize=1)
def _kb_party_order() -> dict[str, list[tuple[str, str]]]:
    """Return each curated project's parties (entity, role) in the order the knowledge base lists them."""
    from sphere.kb.catalog import load_catalog

    return {
        r["id"]: [(str(p.get("entity")), str(p.get("role"))) for p in r.get("parties") or []]
        for r in load_catalog().of_kind("project")
    }


def lead_power(project: dict[str, Any]) -> str | None:
    """Return the power that leads a project by role: the operator's or owner's, then the financier's, then the
    builder's (then investor, supplier, partner); within a role the party the knowledge base lists first."""
    order = {key: i for i, key in enumerate(_kb_party_order().get(project.get("id") or "", []))}
    parties = [p for p in project.get("parties") or [] if p.get("power_id")]
    if not parties:
        return None

    def rank(p: dict[str, Any]) -> tuple[int, int, str]:
        role = str(p.get("role") or "")
        r = ROLE_RANK.index(role) if role in ROLE_RANK else len(ROLE_RANK)
        if role in ("operator", "owner"):
            r = 0  # operator and owner rank together: the first listed of them leads
        return (r, order.get((str(p.get("party_id")), role), 999), str(p.get("party_id")))

    return str(min(parties, key=rank)["power_id"])


def _attribution(key: str | None) -> str | None:
    """Return the attribution text of a dataset of record (None for an unknown key)."""
    from sphere.connectors.datasets import CONNECTORS

    conn = CONNECTORS.get(key or "")
    return conn.dataset.attribution if conn else None


def projects(
    store: Store, *, kind: str | None = None, power: str | None = None, state: str | None = None
) -> list[Row]:
    """Return projects with their name, parties and the powers involved, optionally filtered."""
    p, e = t.projects, t.entities
    rows = store.query(
        sa.select(p, e.c.name, e.c.description, e.c.origin, e.c.attrs)
        .select_from(p.join(e, e.c.id == p.c.entity_id))
        .order_by(e.c.name)
    )
    parties: dict[str, list[Row]] = defaultdict(list)
    for r in store.query(sa.select(t.project_parties).order_by(t.project_parties.c.party_id)):
        parties[r["project_id"]].append(r)
    all_ids = {x["party_id"] for v in parties.values() for x in v} | {
        x["power_id"] for v in parties.values() for x in v if x["power_id"]
    }
    label = names(store, all_ids)
    out = []
    for r in rows:
        ps = parties.get(r["entity_id"], [])
        powers = sorted({x["power_id"] for x in ps if x["power_id"]})
        item = {
            "id": r["entity_id"],
            "name": r["name"],
            "project_type": r["project_type"],
            "status": r["status"],
            "countries": r["countries"] or [],
            "geometry": r["geometry"],
            "start": r["start"],
            "end": r["end"],
            "powers": powers,
            # curated knowledge-base project, or one from a dataset of record (AidData), with its attribution
            "origin": r["origin"],
            "dataset": (r["attrs"] or {}).get("dataset") if r["origin"] == "dataset" else None,
            "attribution": _attribution((r["attrs"] or {}).get("dataset"))
            if r["origin"] == "dataset"
            else None,
            "parties": [
                {
                    "party_id": x["party_id"],
                    "party_name": label.get(x["party_id"], x["party_id"]),
                    "role": x["role"],
                    "power_id": x["power_id"],
                    "power_name": label.get(x["power_id"] or "", x["power_id"]),
                }
                for x in ps
            ],
        }
        item["lead_power"] = lead_power(item)
        item["lead_power_name"] = label.get(item["lead_power"] or "", None)
        if kind and item["project_type"] != kind:
            continue
        if power and power not in powers:
            continue
        if state and state not in item["countries"]:
            continue
        out.append(item)
    return out


def with_costs(store: Store, projects: list[Row]) -> list[Row]:
    """Add each project's reported cost: the curated figure (the latest dated one) or else the latest reported,
    with how many distinct cost figures are stored (`cost`: value, unit, qualifier, as_of, n; None if none).
    Read costs whose subject the reader was unsure of (`confident()`) are left out."""
    c = t.claims
    rows = store.query(
        sa.select(c.c.subject_id, c.c.value, c.c.unit, c.c.qualifier, c.c.as_of, c.c.origin).where(
            c.c.attribute == "cost", c.c.subject_id.in_([p["id"] for p in projects]), confident()
        )
    )
    by: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r["qualifier"] != "target":
            by[r["subject_id"]].append(r)
    for p in projects:
        found = by.get(p["id"], [])
        if not found:
            p["cost"] = None
            continue
        best = max(found, key=lambda r: (r["origin"] == "kb", str(r["as_of"] or ""), r["value"]))
        p["cost"] = {
            "value": best["value"],
            "unit": best["unit"],
            "qualifier": best["qualifier"],
            "as_of": best["as_of"],
            "n": len({(r["value"], r["unit"]) for r in found}),
        }
    return projects
