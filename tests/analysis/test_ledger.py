"""The claims ledger groups figures about the same thing and flags real disagreements only."""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import pytest

from sphere.analysis.check import check
from sphere.analysis.export import ExportError, export
from sphere.analysis.ledger import LedgerEntry, claims, group_entries, normalise_unit
from sphere.ingest.pipeline import ingest
from sphere.read.types import Claim, CleanDocument, Evidence, Reading
from sphere.store import Store
from sphere.store.documents import store_reading
from sphere.store.kbload import load_kb
from tests.conftest import need

_sources = itertools.count()


def entry(
    value: float,
    unit: str,
    *,
    subject: str = "project:x",
    attribute: str = "length",
    qualifier: str | None = None,
    as_of: str | None = None,
    obj: str | None = None,
    source: str | None = None,
    scope: str | None = None,
) -> LedgerEntry:
    nv, nu = normalise_unit(value, unit)
    where = source or f"https://example.org/{next(_sources)}"  # each figure its own source unless told
    return LedgerEntry(
        "c",
        subject,
        obj,
        attribute,
        value,
        unit,
        nv,
        nu,
        as_of,
        qualifier,
        "document",
        where,
        None,
        None,
        "q",
        scope=scope,
    )


def test_units_are_converted_only_when_exact() -> None:
    assert normalise_unit(257, "mi") == pytest.approx((413.6014, "km"))
    assert normalise_unit(2400, "MW") == pytest.approx((2.4, "GW"))
    assert normalise_unit(8e9, "USD") == (8e9, "USD")  # currencies stay apart


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (entry(523, "km"), entry(523, "km"), False),
        (entry(523, "km"), entry(454, "km"), True),
        (entry(523, "km"), entry(325, "mi"), False),  # 325 mi = 523 km
        (entry(500, "km", qualifier="over"), entry(523, "km"), False),
        (entry(500, "km", qualifier="about"), entry(540, "km"), False),
        (entry(500, "km", qualifier="nearly"), entry(600, "km"), True),
        (entry(500, "km", qualifier="target"), entry(600, "km"), False),  # a target is not a reported fact
    ],
)
def test_conflicts(a: LedgerEntry, b: LedgerEntry, conflict: bool) -> None:
    groups = group_entries([a, b])
    assert len(groups) == 1
    assert groups[0].conflict is conflict


def test_one_source_with_two_figures_or_a_section_is_no_conflict() -> None:
    same = group_entries([entry(1840, "km", source="https://a"), entry(529, "km", source="https://a")])
    assert [g.conflict for g in same] == [False]
    parts = group_entries([entry(1840, "km"), entry(529, "km", scope="Kyrgyz section")])
    assert len(parts) == 2 and not any(g.conflict for g in parts)


def test_currencies_and_years_are_separate_questions() -> None:
    groups = group_entries(
        [
            entry(8e9, "USD", attribute="cost"),
            entry(5e10, "CNY", attribute="cost"),
            entry(1e9, "USD", attribute="trade_value", as_of="2023"),
            entry(2e9, "USD", attribute="trade_value", as_of="2024"),
        ]
    )
    assert len(groups) == 4 and not any(g.conflict for g in groups)


def test_rank_claims_about_the_same_object_meet() -> None:
    china = entry(1, "rank", subject="country:CHN", attribute="trade_rank", obj="country:KAZ", as_of="2024")
    eu = entry(1, "rank", subject="org:eu", attribute="trade_rank", obj="country:KAZ", as_of="2024")
    (group,) = group_entries([china, eu])
    assert group.conflict and "country:CHN" in (group.reason or "")


def _reading(doc_id: str, claim: Claim) -> Reading:
    doc = CleanDocument(id=doc_id, source=f"{doc_id}.txt", text=claim.evidence.text, language="en")
    return Reading(doc, [], [], [claim])


def _claim(
    value: float,
    text: str,
    attribute: str = "length",
    subject: str = "project:test-railway",
    obj: str | None = None,
    as_of: str | None = None,
) -> Claim:
    return Claim(
        subject,
        attribute,
        value,
        "km" if attribute == "length" else "USD",
        obj,
        as_of,
        None,
        Evidence(0, len(text), text),
    )


def test_ledger_and_check_on_the_store(store: Store) -> None:
    with store.transaction() as conn:
        store_reading(conn, _reading("a", _claim(523, "The line will be 523 km long.")))
        store_reading(conn, _reading("b", _claim(454, "The 454-kilometre railway.")))
    (group,) = claims(store, subject="project:test-railway", conflicts=True)
    assert {e.value for e in group.entries} == {523, 454}
    assert {e.document_id for e in group.entries} == {"a", "b"}
    verdicts = check(store, _reading("c", _claim(523, "It runs 523 km.")))
    assert verdicts[0].verdict == "disputed"
    assert [e["value"] for e in verdicts[0].supporting] == [523]


def test_check_trade_figures_against_indicators(store: Store) -> None:
    load_kb(store)
    # the KB holds Chinese-customs and Kazakh figures for KAZ–CHN trade in 2023; a wildly different value
    # is contradicted by them, and nothing supports it
    verdict = check(
        store,
        _reading(
            "d",
            _claim(
                1e9, "Trade reached $1 billion in 2023.", "trade_value", "country:CHN", "country:KAZ", "2023"
            ),
        ),
    )[0]
    assert verdict.verdict == "contradicted"
    assert all(e["origin"] == "indicator" for e in verdict.contradicting)


def test_export_formats(store: Store, tmp_path: object) -> None:
    with store.transaction() as conn:
        store_reading(conn, _reading("a", _claim(523, "The line will be 523 km long.")))
    buf = io.StringIO()
    assert export(store, "claims", "jsonl", buf) == 1
    assert json.loads(buf.getvalue())["value"] == 523
    buf = io.StringIO()
    export(store, "claims", "csv", buf)
    assert buf.getvalue().splitlines()[0].startswith("id,")
    with pytest.raises(ExportError):
        export(store, "claims", "plover", io.StringIO())


def test_dev_corpus_conflicts_surface_with_their_sources(store: Store, shared: Path) -> None:
    """The issue's acceptance check: after ingesting the dev corpus, the ledger lists the disagreeing railway
    lengths and costs, the pipeline capacities and the rival claims to be Kazakhstan's largest partner."""
    dev = shared / "corpus" / "dev"
    need(dev.is_dir(), "the dev corpus is missing")
    load_kb(store)
    ingest(store, [str(dev)], workers=2)
    groups = claims(store, conflicts=True)

    def values(subject: str, attribute: str) -> set[tuple[float, str]]:
        found = [g for g in groups if g.subject_id == subject and g.attribute == attribute]
        assert found and all(g.conflict and g.reason for g in found), (subject, attribute)
        return {(round(f.value, 1), f.unit) for g in found for f in g.figures}

    railway = "project:china-kyrgyzstan-uzbekistan-railway"
    assert {(454.0, "km"), (486.0, "km"), (523.0, "km")} <= values(railway, "length")
    assert {(4.7e9, "USD"), (8e9, "USD")} <= values(railway, "cost")
    assert {(25e9, "m3/yr"), (30e9, "m3/yr")} <= values(
        "project:central-asia-china-gas-pipeline-line-d", "capacity"
    )
    rank = [g for g in groups if g.attribute == "trade_rank" and g.object_id == "country:KAZ"]
    assert rank and {"country:CHN", "org:eu"} <= {f.subject_id for g in rank for f in g.figures}
    # every figure keeps where it came from: a stored document with its quote
    by_subject = claims(store, subject=railway, conflicts=True)
    assert by_subject and all(e.source and e.quote for g in by_subject for e in g.entries)
    assert any(e.origin == "document" for g in by_subject for e in g.entries)


def test_ledger_and_check_leave_out_unsure_subjects(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    sure = _claim(523, "The line will be 523 km long.")
    unsure = _claim(454, "It is said to be 454 km.")
    unsure.confidence = 0.2
    with store.transaction() as conn:
        store_reading(conn, _reading("a", sure))
        store_reading(conn, _reading("b", unsure))
    (group,) = claims(store, subject="project:test-railway")
    assert [e.value for e in group.entries] == [523]  # the guess is stored, but not filed in the ledger
    assert check(store, _reading("c", unsure)) == []
    monkeypatch.setenv("SPHERE_CLAIM_MIN_CONFIDENCE", "0")
    (group,) = claims(store, subject="project:test-railway", conflicts=True)
    assert {e.value for e in group.entries} == {523, 454}
