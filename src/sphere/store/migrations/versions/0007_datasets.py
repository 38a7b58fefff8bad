"""Datasets of record: the `datasets` table (`sphere data status`) and `indicators.dataset`.

`indicators.dataset` names the dataset a row was loaded from (NULL for the knowledge base's own figures), so that
a knowledge-base load replaces only its own rows and `sphere data load` only a dataset's.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "datasets",
        sa.Column("key", sa.String(48), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("version", sa.Text(), nullable=True),
        sa.Column("licence", sa.Text(), nullable=True),
        sa.Column("attribution", sa.Text(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("projects", sa.Integer(), server_default="0", nullable=False),
        sa.Column("year_from", sa.Integer(), nullable=True),
        sa.Column("year_to", sa.Integer(), nullable=True),
        sa.Column("digest", sa.String(64), nullable=True),
        sa.Column("loaded_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_datasets")),
    )
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dataset", sa.String(48), nullable=True))
        batch_op.create_index(batch_op.f("ix_indicators_dataset"), ["dataset"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicators_dataset"))
        batch_op.drop_column("dataset")
    op.drop_table("datasets")
