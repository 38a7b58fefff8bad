"""initial schema

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("site", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("retrieved", sa.String(length=32), nullable=True),
        sa.Column("cluster_id", sa.String(length=64), nullable=True),
        sa.Column("duplicate_of", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_content_hash"), ["content_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_language"), ["language"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_published"), ["published"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_site"), ["site"], unique=False)

    op.create_table(
        "ingest_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.String(length=40), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=True),
        sa.Column("code", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingest_log")),
    )
    with op.batch_alter_table("ingest_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ingest_log_run_id"), ["run_id"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("dataset", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("retrieved", sa.String(length=10), nullable=True),
        sa.Column("license", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("subject_id", sa.String(length=200), nullable=True),
        sa.Column("attribute", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=64), nullable=False),
        sa.Column("object_id", sa.String(length=200), nullable=True),
        sa.Column("as_of", sa.String(length=10), nullable=True),
        sa.Column("qualifier", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=16), server_default="kb", nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=True),
        sa.Column("ev_start", sa.Integer(), nullable=True),
        sa.Column("ev_end", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_claims_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_claims_source_id_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_attribute"), ["attribute"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_object_id"), ["object_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_subject_id"), ["subject_id"], unique=False)

    op.create_table(
        "entities",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("iso3", sa.String(length=3), nullable=True),
        sa.Column("country_id", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("attrs", sa.JSON(), nullable=True),
        sa.Column("origin", sa.String(length=16), server_default="kb", nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_entities_source_id_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entities")),
    )
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entities_iso3"), ["iso3"], unique=False)
        batch_op.create_index(batch_op.f("ix_entities_kind"), ["kind"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("end_date", sa.String(length=10), nullable=True),
        sa.Column("place_id", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="asserted", nullable=False),
        sa.Column("origin", sa.String(length=16), server_default="kb", nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=True),
        sa.Column("ev_start", sa.Integer(), nullable=True),
        sa.Column("ev_end", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("attrs", sa.JSON(), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_events_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_events_source_id_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_type"), ["type"], unique=False)

    op.create_table(
        "indicators",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("indicator", sa.String(length=48), nullable=False),
        sa.Column("reporter_id", sa.String(length=200), nullable=False),
        sa.Column("partner_id", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=24), nullable=False),
        sa.Column("statistics_of", sa.String(length=200), nullable=True),
        sa.Column("statistics", sa.Text(), nullable=True),
        sa.Column("flow_class", sa.String(length=16), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_indicators_source_id_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
    )
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicators_indicator"), ["indicator"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicators_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicators_reporter_id"), ["reporter_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicators_year"), ["year"], unique=False)

    op.create_table(
        "memberships",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.String(length=200), nullable=False),
        sa.Column("org_id", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=16), server_default="kb", nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_memberships_source_id_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberships_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_memberships_org_id"), ["org_id"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_mentions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "start", "end", "entity_id", name=op.f("pk_mentions")),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index("ix_mentions_entity", ["entity_id"], unique=False)

    op.create_table(
        "aliases",
        sa.Column("entity_id", sa.String(length=200), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("norm", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_aliases_entity_id_entities"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entity_id", "alias", "lang", name=op.f("pk_aliases")),
    )
    with op.batch_alter_table("aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_aliases_norm"), ["norm"], unique=False)

    op.create_table(
        "event_participants",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("entity_id", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_participants_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "entity_id", "role", name=op.f("pk_event_participants")),
    )
    with op.batch_alter_table("event_participants", schema=None) as batch_op:
        batch_op.create_index("ix_event_participants_entity", ["entity_id"], unique=False)

    op.create_table(
        "external_ids",
        sa.Column("entity_id", sa.String(length=200), nullable=False),
        sa.Column("scheme", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name=op.f("fk_external_ids_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entity_id", "scheme", name=op.f("pk_external_ids")),
    )
    op.create_table(
        "project_parties",
        sa.Column("project_id", sa.String(length=200), nullable=False),
        sa.Column("party_id", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("power_id", sa.String(length=200), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["entities.id"],
            name=op.f("fk_project_parties_project_id_entities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_project_parties_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("project_id", "party_id", "role", name=op.f("pk_project_parties")),
    )
    with op.batch_alter_table("project_parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_parties_power_id"), ["power_id"], unique=False)

    op.create_table(
        "projects",
        sa.Column("entity_id", sa.String(length=200), nullable=False),
        sa.Column("project_type", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=True),
        sa.Column("countries", sa.JSON(), nullable=False),
        sa.Column("geometry", sa.JSON(), nullable=True),
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_projects_entity_id_entities"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_projects")),
    )
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_projects_project_type"), ["project_type"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_projects_project_type"))

    op.drop_table("projects")
    with op.batch_alter_table("project_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_parties_power_id"))

    op.drop_table("project_parties")
    op.drop_table("external_ids")
    with op.batch_alter_table("event_participants", schema=None) as batch_op:
        batch_op.drop_index("ix_event_participants_entity")

    op.drop_table("event_participants")
    with op.batch_alter_table("aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aliases_norm"))

    op.drop_table("aliases")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentions_entity")

    op.drop_table("mentions")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_org_id"))
        batch_op.drop_index(batch_op.f("ix_memberships_member_id"))

    op.drop_table("memberships")
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicators_year"))
        batch_op.drop_index(batch_op.f("ix_indicators_reporter_id"))
        batch_op.drop_index(batch_op.f("ix_indicators_partner_id"))
        batch_op.drop_index(batch_op.f("ix_indicators_indicator"))

    op.drop_table("indicators")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_type"))
        batch_op.drop_index(batch_op.f("ix_events_document_id"))
        batch_op.drop_index(batch_op.f("ix_events_date"))

    op.drop_table("events")
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entities_kind"))
        batch_op.drop_index(batch_op.f("ix_entities_iso3"))

    op.drop_table("entities")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_subject_id"))
        batch_op.drop_index(batch_op.f("ix_claims_object_id"))
        batch_op.drop_index(batch_op.f("ix_claims_document_id"))
        batch_op.drop_index(batch_op.f("ix_claims_attribute"))

    op.drop_table("claims")
    op.drop_table("sources")
    op.drop_table("meta")
    with op.batch_alter_table("ingest_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ingest_log_run_id"))

    op.drop_table("ingest_log")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_site"))
        batch_op.drop_index(batch_op.f("ix_documents_published"))
        batch_op.drop_index(batch_op.f("ix_documents_language"))
        batch_op.drop_index(batch_op.f("ix_documents_content_hash"))
        batch_op.drop_index(batch_op.f("ix_documents_cluster_id"))

    op.drop_table("documents")
