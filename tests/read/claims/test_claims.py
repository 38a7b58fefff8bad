"""Tests for claim extraction (sphere.read.claims.extract) on hand-built reading contexts."""

from __future__ import annotations

import re

import pytest

from sphere.read.claims.extract import extract_claims
from sphere.read.sentences import split_sentences
from sphere.read.types import Claim, CleanDocument, Entity, Mention, ReadContext

# a tiny linker for the tests: surface pattern -> (entity id, name, kind, iso3)
NAMES: list[tuple[str, str, str, str, str | None]] = [
    (r"China|Chinese|Китая|Китай|Китаем|китайск\w+", "country:CHN", "China", "country", "CHN"),
    (r"Kazakhstan|Kazakh|Казахстана|Казахстаном|Казахстан", "country:KAZ", "Kazakhstan", "country", "KAZ"),
    (r"Uzbekistan|Uzbek", "country:UZB", "Uzbekistan", "country", "UZB"),
    (r"Kyrgyzstan", "country:KGZ", "Kyrgyzstan", "country", "KGZ"),
    (r"Russia|Russian", "country:RUS", "Russia", "country", "RUS"),
    (r"[Tt]he European Union|[Tt]he EU|European", "org:eu", "European Union", "organization", None),
    (r"Central Asia|Central Asian", "place:central-asia", "Central Asia", "place", None),
    (
        r"[Tt]he Trans-Caspian Route|[Tt]he Middle Corridor",
        "project:titr",
        "Middle Corridor",
        "project",
        None,
    ),
    (r"[Tt]he Shymkent railway", "project:shymkent-railway", "Shymkent railway", "project", None),
    (r"Acme Energy", "company:acme", "Acme Energy", "company", None),
    (r"Beta Corp", "company:beta", "Beta Corp", "company", None),
    (r"Jan Novak", "person:jan-novak", "Jan Novak", "person", None),
]


def read(text: str, language: str = "en", published: str | None = "2025-03-01") -> list[Claim]:
    """Link the test names in `text` and return the extracted claims."""
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for pattern, eid, name, kind, iso3 in NAMES:
        for m in re.finditer(r"(?<!\w)(?:" + pattern + r")(?!\w)", text):
            entities.setdefault(eid, Entity(eid, name, kind, iso3=iso3))
            mentions.append(Mention(m.start(), m.end(), m.group(0), eid))
    mentions.sort(key=lambda m: m.start)
    doc = CleanDocument("t", "test", text, published=published, language=language)
    return extract_claims(ReadContext(doc, split_sentences(text), mentions, entities))


def find(claims: list[Claim], value: float, unit: str) -> Claim:
    """Return the claim with this value and unit."""
    hits = [c for c in claims if c.unit == unit and c.value == pytest.approx(value)]
    assert len(hits) == 1, claims
    return hits[0]


def test_trade_value_takes_the_great_power_as_subject() -> None:
    claims = read("Trade between Uzbekistan and China exceeded $14 billion last year.")
    c = find(claims, 14e9, "USD")
    assert (c.subject, c.object, c.attribute) == ("country:CHN", "country:UZB", "trade_value")
    assert (c.qualifier, c.as_of) == ("over", "2024")
    assert c.evidence.text == "Trade between Uzbekistan and China exceeded $14 billion last year."


def test_growth_rate_and_target() -> None:
    text = (
        "Trade between Kazakhstan and Russia grew by 25% in 2023. "
        "The sides aim to raise trade to $30 billion by 2030."
    )
    claims = read(text)
    growth = find(claims, 25, "%")
    assert (growth.attribute, growth.subject, growth.as_of) == ("growth_rate", "country:RUS", "2023")
    goal = find(claims, 30e9, "USD")
    assert (goal.qualifier, goal.attribute, goal.as_of) == ("target", "trade_value", "2030")


def test_rank_statements() -> None:
    text = (
        "China is Kazakhstan's largest trading partner, outpacing both Russia and the European Union. "
        "Russia remains Uzbekistan's second-largest trading partner. "
        "Kazakhstan is the world's largest uranium producer."
    )
    claims = read(text)
    ranks = [(c.subject, c.attribute, c.value, c.object) for c in claims if c.unit == "rank"]
    assert ranks == [
        ("country:CHN", "trade_rank", 1, "country:KAZ"),
        ("country:RUS", "trade_rank", 2, "country:UZB"),
        ("country:KAZ", "production", 1, None),
    ]


def test_russian_rank_and_money() -> None:
    text = "В 2024 году Китай стал крупнейшим торговым партнером Казахстана. Товарооборот достиг 44 млрд долларов."
    claims = read(text, "ru", None)
    rank = find(claims, 1, "rank")
    assert (rank.subject, rank.object, rank.attribute, rank.as_of) == (
        "country:CHN",
        "country:KAZ",
        "trade_rank",
        "2024",
    )
    money = find(claims, 44e9, "USD")
    assert (money.attribute, money.subject) == ("trade_value", "country:CHN")


def test_project_figures_go_to_the_project() -> None:
    text = (
        "The Shymkent railway will run 280 km and cost $1.5bn. "
        "The line will carry up to 10 million tonnes a year, 120 km of it in Uzbekistan."
    )
    claims = read(text)
    length = find(claims, 280, "km")
    assert (length.subject, length.attribute, length.qualifier) == (
        "project:shymkent-railway",
        "length",
        None,
    )
    assert find(claims, 1.5e9, "USD").attribute == "cost"
    volume = find(claims, 10e6, "t/yr")
    assert (volume.subject, volume.qualifier) == ("project:shymkent-railway", "up to")
    section = find(claims, 120, "km")
    assert section.object == "country:UZB"


def test_shares_stakes_and_flows() -> None:
    text = (
        "Now 40% of Kyrgyzstan's exports go to Russia, 20% to Kazakhstan. "
        "Acme Energy bought a 49% stake in the plant. "
        "Chinese firms invested more than $5 billion in Uzbekistan."
    )
    claims = read(text)
    share = find(claims, 40, "%")
    assert (share.attribute, share.subject, share.object) == ("trade_share", "country:KGZ", "country:RUS")
    assert find(claims, 20, "%").object == "country:KAZ"
    stake = find(claims, 49, "%")
    assert (stake.attribute, stake.subject) == ("stake", "company:acme")
    inv = find(claims, 5e9, "USD")
    assert (inv.attribute, inv.subject, inv.object, inv.qualifier) == (
        "investment",
        "country:CHN",
        "country:UZB",
        "over",
    )


def test_places_dates_and_visits() -> None:
    text = (
        "Acme Energy was declared the winner, while Beta Corp took second place. "
        "The Middle Corridor was launched in 2014 and will be completed by 2027. "
        "Jan Novak visited Kazakhstan twice last year."
    )
    claims = read(text)
    ranks = sorted((c.value, c.subject) for c in claims if c.unit == "rank")
    assert ranks == [(1, "company:acme"), (2, "company:beta")]
    dates = sorted((c.attribute, c.value) for c in claims if c.unit == "year")
    assert dates == [("date_complete", 2027), ("date_start", 2014)]
    visit = find(claims, 2, "visits")
    assert (visit.subject, visit.object, visit.as_of) == ("person:jan-novak", "country:KAZ", "2024")


def test_a_presence_since_a_year_dates_its_start() -> None:
    claims = read("Russian troops have been stationed in Kyrgyzstan since at least 2003, Beta Corp reported.")
    start = find(claims, 2003, "year")
    assert (start.attribute, start.subject, start.confidence) == ("date_start", "country:RUS", 0.6)
    assert not [
        c for c in read("Russian troops have been stationed in Kyrgyzstan in 2003.") if c.unit == "year"
    ]


def test_duplicates_noise_and_list_sizes_are_dropped() -> None:
    text = (
        "Trade hit $40bn\n\n"
        "The leaders of five Central Asian countries met for three days in the first 11 months of talks. "
        "Bilateral trade between China and Kazakhstan hit $40bn in 2024. "
        "Buses run three times a week. Call +7 701 123 45 67."
    )
    claims = read(text)
    assert [(c.value, c.unit) for c in claims] == [(3, "days"), (40e9, "USD")]
    assert claims[1].evidence.text.startswith("Bilateral trade")  # the body sentence, not the headline


def test_from_to_keeps_the_new_value() -> None:
    claims = read("The Middle Corridor's cost has increased from an initial $5 billion to $7 billion.")
    assert [(c.value, c.unit) for c in claims] == [(7e9, "USD")]


def test_empty_text_and_no_entities() -> None:
    assert read("") == []
    claims = read("Output rose by 12% in 2022.")
    assert [(c.subject, c.attribute, c.value) for c in claims] == [(None, "growth_rate", 12)]


def test_per_day_and_per_year_are_kept_apart() -> None:
    claims = read(
        "Uzbekistan will import 9 million cubic metres of gas per day, about 2.8 billion cubic metres a year. "
        "Daily deliveries of 5 million cubic metres started in October. The line has an annual capacity of 30 bcm."
    )
    assert {(c.value, c.unit) for c in claims} >= {
        (9e6, "m3/day"),
        (2.8, "bcm/yr"),
        (5e6, "m3/day"),
        (30, "bcm/yr"),
    }
