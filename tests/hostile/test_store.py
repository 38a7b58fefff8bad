"""The store under hostile input, on SQLite and PostgreSQL: NUL never reaches the database, foreign or newer
databases are refused, a reload never replaces data with less, a full disk stops with a count, and two
first runs on an empty database take turns migrating."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from sphere.ingest.pipeline import StorageFull, ingest
from sphere.read.reader import read_bytes
from sphere.store import Store
from sphere.store import schema as t
from sphere.store.db import StoreError
from sphere.store.documents import store_reading
from sphere.store.kbload import KbRefused, load_kb

ARTICLE = (
    "Kazakhstan and China signed an agreement on a new railway line on Tuesday in Astana. "
    "The line will link the two countries' networks and carry freight to Europe, officials said.\n"
)


@pytest.mark.parametrize("where", ["head", "after 4 KB", "everywhere"])
def test_nul_never_reaches_the_database(where: str, db_url: str) -> None:
    body = ARTICLE.encode() * 60
    if where == "head":
        body = body.replace(b" ", b"\x00 ", 3)
    elif where == "after 4 KB":
        body = body[:5000] + b"\x00\x00" + body[5000:]
    else:
        body = body.replace(b"e", b"e\x00")
    with Store(db_url) as store:
        try:
            reading = read_bytes(body, f"nul-{where}.txt")
        except Exception as exc:  # refused as binary is fine: never stored half
            assert getattr(exc, "code", None) in ("binary_input", "no_article")
            return
        with store.transaction() as conn:
            store_reading(conn, reading)
        text = store.query(sa.select(t.documents.c.text))[0]["text"]
        assert "\x00" not in text and "railway" in text


def test_ingest_keeps_a_document_with_nul_after_4_kb_on_both_backends(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(ARTICLE.encode() * 60 + b"\x00 tail of the text.\n")
    with Store(db_url) as store:
        report = ingest(store, [str(tmp_path / "nul.txt")], workers=1)
        assert report.stored == 1 or [c for _, c, _ in report.failed] == ["no_article"], report.failed


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "theirs.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not Sphere's"):
        Store(path)
    con = sqlite3.connect(path)
    assert {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")} == {"invoices"}
    con.close()


def test_a_foreign_postgresql_database_is_refused(db_url: str) -> None:
    if not db_url.startswith("postgres"):
        pytest.skip("the SQLite half is test_a_foreign_sqlite_database_is_refused")
    engine = sa.create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE invoices (id integer primary key)"))
    engine.dispose()
    with pytest.raises(StoreError, match="not Sphere's"):
        Store(db_url)


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_read_only_opening_never_creates(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "no" / "such" / "x.db", create=False)
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("url", ["mysql://x/y", "not a url://", "oracle://x", "x\x00y.db"])
def test_urls_sphere_cannot_use(url: str) -> None:
    with pytest.raises(StoreError):
        Store(url)


def test_a_reload_with_less_data_is_refused(tmp_path: Path) -> None:
    from sphere.kb.catalog import load_catalog

    with Store(tmp_path / "kb.db") as store:
        load_kb(store)
        before = store.stats()
        full = load_catalog()
        damaged = type(full)(**{**full.__dict__, "indicators": full.indicators[: len(full.indicators) // 3]})
        with pytest.raises(KbRefused, match="would delete"):
            load_kb(store, catalog=damaged)
        assert store.stats() == before
        load_kb(store, catalog=damaged, allow_fewer=True)  # when asked
        assert store.stats()["indicators"] < before["indicators"]


def test_a_full_disk_stops_with_a_count_and_resumes(tmp_path: Path, shared: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    english = [p for p in sorted((shared / "corpus" / "dev").glob("*.txt")) if "_ru" not in p.name]
    for i, path in enumerate(english[:12]):
        (folder / f"d{i:02}.txt").write_bytes(path.read_bytes())
    path = tmp_path / "small.db"
    Store(path).close()
    con = sqlite3.connect(path)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()

    def limit(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # type: ignore[attr-defined]

    store = Store(path)
    sa.event.listen(store.engine, "connect", limit)
    store.engine.dispose()
    with pytest.raises(StorageFull) as caught:
        ingest(store, [str(folder)], workers=1, batch_size=2)
    assert "stored in this run" in str(caught.value) and "again" in str(caught.value)
    stored = caught.value.report.stored
    store.close()
    with Store(path) as again:  # room again: the same command resumes
        report = ingest(again, [str(folder)], workers=1)
        assert report.stored + stored + len(report.failed) + report.duplicates >= 12


def test_two_first_runs_take_turns_migrating(db_url: str) -> None:
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            Store(db_url).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not errors, errors
