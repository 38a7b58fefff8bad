"""Indexes for reading a large store: the ledger's figures, the latest facts about an entity, KB rows.

- `ix_claims_ledger` lets the claims ledger count distinct figures per question from the index alone, and
  finds the knowledge base's claims; `ix_events_origin` finds the knowledge base's events among read ones.
- `ix_claims_subject` / `ix_claims_object` (replacing the one-column indexes) list the claims about an entity
  knowledge base first, then newest, in index order.
- `ix_events_place_id` and `ix_event_participants_entity_event` (replacing the one-column index) answer
  "events of X" from the indexes; `ix_events_latest` and `ix_documents_latest` (replacing the one-column
  date indexes) hold the id with the date, so "the latest events / documents of X" walks the newest rows
  checking each from the indexes alone.
- Mentions keep their one-column entity index: a covering (entity, document) index made storing mentions,
  some fifty per document, more than twice as slow.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LEDGER = [
    "origin",
    "attribute",
    "subject_id",
    "object_id",
    "unit",
    "value",
    "qualifier",
    "as_of",
    "document_id",
]


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index("ix_claims_ledger", LEDGER, unique=False)
        batch_op.create_index("ix_claims_subject", ["subject_id", "origin", "as_of"], unique=False)
        batch_op.create_index("ix_claims_object", ["object_id", "origin", "as_of"], unique=False)
        batch_op.drop_index("ix_claims_subject_id")
        batch_op.drop_index("ix_claims_object_id")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index("ix_documents_latest", ["published", "id"], unique=False)
        batch_op.drop_index("ix_documents_published")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_origin"), ["origin"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_place_id"), ["place_id"], unique=False)
        batch_op.create_index("ix_events_latest", ["date", "id", "place_id"], unique=False)
        batch_op.drop_index("ix_events_date")
    with op.batch_alter_table("event_participants", schema=None) as batch_op:
        batch_op.create_index("ix_event_participants_entity_event", ["entity_id", "event_id"], unique=False)
        batch_op.drop_index("ix_event_participants_entity")


def downgrade() -> None:
    with op.batch_alter_table("event_participants", schema=None) as batch_op:
        batch_op.create_index("ix_event_participants_entity", ["entity_id"], unique=False)
        batch_op.drop_index("ix_event_participants_entity_event")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_date", ["date"], unique=False)
        batch_op.drop_index("ix_events_latest")
        batch_op.drop_index(batch_op.f("ix_events_place_id"))
        batch_op.drop_index(batch_op.f("ix_events_origin"))
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index("ix_documents_published", ["published"], unique=False)
        batch_op.drop_index("ix_documents_latest")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index("ix_claims_subject_id", ["subject_id"], unique=False)
        batch_op.create_index("ix_claims_object_id", ["object_id"], unique=False)
        batch_op.drop_index("ix_claims_object")
        batch_op.drop_index("ix_claims_subject")
        batch_op.drop_index("ix_claims_ledger")
