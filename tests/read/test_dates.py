"""Date expressions: finding, normalising, resolving against the publication date, and the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from sphere.read.clean.text import find_published
from sphere.read.dates import (
    find_date_expressions,
    parse_full_date,
    resolve_date_expression,
    resolve_relative,
)

REF = date(2024, 6, 7)  # a Friday


@pytest.mark.parametrize(
    ("expr", "lang", "want"),
    [
        ("19. May 2023", "en", "2023-05-19"),
        ("June 1, 2023", "en", "2023-06-01"),
        ("6 February 2026", "en", "2026-02-06"),
        ("27, December, 2024", "en", "2024-12-27"),
        ("2023-05-19", None, "2023-05-19"),
        ("19.05.2023", "ru", "2023-05-19"),
        ("December 2018", "en", "2018-12"),
        ("in 2024", "en", "2024"),
        ("7 июня 2024", "ru", "2024-06-07"),
        ("19 мая 2023 года", "ru", "2023-05-19"),
        ("в декабре 2018 года", "ru", "2018-12"),
        ("в 2023 году", "ru", "2023"),
        ("on Tuesday", "en", "2024-06-04"),
        ("on Friday", "en", "2024-06-07"),
        ("last year", "en", "2023"),
        ("this year", "en", "2024"),
        ("earlier this year", "en", "2024"),
        ("next year", "en", "2025"),
        ("last month", "en", "2024-05"),
        ("yesterday", "en", "2024-06-06"),
        ("two years ago", "en", "2022"),
        ("May 19", "en", "2024-05-19"),
        ("June 17", "en", "2024-06-17"),
        ("in March", "en", "2024-03"),
        ("in December", "en", "2023-12"),
        ("March last year", "en", "2023-03"),
        ("19 мая", "ru", "2024-05-19"),
        ("30 авг", "ru", "2024-08-30"),
        ("в прошлом году", "ru", "2023"),
        ("в этом году", "ru", "2024"),
        ("в текущем году", "ru", "2024"),
        ("в марте", "ru", "2024-03"),
        ("в марте прошлого года", "ru", "2023-03"),
        ("в среду", "ru", "2024-06-05"),
        ("вчера", "ru", "2024-06-06"),
    ],
)
def test_resolve_date_expression(expr: str, lang: str | None, want: str) -> None:
    assert resolve_date_expression(expr, REF, lang) == want


def test_relative_dates_need_a_reference() -> None:
    assert resolve_date_expression("last year", None, "en") is None
    assert resolve_date_expression("May 19", None, "en") is None
    assert resolve_date_expression("June 1, 2023", None, "en") == "2023-06-01"


def test_resolve_relative_future_weekday() -> None:
    assert resolve_relative("on Tuesday", REF, "en", future=True) == "2024-06-11"
    assert resolve_relative("no date here", REF, "en") is None


def test_month_day_near_year_end_goes_to_the_previous_year() -> None:
    assert resolve_date_expression("December 20", date(2025, 1, 10), "en") == "2024-12-20"


def test_find_date_expressions_spans() -> None:
    text = "The summit will be held on May 18-19 in the city; last year trade grew. A deal was signed on June 1, 2023."
    found = find_date_expressions(text, "en")
    spans = [(text[s:e], v) for s, e, v in found]
    assert ("May 18", None) in spans
    assert ("last year", None) in spans
    assert ("June 1, 2023", "2023-06-01") in spans
    for s, e, _ in found:
        assert 0 <= s < e <= len(text)


def test_modal_may_and_quantities_are_not_dates() -> None:
    assert find_date_expressions("Officials may 19 times reconsider it.", "en") == []
    assert find_date_expressions("a line of 2000 km", "en") == []


def test_russian_spans() -> None:
    text = "В прошлом году поставки выросли, а 19 мая стороны подписали соглашение."
    values = [(text[s:e], v) for s, e, v in find_date_expressions(text, "ru")]
    assert values == [("В прошлом году", None), ("19 мая", None)]


def test_parse_full_date() -> None:
    assert parse_full_date("Posted on 3 March 2024 at 10:00") == "2024-03-03"
    assert parse_full_date("March 2024") is None


@pytest.mark.parametrize(
    ("text", "meta", "want"),
    [
        (" date 2023-05-19 Home » Story", None, "2023-05-19"),
        ("Title of the story\nPublished: 12 March 2024\nBody text here.", None, "2024-03-12"),
        ("Заголовок\nОпубликовано: 15 мая 2024\nТекст.", None, "2024-05-15"),
        ("Headline here now\nBy Jane Doe in News on 6 February 2026\nBody.", None, "2026-02-06"),
        ("4338\n7 июня 2024\nPhoto by A.\n\nHeadline Of The Story", None, "2024-06-07"),
        ("BEIJING, 19. May 2023 /Wire/ — The summit opened.", None, "2023-05-19"),
        ("BAKU, Azerbaijan, May 19. The project began.", None, None),
        ("Some text", {"date": "2021-04-05T10:00:00Z"}, "2021-04-05"),
        ("Published\n\non\n\nWith Russia engaged elsewhere, the deadline is June 1, 2023.", None, None),
        (
            "Friday, 27, December, 2024\n\nTrade figures between the countries rose this year, an official said "
            "at a conference, citing the first quarter.",
            None,
            None,
        ),
        ("Headline Of The Story\nFriday, 27 December 2024\nBody text.", None, "2024-12-27"),
    ],
)
def test_find_published(text: str, meta: dict[str, str] | None, want: str | None) -> None:
    assert find_published(text, meta) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("9. Oktober 2023", "de", "2023-10-09"),
        ("20 Aralık 2024", "tr", "2024-12-20"),
        ("9 października 2023 r.", "pl", "2023-10-09"),
        ("2023 жылғы 9 қазан", "kk", "2023-10-09"),
        ("2023-yil 9-oktabr", "uz", "2023-10-09"),
        ("2024年12月20日", "zh", "2024-12-20"),
    ],
)
def test_dates_in_the_other_languages_read(text: str, lang: str, want: str) -> None:
    assert parse_full_date(text) == want
    assert [d for _, _, d in find_date_expressions(f"Am {text} wurde", lang)] == [want]
