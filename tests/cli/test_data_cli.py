"""`sphere data load` and `sphere data status` from the command line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from sphere.cli.main import app
from sphere.connectors import bases, datasets

runner = CliRunner()


def test_load_twice_then_refuse_a_shrinking_file(tmp_path: Path) -> None:
    db = str(tmp_path / "data.db")
    first = runner.invoke(app, ["data", "load", "--db", db, "--only", "bases"])
    assert first.exit_code == 0, first.output
    assert "+5 added" in first.output and "(package)" in first.output
    again = runner.invoke(app, ["data", "load", "--db", db, "--only", "bases"])
    assert "+0 added, 0 changed, 5 unchanged" in " ".join(again.output.split())
    folder = tmp_path / "open" / bases.DATASET.folder
    folder.mkdir(parents=True)
    raw = gzip.decompress(
        (datasets.packaged_dir() / bases.DATASET.folder / (bases.FILE + ".gz")).read_bytes()
    )
    (folder / bases.FILE).write_bytes(b"\n".join(raw.splitlines()[:3]) + b"\n")  # two of the five rows
    refused = runner.invoke(app, ["data", "load", str(folder.parent), "--db", db, "--only", "bases"])
    text = " ".join(refused.output.split())
    assert refused.exit_code == 1 and "refused" in text and "remove 3" in text
    status = runner.invoke(app, ["data", "status", "--db", db, "--json"])
    rows = {r["key"]: r for r in json.loads(status.output)}
    assert rows["bases"]["rows"] == 5 and rows["bases"]["location"] == "package"
    assert rows["wdi"]["rows"] == 0 and rows["wdi"]["licence"] == "CC BY 4.0"


def test_bad_arguments_are_clear_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "data.db")
    missing = runner.invoke(app, ["data", "load", str(tmp_path / "nope"), "--db", db])
    assert missing.exit_code == 2 and "not a folder" in " ".join(missing.output.split())
    unknown = runner.invoke(app, ["data", "load", "--db", db, "--only", "gdp"])
    assert unknown.exit_code == 2 and "unknown dataset" in " ".join(unknown.output.split())
