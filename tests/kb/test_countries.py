"""Tests for the geographic knowledge base: ISO 3166 states, their supplements and the places file."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sphere.kb.catalog import Catalog, build_catalog, data_dir
from sphere.kb.countries import RETRIEVED, UN_MEMBERS, build_countries, canonical_name, sovereign_ids

Record = dict[str, Any]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return build_catalog()


def _names(rec: Record, lang: str | None = None, kind: str | None = None) -> set[str]:
    out = {rec["name"]} if lang in (None, "en") and kind is None else set()
    for a in rec.get("aliases", []):
        if (lang is None or a["lang"] == lang) and (kind is None or a["type"] == kind):
            out.add(a["name"])
    return out


def _lines(name: str) -> list[str]:
    return (data_dir() / name).read_text(encoding="utf-8").splitlines()


# ---- countries.py -------------------------------------------------------------------------------------


def test_build_is_deterministic_and_dated() -> None:
    first, second = build_countries(), build_countries()
    assert first == second
    assert RETRIEVED == "2026-11-23"
    for rec in first.values():
        assert all(s["retrieved"] == RETRIEVED for s in rec["sources"])


def test_every_un_member_is_present_and_sovereign(catalog: Catalog) -> None:
    assert len(UN_MEMBERS) == 193
    for iso3 in UN_MEMBERS:
        rec = catalog.get(f"country:{iso3}")
        assert rec is not None, iso3
        assert rec["sovereign"] is True and rec["un_member"] is True, iso3
    # spot checks independent of the constant
    for iso3 in ("KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN", "RUS", "USA", "TUR", "SSD", "AFG"):
        assert iso3 in UN_MEMBERS


def test_observers_partial_and_dependencies(catalog: Catalog) -> None:
    for iso3 in ("PSE", "VAT"):
        rec = catalog.entities[f"country:{iso3}"]
        assert rec["sovereign"] is True and rec["un_member"] is False and rec["un_observer"] is True
    for iso3 in ("TWN", "XKX"):
        rec = catalog.entities[f"country:{iso3}"]
        assert rec["sovereign"] is True and rec["recognition"] == "partial"
    parts = {"PRI": "USA", "GRL": "DNK", "HKG": "CHN", "MAC": "CHN", "GIB": "GBR", "ABW": "NLD"}
    for iso3, owner in parts.items():
        rec = catalog.entities[f"country:{iso3}"]
        assert rec["sovereign"] is False and rec["part_of"] == f"country:{owner}"
    assert len(sovereign_ids(catalog.entities)) == 193 + 2 + 2  # members, observers, Taiwan and Kosovo


def test_canonical_short_names(catalog: Catalog) -> None:
    expected = {
        "RUS": "Russia", "IRN": "Iran", "KOR": "South Korea", "PRK": "North Korea", "SYR": "Syria",
        "VNM": "Vietnam", "LAO": "Laos", "MDA": "Moldova", "BOL": "Bolivia", "VEN": "Venezuela",
        "TZA": "Tanzania", "TUR": "Turkey", "CZE": "Czech Republic", "USA": "United States",
        "GBR": "United Kingdom", "KAZ": "Kazakhstan",
    }  # fmt: skip
    for iso3, name in expected.items():
        assert catalog.entities[f"country:{iso3}"]["name"] == name
    assert canonical_name("XXX", "Atlantis, Republic of", "Atlantis") == "Atlantis"


def test_iso_names_and_key_aliases_kept(catalog: Catalog) -> None:
    rus = catalog.entities["country:RUS"]
    assert {"Russian Federation", "Россия", "РФ"} <= _names(rus)
    tur = catalog.entities["country:TUR"]
    assert "Türkiye" in _names(tur, "en")
    assert "Czechia" in _names(catalog.entities["country:CZE"])
    usa = _names(catalog.entities["country:USA"])
    assert {"USA", "U.S.", "US", "America", "the United States of America", "США"} <= usa
    assert {"UK", "Britain", "Great Britain"} <= _names(catalog.entities["country:GBR"])
    assert {"PRC", "КНР", "中国"} <= _names(catalog.entities["country:CHN"])


def test_demonyms_and_russian_adjectives(catalog: Catalog) -> None:
    def dem(iso3: str, lang: str) -> set[str]:
        return _names(catalog.entities[f"country:{iso3}"], lang, "demonym")

    assert {"Kazakh", "Kazakhstani"} <= dem("KAZ", "en")
    assert {"казахстанский", "казахский"} <= dem("KAZ", "ru")
    assert {"Kyrgyz", "Kirghiz"} <= dem("KGZ", "en") and {"кыргызский", "киргизский"} <= dem("KGZ", "ru")
    assert {"Tajik", "Tajikistani"} <= dem("TJK", "en") and "таджикский" in dem("TJK", "ru")
    assert "Turkmen" in dem("TKM", "en") and "туркменский" in dem("TKM", "ru")
    assert "Uzbek" in dem("UZB", "en") and "узбекский" in dem("UZB", "ru")
    for iso3, en, ru in [
        ("CHN", "Chinese", "китайский"),
        ("RUS", "Russian", "российский"),
        ("USA", "American", "американский"),
        ("TUR", "Turkish", "турецкий"),
        ("IRN", "Iranian", "иранский"),
        ("AFG", "Afghan", "афганский"),
        ("PAK", "Pakistani", "пакистанский"),
        ("IND", "Indian", "индийский"),
    ]:
        assert en in dem(iso3, "en") and ru in dem(iso3, "ru"), iso3
    former = _names(catalog.entities["country:KGZ"], "en", "former")
    assert {"Kirghizia", "Kirgizia"} <= former


def test_every_sovereign_state_has_a_supplement_with_demonym() -> None:
    sups = {json.loads(line)["id"]: json.loads(line) for line in _lines("countries.jsonl")}
    missing_demonym = []
    for cid in sovereign_ids(build_countries()):
        assert cid in sups, cid
        if not any(a["type"] == "demonym" for a in sups[cid]["aliases"]):
            missing_demonym.append(cid)
    # Vatican City, and the two Congos and Dominica/Dominican Republic whose demonyms collide
    assert set(missing_demonym) <= {"country:VAT", "country:COD", "country:COG", "country:DMA", "country:DOM"}


def test_soviet_union_is_a_former_state(catalog: Catalog) -> None:
    sun = catalog.entities["country:SUN"]
    assert sun["former"] is True and sun["iso3"] == "SUN" and sun["sovereign"] is False
    assert {"USSR", "СССР", "Soviet Union"} <= _names(sun)
    assert "country:SUN" not in sovereign_ids(catalog.entities)


def test_central_asian_states_have_capitals_and_region(catalog: Catalog) -> None:
    capitals = {"KAZ": "astana", "KGZ": "bishkek", "TJK": "dushanbe", "TKM": "ashgabat", "UZB": "tashkent"}
    for iso3, slug in capitals.items():
        rec = catalog.entities[f"country:{iso3}"]
        assert rec["capital"] == f"place:{slug}" and rec["region"] == "Central Asia"
        assert catalog.entities[f"place:{slug}"]["capital_of"] == f"country:{iso3}"


# ---- places.jsonl --------------------------------------------------------------------------------------

REQUIRED_PLACES = """astana almaty shymkent aktau aktobe atyrau karaganda bishkek osh jalal-abad naryn torugart dushanbe
khujand khorog ashgabat turkmenbashi mary tashkent samarkand bukhara andijan namangan fergana termez navoi nukus
fergana-valley central-asia khorgos khorgos-eastern-gate-sez khorgos-port dostyk alashankou lake-balkhash
pamir-mountains tian-shan caspian-sea aral-sea amu-darya syr-darya galkynysh-gas-field kashagan-field tengiz-field
xinjiang kashgar urumqi xian beijing shanghai lianyungang moscow brussels washington-dc ankara istanbul baku alat
poti tbilisi kabul mazar-i-sharif peshawar gwadar shaanxi""".split()  # noqa: SIM905

PLACE_TYPES = {
    "city",
    "region",
    "border_crossing",
    "sez",
    "port",
    "mountain",
    "lake",
    "river",
    "field",
    "area",
}


def test_required_places_present(catalog: Catalog) -> None:
    missing = [p for p in REQUIRED_PLACES if f"place:{p}" not in catalog.entities]
    assert not missing


def test_place_records_are_well_formed(catalog: Catalog) -> None:
    places = list(catalog.of_kind("place"))
    assert len(places) > 200
    for rec in places:
        assert rec["place_type"] in PLACE_TYPES, rec["id"]
        for key in ("country", "capital_of"):
            if rec.get(key) is not None:
                assert catalog.get(rec[key]) is not None and rec[key].startswith("country:"), rec["id"]
        for cid in rec.get("countries", []):
            assert catalog.get(cid) is not None, rec["id"]
        assert rec.get("country") or rec.get("countries"), rec["id"]
        coords = rec["coordinates"]
        if coords is None:
            assert rec["place_type"] in {"area", "sez"}, rec["id"]
            continue
        lon, lat = coords
        assert -180 <= lon <= 180 and -90 <= lat <= 90, rec["id"]


def test_central_asian_coordinates_are_plausible(catalog: Catalog) -> None:
    # rough bounding boxes of the five states (lon_min, lon_max, lat_min, lat_max)
    boxes = {
        "country:KAZ": (46.0, 88.0, 40.5, 55.5),
        "country:KGZ": (69.0, 81.0, 39.0, 43.5),
        "country:TJK": (67.0, 75.5, 36.5, 41.5),
        "country:TKM": (52.0, 67.0, 35.0, 43.0),
        "country:UZB": (55.5, 73.5, 37.0, 46.0),
    }
    checked = 0
    for rec in catalog.of_kind("place"):
        box = boxes.get(rec.get("country") or "")
        if box and rec["coordinates"]:
            lon, lat = rec["coordinates"]
            assert box[0] <= lon <= box[1] and box[2] <= lat <= box[3], rec["id"]
            checked += 1
    assert checked >= 50
    lon, lat = catalog.entities["place:beijing"]["coordinates"]
    assert 116 < lon < 117 and 39.5 < lat < 40.5


def test_place_aliases(catalog: Catalog) -> None:
    assert {"Nur-Sultan", "Akmola", "Tselinograd"} <= _names(catalog.entities["place:astana"], "en", "former")
    assert "Alma-Ata" in _names(catalog.entities["place:almaty"])
    assert {"Toshkent", "Ташкент"} <= _names(catalog.entities["place:tashkent"])
    assert {"Khodjent", "Худжанд"} <= _names(catalog.entities["place:khujand"])
    assert {"Xinjiang Uyghur Autonomous Region", "Синьцзян"} <= _names(catalog.entities["place:xinjiang"])
    ca = catalog.entities["place:central-asia"]
    assert ca["place_type"] == "area"
    assert {"Central Asian", "Средняя Азия", "Центральная Азия"} <= _names(ca)
    assert catalog.entities["place:khorgos-port"]["place_type"] == "port"
    assert catalog.entities["place:beijing"]["capital_of"] == "country:CHN"


# ---- both files ----------------------------------------------------------------------------------------


def _check_source(src: Record, where: str) -> None:
    # the knowledge base was dated RETRIEVED; sources added later carry their own (later) retrieval date
    assert RETRIEVED <= str(src.get("retrieved")) <= date.today().isoformat(), where
    assert date.fromisoformat(str(src["retrieved"])), where
    if "dataset" in src:
        assert src.get("field"), where
    else:
        assert str(src.get("url", "")).startswith("http"), where
        quote = src.get("quote", "")
        assert quote and len(quote.split()) <= 30, where


@pytest.mark.parametrize("name", ["countries.jsonl", "places.jsonl"])
def test_files_sorted_one_object_per_line_with_sources(name: str) -> None:
    ids = []
    for n, line in enumerate(_lines(name), 1):
        rec = json.loads(line)
        assert isinstance(rec, dict) and line == json.dumps(rec, ensure_ascii=False), f"{name}:{n}"
        ids.append(rec["id"])
        assert rec["sources"], f"{name}:{n}"
        for src in rec["sources"]:
            _check_source(src, f"{name}:{n}")
        for alias in rec.get("aliases", []):
            assert alias["type"] in {
                "name",
                "short",
                "abbrev",
                "demonym",
                "former",
                "title",
                "native",
                "misspelling",
            }
            assert alias["name"].strip() == alias["name"] and alias["lang"], f"{name}:{n}"
    assert ids == sorted(ids) and len(ids) == len(set(ids))


def test_every_country_record_has_sources(catalog: Catalog) -> None:
    for rec in catalog.of_kind("country"):
        assert rec["sources"], rec["id"]
        for src in rec["sources"]:
            _check_source(src, rec["id"])


def test_no_alias_names_two_geographic_entities(catalog: Catalog) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for rec in catalog.entities.values():
        if rec.get("kind") not in {"country", "place"}:
            continue
        for name in _names(rec):
            owners[name.casefold().removeprefix("the ")].add(rec["id"])
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes


def test_catalog_reads_a_broken_line_as_error(tmp_path: Path) -> None:
    (tmp_path / "places.jsonl").write_text('{"id": "place:x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"places\.jsonl:1"):
        build_catalog(tmp_path)
