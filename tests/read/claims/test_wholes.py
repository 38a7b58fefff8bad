"""Tests for parts of wholes (sphere.read.claims.wholes): a share is its holder's, never the whole's owner's; a sum
of a debt is the creditor's it is owed to; where the text names no holder the reader says it is unsure.
Made-up sentences on the real reader."""

from __future__ import annotations

import pytest

from sphere import settings
from sphere.read.claims.quantities import find_quantities
from sphere.read.reader import read_text
from sphere.read.types import Claim

LEAST = settings.get_float("claim_min_confidence") or 0.4


def claim_of(text: str, value: float) -> Claim:
    """Return the one claim with `value`."""
    found = [
        c for c in read_text(text, "t.txt").claims if abs(c.value - value) <= 1e-6 * max(1.0, abs(value))
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "holder"),
    [
        ("At the forum the minister said the EU represents some 35% of Uzbekistan's foreign trade.", 35, "org:eu"),
        ("The minister said the EU represents some 35% of Uzbekistan's trade and 45% of its investment.", 45,
         "org:eu"),
        ("Roughly 60% of Kyrgyzstan's foreign trade and most of its credit account for Russia.", 60, "country:RUS"),
        ("Россия остается крупным партнером Таджикистана, с долей во внешней торговле страны в 18,4%.", 18.4,
         "country:RUS"),
        ("The shipments rose again; roughly 70% of the goods from China to Europe pass through Kazakhstan.", 70,
         "country:KAZ"),
        ("Exports to Turkey grew fast, followed by exports to Iran with 14.2 percent of the total.", 14.2,
         "country:IRN"),
    ],
)  # fmt: skip
def test_a_share_of_a_whole_is_its_holders(text: str, value: float, holder: str) -> None:
    claim = claim_of(text, value)
    assert claim.subject == holder
    assert claim.confidence >= LEAST


@pytest.mark.parametrize(
    ("text", "value", "owner"),
    [
        ("Last year the Zarafshan combine accounted for 9.5 percent of Uzbek GDP.", 9.5, "country:UZB"),
        ("Almost 55% of all container traffic between China and Europe grew in the autumn.", 55, None),
    ],
)
def test_a_share_whose_holder_is_not_known_is_unsure(text: str, value: float, owner: str | None) -> None:
    claim = claim_of(text, value)
    assert claim.subject is None or claim.confidence < LEAST, claim
    if owner:
        assert owner in {claim.subject, claim.object}


def test_a_ratio_restating_a_figure_is_that_figures_owners() -> None:
    text = "Kyrgyzstan's external debt reached $4.2 billion, equivalent to 37.5 percent of its GDP."
    assert claim_of(text, 37.5).subject == "country:KGZ"
    text = "Uzbekistan has shipped 41.2 billion cubic metres of gas to China. This is equal to 12.5% of China's imports."
    assert claim_of(text, 12.5).subject == "country:UZB"


@pytest.mark.parametrize(
    ("text", "value", "creditor"),
    [
        ("Of the $4.1 billion Kyrgyzstan owed abroad, 45 percent – $1.85 billion – is owed to the Export-Import "
         "Bank of China.", 1.85e9, "org:china-exim-bank"),
        ("Of the $4.1 billion Kyrgyzstan owed abroad, 45 percent – $1.85 billion – is owed to the Export-Import "
         "Bank of China.", 45, "org:china-exim-bank"),
        ("Uzbekistan also owes 312 million U.S. dollars to the World Bank and 118 million U.S. dollars to the "
         "IMF.", 118e6, "org:imf"),
        ("Uzbekistan also owes 312 million U.S. dollars to the World Bank and 118 million U.S. dollars to the "
         "IMF.", 312e6, "org:world-bank"),
        ("Of the $200 million repaid last year, $71.5 million went to Russia.", 71.5e6, "country:RUS"),
        ("Official data show that Bishkek owes Beijing more than $1.7 billion.", 1.7e9, "country:CHN"),
    ],
)  # fmt: skip
def test_a_debt_sum_is_the_creditors_it_is_owed_to(text: str, value: float, creditor: str) -> None:
    claim = claim_of(text, value)
    assert claim.subject == creditor
    assert claim.confidence >= LEAST


def test_a_share_restated_as_a_sum_is_the_sharers() -> None:
    text = "Russia remains the largest creditor; Russia accounts for a third of Armenia's debt – about $1.1 billion."
    assert claim_of(text, 1.1e9).subject == "country:RUS"


def test_a_total_given_with_the_clause_subject_is_the_subjects() -> None:
    text = "The EU is the largest investor in the region, with a total of $14.2 billion of direct investment."
    assert claim_of(text, 14.2e9).subject == "org:eu"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Talas Gold, which is the country's second deposit, raised output to 6.4 tonnes in Kyrgyzstan. "
         "Investors in Talas Gold were pleased.", 6.4),
        ("The summit saw the launch of a $2.3 billion giant copper mine project in Kazakhstan.", 2.3e9),
    ],
)  # fmt: skip
def test_a_figure_of_something_the_knowledge_base_lacks_is_not_confidently_the_states(
    text: str, value: float
) -> None:
    claim = claim_of(text, value)
    assert claim.subject not in {"country:KGZ", "country:KAZ"} or claim.confidence < LEAST, claim


def test_the_currency_state_is_no_subject() -> None:
    text = "Товарооборот между Казахстаном и Турцией достиг 6,2 млрд долл. США, или 5,1% от всего товарооборота РК."
    assert claim_of(text, 5.1).subject != "country:USA"


def test_a_currency_code_written_onto_the_number_is_read() -> None:
    found = find_quantities("It will raise EUR12 billion (USD13.1 billion) for the route, not ABCEUR5.", "en")
    assert [(q.value, q.unit) for q in found] == [(12e9, "EUR"), (13.1e9, "USD")]


def test_chinese_trade_figures_are_the_great_powers() -> None:
    text = (
        "据海关统计,中国与中亚国家贸易持续扩大。前三个月,中国对中亚五国进出口1234.5亿元,同比增长8.8%,"
        "规模创历史同期新高。其中出口和进口都有增长,双方合作不断深化。"
    )
    assert claim_of(text, 123.45e9).subject == "country:CHN"
    assert claim_of(text, 8.8).subject == "country:CHN"


def test_a_flow_is_the_givers_not_the_receivers_named_after_into() -> None:
    text = "В 2020 году Россия инвестировала в экономику Узбекистана $740 млн, а Узбекистан вложил в Россию меньше."
    assert claim_of(text, 740e6).subject == "country:RUS"


def test_a_clause_referring_back_keeps_a_carried_subject_sure() -> None:
    text = "Kyrgyzstan's external debt reached $4.6 billion in June. At the start of the year the figure was $4.9 billion."
    claim = claim_of(text, 4.9e9)
    assert claim.subject == "country:KGZ"
    assert claim.confidence >= LEAST


def test_the_capacity_of_an_unlinked_pipeline_is_not_the_transit_states() -> None:
    text = "Газ идет через Узбекистан и Казахстан; общая пропускная способность газопроводов – 48 млрд куб. м в год."
    claim = claim_of(text, 48)
    assert claim.subject not in {"country:KAZ", "country:UZB"} or claim.confidence < LEAST, claim


@pytest.mark.parametrize(
    ("text", "value", "weak"),
    [
        ("The hall stands where the Soviet-era ministry used to be and is being rebuilt with a $90 million grant.",
         90e6, "country:SUN"),
        ("Since 2010 the country attracted a total of $120.5 billion in FDI, of which $51 billion from the EU.",
         120.5e9, "org:eu"),
    ],
)  # fmt: skip
def test_a_name_given_only_as_a_period_or_a_part_is_an_unsure_subject(
    text: str, value: float, weak: str
) -> None:
    claim = claim_of(text, value)
    assert claim.subject != weak or claim.confidence < LEAST, claim


def test_a_stake_holding_names_its_holder() -> None:
    text = "The deal creates a joint venture, with Japan holding 65% of the shares and Uzbekistan the rest."
    assert claim_of(text, 65).subject == "country:JPN"


def test_a_part_of_the_states_own_whole_is_the_states() -> None:
    text = (
        "Mining in Kyrgyzstan grew again last year. The value of gold output was $2.1 billion, almost 17% of "
        "the small country's $12.4 billion gross domestic product."
    )
    for value in (17, 12.4e9):
        claim = claim_of(text, value)
        assert claim.subject == "country:KGZ"
        assert claim.confidence >= LEAST
