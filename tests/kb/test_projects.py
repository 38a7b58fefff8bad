"""Checks on the bundled project records (`src/sphere/kb/data/projects.jsonl`).

The file is reference data: every project needs a GeoJSON location in [lon, lat] order, parties and figures that
each carry their own sources, allowed statuses and types, and valid ISO dates. Where sources disagree on a figure
(the CKU railway's length, for instance) every figure is kept as its own entry, and these tests make sure of that.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

import pytest

from sphere.kb.catalog import data_dir, read_jsonl

Record = dict[str, Any]

PROJECT_TYPES = {
    "railway",
    "highway",
    "dry_port",
    "logistics_hub",
    "pipeline",
    "power_plant",
    "nuclear_power_plant",
    "hydropower",
    "solar",
    "wind",
    "mine",
    "refinery",
    "industrial_zone",
    "corridor",
    "other",
}
STATUSES = {"proposed", "planned", "under_construction", "operational", "suspended", "cancelled"}
ROLES = {"financier", "builder", "operator", "owner", "investor", "partner", "supplier"}
ALIAS_TYPES = {"name", "short", "abbrev", "demonym", "former", "title", "native", "misspelling"}
LINEAR_TYPES = {"railway", "highway", "pipeline", "corridor"}
QUALIFIERS = {None, "over", "about", "nearly", "target", "up to"}
C5 = {"country:KAZ", "country:KGZ", "country:TJK", "country:TKM", "country:UZB"}

ID_RE = re.compile(r"^project:[a-z0-9]+(?:-[a-z0-9]+)*$")
ENTITY_RE = re.compile(r"^(?:country:[A-Z]{3}|(?:company|org|person|place):[a-z0-9]+(?:-[a-z0-9]+)*)$")
DATE_RE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")

# Core Central Asia box (lon, lat) and a wider box admitting Caucasus/Europe, Afghan/Pakistani and Chinese endpoints.
CORE_BOX = (45.0, 90.0, 30.0, 56.0)
WIDE_BOX = (20.0, 125.0, 24.0, 60.0)

REQUIRED_IDS = {
    "project:china-kyrgyzstan-uzbekistan-railway",
    "project:khorgos-gateway",
    "project:khorgos-international-border-cooperation-center",
    "project:central-asia-china-gas-pipeline",
    "project:central-asia-china-gas-pipeline-line-a",
    "project:central-asia-china-gas-pipeline-line-b",
    "project:central-asia-china-gas-pipeline-line-c",
    "project:central-asia-china-gas-pipeline-line-d",
    "project:kazakhstan-china-oil-pipeline",
    "project:beineu-bozoi-shymkent-gas-pipeline",
    "project:western-europe-western-china-highway",
    "project:dushanbe-chanak-highway",
    "project:dushanbe-kulma-highway",
    "project:kyrgyzstan-north-south-road",
    "project:kazakhstan-nuclear-power-plant-balkhash",
    "project:kazakhstan-nuclear-power-plant-2",
    "project:uzbekistan-nuclear-power-plant-jizzakh",
    "project:rogun-dam",
    "project:kambarata-1-hpp",
    "project:dushanbe-2-chp",
    "project:bishkek-chp-modernisation",
    "project:galkynysh-gas-field",
    "project:kashagan",
    "project:tengiz-future-growth-project",
    "project:karachaganak",
    "project:aktogay-copper-expansion",
    "project:talco-gold",
    "project:zarafshon-gold-zijin",
    "project:trans-afghan-railway",
    "project:middle-corridor",
    "project:aktau-port",
    "project:kuryk-port",
    "project:baku-tbilisi-kars-railway",
    "project:tapi-gas-pipeline",
    "project:casa-1000",
    "project:kazakhstan-turkmenistan-iran-railway",
    "project:dostyk-moyinty-second-track",
    "project:bakhty-ayagoz-railway",
    "project:bakad-almaty-ring-road",
    "project:lianyungang-china-kazakhstan-logistics-base",
    "project:angren-pap-railway",
    "project:uzbekistan-kyrgyzstan-china-road",
    "project:shelek-wind-farm",
    "project:zhanatas-wind-farm",
}


@lru_cache(maxsize=1)
def _projects() -> tuple[Record, ...]:
    """Return the project records as read from the bundled data file."""
    return tuple(read_jsonl(data_dir() / "projects.jsonl"))


def _by_id() -> dict[str, Record]:
    """Return the project records keyed by id."""
    return {r["id"]: r for r in _projects()}


def _source_problems(src: Any) -> list[str]:
    """Return what is wrong with one source object (empty when it is valid)."""
    if not isinstance(src, dict):
        return ["source is not an object"]
    problems = []
    if src.get("retrieved") is None or not DATE_RE.match(str(src.get("retrieved"))):
        problems.append("retrieved missing or not a date")
    if "dataset" in src:
        if not src.get("field"):
            problems.append("dataset source without field")
        return problems
    url, quote = src.get("url"), src.get("quote")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        problems.append(f"bad url {url!r}")
    if not isinstance(quote, str) or not quote.strip():
        problems.append("missing quote")
    elif len(quote.split()) > 30:
        problems.append(f"quote longer than 30 words: {quote[:40]!r}")
    return problems


def _sources_ok(sources: Any) -> list[str]:
    """Return problems with a list of sources: it must be non-empty and every entry valid."""
    if not isinstance(sources, list) or not sources:
        return ["no sources"]
    out: list[str] = []
    for s in sources:
        out.extend(_source_problems(s))
    return out


def _positions(geom: Record) -> list[list[float]]:
    """Return the [lon, lat] positions of a Point or LineString geometry."""
    if geom["type"] == "Point":
        return [geom["coordinates"]]
    return list(geom["coordinates"])


def _in_box(pos: list[float], box: tuple[float, float, float, float]) -> bool:
    """Tell whether a [lon, lat] position lies inside a (lon_min, lon_max, lat_min, lat_max) box."""
    lon, lat = pos
    return box[0] <= lon <= box[1] and box[2] <= lat <= box[3]


def _whole(fig: Record) -> bool:
    """Tell whether an unqualified figure is about the whole project rather than one section of it."""
    return fig.get("qualifier") is None and "section" not in (fig.get("note") or "")


def test_file_has_enough_projects_and_required_ones() -> None:
    projects = _projects()
    assert len(projects) >= 45
    missing = REQUIRED_IDS - {r["id"] for r in projects}
    assert not missing, f"missing projects: {sorted(missing)}"


def test_ids_unique_sorted_and_well_formed() -> None:
    ids = [str(r.get("id")) for r in _projects()]
    assert len(ids) == len(set(ids)), "duplicate project ids"
    assert ids == sorted(ids), "projects.jsonl must be sorted by id"
    bad = [i for i in ids if not ID_RE.match(i)]
    assert not bad, bad


def test_kind_type_status_and_countries() -> None:
    errors = []
    for r in _projects():
        if r.get("kind") != "project":
            errors.append(f"{r['id']}: kind {r.get('kind')!r}")
        if r.get("project_type") not in PROJECT_TYPES:
            errors.append(f"{r['id']}: project_type {r.get('project_type')!r}")
        if r.get("status") not in STATUSES:
            errors.append(f"{r['id']}: status {r.get('status')!r}")
        countries = r.get("countries")
        if not countries or not all(
            isinstance(c, str) and re.match(r"^country:[A-Z]{3}$", c) for c in countries
        ):
            errors.append(f"{r['id']}: countries {countries!r}")
        if not isinstance(r.get("name"), str) or not r["name"].strip():
            errors.append(f"{r['id']}: empty name")
        if not isinstance(r.get("description"), str) or len(r["description"]) < 40:
            errors.append(f"{r['id']}: description missing or too short")
    assert not errors, errors


def test_nearly_all_projects_touch_central_asia() -> None:
    outside = [r["id"] for r in _projects() if not C5 & set(r["countries"])]
    # Projects outside the C5 (e.g. a Chinese terminal or a Caucasus railway) are few and must be tied to C5 trade.
    assert len(outside) <= 3, outside


def test_dates_are_iso_and_ordered() -> None:
    errors = []
    for r in _projects():
        start, end = r.get("start"), r.get("end")
        for key, value in (("start", start), ("end", end)):
            if value is not None and (not isinstance(value, str) or not DATE_RE.match(value)):
                errors.append(f"{r['id']}: {key} {value!r}")
        if isinstance(start, str) and isinstance(end, str) and DATE_RE.match(start) and DATE_RE.match(end):
            n = min(len(start), len(end))
            if end[:n] < start[:n]:
                errors.append(f"{r['id']}: end {end} before start {start}")
    assert not errors, errors


def test_geometry_is_valid_geojson_in_lon_lat_order() -> None:
    errors = []
    for r in _projects():
        geom = r.get("geometry")
        rid = r["id"]
        if geom is None:
            if r["status"] not in {"proposed", "planned"}:
                errors.append(f"{rid}: only proposed/planned projects may lack a location")
            continue
        if not isinstance(geom, dict) or geom.get("type") not in {"Point", "LineString"}:
            errors.append(f"{rid}: geometry must be a GeoJSON Point or LineString")
            continue
        coords = geom.get("coordinates")
        positions = [coords] if geom["type"] == "Point" else coords
        if not isinstance(positions, list) or (geom["type"] == "LineString" and len(positions) < 2):
            errors.append(f"{rid}: LineString needs at least two positions")
            continue
        for pos in positions:
            if not (isinstance(pos, list) and len(pos) == 2 and all(isinstance(v, int | float) for v in pos)):
                errors.append(f"{rid}: bad position {pos!r}")
            elif not _in_box(pos, WIDE_BOX):
                errors.append(f"{rid}: position {pos} outside the region (lat/lon swapped?)")
        if geom["type"] == "LineString" and len({tuple(p) for p in positions if isinstance(p, list)}) < 2:
            errors.append(f"{rid}: LineString endpoints coincide")
        if r["project_type"] in LINEAR_TYPES and geom["type"] != "LineString":
            errors.append(f"{rid}: a {r['project_type']} must be a LineString")
        if C5 & set(r["countries"]) and not any(_in_box(p, CORE_BOX) for p in _positions(geom)):
            errors.append(f"{rid}: a Central Asian project needs a position inside 45–90 E, 30–56 N")
    assert not errors, errors


def test_every_record_party_and_figure_has_sources() -> None:
    errors: list[str] = []
    for r in _projects():
        rid = r["id"]
        errors.extend(f"{rid}: {p}" for p in _sources_ok(r.get("sources")))
        for party in r.get("parties", []):
            if not isinstance(party.get("entity"), str) or not ENTITY_RE.match(party["entity"]):
                errors.append(f"{rid}: party entity {party.get('entity')!r}")
            if party.get("role") not in ROLES:
                errors.append(f"{rid}: party role {party.get('role')!r}")
            power = party.get("power")
            if power is not None and not (isinstance(power, str) and ENTITY_RE.match(power)):
                errors.append(f"{rid}: party power {power!r}")
            errors.extend(
                f"{rid} party {party.get('entity')}: {p}" for p in _sources_ok(party.get("sources"))
            )
        for fig in r.get("figures", []):
            label = f"{rid} {fig.get('attribute')}={fig.get('value')}"
            if not isinstance(fig.get("attribute"), str) or not fig["attribute"]:
                errors.append(f"{label}: no attribute")
            if not isinstance(fig.get("value"), int | float) or isinstance(fig.get("value"), bool):
                errors.append(f"{label}: value must be a number")
            if not isinstance(fig.get("unit"), str) or not fig["unit"]:
                errors.append(f"{label}: no unit")
            if fig.get("qualifier") not in QUALIFIERS:
                errors.append(f"{label}: qualifier {fig.get('qualifier')!r} (free text belongs in note)")
            if fig.get("as_of") is not None and not DATE_RE.match(str(fig["as_of"])):
                errors.append(f"{label}: as_of {fig['as_of']!r}")
            errors.extend(f"{label}: {p}" for p in _sources_ok(fig.get("sources")))
    assert not errors, errors


def test_aliases_well_formed() -> None:
    errors = []
    for r in _projects():
        seen = set()
        for a in r.get("aliases", []):
            if not isinstance(a.get("name"), str) or not a["name"].strip():
                errors.append(f"{r['id']}: empty alias")
            if a.get("type") not in ALIAS_TYPES:
                errors.append(f"{r['id']}: alias type {a.get('type')!r}")
            if not isinstance(a.get("lang"), str) or not re.match(r"^[a-z]{2,3}$", a["lang"]):
                errors.append(f"{r['id']}: alias lang {a.get('lang')!r}")
            key = (a.get("name"), a.get("lang"))
            if key in seen:
                errors.append(f"{r['id']}: duplicate alias {key}")
            seen.add(key)
    assert not errors, errors


def test_cku_railway_keeps_disagreeing_lengths_and_costs() -> None:
    cku = _by_id()["project:china-kyrgyzstan-uzbekistan-railway"]
    names = {a["name"] for a in cku["aliases"]}
    for alias in (
        "CKU railway",
        "China-Kyrgyzstan-Uzbekistan Railway",
        "Китай–Кыргызстан–Узбекистан",
        "железная дорога Китай-Кыргызстан-Узбекистан",
    ):
        assert alias in names
    whole = [f for f in cku["figures"] if f["attribute"] == "length" and f["unit"] == "km" and _whole(f)]
    values = {f["value"] for f in whole}
    assert {454, 486, 523} <= values, values
    # Each disagreeing value is backed by its own source, not one source shared by all.
    urls_by_value: dict[float, set[str]] = defaultdict(set)
    for f in whole:
        urls_by_value[f["value"]].update(s["url"] for s in f["sources"])
    assert urls_by_value[454].isdisjoint(urls_by_value[523])
    assert urls_by_value[486].isdisjoint(urls_by_value[454])
    costs = {f["value"] for f in cku["figures"] if f["attribute"] == "cost" and _whole(f)}
    assert {4.7e9, 8.0e9} <= costs


def test_line_d_route_and_capacity() -> None:
    line_d = _by_id()["project:central-asia-china-gas-pipeline-line-d"]
    assert {"country:UZB", "country:TJK", "country:KGZ", "country:CHN"} <= set(line_d["countries"])
    caps = [f["value"] for f in line_d["figures"] if f["attribute"] == "capacity" and f["note"] == "design"]
    assert 30e9 in caps


@pytest.mark.parametrize(
    ("project_id", "entity"),
    [
        ("project:kazakhstan-nuclear-power-plant-balkhash", "company:rosatom"),
        ("project:kazakhstan-nuclear-power-plant-2", "company:cnnc"),
        ("project:uzbekistan-nuclear-power-plant-jizzakh", "company:rosatom"),
        ("project:dushanbe-2-chp", "company:tbea"),
        ("project:bishkek-chp-modernisation", "company:tbea"),
        ("project:galkynysh-gas-field", "company:cnpc"),
        ("project:khorgos-gateway", "company:cosco-shipping"),
        ("project:zarafshon-gold-zijin", "company:zijin-mining"),
    ],
)
def test_key_parties_present(project_id: str, entity: str) -> None:
    parties = {p["entity"] for p in _by_id()[project_id]["parties"]}
    assert entity in parties


def test_great_powers_represented() -> None:
    powers = {p["power"] for r in _projects() for p in r["parties"] if p.get("power")}
    for power in (
        "country:CHN",
        "country:RUS",
        "country:USA",
        "country:TUR",
        "org:eu",
        "country:SAU",
        "country:ARE",
    ):
        assert power in powers, power
