"""Numbers a person reads: money, counts and shares formatted the same everywhere."""

from __future__ import annotations

from sphere.analysis.numbers import count, figure, money, ordinal, pct


def test_money_is_compact_with_its_currency() -> None:
    assert money(4.04e9) == "$4.0bn"
    assert money(3.4e8, "EUR") == "€340.0m"
    assert money(1.2e12) == "$1.2tn"
    assert money(-2.5e6) == "−$2.5m"
    assert money(None) == "—"
    assert money(950) == "$950"


def test_counts_shares_and_units() -> None:
    assert count(1_234_567, "people") == "1.2m people"
    assert count(4, "posts") == "4 posts"
    assert pct(0.239) == "23.9%" and pct(None) == "—"
    assert figure(591_000, "persons") == "591k people"
    assert figure(1175, "TIV million") == "1,175 TIV m"
    assert figure(2.2e9, "USD") == "$2.2bn"
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
