"""Score the reader's entities on the multilingual entity check set (training/entities/checkset.jsonl).

Usage: python training/entities/checkset.py [tune|heldout|all] [-v]
The check set holds short excerpts (a few sentences) of 71 public news pages about Central Asia in Russian,
Kazakh (Cyrillic and Latin script), German, Polish, Turkish, Uzbek, Chinese and English, each with its URL and
retrieval date, every page checked with ../shared/eval/blocked.py, annotated by ../shared/corpus/ANNOTATION.md
(entities only). The English pages en06-en21 hold the entity errors of one kind each: numbered works written
several ways ("Kambarata -1 HPP", "Kambarata HPP-1", "Kambarata Hydropower Project 1"), state bodies with their
field, parent and holder ("Ministry of Energy of Kazakhstan", "Chairman of the Cabinet of Ministers of Kyrgyzstan
Akylbek Japarov"), persons sharing a surname ("Wang Wenbin" and "Wang Yi", "Sadyr" and "Akylbek Japarov") and
places inside organizations' names ("National University of Singapore"). Pages alternate within each language
between "tune" (rules may be checked against them) and "heldout" (only measured). Prints the mean entity
precision and recall per split and per language, with the shared scorer's own entity matching, and the share of
pages whose language was detected right; -v lists each page's misses (MISS) and spurious entities (FP).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
sys.path.insert(0, str(SHARED / "eval"))

import score  # noqa: E402

from sphere.read.reader import read_text  # noqa: E402

CHECKSET = Path(__file__).with_name("checkset.jsonl")


def _gold(rec: dict) -> dict:
    """Return a gold record of the scorer's shape holding the page's entities (body checks trivially true)."""
    words = rec["text"].split()
    return {
        "file": rec["id"],
        "language": rec["language"],
        "body_start": " ".join(words[:3]),
        "body_end": " ".join(words[-3:]),
        "entities": rec["entities"],
    }


def main() -> None:
    split = next((a for a in sys.argv[1:] if not a.startswith("-")), "all")
    verbose = "-v" in sys.argv
    recs = [json.loads(x) for x in CHECKSET.read_text(encoding="utf-8").splitlines() if x.strip()]
    by: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for rec in recs:
        if split != "all" and rec["split"] != split:
            continue
        out = read_text(rec["text"], rec["id"]).to_json()
        res = score.score_doc(_gold(rec), out)
        ent = res["entity"]
        row = (ent["p"], ent["r"], res["language"])
        by["ALL"].append(row)
        by[rec["language"]].append(row)
        if verbose and (ent["missed"] or ent["spurious"]):
            lang = (out.get("document") or {}).get("language")
            print(f"## {rec['id']} [{rec['split']}, detected {lang}] p={ent['p']:.2f} r={ent['r']:.2f}")
            for name in ent["missed"]:
                print("   MISS", name)
            for e in out.get("entities") or []:
                if e.get("name") in ent["spurious"] and e.get("kind") in score_kinds():
                    text = out["document"]["text"]
                    surf = sorted({text[m["start"] : m["end"]] for m in e.get("mentions") or []})
                    print(f"   FP   {e['kind']:12} {e['id']!r} {surf}")
    for key, rows in sorted(by.items(), key=lambda kv: (kv[0] != "ALL", kv[0])):
        n = len(rows)
        p, r, lang = (sum(x[i] for x in rows) / n for i in range(3))
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"CHECK {split:7} {key:4} n={n:2} entity_p={p:.3f} entity_r={r:.3f} entity_f1={f:.3f} language={lang:.2f}"
        )


def score_kinds() -> set[str]:
    """Return the entity kinds the scorer counts."""
    return {"country", "person", "organization", "company", "project", "place"}


if __name__ == "__main__":
    main()
