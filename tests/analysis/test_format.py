"""Figures, dates and names a person reads: formatted the same on every face (web, CLI, index sentences)."""

from __future__ import annotations

from sphere.analysis.format import count, date, figure, money, ordinal, pct, score, with_names


def test_money_is_compact_with_its_currency() -> None:
    assert money(4.04e9) == "$4.04bn"
    assert money(4.0e9) == "$4.0bn"
    assert money(3.4e8, "EUR") == "€340m"
    assert money(1.2e12) == "$1.2tn"
    assert money(-2.5e6) == "-$2.5m"
    assert money(None) == "–"
    assert money(950) == "$950"
    assert money(1.2e9, "KZT") == "KZT 1.2bn"


def test_counts_shares_and_units() -> None:
    assert count(1_234_567, "people") == "1.23m people"
    assert count(4, "posts") == "4 posts"
    assert pct(0.239) == "23.9%" and pct(None) == "–"
    assert figure(591_000, "persons") == "591k people"
    assert figure(1175, "TIV million") == "1,175 TIV m"
    assert figure(2.2e9, "USD") == "$2.2bn"
    assert figure(918e6, "W") == "918 MW"
    assert figure(4.7e9, "USD", "about") == "about $4.7bn"
    assert figure(12e6, "t") == "12 million t"
    assert score(2.4000000000000004) == "2.4"
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
    ]


def test_dates_and_names() -> None:
    assert date("2025-03-24") == "24 Mar 2025" and date("2025-03") == "Mar 2025" and date("2025") == "2025"
    assert (
        with_names("China (country:CHN) vs org:eu", {"country:CHN": "China", "org:eu": "EU"})
        == "China (China) vs EU"
    )
