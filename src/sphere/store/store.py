"""`Store`: Sphere's database, one API over SQLite and PostgreSQL.

Open it with a URL or a file path (`Store("sphere.db")`, `Store("postgresql://…")`); it migrates the schema
on open. Queries return plain dicts so that every face (CLI, web, Python users) gets the same records.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sphere import settings
from sphere.kb.names import normalise_name
from sphere.store import schema as t
from sphere.store.db import StoreError, make_engine, migrate, normalise_url

Row = dict[str, Any]


def _rows(result: sa.CursorResult[Any] | sa.Result[Any]) -> list[Row]:
    keys = list(result.keys())
    return [dict(zip(keys, r, strict=True)) for r in result]


class Store:
    """A Sphere database: documents, the knowledge base, events, claims and indicators with their sources."""

    def __init__(
        self, target: str | Path | None = None, *, upgrade: bool = True, create: bool = True
    ) -> None:
        """Open (and by default migrate) the database at `target`, or the default one from settings.

        With `create=False` a SQLite file that does not exist raises StoreError instead of being created.
        """
        self.url = normalise_url(target if target is not None else settings.default_db_url(), create=create)
        try:
            self.engine = make_engine(self.url)
        except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ValueError) as exc:
            raise StoreError(f"cannot use the database URL {str(target)!r}: {exc}") from None
        if upgrade:
            migrate(self.engine)

    @property
    def dialect(self) -> str:
        """Return 'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """Yield a connection whose writes commit together or not at all."""
        with self.engine.begin() as conn:
            yield conn

    def query(self, stmt: sa.Executable) -> list[Row]:
        """Run a read statement and return its rows as dicts."""
        with self.engine.connect() as conn:
            return _rows(conn.execute(stmt))

    # -- entities -------------------------------------------------------------------------------------------
    def resolve(self, name_or_id: str) -> list[str]:
        """Return the ids of entities whose id, name or alias is `name_or_id` (best matches first)."""
        with self.engine.connect() as conn:
            if conn.execute(sa.select(t.entities.c.id).where(t.entities.c.id == name_or_id)).first():
                return [name_or_id]
            norm = normalise_name(name_or_id)
            by_name = [
                r.id
                for r in conn.execute(
                    sa.select(t.entities.c.id, t.entities.c.name).where(
                        sa.func.lower(t.entities.c.name) == norm
                    )
                )
            ]
            by_alias = [
                r.entity_id
                for r in conn.execute(
                    sa.select(t.aliases.c.entity_id).where(t.aliases.c.norm == norm).distinct()
                )
            ]
            iso = (
                [
                    r.id
                    for r in conn.execute(
                        sa.select(t.entities.c.id).where(t.entities.c.iso3 == name_or_id.upper())
                    )
                ]
                if len(name_or_id) == 3
                else []
            )
        seen: dict[str, None] = {}
        for eid in [*iso, *by_name, *by_alias]:
            seen.setdefault(eid, None)
        return list(seen)

    def entity(self, entity_id: str) -> Row | None:
        """Return one entity with its aliases, external ids and sources, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.entities).where(t.entities.c.id == entity_id)).first()
            if row is None:
                return None
            out = dict(row._mapping)
            out["aliases"] = _rows(
                conn.execute(
                    sa.select(t.aliases.c.alias, t.aliases.c.lang, t.aliases.c.type)
                    .where(t.aliases.c.entity_id == entity_id)
                    .order_by(t.aliases.c.lang, t.aliases.c.alias)
                )
            )
            out["external_ids"] = {
                r.scheme: r.value
                for r in conn.execute(
                    sa.select(t.external_ids).where(t.external_ids.c.entity_id == entity_id)
                )
            }
            out["sources"] = self._expand_sources(conn, out.get("sources"))
            return out

    def search(self, text: str, *, kind: str | None = None, limit: int = 20) -> list[Row]:
        """Return entities whose name or an alias contains `text` (exact matches first)."""
        norm = normalise_name(text).replace("\x00", "")
        escaped = norm.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"  # % and _ in the text are letters, not wildcards
        alias_hits = sa.select(t.aliases.c.entity_id).where(t.aliases.c.norm.like(like, escape="\\"))
        stmt = sa.select(t.entities.c.id, t.entities.c.kind, t.entities.c.name, t.entities.c.iso3).where(
            sa.or_(sa.func.lower(t.entities.c.name).like(like, escape="\\"), t.entities.c.id.in_(alias_hits))
        )
        if kind:
            stmt = stmt.where(t.entities.c.kind == kind)
        rows = self.query(stmt.limit(limit * 5))

        def rank(r: Row) -> tuple[int, int, str]:
            name = normalise_name(r["name"])
            return (0 if name == norm else 1 if name.startswith(norm) else 2, len(name), name)

        return sorted(rows, key=rank)[:limit]

    def _expand_sources(self, conn: sa.Connection, refs: list[Row] | None) -> list[Row]:
        """Join the source rows onto a fact's `sources` list of {source_id, quote, field}."""
        if not refs:
            return []
        ids = [r["source_id"] for r in refs if r.get("source_id")]
        found = {
            r.id: dict(r._mapping) for r in conn.execute(sa.select(t.sources).where(t.sources.c.id.in_(ids)))
        }
        return [{**found.get(r.get("source_id") or "", {}), **r} for r in refs]

    def sources_of(self, refs: list[Row] | None) -> list[Row]:
        """Return full source records for a fact's `sources` list."""
        with self.engine.connect() as conn:
            return self._expand_sources(conn, refs)

    # -- counts ---------------------------------------------------------------------------------------------
    def stats(self) -> Row:
        """Return row counts per table and entity counts per kind."""
        out: Row = {}
        with self.engine.connect() as conn:
            for table in t.metadata.sorted_tables:
                out[table.name] = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            out["entities_by_kind"] = {
                r.kind: r.n
                for r in conn.execute(
                    sa.select(t.entities.c.kind, sa.func.count().label("n")).group_by(t.entities.c.kind)
                )
            }
        return out

    def get_meta(self, key: str) -> str | None:
        """Return a value from the store's key-value metadata."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == key)).scalar_one_or_none()
