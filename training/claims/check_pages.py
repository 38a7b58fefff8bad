"""Score the claim reader on training/claims/pages.jsonl (public pages outside dev and validation).

Usage: python training/claims/check_pages.py [-v] [tune|test]
Pages carry a fixed `split` (build_pages.py): tune rules on `tune`, report `test`; with no split, all pages.
For each labelled figure: was the value read (value within 1 %, same unit, as the shared scorer matches), is its
subject one of the right ones with a confidence the ledger uses (`claim_min_confidence`), or is it a wrong
subject the ledger would still show (confident and wrong: the worst case), or a wrong one marked unsure.
A figure labelled with no subject is right when no confident claim carries it. Prints one PAGES line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
sys.path.insert(0, str(SHARED / "eval"))

import score  # noqa: E402

from sphere import settings  # noqa: E402
from sphere.read.reader import read_text  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    parts = [a for a in sys.argv[1:] if a in ("tune", "test")]
    least = settings.get_float("claim_min_confidence") or 0.0
    pages = [json.loads(x) for x in (ROOT / "training/claims/pages.jsonl").read_text().splitlines() if x]
    pages = [p for p in pages if not parts or p.get("split") in parts]
    n = read = right = right_read = confident_wrong = unsure = 0
    for page in pages:
        out = read_text(page["text"], page["url"]).to_json()
        claims = out.get("claims") or []
        for g in page["claims"]:
            n += 1
            gv = float(g["value"])
            same = [s for s in claims if abs(float(s["value"]) - gv) <= max(1e-9, 0.01 * abs(gv))
                    and score.norm_unit(s.get("unit")) == score.norm_unit(g["unit"])]  # fmt: skip
            sure = [s for s in same if s.get("subject") and (s.get("confidence") or 0) >= least]
            if same:
                read += 1
            ok = any(s["subject"] in g["subject"] for s in sure) if g["subject"] else not sure
            right += ok
            right_read += ok and bool(same)
            if not ok and sure:
                confident_wrong += 1
            elif not ok and same:
                unsure += 1
            if verbose and not ok:
                got = [(s["subject"], s.get("confidence")) for s in same] or "value not read"
                print(f"  MISS {g['value']} {g['unit']} want={g['subject']} got={got} | {page['url'][:70]}")
    print(f"PAGES {'+'.join(parts) or 'all'} pages={len(pages)} figures={n} read={read / n:.3f} "
          f"subject_right={right / n:.3f} right_of_read={right_read / max(1, read):.3f} "
          f"confident_wrong={confident_wrong} unsure_wrong={unsure}")  # fmt: skip


if __name__ == "__main__":
    main()
