"""Near-duplicate signatures and story-clustering keys (MinHash LSH bands and weighted story terms).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_signatures",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=False),
        sa.Column("shingles", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_signatures_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_signatures")),
    )
    op.create_table(
        "document_keys",
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_keys_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "document_id", name=op.f("pk_document_keys")),
    )
    with op.batch_alter_table("document_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_keys_document_id"), ["document_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("document_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_keys_document_id"))
    op.drop_table("document_keys")
    op.drop_table("document_signatures")
