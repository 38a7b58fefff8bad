"""Watching feeds and machine-coded events.

- `watch_feeds` / `watch_items`: what `sphere watch` knows about each feed (ETag, Last-Modified, next poll,
  failures with backoff) and which entry links it has taken in, so that a restart fetches nothing twice.
- `coded_events` / `coded_event_mentions`: events coded by machines in other projects (GDELT 2.0), kept
  apart from the events Sphere reads itself, with the dataset's id, file and row, source URL and confidence.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_feeds",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("outlet_id", sa.String(length=64), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("last_polled", sa.String(length=32), nullable=True),
        sa.Column("next_poll", sa.String(length=32), nullable=True),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_status", sa.String(length=24), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("items_seen", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_feeds")),
    )
    with op.batch_alter_table("watch_feeds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watch_feeds_next_poll"), ["next_poll"], unique=False)
    op.create_table(
        "watch_items",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("feed_id", sa.String(length=32), nullable=False),
        sa.Column("first_seen", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_try", sa.String(length=32), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_items")),
    )
    with op.batch_alter_table("watch_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watch_items_feed_id"), ["feed_id"], unique=False)
    op.create_table(
        "coded_events",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("dataset", sa.String(length=16), nullable=False),
        sa.Column("external_id", sa.String(length=32), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("added", sa.String(length=32), nullable=True),
        sa.Column("loaded", sa.String(length=32), nullable=False),
        sa.Column("cameo", sa.String(length=8), nullable=False),
        sa.Column("plover_type", sa.String(length=16), nullable=True),
        sa.Column("plover_mode", sa.String(length=32), nullable=True),
        sa.Column("quad_class", sa.Integer(), nullable=True),
        sa.Column("goldstein", sa.Float(), nullable=True),
        sa.Column("num_mentions", sa.Integer(), nullable=True),
        sa.Column("num_sources", sa.Integer(), nullable=True),
        sa.Column("num_articles", sa.Integer(), nullable=True),
        sa.Column("avg_tone", sa.Float(), nullable=True),
        sa.Column("actor1_code", sa.String(length=32), nullable=True),
        sa.Column("actor1_name", sa.Text(), nullable=True),
        sa.Column("actor1_country", sa.String(length=3), nullable=True),
        sa.Column("actor1_id", sa.String(length=200), nullable=True),
        sa.Column("actor2_code", sa.String(length=32), nullable=True),
        sa.Column("actor2_name", sa.Text(), nullable=True),
        sa.Column("actor2_country", sa.String(length=3), nullable=True),
        sa.Column("actor2_id", sa.String(length=200), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("place_country", sa.String(length=2), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("states", sa.String(length=32), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coded_events")),
    )
    with op.batch_alter_table("coded_events", schema=None) as batch_op:
        for col in ("dataset", "date", "loaded", "plover_type", "actor1_id", "actor2_id"):
            batch_op.create_index(batch_op.f(f"ix_coded_events_{col}"), [col], unique=False)
    op.create_table(
        "coded_event_mentions",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source_name", sa.Text(), nullable=True),
        sa.Column("mention_time", sa.String(length=32), nullable=True),
        sa.Column("sentence", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["coded_events.id"],
            name=op.f("fk_coded_event_mentions_event_id_coded_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "key", name=op.f("pk_coded_event_mentions")),
    )


def downgrade() -> None:
    op.drop_table("coded_event_mentions")
    with op.batch_alter_table("coded_events", schema=None) as batch_op:
        for col in ("actor2_id", "actor1_id", "plover_type", "loaded", "date", "dataset"):
            batch_op.drop_index(batch_op.f(f"ix_coded_events_{col}"))
    op.drop_table("coded_events")
    with op.batch_alter_table("watch_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_watch_items_feed_id"))
    op.drop_table("watch_items")
    with op.batch_alter_table("watch_feeds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_watch_feeds_next_poll"))
    op.drop_table("watch_feeds")
