"""The reader pipeline over the bundled knowledge base: analyse, read_text/path/many, and the dev-set gate."""

from __future__ import annotations

import json
from pathlib import Path

from sphere.read.errors import ReadError
from sphere.read.reader import analyse, read_many, read_path, read_text
from sphere.read.types import CleanDocument, Reading

TEXT = (
    "Kazakhstan and China signed a deal in Astana. Chinese firms will invest, Kazakh officials said.\n\n"
    "The Ministry of Energy of Kazakhstan welcomed it."
)
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def test_analyse_links_entities_and_builds_the_context() -> None:
    doc = CleanDocument(id="t1", source="test", text=TEXT, language="en")
    reading = analyse(doc)
    assert isinstance(reading, Reading)
    ids = {e.id: e for e in reading.entities}
    assert {"country:KAZ", "country:CHN"} <= set(ids)
    assert {m.text for m in ids["country:CHN"].mentions} == {"China", "Chinese"}
    out = reading.to_json()
    for ent in out["entities"]:
        for m in ent["mentions"]:
            assert TEXT[m["start"] : m["end"]] == m["text"]
    json.dumps(out)  # the public output is plain JSON


def test_read_text_and_read_path(tmp_path: Path) -> None:
    reading = read_text(TEXT, "inline")
    assert reading.document.source == "inline"
    assert any(e.id == "country:KAZ" for e in reading.entities)
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert {e.id for e in read_path(path).entities} == {e.id for e in reading.entities}


def test_read_many_keeps_order_and_reports_errors(tmp_path: Path) -> None:
    paths = []
    for i, body in enumerate([TEXT, "Russia and Uzbekistan met in Tashkent. Moscow agreed.", TEXT]):
        p = tmp_path / f"{i}.txt"
        p.write_text(body, encoding="utf-8")
        paths.append(p)
    paths.insert(1, tmp_path / "missing.txt")
    results = list(read_many(paths, workers=2))
    assert [p for p, _ in results] == paths
    assert isinstance(results[1][1], ReadError)
    assert all(isinstance(r, Reading) for i, (_, r) in enumerate(results) if i != 1)
    second = results[2][1]
    assert isinstance(second, Reading) and "country:RUS" in {e.id for e in second.entities}


def test_every_language_is_read_and_the_output_says_what_was_analysed() -> None:
    turkish = (
        "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev, başkent Taşkent'te Kazakistan Cumhurbaşkanı ile görüştü. "
        "İki ülke arasındaki ticaret hacminin geçen yıl 3 milyar dolar seviyesine ulaştığı kaydedildi."
    )
    reading = read_text(turkish, "tr.txt")
    out = reading.to_json()
    assert out["document"]["language"] == "tr"
    assert out["analysis"] == {"entities": "full", "events": "classifier", "claims": "numbers only"}
    ids = {e.id for e in reading.entities}
    assert {"country:UZB", "country:KAZ", "person:shavkat-mirziyoyev", "place:tashkent"} <= ids
    assert any(c.value == 3e9 and c.unit == "USD" for c in reading.claims)
    assert [e.type for e in reading.events] == ["CONSULT"]  # the classifier reads every language
    assert read_text(TEXT, "en.txt").to_json()["analysis"]["events"] == "full"
