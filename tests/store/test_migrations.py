"""The migrations create exactly the schema that `sphere.store.schema` declares, on both backends."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sphere.store import Store
from sphere.store.db import current_revision, head_revision, make_engine, migrate
from sphere.store.schema import metadata


def _not_search_index(name: str | None, type_: str, parent_names: object) -> bool:
    """Full-text search objects (0002) live outside the SQLAlchemy schema on purpose."""
    return not (name or "").startswith(("documents_fts", "ix_documents_search")) and name != "search"


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
