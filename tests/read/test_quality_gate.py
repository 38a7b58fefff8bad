"""The quality gate: the reader's scores on the shared dev and validation corpora and the HTML benchmark stay
above the floors.

Scores come from the shared scorer (`../shared/eval/score.py`, run on outputs written here) so that CI
measures exactly what the blind evaluation measures. The floors live in `quality/floors.json`.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from sphere.read.reader import read_many

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "quality" / "floors.json").read_text(encoding="utf-8"))


CORPORA = {"dev_corpus": "dev", "validation_corpus": "validation"}


def _score(shared: Path, folder: str, out: Path) -> dict[str, float]:
    """Read every article of one shared corpus and score the outputs with the shared scorer."""
    corpus = shared / "corpus" / folder
    gold = corpus / "gold.jsonl"
    files = [
        corpus / json.loads(line)["file"] for line in gold.read_text(encoding="utf-8").splitlines() if line
    ]
    for path, result in read_many(files, workers=2):
        if not isinstance(result, Exception):  # a failure is counted by the scorer (no output file)
            (out / f"{path.name}.json").write_text(
                json.dumps(result.to_json(), ensure_ascii=False), encoding="utf-8"
            )
    proc = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "score.py"),
            "--gold",
            str(gold),
            "--corpus",
            str(corpus),
            "--outputs",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("SCORE ")][-1]
    print(folder, line)
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}


@pytest.fixture(scope="module")
def corpus_scores(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    return {key: _score(shared, folder, tmp_path_factory.mktemp(folder)) for key, folder in CORPORA.items()}


GATES = [
    (corpus, metric) for corpus in CORPORA for metric in sorted(FLOORS[corpus]) if metric != "max_failed"
]


@pytest.mark.parametrize(("corpus", "metric"), GATES)
def test_corpus_scores_stay_above_floors(
    corpus_scores: dict[str, dict[str, float]], corpus: str, metric: str
) -> None:
    scores = corpus_scores[corpus]
    assert scores[metric] >= FLOORS[corpus][metric], (
        f"{corpus} {metric} {scores[metric]} fell below its floor"
    )


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_no_more_documents_fail_than_allowed(corpus_scores: dict[str, dict[str, float]], corpus: str) -> None:
    assert corpus_scores[corpus]["failed"] <= FLOORS[corpus]["max_failed"]


def _load_bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_html_extraction_body_f1_stays_above_floor(shared: Path) -> None:
    bench = _load_bench("extract_html")
    data = shared / "bench" / "article-extraction"
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [
        (
            gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8", "replace"),
            truth[pid]["articleBody"],
        )
        for pid in sorted(truth)
    ]
    _, _, f1, _ = bench.evaluate(pages, bench.sphere_body)
    print(f"HTML body F1 {f1:.3f} over {len(pages)} pages")
    assert f1 >= FLOORS["html_extraction"]["body_f1"]
