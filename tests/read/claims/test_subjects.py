"""Tests for who a figure is about (sphere.read.claims.subjects): works, parts, shares, sources, confidence."""

from __future__ import annotations

from sphere.read.reader import read_text
from sphere.read.types import Claim


def claims_of(text: str) -> dict[float, Claim]:
    """Return the claims of a short text by value."""
    return {c.value: c for c in read_text(text, "t.txt").claims}


def test_a_share_of_a_total_and_the_total() -> None:
    found = claims_of(
        "The European Union sent a delegation. Of the $200 billion of foreign investment attracted to "
        "Kazakhstan since 1991, almost half is of European origin."
    )
    assert found[50].subject == "org:eu"
    assert found[2e11].subject == "country:KAZ"


def test_sources_and_titles_are_not_subjects() -> None:
    found = claims_of(
        "According to the World Bank, remittances to Tajikistan reached $5 billion in 2023. "
        "Kazakhstan's President said that China is a key investor, with investments exceeding $20 billion."
    )
    assert found[5e9].subject != "org:world-bank"
    assert found[2e10].subject == "country:CHN"


def test_the_sharer_accounts_for_the_share() -> None:
    found = claims_of("Russia remains a key partner, accounting for 20% of Uzbekistan's trade.")
    assert (found[20].subject, found[20].object) == ("country:RUS", "country:UZB")


def test_every_claim_says_how_sure_it_is() -> None:
    found = claims_of("Trade between China and Kazakhstan reached $40 billion. It then grew by 5%.")
    assert all(0.0 <= c.confidence <= 1.0 for c in found.values())
    assert found[4e10].confidence > found[5].confidence


def test_debts_go_to_the_creditor_and_flows_to_their_giver() -> None:
    found = claims_of(
        "Most loans came from the Export-Import Bank of China, to which Kyrgyzstan owes about $1.7 billion. "
        "Investments from Japan reached $3 billion last year."
    )
    assert found[1.7e9].subject == "org:china-exim-bank"
    assert found[3e9].subject == "country:JPN"


def test_a_figure_about_a_place_inside_a_state_is_that_states() -> None:
    found = claims_of(
        "Kyrgyzstan and Uzbekistan signed a deal. Around 2,000 workers are employed at the mine near Osh, "
        "the Uzbek side said."
    )
    assert found[2000].subject == "country:KGZ"  # not the last-named state; "2,000" is no year
