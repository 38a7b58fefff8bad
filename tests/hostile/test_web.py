"""The explorer under hostile requests: exact loopback hosts, 413 for any body over the limit, 422 for NUL
in paths and parameters, and /api/read in a budgeted worker so that the explorer answers while a
pathological article is read."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from sphere.store import Store
from sphere.store.kbload import load_kb
from sphere.web import pages_docs
from sphere.web.app import LOOPBACK_HOSTS, MAX_BODY, create_app
from tests.web.conftest import serving

TOKEN = "hostile-token"
PATHOLOGICAL = 'signed,agreement,"$1.5bn",2025-01-01,Astana\n' * 5000  # 220 KB of dense triggers: seconds


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("hweb") / "web.db"
    with Store(path) as store:
        load_kb(store)
    return str(path)


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db, token=TOKEN), base_url="http://127.0.0.1") as c:
        yield c


HOSTS = {
    "testserver": 400,
    "evil.example": 400,
    "127.0.0.1.evil.example": 400,
    "localhost.evil.example": 400,
    "127.0.0.2": 400,
    "127.0.0.1": 200,
    "localhost": 200,
    "[::1]": 200,
}


@pytest.mark.parametrize("host", sorted(HOSTS))
def test_only_exact_loopback_names_are_loopback(host: str, db: str) -> None:
    app = create_app(db, allowed_hosts=LOOPBACK_HOSTS)
    with TestClient(app, base_url=f"http://{host}") as c:
        assert c.get("/api/documents").status_code == HOSTS[host]


NUL_URLS = [
    "/api/documents?q=a%00b",
    "/documents?q=%00",
    "/api/claims?subject=%00",
    "/api/entity/country%00KAZ",
    "/entity/%00",
    "/api/documents?site=x%00",
    "/api/index/explain?power=%00&state=KAZ&year=2024",
]


@pytest.mark.parametrize("url", NUL_URLS)
def test_nul_in_paths_and_parameters_is_422(url: str, client: TestClient) -> None:
    assert client.get(url).status_code == 422


def test_a_declared_body_over_the_limit_is_413(client: TestClient) -> None:
    r = client.post("/api/read", content=b"x" * (MAX_BODY + 1), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_a_streamed_json_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_BODY // 65536 + 4):
            yield b"x" * 65536

    r = client.post("/api/read", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_a_streamed_form_over_the_limit_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"text="
        for _ in range(MAX_BODY // 65536 + 4):
            yield b"a" * 65536

    r = client.post("/read", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        b'{"text": "Kazakhstan\\u0000 and China signed an agreement in Astana on Tuesday."}',
        b'{"text": "' + b"\\u0000" * 100 + b'"}',
        b'{"text": "\\ud800 Kazakhstan and China signed an agreement in Astana on Tuesday."}',
    ],
)
def test_api_read_odd_text_is_no_500(body: bytes, client: TestClient) -> None:
    headers = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    r = client.post("/api/read", content=body, headers=headers)
    assert r.status_code in (200, 422)


@pytest.fixture(scope="module")
def live(db: str) -> Iterator[str]:
    import os

    os.environ["SPHERE_READ_BUDGET_SECONDS"] = "1.5"
    pages_docs._POOL = None  # a pool with this budget
    with serving(create_app(db, token=TOKEN)) as url:
        yield url
    del os.environ["SPHERE_READ_BUDGET_SECONDS"]
    if pages_docs._POOL is not None:
        pages_docs._POOL.close()
    pages_docs._POOL = None


def test_the_explorer_answers_while_a_pathological_read_runs(live: str) -> None:
    result: dict[str, object] = {}

    def post() -> None:
        started = time.monotonic()
        r = httpx.post(
            live + "/api/read",
            json={"text": PATHOLOGICAL},
            headers={"authorization": f"Bearer {TOKEN}"},
            timeout=60,
        )
        result["status"], result["seconds"], result["body"] = (
            r.status_code,
            time.monotonic() - started,
            r.text,
        )

    thread = threading.Thread(target=post)
    thread.start()
    time.sleep(0.5)  # the read is under way
    gets = []
    for _ in range(5):
        started = time.monotonic()
        assert httpx.get(live + "/api/documents", timeout=10).status_code == 200
        gets.append(time.monotonic() - started)
        time.sleep(0.2)
    thread.join(30)
    print("GET seconds during the pathological read:", [round(g, 3) for g in gets])
    assert sorted(gets)[len(gets) // 2] < 1.0, gets  # the median: a loaded CI machine may delay one
    assert result["status"] == 422 and "budget" in str(result["body"]), result
    assert float(result["seconds"]) < 1.5 + 4  # type: ignore[arg-type]


def test_the_explorer_reads_a_normal_article_after_that(live: str) -> None:
    r = httpx.post(
        live + "/api/read",
        json={
            "text": "Kazakhstan and China signed an agreement on a railway in Astana on Tuesday, officials said."
        },
        headers={"authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    assert r.status_code == 200 and r.json()["reading"]["entities"]
