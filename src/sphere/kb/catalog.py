"""The bundled knowledge base in memory: records read from `sphere/kb/data/*.jsonl` plus the ISO 3166 states.

`load_catalog()` is what the reader, the validator and the store loader use. Records stay plain dicts in the
format of `docs/kb-format.md`, so that the data files remain the single definition of the reference data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sphere.kb.countries import build_countries

Record = dict[str, Any]

ENTITY_FILES = ("places.jsonl", "people.jsonl", "organizations.jsonl", "companies.jsonl", "projects.jsonl")


class DataFileError(ValueError):
    """A knowledge-base data file cannot be parsed."""


def data_dir() -> Path:
    """Return the folder holding the bundled data files."""
    return Path(str(resources.files("sphere.kb") / "data"))


def read_jsonl(path: Path) -> list[Record]:
    """Read one JSON Lines file; blank lines are skipped, a broken line raises `DataFileError` with its place."""
    out: list[Record] = []
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataFileError(f"{path.name}:{n}: {exc.msg}") from exc
            if not isinstance(rec, dict):
                raise DataFileError(f"{path.name}:{n}: a record must be a JSON object")
            rec["_file"] = path.name
            rec["_line"] = n
            out.append(rec)
    return out


@dataclass
class Catalog:
    """All reference records, indexed by id."""

    entities: dict[str, Record] = field(default_factory=dict)
    memberships: list[Record] = field(default_factory=list)
    events: list[Record] = field(default_factory=list)
    indicators: list[Record] = field(default_factory=list)
    collisions: list[Record] = field(default_factory=list)
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # (id, first file, second file)

    def get(self, entity_id: str) -> Record | None:
        """Return the entity record with this id, or None."""
        return self.entities.get(entity_id)

    def of_kind(self, kind: str) -> Iterator[Record]:
        """Iterate over the entities of one kind."""
        return (r for r in self.entities.values() if r.get("kind") == kind)

    def add(self, rec: Record) -> None:
        """Add an entity record, noting a duplicate id instead of overwriting."""
        rid = rec.get("id")
        if not isinstance(rid, str):
            raise DataFileError(f"{rec.get('_file')}:{rec.get('_line')}: record without an id")
        if rid in self.entities:
            self.duplicates.append((rid, str(self.entities[rid].get("_file")), str(rec.get("_file"))))
            return
        self.entities[rid] = rec


def merge_supplement(base: Record, sup: Record) -> Record:
    """Merge a supplement record into a generated one: lists are extended (aliases, sources), scalars set."""
    out = dict(base)
    for key, value in sup.items():
        if key == "id":
            continue
        if isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *[v for v in value if v not in out[key]]]
        else:
            out[key] = value
    return out


def build_catalog(folder: Path | None = None) -> Catalog:
    """Read every data file of `folder` (default: the bundled data) into a `Catalog`."""
    folder = folder or data_dir()
    cat = Catalog()
    countries = build_countries()
    for sup in read_jsonl(folder / "countries.jsonl"):
        cid = sup.get("id")
        if cid in countries:
            countries[cid] = merge_supplement(countries[cid], sup)
        else:
            countries[str(cid)] = {"kind": "country", **sup}
    for rec in countries.values():
        cat.add(rec)
    for name in ENTITY_FILES:
        for rec in read_jsonl(folder / name):
            cat.add(rec)
    cat.memberships = read_jsonl(folder / "memberships.jsonl")
    cat.events = read_jsonl(folder / "events.jsonl")
    cat.indicators = read_jsonl(folder / "indicators.jsonl")
    cat.collisions = read_jsonl(folder / "collisions.jsonl")
    return cat


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """Return the bundled catalog, built once per process."""
    return build_catalog()
