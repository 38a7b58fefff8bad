"""Load the bundled knowledge base (then the datasets of record) into a store, atomically and idempotently.

The knowledge base's rows carry `origin = 'kb'`: a load replaces all of them in one transaction, so a load
that fails midway leaves the previous knowledge base in place, and loading the same data twice changes nothing.
Figures from datasets of record (`indicators.dataset` set: AidData, WDI, trade, …) are not the knowledge base's:
`sphere.store.dataload` loads them, after the knowledge base unless `data=False`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from sphere.kb.catalog import Catalog, Record, data_dir, load_catalog
from sphere.kb.names import normalise_name
from sphere.store import schema as t
from sphere.store.store import Store

if TYPE_CHECKING:
    from sphere.store.dataload import DataReport

SKIP_KEYS = {"_file", "_line"}


@dataclass
class LoadReport:
    """What a knowledge-base load wrote."""

    changed: bool
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    data: DataReport | None = None  # what the datasets-of-record load after it did


def source_id(src: Record) -> str:
    """Return the stable id of a source: a hash of its URL, or of its dataset name."""
    key = src.get("url") or src.get("dataset") or json.dumps(src, sort_keys=True)
    return "src:" + hashlib.sha1(str(key).encode()).hexdigest()[:16]


def fact_id(*parts: object) -> str:
    """Return a stable id for a fact row from its identifying parts."""
    return hashlib.sha1(json.dumps(parts, default=str, ensure_ascii=False).encode()).hexdigest()[:32]


class _Batch:
    """Rows collected for one load, with sources deduplicated."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Record]] = {tbl.name: [] for tbl in t.metadata.sorted_tables}
        self.sources: dict[str, Record] = {}

    def provenance(self, sources: list[Record] | None) -> Record:
        """Register a fact's sources; return the provenance columns for its row."""
        refs: list[Record] = []
        for src in sources or []:
            sid = source_id(src)
            if sid not in self.sources:
                self.sources[sid] = {
                    "id": sid,
                    "kind": "web" if src.get("url") else "dataset",
                    "url": src.get("url"),
                    "dataset": src.get("dataset"),
                    "title": src.get("title"),
                    "publisher": src.get("publisher"),
                    "published": src.get("published"),
                    "retrieved": src.get("retrieved"),
                    "license": src.get("license"),
                }
            refs.append({"source_id": sid, "quote": src.get("quote"), "field": src.get("field")})
        first = refs[0] if refs else {}
        return {
            "source_id": first.get("source_id"),
            "quote": first.get("quote"),
            "field": first.get("field"),
            "sources": refs,
        }

    def add(self, table: sa.Table, row: Record) -> None:
        self.rows[table.name].append(row)


def _entity_rows(batch: _Batch, rec: Record) -> None:
    eid = rec["id"]
    attrs = {
        k: v
        for k, v in rec.items()
        if k not in SKIP_KEYS
        and k
        not in {
            "id",
            "kind",
            "name",
            "iso3",
            "country",
            "description",
            "aliases",
            "sources",
            "external_ids",
            "offices",
            "parties",
            "figures",
        }
    }
    batch.add(
        t.entities,
        {
            "id": eid,
            "kind": rec.get("kind", eid.split(":", 1)[0]),
            "name": rec["name"],
            "iso3": rec.get("iso3"),
            "country_id": rec.get("country"),
            "description": rec.get("description"),
            "attrs": attrs or None,
            "origin": "kb",
            **batch.provenance(rec.get("sources")),
        },
    )
    seen: set[tuple[str, str]] = set()
    for alias in [{"name": rec["name"], "lang": "en", "type": "name"}, *(rec.get("aliases") or [])]:
        key = (alias["name"], alias.get("lang") or "und")
        if key in seen:
            continue
        seen.add(key)
        batch.add(
            t.aliases,
            {
                "entity_id": eid,
                "alias": key[0],
                "lang": key[1],
                "norm": normalise_name(key[0]),
                "type": alias.get("type") or "name",
            },
        )
    for scheme, value in (rec.get("external_ids") or {}).items():
        if value:
            batch.add(t.external_ids, {"entity_id": eid, "scheme": scheme, "value": str(value)})


def _membership_row(batch: _Batch, m: Record, member: str) -> None:
    batch.add(
        t.memberships,
        {
            "id": fact_id(member, m["org"], m.get("role"), m.get("start"), m.get("title")),
            "member_id": member,
            "org_id": m["org"],
            "role": m.get("role") or "member",
            "title": m.get("title"),
            "start": m.get("start"),
            "end": m.get("end"),
            "note": m.get("note"),
            "origin": "kb",
            **batch.provenance(m.get("sources")),
        },
    )


def _project_rows(batch: _Batch, rec: Record) -> None:
    pid = rec["id"]
    batch.add(
        t.projects,
        {
            "entity_id": pid,
            "project_type": rec.get("project_type") or "other",
            "status": rec.get("status"),
            "countries": rec.get("countries") or [],
            "geometry": rec.get("geometry"),
            "start": rec.get("start"),
            "end": rec.get("end"),
        },
    )
    seen: set[tuple[str, str]] = set()
    for party in rec.get("parties") or []:
        key = (party["entity"], party.get("role") or "partner")
        if key in seen:
            continue
        seen.add(key)
        batch.add(
            t.project_parties,
            {
                "project_id": pid,
                "party_id": key[0],
                "role": key[1],
                "power_id": party.get("power"),
                **batch.provenance(party.get("sources")),
            },
        )
    for fig in rec.get("figures") or []:
        batch.add(
            t.claims,
            {
                "id": fact_id(
                    "kb",
                    pid,
                    fig.get("attribute"),
                    fig.get("value"),
                    fig.get("unit"),
                    fig.get("as_of"),
                    [s.get("url") or s.get("dataset") for s in fig.get("sources") or []],
                ),
                "subject_id": pid,
                "attribute": fig["attribute"],
                "value": float(fig["value"]),
                "unit": fig["unit"],
                "object_id": fig.get("object"),
                "as_of": fig.get("as_of"),
                "qualifier": fig.get("qualifier"),
                "note": fig.get("note"),
                "origin": "kb",
                **batch.provenance(fig.get("sources")),
            },
        )


def _event_rows(batch: _Batch, ev: Record) -> None:
    batch.add(
        t.events,
        {
            "id": ev["id"],
            "type": ev["type"],
            "mode": ev.get("mode"),
            "title": ev.get("title"),
            "date": ev.get("date"),
            "end_date": ev.get("end_date"),
            "place_id": ev.get("place"),
            "status": ev.get("status") or "asserted",
            "origin": "kb",
            "attrs": {"outcomes": ev["outcomes"]} if ev.get("outcomes") else None,
            **batch.provenance(ev.get("sources")),
        },
    )
    seen: set[tuple[str, str]] = set()
    for role, ids in (("actor", ev.get("actors") or []), ("recipient", ev.get("recipients") or [])):
        for eid in ids:
            if (eid, role) not in seen:
                seen.add((eid, role))
                batch.add(t.event_participants, {"event_id": ev["id"], "entity_id": eid, "role": role})


def _indicator_row(batch: _Batch, ind: Record) -> None:
    batch.add(
        t.indicators,
        {
            "id": fact_id(
                ind["indicator"],
                ind["reporter"],
                ind["partner"],
                ind["year"],
                ind.get("statistics_of"),
                ind.get("statistics"),
                ind.get("flow_class"),
                [s.get("url") or s.get("dataset") for s in ind.get("sources") or []],
            ),
            "indicator": ind["indicator"],
            "reporter_id": ind["reporter"],
            "partner_id": ind["partner"],
            "year": int(ind["year"]),
            "value": float(ind["value"]),
            "unit": ind.get("unit") or "USD",
            "statistics_of": ind.get("statistics_of"),
            "statistics": ind.get("statistics"),
            "flow_class": ind.get("flow_class"),
            **batch.provenance(ind.get("sources")),
        },
    )


def build_batch(catalog: Catalog, finance: list[Record]) -> _Batch:
    """Turn the catalog (and AidData indicator records) into rows for every table."""
    batch = _Batch()
    for rec in catalog.entities.values():
        _entity_rows(batch, rec)
        for office in rec.get("offices") or []:
            _membership_row(batch, {**office, "role": office.get("role") or "office"}, rec["id"])
        if rec.get("kind") == "project":
            _project_rows(batch, rec)
    for m in catalog.memberships:
        _membership_row(batch, m, m["member"])
    for ev in catalog.events:
        _event_rows(batch, ev)
    for ind in [*catalog.indicators, *finance]:
        _indicator_row(batch, ind)
    for name in ("memberships", "claims", "indicators"):  # the same fact listed twice is stored once
        batch.rows[name] = list({r["id"]: r for r in batch.rows[name]}.values())
    return batch


def data_hash(folder: Path | None = None, extra: list[Record] | None = None) -> str:
    """Return a hash of the data files (and extra records) that a load would write."""
    h = hashlib.sha256()
    for path in sorted((folder or data_dir()).glob("*.jsonl")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    h.update(json.dumps(extra or [], sort_keys=True, default=str).encode())
    return h.hexdigest()


def load_kb(
    store: Store,
    catalog: Catalog | None = None,
    *,
    data: bool = True,
    data_dir: Path | None = None,
    force: bool = False,
) -> LoadReport:
    """Write the knowledge base into `store`, replacing the previous one in a single transaction, then (with
    `data`) load the datasets of record from `data_dir` or the slices shipped in the package.

    Nothing is written when the same data was loaded before (unless `force`).
    """
    problems: list[str] = []
    digest = data_hash()
    if not force and catalog is None and store.get_meta("kb_hash") == digest:
        report = LoadReport(changed=False, counts=_counts(store), problems=problems)
        return _with_data(store, report, data, data_dir, force)
    report = _write_kb(store, catalog, digest, problems)
    return _with_data(store, report, data, data_dir, force)


def _with_data(store: Store, report: LoadReport, data: bool, folder: Path | None, force: bool) -> LoadReport:
    if data:
        from sphere.store.dataload import load_data

        report.data = load_data(store, folder, force=force)
        report.problems += [f"{d.key}: {p}" for d in report.data.datasets for p in d.problems]
        report.changed = report.changed or any(d.touched for d in report.data.datasets)
    return report


def _write_kb(store: Store, catalog: Catalog | None, digest: str, problems: list[str]) -> LoadReport:
    batch = build_batch(catalog or load_catalog(), [])
    with store.transaction() as conn:
        kb_entities = sa.select(t.entities.c.id).where(t.entities.c.origin == "kb")
        conn.execute(
            t.event_participants.delete().where(
                t.event_participants.c.event_id.in_(sa.select(t.events.c.id).where(t.events.c.origin == "kb"))
            )
        )
        conn.execute(t.events.delete().where(t.events.c.origin == "kb"))
        conn.execute(t.claims.delete().where(t.claims.c.origin == "kb"))
        conn.execute(t.memberships.delete().where(t.memberships.c.origin == "kb"))
        conn.execute(t.indicators.delete().where(t.indicators.c.dataset.is_(None)))
        for table in (t.project_parties, t.projects):
            col = table.c.project_id if table is t.project_parties else table.c.entity_id
            conn.execute(table.delete().where(col.in_(kb_entities)))
        conn.execute(t.aliases.delete().where(t.aliases.c.entity_id.in_(kb_entities)))
        conn.execute(t.external_ids.delete().where(t.external_ids.c.entity_id.in_(kb_entities)))
        conn.execute(t.entities.delete().where(t.entities.c.origin == "kb"))
        existing = set(conn.execute(sa.select(t.sources.c.id)).scalars())
        new_sources = [s for sid, s in batch.sources.items() if sid not in existing]
        if new_sources:
            conn.execute(t.sources.insert(), new_sources)
        for table in t.metadata.sorted_tables:
            rows = batch.rows[table.name]
            for i in range(0, len(rows), 5000):
                conn.execute(table.insert(), rows[i : i + 5000])
        conn.execute(t.meta.delete().where(t.meta.c.key == "kb_hash"))
        conn.execute(t.meta.insert(), [{"key": "kb_hash", "value": digest}])
    counts = {name: len(rows) for name, rows in batch.rows.items() if rows}
    counts["sources"] = len(batch.sources)
    return LoadReport(changed=True, counts=counts, problems=problems)


def _counts(store: Store) -> dict[str, int]:
    stats = store.stats()
    return {k: v for k, v in stats.items() if isinstance(v, int) and v}


def ensure_kb(store: Store) -> LoadReport:
    """Load the knowledge base (and the datasets of record) unless the store already holds this version."""
    return load_kb(store)
