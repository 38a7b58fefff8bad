"""`ingest`: read many documents (files, folders, URLs, feeds) on all cores and store what they say.

Each document is stored in a transaction with everything read from it, batches commit together, and the
raw-content hash of every stored document is remembered: killed at any moment, the database holds only
whole documents, and the next run skips what is already there. One bad input is logged with its reason in
`ingest_log` and never stops the batch.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sphere import settings
from sphere.read.errors import InputTooLarge, ReadError
from sphere.read.types import Reading
from sphere.store.documents import known_hashes, log, store_reading
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
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (source, code, reason)


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


def _read_one(item: Item) -> Reading | ReadError:
    """Read one item (runs in a worker process); every failure comes back as a ReadError."""
    from sphere.read import reader

    try:
        if item.body is not None:
            return reader.read_bytes(item.body, item.source, url=item.url, content_type=item.content_type)
        assert item.path is not None
        return reader.read_bytes(item.path.read_bytes(), item.source)
    except ReadError as exc:
        return exc
    except Exception as exc:  # a reader bug must cost one document, not the batch
        return ReadError(f"internal reader error: {type(exc).__name__}: {exc}", source=item.source)


def expand(
    sources: Iterable[str],
    *,
    allow_private: bool = False,
    on_error: Callable[[str, ReadError], None] | None = None,
) -> Iterator[Item]:
    """Turn files, folders, URLs and feed URLs into items, fetching URLs (errors go to `on_error`)."""
    from sphere.ingest.feeds import items_from_url

    for src in sources:
        if src.startswith(("http://", "https://")):
            try:
                yield from items_from_url(src, allow_private=allow_private, on_error=on_error)
            except ReadError as exc:
                if on_error:
                    on_error(src, exc)
            continue
        path = Path(src)
        if path.is_dir():
            for p in sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith(".")):
                yield Item(str(p), path=p)
        else:
            yield Item(src, path=path)


def ingest(
    store: Store,
    sources: Iterable[str],
    *,
    workers: int | None = None,
    allow_private: bool = False,
    batch_size: int = 25,
    progress: Progress | None = None,
) -> IngestReport:
    """Read and store every document of `sources`; return counts and failures (see the module doc)."""
    report = IngestReport(run_id=uuid.uuid4().hex)
    pending_failures: list[tuple[str, ReadError]] = []

    def fail(source: str, exc: ReadError) -> None:
        pending_failures.append((source, exc))

    items = list(expand(sources, allow_private=allow_private, on_error=fail))
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
    n_workers = max(1, workers or int(settings.get("workers") or 0) or os.cpu_count() or 1)
    results = _read_all([it for it, _ in todo], n_workers)
    batch: list[tuple[Item, str, Reading | ReadError]] = []
    for (item, digest), result in zip(todo, results, strict=True):
        batch.append((item, digest, result))
        if len(batch) >= batch_size:
            _store_batch(store, report, batch, progress)
            batch = []
    if batch:
        _store_batch(store, report, batch, progress)
    return report


def _read_all(items: list[Item], workers: int) -> Iterator[Reading | ReadError]:
    if workers <= 1 or len(items) < 4:
        for item in items:
            yield _read_one(item)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_read_one, items, chunksize=4)


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


def _store_batch(
    store: Store,
    report: IngestReport,
    batch: list[tuple[Item, str, Reading | ReadError]],
    progress: Progress | None,
) -> None:
    outcomes: list[tuple[str, str]] = []
    with store.transaction() as conn:
        for item, digest, result in batch:
            if isinstance(result, ReadError):
                log(conn, report.run_id, item.source, "failed", code=result.code, reason=str(result))
                report.failed.append((item.source, result.code, str(result)))
                outcomes.append((item.source, "failed"))
                continue
            report.read += 1
            if store_reading(conn, result, content_hash=digest):
                log(conn, report.run_id, item.source, "stored", document_id=result.document.id)
                report.stored += 1
                outcomes.append((item.source, "stored"))
            else:
                log(
                    conn,
                    report.run_id,
                    item.source,
                    "duplicate",
                    document_id=result.document.id,
                    reason="the same cleaned text is already stored",
                )
                report.duplicates += 1
                outcomes.append((item.source, "duplicate"))
    if progress:
        for source, outcome in outcomes:
            progress(source, outcome)
