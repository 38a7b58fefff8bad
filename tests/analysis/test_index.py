"""The influence index on the bundled knowledge base: published facts come out of the data, nothing is imputed."""

from __future__ import annotations

from collections import defaultdict

import pytest

from sphere.analysis.index import compute, explain, hhi, partner_totals, sensitivity
from sphere.analysis.index_inputs import IndexInputs, default_weights, load_inputs, merge_weights
from sphere.store import Store
from sphere.store import schema as t

C5 = ["country:KAZ", "country:KGZ", "country:TJK", "country:TKM", "country:UZB"]


@pytest.fixture(scope="module")
def inputs(kb_store: Store) -> IndexInputs:
    return load_inputs(kb_store)


@pytest.mark.parametrize("year", [2023, 2024])
def test_china_is_the_c5s_largest_partner_by_chinese_customs(inputs: IndexInputs, year: int) -> None:
    by_china = partner_totals(inputs, year, C5, ["country:CHN"], statistics_of="country:CHN")
    china_total, states_covered = by_china["country:CHN"]
    assert states_covered == 5  # Chinese customs figures for all five states
    others = partner_totals(inputs, year, C5, ["country:RUS", "org:eu"])
    assert others, "the knowledge base must hold Russian and EU figures to compare with"
    for partner, (total, _) in others.items():
        assert china_total > total, partner


def test_kazakhstan_has_the_most_chinese_development_finance_2000_2021(inputs: IndexInputs) -> None:
    totals: dict[str, float] = defaultdict(float)
    for r in inputs.indicators:
        if (
            r["indicator"] == "dev_finance_total"
            and r["partner_id"] == "country:CHN"
            and 2000 <= r["year"] <= 2021
        ):
            totals[r["reporter_id"]] += r["value"]
    assert set(totals) == set(C5)
    assert max(totals, key=lambda k: totals[k]) == "country:KAZ"


def test_missing_data_stays_missing(inputs: IndexInputs) -> None:
    result = compute(inputs, default_weights(), states=["country:TKM"], years=range(2013, 2014))
    for cell in result.cells.values():
        assert cell.components["attention"].share is None  # no documents stored: no attention score
        if all(c.share is None for c in cell.components.values()):
            assert cell.composite is None and cell.coverage == 0.0
        assert 0.0 <= cell.coverage <= 1.0


def test_shares_add_up_and_explain_lists_sourced_records(inputs: IndexInputs) -> None:
    result = compute(inputs, default_weights(), states=["country:KAZ"], years=range(2023, 2024))
    for dim in ("trade", "institutions"):
        shares = [
            c.components[dim].share for c in result.cells.values() if c.components[dim].share is not None
        ]
        assert shares and sum(shares) <= 1.0 + 1e-9
    data = explain(result, "country:CHN", "country:KAZ", 2023)
    trade = data["components"]["trade"]
    assert trade["records"] and all(r["source"] for r in trade["records"])
    assert data["dependence"]["top"] in {c.power for c in result.cells.values()}


def test_weights_are_data_and_can_be_overridden(inputs: IndexInputs) -> None:
    base = compute(inputs, default_weights(), states=["country:KAZ"], years=range(2023, 2024))
    only_institutions = merge_weights(
        default_weights(),
        {
            "dimensions": {
                "trade": 0,
                "finance": 0,
                "infrastructure": 0,
                "diplomacy": 0,
                "attention": 0,
                "institutions": 1,
            }
        },
    )
    other = compute(inputs, only_institutions, states=["country:KAZ"], years=range(2023, 2024))
    cell = other.cells[("country:RUS", "country:KAZ", 2023)]
    assert cell.composite == cell.components["institutions"].share
    assert base.cells[("country:RUS", "country:KAZ", 2023)].composite != cell.composite


def test_sensitivity_and_concentration(inputs: IndexInputs) -> None:
    result = compute(inputs, default_weights(), states=["country:KAZ"], years=range(2023, 2024))
    stability = sensitivity(inputs, result.weights, result, draws=50)
    assert 0.0 <= stability[("country:KAZ", 2023)] <= 1.0
    assert hhi([0.5, 0.5]) == 0.5 and hhi([1.0]) == 1.0


def test_attention_counts_documents_in_sql(store: Store) -> None:
    """Attention: per year, the documents mentioning the state, and among them those naming each power."""
    docs = {  # id: (published, entities mentioned)
        "d1": ("2023-03-01", ["country:KAZ", "country:CHN", "country:CHN"]),
        "d2": ("2023-07-09", ["country:KAZ", "country:RUS"]),
        "d3": ("2023-01-01", ["country:CHN"]),
        "d4": ("2024-02-02", ["country:KAZ", "country:CHN"]),
        "d5": (None, ["country:KAZ", "country:CHN"]),
    }
    with store.transaction() as conn:
        conn.execute(
            t.documents.insert(),
            [{"id": d, "source": d, "text": "t", "published": p} for d, (p, _) in docs.items()],
        )
        conn.execute(
            t.mentions.insert(),
            [
                {"document_id": d, "start": i, "end": i + 1, "entity_id": ent, "text": "x"}
                for d, (_, ents) in docs.items()
                for i, ent in enumerate(ents)
            ],
        )
        conn.execute(
            t.events.insert(),
            [
                {
                    "id": "e1",
                    "type": "CONSULT",
                    "date": "2023-03-01",
                    "origin": "document",
                    "document_id": "d1",
                },
                {
                    "id": "e2",
                    "type": "CONSULT",
                    "date": "2023-07-09",
                    "origin": "document",
                    "document_id": "d2",
                },
                {"id": "e3", "type": "CONSULT", "date": "2023-05-05", "origin": "kb", "document_id": None},
            ],
        )
        conn.execute(
            t.event_participants.insert(),
            [
                {"event_id": "e1", "entity_id": "country:KAZ", "role": "recipient"},
                {"event_id": "e1", "entity_id": "country:CHN", "role": "actor"},
                {"event_id": "e2", "entity_id": "country:KAZ", "role": "actor"},
                {"event_id": "e3", "entity_id": "country:KAZ", "role": "actor"},
                {"event_id": "e3", "entity_id": "country:CHN", "role": "recipient"},
            ],
        )
    powers = ["country:CHN", "country:RUS"]
    result = compute(
        load_inputs(store), default_weights(), states=["country:KAZ"], powers=powers, years=range(2023, 2025)
    )

    def attention(power: str, year: int) -> tuple[float | None, float, str | None, list[str]]:
        comp = result.cells[(power, "country:KAZ", year)].components["attention"]
        return comp.share, comp.raw, comp.basis, [r["id"] for r in comp.records]

    assert attention("country:CHN", 2023) == (
        0.5,
        1.0,
        "1 of 2 stored documents about the state that year",
        ["e1"],
    )
    assert attention("country:RUS", 2023) == (
        0.5,
        1.0,
        "1 of 2 stored documents about the state that year",
        [],
    )
    assert attention("country:CHN", 2024) == (
        1.0,
        1.0,
        "1 of 1 stored documents about the state that year",
        [],
    )
    assert attention("country:RUS", 2024)[:2] == (0.0, 0.0)
