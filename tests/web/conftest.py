"""One prepared SQLite store for the explorer tests: the knowledge base, a few test projects, events and
conflicting figures (marked as test data), real corpus documents read by the reader, and a hostile document.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sphere.read.reader import read_path, read_text
from sphere.store import Store
from sphere.store import schema as t
from sphere.store.documents import store_reading
from sphere.store.kbload import load_kb
from tests.conftest import SHARED

TEST_SOURCE = {
    "id": "src:web-test",
    "kind": "web",
    "url": "https://example.org/sphere-web-test",
    "title": "Sphere web test fixture",
    "retrieved": "2026-11-23",
}
SECOND_SOURCE = {**TEST_SOURCE, "id": "src:web-test-2", "url": "https://example.org/sphere-web-test-2"}
HOSTILE = (
    "Kazakhstan and China signed an agreement in Astana on 12 May 2024.\n\n"
    "<script>document.title = 'pwned'; window.__pwned = 1;</script>\n"
    '<img src="x" onerror="window.__pwned = 2">\n\n'
    "Trade between Kazakhstan and China reached $41 billion in 2023."
)
TEST_PROJECTS = [
    (
        "project:web-test-railway",
        "Test Railway (fixture)",
        "railway",
        "under_construction",
        ["country:KGZ", "country:UZB"],
        {"type": "LineString", "coordinates": [[75.0, 40.6], [73.4, 40.9], [71.7, 41.0]]},
        "country:CHN",
        "financier",
    ),
    (
        "project:web-test-plant",
        "Test Power Plant (fixture)",
        "nuclear_power_plant",
        "planned",
        ["country:KAZ"],
        {"type": "Point", "coordinates": [74.5, 46.5]},
        "country:RUS",
        "builder",
    ),
    (
        "project:web-test-corridor",
        "Test Corridor (fixture)",
        "corridor",
        "operational",
        ["country:KAZ", "country:TKM"],
        {"type": "LineString", "coordinates": [[80.0, 44.2], [68.0, 43.0], [53.0, 40.0]]},
        "org:eu",
        "partner",
    ),
]


def _ref(quote: str) -> list[dict[str, str | None]]:
    return [{"source_id": TEST_SOURCE["id"], "quote": quote}]


def add_fixture_records(store: Store) -> None:
    """Insert test projects, parties, figures that disagree and one curated event (all citing the fixture)."""
    with store.transaction() as conn:
        conn.execute(t.sources.insert(), [TEST_SOURCE, SECOND_SOURCE])
        for pid, name, ptype, status, countries, geom, power, role in TEST_PROJECTS:
            conn.execute(
                t.entities.insert(),
                [
                    {
                        "id": pid,
                        "kind": "project",
                        "name": name,
                        "origin": "kb",
                        "source_id": TEST_SOURCE["id"],
                        "sources": _ref("test"),
                    }
                ],
            )
            conn.execute(
                t.projects.insert(),
                [
                    {
                        "entity_id": pid,
                        "project_type": ptype,
                        "status": status,
                        "countries": countries,
                        "geometry": geom,
                        "start": "2024",
                    }
                ],
            )
            conn.execute(
                t.project_parties.insert(),
                [
                    {
                        "project_id": pid,
                        "party_id": power,
                        "role": role,
                        "power_id": power,
                        "source_id": TEST_SOURCE["id"],
                        "sources": _ref("test party"),
                    }
                ],
            )
        conn.execute(
            t.claims.insert(),
            [
                {
                    "id": f"web-test-claim-{i}",
                    "subject_id": "project:web-test-railway",
                    "attribute": "length",
                    "value": v,
                    "unit": "km",
                    "origin": "kb",
                    "source_id": src["id"],
                    "quote": q,
                    "sources": [{"source_id": src["id"], "quote": q}],
                }
                # two sources that disagree (one source giving two figures would not be a conflict)
                for i, (v, q, src) in enumerate(
                    [(400.0, "400 km test", TEST_SOURCE), (450.0, "450 km test", SECOND_SOURCE)]
                )
            ],
        )
        conn.execute(
            t.events.insert(),
            [
                {
                    "id": "event:web-test-summit",
                    "type": "CONSULT",
                    "mode": "visit",
                    "title": "Test summit (fixture)",
                    "date": "2024-05-01",
                    "place_id": "place:astana",
                    "origin": "kb",
                    "source_id": TEST_SOURCE["id"],
                    "sources": _ref("test summit"),
                }
            ],
        )
        conn.execute(
            t.event_participants.insert(),
            [
                {"event_id": "event:web-test-summit", "entity_id": "country:CHN", "role": "actor"},
                {"event_id": "event:web-test-summit", "entity_id": "country:KAZ", "role": "recipient"},
            ],
        )


def build_store(path: Path) -> dict[str, str]:
    """Build the prepared store at `path`; return the ids of the documents the tests open."""
    ids: dict[str, str] = {}
    with Store(path) as store:
        load_kb(store)
        add_fixture_records(store)
        with store.transaction() as conn:
            hostile = read_text(HOSTILE, "hostile.txt")
            store_reading(conn, hostile)
            ids["hostile"] = hostile.document.id
            at = hostile.document.text.index("agreement")  # link the fixture project from a document
            conn.execute(
                t.mentions.insert(),
                [
                    {
                        "document_id": hostile.document.id,
                        "start": at,
                        "end": at + len("agreement"),
                        "entity_id": "project:web-test-railway",
                        "text": "agreement",
                    }
                ],
            )
            corpus = SHARED / "corpus" / "dev"
            for f in sorted(corpus.glob("*.txt"))[:6] if corpus.is_dir() else []:
                reading = read_path(f)
                if store_reading(conn, reading):
                    ids.setdefault("corpus", reading.document.id)
    return ids


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    """The prepared store (path) and the ids of its notable documents, built once per session."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    return str(path), build_store(path)


def free_port() -> int:
    """Return a free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a loopback port in a thread; yield its base URL, stop it after."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def live_server(web_db: tuple[str, dict[str, str]]) -> Iterator[str]:
    """Run the explorer (with the token 'test-token') on a loopback port; yield its base URL."""
    from sphere.web.app import create_app

    with serving(create_app(web_db[0], token="test-token")) as url:
        yield url
