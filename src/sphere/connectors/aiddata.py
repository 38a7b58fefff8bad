"""Read AidData's Global Chinese Development Finance dataset 3.0 (GCDF 3.0) into typed records.

Three layouts are accepted: the country-year CSV (`ccode, iso3, year, oof_amt, oof_adj, ...`), the geolocated
project CSV (column names with dots in place of spaces, no "Recommended For Aggregates" flag) and the full GCDF 3.0
Excel workbook (sheet `GCDF_3.0`, read with openpyxl). Bad rows never stop a read: each is skipped and reported as
a `Problem` on the returned `Rows.problems`. `finance_indicators` turns any of the layouts into indicator records in
the shape of `indicators.jsonl`, with a dataset source and the ODC-By attribution AidData asks for.
"""

from __future__ import annotations

import csv
import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sphere.connectors.records import Problem, Rows

DATASET = "AidData GCDF 3.0 (ODC-By 1.0)"
STATISTICS = "AidData GCDF 3.0"
ATTRIBUTION = (
    "AidData, a research lab at William & Mary: Global Chinese Development Finance Dataset, Version 3.0 "
    "(ODC-By 1.0)"
)
RETRIEVED = "2026-11-23"
SHEET = "GCDF_3.0"
FLOW_CLASSES = ("oda", "oof", "vof")
UNSPECIFIED = "unspecified"
BASIS_RECOMMENDED = "recommended_for_aggregates"
BASIS_ALL = "all_records"
COW_TO_ISO3 = {"701": "TKM", "702": "TJK", "703": "KGZ", "704": "UZB", "705": "KAZ"}


@dataclass(frozen=True)
class FinanceRecord:
    """Commitments to one recipient in one year and flow class, in constant 2021 USD."""

    iso3: str
    year: int
    flow_class: str
    amount: float
    adjusted: float | None
    basis: str
    field: str = ""
    projects: int | None = None


@dataclass(frozen=True)
class AidProject:
    """One GCDF 3.0 project record; `recommended` is None when the layout lacks the flag."""

    record_id: str
    iso3: str
    year: int
    amount: float | None
    adjusted: float | None = None
    flow_class: str | None = None
    recommended: bool | None = None
    title: str | None = None
    recipient: str | None = None
    status: str | None = None
    sector: str | None = None
    flow_type: str | None = None
    funding_agencies: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)


def _key(name: str) -> str:
    """Normalise a column name so that dotted, spaced and cased variants match."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


_COLUMNS = {
    "record_id": ("aiddatarecordid", "recordid", "projectid"),
    "iso3": ("recipientiso3", "iso3"),
    "recipient": ("recipient", "recipientname"),
    "year": ("commitmentyear", "year"),
    "amount": ("amountconstantusd2021", "amountconstantusd"),
    "adjusted": ("adjustedamountconstantusd2021", "adjustedamountconstantusd"),
    "flow_class": ("flowclass",),
    "recommended": ("recommendedforaggregates",),
    "title": ("title",),
    "status": ("status",),
    "sector": ("sectorname",),
    "flow_type": ("flowtype",),
    "funding_agencies": ("fundingagencies",),
}


def _text(value: Any) -> str | None:
    """Return a stripped string, or None for empty cells."""
    if value is None:
        return None
    out = str(value).strip()
    return out or None


def _number(value: Any) -> float | None:
    """Parse an amount; empty is None, anything unparseable or negative raises ValueError."""
    text = _text(value)
    if text is None or text.upper() in {"NA", "N/A", "NAN"}:
        return None
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        raise ValueError(f"bad amount {text!r}") from None
    if math.isnan(number) or math.isinf(number) or number < 0:
        raise ValueError(f"bad amount {text!r}")
    return number


def _year(value: Any) -> int:
    """Parse a year written as `2019` or `2019.0`; raise ValueError when it is not a plausible year."""
    text = _text(value)
    if text is None:
        raise ValueError("missing year")
    try:
        year_f = float(text)
    except ValueError:
        raise ValueError(f"bad year {text!r}") from None
    if not year_f.is_integer() or not 1949 <= year_f <= 2100:
        raise ValueError(f"bad year {text!r}")
    return int(year_f)


def _iso3(value: Any) -> str:
    """Check a recipient ISO 3166-1 alpha-3 code."""
    text = _text(value)
    if text is None or not re.fullmatch(r"[A-Za-z]{3}", text):
        raise ValueError(f"bad recipient ISO-3 {text!r}")
    return text.upper()


def flow_class_of(value: str | None) -> str | None:
    """Map GCDF "Flow Class" labels (ODA-like, OOF-like, Vague (Official Finance)) to oda, oof or vof."""
    if value is None:
        return None
    low = value.strip().lower()
    for prefix, code in (("oda", "oda"), ("oof", "oof"), ("vague", "vof"), ("vof", "vof")):
        if low.startswith(prefix):
            return code
    return None


def _flag(value: Any) -> bool | None:
    """Read a Yes/No cell."""
    text = _text(value)
    if text is None:
        return None
    low = text.lower()
    if low in {"yes", "y", "true", "1"}:
        return True
    if low in {"no", "n", "false", "0"}:
        return False
    raise ValueError(f"bad Recommended For Aggregates value {text!r}")


def _read_csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) from a CSV file with a header, tolerating a UTF-8 BOM."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            yield reader.line_num, {str(k): (v or "") for k, v in row.items() if k is not None}


def read_country_year(path: str | Path) -> Rows[FinanceRecord]:
    """Read the country-year CSV (oof/oda/vof `_amt` and `_adj` columns) into one record per flow class."""
    path = Path(path)
    out: Rows[FinanceRecord] = Rows()
    for line, row in _read_csv_rows(path):
        try:
            iso3 = _text(row.get("iso3")) or COW_TO_ISO3.get(_text(row.get("ccode")) or "", "")
            iso3 = _iso3(iso3)
            year = _year(row.get("year"))
            parsed = [
                (fc, _number(row.get(f"{fc}_amt")), _number(row.get(f"{fc}_adj"))) for fc in FLOW_CLASSES
            ]
        except ValueError as exc:
            out.problems.append(Problem(path.name, line, str(exc)))
            continue
        for fc, amount, adjusted in parsed:
            if amount is None:
                continue
            out.append(FinanceRecord(iso3, year, fc, amount, adjusted, BASIS_RECOMMENDED, f"{fc}_amt"))
    return out


def _project_from(
    row: Mapping[str, Any], where: str, line: int, problems: list[Problem]
) -> AidProject | None:
    """Build an AidProject from a row keyed by normalised column names, or record a problem and return None."""

    def get(name: str) -> Any:
        for key in _COLUMNS[name]:
            if key in row:
                return row[key]
        return None

    try:
        record_id = _text(get("record_id"))
        if record_id is None:
            raise ValueError("missing AidData Record ID")
        if record_id.endswith(".0"):
            record_id = record_id[:-2]
        project = AidProject(
            record_id=record_id,
            iso3=_iso3(get("iso3")),
            year=_year(get("year")),
            amount=_number(get("amount")),
            adjusted=_number(get("adjusted")),
            flow_class=flow_class_of(_text(get("flow_class"))),
            recommended=_flag(get("recommended")),
            title=_text(get("title")),
            recipient=_text(get("recipient")),
            status=_text(get("status")),
            sector=_text(get("sector")),
            flow_type=_text(get("flow_type")),
            funding_agencies=_text(get("funding_agencies")),
        )
    except ValueError as exc:
        problems.append(Problem(where, line, str(exc)))
        return None
    return project


def _read_xlsx_rows(path: Path, problems: list[Problem]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (row number, row keyed by normalised header) from the GCDF_3.0 sheet of a workbook."""
    try:
        import openpyxl  # optional dependency: only the workbook layout needs it
    except ImportError:
        problems.append(Problem(path.name, 0, "openpyxl is not installed: cannot read an Excel workbook"))
        return
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a corrupt or foreign file is reported, never raised
        problems.append(Problem(path.name, 0, f"cannot open workbook: {exc}"))
        return
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        header: list[str] | None = None
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            if header is None:
                header = [_key(str(v)) if v is not None else "" for v in values]
                continue
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            yield number, {h: v for h, v in zip(header, values, strict=False) if h}
    finally:
        book.close()


def read_projects(path: str | Path) -> Rows[AidProject]:
    """Read project records from the geolocated CSV or the GCDF 3.0 workbook (chosen by file suffix)."""
    path = Path(path)
    out: Rows[AidProject] = Rows()
    rows: Iterable[tuple[int, Mapping[str, Any]]]
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        rows = _read_xlsx_rows(path, out.problems)
    else:
        rows = (((n, {_key(k): v for k, v in r.items()})) for n, r in _read_csv_rows(path))
    seen: set[str] = set()
    for line, row in rows:
        project = _project_from(row, path.name, line, out.problems)
        if project is None:
            continue
        if project.record_id in seen:
            out.problems.append(Problem(path.name, line, f"duplicate AidData Record ID {project.record_id}"))
            continue
        seen.add(project.record_id)
        out.append(project)
    return out


def country_year_totals(projects: Iterable[AidProject]) -> list[FinanceRecord]:
    """Sum project amounts by recipient, year and flow class.

    When any project carries the "Recommended For Aggregates" flag, only flagged-Yes projects count and the
    records are labelled `recommended_for_aggregates`; otherwise every project counts and the records are
    labelled `all_records` (linked and child records may then be counted twice). Projects without an amount are
    left out; a missing flow class is grouped as `unspecified`.
    """
    items = list(projects)
    flagged = any(p.recommended is not None for p in items)
    basis = BASIS_RECOMMENDED if flagged else BASIS_ALL
    sums: dict[tuple[str, int, str], list[float]] = {}
    adjusted: dict[tuple[str, int, str], float] = {}
    for p in items:
        if (flagged and p.recommended is not True) or p.amount is None:
            continue
        key = (p.iso3, p.year, p.flow_class or UNSPECIFIED)
        sums.setdefault(key, []).append(p.amount)
        if p.adjusted is not None:
            adjusted[key] = adjusted.get(key, 0.0) + p.adjusted
    return [
        FinanceRecord(
            iso3,
            year,
            fc,
            math.fsum(values),
            adjusted.get((iso3, year, fc)),
            basis,
            "Amount (Constant USD 2021)",
            len(values),
        )
        for (iso3, year, fc), values in sorted(sums.items())
    ]


def _is_country_year(path: Path) -> bool:
    """Tell whether a CSV has the country-year layout (an `oof_amt` column)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh), [])
    return "oof_amt" in {h.strip() for h in header}


def _indicator(rec: FinanceRecord, indicator: str, field_name: str, file_name: str) -> dict[str, Any]:
    """Build one indicator record in the indicators.jsonl shape from a finance record."""
    out: dict[str, Any] = {
        "indicator": indicator,
        "reporter": f"country:{rec.iso3}",
        "partner": "country:CHN",
        "year": rec.year,
        "value": rec.amount,
        "unit": "USD",
        "price_basis": "constant 2021 USD",
        "statistics_of": "org:aiddata",
        "statistics": STATISTICS,
        "basis": rec.basis,
        "sources": [{"dataset": DATASET, "field": field_name, "file": file_name, "retrieved": RETRIEVED}],
        "attribution": ATTRIBUTION,
    }
    if indicator == "dev_finance_commitments":
        out["flow_class"] = rec.flow_class
    if rec.adjusted is not None:
        out["adjusted_value"] = rec.adjusted
    if rec.basis == BASIS_ALL:
        out["note"] = (
            "all project records, no Recommended For Aggregates filter: linked records may double-count"
        )
    return out


def finance_indicators(path: str | Path) -> Rows[dict[str, Any]]:
    """Turn a GCDF 3.0 file of any accepted layout into indicator records, with the read problems attached.

    Emits `dev_finance_commitments` per flow class (oda, oof, vof; `unspecified` where the layout has no flow
    class) and `dev_finance_total` per recipient and year, recipient as reporter and China as partner.
    """
    path = Path(path)
    country_year = path.suffix.lower() == ".csv" and _is_country_year(path)
    records: list[FinanceRecord]
    if country_year:
        read_cy = read_country_year(path)
        records, problems = list(read_cy), read_cy.problems
    else:
        projects = read_projects(path)
        records, problems = country_year_totals(projects), projects.problems
    out: Rows[dict[str, Any]] = Rows(problems=problems)
    totals: dict[tuple[str, int, str], tuple[float, float | None]] = {}
    for rec in records:
        out.append(_indicator(rec, "dev_finance_commitments", rec.field, path.name))
        key = (rec.iso3, rec.year, rec.basis)
        amount, adj = totals.get(key, (0.0, None))
        new_adj = adj if rec.adjusted is None else (adj or 0.0) + rec.adjusted
        totals[key] = (amount + rec.amount, new_adj)
    total_field = "oda_amt + oof_amt + vof_amt" if country_year else "Amount (Constant USD 2021)"
    for (iso3, year, basis), (amount, adj) in sorted(totals.items()):
        total = FinanceRecord(iso3, year, "all", amount, adj, basis, total_field)
        out.append(_indicator(total, "dev_finance_total", total_field, path.name))
    return out


def find_aiddata_dir() -> Path | None:
    """Locate the AidData extracts: `SPHERE_AIDDATA_DIR`, else `../shared/data/aiddata` beside the repo or cwd."""
    env = os.environ.get("SPHERE_AIDDATA_DIR")
    if env:
        candidate = Path(env).expanduser()
        return candidate.resolve() if candidate.is_dir() else None
    repo = Path(__file__).resolve().parents[3]
    for base in (Path.cwd(), repo):
        candidate = (base / ".." / "shared" / "data" / "aiddata").resolve()
        if candidate.is_dir():
            return candidate
    return None
