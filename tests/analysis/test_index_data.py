"""The influence index on the shipped datasets of record, checked against the raw rows in the store (never
against a ranking written down here), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import defaultdict

import pytest
import sqlalchemy as sa

from sphere.analysis.index import IndexResult, compute
from sphere.analysis.index_inputs import IndexInputs, default_weights, load_inputs
from sphere.store import Store
from sphere.store import schema as t

C5 = ["country:KAZ", "country:KGZ", "country:TJK", "country:TKM", "country:UZB"]
CHN, RUS = "country:CHN", "country:RUS"
COUNTRY_POWERS = [p for p in default_weights()["powers"] if p != "org:eu"]


@pytest.fixture(scope="module")
def inputs(kb_store: Store) -> IndexInputs:
    return load_inputs(kb_store)


@pytest.fixture(scope="module")
def result(inputs: IndexInputs) -> IndexResult:
    return compute(inputs, default_weights(), years=range(2000, 2025))


def _raw(store: Store, indicator: str, **where: object) -> list[dict[str, object]]:
    i = t.indicators
    stmt = sa.select(i).where(i.c.indicator == indicator, i.c.dataset.isnot(None))
    for k, v in where.items():
        stmt = stmt.where(i.c[k] == v)
    return store.query(stmt)


def test_the_default_year_covers_china_and_russia_in_every_state(result: IndexResult) -> None:
    year = result.default_year()
    assert year is not None
    for state in C5:
        for power in (CHN, RUS):
            cell = result.cells[(power, state, year)]
            assert cell.coverage >= 0.8, (power, state, year)
            assert cell.composite is not None and cell.sentence
    later = [
        y
        for y in range(year + 1, 2025)
        if all(result.cells[(p, s, y)].coverage >= 0.8 for p in (CHN, RUS) for s in C5)
    ]
    assert later == []  # it is the latest such year


def test_trade_is_measured_for_all_five_states_in_2023(result: IndexResult) -> None:
    for state in C5:
        measured = [
            p for p in result.weights["powers"] if result.cells[(p, state, 2023)].components["trade"].share
        ]
        assert measured, state


@pytest.mark.parametrize("state", ["country:KAZ", "country:KGZ", "country:UZB"])
def test_trade_leader_is_the_largest_partner_in_the_states_own_table(
    kb_store: Store, inputs: IndexInputs, state: str
) -> None:
    turnover: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for flow in ("exports", "imports"):
        for r in _raw(kb_store, flow, reporter_id=state, statistics_of=state):
            if r["partner_id"] in COUNTRY_POWERS and r["unit"] == "USD":
                turnover[int(str(r["year"]))][str(r["partner_id"])] += float(str(r["value"]))
    years = sorted(y for y in turnover if y >= 2010)
    assert years, "the state's own statistics are loaded"
    res = compute(
        inputs, default_weights(), states=[state], powers=COUNTRY_POWERS, years=range(years[0], years[-1] + 1)
    )
    for year in years:
        expected = max(turnover[year], key=lambda p: turnover[year][p])
        leader = [p for p in COUNTRY_POWERS if res.cells[(p, state, year)].components["trade"].rank == 1]
        assert leader == [expected], year
        assert "own statistics" in (res.cells[(expected, state, year)].components["trade"].basis or "")


def test_shares_stay_between_zero_and_one_and_trade_shares_add_up(result: IndexResult) -> None:
    by_state: dict[tuple[str, int], float] = defaultdict(float)
    for (_, s, y), cell in result.cells.items():
        for comp in cell.components.values():
            assert comp.share is None or 0.0 <= comp.share <= 1.0 + 1e-9
        by_state[(s, y)] += cell.components["trade"].share or 0.0
        assert cell.composite is None or cell.coverage >= 0.5
    assert max(by_state.values()) <= 1.0 + 1e-9


def test_people_is_russias_share_of_remittances_and_migrants(kb_store: Store, result: IndexResult) -> None:
    for state in ("country:TJK", "country:KGZ", "country:UZB"):
        rows = _raw(kb_store, "remittances_from", reporter_id=state, year=2021)
        total = sum(float(str(r["value"])) for r in rows if r["partner_id"] not in ("world:total",))
        world = [float(str(r["value"])) for r in rows if r["partner_id"] == "world:total"]
        russia = sum(float(str(r["value"])) for r in rows if r["partner_id"] == RUS)
        expected = russia / max(world[0] if world else 0.0, total)
        part = result.cells[(RUS, state, 2021)].components["people"].parts["remittances"]
        assert part == pytest.approx(expected)
        assert result.cells[(RUS, state, 2021)].components["people"].rank == 1


def test_security_arms_share_is_the_sipri_window(kb_store: Store, result: IndexResult) -> None:
    year, window = 2020, int(default_weights()["arms_window_years"])
    for state in C5:
        rows = [
            r
            for r in _raw(kb_store, "arms_tiv", reporter_id=state)
            if year - window < int(str(r["year"])) <= year
        ]
        world = sum(float(str(r["value"])) for r in rows if r["partner_id"] == "world:total")
        russia = sum(float(str(r["value"])) for r in rows if r["partner_id"] == RUS)
        part = result.cells[(RUS, state, year)].components["security"].parts.get("arms")
        if world > 0:
            assert part == pytest.approx(russia / world)
        else:
            assert part is None


def test_alignment_is_the_unga_agreement_share(kb_store: Store, result: IndexResult) -> None:
    powers = result.weights["powers"]
    for state in C5:
        rows = {
            r["partner_id"]: float(str(r["value"]))
            for r in _raw(kb_store, "unga_agreement", reporter_id=state, year=2020)
        }
        total = sum(v for p, v in rows.items() if p in powers)
        for p in (CHN, RUS):
            comp = result.cells[(p, state, 2020)].components["alignment"]
            assert comp.raw == pytest.approx(rows[p]) and comp.share == pytest.approx(rows[p] / total)


def test_every_value_links_to_rows_of_the_store(kb_store: Store, result: IndexResult) -> None:
    year = result.default_year() or 2020
    ids = {r["id"] for r in kb_store.query(sa.select(t.indicators.c.id))}
    for state in C5:
        for dim in ("trade", "finance", "people", "alignment"):
            comp = result.cells[(CHN, state, year)].components[dim]
            if comp.share is None:
                continue
            linked = [r for r in comp.records if r.get("table") == "indicators"]
            assert linked and all(r["id"] in ids for r in linked), (state, dim)
