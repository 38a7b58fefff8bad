"""CGIT reader on a small workbook built here with the tracker's columns (the real rows may not be shipped)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from sphere.connectors import cgit
from tests.connectors.conftest import one

COLUMNS = [
    "Year", "Month", "Investor", "Quantity in Millions", "Share Size", "Transaction Party", "Sector",
    "Subsector", "Country", "Region", "BRI", "Greenfield",
]  # fmt: skip


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    inv = book.active
    assert inv is not None
    inv.title = "Dataset 1 Investments"
    inv.append(["China Global Investment Tracker"])  # title rows above the header, as in AEI's download
    inv.append([])
    inv.append(COLUMNS)
    inv.append(
        [2019, "May", "CITIC", 300, "", "Partner A", "Energy", "Oil", "Kazakhstan", "West Asia", 1, None]
    )
    inv.append(
        [2019, "June", "Sinopec", 150, "49%", "Partner B", "Chemicals", "", "Kazakhstan", "West Asia", 1, "G"]
    )
    inv.append([2019, "July", "Cosco", 900, "", "", "Transport", "", "Pakistan", "West Asia", 1, None])
    inv.append(["20x9", "July", "Bad", 100, "", "", "Energy", "", "Kazakhstan", "West Asia", 1, None])
    con = book.create_sheet("Dataset 2 Construction")
    con.append(COLUMNS)
    con.append(
        [2021, "March", "PowerChina", 120, "", "", "Energy", "Hydro", "Kyrgyzstan", "West Asia", 1, None]
    )
    con.append([2021, "April", "CRBC", "", "", "", "Transport", "", "Kyrgyzstan", "West Asia", 1, None])
    bad = book.create_sheet("Troubled transactions")
    bad.append(COLUMNS)
    bad.append([2021, "May", "X", 999, "", "", "Energy", "", "Kyrgyzstan", "West Asia", 1, None])
    book.save(path)
    return path


def test_sums_per_state_year_and_kind(tmp_path: Path) -> None:
    _workbook(tmp_path / "cgit.xlsx")
    out = cgit.read(tmp_path)
    inv = one(out, indicator="cgit_investment", reporter="country:KAZ", year=2019)
    assert inv.value == pytest.approx(450e6) and inv.partner == "country:CHN" and inv.unit == "USD"
    assert "Dataset 1 Investments!4" in inv.row and "Dataset 1 Investments!5" in inv.row
    con = one(out, indicator="cgit_construction", reporter="country:KGZ", year=2021)
    assert con.value == pytest.approx(120e6)  # the troubled transaction and the row without amount are out
    assert not [r for r in out if r.reporter == "country:PAK"]
    reasons = [p.reason for p in out.problems]
    assert any("bad year" in r for r in reasons) and any("no amount" in r for r in reasons)


def test_deals_keep_every_column(tmp_path: Path) -> None:
    deals = cgit.read_deals(_workbook(tmp_path / "cgit.xlsx"))
    first = deals[0]
    assert (first.investor, first.party, first.sector, first.subsector, first.iso3) == (
        "CITIC", "Partner A", "Energy", "Oil", "KAZ",
    )  # fmt: skip
    assert deals[1].share == "49%" and deals[1].greenfield == "G"
    assert {d.kind for d in deals} == {"investment", "construction"}


def test_nothing_ships_and_bad_files_are_reported(tmp_path: Path) -> None:
    assert not cgit.DATASET.redistributable
    assert cgit.read(tmp_path).problems  # no workbook
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    out = cgit.read(tmp_path)
    assert list(out) == [] and "cannot open workbook" in out.problems[0].reason
