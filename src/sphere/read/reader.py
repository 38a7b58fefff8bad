"""The reader pipeline: bytes or text in, a `Reading` out (clean -> sentences -> entities -> claims, events).

`read_bytes`, `read_text`, `read_path` and `read_many` are what the CLI and the ingest loop call; `analyse`
runs the extraction stages on an already cleaned document. Everything heavy (the gazetteer) is loaded once
per process; `read_many` spreads documents over a process pool and yields results in input order.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sphere.read.claims.extract import extract_claims
from sphere.read.clean.language import SUPPORTED_LANGUAGES
from sphere.read.clean.text import clean
from sphere.read.entities.extract import NEW_NAME_LANGUAGES, PERSON_NAME_LANGUAGES, find_entities
from sphere.read.entities.gazetteer import load_gazetteer
from sphere.read.errors import ReadError
from sphere.read.events.extract import extract_events
from sphere.read.events.lexicon import TRIGGERS
from sphere.read.sentences import split_sentences
from sphere.read.types import CleanDocument, ReadContext, Reading

__all__ = ["analyse", "analysis_for", "read_bytes", "read_many", "read_path", "read_text"]


def analysis_for(language: str | None) -> dict[str, str]:
    """Say what the reader analyses in a document of `language` (ISO 639-1), part by part.

    Every language is read; the parts whose word tables exist only for some languages say so:
    entities are "full" (knowledge-base names and new names), "knowledge-base names and cued new names"
    (German, which capitalises every noun: persons after a title, organizations with a head word) or
    "knowledge-base names" (names the knowledge base knows in that
    language, with its case endings); events "full" where trigger tables exist, else "classifier" (the
    learned sentence classifier alone, whose cross-lingual concept features read every language); claims "full" in the fully supported languages, else "numbers only" (figures with units and
    money, tied to the nearest knowledge-base name, no language-specific attribute words).
    """
    lang = (language or "")[:2]
    full = lang in SUPPORTED_LANGUAGES or not lang
    return {
        "entities": "full"
        if not lang or lang in NEW_NAME_LANGUAGES
        else "knowledge-base names and cued new names"
        if lang in PERSON_NAME_LANGUAGES
        else "knowledge-base names",
        "events": "full" if not lang or lang in TRIGGERS else "classifier",
        "claims": "full" if full else "numbers only",
    }


def analyse(doc: CleanDocument) -> Reading:
    """Run the extraction stages on a cleaned document: sentences, entities, then claims and events.

    Every language is analysed as far as `analysis_for` says; the reading records it in `analysis`.
    """
    analysis = analysis_for(doc.language)
    sentences = split_sentences(doc.text)
    entities, mentions = find_entities(doc.text, sentences, language=doc.language)
    ctx = ReadContext(doc=doc, sentences=sentences, mentions=mentions, entities=entities)
    events = extract_events(ctx) if analysis["events"] != "none" else []
    claims = extract_claims(ctx)  # before the entities are listed: a work named by its states joins them
    return Reading(
        document=doc,
        entities=list(entities.values()),
        events=events,
        claims=claims,
        analysis=analysis,
    )


def read_bytes(
    data: bytes, source: str, *, url: str | None = None, content_type: str | None = None
) -> Reading:
    """Clean raw bytes (HTML or text, any encoding) and analyse them; raise `ReadError` when unreadable."""
    return analyse(clean(data, source, url=url, content_type=content_type))


def read_text(text: str, source: str, **kw: Any) -> Reading:
    """Analyse text given as a string (`url`, `content_type` as for `read_bytes`)."""
    return read_bytes(text.encode("utf-8"), source, **kw)


def read_path(path: Path) -> Reading:
    """Read one file (HTML or text, recognised by its content and its suffix) and analyse it."""
    from sphere.read.clean.decode import max_input_bytes
    from sphere.read.limits import read_file_limited, safe_name

    path = Path(path)
    content_type, _ = mimetypes.guess_type(path.name)
    data = read_file_limited(path, max_input_bytes(), source=safe_name(path))
    return read_bytes(data, safe_name(path), content_type=content_type)


def _read_one(path: Path) -> Reading | ReadError:
    """Read one path in a worker, returning a `ReadError` instead of raising it (picklable either way)."""
    from sphere.read.limits import safe_name

    try:
        return read_path(path)
    except ReadError as exc:
        return exc
    except OSError as exc:
        return ReadError(f"cannot open the file: {exc.strerror or exc}", source=safe_name(path))


def read_many(paths: Iterable[Path], workers: int = 2) -> Iterator[tuple[Path, Reading | ReadError]]:
    """Read many files over `workers` processes, each document under the per-document budget (a document
    over it yields an `OverBudget` error and the rest go on), yielding (path, reading or error) in order."""
    from sphere.read.budget import BudgetPool
    from sphere.read.limits import safe_name

    items = [Path(p) for p in paths]
    load_gazetteer()  # build or refresh the cache once, before the workers load it
    with BudgetPool(workers) as pool:
        yield from zip(items, pool.map(_read_one, items, source=lambda p: safe_name(p)), strict=True)
