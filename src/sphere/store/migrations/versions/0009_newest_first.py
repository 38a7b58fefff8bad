"""Newest-first indexes: the lists of documents and events in the order they are shown.

The explorer lists documents and events newest first with the undated last (`published DESC NULLS LAST, id`,
`date DESC NULLS LAST, id`), and the claims about an entity the knowledge base's first, then newest. The (date, id) indexes of 0004 cannot give that order on PostgreSQL (read
backwards they put the undated first and the ids in reverse), so every list sorted the whole table: at a
million documents, seconds a page. These indexes hold the shown order itself, so a page reads its rows from
the index and stops at the page's end.

SQLite puts NULL first in ascending order, hence last in descending order, and has no NULLS LAST in an
index: there `published DESC, id` is the same order. The indexes are outside `sphere.store.schema` (like
the full-text search objects of 0002) because their ordering differs by backend.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

NEWEST = {  # index: (table, columns before the date, date column, columns after it)
    "ix_documents_newest": ("documents", "", "published", "id"),
    "ix_events_newest": ("events", "", "date", "id, place_id"),
    # the claims about an entity, the knowledge base's first, then newest (`claims_about`)
    "ix_claims_subject_newest": ("claims", "subject_id, origin DESC, ", "as_of", "id"),
    "ix_claims_object_newest": ("claims", "object_id, origin DESC, ", "as_of", "id"),
}


def upgrade() -> None:
    nulls_last = "" if op.get_bind().dialect.name == "sqlite" else " NULLS LAST"
    for name, (table, before, date, rest) in NEWEST.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({before}{date} DESC{nulls_last}, {rest})")


def downgrade() -> None:
    for name in NEWEST:
        op.execute(f"DROP INDEX IF EXISTS {name}")
