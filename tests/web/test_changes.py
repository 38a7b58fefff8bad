"""/changes and its JSON twin: new conflicts with outlets' ownership, machine-coded events marked; document
pages say when a document comes from state media."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from sphere.ingest.coded import load_gdelt
from sphere.store import Store
from sphere.web.app import create_app
from tests.analysis.test_digest import batches
from tests.connectors.gdelt_fixture import build


def test_changes_page_and_json_twin(tmp_path: Path) -> None:
    db = str(tmp_path / "changes.db")
    fx = build(tmp_path / "g", n=40)
    with Store(db) as store:
        batches(store)
        load_gdelt(store, [fx.events], [fx.mentions])
    client = TestClient(create_app(db, page_cache=False))
    data = client.get("/api/changes", params={"since": "2026-11-30"}).json()
    assert data["documents"]["total"] == 5
    assert len(data["conflicts"]) == 1
    assert data["coded_events"]["total"] == len(fx.expected)
    assert all(e["machine_coded"] and "machine-coded" in e["mark"] for e in data["coded_events"]["latest"])
    page = client.get("/changes", params={"since": "2026-11-30"})
    assert page.status_code == 200
    text = page.text
    assert "New conflicts in the ledger: 1" in text
    assert "machine-coded (GDELT), not read by Sphere" in text
    assert "Kabar" in text and 'class="tag state"' in text
    assert client.get("/changes", params={"since": "<script>"}).status_code == 422
    doc = client.get("/document/d3")
    assert doc.status_code == 200 and "Kabar" in doc.text and "state media" in doc.text
    assert client.get("/api/document/d3").json()["outlet"]["ownership"] == "state"


def test_ledger_says_which_figures_come_from_state_media(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    with Store(db) as store:
        batches(store)
    client = TestClient(create_app(db, page_cache=False))
    params = {"subject": "project:digest-railway", "attribute": "length"}
    groups = client.get("/api/claims", params=params).json()["groups"]
    owners = {e["value"]: (e["outlet"] or {}).get("ownership") for g in groups for e in g["entries"]}
    assert owners == {454: "independent", 455: "private", 523: "state"}
    page = client.get("/claims", params=params).text
    assert "Kabar · state" in page
