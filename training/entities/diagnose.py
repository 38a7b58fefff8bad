"""List the reader's entity misses and false positives on a gold set, with the scorer's own matching.

Usage: python training/entities/diagnose.py dev [FILE_SUBSTRING]
For each document: the gold entities no system entity matches (MISS, with the gold aliases and whether any
alias occurs in the cleaned text) and the system entities of scored kinds no gold entity matches (FP, with
their surfaces). Only for the dev set: the validation set is scored by its aggregate alone.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
sys.path.insert(0, str(SHARED / "eval"))

import score  # noqa: E402

from sphere.read.errors import ReadError  # noqa: E402
from sphere.read.reader import read_path  # noqa: E402

KINDS = {"country", "person", "organization", "company", "project", "place"}


def main() -> None:
    name = sys.argv[1]
    if name != "dev":
        raise SystemExit("diagnose reads the dev set only")
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    corpus = SHARED / "corpus" / name
    golds = [json.loads(x) for x in (corpus / "gold.jsonl").read_text().splitlines() if x.strip()]
    misses: Counter[str] = Counter()
    fps: Counter[str] = Counter()
    for g in golds:
        if only not in g["file"]:
            continue
        try:
            out = read_path(corpus / g["file"]).to_json()
        except ReadError:
            out = {}
        r = score.score_doc(g, out)
        ent = r["entity"]
        if not ent["missed"] and not ent["spurious"]:
            continue
        text = (out.get("document") or {}).get("text") or ""
        low = text.lower()
        print(f"## {g['file']} [{g['language']}] p={ent['p']:.2f} r={ent['r']:.2f} f1={ent['f1']:.2f}")
        for gold in g["entities"]:
            if gold["name"] in ent["missed"] and gold["kind"] in KINDS:
                forms = [gold["name"], *(gold.get("aliases") or [])]
                seen = [f for f in forms if f.lower() in low]
                misses[gold["kind"]] += 1
                print(
                    f"   MISS {gold['kind']:12} {gold['name']!r} aliases={gold.get('aliases')} in_text={seen}"
                )
        for e in out.get("entities") or []:
            if e.get("name") in ent["spurious"] and e.get("kind") in KINDS:
                fps[e["kind"]] += 1
                surf = sorted({m_text(text, m) for m in e.get("mentions") or []})
                print(f"   FP   {e['kind']:12} {e['id']!r} surfaces={surf}")
        others = [e["name"] for e in g["entities"] if e["kind"] == "other"]
        if others:
            print(f"   (gold other: {others})")
    print("misses by kind:", dict(misses), "false positives by kind:", dict(fps))


def m_text(text: str, m: dict) -> str:
    return text[m["start"] : m["end"]]


if __name__ == "__main__":
    main()
