"""Tests for rankings among all countries (sphere.read.claims.ranks)."""

from __future__ import annotations

from tests.read.claims.test_claims import read


def ranks(text: str, language: str = "en") -> list[tuple[str | None, str, float, str | None]]:
    """Return (subject, attribute, rank, object) of the rank claims read from `text`."""
    return [(c.subject, c.attribute, c.value, c.object) for c in read(text, language) if c.unit == "rank"]


def test_an_appended_world_rank_goes_to_the_last_state_before_it() -> None:
    text = (
        "Remittances reached 31% of Kyrgyzstan's GDP in 2022, second in the world in terms of their weight."
    )
    assert ranks(text) == [("country:KGZ", "other", 2, None)]


def test_ranks_in_the_world_and_the_worlds_nth_largest() -> None:
    text = (
        "Uzbekistan ranks fifth in the world in cotton exports. "
        "Kazakhstan is the world's ninth-largest country by area. "
        "Kazakhstan is the 12th largest oil producer in the world."
    )
    assert ranks(text) == [
        ("country:UZB", "other", 5, None),
        ("country:KAZ", "other", 9, None),
        ("country:KAZ", "production", 12, None),
    ]


def test_russian_and_german_world_ranks() -> None:
    assert ranks("Казахстан занимает девятое место в мире по площади.", "ru") == [
        ("country:KAZ", "other", 9, None)
    ]
    assert ranks("China liegt weltweit auf Platz zwei.", "de") == [("country:CHN", "other", 2, None)]


def test_no_world_rank_without_an_ordinal_or_a_named_state() -> None:
    assert ranks("For the first time in the world, the plant uses this method.") == []
    assert ranks("The second round of talks in the world capital ended.") == []
    claims = read("It is the third largest economy in the world.")
    assert [(c.subject, c.confidence) for c in claims if c.unit == "rank"] == [(None, 0.0)]
