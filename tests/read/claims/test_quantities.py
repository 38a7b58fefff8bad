"""Tests for number and unit parsing in English and Russian (sphere.read.claims.quantities)."""

from __future__ import annotations

import pytest

from sphere.read.claims.quantities import find_quantities, parse_number


def one(text: str, language: str = "en") -> tuple[float, str]:
    """Return (value, unit) of the only quantity in `text`."""
    found = find_quantities(text, language)
    assert len(found) == 1, found
    return found[0].value, found[0].unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a loan of $1.18 billion was signed", 1.18e9, "USD"),
        ("the line will cost US$8bn in total", 8e9, "USD"),
        ("output worth 674.15 billion yuan", 674.15e9, "CNY"),
        ("a €12 billion package", 12e9, "EUR"),
        ("a $200m plant", 2e8, "USD"),
        ("spent 1.2 trillion tenge on roads", 1.2e12, "KZT"),
        ("about 70 billion US dollars", 7e10, "USD"),
        ("reached $ 12.5 billion.", 12.5e9, "USD"),
        ("exports reached $1billion", 1e9, "USD"),
        ("a 523km line", 523, "km"),
        ("257 miles long", 257, "mi"),
        ("a 294-hectare site", 294, "ha"),
        ("a 2.4 gigawatts plant", 2.4, "GW"),
        ("a 350 MW station", 350, "MW"),
        ("30 bcm of gas", 30, "bcm"),
        ("30 billion cubic metres of gas", 30, "bcm"),
        ("shipped 4.1 million tons of cargo", 4.1e6, "t"),
        ("handled 540,000 TEU", 540000, "TEU"),
        ("96,000 20-foot equivalent units (TEUs)", 96000, "TEU"),
        ("a share of 18.6% of trade", 18.6, "%"),
        ("grew by 63 percent", 63, "%"),
        ("one-third of the trade", 33.3, "%"),
        ("nearly a fifth of its GDP", 20, "%"),
        ("grew 2.6 times", 2.6, "times"),
        ("the volume rose threefold", 3, "times"),
        ("home to about 75 million people", 75e6, "people"),
        ("signed 20 resolutions", 20, "resolutions"),
        ("ten new broad-gauge railway tracks", 10, "tracks"),
        ("a 15-article treaty", 15, "articles"),
        ("three thousand companies operate", 3000, "companies"),
        ("it takes five days", 5, "days"),
    ],
)
def test_english_figures(text: str, value: float, unit: str) -> None:
    got_value, got_unit = one(text)
    assert got_unit == unit
    assert got_value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("товарооборот составил 12 млрд долларов", 12e9, "USD"),
        ("достиг 44 миллиардов долларов США", 44e9, "USD"),
        ("проекты стоимостью 15,5 миллиарда долларов", 15.5e9, "USD"),
        ("выделено 300 млн рублей", 3e8, "RUB"),
        ("мощность 30 млрд куб. м газа в год", 30, "bcm"),
        ("поставлено 42 млрд кубометров", 42, "bcm"),
        ("вырос на 30%", 30, "%"),
        ("составила 18 процентов", 18, "%"),
        ("вырос почти в три раза", 3, "times"),
        ("более 500 млн жителей", 5e8, "people"),
        ("45 совместных проектов", 45, "projects"),
        ("длиной 280 км", 280, "km"),
    ],
)
def test_russian_figures(text: str, value: float, unit: str) -> None:
    got_value, got_unit = one(text, "ru")
    assert got_unit == unit
    assert got_value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "The summit was held on May 18-19 in 2023.",
        "BEIJING, 19. May 2023 - leaders met.",
        "It opened on June 1, 2023 and on 6 February 2026.",
        "The 24th summit and the 4th conference.",
        "Call +7 701 123 45 67 for details.",
        "In 2009 году and 7 июня 2024 года.",
        "Trains run three to five days apart, nine to ten days in all.",
        "In the first half of 2024 and the second half of the year.",
        "one of the largest partners",
    ],
)
def test_dates_ordinals_phones_and_ranges_are_not_figures(text: str) -> None:
    assert find_quantities(text, "ru" if "году" in text else "en") == []


def test_spans_cover_currency_sign_and_unit() -> None:
    text = "It will cost $4.7bn, and the route is 900km shorter."
    spans = [text[q.start : q.end] for q in find_quantities(text)]
    assert spans == ["$4.7bn", "900km"]


@pytest.mark.parametrize(
    ("token", "language", "value"),
    [("1,200.5", "en", 1200.5), ("15,5", "ru", 15.5), ("10,000", "en", 10000), ("twenty-five", "en", 25)],
)
def test_parse_number(token: str, language: str, value: float) -> None:
    assert parse_number(token, language) == pytest.approx(value)


def test_a_five_kilobyte_article_is_fast() -> None:
    import time

    text = "Trade between China and Kazakhstan exceeded $44bn in 2024, up 12% on the year. " * 64
    start = time.perf_counter()
    found = find_quantities(text)
    assert time.perf_counter() - start < 0.5
    assert len(found) == 128


@pytest.mark.parametrize(
    "text", ["The 56-year-old minister", "a man 43 years old", "six-inch subs were sold"]
)
def test_ages_and_measure_compounds_are_not_counts(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("costs of $1–1.5bn", "en", 1e9, "USD"),
        ("$5-6 billion in loans", "en", 5e9, "USD"),
        ("a $1bn-$1.5bn plan", "en", 1e9, "USD"),
        ("between 10 and 12 km", "en", 10, "km"),
        ("700 to 800 people took part", "en", 700, "people"),
        ("5 to 7 percent", "en", 5, "%"),
        ("a $275-million logistics centre", "en", 2.75e8, "USD"),
        ("a $1.2bn-plus deal", "en", 1.2e9, "USD"),
        ("about 3 trillion yen", "en", 3e12, "JPY"),
        ("9mn cubic metres of gas", "en", 9e6, "m3"),
        ("almost half is European", "en", 50, "%"),
        ("demand will almost double by 2050", "en", 2, "times"),
        ("1 миллиард 709 миллионов долларов", "ru", 1.709e9, "USD"),
        ("12,5 млрд руб.", "ru", 12.5e9, "RUB"),
        ("5 трлн тенге", "ru", 5e12, "KZT"),
        ("1.234.567 Euro", "de", 1234567, "EUR"),
        ("12.500 km", "de", 12500, "km"),
        ("1,234,567 euros", "en", 1234567, "EUR"),
        ("1 234 567 тенге", "ru", 1234567, "KZT"),
        ("1’234’567 USD", "de", 1234567, "USD"),
    ],
)
def test_ranges_scales_and_locales(text: str, language: str, value: float, unit: str) -> None:
    got_value, got_unit = one(text, language)
    assert (got_unit, got_value) == (unit, pytest.approx(value))


def test_the_plus_suffix_is_a_hedge() -> None:
    (q,) = find_quantities("a $1.2bn-plus deal")
    assert (q.text, q.hedge) == ("$1.2bn-plus", "over")


def test_from_to_is_no_range() -> None:
    assert [q.value for q in find_quantities("from $5 billion to $7 billion")] == [5e9, 7e9]


@pytest.mark.parametrize(
    "text", ["$1e308 billion", "1e23 km", "100000000000000000000000 km", "a 5000000% share", "1e400 tonnes"]
)
def test_absurd_magnitudes_are_not_figures(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("more than 150 public- and private-sector agreements were signed", 150, "agreements"),
        ("a 5 mtpa plant", 5e6, "t/yr"),
        ("20,000 bpd of oil", 20000, "barrels/day"),
        ("500 acres of land", 500, "acres"),
        ("5m tonnes of grain", 5e6, "t"),
        ("1.2 trln rubles", 1.2e12, "RUB"),
        ("rose 12pc last year", 12, "%"),
    ],
)
def test_paired_modifiers_and_rate_units(text: str, value: float, unit: str) -> None:
    assert one(text) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("das Handelsvolumen stieg auf 11,7 Milliarden US-Dollar", "de", 11.7e9, "USD"),
        ("Investitionen von 1,5 Mrd. Euro", "de", 1.5e9, "EUR"),
        ("ticaret hacmi 3 milyar dolar seviyesine ulaştı", "tr", 3e9, "USD"),
        ("umowy o wartości 5 mld dolarów", "pl", 5e9, "USD"),
        ("savdo hajmi 14 mlrd dollarga yetdi", "uz", 14e9, "USD"),
        ("2024年双边贸易额达440亿美元", "zh", 44e9, "USD"),
    ],
)
def test_scale_words_of_the_other_languages_read(text: str, language: str, value: float, unit: str) -> None:
    [q] = find_quantities(text, language)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("der Handel wuchs um 20 Prozent", "de", 20.0, "%"),
        ("rund 500.000 Tonnen Weizen", "de", 500000.0, "t"),
        ("2,3 Mio. Tonnen Öl", "de", 2.3e6, "t"),
        ("120 Kilometern Strecke", "de", 120.0, "km"),
        ("ihracat %20 arttı", "tr", 20.0, "%"),
        ("yüzde 15 büyüdü", "tr", 15.0, "%"),
        ("700 tona yakın yardım", "tr", 700.0, "t"),
        ("174 milyonluk nüfus", "tr", 174e6, "people"),
        ("тауар айналымы 11,4 пайызға өсті", "kk", 11.4, "%"),
        ("550 мың тонна бидай", "kk", 550000.0, "t"),
        ("1,5 трлн теңге бөлінді", "kk", 1.5e12, "KZT"),
        ("36 Millionen Einwohnern", "de", 36e6, "people"),
    ],
)
def test_units_of_german_turkish_and_kazakh(text: str, language: str, value: float, unit: str) -> None:
    assert one(text, language) == (value, unit)
