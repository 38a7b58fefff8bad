"""Verdicts rest on comparable evidence: events by day and place, figures by subject, scope and period."""

from __future__ import annotations

import itertools

import sqlalchemy as sa

from sphere.analysis.check import check, check_claim, check_events, compare
from sphere.analysis.ledger import LedgerEntry, normalise_unit
from sphere.analysis.standing import check_document
from sphere.read.types import Claim, CleanDocument, Event, Evidence, Reading
from sphere.store import Store
from sphere.store import schema as t
from sphere.store.documents import store_reading

SUMMIT = "Leaders of China, Russia and Kyrgyzstan met at the summit in Bishkek."
_n = itertools.count()


def _event(date: str | None, place: str | None = "place:bishkek") -> Reading:
    ev = Event(
        "CONSULT",
        "multilateral",
        ["country:CHN", "country:RUS", "country:KGZ"],
        [],
        place,
        date,
        Evidence(0, len(SUMMIT), SUMMIT),
    )
    doc = CleanDocument(id=f"ev{next(_n)}", source="a.txt", text=SUMMIT, language="en")
    return Reading(doc, [], [ev], [])


def test_an_undated_meeting_is_never_supported_by_summits_of_other_years(kb_store: Store) -> None:
    (v,) = check_events(kb_store, _event(None))
    assert v.verdict in ("consistent", "no_evidence") and not v.supporting
    assert "no date" in v.why or v.why.startswith("Unverified")


def test_a_dated_meeting_is_supported_by_the_summit_of_that_day_only(kb_store: Store) -> None:
    (v,) = check_events(kb_store, _event("2019-06-14"))
    assert v.verdict == "supported"
    assert [m["id"] for m in v.supporting] == ["event:2019-06-14-sco-summit-bishkek"]
    assert (
        "14 Jun 2019" in v.why and "Bishkek" in v.why and "http" in v.why
    )  # names the record and its source
    (other_day,) = check_events(kb_store, _event("2019-06-20"))
    assert other_day.verdict == "no_evidence" and other_day.why.startswith("Unverified")
    (other_place,) = check_events(kb_store, _event("2019-06-14", "place:astana"))
    assert other_place.verdict == "no_evidence"


def _entry(
    value: float, unit: str, as_of: str | None, qualifier: str | None = None, scope: str | None = None
) -> LedgerEntry:
    nv, nu = normalise_unit(value, unit)
    return LedgerEntry(
        "c",
        "project:x",
        None,
        "cost",
        value,
        unit,
        nv,
        nu,
        as_of,
        qualifier,
        "kb",
        "https://example.org",
        None,
        None,
        "q",
        scope=scope,
    )


def test_an_older_approximate_figure_does_not_support_a_precise_one() -> None:
    claimed = _entry(4.7e9, "USD", "2024")
    assert compare(claimed, _entry(4e9, "USD", "2019", "about")) is None  # another year: another question
    assert compare(claimed, _entry(4e9, "USD", None, "about")) != "supports"  # undated and loose
    assert compare(claimed, _entry(4.7e9, "USD", "2024")) == "supports"
    assert compare(claimed, _entry(8e9, "USD", "2024")) == "contradicts"
    assert compare(claimed, _entry(4.7e9, "USD", "2024", scope="Kyrgyz section")) is None  # a part of it


def _claim_reading(doc_id: str, value: float, as_of: str | None, qualifier: str | None = None) -> Reading:
    text = f"The railway will cost {value / 1e9:.1f} billion dollars."
    claim = Claim(
        "project:test-line", "cost", value, "USD", None, as_of, qualifier, Evidence(0, len(text), text)
    )
    return Reading(
        CleanDocument(id=doc_id, source=f"{doc_id}.txt", text=text, language="en"), [], [], [claim]
    )


def test_check_and_document_standing_on_the_store(store: Store) -> None:
    with store.transaction() as conn:
        store_reading(conn, _claim_reading("old", 4e9, "2019", "about"))
        store_reading(conn, _claim_reading("same", 4.7e9, "2024"))
        store_reading(conn, _claim_reading("other", 8e9, "2024"))
    (v,) = check(store, _claim_reading("new", 4.7e9, "2024"))
    assert v.verdict == "disputed"
    assert [e["document_id"] for e in v.supporting] == ["same"]  # not the older "about $4bn"
    assert [e["document_id"] for e in v.contradicting] == ["other"]
    assert "$4.7bn" in v.why and "$8.0bn" in v.why and "e+" not in v.why
    standing = check_document(store, "other")["claims"]
    (only,) = standing.values()
    assert only["verdict"] == "contradicted" and only["contradicting"][0]["document_id"] == "same"


def test_document_standing_counted_in_sql_equals_every_claim_read(store: Store) -> None:
    """The standing of a document's claims judged from distinct figures counted in SQL (as for a question
    with thousands of claims) gives the verdicts and counts of reading every claim, and the first records
    by claim id."""
    from tests.analysis.test_ledger_summary import fill

    fill(store, seed=3, n_claims=400, n_docs=12)
    with store.transaction() as conn:  # a read claim's note is not part of its figure (a KB note may be)
        c = t.claims.c
        conn.execute(t.claims.update().where(c.origin == "document", c.id.like("%3")).values(note="Phase 2"))
    for doc in (f"doc-{i}" for i in range(12)):
        counted = check_document(store, doc, count_in_sql_above=-1)["claims"]
        read = check_document(store, doc)["claims"]
        assert counted.keys() == read.keys()
        for cid, got in counted.items():
            row = store.query(sa.select(t.claims).where(t.claims.c.id == cid))[0]
            if row["attribute"] == "trade_rank":  # ranks are always read claim by claim
                assert got == read[cid]
                continue
            claim = Claim(
                row["subject_id"],
                row["attribute"],
                row["value"],
                row["unit"],
                row["object_id"],
                row["as_of"],
                row["qualifier"],
                Evidence(0, 0, ""),
            )
            full = check_claim(store, claim)
            for kind in ("supporting", "contradicting"):
                mine = [e for e in getattr(full, kind) if e.get("document_id") != doc]
                first = sorted(mine, key=lambda e: e["claim_id"])[:5]
                assert [e["claim_id"] for e in got[kind]] == [e["claim_id"] for e in first], (doc, cid, kind)
            want = read[cid]
            assert (got["verdict"], got["agree"], got["loosely"]) == (
                want["verdict"],
                want["agree"],
                want["loosely"],
            )
            assert ("figure" in got["why"]) == ("figure" in want["why"])


def test_a_claim_whose_subject_the_reader_was_unsure_of_is_neither_checked_nor_used(store: Store) -> None:
    unsure = _claim_reading("unsure", 9e9, "2024")
    unsure.claims[0].confidence = 0.2  # below claim_min_confidence: the reader guessed the subject
    with store.transaction() as conn:
        store_reading(conn, _claim_reading("same", 4.7e9, "2024"))
        store_reading(conn, unsure)
    (v,) = check(store, _claim_reading("new", 4.7e9, "2024"))
    assert [e["document_id"] for e in v.supporting] == ["same"] and not v.contradicting
    (unchecked,) = check_document(store, "unsure")["claims"].values()
    assert unchecked["verdict"] == "no_evidence" and "not sure" in unchecked["why"]
    assert check_document(store, "same")["claims"]  # a confident claim is checked
