"""The one schema of Sphere's store, for SQLite and PostgreSQL alike.

Tables are SQLAlchemy Core objects; Alembic migrations under `sphere/store/migrations` create and upgrade
them, and a test checks that a migrated database matches this module exactly. Every row that states a fact
points at a source (`source_id`) with the quote or dataset field that carries it.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _provenance() -> list[sa.Column[object]]:
    """Columns that tie a fact to its source: the source row, the quote or field, and all other sources."""
    return [
        sa.Column("source_id", sa.String(64), sa.ForeignKey("sources.id"), nullable=True),
        sa.Column("quote", sa.Text, nullable=True),
        sa.Column("field", sa.Text, nullable=True),
        sa.Column("sources", sa.JSON, nullable=True),  # every source of the fact: [{source_id, quote, field}]
    ]


sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # web | dataset | document
    sa.Column("url", sa.Text),
    sa.Column("dataset", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("publisher", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("retrieved", sa.String(10)),
    sa.Column("license", sa.Text),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("kind", sa.String(24), nullable=False, index=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("iso3", sa.String(3), index=True),
    sa.Column("country_id", sa.String(200)),
    sa.Column("description", sa.Text),
    sa.Column("attrs", sa.JSON),
    sa.Column("origin", sa.String(16), nullable=False, server_default="kb"),  # kb | reader
    *_provenance(),
)

aliases = sa.Table(
    "aliases",
    metadata,
    sa.Column(
        "entity_id", sa.String(200), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("alias", sa.Text, primary_key=True),
    sa.Column("lang", sa.String(8), primary_key=True),
    sa.Column("norm", sa.Text, nullable=False, index=True),
    sa.Column("type", sa.String(16), nullable=False),
)

external_ids = sa.Table(
    "external_ids",
    metadata,
    sa.Column(
        "entity_id", sa.String(200), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("scheme", sa.String(32), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

memberships = sa.Table(
    "memberships",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("member_id", sa.String(200), nullable=False, index=True),
    sa.Column("org_id", sa.String(200), nullable=False, index=True),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("start", sa.String(10)),
    sa.Column("end", sa.String(10)),
    sa.Column("note", sa.Text),
    sa.Column("origin", sa.String(16), nullable=False, server_default="kb"),
    *_provenance(),
)

projects = sa.Table(
    "projects",
    metadata,
    sa.Column(
        "entity_id", sa.String(200), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("project_type", sa.String(32), nullable=False, index=True),
    sa.Column("status", sa.String(24)),
    sa.Column("countries", sa.JSON, nullable=False),
    sa.Column("geometry", sa.JSON),  # GeoJSON geometry, [lon, lat]
    sa.Column("start", sa.String(10)),
    sa.Column("end", sa.String(10)),
)

project_parties = sa.Table(
    "project_parties",
    metadata,
    sa.Column(
        "project_id", sa.String(200), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("party_id", sa.String(200), primary_key=True),
    sa.Column("role", sa.String(24), primary_key=True),
    sa.Column("power_id", sa.String(200), index=True),
    *_provenance(),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # sha256 of the cleaned text
    sa.Column("content_hash", sa.String(64), index=True),  # sha256 of the raw input
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("language", sa.String(8), index=True),
    sa.Column("author", sa.Text),
    sa.Column("site", sa.Text, index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("retrieved", sa.String(32)),
    sa.Column("cluster_id", sa.String(64), index=True),
    sa.Column("duplicate_of", sa.String(64)),
    # newest first; with the id in the index, "the latest documents mentioning X" checks each from the index
    sa.Index("ix_documents_latest", "published", "id"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column(
        "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("start", sa.Integer, primary_key=True),
    sa.Column("end", sa.Integer, primary_key=True),
    sa.Column("entity_id", sa.String(200), primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Index("ix_mentions_entity", "entity_id"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("type", sa.String(16), nullable=False, index=True),
    sa.Column("mode", sa.String(32)),
    sa.Column("title", sa.Text),
    sa.Column("date", sa.String(10)),
    sa.Column("end_date", sa.String(10)),
    sa.Column("place_id", sa.String(200), index=True),
    sa.Column("status", sa.String(16), nullable=False, server_default="asserted"),
    sa.Column("origin", sa.String(16), nullable=False, server_default="kb", index=True),  # kb | document
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    sa.Column("ev_start", sa.Integer),
    sa.Column("ev_end", sa.Integer),
    sa.Column("evidence", sa.Text),
    sa.Column("attrs", sa.JSON),
    *_provenance(),
    # newest first; "the latest events of X" checks each event from the index (id, place) alone
    sa.Index("ix_events_latest", "date", "id", "place_id"),
)

event_participants = sa.Table(
    "event_participants",
    metadata,
    sa.Column("event_id", sa.String(200), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("entity_id", sa.String(200), primary_key=True),
    sa.Column("role", sa.String(12), primary_key=True),  # actor | recipient
    sa.Index("ix_event_participants_entity_event", "entity_id", "event_id"),  # covers "events of X"
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("subject_id", sa.String(200)),
    sa.Column("attribute", sa.String(32), nullable=False, index=True),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("unit", sa.String(64), nullable=False),
    sa.Column("object_id", sa.String(200)),
    sa.Column("as_of", sa.String(10)),
    sa.Column("qualifier", sa.String(16)),
    sa.Column("note", sa.Text),
    sa.Column("origin", sa.String(16), nullable=False, server_default="kb"),  # kb | document
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    sa.Column("ev_start", sa.Integer),
    sa.Column("ev_end", sa.Integer),
    sa.Column("evidence", sa.Text),
    # how sure the reader is of a read claim's subject (0-1); null for the knowledge base's curated claims
    sa.Column("confidence", sa.Float),
    *_provenance(),
    # the claims about an entity, knowledge base first then newest, read in index order
    sa.Index("ix_claims_subject", "subject_id", "origin", "as_of"),
    sa.Index("ix_claims_object", "object_id", "origin", "as_of"),
    # the claims of one question (an entity as subject or object, and an attribute): what a document's standing
    # checks each of its claims against, without scanning every claim of that attribute
    sa.Index("ix_claims_subject_attribute", "subject_id", "attribute"),
    sa.Index("ix_claims_object_attribute", "object_id", "attribute"),
    # the figures of one question with their count and first claim, read from this index alone (a document's
    # standing, `standing._counted_check`)
    sa.Index(
        "ix_claims_question_figures",
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
    ),
    # the ledger counts distinct figures per question from this index alone (and finds the KB's claims)
    sa.Index(
        "ix_claims_ledger",
        "origin",
        "attribute",
        "subject_id",
        "object_id",
        "unit",
        "value",
        "qualifier",
        "as_of",
        "document_id",
        "confidence",
    ),
)

indicators = sa.Table(
    "indicators",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("indicator", sa.String(48), nullable=False, index=True),
    sa.Column("reporter_id", sa.String(200), nullable=False, index=True),
    sa.Column("partner_id", sa.String(200), nullable=False, index=True),
    sa.Column("year", sa.Integer, nullable=False, index=True),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("unit", sa.String(24), nullable=False),
    sa.Column("statistics_of", sa.String(200)),
    sa.Column("statistics", sa.Text),
    sa.Column("flow_class", sa.String(16)),
    # the dataset of record the row was loaded from (`sphere data load`); NULL for the knowledge base's figures
    sa.Column("dataset", sa.String(48), index=True),
    *_provenance(),
)

datasets = sa.Table(
    "datasets",
    metadata,
    sa.Column("key", sa.String(48), primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("publisher", sa.Text),
    sa.Column("version", sa.Text),  # the release: upstream repositories at their commits
    sa.Column("licence", sa.Text),
    sa.Column("attribution", sa.Text),
    sa.Column("location", sa.Text),  # the folder the files were read from ("package" for the shipped slices)
    sa.Column("rows", sa.Integer, nullable=False),  # indicator rows held
    sa.Column("projects", sa.Integer, nullable=False, server_default="0"),  # project entities held
    sa.Column("year_from", sa.Integer),
    sa.Column("year_to", sa.Integer),
    sa.Column("digest", sa.String(64)),  # hash of the files read
    sa.Column("loaded_at", sa.String(32), nullable=False),
)

ingest_log = sa.Table(
    "ingest_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.String(40), nullable=False, index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # stored | duplicate | failed
    sa.Column("document_id", sa.String(64)),
    sa.Column("code", sa.String(32)),
    sa.Column("reason", sa.Text),
    sa.Column("at", sa.String(32), nullable=False),
)

document_signatures = sa.Table(
    "document_signatures",
    metadata,
    sa.Column(
        "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "minhash", sa.LargeBinary, nullable=False
    ),  # MinHash values, little-endian uint32 (near-duplicates)
    sa.Column("shingles", sa.Integer, nullable=False),  # how many word shingles the text had
)

document_keys = sa.Table(
    "document_keys",
    metadata,
    sa.Column("key", sa.String(255), primary_key=True),  # an LSH band key or a weighted story term
    sa.Column(
        "document_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    sa.Column("weight", sa.Float, nullable=False),
)

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

ingest_staging = sa.Table(
    "ingest_staging",
    metadata,
    # what a distributed ingest's workers have read and not yet stored (sphere.ingest.engine)
    sa.Column("content_hash", sa.String(64), primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),  # the payload's format
    sa.Column("run_id", sa.String(40), nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("payload", sa.LargeBinary, nullable=False),  # the pickled reading or read error
    sa.Column("at", sa.String(32), nullable=False),
)


# -- watching feeds (sphere watch): what each feed said last and which entry links were taken in -------------
watch_feeds = sa.Table(
    "watch_feeds",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),  # sha1 of the URL
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("outlet_id", sa.String(64)),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_polled", sa.String(32)),
    sa.Column("next_poll", sa.String(32), index=True),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_status", sa.String(24)),  # ok | not_modified | failed | robots
    sa.Column("last_error", sa.Text),
    sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
)

watch_items = sa.Table(
    "watch_items",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),  # sha1 of the entry link
    sa.Column("link", sa.Text, nullable=False),
    sa.Column("feed_id", sa.String(32), nullable=False, index=True),
    sa.Column("first_seen", sa.String(32), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # stored | duplicate | failed | skipped
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_try", sa.String(32)),
    sa.Column("last_error", sa.Text),
)

# -- machine-coded events (GDELT): kept apart from what Sphere reads itself ----------------------------------
coded_events = sa.Table(
    "coded_events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # gdelt:<GLOBALEVENTID>
    sa.Column("dataset", sa.String(16), nullable=False, index=True),  # gdelt
    sa.Column("external_id", sa.String(32), nullable=False),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("added", sa.String(32)),  # when the dataset added it (DATEADDED)
    sa.Column("loaded", sa.String(32), nullable=False, index=True),  # when Sphere stored it
    sa.Column("cameo", sa.String(8), nullable=False),
    sa.Column("plover_type", sa.String(16), index=True),  # null: CAMEO 01/02, which PLOVER dropped
    sa.Column("plover_mode", sa.String(32)),
    sa.Column("quad_class", sa.Integer),
    sa.Column("goldstein", sa.Float),
    sa.Column("num_mentions", sa.Integer),
    sa.Column("num_sources", sa.Integer),
    sa.Column("num_articles", sa.Integer),
    sa.Column("avg_tone", sa.Float),
    sa.Column("actor1_code", sa.String(32)),
    sa.Column("actor1_name", sa.Text),
    sa.Column("actor1_country", sa.String(3)),
    sa.Column("actor1_id", sa.String(200), index=True),
    sa.Column("actor2_code", sa.String(32)),
    sa.Column("actor2_name", sa.Text),
    sa.Column("actor2_country", sa.String(3)),
    sa.Column("actor2_id", sa.String(200), index=True),
    sa.Column("place", sa.Text),
    sa.Column("place_country", sa.String(2)),  # FIPS 10-4, as GDELT writes it
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("states", sa.String(32), nullable=False),  # the C5 states involved: ",KAZ,UZB,"
    sa.Column("source_url", sa.Text),
    sa.Column("confidence", sa.Float),  # highest mention confidence (0-100), null without mentions
    sa.Column("file", sa.Text, nullable=False),
    sa.Column("row", sa.Integer, nullable=False),
)

coded_event_mentions = sa.Table(
    "coded_event_mentions",
    metadata,
    sa.Column(
        "event_id",
        sa.String(64),
        sa.ForeignKey("coded_events.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("key", sa.String(32), primary_key=True),  # sha1 of URL and sentence
    sa.Column("url", sa.Text),
    sa.Column("source_name", sa.Text),
    sa.Column("mention_time", sa.String(32)),
    sa.Column("sentence", sa.Integer),
    sa.Column("confidence", sa.Integer),
    sa.Column("file", sa.Text, nullable=False),
    sa.Column("row", sa.Integer, nullable=False),
)
