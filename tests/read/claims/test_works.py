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
