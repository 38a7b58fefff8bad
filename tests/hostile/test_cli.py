"""Ordinary mistakes on the command line: each ends in one line on standard error, a documented non-zero
exit code (docs/cli-errors.md) and no traceback; read-only commands never create a database."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sphere.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("hcli") / "cli.db")
    result = runner.invoke(app, ["kb", "load", "--db", path])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hfiles")
    (folder / "zero.json").write_text(
        json.dumps(
            {"dimensions": {k: 0 for k in ("trade", "finance")}}
            | {
                "dimensions": {
                    "trade": 0,
                    "finance": 0,
                    "infrastructure": 0,
                    "diplomacy": 0,
                    "institutions": 0,
                    "attention": 0,
                }
            }
        )
    )
    (folder / "inf.json").write_text('{"dimensions": {"trade": Infinity}}')
    (folder / "neg.json").write_text('{"dimensions": {"trade": -1}}')
    (folder / "list.json").write_text("[1, 2]")
    (folder / "bad.json").write_text("{not json")
    (folder / "foreign.db").touch()
    con = sqlite3.connect(folder / "foreign.db")
    con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
    con.execute("INSERT INTO accounts VALUES (1, 'someone else')")
    con.commit()
    con.close()
    (folder / "corrupt.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    (folder / "notadb.db").write_bytes(b"hello, I am a text file\n" * 100)
    return folder


def _check(result: object, code: int | None = None) -> str:
    exit_code = result.exit_code  # type: ignore[attr-defined]
    output = result.output  # type: ignore[attr-defined]
    assert exit_code != 0, output
    if code is not None:
        assert exit_code == code, output
    assert "Traceback" not in output
    assert not isinstance(result.exception, Exception) or isinstance(  # type: ignore[attr-defined]
        result.exception,  # type: ignore[attr-defined]
        SystemExit,
    ), result.exception  # type: ignore[attr-defined]
    lines = [ln for ln in output.splitlines() if ln.strip()]
    assert 1 <= len(lines) <= 3, output
    return output


MISSING = "/nonexistent/dir/x.db"
BAD_DB = [
    (["kb", "stats"], MISSING, 20),
    (["kb", "show", "SCO"], MISSING, 20),
    (["kb", "search", "Astana"], MISSING, 20),
    (["claims"], MISSING, 20),
    (["index", "--state", "KAZ"], MISSING, 20),
    (["export", "claims"], MISSING, 20),
    (["kb", "stats"], "mysql://user@localhost/db", 20),
    (["kb", "stats"], "not a url://", 20),
    (["kb", "stats"], "oracle://x", 20),
    (["kb", "stats"], "postgresql://nobody@127.0.0.1:1/none", 20),
    (["kb", "stats"], "sqlite:////nonexistent/dir/y.db", 20),
]


@pytest.mark.parametrize("args, url, code", BAD_DB, ids=[f"{' '.join(a)} {u}" for a, u, _ in BAD_DB])
def test_bad_database_urls(args: list[str], url: str, code: int) -> None:
    _check(runner.invoke(app, [*args, "--db", url]), code)
    assert not Path("/nonexistent").exists()


@pytest.mark.parametrize("name", ["foreign.db", "corrupt.db", "notadb.db"])
def test_databases_that_are_not_spheres(name: str, files: Path) -> None:
    size = (files / name).stat().st_size
    _check(runner.invoke(app, ["kb", "load", "--db", str(files / name)]), 20)
    assert (files / name).stat().st_size == size  # no table written into it
    if name == "foreign.db":
        con = sqlite3.connect(files / name)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        con.close()
        assert tables == {"accounts"}


def test_a_database_from_a_newer_sphere(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    assert runner.invoke(app, ["db", "upgrade", "--db", str(path)]).exit_code == 0
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    out = _check(runner.invoke(app, ["kb", "stats", "--db", str(path)]), 20)
    assert "newer" in out


INDEX = [
    ["--years", "abc"],
    ["--years", "2030-2010"],
    ["--years", "1-99999999"],
    ["--years", "2013-"],
    ["--years", "-5"],
    ["--state", "Xi Jinping"],
    ["--state", "China"],
    ["--power", "Kazakhstan"],
    ["--power", "nobody at all"],
]


@pytest.mark.parametrize("args", INDEX, ids=[" ".join(a) for a in INDEX])
def test_index_options(args: list[str], db: str) -> None:
    _check(runner.invoke(app, ["index", *args, "--db", db]), 2)


@pytest.mark.parametrize(
    "name", ["zero.json", "inf.json", "neg.json", "list.json", "bad.json", "missing.json"]
)
def test_index_weights(name: str, db: str, files: Path) -> None:
    _check(runner.invoke(app, ["index", "--weights", str(files / name), "--db", db]))


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "2"])
def test_claims_tolerance(value: str, db: str) -> None:
    _check(runner.invoke(app, ["claims", "--tolerance", value, "--db", db]), 2)


@pytest.mark.parametrize("command", ["read", "ingest"])
def test_workers_zero(command: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    _check(
        runner.invoke(
            app,
            [command, str(tmp_path / "a.txt"), "--workers", "0", "--db", str(tmp_path / "w.db")]
            if command == "ingest"
            else [command, str(tmp_path / "a.txt"), "--workers", "0"],
        ),
        2,
    )


@pytest.mark.parametrize("command", ["read", "check"])
def test_a_missing_file(command: str, db: str, tmp_path: Path) -> None:
    args = [command, str(tmp_path / "nofile.txt")] + (["--db", db] if command == "check" else [])
    out = _check(runner.invoke(app, args), 2)
    assert "nofile.txt" in out


def test_ingest_of_a_missing_file_exits_one_and_says_which(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nofile.txt"), "--db", str(tmp_path / "i.db")])
    assert result.exit_code == 1 and "nofile.txt" in result.output and "Traceback" not in result.output


def test_ingest_of_a_fifo_is_refused(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    result = runner.invoke(app, ["ingest", str(tmp_path / "pipe.txt"), "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 1 and "not_a_file" in result.output


@pytest.mark.parametrize("port", ["0", "70000", "-1"])
def test_bad_ports(port: str, db: str) -> None:
    _check(runner.invoke(app, ["serve", "--port", port, "--db", db]), 2)


@pytest.mark.parametrize(
    "env, value",
    [
        ("SPHERE_FETCH_TIMEOUT", "abc"),
        ("SPHERE_MAX_INPUT_BYTES", "lots"),
        ("SPHERE_READ_BUDGET_SECONDS", "-3"),
    ],
)
def test_bad_settings(env: str, value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(env, value)
    (tmp_path / "a.txt").write_text("Kazakhstan and China signed an agreement in Astana on Tuesday.\n" * 3)
    source = "http://127.0.0.1:1/x" if env == "SPHERE_FETCH_TIMEOUT" else str(tmp_path / "a.txt")
    out = _check(runner.invoke(app, ["read", source]), 2)
    assert env in out


def test_export_to_an_unwritable_place(db: str) -> None:
    _check(runner.invoke(app, ["export", "claims", "--out", "/nonexistent/dir/out.jsonl", "--db", db]), 22)


def test_the_token_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPHERE_TOKEN", "s3cret-token-value")
    for args in (["settings"], ["settings", "--json"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "s3cret-token-value" not in result.output


def test_no_flag_help_shows_a_bool_type() -> None:
    for args in (["ingest", "--help"], ["read", "--help"], ["kb", "load", "--help"], ["claims", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "<bool>" not in result.output


def test_kb_search_wildcards_are_letters(db: str) -> None:
    result = runner.invoke(app, ["kb", "search", "%", "--db", db, "--json"])
    assert result.exit_code == 0 and all("%" in h["name"] for h in json.loads(result.output))
    result = runner.invoke(app, ["kb", "search", "_", "--db", db, "--json"])
    assert all("_" in h["name"] for h in json.loads(result.output))


@pytest.mark.parametrize("name", ["[red]x[-].txt", "\x1b[31mred.txt", "[bold].txt"])
def test_markup_and_escapes_in_file_names(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(
        "Kazakhstan and China signed an agreement on a railway in Astana on Tuesday, officials said.\n" * 3
    )
    result = runner.invoke(app, ["read", str(path)])
    assert "Traceback" not in result.output and "\x1b[31m" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_markup_in_a_query(db: str) -> None:
    result = runner.invoke(app, ["kb", "search", "[/]", "--db", db])
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_a_real_process_prints_one_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sphere.cli", "kb", "stats", "--db", "mysql://x/y"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 20 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
