"""Tests for the direction of a claim (sphere.read.claims.subjects, .attach): the giver of a flow, never its
receiver, is the subject; a relation's age is filed like trade, the great power first. Made-up sentences."""

from __future__ import annotations

import pytest

from sphere.read.reader import read_text


def only_claim(text: str) -> tuple[str | None, str | None]:
    """Return (subject, object) of the one claim of a short text."""
    claims = read_text(text, "t.txt").claims
    assert len(claims) == 1, claims
    return claims[0].subject, claims[0].object


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Russia supplied Kazakhstan with 1.2 billion cubic metres of gas in 2023.", "country:RUS"),
        ("В Китай было поставлено 35 млрд кубометров газа из Туркменистана.", "country:TKM"),
        ("Last year 40 billion cubic metres of gas were exported to China from Turkmenistan.", "country:TKM"),
    ],
)
def test_the_receiver_of_supplies_is_not_their_subject(text: str, subject: str) -> None:
    assert only_claim(text)[0] == subject


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Kyrgyzstan was granted a $200 million loan by China in 2019.", "country:CHN", "country:KGZ"),
        (
            "Таджикистан получил от Китая кредит в размере 300 миллионов долларов.",
            "country:CHN",
            "country:TJK",
        ),
        ("Китай выделил Киргизии кредит на 200 миллионов долларов.", "country:CHN", "country:KGZ"),
        (
            "Kirgisistan hat einen Kredit von Russland in Höhe von 400 Millionen Dollar erhalten.",
            "country:RUS",
            "country:KGZ",
        ),
    ],
)
def test_a_loan_is_its_givers_whatever_the_voice(text: str, giver: str, receiver: str) -> None:
    assert only_claim(text) == (giver, receiver)


def test_a_sum_granted_to_a_state_is_not_that_states() -> None:
    subject, _ = only_claim("The European Union granted Kyrgyzstan 30 million euros for border security.")
    assert subject == "org:eu"


def test_a_debt_taken_from_a_lender_in_another_clause_is_the_lenders() -> None:
    found = read_text(
        "Первый долг страна взяла у Китая в 1992 году — почти 5 миллионов долларов.", "t.txt"
    ).claims
    assert [c.subject for c in found] == ["country:CHN"]


def test_the_age_of_relations_is_the_great_powers() -> None:
    text = "Diplomatic relations between Uzbekistan and Japan were established 30 years ago."
    assert only_claim(text) == ("country:JPN", "country:UZB")


def test_a_foreign_inflow_total_with_no_giver_is_the_receiving_states() -> None:
    text = "Kyrgyzstan attracts investors. Foreign investments and loans disbursed in 2024 amounted to $5.1 billion."
    assert only_claim(text)[0] == "country:KGZ"


@pytest.mark.parametrize(
    ("text", "origin", "host"),
    [
        ("About 300,000 Kyrgyz migrants work in Russia.", "country:KGZ", "country:RUS"),
        ("В 2020 году в Турции учились 150 студентов из Узбекистана.", "country:UZB", "country:TUR"),
        (
            "Россия остается главным направлением для таджикских мигрантов, хотя их число сократилось до 500 тыс. "
            "человек в 2022 году.",
            "country:TJK",
            "country:RUS",
        ),
    ],
)
def test_people_counted_by_origin_are_their_states_the_host_the_object(
    text: str, origin: str, host: str
) -> None:
    assert only_claim(text) == (origin, host)


def test_people_other_than_the_counted_ones_give_no_origin() -> None:
    claims = read_text(
        "About 20 people were injured in the clashes in Osh, mostly Chinese workers.", "t.txt"
    ).claims
    assert all(c.subject != "country:CHN" or c.confidence < 0.5 for c in claims)
