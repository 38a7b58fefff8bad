"""Entity finding and linking against a small knowledge base built in a temporary folder."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from sphere.kb.catalog import build_catalog
from sphere.read.entities.extract import find_entities
from sphere.read.entities.gazetteer import Gazetteer, build_gazetteer, normalise
from sphere.read.types import Entity

SRC = {"dataset": "test fixture", "field": "name", "retrieved": "2026-11-23"}


def _write(folder: Path, name: str, records: list[dict[str, object]]) -> None:
    lines = [
        json.dumps({**r, "sources": [SRC]} if "alias" not in r else r, ensure_ascii=False) for r in records
    ]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _alias(name: str, typ: str = "name", lang: str = "en") -> dict[str, str]:
    return {"name": name, "lang": lang, "type": typ}


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("kb")
    _write(
        folder,
        "countries.jsonl",
        [
            {
                "id": "country:KAZ",
                "capital": "place:astana",
                "aliases": [_alias("Kazakh", "demonym"), _alias("казахстанский", "demonym", "ru")],
            },
            {
                "id": "country:CHN",
                "capital": "place:beijing",
                "aliases": [
                    _alias("Chinese", "demonym"),
                    _alias("Китай", "name", "ru"),
                    _alias("китайский", "demonym", "ru"),
                ],
            },
            {"id": "country:USA", "aliases": [_alias("US", "abbrev"), _alias("США", "abbrev", "ru")]},
            {"id": "country:GEO", "aliases": []},
        ],
    )
    _write(
        folder,
        "places.jsonl",
        [
            {
                "id": "place:astana",
                "kind": "place",
                "name": "Astana",
                "country": "country:KAZ",
                "aliases": [_alias("Астана", "name", "ru")],
            },
            {
                "id": "place:beijing",
                "kind": "place",
                "name": "Beijing",
                "country": "country:CHN",
                "aliases": [],
            },
            {"id": "place:osh", "kind": "place", "name": "Osh", "country": "country:KGZ", "aliases": []},
            {
                "id": "place:georgia-us",
                "kind": "place",
                "name": "Georgia",
                "country": "country:USA",
                "aliases": [],
            },
        ],
    )
    _write(
        folder,
        "people.jsonl",
        [
            {
                "id": "person:xi-jinping",
                "kind": "person",
                "name": "Xi Jinping",
                "country": "country:CHN",
                "aliases": [_alias("Xi", "short"), _alias("Си Цзиньпин", "name", "ru")],
            },
            {
                "id": "person:kassym-jomart-tokayev",
                "kind": "person",
                "name": "Kassym-Jomart Tokayev",
                "country": "country:KAZ",
                "aliases": [_alias("Касым-Жомарт Токаев", "name", "ru")],
            },
        ],
    )
    _write(
        folder,
        "organizations.jsonl",
        [
            {
                "id": "org:sco",
                "kind": "organization",
                "name": "Shanghai Cooperation Organization",
                "aliases": [
                    _alias("SCO", "abbrev"),
                    _alias("Шанхайская организация сотрудничества", "name", "ru"),
                ],
            },
            {"id": "org:china-daily", "kind": "organization", "name": "China Daily", "aliases": []},
        ],
    )
    _write(
        folder,
        "collisions.jsonl",
        [
            {"alias": "Georgia", "entities": ["country:GEO", "place:georgia-us"], "resolution": "context"},
        ],
    )
    return build_gazetteer(build_catalog(folder))


def _by_id(text: str, gaz: Gazetteer) -> dict[str, Entity]:
    entities, mentions = find_entities(text, gazetteer=gaz)
    for m in mentions:  # every offset points at its surface form
        assert text[m.start : m.end] == m.text
    return entities


def test_names_demonyms_and_longest_match(gaz: Gazetteer) -> None:
    ents = _by_id(
        "Kazakh officials wrote in China Daily that Chinese contractors build roads in Kazakhstan.", gaz
    )
    assert [m.text for m in ents["country:KAZ"].mentions] == ["Kazakh", "Kazakhstan"]
    assert [m.text for m in ents["country:CHN"].mentions] == ["Chinese"]  # not the "China" of "China Daily"
    assert "org:china-daily" in ents
    assert ents["country:KAZ"].iso3 == "KAZ" and "казахстанский" in ents["country:KAZ"].aliases


def test_russian_case_forms(gaz: Gazetteer) -> None:
    text = "Товарооборот Казахстана с Китаем растёт, казахстанской стороне помогает Шанхайской организации сотрудничества."
    ents = _by_id(text, gaz)
    assert {m.text for m in ents["country:KAZ"].mentions} == {"Казахстана", "казахстанской"}
    assert [m.text for m in ents["country:CHN"].mentions] == ["Китаем"]
    assert "org:sco" in ents
    ents = _by_id("Статья президента Касым-Жомарта Токаева вышла в Пекине.", gaz)
    assert [m.text for m in ents["person:kassym-jomart-tokayev"].mentions] == ["Касым-Жомарта Токаева"]


def test_surnames_need_a_full_mention_or_title(gaz: Gazetteer) -> None:
    assert "person:xi-jinping" not in _by_id("Xi said nothing.", gaz)
    ents = _by_id("Xi Jinping arrived. Later Xi spoke, and President Xi left.", gaz)
    assert [m.text for m in ents["person:xi-jinping"].mentions] == ["Xi Jinping", "Xi", "Xi"]
    assert "person:kassym-jomart-tokayev" in _by_id("President Tokayev spoke.", gaz)
    assert "place:xian" not in _by_id("They met in Xi'an.", gaz) and "person:xi-jinping" not in _by_id(
        "They met in Xi'an.", gaz
    )


def test_capitals_as_actors_and_as_places(gaz: Gazetteer) -> None:
    ents = _by_id("Beijing is seizing the opportunity, a body dominated by Beijing.", gaz)
    assert len(ents["country:CHN"].mentions) == 2 and "place:beijing" not in ents
    ents = _by_id("BEIJING, May 19 - Leaders met in Beijing and in Astana.", gaz)
    assert "country:CHN" not in ents and len(ents["place:beijing"].mentions) == 2


def test_currency_is_not_a_country_and_context_disambiguates(gaz: Gazetteer) -> None:
    assert "country:USA" not in _by_id(
        "Trade exceeded 70 billion US dollars and 2 миллиарда долларов США.", gaz
    )
    assert "country:USA" in _by_id("The US imposed sanctions.", gaz)
    assert "country:USA" not in _by_id("Many of us agreed.", gaz)  # acronyms match in capitals only
    ents = _by_id("Georgia and Kazakhstan signed a transit deal.", gaz)
    assert "country:GEO" in ents and "place:georgia-us" not in ents


def test_new_entities_with_kinds(gaz: Gazetteer) -> None:
    text = (
        "Kazakhstan's Ministry of Energy chose a partner. Tibet Huayu Mining Co., Ltd will build a plant in "
        "Sughd Province. Xi Jinping and his wife Peng Liyuan attended, said Sergei Overchenko, deputy director "
        "of a department. Overchenko added that Korea Hydro & Nuclear Power (KHNP) bid too; KHNP lost."
    )
    ents = _by_id(text, gaz)
    new = {e.name: e for e in ents.values() if e.is_new}
    assert new["Ministry of Energy"].kind == "organization"
    assert new["Ministry of Energy"].id == "new:organization:ministry-of-energy"
    assert new["Tibet Huayu Mining"].kind == "company"  # named without its legal form
    assert "Tibet Huayu Mining Co., Ltd" in new["Tibet Huayu Mining"].aliases
    assert new["Sughd Province"].kind == "place"
    assert new["Peng Liyuan"].kind == "person"
    assert [m.text for m in new["Sergei Overchenko"].mentions] == ["Sergei Overchenko", "Overchenko"]
    assert new["Korea Hydro & Nuclear Power"].kind == "company"
    assert [m.text for m in new["Korea Hydro & Nuclear Power"].mentions][-1] == "KHNP"


def test_no_generic_words_dates_or_headline_noise(gaz: Gazetteer) -> None:
    text = (
        "Growing Influence Of Great Powers In The Region\n\nOn Monday in May the railway opened. It was cold."
    )
    ents = _by_id(text, gaz)
    assert not [e for e in ents.values() if e.kind != "other"]


def test_gazetteer_pickles_and_normalises(gaz: Gazetteer) -> None:
    again = pickle.loads(pickle.dumps(gaz))
    assert [a.entity_id for a in again.lookup("Китаем")] == ["country:CHN"]
    assert normalise("Xi’an — İ") == "xi'an - i" and len(normalise("İstanbul")) == len("İstanbul")


def test_leaders_by_surname_and_foreign_names_in_russian_cases() -> None:
    from sphere.read.entities.extract import find_entities

    text = "Токаев провел переговоры с Си Цзиньпином. Путин прибыл позже."
    entities, _ = find_entities(text)
    assert {"person:kassym-jomart-tokayev", "person:xi-jinping", "person:vladimir-putin"} <= set(entities)
    assert [m.text for m in entities["person:xi-jinping"].mentions] == ["Си Цзиньпином"]
