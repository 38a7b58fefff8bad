"""AidData's geolocated records as store projects, beside the knowledge base's curated ones.

Each record becomes an entity (`project:aiddata-<id>`, kind `project`, `origin = 'dataset'`, so the knowledge-base
loader never deletes it), a `projects` row (status, recipient state, a point where AidData's OSM link gives one,
dates) and a `project_parties` row naming China as funder, all pointing at the geolocated file's source with the
row they came from. The amount, sector, OSM features and AidData page are in the entity's `attrs`. A record a
curated project already cites is not added again. Rows are compared by a hash of their content, so a reload
reports projects added, changed, unchanged and removed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sphere.connectors import aiddata_projects as ap
from sphere.connectors.records import Dataset
from sphere.kb.names import normalise_name
from sphere.store import schema as t
from sphere.store.store import Row

ORIGIN = "dataset"
PREFIX = "project:aiddata-"
PROJECT_TYPE = "development_finance"


def _hash(bundle: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(bundle, sort_keys=True, default=str).encode()).hexdigest()[:32]


def project_rows(
    ds: Dataset, folder: Path, sources: dict[str, Row], problems: list[str]
) -> list[dict[str, Any]]:
    """Read the geolocated table in `folder` into row bundles (entity, alias, project, party) per project."""
    from sphere.store.dataload import source_row

    matched = ap.curated_citations()
    found = ap.read_projects(folder, matched)
    problems += [f"{p.source} line {p.row}: {p.reason}" for p in found.problems]
    src = sources.setdefault(ap.GEO_FILE, source_row(ds, ap.GEO_FILE))
    out = []
    for p in found:
        ref = {
            "source_id": src["id"],
            "quote": p.row,
            "field": "AidData.Record.ID",
            "dataset": ds.title,
            "file": ap.GEO_FILE,
            "row": p.row,
            "license": ds.licence,
            "attribution": ds.attribution,
            "url": p.url,
        }
        prov = {"source_id": src["id"], "quote": p.row, "field": "AidData.Record.ID", "sources": [ref]}
        attrs = {
            "dataset": ds.key,
            "aiddata_record_id": p.record_id,
            "aiddata_url": p.url,
            "amount": p.amount,
            "amount_unit": "USD (constant 2021)",
            "sector": p.sector,
            "commitment_year": p.commitment_year,
            "osm": list(p.osm_links),
            "precision": p.precision,
            "geolocation": "centre of the OpenStreetMap view AidData links (approximate)"
            if p.geometry
            else None,
            **p.attrs,
        }
        entity = {
            "id": p.id,
            "kind": "project",
            "name": p.name,
            "iso3": None,
            "country_id": ap.project_entity(p),
            "description": f"AidData GCDF 3.0 record {p.record_id}: {p.sector or 'sector unknown'}",
            "attrs": attrs,
            "origin": ORIGIN,
            **prov,
        }
        bundle: dict[str, Any] = {
            "entity": entity,
            "alias": {
                "entity_id": p.id,
                "alias": p.name,
                "lang": "en",
                "norm": normalise_name(p.name),
                "type": "name",
            },
            "project": {
                "entity_id": p.id,
                "project_type": PROJECT_TYPE,
                "status": p.status,
                "countries": [ap.project_entity(p)],
                "geometry": p.geometry,
                "start": p.start,
                "end": p.end,
            },
            "party": {
                "project_id": p.id,
                "party_id": "country:CHN",
                "role": "funder",
                "power_id": "country:CHN",
                **prov,
            },
        }
        entity["attrs"] = {**attrs, "row_hash": _hash(bundle)}
        out.append(bundle)
    return out


def write_projects(conn: sa.Connection, bundles: list[dict[str, Any]]) -> dict[str, int]:
    """Replace the stored AidData projects by `bundles` inside the caller's transaction; return the counts."""
    e = t.entities
    held = {
        r.id: (r.attrs or {}).get("row_hash")
        for r in conn.execute(
            sa.select(e.c.id, e.c.attrs).where(e.c.origin == ORIGIN, e.c.id.like(PREFIX + "%"))
        )
    }
    new = {b["entity"]["id"]: b for b in bundles}
    changed = {i for i in set(new) & set(held) if new[i]["entity"]["attrs"]["row_hash"] != held[i]}
    gone = sorted((set(held) - set(new)) | changed)
    for i in range(0, len(gone), 500):
        chunk = gone[i : i + 500]
        conn.execute(t.project_parties.delete().where(t.project_parties.c.project_id.in_(chunk)))
        conn.execute(t.projects.delete().where(t.projects.c.entity_id.in_(chunk)))
        conn.execute(t.aliases.delete().where(t.aliases.c.entity_id.in_(chunk)))
        conn.execute(e.delete().where(e.c.id.in_(chunk)))
    put = [new[i] for i in sorted((set(new) - set(held)) | changed)]
    if put:
        conn.execute(e.insert(), [b["entity"] for b in put])
        conn.execute(t.aliases.insert(), [b["alias"] for b in put])
        conn.execute(t.projects.insert(), [b["project"] for b in put])
        conn.execute(t.project_parties.insert(), [b["party"] for b in put])
    return {
        "added": len(set(new) - set(held)),
        "changed": len(changed),
        "unchanged": len(set(new) & set(held)) - len(changed),
        "removed": len(set(held) - set(new)),
    }
