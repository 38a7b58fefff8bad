"""The reader's confidence in a read claim's subject, kept with the claim and in the ledger's index.

- `claims.confidence` (0-1, null for the knowledge base's curated claims): how the reader found the subject
  of a figure (a structural link near 0.9, a guess 0.3 or less). The ledger and `sphere check` use only
  claims at or above the `claim_min_confidence` setting.
- `ix_claims_ledger` gains the column last, so the ledger still counts its figures from the index alone.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
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
        batch_op.add_column(sa.Column("confidence", sa.Float(), nullable=True))
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_ledger")
        batch_op.create_index("ix_claims_ledger", [*LEDGER, "confidence"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_ledger")
        batch_op.create_index("ix_claims_ledger", LEDGER, unique=False)
        batch_op.drop_column("confidence")
