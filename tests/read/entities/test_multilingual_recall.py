"""Entity recall beyond the knowledge base in every language: regions, Kazakh Latin script, German quoted
names and roles, and derived country adjectives. Made-up sentences against the bundled knowledge base."""

from __future__ import annotations

import pytest

from sphere.read.entities.demonyms import derived_demonyms
from sphere.read.entities.transliterate import kazakh_latin
from sphere.read.reader import read_text
from tests.read.entities.sample import entities_of, names_of


def test_kazakh_latin_spellings() -> None:
    assert kazakh_latin("Қасым-Жомарт Тоқаев") == {"Qasym-Jomart Toqaev"}
    assert kazakh_latin("Мәулен Әшімбаев") == {"Máýlen Áshimbaev", "Mäulen Äşımbaev"}
    assert kazakh_latin("Tokayev") == set()


def test_kazakh_latin_text_finds_known_names_with_endings() -> None:
    ents = entities_of(
        "Memleket basshysy Qasym-Jomart Toqaev búgin Túrkistanda ótken jıynda sóz sóiledi. Prezıdent "
        "Qazaqstannyń ekonomıkasy týraly aıtyp, Qytaımen yntymaqtastyqtyń mańyzyn atap ótti."
    )
    assert "person:kassym-jomart-tokayev" in ents
    assert "country:KAZ" in ents


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Аким Костанайской области провел встречу с инвесторами из Китая в понедельник.",
            "Костанайская область",
        ),
        (
            "Toshkent viloyati hokimi Xitoy kompaniyalari vakillarini qabul qildi va hamkorlikni muhokama qildi.",
            "Toshkent viloyati",
        ),
        (
            "Атырау облысында Қытайдың ұлттық компаниясы жаңа зауыт салуды бастады, бұл туралы министрлік мәлімдеді.",
            "Атырау облысы",
        ),
        (
            "Die Delegation aus der Region Nordkasachstan unterzeichnete in Peking mehrere Abkommen mit China.",
            "Region Nordkasachstan",
        ),
    ],
)
def test_regions_named_by_a_place_and_a_head_word(text: str, region: str) -> None:
    names = names_of(text)
    assert names.get(region) == "place"


def test_a_region_keeps_its_citys_name_and_replaces_the_city() -> None:
    reading = read_text(
        "Атырау облысында Қытайдың ұлттық компаниясы жаңа зауыт салуды бастады, бұл туралы министрлік мәлімдеді.",
        "s.txt",
    )
    region = next(e for e in reading.entities if e.name == "Атырау облысы")
    assert "Атырау" in region.aliases
    assert not any(e.id == "place:atyrau" for e in reading.entities)


def test_a_patronymic_between_first_name_and_surname() -> None:
    ents = entities_of(
        "Konferentsııada Nursultan Ábishuly Nazarbaevtyń memleket qalyptastyrý jolyndaǵy eńbegi týraly aıtyldy, "
        "dep habarlady Senat baspasóz qyzmeti."
    )
    assert "person:nursultan-nazarbayev" in ents


def test_german_quoted_agency_and_role_apposition() -> None:
    names = names_of(
        "Die Nationale Agentur „Kazakh Invest“ soll Büros eröffnen. In Berlin traf er den Generaldirektor "
        "für Außenbeziehungen bei einem Autokonzern, Jens Hanefeld, zu Gesprächen über Investitionen."
    )
    assert names.get("Kazakh Invest") == "organization"
    assert (
        names_of("Er sprach mit Vertretern der „Deutsche Bahn AG“ über Güterzüge nach China.").get(
            "Deutsche Bahn"
        )
        == "company"
    )
    assert names.get("Jens Hanefeld") == "person"
    assert "Nationale Agentur" not in names


def test_country_adjectives_derived_from_names() -> None:
    assert ("armenisch", "de") in derived_demonyms([{"name": "Armenien", "lang": "de", "type": "name"}])
    assert ("Kazak", "tr") in derived_demonyms([{"name": "Kazakistan", "lang": "tr", "type": "name"}])
    assert (
        derived_demonyms(
            [
                {"name": "Kasachstan", "lang": "de", "type": "name"},
                {"name": "kasachisch", "lang": "de", "type": "demonym"},
            ]
        )
        == []
    )
    ents = entities_of("Die armenische Regierung und die mongolischen Behörden unterzeichneten ein Abkommen.")
    assert "country:ARM" in ents and "country:MNG" in ents
