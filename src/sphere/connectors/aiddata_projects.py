"""AidData GCDF 3.0 as a dataset of record: yearly finance indicators and geolocated projects for the map.

`read(folder)` turns the country-year file into the `dev_finance_commitments` / `dev_finance_total` records the
knowledge-base loader used to write (same names, values and flow classes), now with the file and row they come
from. `read_projects(folder)` turns the geolocated table into `ProjectRecord`s (`project:aiddata-<id>`): title,
amount (constant 2021 US$), status, sector, commitment and completion dates, the OpenStreetMap features AidData
geolocated the project to, and a point where AidData's OSM link carries a map view (`#map=zoom/lat/lon`; the
centre of that view, approximate). A record that a curated knowledge-base project already cites
(`aiddata.org/projects/<id>` in its sources) is not made a second project: it is returned in `matched`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sphere.connectors import aiddata
from sphere.connectors.records import (
    C5,
    Dataset,
    IndicatorRecord,
    Problem,
    Rows,
    entity,
    number,
    read_csv,
    year_of,
)

COUNTRY_YEAR_FILE = "gcdf_v3_c5_country_year.csv"
GEO_FILE = "gcdf_v3_geolocated_central_asia.csv"
PROJECT_URL = "https://china.aiddata.org/projects/{id}"
DATASET = Dataset(
    key="aiddata",
    folder="aiddata",
    title="AidData Global Chinese Development Finance Dataset, Version 3.0",
    publisher="AidData, a research lab at William & Mary",
    licence="ODC-By 1.0",
    attribution=aiddata.ATTRIBUTION,
    release="GCDF 3.0 (commitments 2000–2021); geospatial release final_input.csv",
    retrieved=aiddata.RETRIEVED,
    local_files=(COUNTRY_YEAR_FILE, GEO_FILE),
)
STATUS = {"completion": "completed", "implementation": "under_construction", "pipeline": "planned"}
_MAP_VIEW = re.compile(r"#map=\d+/(-?\d+(?:\.\d+)?)/(-?\d+(?:\.\d+)?)")
_CITED = re.compile(r"aiddata\.org/projects/(\d+)")


@dataclass(frozen=True)
class ProjectRecord:
    """One AidData project as a store project: where, how much, what state, and the row it came from."""

    id: str
    record_id: str
    name: str
    iso3: str
    status: str | None
    amount: float | None
    sector: str | None
    commitment_year: int | None
    start: str | None
    end: str | None
    geometry: dict[str, Any] | None
    osm_links: tuple[str, ...]
    precision: str | None
    row: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def url(self) -> str:
        """Return the project's page on AidData's site."""
        return PROJECT_URL.format(id=self.record_id)


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Read the country-year file in `folder` into `dev_finance_*` records (recipient reporter, China partner)."""
    out: Rows[IndicatorRecord] = Rows()
    path = next(
        (folder / n for n in (COUNTRY_YEAR_FILE, COUNTRY_YEAR_FILE + ".gz") if (folder / n).is_file()), None
    )
    if path is None:
        out.problems.append(Problem(COUNTRY_YEAR_FILE, 0, f"file not found in {folder}"))
        return out
    if path.suffix == ".gz":
        import gzip
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / COUNTRY_YEAR_FILE
            plain.write_bytes(gzip.decompress(path.read_bytes()))
            found = aiddata.finance_indicators(plain)
    else:
        found = aiddata.finance_indicators(path)
    out.problems.extend(found.problems)
    for r in found:
        src = r["sources"][0]
        note = (
            f"adjusted amount {r['adjusted_value']:,.0f} US$" if r.get("adjusted_value") is not None else None
        )
        out.append(
            IndicatorRecord(
                dataset=DATASET.key,
                indicator=r["indicator"],
                reporter=r["reporter"],
                partner=r["partner"],
                year=int(r["year"]),
                value=float(r["value"]),
                unit=r["unit"],
                file=COUNTRY_YEAR_FILE,
                row=f"{r['reporter'].split(':')[1]} {r['year']} {r.get('flow_class') or 'all'} ({r['basis']})",
                field=src["field"],
                statistics_of=r["statistics_of"],
                statistics=r["statistics"],
                flow_class=r.get("flow_class"),
                note=note,
            )
        )
    return out


def cited_record_ids(sources: Iterable[str]) -> set[str]:
    """Return the AidData record ids cited in these source URLs."""
    return {m.group(1) for url in sources for m in _CITED.finditer(url or "")}


def curated_citations() -> dict[str, str]:
    """Return AidData record id -> the curated knowledge-base project that cites it."""
    from sphere.kb.catalog import load_catalog

    out: dict[str, str] = {}
    for rec in load_catalog().entities.values():
        if rec.get("kind") != "project":
            continue
        urls = [s.get("url") or "" for s in rec.get("sources") or []]
        for group in (rec.get("parties") or [], rec.get("figures") or []):
            urls += [s.get("url") or "" for item in group for s in item.get("sources") or []]
        for rid in cited_record_ids(urls):
            out.setdefault(rid, rec["id"])
    return out


def _date(text: str) -> str | None:
    return text[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text or "") else None


def _geometry(links: str) -> dict[str, Any] | None:
    found = _MAP_VIEW.search(links)
    if not found:
        return None
    lat, lon = float(found.group(1)), float(found.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"type": "Point", "coordinates": [lon, lat]}


def read_projects(folder: Path, matched: dict[str, str] | None = None) -> Rows[ProjectRecord]:
    """Read the geolocated table in `folder`; records cited by a curated project (`matched`) are left out."""
    out: Rows[ProjectRecord] = Rows()
    matched = matched or {}
    for line, row in read_csv(folder, GEO_FILE, out.problems):
        rid = row.get("AidData.Record.ID", "").removesuffix(".0")
        iso3 = row.get("Recipient.ISO-3", "")
        if not rid.isdigit() or iso3 not in C5:
            out.problems.append(Problem(GEO_FILE, line, f"bad record id {rid!r} or recipient {iso3!r}"))
            continue
        if rid in matched:
            continue
        try:
            amount = number(row.get("Amount.(Constant.USD.2021)"))
            year = year_of(row["Commitment.Year"]) if row.get("Commitment.Year") else None
        except ValueError as exc:
            out.problems.append(Problem(GEO_FILE, line, str(exc)))
            continue
        links = row.get("OSM.link", "")
        status = row.get("Status", "")
        out.append(
            ProjectRecord(
                id=f"project:aiddata-{rid}",
                record_id=rid,
                name=row.get("Title") or f"AidData project {rid}",
                iso3=iso3,
                status=next((v for k, v in STATUS.items() if status.lower().startswith(k)), None),
                amount=amount,
                sector=row.get("Sector.Name") or None,
                commitment_year=year,
                start=_date(row.get("Actual.Implementation.Start.Date.(MM/DD/YYYY)", ""))
                or _date(row.get("Commitment.Date.(MM/DD/YYYY)", "")),
                end=_date(row.get("Actual.Completion.Date.(MM/DD/YYYY)", "")),
                geometry=_geometry(links),
                osm_links=tuple(re.findall(r"https?://www\.openstreetmap\.org/[a-z]+/\d+", links)),
                precision=(row.get("Level.of.precision") or "").strip() or None,
                row=f"line {line}: AidData Record ID {rid}",
                attrs={"aiddata_status": status, "infrastructure": row.get("Infrastructure") or None},
            )
        )
    return out


def project_entity(p: ProjectRecord) -> str:
    """Return the entity id of the recipient state of a project."""
    return entity(p.iso3)
