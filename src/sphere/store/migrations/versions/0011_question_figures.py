"""A covering index of the figures of one question: a document's standing counts them from the index alone.

`standing._counted_check` groups the claims of a question (subject, attribute, object) by figure (unit, value,
qualifier, as_of, origin; whether the claim is the document's own) with each figure's count and first claim id.
Through `ix_claims_ledger` PostgreSQL found the question's claims in the index but fetched each from the table
(for `id`, and `as_of` was filtered only after the fetch): 25,000-29,000 table rows a question at a million
documents, 30-50 ms each, three questions a document page. This index holds every column that grouping reads
(the knowledge base's notes, which only its few claims carry, are read from the table), so it runs as an
index-only scan in the order of the grouping.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = [
    "subject_id",
    "attribute",
    "object_id",
    "origin",
    "unit",
    "value",
    "qualifier",
    "as_of",
    "document_id",
    "confidence",
    "id",
]


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index("ix_claims_question_figures", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_question_figures")
