"""Indexes for the claims of one question: an entity (as subject or as object) and an attribute.

A document's standing checks each of its claims against the stored claims of the same question
(`ledger.claim_rows`: subject or object, attribute). With only `ix_claims_attribute` and the (entity, origin,
as_of) indexes, SQLite scanned every claim of the attribute; with these two it reads the question's claims
through both indexes (measured on the 100,000-document SQLite store of `bench/serve.py`: a document page's
`check_document` 1,300 -> 366 ms).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index("ix_claims_subject_attribute", ["subject_id", "attribute"], unique=False)
        batch_op.create_index("ix_claims_object_attribute", ["object_id", "attribute"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_object_attribute")
        batch_op.drop_index("ix_claims_subject_attribute")
