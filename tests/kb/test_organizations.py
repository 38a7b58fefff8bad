"""Checks on the bundled organizations, companies and memberships data files."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from sphere.kb.catalog import Catalog, build_catalog, data_dir, read_jsonl

Record = dict[str, Any]

ROLES = {"member", "founding_member", "observer", "dialogue_partner", "partner", "associate", "candidate"}
ALIAS_TYPES = {"name", "short", "abbrev", "demonym", "former", "title", "native", "misspelling"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ORG_ID = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")
COMPANY_ID = re.compile(r"^company:[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def organizations() -> list[Record]:
    return read_jsonl(data_dir() / "organizations.jsonl")


@pytest.fixture(scope="module")
def companies() -> list[Record]:
    return read_jsonl(data_dir() / "companies.jsonl")


@pytest.fixture(scope="module")
def memberships() -> list[Record]:
    return read_jsonl(data_dir() / "memberships.jsonl")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return build_catalog()


def _check_source(src: Record) -> None:
    assert src.get("retrieved"), src
    if "dataset" in src:
        assert src.get("field"), src
        return
    assert str(src.get("url", "")).startswith(("http://", "https://")), src
    quote = src.get("quote")
    assert isinstance(quote, str) and quote.strip(), src
    assert len(quote.split()) <= 30, quote


def test_files_are_big_enough(
    organizations: list[Record], companies: list[Record], memberships: list[Record]
) -> None:
    assert len(organizations) + len(companies) >= 60
    assert len(memberships) >= 250


def test_ids_are_well_formed_unique_and_sorted(organizations: list[Record], companies: list[Record]) -> None:
    org_ids = [r["id"] for r in organizations]
    company_ids = [r["id"] for r in companies]
    assert all(ORG_ID.match(i) for i in org_ids), [i for i in org_ids if not ORG_ID.match(i)]
    assert all(COMPANY_ID.match(i) for i in company_ids), [i for i in company_ids if not COMPANY_ID.match(i)]
    counts = Counter(org_ids + company_ids)
    assert not [i for i, n in counts.items() if n > 1]
    assert org_ids == sorted(org_ids)
    assert company_ids == sorted(company_ids)


def test_no_catalog_duplicate_touches_these_files(catalog: Catalog) -> None:
    mine = {"organizations.jsonl", "companies.jsonl"}
    clashes = [d for d in catalog.duplicates if d[1] in mine or d[2] in mine]
    assert not clashes


def test_entity_records_are_complete(organizations: list[Record], companies: list[Record]) -> None:
    for rec in organizations + companies:
        assert rec["kind"] == ("company" if rec["id"].startswith("company:") else "organization"), rec["id"]
        assert rec.get("name"), rec["id"]
        assert rec.get("org_type"), rec["id"]
        assert rec.get("sources"), rec["id"]
        for src in rec["sources"]:
            _check_source(src)
        for alias in rec.get("aliases", []):
            assert alias.get("name") and alias.get("lang"), (rec["id"], alias)
            assert alias.get("type") in ALIAS_TYPES, (rec["id"], alias)
        founded = rec.get("founded")
        assert founded is None or DATE.match(founded), (rec["id"], founded)


def test_media_are_tagged(organizations: list[Record]) -> None:
    by_id = {r["id"]: r for r in organizations}
    for oid in ("org:xinhua", "org:tass", "org:kazinform", "org:reuters", "org:rferl"):
        assert by_id[oid]["org_type"] == "media"


def test_companies_point_to_known_states_and_owners(companies: list[Record], catalog: Catalog) -> None:
    company_ids = {r["id"] for r in companies}
    for rec in companies:
        assert rec["country"] is None or (
            rec["country"].startswith("country:") and rec["country"] in catalog.entities
        ), rec["id"]
        owner = rec.get("owner")
        if isinstance(owner, str) and ":" in owner:
            assert owner in company_ids or owner in catalog.entities, (rec["id"], owner)


def test_memberships_reference_known_entities(
    memberships: list[Record], organizations: list[Record], companies: list[Record], catalog: Catalog
) -> None:
    own = {r["id"] for r in organizations} | {r["id"] for r in companies}
    countries = {i for i, r in catalog.entities.items() if r.get("kind") == "country"}
    unknown = [
        (m["member"], m["org"])
        for m in memberships
        if m["org"] not in own or (m["member"] not in own and m["member"] not in countries)
    ]
    assert not unknown


def test_membership_lines_are_valid(memberships: list[Record]) -> None:
    seen: set[tuple[str, str, str, str | None]] = set()
    for m in memberships:
        assert m["role"] in ROLES, m
        for key in ("start", "end"):
            assert m[key] is None or DATE.match(m[key]), m
        if m["start"] and m["end"]:
            assert m["start"] <= m["end"], m
        assert m["sources"], m
        for src in m["sources"]:
            _check_source(src)
        key4 = (m["member"], m["org"], m["role"], m["start"])
        assert key4 not in seen, key4
        seen.add(key4)


def _current(memberships: list[Record], org: str, role: str) -> dict[str, Record]:
    return {m["member"]: m for m in memberships if m["org"] == org and m["role"] == role and m["end"] is None}


def test_sco_has_ten_full_members_with_accession_dates(memberships: list[Record]) -> None:
    members = _current(memberships, "org:sco", "member")
    expected = {
        "country:CHN": "2001",
        "country:KAZ": "2001",
        "country:KGZ": "2001",
        "country:RUS": "2001",
        "country:TJK": "2001",
        "country:UZB": "2001",
        "country:IND": "2017",
        "country:PAK": "2017",
        "country:IRN": "2023",
        "country:BLR": "2024",
    }
    assert set(members) == set(expected)
    for member, year in expected.items():
        start = members[member]["start"]
        assert start is not None and start.startswith(year), (member, start)
    founders = [m for m in members.values() if m["note"] and "founding member" in m["note"]]
    assert len(founders) == 6


def test_sco_observers_became_partners_in_2025(memberships: list[Record]) -> None:
    partners = _current(memberships, "org:sco", "partner")
    assert {"country:MNG", "country:AFG", "country:TUR", "country:LAO"} <= set(partners)
    assert not _current(memberships, "org:sco", "observer")
    assert not _current(memberships, "org:sco", "dialogue_partner")


def test_csto_withdrawals_and_current_members(memberships: list[Record]) -> None:
    members = _current(memberships, "org:csto", "member")
    assert set(members) == {f"country:{c}" for c in ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK")}
    assert "froze" in (members["country:ARM"]["note"] or "")
    uzb = sorted(
        (m["start"], m["end"]) for m in memberships if m["org"] == "org:csto" and m["member"] == "country:UZB"
    )
    assert uzb == [("1992", "1999"), ("2006-08-16", "2012-12-19")]


def test_cis_exits_and_turkmen_associate_status(memberships: list[Record]) -> None:
    cis = [m for m in memberships if m["org"] == "org:cis"]
    georgia = [m for m in cis if m["member"] == "country:GEO"]
    assert georgia and all(m["end"] for m in georgia)
    assert any(m["member"] == "country:UKR" and m["end"] for m in cis)
    assert "country:TKM" in _current(memberships, "org:cis", "associate")


def test_central_asian_formats_cover_the_c5(memberships: list[Record]) -> None:
    c5 = {f"country:{c}" for c in ("KAZ", "KGZ", "TJK", "TKM", "UZB")}
    assert set(_current(memberships, "org:china-central-asia", "member")) == c5 | {"country:CHN"}
    assert set(_current(memberships, "org:c5-plus-1", "member")) == c5 | {"country:USA"}
    assert set(_current(memberships, "org:eu-central-asia", "member")) == c5 | {"org:eu"}


def test_brics_expansion_waves(memberships: list[Record]) -> None:
    members = _current(memberships, "org:brics", "member")
    assert {"country:EGY", "country:ETH", "country:IRN", "country:ARE", "country:IDN", "country:ZAF"} <= set(
        members
    )
    partners = _current(memberships, "org:brics", "partner")
    assert {"country:KAZ", "country:UZB"} <= set(partners)
