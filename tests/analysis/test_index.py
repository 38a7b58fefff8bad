"""The influence index on a small hand-made dataset, on SQLite and PostgreSQL: whose statistics count, shares
that cannot pass 100%, missing data kept missing, years checked, document claims kept out, readable records."""

from __future__ import annotations

import pytest

from sphere.analysis.index import compute, explain, index
from sphere.analysis.index_inputs import default_weights, load_inputs, merge_weights
from sphere.analysis.index_model import YearError, hhi, parse_years, sensitivity
from sphere.store import Store
from sphere.store import schema as t
from tests.analysis import index_data as d

STATES, POWERS = [d.KGZ, d.TJK], [d.CHN, d.RUS, d.USA]


def _run(store: Store, years: range = range(2023, 2024)):  # type: ignore[no-untyped-def]
    return compute(load_inputs(store), default_weights(), states=STATES, powers=POWERS, years=years)


def test_own_statistics_come_first_and_a_wide_mirror_gap_is_shown(store: Store) -> None:
    d.load(store)
    res = _run(store)
    china = res.cells[(d.CHN, d.KGZ, 2023)].components["trade"]
    # Kyrgyzstan's own figure over Kyrgyzstan's own total: (0.1 + 5.4) / (3 + 12)
    assert china.share == pytest.approx(5.5 / 15.0)
    assert "Kyrgyzstan's own statistics" in (china.basis or "")
    roles = {r["role"] for r in china.records}
    assert roles == {"numerator", "denominator", "differs widely"}  # China's customs' $19.8bn shown beside
    assert "$19.8bn" in china.sentence and "$5.5bn" in china.sentence and "36.7%" in china.sentence
    assert china.rank == 1  # larger than Russia's 3.5 of 15
    assert res.cells[(d.RUS, d.KGZ, 2023)].components["trade"].share == pytest.approx(3.5 / 15.0)


def test_mirror_and_curated_figures_say_whose_and_never_pass_the_total(store: Store) -> None:
    d.load(store)
    res = _run(store)
    china = res.cells[(d.CHN, d.TJK, 2023)].components["trade"]
    assert china.share == pytest.approx(3.9 / 8.0)  # China's customs over the World Bank's total
    assert "China's mirror statistics" in (china.basis or "") and "World Bank" in (china.basis or "")
    russia = res.cells[(d.RUS, d.TJK, 2023)].components["trade"]
    assert russia.share == pytest.approx(1.7 / 8.0)
    assert "curated" in (russia.basis or "") and "curated" in russia.sentence
    assert [r["kind"] for r in russia.records if r["role"] == "numerator"] == [
        "curated (knowledge base, cited page)"
    ]
    usa = res.cells[(d.USA, d.TJK, 2023)].components["trade"]
    assert usa.share is None and "missing, not zero" in usa.sentence
    for cell in res.cells.values():
        for comp in cell.components.values():
            assert comp.share is None or 0.0 <= comp.share <= 1.0


def test_a_mirror_figure_above_the_total_gets_no_share(store: Store) -> None:
    rows = [r for r in d.ROWS if not (r["reporter_id"] == d.KGZ and r["statistics_of"] == d.KGZ)]
    d.load(store, rows)  # Kyrgyzstan without its own statistics: only China's $19.8bn against a $16bn total
    china = _run(store).cells[(d.CHN, d.KGZ, 2023)].components["trade"]
    assert china.share is None and china.raw == pytest.approx(19.8e9)
    assert "no share shown" in (china.basis or "")


def test_people_security_and_alignment_are_shares_of_one_dataset(store: Store) -> None:
    d.load(store)
    res = _run(store)
    people = res.cells[(d.RUS, d.TJK, 2023)].components["people"]  # the 2021 release, two years old
    assert people.parts["remittances"] == pytest.approx(2.3 / 2.5)
    assert people.parts["migrants"] == pytest.approx(1.0 / 1.2)
    assert people.share == pytest.approx((2.3 / 2.5 + 1.0 / 1.2) / 2)
    assert res.cells[(d.CHN, d.TJK, 2023)].components["people"].parts["remittances"] == 0.0
    arms = res.cells[(d.RUS, d.KGZ, 2023)].components["security"].parts["arms"]
    assert arms == pytest.approx(50 / 80)  # 2019–2023 window: Russia 50 of 80 TIV
    align = res.cells[(d.CHN, d.KGZ, 2023)].components["alignment"]
    assert align.share == pytest.approx(0.85 / (0.85 + 0.7 + 0.3)) and align.raw == 0.85


def test_document_claims_never_change_a_cell(store: Store) -> None:
    d.load(store)
    before = {k: c.to_json() for k, c in _run(store).cells.items()}
    with store.transaction() as conn:
        conn.execute(
            t.documents.insert(), [{"id": "doc1", "source": "x", "text": "t", "published": "2023-05-01"}]
        )
        conn.execute(
            t.claims.insert(),
            [
                {
                    "id": f"c{i}",
                    "subject_id": subject,
                    "object_id": obj,
                    "attribute": attribute,
                    "value": 9e15,
                    "unit": "USD",
                    "as_of": "2023",
                    "origin": "document",
                    "document_id": "doc1",
                }
                for i, (subject, obj, attribute) in enumerate(
                    [(d.KGZ, d.USA, "trade"), (d.TJK, d.USA, "investment"), (d.USA, d.TJK, "loan")]
                )
            ],
        )
    after = {k: c.to_json() for k, c in _run(store).cells.items()}
    assert after == before


def test_years_outside_the_data_are_a_clear_error(store: Store) -> None:
    with pytest.raises(YearError, match="no data of record"):
        _run(store)
    d.load(store)
    inp = load_inputs(store)
    with pytest.raises(YearError, match="the data cover 2021–2023; 1990–1995 is outside"):
        compute(inp, default_weights(), states=STATES, powers=POWERS, years=range(1990, 1996))
    with pytest.raises(YearError):
        parse_years("20x3", range(0))
    assert parse_years("2000-2002", range(0)) == range(2000, 2003)


def test_composite_needs_half_the_weight_and_the_default_year_needs_china_and_russia(store: Store) -> None:
    d.load(store)
    res = _run(store, range(2021, 2024))
    for cell in res.cells.values():
        assert (cell.composite is None) == (cell.coverage < 0.5)
    cov = {k: c.coverage for k, c in res.cells.items()}
    assert cov[(d.RUS, d.TJK, 2023)] > cov[(d.RUS, d.TJK, 2022)]  # 2022 has no trade
    year = res.default_year()
    assert year == 2023  # the latest year: the best lowest coverage of China's and Russia's cells
    lowest = min(cov[(p, s, 2023)] for p in (d.CHN, d.RUS) for s in STATES)
    assert all(min(cov[(p, s, y)] for p in (d.CHN, d.RUS) for s in STATES) <= lowest for y in (2021, 2022))


def test_explain_lists_readable_records_with_sources(store: Store) -> None:
    d.load(store)
    res = _run(store)
    data = explain(res, d.CHN, d.KGZ, 2023)
    assert data["sentence"].startswith("China leads trade in Kyrgyzstan")
    recs = data["components"]["trade"]["records"]
    assert {r["label"] for r in recs} >= {"Kyrgyzstan's imports from China", "Kyrgyzstan's trade with China"}
    for r in recs:
        assert r["display"].startswith("$") and r["cite"] and r["kind"]
        assert "{" not in r["label"] and "country:" not in r["label"]
    with pytest.raises(KeyError):
        explain(res, d.CHN, d.KGZ, 1999)


def test_weights_are_data_and_sensitivity_stays_in_range(store: Store) -> None:
    d.load(store)
    only_alignment = merge_weights(
        default_weights(), {"dimensions": {k: 0 for k in default_weights()["dimensions"]} | {"alignment": 1}}
    )
    res = index(store, states=STATES, powers=POWERS, years=range(2023, 2024), weights=only_alignment)
    cell = res.cells[(d.CHN, d.KGZ, 2023)]
    assert cell.composite == cell.components["alignment"].share
    stability = sensitivity(_run(store), draws=50)
    assert all(0.0 <= v <= 1.0 for v in stability.values())
    assert hhi([0.5, 0.5]) == 0.5 and hhi([1.0]) == 1.0
