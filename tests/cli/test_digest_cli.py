"""`sphere digest` and `sphere gdelt`: thin wrappers with clear errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sphere.cli.main import app
from sphere.store import Store
from tests.analysis.test_digest import batches
from tests.connectors.gdelt_fixture import build


def test_digest_and_gdelt_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    with Store(db) as store:
        batches(store)
    runner = CliRunner()
    fx = build(tmp_path / "g", n=30)
    loaded = runner.invoke(
        app, ["gdelt", str(fx.zipped), "--mentions", str(fx.mentions), "--db", db, "--json"]
    )
    assert loaded.exit_code == 0, loaded.output
    assert json.loads(loaded.stdout)["stored"] == len(fx.expected)
    md = runner.invoke(app, ["digest", "--since", "2026-11-30", "--db", db])
    assert md.exit_code == 0, md.output
    assert "New conflicts in the ledger: 1" in md.stdout and "Machine-coded events" in md.stdout
    as_json = runner.invoke(app, ["digest", "--since", "2026-11-30", "--db", db, "--format", "json"])
    assert len(json.loads(as_json.stdout)["conflicts"]) == 1
    page = runner.invoke(app, ["digest", "--since", "2026-11-30", "--db", db, "--format", "html"])
    assert page.stdout.startswith("<!doctype html>")
    bad = runner.invoke(app, ["digest", "--since", "yesterday", "--db", db])
    assert bad.exit_code == 2 and "neither a span" in bad.output
    missing = runner.invoke(app, ["gdelt", str(tmp_path / "nope.CSV"), "--db", db])
    assert missing.exit_code == 2 and "no such file" in missing.output
