"""The ingest pipeline end to end: idempotent on both backends, resumable after kill -9, one bad file costs one."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from sphere.ingest.pipeline import ingest
from sphere.store import Store
from sphere.store import schema as t
from sphere.store.clusters import document_keys, document_signatures
from tests.conftest import need

COUNTED = ("documents", "mentions", "events", "claims", "sources", "document_signatures", "document_keys")


def counts(store: Store) -> dict[str, int]:
    """Row counts of the tables ingest writes."""
    tables = {**t.metadata.tables, "document_signatures": document_signatures, "document_keys": document_keys}
    with store.engine.connect() as conn:
        return {
            name: conn.execute(sa.select(sa.func.count()).select_from(tables[name])).scalar_one()
            for name in COUNTED
        }


def placements(store: Store) -> dict[str, tuple[str | None, str | None]]:
    """Each document's (cluster_id, duplicate_of)."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.documents.c.id, t.documents.c.cluster_id, t.documents.c.duplicate_of))
        return {r.id: (r.cluster_id, r.duplicate_of) for r in rows}


def make_variants(dest: Path, sources: list[Path], n: int) -> list[Path]:
    """Write `n` text documents, copies of `sources` each with its own added paragraph (distinct hashes)."""
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        extra = f"\n\nThe editors filed this copy as record {i:05d} of batch {i % 7} for the archive review."
        path = dest / f"{i:04d}_{src.stem}.txt"
        path.write_text(text + extra, encoding="utf-8")
        out.append(path)
    return out


@pytest.fixture(scope="module")
def dev(shared: Path) -> Path:
    path = shared / "corpus" / "dev"
    need(path.is_dir(), "the dev corpus is missing")
    return path


def test_ingest_twice_adds_nothing(store: Store, dev: Path) -> None:
    first = ingest(store, [str(dev)], workers=2)
    docs = sorted(dev.glob("*.txt"))
    assert not first.failed, first.failed
    assert first.stored + first.duplicates == len(docs)
    assert first.stored >= len(docs) - 1
    assert {Path(p).name for p in first.skipped} == {"NOTES.md", "gold.jsonl", "sources.jsonl"}
    after_first = counts(store)
    assert after_first["mentions"] > 10 * after_first["documents"]
    assert after_first["document_signatures"] == after_first["documents"]
    again = ingest(store, [str(dev)], workers=2)
    assert again.stored == 0 and again.read == 0 and again.duplicates == len(docs)
    assert counts(store) == after_first
    with store.engine.connect() as conn:
        statuses = conn.execute(
            sa.select(t.ingest_log.c.status, sa.func.count()).group_by(t.ingest_log.c.status)
        ).all()
        missing_cluster = conn.execute(
            sa.select(sa.func.count()).select_from(t.documents).where(t.documents.c.cluster_id.is_(None))
        ).scalar_one()
    assert dict(statuses)["stored"] == first.stored
    assert missing_cluster == 0


def test_one_bad_file_never_stops_the_batch(tmp_path: Path, dev: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = sorted(dev.glob("*.txt"))[:3]
    for p in good:
        shutil.copy(p, folder / p.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "notes.bin").write_bytes(b"not a document")  # skipped: not a document suffix
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [str(folder), str(tmp_path / "missing.txt")], workers=1)
        assert report.stored == 3
        codes = sorted(code for _, code, _ in report.failed)
        assert codes == ["binary_input", "empty_input", "no_such_file"]
        assert [Path(p).name for p in report.skipped] == ["notes.bin"]
        with store.engine.connect() as conn:
            logged = conn.execute(
                sa.select(t.ingest_log.c.source, t.ingest_log.c.code, t.ingest_log.c.reason).where(
                    t.ingest_log.c.status == "failed"
                )
            ).all()
        assert sorted(r.code for r in logged) == codes
        assert all(r.reason for r in logged)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from sphere.cli.main import app; app()", "ingest", *args]


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_kill_9_then_rerun_gives_the_uninterrupted_result(tmp_path: Path, dev: Path) -> None:
    folder = tmp_path / "docs"
    make_variants(folder, sorted(dev.glob("*.txt")), 200)
    env = {**os.environ, "SPHERE_WORKERS": "2"}
    reference, killed = tmp_path / "reference.db", tmp_path / "killed.db"
    first = subprocess.run(_cli(str(folder), "--db", str(reference), "--json"), env=env, capture_output=True)
    assert first.returncode in (0, 1), first.stderr  # 1: some documents failed (listed), the rest stored

    proc = subprocess.Popen(
        _cli(str(folder), "--db", str(killed), "--json"),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while _documents(killed) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its reader workers, at once
    proc.wait()
    partial = _documents(killed)
    assert 0 < partial < 200, "the kill came too late to test anything"

    with Store(killed) as store:  # the interrupted database is consistent: every document is whole
        c = counts(store)
        assert c["documents"] == partial == c["document_signatures"]
        with store.engine.connect() as conn:
            orphans = conn.execute(
                sa.text("SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)")
            ).scalar_one()
        assert orphans == 0
    done = subprocess.run(_cli(str(folder), "--db", str(killed), "--json"), env=env, capture_output=True)
    assert done.returncode in (0, 1), done.stderr
    assert b'"duplicates": ' + str(partial).encode() in done.stdout
    with Store(reference) as ref, Store(killed) as resumed:
        assert counts(resumed) == counts(ref)
        assert counts(ref)["documents"] == 200
        assert placements(resumed) == placements(ref)
