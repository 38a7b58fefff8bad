"""Ingest on a distributed engine (Dask distributed): workers read and stage, one coordinator places.

The reading stage (about three quarters of ingest's time) runs on the engine's workers, one task per
partition of documents. Each worker writes what it read straight into the shared database, into the
`ingest_staging` table (one row per content hash, written with "insert, skip if present"), so many workers
store at once and a task that runs twice (a worker died, the engine retried it) writes nothing new. The
coordinator then takes the partitions in their order, moves each from staging into the store with the same
batch code as the local pool (`pipeline.store_batch`: documents, mentions, events, claims, near-duplicates
and story clusters in one transaction) and deletes its staging rows.

Why one coordinator places: near-duplicates and story clusters depend on the order documents arrive in
(each is compared with the ones stored before it), so an uninterrupted run, a resumed one and a run on
another number of workers only end with the same clusters when one process places them in a fixed order.
Placing costs a few milliseconds per document against the reader's hundreds, so it is not the bottleneck.

Guarantees, as with the local pool: a document that fails is logged and skipped; rerunning adds nothing; a
run killed at any moment resumes, and what workers had already read and staged is not read again.
Files must be reachable at the same path by every worker (a shared or replicated folder); fetched URLs
travel to the workers with their bytes.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from sphere.ingest import pipeline
from sphere.ingest.placement import Placer
from sphere.read.errors import ReadError
from sphere.read.types import Reading
from sphere.store import schema as t
from sphere.store.db import make_engine
from sphere.store.documents import now
from sphere.store.store import Store

ENGINES = ("local", "dask")
PAYLOAD_VERSION = 2  # bumped when the pickled reading changes shape: older staged rows are read again

_engines: dict[str, sa.Engine] = {}


def _worker_engine(url: str) -> sa.Engine:
    """Return this worker process's engine for `url` (one pool per process, made on first use)."""
    if url not in _engines:
        _engines[url] = make_engine(url)
    return _engines[url]


def _insert_ignoring_duplicates(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(t.ingest_staging).on_conflict_do_nothing(), rows)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(t.ingest_staging).on_conflict_do_nothing(), rows)


def _staged(conn: sa.Connection, digests: list[str]) -> set[str]:
    s = t.ingest_staging
    found: set[str] = set()
    for i in range(0, len(digests), 500):
        chunk = digests[i : i + 500]
        found.update(
            conn.execute(
                sa.select(s.c.content_hash).where(s.c.content_hash.in_(chunk), s.c.version == PAYLOAD_VERSION)
            ).scalars()
        )
    return found


def read_partition(url: str, run_id: str, part: list[tuple[pipeline.Item, str]]) -> int:
    """Read a partition on a worker and stage the results in the database; return how many it read.

    Items already staged (by an earlier try of this task, or an earlier run) are not read again.
    """
    engine = _worker_engine(url)
    with engine.connect() as conn:
        done = _staged(conn, [digest for _, digest in part])
    rows = []
    for item, digest in part:
        if digest in done:
            continue
        result = pipeline.read_one(item)
        rows.append(
            {
                "content_hash": digest,
                "version": PAYLOAD_VERSION,
                "run_id": run_id,
                "source": item.source,
                "payload": pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL),
                "at": now(),
            }
        )
    with engine.begin() as conn:
        _insert_ignoring_duplicates(conn, rows)
    return len(rows)


def _take_staged(
    store: Store, part: list[tuple[pipeline.Item, str]]
) -> list[tuple[pipeline.Item, str, Reading | ReadError]]:
    """Return the partition's staged readings, in partition order (an item missing is read here)."""
    s = t.ingest_staging
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(s.c.content_hash, s.c.payload).where(
                s.c.content_hash.in_([d for _, d in part]), s.c.version == PAYLOAD_VERSION
            )
        ).all()
    payloads = {h: p for h, p in rows}
    batch: list[tuple[pipeline.Item, str, Reading | ReadError]] = []
    for item, digest in part:
        # a staged reading was written by our own workers into our own database; one missing (its task
        # failed for good, or another run stored it meanwhile) is read here
        result: Reading | ReadError = (
            pickle.loads(payloads[digest]) if digest in payloads else pipeline.read_one(item)
        )
        batch.append((item, digest, result))
    return batch


def _clear_staged(store: Store, digests: Iterable[str]) -> None:
    s = t.ingest_staging
    keys = list(digests)
    with store.transaction() as conn:
        for i in range(0, len(keys), 500):
            conn.execute(sa.delete(s).where(s.c.content_hash.in_(keys[i : i + 500])))


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """Connect to a Dask scheduler at `scheduler`, or start a local cluster of `workers` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise RuntimeError(
            "the dask engine needs Dask distributed: pip install 'sphere[scale]' (or 'distributed')"
        ) from exc

    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def ingest_on_engine(
    store: Store,
    sources: Iterable[str],
    *,
    engine: str = "dask",
    scheduler: str | None = None,
    workers: int | None = None,
    allow_private: bool = False,
    batch_size: int = 25,
    progress: pipeline.Progress | None = None,
    client: Any = None,
    allow_special: bool = False,
    on_total: Callable[[int], None] | None = None,
) -> pipeline.IngestReport:
    """Ingest `sources` with the reading stage on a distributed engine (see the module doc).

    `scheduler` is the address of a running Dask scheduler (``tcp://host:8786``); without it a local
    cluster of `workers` processes is started for the run. `client` reuses an existing Dask client.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if engine == "local":
        return pipeline.ingest(
            store,
            sources,
            workers=workers,
            allow_private=allow_private,
            allow_special=allow_special,
            batch_size=batch_size,
            progress=progress,
            on_total=on_total,
        )
    report, todo = pipeline.plan_run(store, sources, allow_private=allow_private, progress=progress)
    parts = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
    n_workers = max(1, workers or os.cpu_count() or 1)
    if client is not None:
        _run_parts(client, store, report, parts, progress)
    else:
        with dask_client(scheduler, n_workers) as own:
            _run_parts(own, store, report, parts, progress)
    return report


def _run_parts(
    client: Any,
    store: Store,
    report: pipeline.IngestReport,
    parts: list[list[tuple[pipeline.Item, str]]],
    progress: pipeline.Progress | None,
) -> None:
    if not parts:
        return
    url = store.engine.url.render_as_string(hide_password=False)
    futures = [
        client.submit(read_partition, url, report.run_id, part, pure=False, retries=3) for part in parts
    ]
    placer = Placer()
    for part, future in zip(parts, futures, strict=True):
        # when the engine gives up on a task (its workers kept dying), what was not staged is read here
        with contextlib.suppress(Exception):
            future.result()
        batch = _take_staged(store, part)
        pipeline.store_batch(store, report, batch, progress, placer)
        _clear_staged(store, [d for _, d in part])
    # a task the engine re-ran after its worker died may finish after its partition was stored: wait for
    # every task, then clear what such late runs staged
    for future in futures:
        with contextlib.suppress(Exception):
            future.result()
    _clear_staged(store, [d for part in parts for _, d in part])
