"""Figures the reader once missed or mis-united: start and completion years, rankings beyond trade,
multiples, per-month and per-day rates, and "-strong" group sizes (made-up sentences, five languages)."""

from __future__ import annotations

import pytest

from sphere.read.claims.quantities import find_quantities
from tests.read.claims.test_claims import read


def _figures(text: str, language: str = "en") -> list[tuple[str | None, str, float, str]]:
    return [(c.subject, c.attribute, c.value, c.unit) for c in read(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "attribute", "year"),
    [
        ("Construction of the Shymkent railway began in 2019.", "en", "date_start", 2019.0),
        ("In 2019, construction of the Shymkent railway began.", "en", "date_start", 2019.0),
        ("The Shymkent railway was launched in 2015.", "en", "date_start", 2015.0),
        ("The Shymkent railway was commissioned in 2021.", "en", "date_complete", 2021.0),
        (
            "On May 3, 2022, Jan Novak launched the construction of the Shymkent railway.",
            "en",
            "date_start",
            2022.0,
        ),
        ("В 2019 году начато строительство the Shymkent railway.", "ru", "date_start", 2019.0),
        ("The Shymkent railway введена в эксплуатацию в 2021 году.", "ru", "date_complete", 2021.0),
        ("The Shymkent railway 2019'da başladı.", "tr", "date_start", 2019.0),
        ("The Shymkent railway wurde im Jahr 2019 eröffnet.", "de", "date_start", 2019.0),
    ],
)
def test_start_and_completion_years_of_a_work(text: str, language: str, attribute: str, year: float) -> None:
    found = [c for c in _figures(text, language) if c[3] == "year"]
    assert found == [("project:shymkent-railway", attribute, year, "year")]


def test_a_start_year_without_a_work_falls_to_the_first_state_named() -> None:
    text = "История сотрудничества между Китаем и Казахстаном началась ещё в 1993 году."
    assert ("country:CHN", "date_start", 1993.0, "year") in _figures(text, "ru")


def test_a_start_year_with_nothing_started_is_no_claim() -> None:
    assert [c for c in _figures("In 2019, Kazakhstan and China met in Astana.") if c[3] == "year"] == []


@pytest.mark.parametrize(
    ("text", "language", "attribute", "rank"),
    [
        ("Kazakhstan is the world's largest uranium producer.", "en", "production", 1.0),
        ("Kazakhstan is the world's second-largest uranium producer.", "en", "production", 2.0),
        ("Kazakhstan является крупнейшим производителем урана.", "ru", "production", 1.0),
        ("Kazakhstan лидирует среди стран по добыче урана.", "ru", "other", 1.0),
        ("Kazakhstan ist der zweitgrößte Uranproduzent der Welt.", "de", "production", 2.0),
        ("Kazakhstan dünyanın en büyük uranyum üreticisi.", "tr", "production", 1.0),
        ("Kazakhstan әлемдегі екінші ірі уран өндірушісі.", "kk", "production", 2.0),
    ],
)
def test_rankings_other_than_trade(text: str, language: str, attribute: str, rank: float) -> None:
    assert ("country:KAZ", attribute, rank, "rank") in _figures(text, language)


def test_a_trade_ranking_in_turkish_and_german_keeps_trade_rank() -> None:
    for text, language, rank in [
        ("China, Kazakhstan'ın üçüncü büyük ticaret ortağı oldu.", "tr", 3.0),
        ("China ist der zweitgrößte Handelspartner von Kazakhstan.", "de", 2.0),
    ]:
        found = [(c.subject, c.attribute, c.value, c.unit, c.object) for c in read(text, language)]
        assert found == [("country:CHN", "trade_rank", rank, "rank", "country:KAZ")]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Trade between China and Kazakhstan grew 3.5 times in 2024.", "en", 3.5),
        ("Trade between China and Kazakhstan doubled in 2024.", "en", 2.0),
        ("Trade between China and Kazakhstan tripled.", "en", 3.0),
        ("Товарооборот Китая и Казахстана увеличился в 2 раза.", "ru", 2.0),
        ("Товарооборот Китая и Казахстана удвоился.", "ru", 2.0),
        ("Der Handel zwischen China und Kazakhstan hat sich verdoppelt.", "de", 2.0),
        ("Der Handel zwischen China und Kazakhstan wuchs um das 2,5-fache.", "de", 2.5),
        ("China ile Kazakhstan arasındaki ticaret 3 kat arttı.", "tr", 3.0),
        ("China мен Kazakhstan арасындағы сауда 2 есе өсті.", "kk", 2.0),
        ("Trade between China and Kazakhstan saw a twofold increase in 2024.", "en", 2.0),
        ("Kazakhstan saw a double increase in fuel prices.", "en", 2.0),
        ("Товарооборот Китая и Казахстана показал двукратный рост.", "ru", 2.0),
    ],
)
def test_multiples_are_growth_in_times(text: str, language: str, value: float) -> None:
    assert [(c[1], c[2], c[3]) for c in _figures(text, language)] == [("growth_rate", value, "times")]


def test_two_states_each_doubling_keep_a_claim_each() -> None:
    text = "Fuel prices doubled in Kazakhstan last year, and electricity tariffs doubled in Uzbekistan."
    found = sorted((c.subject, c.value) for c in read(text) if c.unit == "times")
    assert found == [("country:KAZ", 2.0), ("country:UZB", 2.0)]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("The Middle Corridor carries 10,000 tonnes a month.", "en", "t/month"),
        ("The Middle Corridor carries 10,000 tonnes monthly.", "en", "t/month"),
        ("Через the Middle Corridor проходит 10 тыс. тонн в месяц.", "ru", "t/month"),
        ("The Middle Corridor befördert monatlich 10.000 Tonnen.", "de", "t/month"),
        ("The Middle Corridor befördert 10.000 Tonnen pro Monat.", "de", "t/month"),
        ("The Middle Corridor aylık 10.000 ton taşıyor.", "tr", "t/month"),
        ("The Middle Corridor befördert täglich 10.000 Tonnen.", "de", "t/day"),
        ("The Middle Corridor carries 10,000 tonnes a year.", "en", "t/yr"),
        ("The Middle Corridor befördert 10.000 Tonnen im Jahr.", "de", "t/yr"),
        ("The Middle Corridor carried 10,000 tonnes, a year-on-year rise.", "en", "t"),
        ("The Middle Corridor befördert 10.000 Tonnen im Jahr 2023.", "de", "t"),
    ],
)
def test_a_rate_comes_only_from_a_period_stated(text: str, language: str, unit: str) -> None:
    assert [c[3] for c in _figures(text, language)] == [unit]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Russia sent a 2,000-strong contingent to the region.", 2000.0, "troops"),
        ("Russia deployed a 3,000-strong peacekeeping force.", 3000.0, "troops"),
        ("A 300-strong delegation arrived in Astana.", 300.0, "delegation members"),
    ],
)
def test_strong_is_never_a_unit(text: str, value: float, unit: str) -> None:
    found = [(q.value, q.unit) for q in find_quantities(text)]
    assert found == [(value, unit)]
    assert all("strong" not in q.unit for q in find_quantities("a 2,000-strong and growing"))
