"""Checks on the bundled people records (`src/sphere/kb/data/people.jsonl`).

The file is reference data: every person must carry at least one dated, sourced office, ids must be unique,
the current heads of state of the main powers and the five Central Asian states must be present, and the
holders of one seat (head of state, head of government, foreign minister, ...) must follow each other
without overlapping terms.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from datetime import date
from typing import Any

import pytest

from sphere.kb.catalog import data_dir, read_jsonl
from sphere.kb.countries import build_countries

Record = dict[str, Any]

C5 = ("country:KAZ", "country:KGZ", "country:TJK", "country:TKM", "country:UZB")
ID_RE = re.compile(r"^person:[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
ORG_RE = re.compile(r"^(?:country:[A-Z]{3}|org:[a-z0-9-]+|company:[a-z0-9-]+)$")
ALIAS_TYPES = {"name", "short", "abbrev", "demonym", "former", "title", "native", "misspelling"}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Seats with one holder at a time: the role alone identifies the seat within its state or body.
SINGLE_SEAT_ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "speaker",
    "secretary_general",
}
# Short forms knowingly shared by two people (father and son); they need a `collisions.jsonl` entry.
SHARED_SHORT_FORMS = {"berdimuhamedov", "бердымухамедов"}

CURRENT_HEADS_OF_STATE = {
    "person:xi-jinping": "country:CHN",
    "person:vladimir-putin": "country:RUS",
    "person:kassym-jomart-tokayev": "country:KAZ",
    "person:shavkat-mirziyoyev": "country:UZB",
    "person:sadyr-japarov": "country:KGZ",
    "person:emomali-rahmon": "country:TJK",
    "person:serdar-berdimuhamedov": "country:TKM",
}


@pytest.fixture(scope="module")
def people() -> list[Record]:
    """Return the people records as read from the bundled data file."""
    recs = read_jsonl(data_dir() / "people.jsonl")
    assert recs, "people.jsonl is missing or empty"
    return recs


@pytest.fixture(scope="module")
def by_id(people: list[Record]) -> dict[str, Record]:
    """Return the people records keyed by id."""
    return {r["id"]: r for r in people}


def _padded(date: str) -> str:
    """Return a partial ISO date padded for sorting ("2016" -> "2016-00-00")."""
    return date + "-00" * ((10 - len(date)) // 3)


def _before(a: str, b: str) -> bool:
    """Return whether date `a` is strictly earlier than `b`, compared at their common precision."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _is_head_of(office: Record, state: str) -> bool:
    """Return whether an office is a dated head-of-state term of `state`."""
    return office["role"] == "head_of_state" and office["org"] == state and bool(office.get("start"))


def _sources_ok(sources: Any) -> bool:
    """Return whether a source list is non-empty and every source is a well-formed url or dataset source."""
    if not isinstance(sources, list) or not sources:
        return False
    for s in sources:
        retrieved = str(s.get("retrieved"))  # the KB's date, or the later date of a source added since
        if not "2026-11-23" <= retrieved <= date.today().isoformat() or len(retrieved) != 10:
            return False
        if "dataset" in s:
            continue
        quote = s.get("quote", "")
        if not str(s.get("url", "")).startswith("http") or not quote or len(quote.split()) > 30:
            return False
    return True


def test_at_least_ninety_people(people: list[Record]) -> None:
    assert len(people) >= 90


def test_ids_are_unique_well_formed_and_sorted(people: list[Record]) -> None:
    ids = [r["id"] for r in people]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    assert [i for i in ids if not ID_RE.match(i)] == []
    assert ids == sorted(ids)
    assert {r.get("kind") for r in people} == {"person"}


def test_required_fields(people: list[Record]) -> None:
    countries = build_countries()
    for r in people:
        assert r.get("name") and r.get("description"), r["id"]
        assert r.get("country") in countries, (r["id"], r.get("country"))
        assert isinstance(r.get("external_ids"), dict), r["id"]
        assert _sources_ok(r.get("sources")), r["id"]


def test_every_person_has_a_dated_sourced_office(people: list[Record]) -> None:
    for r in people:
        offices = r.get("offices") or []
        assert any(o.get("start") for o in offices), f"{r['id']} has no office with a start date"
        for o in offices:
            assert o.get("title") and o.get("role"), r["id"]
            assert _sources_ok(o.get("sources")), (r["id"], o.get("title"))


def test_office_fields_are_well_formed(people: list[Record]) -> None:
    for r in people:
        for o in r["offices"]:
            assert ORG_RE.match(o["org"]), (r["id"], o["org"])
            for key in ("start", "end"):
                value = o.get(key)
                assert value is None or DATE_RE.match(value), (r["id"], key, value)
            if o.get("start") and o.get("end"):
                assert not _before(o["end"], o["start"]), (r["id"], o["title"])


def test_office_orgs_that_are_states_exist(people: list[Record]) -> None:
    countries = build_countries()
    for r in people:
        for o in r["offices"]:
            if o["org"].startswith("country:"):
                assert o["org"] in countries, (r["id"], o["org"])


def test_aliases_are_well_formed(people: list[Record]) -> None:
    for r in people:
        names = [a["name"] for a in r["aliases"]]
        assert len(names) == len(set(names)), r["id"]
        assert r["name"] not in names, r["id"]
        for a in r["aliases"]:
            assert a["name"].strip() and a["type"] in ALIAS_TYPES, (r["id"], a)
            assert re.match(r"^[a-z]{2}$", a["lang"]), (r["id"], a)


def test_current_heads_of_state(by_id: dict[str, Record]) -> None:
    for pid, state in CURRENT_HEADS_OF_STATE.items():
        offices = by_id[pid]["offices"]
        current = [
            o for o in offices if o["role"] == "head_of_state" and o["org"] == state and o["end"] is None
        ]
        assert len(current) == 1, pid
        assert current[0]["start"], pid


def test_one_current_head_of_state_per_c5_state(people: list[Record]) -> None:
    current: dict[str, list[str]] = defaultdict(list)
    for r in people:
        for o in r["offices"]:
            if o["role"] == "head_of_state" and o["end"] is None:
                current[o["org"]].append(r["id"])
    for state in C5:
        assert len(current[state]) == 1, (state, current[state])


def test_terms_of_one_seat_do_not_overlap(people: list[Record]) -> None:
    seats: dict[tuple[str, ...], list[tuple[str, str | None, str]]] = defaultdict(list)
    for r in people:
        for o in r["offices"]:
            if not o.get("start"):
                continue
            role = o["role"]
            key = (role, o["org"]) if role in SINGLE_SEAT_ROLES else (role, o["org"], o["title"])
            if role in {"head_of_state", "head_of_government", "foreign_minister", "speaker"} and (
                "(acting" in o["title"] or "(interim" in o["title"] or "(caretaker" in o["title"]
            ):
                key = (role, o["org"])
            seats[key].append((o["start"], o.get("end"), r["id"]))
    problems = []
    for key, terms in seats.items():
        terms.sort(key=lambda t: _padded(t[0]))
        for (s1, e1, p1), (s2, _e2, p2) in itertools.pairwise(terms):
            if e1 is None or _before(s2, e1):
                problems.append((key, p1, s1, e1, p2, s2))
    assert problems == []


def test_succession_is_complete_for_c5_heads_of_state(people: list[Record]) -> None:
    for state in C5:
        terms = sorted(
            ((o["start"], o["end"]) for r in people for o in r["offices"] if _is_head_of(o, state)),
            key=lambda t: _padded(t[0]),
        )
        for (_s1, e1), (s2, _e2) in itertools.pairwise(terms):
            assert e1 is not None and s2[: len(e1)] == e1[: len(s2)], (state, e1, s2)
        assert terms[-1][1] is None, state


def test_russian_aliases_for_c5_heads_of_state(people: list[Record]) -> None:
    for r in people:
        if not any(o["role"] == "head_of_state" and o["org"] in C5 for o in r["offices"]):
            continue
        ru = [a for a in r["aliases"] if a["lang"] == "ru"]
        assert ru and all(CYRILLIC.search(a["name"]) for a in ru), r["id"]
        assert any(a["type"] == "name" for a in ru) and any(a["type"] == "short" for a in ru), r["id"]


def test_chinese_leaders_have_chinese_names(by_id: dict[str, Record]) -> None:
    for pid in ("person:xi-jinping", "person:li-keqiang", "person:li-qiang", "person:wang-yi"):
        assert any(a["lang"] == "zh" for a in by_id[pid]["aliases"]), pid
    assert any(a["name"] == "习近平" for a in by_id["person:xi-jinping"]["aliases"])
    assert any(a["name"] == "Си Цзиньпин" for a in by_id["person:xi-jinping"]["aliases"])


def test_short_forms_are_not_shared_unless_listed(people: list[Record]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in people:
        owners[r["name"].casefold()].add(r["id"])
        for a in r["aliases"]:
            owners[a["name"].casefold()].add(r["id"])
    shared = {name for name, ids in owners.items() if len(ids) > 1}
    assert shared == SHARED_SHORT_FORMS
