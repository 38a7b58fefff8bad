"""A small, hand-made set of indicator rows in the shape the dataset connectors store, for index tests.

Figures are invented for the tests (round numbers), except where a test says otherwise; each row points at a
dataset source, or, for the one curated figure, at a web page, as the knowledge base stores them.
"""

from __future__ import annotations

from typing import Any

from sphere.store import Store
from sphere.store import schema as t

KGZ, TJK, CHN, RUS, USA = "country:KGZ", "country:TJK", "country:CHN", "country:RUS", "country:USA"
WORLD = "world:total"
SOURCES = [
    {"id": "src-stat", "kind": "dataset", "dataset": "Test national statistics", "publisher": "Test office"},
    {"id": "src-wdi", "kind": "dataset", "dataset": "Test WDI", "publisher": "Test World Bank"},
    {"id": "src-mirror", "kind": "dataset", "dataset": "Test customs", "publisher": "Test customs office"},
    {"id": "src-other", "kind": "dataset", "dataset": "Test other datasets", "publisher": "Test"},
    {"id": "src-page", "kind": "web", "url": "https://example.org/news", "title": "A news page"},
]
NAMES = {KGZ: "Kyrgyzstan", TJK: "Tajikistan", CHN: "China", RUS: "Russia", USA: "United States"}


def row(indicator: str, reporter: str, partner: str, year: int, value: float, **kw: Any) -> dict[str, Any]:
    """Return one indicator row (unit USD and the national-statistics source unless given)."""
    out = {
        "indicator": indicator,
        "reporter_id": reporter,
        "partner_id": partner,
        "year": year,
        "value": value,
        "unit": "USD",
        "statistics_of": None,
        "statistics": None,
        "source_id": "src-stat",
        **kw,
    }
    out["id"] = "|".join(
        str(out[k]) for k in ("indicator", "reporter_id", "partner_id", "year", "statistics_of")
    )
    out["id"] += "|" + str(out["source_id"])
    return out


ROWS = [
    # Kyrgyzstan's own statistics, and China's customs reporting a far larger figure
    row("exports", KGZ, CHN, 2023, 0.1e9, statistics_of=KGZ, statistics="Test office"),
    row("imports", KGZ, CHN, 2023, 5.4e9, statistics_of=KGZ, statistics="Test office"),
    row("exports", KGZ, RUS, 2023, 1.0e9, statistics_of=KGZ, statistics="Test office"),
    row("imports", KGZ, RUS, 2023, 2.5e9, statistics_of=KGZ, statistics="Test office"),
    row("exports", KGZ, WORLD, 2023, 3.0e9, statistics_of=KGZ, statistics="Test office"),
    row("imports", KGZ, WORLD, 2023, 12.0e9, statistics_of=KGZ, statistics="Test office"),
    row(
        "trade_total",
        KGZ,
        CHN,
        2023,
        19.8e9,
        statistics_of=CHN,
        statistics="Test customs",
        source_id="src-mirror",
    ),
    # Tajikistan: no own statistics by partner; China's customs, a curated own figure, the World Bank's totals
    row(
        "trade_total",
        TJK,
        CHN,
        2023,
        3.9e9,
        statistics_of=CHN,
        statistics="Test customs",
        source_id="src-mirror",
    ),
    row(
        "trade_total",
        TJK,
        RUS,
        2023,
        1.7e9,
        statistics_of=TJK,
        statistics="Test agency",
        source_id="src-page",
    ),
    row("wdi:TX.VAL.MRCH.CD.WT", TJK, WORLD, 2023, 2.0e9, source_id="src-wdi"),
    row("wdi:TM.VAL.MRCH.CD.WT", TJK, WORLD, 2023, 6.0e9, source_id="src-wdi"),
    row("wdi:TX.VAL.MRCH.CD.WT", KGZ, WORLD, 2023, 3.5e9, source_id="src-wdi"),
    row("wdi:TM.VAL.MRCH.CD.WT", KGZ, WORLD, 2023, 12.5e9, source_id="src-wdi"),
    # people, security, alignment
    row("remittances_from", TJK, RUS, 2021, 2.3e9, source_id="src-other"),
    row("remittances_from", TJK, "country:KAZ", 2021, 0.2e9, source_id="src-other"),
    row("migrants_in", TJK, RUS, 2021, 1.0e6, unit="persons", source_id="src-other"),
    row("migrants_in", TJK, "country:DEU", 2021, 0.2e6, unit="persons", source_id="src-other"),
    row("arms_tiv", KGZ, RUS, 2021, 50.0, unit="TIV million", source_id="src-other"),
    row("arms_tiv", KGZ, "country:TUR", 2022, 30.0, unit="TIV million", source_id="src-other"),
    row("arms_tiv", KGZ, WORLD, 2021, 50.0, unit="TIV million", source_id="src-other"),
    row("arms_tiv", KGZ, WORLD, 2022, 30.0, unit="TIV million", source_id="src-other"),
    *(
        row("unga_agreement", st, p, y, v, unit="share", source_id="src-other")
        for st in (KGZ, TJK)
        for y in (2022, 2023)
        for p, v in ((CHN, 0.85), (RUS, 0.7), (USA, 0.3))
    ),
]


def load(store: Store, rows: list[dict[str, Any]] | None = None) -> None:
    """Write the sources, the entities' names and the rows into the store."""
    with store.transaction() as conn:
        keys = ("id", "kind", "url", "dataset", "title", "publisher")
        conn.execute(t.sources.insert(), [{k: src.get(k) for k in keys} for src in SOURCES])
        conn.execute(t.entities.insert(), [{"id": i, "kind": "country", "name": n} for i, n in NAMES.items()])
        conn.execute(t.indicators.insert(), rows if rows is not None else ROWS)
