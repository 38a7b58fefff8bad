"""Tests for the AidData GCDF 3.0 connector on the real Central Asia extracts and a generated workbook."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from sphere.connectors import aiddata

C5 = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


@pytest.fixture(scope="module")
def data_dir() -> Path:
    found = aiddata.find_aiddata_dir()
    if found is None:
        pytest.skip("AidData extracts not found beside the repository")
    return found


def _totals(records: list[aiddata.FinanceRecord]) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for rec in records:
        out[rec.iso3] += rec.amount
    return dict(out)


def test_country_year_csv_kazakhstan_largest(data_dir: Path) -> None:
    records = aiddata.read_country_year(data_dir / "gcdf_v3_c5_country_year.csv")
    assert records.problems == []
    assert {r.iso3 for r in records} == C5
    assert {r.flow_class for r in records} == {"oda", "oof", "vof"}
    assert all(2000 <= r.year <= 2021 for r in records)
    assert all(r.basis == aiddata.BASIS_RECOMMENDED for r in records)
    totals = _totals(records)
    assert max(totals, key=lambda k: totals[k]) == "KAZ"
    assert totals["KAZ"] > 50e9


def test_project_csv_reads_all_rows_and_totals_are_labelled(data_dir: Path) -> None:
    projects = aiddata.read_projects(data_dir / "gcdf_v3_geolocated_central_asia.csv")
    assert len(projects) == 337
    assert projects.problems == []
    assert all(p.recommended is None for p in projects)
    assert any(p.amount is None for p in projects)  # e.g. in-kind projects carry no amount
    shelek = [p for p in projects if p.record_id == "39539"]
    assert shelek and shelek[0].iso3 == "KAZ" and shelek[0].year == 2019

    from_projects = aiddata.country_year_totals(projects)
    assert from_projects and all(r.basis == aiddata.BASIS_ALL for r in from_projects)
    cy = aiddata.read_country_year(data_dir / "gcdf_v3_c5_country_year.csv")
    # the project table has no Recommended flag and a different coverage: its totals differ
    assert _totals(from_projects)["KAZ"] != pytest.approx(_totals(cy)["KAZ"], rel=0.01)


def test_finance_indicators_shape(data_dir: Path) -> None:
    records = aiddata.finance_indicators(data_dir / "gcdf_v3_c5_country_year.csv")
    assert records.problems == []
    kinds = {r["indicator"] for r in records}
    assert kinds == {"dev_finance_commitments", "dev_finance_total"}
    for rec in records:
        assert rec["reporter"] in {f"country:{c}" for c in C5}
        assert rec["partner"] == "country:CHN"
        assert rec["unit"] == "USD"
        assert rec["statistics"] == "AidData GCDF 3.0"
        src = rec["sources"][0]
        assert src["dataset"] == "AidData GCDF 3.0 (ODC-By 1.0)" and src["field"] and src["retrieved"]
        assert "ODC-By" in rec["attribution"]
    kaz_totals = [
        r["value"]
        for r in records
        if r["indicator"] == "dev_finance_total" and r["reporter"] == "country:KAZ"
    ]
    commitments = [
        r["value"]
        for r in records
        if r["indicator"] == "dev_finance_commitments" and r["reporter"] == "country:KAZ"
    ]
    assert sum(kaz_totals) == pytest.approx(sum(commitments))

    from_projects = aiddata.finance_indicators(data_dir / "gcdf_v3_geolocated_central_asia.csv")
    assert all(r["basis"] == aiddata.BASIS_ALL and "note" in r for r in from_projects)


HEADER = [
    "AidData Record ID",
    "Recommended For Aggregates",
    "Title",
    "Recipient",
    "Recipient ISO-3",
    "Commitment Year",
    "Status",
    "Flow Type",
    "Flow Class",
    "Sector Name",
    "Funding Agencies",
    "Amount (Constant USD 2021)",
    "Adjusted Amount (Constant USD 2021)",
]


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "GCDF_3.0"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_workbook_layout_filters_recommended(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [
            1,
            "Yes",
            "Loan A",
            "Kazakhstan",
            "KAZ",
            2015,
            "Completion",
            "Loan",
            "OOF-like",
            "ENERGY",
            "CDB",
            100.0,
            90.0,
        ],
        [
            2,
            "Yes",
            "Grant B",
            "Kazakhstan",
            "KAZ",
            2015,
            "Completion",
            "Grant",
            "ODA-like",
            "HEALTH",
            "MOFCOM",
            10.0,
            10.0,
        ],
        [
            3,
            "No",
            "Child of A",
            "Kazakhstan",
            "KAZ",
            2015,
            "Completion",
            "Loan",
            "OOF-like",
            "ENERGY",
            "CDB",
            100.0,
            90.0,
        ],
        [
            4,
            "Yes",
            "Vague C",
            "Tajikistan",
            "TJK",
            2016,
            "Pipeline",
            "Loan",
            "Vague (Official Finance)",
            "OTHER",
            "",
            5.0,
            None,
        ],
        [
            5,
            "Yes",
            "No amount",
            "Kyrgyz Republic",
            "KGZ",
            2017,
            "Completion",
            "Grant",
            "ODA-like",
            "EDUCATION",
            "",
            None,
            None,
        ],
    ]
    path = _workbook(tmp_path / "GCDF_3.0.xlsx", rows)
    projects = aiddata.read_projects(path)
    assert projects.problems == []
    assert [p.record_id for p in projects] == ["1", "2", "3", "4", "5"]
    assert (
        projects[0].flow_class == "oof"
        and projects[1].flow_class == "oda"
        and projects[3].flow_class == "vof"
    )
    assert projects[2].recommended is False
    assert projects[0].funding_agencies == "CDB" and projects[0].sector == "ENERGY"

    totals = {(r.iso3, r.year, r.flow_class): r for r in aiddata.country_year_totals(projects)}
    assert totals[("KAZ", 2015, "oof")].amount == 100.0  # the "No" child row is not counted
    assert totals[("KAZ", 2015, "oof")].adjusted == 90.0
    assert totals[("KAZ", 2015, "oda")].amount == 10.0
    assert totals[("TJK", 2016, "vof")].adjusted is None
    assert all(r.basis == aiddata.BASIS_RECOMMENDED for r in totals.values())
    assert ("KGZ", 2017, "oda") not in totals

    indicators = aiddata.finance_indicators(path)
    kaz_total = [
        r for r in indicators if r["indicator"] == "dev_finance_total" and r["reporter"] == "country:KAZ"
    ]
    assert [r["value"] for r in kaz_total] == [110.0]


def test_bad_rows_are_skipped_with_a_reason(tmp_path: Path) -> None:
    cy = tmp_path / "cy.csv"
    cy.write_text(
        "ccode,iso3,year,oof_amt,oof_adj,oda_amt,oda_adj,vof_amt,vof_adj\n"
        "705,KAZ,2010,1.5,1.5,0,0,0,0\n"
        "705,KAZ,twenty,1,1,0,0,0,0\n"
        "704,,2011,2,2,0,0,0,0\n"
        "703,KGZ,2012,-5,0,0,0,0,0\n"
        "999,K1Z,2013,1,1,0,0,0,0\n",
        encoding="utf-8",
    )
    records = aiddata.read_country_year(cy)
    assert {(r.iso3, r.year) for r in records} == {("KAZ", 2010), ("UZB", 2011)}  # ccode 704 fills the ISO-3
    reasons = {p.row: p.reason for p in records.problems}
    assert set(reasons) == {3, 5, 6}
    assert "year" in reasons[3] and "amount" in reasons[5] and "ISO-3" in reasons[6]

    rows: list[list[object]] = [
        [1, "Yes", "ok", "Kazakhstan", "KAZ", 2015, "", "", "ODA-like", "", "", 1.0, 1.0],
        [2, "Maybe", "bad flag", "Kazakhstan", "KAZ", 2015, "", "", "ODA-like", "", "", 1.0, 1.0],
        [None, "Yes", "no id", "Kazakhstan", "KAZ", 2015, "", "", "ODA-like", "", "", 1.0, 1.0],
        [1, "Yes", "duplicate id", "Kazakhstan", "KAZ", 2015, "", "", "ODA-like", "", "", 1.0, 1.0],
        [4, "Yes", "regional", "Africa, regional", None, 2015, "", "", "ODA-like", "", "", 1.0, 1.0],
    ]
    projects = aiddata.read_projects(_workbook(tmp_path / "bad.xlsx", rows))
    assert [p.record_id for p in projects] == ["1"]
    assert len(projects.problems) == 4
    assert any("duplicate" in p.reason for p in projects.problems)

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    unreadable = aiddata.read_projects(broken)
    assert list(unreadable) == [] and unreadable.problems and "workbook" in unreadable.problems[0].reason


def test_find_aiddata_dir_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPHERE_AIDDATA_DIR", str(tmp_path))
    assert aiddata.find_aiddata_dir() == tmp_path.resolve()
    monkeypatch.setenv("SPHERE_AIDDATA_DIR", str(tmp_path / "missing"))
    assert aiddata.find_aiddata_dir() is None
