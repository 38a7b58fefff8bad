"""Distributed ingest (Dask): a local cluster of two worker processes against PostgreSQL, one worker killed
mid-run, ends with exactly what an uninterrupted local-pool run stores."""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sphere.ingest import engine as eng
from sphere.ingest.pipeline import ingest
from sphere.store import Store
from sphere.store import schema as t
from tests.conftest import _pg_database, need
from tests.ingest.test_pipeline import counts, make_variants, placements

N_DOCS = 40


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    try:
        import distributed  # noqa: F401
    except ImportError:
        need(False, "dask distributed is not installed")
    logging.getLogger("distributed").setLevel(logging.ERROR)
    with eng.dask_client(None, 2) as c:
        yield c


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    yield from _pg_database(pg_server)


@pytest.fixture
def folder(tmp_path: Path, shared: Path) -> Path:
    dev = sorted((shared / "corpus" / "dev").glob("*.txt"))
    make_variants(tmp_path / "docs", dev, N_DOCS)
    return tmp_path / "docs"


def _staged(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(t.ingest_staging)).scalar_one())


def test_engine_run_equals_the_local_pool(
    client: Any, folder: Path, pg_url: str, tmp_path: Path, pg_server: str
) -> None:
    with Store(tmp_path / "local.db") as local:
        ref = ingest(local, [str(folder)], workers=1, batch_size=5)
        ref_counts, ref_places = counts(local), placements(local)
    with Store(pg_url) as store:
        report = eng.ingest_on_engine(store, [str(folder)], client=client, batch_size=5)
        assert (report.stored, report.duplicates, len(report.failed)) == (
            ref.stored,
            ref.duplicates,
            len(ref.failed),
        )
        assert counts(store) == ref_counts
        assert placements(store) == ref_places
        assert _staged(store) == 0
        again = eng.ingest_on_engine(store, [str(folder)], client=client, batch_size=5)
        assert again.stored == 0 and counts(store) == ref_counts  # idempotent


def test_a_worker_killed_mid_run_changes_nothing(
    client: Any, folder: Path, pg_url: str, tmp_path: Path
) -> None:
    with Store(tmp_path / "reference.db") as local:
        ingest(local, [str(folder)], workers=1, batch_size=5)
        ref_counts, ref_places = counts(local), placements(local)
    pids = list(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_one(source: str, outcome: str) -> None:
        if not killed:  # the first document is stored: the other partitions are being read
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    with Store(pg_url) as store:
        report = eng.ingest_on_engine(store, [str(folder)], client=client, batch_size=5, progress=kill_one)
        assert killed, "no worker was killed"
        assert report.stored + report.duplicates + len(report.failed) == report.seen
        assert counts(store) == ref_counts
        assert placements(store) == ref_places
        assert _staged(store) == 0
    client.wait_for_workers(2, timeout=60)  # the nanny restarts the killed worker for the next tests


def test_staged_readings_are_not_read_again(client: Any, folder: Path, pg_url: str) -> None:
    """What workers staged before the coordinator died is stored by the next run without reading it."""
    with Store(pg_url) as store:
        report, todo = eng.pipeline.plan_run(store, [str(folder)])
        url = store.engine.url.render_as_string(hide_password=False)
        assert eng.read_partition(url, report.run_id, todo[:6]) == 6
        assert eng.read_partition(url, report.run_id, todo[:6]) == 0  # a retried task writes nothing
        assert _staged(store) == 6
        resumed = eng.ingest_on_engine(store, [str(folder)], client=client, batch_size=5)
        assert resumed.stored + resumed.duplicates + len(resumed.failed) == N_DOCS
        assert _staged(store) == 0


def test_unknown_engine_is_a_clear_error(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as store, pytest.raises(ValueError, match="unknown engine"):
        eng.ingest_on_engine(store, [], engine="spark")
