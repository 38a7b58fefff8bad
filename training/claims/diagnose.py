"""List a gold set's claim misses with the shared scorer's matching: wrong subject, other unit, unread value,
spurious.

Usage: python training/claims/diagnose.py dev [FILE-PREFIX]
       python training/claims/diagnose.py dev --swapped   (only the figures filed under the gold object)
For each document: gold claims with the system claim of the same value and unit (and its subject), gold claims
whose value was read with another unit (UNIT), gold claims no system claim has the value of (NOVAL), and system
claims that match no gold claim. Dev only: never run it on
validation (its texts and gold are not to be read).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
sys.path.insert(0, str(SHARED / "eval"))

import score  # noqa: E402

from sphere.read.reader import read_path  # noqa: E402


def main() -> None:
    name = sys.argv[1]
    if name != "dev":
        raise SystemExit("dev only")
    swapped = "--swapped" in sys.argv
    args = [a for a in sys.argv[2:] if not a.startswith("--")]
    only = args[0] if args else ""
    corpus = SHARED / "corpus" / name
    golds = [json.loads(x) for x in (corpus / "gold.jsonl").read_text().splitlines() if x.strip()]
    counts = {"ok": 0, "wrong_subject": 0, "other_unit": 0, "no_value": 0, "spurious": 0}
    for g in golds:
        if not g["file"].startswith(only):
            continue
        out = read_path(corpus / g["file"]).to_json()
        r = score.score_doc(g, out)
        ents = [e for e in out["entities"]]
        kinds = {"country", "person", "organization", "company", "project", "place"}
        g2s = {
            ge["name"]: {e["id"] for e in ents if e.get("kind") in kinds and score.entity_matches(ge, e)}
            for ge in g["entities"]
        }
        sys_claims = out.get("claims") or []
        used: set[int] = set()
        lines = []
        for gc in g.get("claims") or []:
            gv = float(gc["value"])
            same = [
                i
                for i, s in enumerate(sys_claims)
                if i not in used
                and abs(float(s["value"]) - gv) <= max(1e-9, 0.01 * abs(gv))
                and score.norm_unit(s.get("unit")) == score.norm_unit(gc.get("unit"))
            ]
            subj = g2s.get(gc["subject"], set())
            good = [i for i in same if sys_claims[i].get("subject") in subj]
            if good:
                used.add(good[0])
                counts["ok"] += 1
                continue
            if same:
                s = sys_claims[same[0]]
                used.add(same[0])
                counts["wrong_subject"] += 1
                obj = g2s.get(gc.get("object") or "", set())
                if s.get("subject") in obj:
                    counts["swapped"] = counts.get("swapped", 0) + 1
                    lines.append(
                        f"  SWAPPED gold={gc['subject']}->{gc.get('object')} sys={s['subject']}->{s.get('object')} "
                        f"conf={s.get('confidence')} {gc['attribute']}={gc['value']} {gc['unit']} | {gc['evidence'][:150]}"
                    )
                    continue
                if swapped:
                    continue
                lines.append(
                    f"  WRONG gold={gc['subject']} sys={s['subject']} conf={s.get('confidence')} {gc['attribute']}={gc['value']} {gc['unit']} | {gc['evidence'][:150]}"
                )
            elif not swapped:
                other_unit = [
                    s["unit"]
                    for s in sys_claims
                    if abs(float(s["value"]) - gv) <= max(1e-9, 0.01 * abs(gv))
                    and score.norm_unit(s.get("unit")) != score.norm_unit(gc.get("unit"))
                ]
                kind = "UNIT" if other_unit else "NOVAL"
                counts["other_unit" if other_unit else "no_value"] += 1
                lines.append(
                    f"  {kind} gold={gc['subject']} {gc['attribute']}={gc['value']} {gc['unit']}"
                    + (f" sys_unit={other_unit[0]}" if other_unit else "")
                    + f" | {gc['evidence'][:150]}"
                )
        for i, s in enumerate(sys_claims):
            if i not in used and not swapped:
                counts["spurious"] += 1
                lines.append(
                    f"  SPUR sys={s['subject']} conf={s.get('confidence')} {s['attribute']}={s['value']} {s['unit']} | {s['evidence']['text'][:150]}"
                )
        if lines:
            print(f"## {g['file']} strict={r['claim_subject']['f1']:.2f} lenient={r['claim']['f1']:.2f}")
            print("\n".join(lines))
    print(counts)


if __name__ == "__main__":
    main()
