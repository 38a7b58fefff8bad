"""Attention: stored news about a state and a power, counted in SQL, only when the store has documents."""

from __future__ import annotations

from sphere.analysis.index import compute
from sphere.analysis.index_inputs import default_weights, load_attention, load_inputs
from sphere.store import Store
from sphere.store import schema as t
from tests.analysis import index_data as d


def test_attention_counts_documents_in_sql(store: Store) -> None:
    """Attention: per year, the documents mentioning the state, and among them those naming each power."""
    docs = {  # id: (published, entities mentioned)
        "d1": ("2023-03-01", [d.TJK, "country:CHN", "country:CHN"]),
        "d2": ("2023-07-09", [d.TJK, "country:RUS"]),
        "d3": ("2023-01-01", ["country:CHN"]),
        "d4": ("2022-02-02", [d.TJK, "country:CHN"]),
        "d5": (None, [d.TJK, "country:CHN"]),
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
                {"event_id": "e1", "entity_id": d.TJK, "role": "recipient"},
                {"event_id": "e1", "entity_id": "country:CHN", "role": "actor"},
                {"event_id": "e2", "entity_id": d.TJK, "role": "actor"},
                {"event_id": "e3", "entity_id": d.TJK, "role": "actor"},
                {"event_id": "e3", "entity_id": "country:CHN", "role": "recipient"},
            ],
        )
    d.load(store)
    powers = ["country:CHN", "country:RUS"]
    result = compute(
        load_inputs(store), default_weights(), states=[d.TJK], powers=powers, years=range(2022, 2024)
    )

    def attention(power: str, year: int) -> tuple[float | None, float, str | None, list[str]]:
        comp = result.cells[(power, d.TJK, year)].components["attention"]
        return comp.share, comp.raw, comp.basis, [r["id"] for r in comp.records]

    assert result.dimension_weights["attention"] > 0  # documents are stored: attention counts

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
    assert attention("country:CHN", 2022) == (
        1.0,
        1.0,
        "1 of 1 stored documents about the state that year",
        [],
    )
    assert attention("country:RUS", 2022)[:2] == (0.0, 0.0)


def test_attention_lists_the_newest_read_events_and_counts_all(store: Store) -> None:
    """At most `per_cell` read events are kept per state, power and year (the newest); all are counted."""
    with store.transaction() as conn:
        conn.execute(
            t.documents.insert(), [{"id": "d1", "source": "d1", "text": "t", "published": "2023-01-01"}]
        )
        conn.execute(
            t.events.insert(),
            [
                {
                    "id": f"e{i}",
                    "type": "CONSULT",
                    "date": f"2023-0{i}-01",
                    "origin": "document",
                    "document_id": "d1",
                }
                for i in (1, 2, 3)
            ],
        )
        conn.execute(
            t.event_participants.insert(),
            [
                {"event_id": f"e{i}", "entity_id": ent, "role": role}
                for i in (1, 2, 3)
                for ent, role in ((d.TJK, "recipient"), ("country:CHN", "actor"))
            ],
        )
    att = load_attention(store, [d.TJK], ["country:CHN"], per_cell=2)
    assert [e["id"] for e in att.events[(d.TJK, "country:CHN", 2023)]] == ["e2", "e3"]
    assert att.n_events[(d.TJK, "country:CHN", 2023)] == 3
