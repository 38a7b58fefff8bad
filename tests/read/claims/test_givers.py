"""Tests for who gives and who holds (sphere.read.claims.givers, .sides): a person's pledge is the person's state's,
a debt written off is the creditor's, "it imported" is the state the text is about, "the X side's share" is X's
and a figure "each" of several parties is one claim per party. Made-up sentences on the real reader."""

from __future__ import annotations

import pytest

from sphere.read.claims.givers import person_state
from sphere.read.reader import read_text
from sphere.read.types import Claim


def claims_of(text: str) -> list[Claim]:
    return read_text(text, "t.txt").claims


def subjects_of(text: str, value: float) -> list[str | None]:
    """Return the subjects of the claims with `value` (one per claim)."""
    return [c.subject for c in claims_of(text) if abs(c.value - value) <= 1e-6 * max(1.0, abs(value))]


def test_a_person_acts_for_a_state_or_for_the_body_the_person_heads() -> None:
    assert person_state("person:xi-jinping") == "country:CHN"
    assert person_state("person:ursula-von-der-leyen") == "org:european-commission"
    assert person_state("country:CHN") is None


@pytest.mark.parametrize(
    ("text", "value", "giver", "receiver"),
    [
        ("Xi Jinping pledged $2 billion in loans over the next five years for members of the SCO.", 2e9,
         "country:CHN", "org:sco"),
        ("Vladimir Putin promised Tajikistan $70 million in aid for border security.", 70e6, "country:RUS",
         "country:TJK"),
        ("Xi Jinping opened the forum in Xi'an on Friday. He pledged $3 billion in loans to the region's states.",
         3e9, "country:CHN", None),
    ],
)  # fmt: skip
def test_money_a_person_pledges_is_the_persons_states(
    text: str, value: float, giver: str, receiver: str | None
) -> None:
    claim = next(c for c in claims_of(text) if c.value == value)
    assert claim.subject == giver
    assert claim.confidence >= 0.4
    if receiver:
        assert claim.object == receiver


def test_the_period_of_a_pledge_goes_with_its_giver() -> None:
    text = "Xi Jinping pledged $2 billion in loans over the next five years for members of the SCO."
    assert subjects_of(text, 5) == ["country:CHN"]


def test_the_period_of_a_flow_later_in_its_clause_goes_with_its_giver() -> None:
    text = "Li Qiang pledged 5 billion yuan in loans for Central Asian states over the next four years."
    assert subjects_of(text, 4) == ["country:CHN"]


def test_a_speaker_announcing_what_another_gives_is_not_the_giver() -> None:
    text = "Ursula von der Leyen announced that the EU has prepared a €10 billion investment package for the region."
    assert subjects_of(text, 10e9) == ["org:eu"]


@pytest.mark.parametrize(
    ("text", "value", "creditor"),
    [
        ("Russia wrote off Uzbekistan's debt of $500 million in 2014.", 500e6, "country:RUS"),
        ("Last month $45 million of Kyrgyzstan's debt was forgiven by Japan.", 45e6, "country:JPN"),
        ("Россия списала Таджикистану долг в размере 240 млн долларов.", 240e6, "country:RUS"),
        ("The government signed a protocol on the write-off of Kyrgyzstan's debt to Russia worth $90 million.", 90e6,
         "country:RUS"),
    ],
)  # fmt: skip
def test_a_debt_written_off_is_the_creditors(text: str, value: float, creditor: str) -> None:
    assert subjects_of(text, value) == [creditor]


def test_a_debt_written_off_with_no_creditor_named_takes_the_paragraphs_power_unsure() -> None:
    text = (
        "Moscow agreed last year to restructure the old loans of its ally. "
        "Under the deal, $70 million of the debt was cancelled in 2020."
    )
    claim = next(c for c in claims_of(text) if c.value == 70e6)
    assert claim.subject == "country:RUS"
    assert claim.confidence < 0.5


@pytest.mark.parametrize(
    ("text", "value", "state"),
    [
        ("Tajikistan's trade grew sharply last year. In 2022, it imported $2.1 billion worth of goods from China.",
         2.1e9, "country:TJK"),
        ("Kazakhstan's economy expanded by 5 percent. Its exports to Russia reached $9 billion.", 9e9,
         "country:KAZ"),
    ],
)  # fmt: skip
def test_a_pronoun_trading_is_the_state_of_the_sentence_before(text: str, value: float, state: str) -> None:
    claim = next(c for c in claims_of(text) if c.value == value)
    assert claim.subject == state
    assert claim.object != state


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("The Tajik side's share in the new joint venture will be 40 percent, and the Uzbek side will hold 60 "
         "percent.", {40: ["country:TJK"], 60: ["country:UZB"]}),
        ("Under the draft agreement the Kyrgyz side will receive 50 percent and the Kazakh and Uzbek sides will get "
         "25 percent each.", {50: ["country:KGZ"], 25: ["country:KAZ", "country:UZB"]}),
        ("В уставном капитале компании: таджикская сторона – 51%; узбекская сторона – 49%.",
         {51: ["country:TJK"], 49: ["country:UZB"]}),
        ("Russia holds 50 percent of the venture, while Kazakhstan and Uzbekistan own 25 percent each.",
         {25: ["country:KAZ", "country:UZB"]}),
        ("Tajikistan and Uzbekistan will each receive 45 percent of the new company.",
         {45: ["country:TJK", "country:UZB"]}),
        ("Die tadschikische und die usbekische Seite erhalten jeweils 45 Prozent der Anteile.",
         {45: ["country:TJK", "country:UZB"]}),
    ],
)  # fmt: skip
def test_shares_per_side_and_each(text: str, shares: dict[float, list[str]]) -> None:
    for value, holders in shares.items():
        assert sorted(s or "" for s in subjects_of(text, value)) == holders


def test_each_of_a_counted_plural_is_not_each_partys() -> None:
    text = "Kazakhstan and Uzbekistan signed four agreements worth $200 million each."
    assert len(subjects_of(text, 200e6)) == 1


def test_a_side_share_is_a_stake() -> None:
    claim = next(
        c
        for c in claims_of("The Tajik side's share in the joint venture will be 40 percent.")
        if c.value == 40
    )
    assert claim.attribute == "stake"


def test_figures_respectively_pair_with_their_parties_in_order() -> None:
    text = "Under the plan Tajikistan and Uzbekistan will receive 45 percent and 55 percent respectively."
    assert subjects_of(text, 45) == ["country:TJK"]
    assert subjects_of(text, 55) == ["country:UZB"]


def test_a_leader_announcing_a_flow_that_names_its_owner_is_not_its_giver() -> None:
    text = "Shavkat Mirziyoyev announced $8 billion of investment from Saudi Arabia in the energy sector of the country."
    assert subjects_of(text, 8e9) == ["country:SAU"]
