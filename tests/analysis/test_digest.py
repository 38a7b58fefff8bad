"""The digest: a second batch of documents that disagrees with the first shows up as new conflicts and moved
figures, with outlets and their ownership; GDELT events are counted apart and marked; the webhook is guarded."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sphere.analysis.digest import DigestError, digest, parse_since, post_digest, to_html, to_markdown
from sphere.ingest.coded import load_gdelt
from sphere.ingest.fetch import FetchError
from sphere.kb.outlets import outlet_for_url
from sphere.read.types import Claim, CleanDocument, Evidence, Reading
from sphere.store import Store
from sphere.store.documents import store_reading
from tests.connectors.gdelt_fixture import build
from tests.ingest.http_server import RoutedHandler, serve

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
FIRST = "2026-12-01T09:00:00+00:00"
SECOND = "2026-12-05T09:00:00+00:00"


def reading(
    doc_id: str, url: str, value: float, text: str, attribute: str = "length", unit: str = "km"
) -> Reading:
    doc = CleanDocument(id=doc_id, source=url, text=text, language="en", url=url, title=f"Report {doc_id}")
    claim = Claim(
        "project:digest-railway", attribute, value, unit, None, None, None, Evidence(0, len(text), text)
    )
    return Reading(doc, [], [], [claim])


def batches(store: Store) -> None:
    with store.transaction() as conn:  # first batch: two outlets agree
        store_reading(
            conn,
            reading("d1", "https://24.kg/english/1", 454, "The line will be 454 km long."),
            retrieved=FIRST,
        )
        store_reading(
            conn,
            reading("d2", "https://akipress.com/news/2", 455, "A 455-km line is planned."),
            retrieved=FIRST,
        )
        store_reading(
            conn,
            reading("d5", "https://akipress.com/news/5", 4.7e9, "It costs $4.7 billion.", "cost", "USD"),
            retrieved=FIRST,
        )
    with store.transaction() as conn:  # second batch: state media disagree with the first
        store_reading(
            conn,
            reading("d3", "https://kabar.kg/eng/news/3", 523, "The railway is 523 km long."),
            retrieved=SECOND,
        )
        store_reading(
            conn,
            reading("d4", "https://tass.com/economy/4", 4.75e9, "Cost: $4.75 billion.", "cost", "USD"),
            retrieved=SECOND,
        )


def test_since_accepts_spans_and_dates() -> None:
    assert parse_since("1d", NOW) == "2026-12-04T12:00:00+00:00"
    assert parse_since("12h", NOW) == "2026-12-05T00:00:00+00:00"
    assert parse_since("2026-12-01", NOW) == "2026-12-01T00:00:00+00:00"
    with pytest.raises(DigestError):
        parse_since("yesterday", NOW)


def test_registry_matches_hosts_and_subdomains() -> None:
    assert outlet_for_url("https://www.inform.kz/en/x")["ownership"] == "state"  # type: ignore[index]
    assert outlet_for_url("https://rus.azattyk.org/a/1.html")["id"] == "outlet:azattyk"  # type: ignore[index]
    assert outlet_for_url("https://example.org/x") is None
    assert outlet_for_url(None) is None


def test_second_batch_disagreeing_shows_as_new_conflicts(db_url: str) -> None:
    with Store(db_url) as store:
        batches(store)
        d = digest(store, "1d", now=NOW)
        assert d["documents"]["total"] == 2
        assert d["documents"]["from_state_media"] == 2  # Kabar and TASS
        assert {g["outlet"]["id"] for g in d["documents"]["by_outlet"]} == {"outlet:kabar", "outlet:tass"}
        (conflict,) = d["conflicts"]  # the length: 523 against 454/455; the cost stays within tolerance
        assert conflict["attribute"] == "length"
        assert [f["value"] for f in conflict["new"]] == [523]
        assert sorted(f["value"] for f in conflict["before"]) == [454, 455]
        assert conflict["new"][0]["outlet"]["ownership"] == "state"
        assert [m["attribute"] for m in d["moved"]] == ["length"]
        md = to_markdown(d)
        assert "New conflicts in the ledger: 1" in md and "Kabar" in md and "state media" in md
        page = to_html(d)
        assert "<h2>New conflicts in the ledger: 1</h2>" in page and "<script" not in page
        earlier = digest(store, "2026-11-30", now=NOW)  # both batches new: the conflict is still new
        assert len(earlier["conflicts"]) == 1 and earlier["documents"]["total"] == 5
        assert digest(store, "1h", now=NOW)["conflicts"] == []


def test_machine_coded_events_are_counted_apart_and_marked(db_url: str, tmp_path: Path) -> None:
    fx = build(tmp_path / "g", n=60)
    with Store(db_url) as store:
        load_gdelt(store, [fx.events])
        d = digest(store, "1d")
        assert d["coded_events"]["total"] == len(fx.expected)
        assert "machine-coded" in d["coded_events"]["mark"]
        assert d["events"]["total"] == 0  # never mixed with Sphere's own readings
        assert "Machine-coded events" in to_markdown(d)


def test_webhook_posts_json_and_refuses_private_addresses() -> None:
    got: list[dict[str, object]] = []
    done = threading.Event()

    class Hook(RoutedHandler):
        def do_POST(self) -> None:
            got.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send(204, b"", "text/plain")
            done.set()

    with serve(Hook) as base:
        with pytest.raises(FetchError) as refused:
            post_digest({"since": "x"}, base + "/hook")
        assert refused.value.code == "blocked_address"
        assert post_digest({"since": "x"}, base + "/hook", allow_private=True) == 204
    assert done.wait(5) and got == [{"since": "x"}]
