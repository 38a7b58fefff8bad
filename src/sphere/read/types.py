"""Plain records the reader produces: a cleaned document, entity mentions, events and claims.

Every stage of `sphere.read` exchanges these types; `Reading.to_json()` is the public output contract of
`sphere read --json` (see the spec in the project docs).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sphere.read.prefilter import fold_text


@dataclass(slots=True)
class CleanDocument:
    """The article as a reader sees it, with the metadata the cleaner found (None when unknown)."""

    id: str
    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, never invented
    language: str | None = None  # ISO 639-1
    author: str | None = None
    site: str | None = None
    input_format: str = "text"  # "html" or "text"

    def published_date(self) -> date | None:
        """Return `published` as a date, or None."""
        if not self.published:
            return None
        try:
            return date.fromisoformat(self.published[:10])
        except ValueError:
            return None


@dataclass(slots=True)
class Mention:
    """One occurrence of an entity in `CleanDocument.text` (end exclusive)."""

    start: int
    end: int
    text: str
    entity_id: str


@dataclass(slots=True)
class Entity:
    """An entity the document mentions: linked to the knowledge base, or new (`is_new`)."""

    id: str
    name: str
    kind: str  # country|person|organization|company|project|place|other
    aliases: list[str] = field(default_factory=list)
    iso3: str | None = None
    is_new: bool = False
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Evidence:
    """A span of the document text that supports an event or a claim."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event:
    """A PLOVER event: who did what to whom, where and when, with the sentence that says so."""

    type: str
    mode: str | None
    actors: list[str]
    recipients: list[str]
    place: str | None
    date: str | None
    evidence: Evidence
    # PLOVER auxiliary information: "asserted" (reported as happened), "future", "hypothetical", "negated".
    status: str = "asserted"


@dataclass(slots=True)
class Claim:
    """A checkable quantity or ranking tied to its subject, normalised as the output spec says."""

    subject: str | None
    attribute: str
    value: float
    unit: str
    object: str | None
    as_of: str | None
    qualifier: str | None
    evidence: Evidence
    # how sure the reader is of the subject (0-1): 0.9 a structural link, 0.7 the clause's subject, <= 0.5 a guess
    confidence: float = 1.0


@dataclass(slots=True)
class ReadContext:
    """What the extraction stages share: the text, its sentences and the linked mentions."""

    doc: CleanDocument
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    entities: dict[str, Entity]
    folded_text: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The cleaned text all offsets refer to."""
        return self.doc.text

    @property
    def folded(self) -> str | None:
        """The text as `sphere.read.prefilter.fold_text` gives it, made once (None where it cannot serve)."""
        if self.folded_text is None:
            self.folded_text = fold_text(self.doc.text) or ""
        return self.folded_text or None


@dataclass(slots=True)
class Reading:
    """Everything `sphere read` says about one document."""

    document: CleanDocument
    entities: list[Entity]
    events: list[Event]
    claims: list[Claim]
    # what was analysed, part by part ({"entities": "full", "events": "none", ...}): see reader.analysis_for
    analysis: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Return the public JSON form (the `sphere read --json` contract)."""
        d = self.document
        return {
            "document": {
                "id": d.id,
                "source": d.source,
                "url": d.url,
                "title": d.title,
                "published": d.published,
                "language": d.language,
                "author": d.author,
                "site": d.site,
                "format": d.input_format,
                "text": d.text,
            },
            "analysis": dict(self.analysis),
            "entities": [
                {
                    "id": e.id,
                    "name": e.name,
                    "kind": e.kind,
                    "aliases": e.aliases,
                    "iso3": e.iso3,
                    "new": e.is_new,
                    "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in e.mentions],
                }
                for e in self.entities
            ],
            "events": [
                {
                    "type": ev.type,
                    "mode": ev.mode,
                    "actors": ev.actors,
                    "recipients": ev.recipients,
                    "place": ev.place,
                    "date": ev.date,
                    "status": ev.status,
                    "evidence": {
                        "start": ev.evidence.start,
                        "end": ev.evidence.end,
                        "text": ev.evidence.text,
                    },
                }
                for ev in self.events
            ],
            "claims": [
                {
                    "subject": c.subject,
                    "attribute": c.attribute,
                    "value": c.value,
                    "unit": c.unit,
                    "object": c.object,
                    "as_of": c.as_of,
                    "qualifier": c.qualifier,
                    "confidence": c.confidence,
                    "evidence": {"start": c.evidence.start, "end": c.evidence.end, "text": c.evidence.text},
                }
                for c in self.claims
            ],
        }
