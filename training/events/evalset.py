"""Score the reader in-process on a gold set with the shared scorer's own matching (a fast twin of score.py).

Usage: python training/events/evalset.py dev|validation [-v] [LEARNED_TYPE_P=0.6 ...]
Prints the same SCORE line as ../shared/eval/score.py; -v lists each document's event misses and output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
sys.path.insert(0, str(SHARED / "eval"))

import score  # noqa: E402

from sphere.read.errors import ReadError  # noqa: E402
from sphere.read.reader import read_path  # noqa: E402


def main() -> None:
    name = sys.argv[1]
    verbose = "-v" in sys.argv
    import sphere.read.events.extract as ex
    import sphere.read.events.merge as merge
    import sphere.read.events.model as model

    for arg in sys.argv[
        2:
    ]:  # NAME=VALUE overrides a threshold of the extractor (or a model switch), for ablations
        if "=" in arg:
            key, value = arg.split("=", 1)
            mod = next((m for m in (ex, merge) if hasattr(m, key)), model)
            setattr(mod, key, type(getattr(mod, key))(float(value)))
    corpus = SHARED / "corpus" / name
    golds = [json.loads(x) for x in (corpus / "gold.jsonl").read_text().splitlines() if x.strip()]
    results = []
    for g in golds:
        try:
            out = read_path(corpus / g["file"]).to_json()
        except ReadError:
            out = {}
        r = score.score_doc(g, out)
        results.append(r)
        if verbose:
            ev = r["event"]
            print(f"## {g['file']} event p={ev['p']:.2f} r={ev['r']:.2f} missed={ev['missed']}")
            for e in out.get("events") or []:
                print(
                    "   SYS",
                    e["type"],
                    e.get("mode"),
                    e["actors"],
                    e["recipients"],
                    "|",
                    e["evidence"]["text"][:110],
                )
            for e in g.get("events") or []:
                print(
                    "   GOLD",
                    e["type"],
                    e.get("mode"),
                    e["actors"],
                    e["recipients"],
                    "|",
                    e["evidence"][:110],
                )

    def mean(key: str, sub: str | None = None) -> float:
        vals = [(r[key][sub] if sub else r[key]) for r in results]
        vals = [v for v in vals if v is not None]
        return sum(vals) / len(vals) if vals else 0.0

    keys = ["entity", "event", "claim"]
    parts = [f"{k}_f1={mean(k, 'f1'):.3f}" for k in keys]
    parts += [f"event_p={mean('event', 'p'):.3f}", f"event_r={mean('event', 'r'):.3f}"]
    parts += [
        f"claim_subject_f1={mean('claim_subject', 'f1'):.3f}",
        f"boilerplate={mean('boilerplate'):.3f}",
        f"body={mean('body'):.3f}",
    ]
    parts += [f"{k}_{m}={mean(k, m):.3f}" for k in ("entity", "claim", "claim_subject") for m in ("p", "r")]
    print("SCORE " + " ".join(parts))


if __name__ == "__main__":
    main()
