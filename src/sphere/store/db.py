"""Engines and migrations: one call turns a URL or a file path into an up-to-date database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(RuntimeError):
    """The database cannot be opened or is in a state Sphere cannot work with."""


SCHEMES = ("sqlite", "postgresql", "postgresql+psycopg")
LOCK_ID = 7_473_010_001  # the PostgreSQL advisory lock that serialises Sphere's migrations


def normalise_url(target: str | Path, *, create: bool = True) -> str:
    """Return a SQLAlchemy URL for a file path, a `sqlite:` URL or a `postgres(ql)://` URL.

    A SQLite file's folder is created when `create` is on; otherwise a file that does not exist raises
    StoreError (read-only commands never create a database). Other schemes raise StoreError.
    """
    text = str(target)
    if "\x00" in text:
        raise StoreError("the database name contains a NUL character")
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if "://" in text or text.startswith("sqlite:"):
        scheme = text.split(":", 1)[0].lower()
        if scheme not in SCHEMES:
            raise StoreError(
                f"{text!r} is not a database Sphere can use: give a SQLite file path, sqlite:///PATH or "
                "postgresql://user@host/name"
            )
        if scheme == "sqlite" and not create and text.startswith("sqlite:///"):
            _must_exist(Path(text.removeprefix("sqlite:///")))
        return text
    if text == ":memory:":
        return "sqlite://"
    path = Path(text).expanduser()
    if create:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the database {path}: {exc.strerror}") from None
    else:
        _must_exist(path)
    return f"sqlite:///{path}"


def _must_exist(path: Path) -> None:
    if not path.is_file():
        raise StoreError(
            f"there is no database at {path}; create it first (sphere kb load --db {path}) or check --db"
        )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(target: str | Path) -> sa.Engine:
    """Create an engine for `target`; SQLite gets WAL, foreign keys and a busy timeout."""
    url = normalise_url(target)
    if url.startswith("sqlite"):
        kwargs: dict[str, Any] = {}
        if url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = sa.pool.StaticPool
            kwargs["connect_args"] = {"check_same_thread": False}
        else:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        engine = sa.create_engine(url, **kwargs)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """Return an Alembic configuration pointing at the bundled migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str | None:
    """Return the newest migration's revision id."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: sa.Engine) -> str | None:
    """Return the revision the database is at, or None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_ownership(conn: sa.Connection) -> None:
    """Raise StoreError when the database holds tables but is not Sphere's, or is newer than this Sphere."""
    tables = set(sa.inspect(conn).get_table_names())
    if not tables:
        return
    if "alembic_version" not in tables or "meta" not in tables:
        raise StoreError(
            f"{_where(conn)} holds tables that are not Sphere's ({', '.join(sorted(tables)[:5])}); Sphere "
            "writes only into its own databases. Give another --db"
        )
    current = MigrationContext.configure(conn).get_current_revision()
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            f"{_where(conn)} was made by a newer Sphere (schema revision {current}); upgrade Sphere to use it"
        )


def _where(conn: sa.Connection) -> str:
    return f"the database {conn.engine.url.render_as_string(hide_password=True)}"


_MIGRATING = threading.Lock()  # Alembic's context is global to the process: one migration at a time


@contextmanager
def _file_lock(engine: sa.Engine) -> Iterator[None]:
    """Hold an exclusive lock on a SQLite database's file (SQLite's own locks are separate) meanwhile."""
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:":
        yield
        return
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    with open(path, "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def migrate(engine: sa.Engine, revision: str = "head") -> None:
    """Upgrade the database to `revision` (default: the newest), in one transaction; two first runs on an
    empty database take turns (an advisory lock on PostgreSQL, a file lock on SQLite)."""
    try:
        with _MIGRATING, _file_lock(engine), engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:id)"), {"id": LOCK_ID})
            check_ownership(conn)
            command.upgrade(alembic_config(conn), revision)
    except sa.exc.DatabaseError as exc:
        text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise StoreError(
            f"cannot open {engine.url.render_as_string(hide_password=True)}: {text[0] if text else exc}"
        ) from None
