"""The explorer's pages and their JSON twins, its safety rules, and the Read write endpoint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sphere.store import Store
from sphere.web.app import create_app
from sphere.web.highlight import highlight

PAGES = [
    "/",
    "/?kind=railway",
    "/?power=country:CHN",
    "/state/country:KAZ",
    "/state/country:UZB",
    "/power/country:CHN",
    "/power/country:RUS",
    "/power/org:eu",
    "/entity/country:KAZ",
    "/entity/org:sco",
    "/entity/project:web-test-railway",
    "/event/event:web-test-summit",
    "/documents",
    "/documents?q=China&since=2000&until=2030",
    "/claims",
    "/claims?conflicts=true",
    "/clusters",
    "/read",
    "/index",
    "/index?year=2020&state=country:UZB",
    "/index/explain?power=country:CHN&state=country:KAZ&year=2022",
]


@pytest.fixture(scope="module")
def client(web_db: tuple[str, dict[str, str]]) -> Iterator[TestClient]:
    """A read-only explorer over the prepared store."""
    with TestClient(create_app(web_db[0]), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def writer(web_db: tuple[str, dict[str, str]]) -> Iterator[TestClient]:
    """An explorer started with the token 'secret'."""
    with TestClient(create_app(web_db[0], token="secret"), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path", PAGES)
def test_page_and_json_twin(client: TestClient, path: str) -> None:
    html = client.get(path)
    assert html.status_code == 200, html.text[:300]
    assert html.headers["content-type"].startswith("text/html")
    assert "<h1" in html.text
    api = client.get("/api" + path)
    assert api.status_code == 200
    assert api.headers["content-type"].startswith("application/json")
    assert isinstance(api.json(), dict)


def test_overview_draws_projects_with_links(client: TestClient) -> None:
    html = client.get("/").text
    assert 'href="/entity/project:web-test-railway"' in html
    assert "stroke-dasharray" in html  # the corridor is dashed
    data = client.get("/api/").json()
    assert {p["id"] for p in data["projects"]} >= {"project:web-test-plant", "project:web-test-corridor"}
    only_rail = client.get("/api/?kind=railway").json()["projects"]
    assert only_rail and all(p["project_type"] == "railway" for p in only_rail)
    assert data["headlines"] and all(h["source"] for h in data["headlines"])


def test_project_shows_disagreeing_figures(client: TestClient) -> None:
    data = client.get("/api/entity/project:web-test-railway").json()
    groups = [g for g in data["figures"] if g["attribute"] == "length"]
    assert groups and groups[0]["conflict"] and len(groups[0]["entries"]) == 2
    assert "conflict" in client.get("/entity/project:web-test-railway").text


def test_state_page_has_trade_chart_and_finance(client: TestClient) -> None:
    data = client.get("/api/state/country:KAZ").json()
    assert data["trade"] and data["finance"]
    html = client.get("/state/country:KAZ").text
    assert html.count("<svg") >= 2 and "AidData" in html


def test_document_text_is_escaped_and_annotated(
    client: TestClient, web_db: tuple[str, dict[str, str]]
) -> None:
    html = client.get(f"/document/{web_db[1]['hostile']}").text
    assert "<script>document.title" not in html and "&lt;script&gt;" in html
    assert 'onerror="window' not in html
    assert 'class="mention"' in html
    doc = client.get(f"/api/document/{web_db[1]['hostile']}").json()["document"]
    assert doc["mentions"] and "<script>" in doc["text"]


def test_highlight_marks_nested_spans_and_escapes() -> None:
    doc = {
        "text": "A <b> China signs",
        "mentions": [{"start": 6, "end": 11, "entity_id": "country:CHN", "name": "China"}],
        "events": [{"ev_start": 0, "ev_end": 17}],
        "claims": [],
    }
    out = str(highlight(doc))
    assert "&lt;b&gt;" in out and "<b>" not in out
    assert '<span class="ev"><a class="mention" href="/entity/country:CHN"' in out
    assert out.endswith('<sup class="marker ev"><a href="#ev-1">E1</a></sup>')


def test_search_filters(client: TestClient) -> None:
    all_docs = client.get("/api/documents").json()["results"]
    assert len(all_docs) >= 2
    hits = client.get("/api/documents", params={"q": "pwned"}).json()["results"]
    assert [d["title"] or d["source"] for d in hits] == ["hostile.txt"] or len(hits) == 1
    none = client.get("/api/documents", params={"q": "zzzqqqxxx"}).json()["results"]
    assert none == []
    bad = client.get("/api/documents", params={"since": "last week"})
    assert bad.status_code == 422


def test_missing_records_are_404(client: TestClient) -> None:
    for path in ("/entity/nothing:here", "/event/nope", "/document/nope", "/state/nothing", "/power/nothing"):
        assert client.get(path).status_code == 404
        r = client.get("/api" + path)
        assert r.status_code == 404 and "detail" in r.json()


def test_security_headers(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "<script>" not in r.text.replace('<script src="/static/app.js" defer></script>', "")


def test_no_stack_traces_reach_clients(web_db: tuple[str, dict[str, str]]) -> None:
    app = create_app(web_db[0])

    def boom() -> None:
        raise RuntimeError("secret internals")

    app.add_api_route("/api/boom", boom)
    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        for path in ("/boom", "/api/boom"):
            r = c.get(path)
            assert r.status_code == 500
            assert "secret internals" not in r.text and "Traceback" not in r.text


def test_read_is_refused_without_token(client: TestClient, writer: TestClient) -> None:
    assert client.post("/api/read", json={"text": "China and Kazakhstan."}).status_code == 403
    assert writer.post("/api/read", json={"text": "China and Kazakhstan."}).status_code == 401
    bad = writer.post("/api/read", json={"text": "x"}, headers={"Authorization": "Bearer wrong"})
    assert bad.status_code == 401
    form = client.post("/read", data={"text": "China", "token": "x"})
    assert form.status_code == 403 and "read-only" in form.text


def test_read_analyses_and_checks(writer: TestClient) -> None:
    r = writer.post(
        "/api/read",
        json={"text": "Kazakhstan and China signed an agreement in Astana. <script>x</script>"},
        headers={"Authorization": "Bearer secret"},
    )
    assert r.status_code == 200, r.text
    data = r.json()
    assert "country:KAZ" in data["known"] and data["reading"]["entities"]
    assert isinstance(data["verdicts"], list) and data["stored"] is False
    form = writer.post(
        "/read", data={"text": "Kazakhstan and China. <script>alert(1)</script>", "token": "secret"}
    )
    assert form.status_code == 200 and "&lt;script&gt;alert(1)" in form.text
    assert writer.post("/api/read", json={}, headers={"Authorization": "Bearer secret"}).status_code == 422


def test_request_size_limit(writer: TestClient) -> None:
    big = "x" * (3 * 1024 * 1024)
    r = writer.post(
        "/api/read",
        content=big,
        headers={"Authorization": "Bearer secret", "content-type": "application/json"},
    )
    assert r.status_code == 413


def test_openapi_lists_only_api_routes(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["paths"] and all(p.startswith("/api") for p in spec["paths"])
    assert "/api/state/{entity_id}" in spec["paths"] and "post" in spec["paths"]["/api/read"]


def test_json_routes_on_both_backends(kb_store: Store) -> None:
    app = create_app(kb_store.url)
    with TestClient(app, raise_server_exceptions=False) as c:
        for path in PAGES:
            if "web-test" in path:
                continue
            r = c.get("/api" + path)
            assert r.status_code == 200, (path, r.text[:300])
        assert c.get("/api/documents", params={"q": "China"}).status_code == 200
    app.state.ctx.store.close()


def test_pages_follow_data_changes(web_db: tuple[str, dict[str, str]]) -> None:
    app = create_app(web_db[0])
    with TestClient(app) as c:
        before = c.get("/api/").json()["totals"]["documents"]
        app.state.ctx.cache.clear()  # as after a write through the explorer
        assert c.get("/api/").json()["totals"]["documents"] == before
        assert c.get("/").text == c.get("/").text  # the cached body is the same page


def test_document_page_shows_a_contradicted_rank_claim(tmp_path: Path) -> None:
    from sphere.read.types import Claim, CleanDocument, Evidence, Reading
    from sphere.store.documents import store_reading
    from sphere.store.kbload import load_kb

    text = "Turkey was Kazakhstan's largest trading partner in 2023."
    claim = Claim(
        "country:TUR", "trade_rank", 1, "rank", "country:KAZ", "2023", None, Evidence(0, len(text), text)
    )
    with Store(tmp_path / "rank.db") as store:
        load_kb(store)
        with store.transaction() as conn:
            store_reading(
                conn,
                Reading(
                    CleanDocument(id="rank-doc", source="r.txt", text=text, language="en"), [], [], [claim]
                ),
            )
    client = TestClient(create_app(str(tmp_path / "rank.db")))
    resp = client.get("/document/rank-doc")
    assert resp.status_code == 200
    assert "contradicted by rank" in resp.text and 'class="claim conflict"' in resp.text
