"""The migrations create exactly the schema that `sphere.store.schema` declares, on both backends."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sphere.store import Store
from sphere.store.db import current_revision, head_revision, make_engine, migrate
from sphere.store.schema import metadata

NEWEST = ("ix_documents_newest", "ix_events_newest", "ix_claims_subject_newest", "ix_claims_object_newest")


def _not_search_index(name: str | None, type_: str, parent_names: object) -> bool:
    """Full-text search objects (0002) and the newest-first indexes (0009, ordered differently by backend)
    live outside the SQLAlchemy schema on purpose."""
    outside = ("documents_fts", "ix_documents_search", *NEWEST)
    return not (name or "").startswith(outside) and name != "search"


def test_migrated_database_matches_schema(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": _not_search_index})
        diff = compare_metadata(ctx, metadata)
    assert diff == []
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_upgrade_is_repeatable(db_url: str) -> None:
    with Store(db_url) as s:
        first = s.stats()
    with Store(db_url) as s:  # opening again runs the migrations again: nothing changes
        assert s.stats() == first
        assert set(sa.inspect(s.engine).get_table_names()) >= {t.name for t in metadata.sorted_tables}


def test_newest_first_indexes(db_url: str) -> None:
    """0009's indexes exist on both backends, and PostgreSQL reads the newest documents from one."""
    with Store(db_url) as s:
        found = {
            ix["name"]
            for table in ("documents", "events", "claims")
            for ix in sa.inspect(s.engine).get_indexes(table)
        }
        assert set(NEWEST) <= found
        if s.dialect == "postgresql":
            with s.engine.connect() as conn:
                for plan_kind in (
                    "seqscan",
                    "bitmapscan",
                    "sort",
                ):  # an empty table: ask for the index's plan
                    conn.exec_driver_sql(f"SET enable_{plan_kind} = off")
                plan = conn.exec_driver_sql(
                    "EXPLAIN SELECT id FROM documents ORDER BY published DESC NULLS LAST, id LIMIT 51"
                ).scalars()
                assert "ix_documents_newest" in " ".join(plan)
