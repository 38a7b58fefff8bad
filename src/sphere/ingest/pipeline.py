"""`ingest`: read many documents (files, folders, URLs, feeds) on all cores and store what they say.

A batch of documents is stored in one transaction with everything read from them (a few bulk statements,
`store_readings`), and the raw-content hash of every stored document is remembered: killed at any moment,
the database holds only whole batches, and the next run skips what is already there. One bad input is
logged with its reason in `ingest_log` and never stops the batch. The batch is placed in the same
transaction: near-duplicates and story clusters (`sphere.ingest.placement`) set `documents.duplicate_of`
and `cluster_id`.
A folder is walked for document files only (`DOCUMENT_SUFFIXES`); files named one by one are always read.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from sphere import settings
from sphere.ingest.placement import Placer, Plan
from sphere.read.errors import InputTooLarge, ReadError
from sphere.read.types import Reading
from sphere.store.documents import NewDocument, known_hashes, log, log_many, store_readings, stored_ids
from sphere.store.store import Store


@dataclass(frozen=True)
class Item:
    """One document to ingest: a file path, or bytes already fetched from a URL."""

    source: str
    path: Path | None = None
    body: bytes | None = None
    url: str | None = None
    content_type: str | None = None


@dataclass
class IngestReport:
    """What one run did: counts and the failures with their reasons."""

    run_id: str
    seen: int = 0
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0  # stored, but nearly the same text as a document stored before
    clustered: int = 0  # stored and joined an existing story cluster
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (source, code, reason)
    skipped: list[str] = field(default_factory=list)  # files in folders that are not documents


DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".shtml")


Progress = Callable[[str, str], None]  # (source, outcome) after each document


def _content_hash(item: Item) -> tuple[str | None, ReadError | None]:
    limit = int(settings.get("max_input_bytes") or 20_000_000)
    try:
        if item.body is not None:
            data = item.body
        else:
            assert item.path is not None
            size = item.path.stat().st_size
            if size > limit:
                return None, InputTooLarge(size, limit, source=item.source)
            data = item.path.read_bytes()
    except OSError as exc:
        return None, ReadError(f"cannot open: {exc.strerror or exc}", source=item.source)
    return hashlib.sha256(data).hexdigest(), None


def read_one(item: Item) -> Reading | ReadError:
    """Read one item (runs in a worker process); every failure comes back as a ReadError."""
    from sphere.read import reader

    try:
        if item.body is not None:
            return reader.read_bytes(item.body, item.source, url=item.url, content_type=item.content_type)
        assert item.path is not None
        name = item.path.name.removesuffix(".gz")
        content_type = mimetypes.guess_type(name)[0]
        return reader.read_bytes(item.path.read_bytes(), item.source, content_type=content_type)
    except ReadError as exc:
        return exc
    except Exception as exc:  # a reader bug must cost one document, not the batch
        return ReadError(f"internal reader error: {type(exc).__name__}: {exc}", source=item.source)


def is_document_file(path: Path) -> bool:
    """Return True when a file in a folder looks like a document (text or HTML, maybe gzipped)."""
    name = path.name.lower().removesuffix(".gz")
    return not path.name.startswith(".") and name.endswith(DOCUMENT_SUFFIXES)


def expand(
    sources: Iterable[str | Item],
    *,
    allow_private: bool = False,
    on_error: Callable[[str, ReadError], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[Item]:
    """Turn files, folders, URLs and feed URLs into items, fetching URLs (errors go to `on_error`).

    An `Item` (e.g. a page `sphere watch` fetched already) passes through as it is.
    """
    from sphere.ingest.feeds import items_from_url

    for src in sources:
        if isinstance(src, Item):
            yield src
            continue
        if src.startswith(("http://", "https://")):
            try:
                yield from items_from_url(src, allow_private=allow_private, on_error=on_error)
            except ReadError as exc:
                if on_error:
                    on_error(src, exc)
            continue
        path = Path(src)
        if path.is_dir():
            for p in sorted(q for q in path.rglob("*") if q.is_file()):
                if is_document_file(p):
                    yield Item(str(p), path=p)
                elif on_skip and not p.name.startswith("."):
                    on_skip(str(p))
        else:
            yield Item(src, path=path)


def ingest(
    store: Store,
    sources: Iterable[str | Item],
    *,
    workers: int | None = None,
    allow_private: bool = False,
    batch_size: int = 25,
    progress: Progress | None = None,
) -> IngestReport:
    """Read and store every document of `sources`; return counts and failures (see the module doc)."""
    report, todo = plan_run(store, sources, allow_private=allow_private, progress=progress)
    n_workers = max(1, workers or int(settings.get("workers") or 0) or os.cpu_count() or 1)
    results = _read_all([it for it, _ in todo], n_workers)
    placer = Placer()
    batch: list[tuple[Item, str, Reading | ReadError]] = []
    for (item, digest), result in zip(todo, results, strict=True):
        batch.append((item, digest, result))
        if len(batch) >= batch_size:
            store_batch(store, report, batch, progress, placer)
            batch = []
    if batch:
        store_batch(store, report, batch, progress, placer)
    return report


def plan_run(
    store: Store,
    sources: Iterable[str | Item],
    *,
    allow_private: bool = False,
    progress: Progress | None = None,
) -> tuple[IngestReport, list[tuple[Item, str]]]:
    """Start a run: expand `sources`, log what cannot be opened, skip what is stored; return what to read.

    The items come back with their content hashes, in source order; duplicates of stored documents (or of
    an earlier item of this run) are counted in the report and not returned.
    """
    report = IngestReport(run_id=uuid.uuid4().hex)
    pending_failures: list[tuple[str, ReadError]] = []

    def fail(source: str, exc: ReadError) -> None:
        pending_failures.append((source, exc))

    items = list(expand(sources, allow_private=allow_private, on_error=fail, on_skip=report.skipped.append))
    report.seen = len(items) + len(pending_failures)
    hashed: list[tuple[Item, str]] = []
    for item in items:
        digest, error = _content_hash(item)
        if error is not None or digest is None:
            fail(item.source, error or ReadError("unreadable", source=item.source))
        else:
            hashed.append((item, digest))
    with store.engine.connect() as conn:
        known = known_hashes(conn, [h for _, h in hashed])
    todo: list[tuple[Item, str]] = []
    seen_now: set[str] = set()
    for item, digest in hashed:
        if digest in known or digest in seen_now:
            report.duplicates += 1
            if progress:
                progress(item.source, "duplicate")
        else:
            seen_now.add(digest)
            todo.append((item, digest))
    _flush_failures(store, report, pending_failures, progress)
    return report, todo


def _read_all(items: list[Item], workers: int) -> Iterator[Reading | ReadError]:
    if workers <= 1 or len(items) < 4:
        for item in items:
            yield read_one(item)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(read_one, items, chunksize=4)


def _flush_failures(
    store: Store, report: IngestReport, failures: list[tuple[str, ReadError]], progress: Progress | None
) -> None:
    if not failures:
        return
    with store.transaction() as conn:
        for source, exc in failures:
            log(conn, report.run_id, source, "failed", code=exc.code, reason=str(exc))
            report.failed.append((source, exc.code, str(exc)))
            if progress:
                progress(source, "failed")
    failures.clear()


@dataclass
class _Outcome:
    source: str
    status: str  # stored | duplicate | failed
    code: str | None = None
    reason: str | None = None
    near_duplicate: bool = False
    clustered: bool = False


def store_batch(
    store: Store,
    report: IngestReport,
    batch: list[tuple[Item, str, Reading | ReadError]],
    progress: Progress | None,
    placer: Placer,
) -> None:
    """Store a batch in one transaction; when the database refuses one document, redo them one by one."""
    try:
        with store.transaction() as conn:
            outcomes, plan = _write_batch(conn, report.run_id, batch, placer)
        placer.accept(plan)
    except sa.exc.SQLAlchemyError:
        outcomes = []
        for entry in batch:
            try:
                with store.transaction() as conn:
                    one, plan = _write_batch(conn, report.run_id, [entry], placer)
                placer.accept(plan)
                outcomes.extend(one)
            except sa.exc.SQLAlchemyError as exc:
                source = entry[0].source
                reason = f"{source}: the database refused the document: {_short(exc)}"
                with store.transaction() as conn:
                    log(conn, report.run_id, source, "failed", code="store_error", reason=reason)
                outcomes.append(_Outcome(source, "failed", "store_error", reason))
    for out in outcomes:
        if out.status == "failed":
            report.failed.append((out.source, out.code or "read_error", out.reason or ""))
            continue
        report.read += 1
        if out.status == "stored":
            report.stored += 1
            report.near_duplicates += out.near_duplicate
            report.clustered += out.clustered
        else:
            report.duplicates += 1
    if progress:
        for out in outcomes:
            progress(out.source, out.status)


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def _write_batch(
    conn: sa.Connection, run_id: str, batch: list[tuple[Item, str, Reading | ReadError]], placer: Placer
) -> tuple[list[_Outcome], Plan]:
    """Write a batch's documents with their placements, and one ingest-log row per item, in bulk."""
    readings = [r for _, _, r in batch if not isinstance(r, ReadError)]
    known = stored_ids(conn, [r.document.id for r in readings])
    fresh: dict[str, tuple[Reading, str]] = {}  # the first of each cleaned text not stored yet
    for _, digest, result in batch:
        if not isinstance(result, ReadError) and result.document.id not in known:
            fresh.setdefault(result.document.id, (result, digest))
    plan = placer.plan(conn, [r for r, _ in fresh.values()])
    placed = plan.placements
    store_readings(
        conn,
        [
            NewDocument(r, digest, placed[doc_id].cluster_id, placed[doc_id].duplicate_of)
            for doc_id, (r, digest) in fresh.items()
        ],
    )
    placer.save(conn, plan)
    outcomes: list[_Outcome] = []
    logs: list[dict[str, str | None]] = []
    for item, _, result in batch:
        if isinstance(result, ReadError):
            outcomes.append(_Outcome(item.source, "failed", result.code, str(result)))
            logs.append(
                {"source": item.source, "status": "failed", "code": result.code, "reason": str(result)}
            )
            continue
        doc_id = result.document.id
        if doc_id not in fresh or fresh[doc_id][0] is not result:  # stored before, or earlier in the batch
            same = "the same cleaned text is already stored"
            outcomes.append(_Outcome(item.source, "duplicate", reason=same))
            logs.append({"source": item.source, "status": "duplicate", "document_id": doc_id, "reason": same})
            continue
        where = placed[doc_id]
        reason: str | None = None
        if where.duplicate_of:
            reason = f"near-duplicate of {where.duplicate_of} (Jaccard {where.score:.2f})"
        elif where.match:
            reason = f"same story as {where.match} (score {where.score:.2f})"
        logs.append({"source": item.source, "status": "stored", "document_id": doc_id, "reason": reason})
        outcomes.append(
            _Outcome(
                item.source,
                "stored",
                reason=reason,
                near_duplicate=where.duplicate_of is not None,
                clustered=where.duplicate_of is None and where.match is not None,
            )
        )
    log_many(conn, run_id, logs)
    return outcomes, plan
