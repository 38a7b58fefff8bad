"""Tests for which work a figure is about (sphere.read.claims.works): works nouns, parts of works, unlinked works."""

from __future__ import annotations

from sphere.read.reader import read_text
from sphere.read.types import Claim


def claims_of(text: str) -> dict[float, Claim]:
    """Return the claims of a short text by value."""
    return {c.value: c for c in read_text(text, "t.txt").claims}


def test_a_figure_that_modifies_a_works_noun_is_the_works() -> None:
    found = claims_of(
        "Officials discussed the China-Kyrgyzstan-Uzbekistan railway again. Builders expect the 500km railway "
        "to cost $6bn, with $3bn spent on the Kyrgyz section."
    )
    railway = "project:china-kyrgyzstan-uzbekistan-railway"
    assert found[500].subject == railway and found[500].confidence >= 0.75
    assert (found[3e9].subject, found[3e9].object) == (railway, "country:KGZ")  # a part keeps its scope
    assert found[6e9].object != "country:KGZ"


def test_a_work_the_knowledge_base_does_not_link_gets_no_subject() -> None:
    (claim,) = read_text(
        "The planned Mongolia — Kyrgyzstan — Tajikistan canal will be 900 kilometres long.", "t"
    ).claims
    assert (claim.subject, claim.confidence) == (None, 0.0)


def test_a_work_named_by_the_states_it_joins_is_the_known_project() -> None:
    reading = read_text(
        "Строительство железной дороги «Китай – Кыргызстан – Узбекистан» обойдется примерно в 8 млрд долларов.",
        "ru.txt",
    )
    (claim,) = reading.claims
    assert claim.subject == "project:china-kyrgyzstan-uzbekistan-railway"
    assert "project:china-kyrgyzstan-uzbekistan-railway" in {e.id for e in reading.entities}


def test_a_work_named_by_its_known_name_and_one_named_to_compare_it() -> None:
    found = {
        c.value: c
        for c in read_text(
            "Officials called the trans-Afghan project the most important one after the China-Kyrgyzstan-Uzbekistan "
            "Railway. The project will cost $5.2 billion.",
            "t.txt",
        ).claims
    }
    assert found[5.2e9].subject == "project:trans-afghan-railway"


def test_a_new_name_before_a_works_noun_is_a_work() -> None:
    reading = read_text("The Zarafshan Kum canal will be 120 km long and cost $600 million.", "t.txt")
    (work,) = [e for e in reading.entities if e.name.startswith("Zarafshan Kum")]
    assert work.kind == "project" and "Zarafshan Kum canal" in {work.name, *work.aliases}
    assert {c.subject for c in reading.claims} == {work.id}
