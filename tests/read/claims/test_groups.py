"""Tests for troop counts (sphere.read.claims.counts), figures given to several states (.groups) and the direction
of shipments and transit (.direction). Made-up sentences."""

from __future__ import annotations

import pytest

from sphere.read.claims.counts import more_quantities
from sphere.read.claims.quantities import find_quantities
from sphere.read.reader import read_text


def claims_of(text: str) -> dict[tuple[float, str], tuple[str | None, float]]:
    """Return {(value, unit): (subject, confidence)} of a text's claims."""
    return {(c.value, c.unit): (c.subject, c.confidence) for c in read_text(text, "t.txt").claims}


def quantities(text: str, language: str) -> list[tuple[float, str, str | None]]:
    found = more_quantities(text, language, find_quantities(text, language))
    return [(q.value, q.unit, q.hedge) for q in found]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Poland will deploy 300 of its soldiers there.", "en", 300.0),
        ("Georgia sent 120 servicemen to the mission.", "en", 120.0),
        ("Hungary dispatched a 90-strong squad of engineers.", "en", 90.0),
        ("Romania sent 75 military personnel.", "en", 75.0),
        ("Болгария направила 140 миротворцев.", "ru", 140.0),
        ("Молдова отправила около 3 тысяч военнослужащих.", "ru", 3000.0),
        ("Қазақстан 250 сарбазын жібереді.", "kk", 250.0),
    ],
)
def test_forces_are_counted_in_troops(text: str, language: str, value: float) -> None:
    assert (value, "troops", None) in quantities(text, language)


def test_kazakh_counted_nouns_durations_and_hedges() -> None:
    found = quantities(
        "Шекарада 7 тас жол және 3 темір жол торабы бар. Жол 12 күннің ішінде салынады. "
        "Сауда 30 миллиард долларға жуық. 2023 жылы астық 900 мың тоннаға дейін жетті.",
        "kk",
    )
    assert (7.0, "highways", None) in found
    assert (3.0, "railway links", None) in found
    assert (12.0, "days", None) in found
    assert (30e9, "USD", "nearly") in found
    assert (900e3, "t", "up to") in found
    assert not any(v == 2023 for v, _, _ in found)  # "2023 жылы" is a year


def test_each_item_of_an_elided_list_is_its_own_state() -> None:
    got = claims_of(
        "Russia sent an approximately 140-strong squad of special forces, Belarus - 90 of its troops, "
        "Armenia - an approximately 230-strong battalion."
    )
    assert got[(140.0, "troops")][0] == "country:RUS"
    assert got[(90.0, "troops")][0] == "country:BLR"
    assert got[(230.0, "troops")][0] == "country:ARM"


def test_an_elided_russian_list() -> None:
    got = claims_of(
        "Россия направила 1500 военнослужащих, Армения - 120 миротворцев, Таджикистан - 210 бойцов."
    )
    assert got[(1500.0, "troops")][0] == "country:RUS"
    assert got[(120.0, "troops")][0] == "country:ARM"
    assert got[(210.0, "troops")][0] == "country:TJK"


def test_a_count_from_the_members_of_a_named_alliance_is_the_alliance_s() -> None:
    got = claims_of(
        "The Collective Security Treaty Organization deployed its forces. In all, 1,800 troops from Russia, "
        "Belarus, Armenia and Tajikistan arrived. Their withdrawal will take 8 days."
    )
    assert got[(1800.0, "troops")] == ("org:csto", 0.7)
    assert got[(8.0, "days")] == ("org:csto", 0.7)


def test_a_count_from_several_states_with_no_alliance_has_no_subject() -> None:
    got = claims_of(
        "About 1,300 soldiers from France, Poland and Japan took part. Their stay will last 9 days."
    )
    assert got[(1300.0, "troops")] == (None, 0.0)
    assert got[(9.0, "days")] == (None, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Қазақстан мен Қытай\nБиыл Қытайға арпа экспорты 320 мың тоннаны құрады.",
        "Казахстан и Китай\nВ этом году экспорт ячменя из Казахстана в Китай составил 320 тысяч тонн.",
        "Казахстан и Китай\nВ этом году экспорт ячменя в Китай составил 320 тысяч тонн.",
    ],
)
def test_a_shipment_is_the_exporter_s_not_the_destination_s(text: str) -> None:
    subject, confidence = claims_of(text)[(320e3, "t")]
    assert subject == "country:KAZ"
    assert confidence >= 0.5


def test_a_russian_locative_is_no_destination() -> None:
    got = claims_of(
        "Казахстан и Китай\nВ прошлом году компании в Китае экспортировали в Казахстан 45 тысяч тонн."
    )
    assert (
        got[(45e3, "t")][0] == "country:CHN"
    )  # "в Китае" says where the exporters are, "в Казахстан" where to


@pytest.mark.parametrize(
    "text",
    [
        "Around 70% of cargo between China and Europe goes via Kazakhstan.",
        "Около 70% грузов из Китая в Европу проходит через Казахстан.",
        "Қытайдан Еуропаға баратын жүктердің 70 пайызы Қазақстан арқылы өтеді.",
    ],
)
def test_a_share_of_goods_in_transit_is_the_transit_state_s(text: str) -> None:
    assert claims_of(text)[(70.0, "%")][0] == "country:KAZ"


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Казахстан направит батальон численностью около 240 человек.", "ru", "troops"),
        ("Kyrgyzstan trained a contingent of 160 people for the mission.", "en", "troops"),
        ("The factory of 160 people makes cars.", "en", "people"),
    ],
)
def test_a_military_unit_sized_in_people_is_counted_in_troops(text: str, language: str, unit: str) -> None:
    assert [u for _, u, _ in quantities(text, language)] == [unit]


def test_people_from_several_states_are_no_alliance_s() -> None:
    got = claims_of(
        "The Shanghai Cooperation Organisation met in Astana. About 1,700 students from Kazakhstan, Kyrgyzstan "
        "and Tajikistan study in China."
    )
    assert got[(1700.0, "students")] == (None, 0.0)


def test_bare_numbers_of_an_elided_list_take_the_first_item_s_unit() -> None:
    got = claims_of(
        "Peacekeepers in the region\nRussia sent 2,600 troops, Belarus 450 and Armenia 80, officials said."
    )
    assert got[(2600.0, "troops")][0] == "country:RUS"
    assert got[(450.0, "troops")][0] == "country:BLR"
    assert got[(80.0, "troops")][0] == "country:ARM"
    assert (2024.0, "companies", None) not in quantities(
        "There are 300 companies, Kazakhstan 2024 data.", "en"
    )
