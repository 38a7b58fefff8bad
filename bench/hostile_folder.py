"""Benchmark the per-document budget: a folder of N documents with K pathological ones stores the others in
about the time of a clean run.

Generates N short documents from the paragraphs of the dev corpus (each a different mix, written to a temp
folder, never committed), then ingests (1) the clean folder and (2) the same folder with K documents
replaced by pathological ones (a 60 KB sentence of triggers: the reader's cost grows with triggers × sentence
length), each into a fresh SQLite store with the same workers, and prints both times, the ratio and how many
documents each stored. The budget (SPHERE_READ_BUDGET_SECONDS, 10 s by default) bounds what each
pathological document costs.

    python bench/hostile_folder.py --docs 1000 --bad 10 --workers 2
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPHERE_SHARED", ROOT.parent / "shared"))


def paragraphs() -> list[str]:
    """The English paragraphs of the dev corpus (the shapes the generated documents copy)."""
    out = []
    for path in sorted((SHARED / "corpus" / "dev").glob("*.txt")):
        for para in path.read_text(encoding="utf-8", errors="replace").split("\n\n"):
            para = " ".join(para.split())
            if 200 < len(para) < 1200 and para.isascii():
                out.append(para)
    return out


def pathological(i: int) -> str:
    return "".join(
        f'signed,agreement,"${i}.{k % 10}bn",2025-01-{k % 28 + 1:02},Astana\n' for k in range(1400)
    )


def make_folder(folder: Path, n: int, bad: int, paras: list[str]) -> None:
    rng = random.Random(7)
    for i in range(n):
        chosen = rng.sample(paras, 3)
        (folder / f"doc{i:04}.txt").write_text(
            f"Document {i}\n\n" + "\n\n".join(chosen) + "\n", encoding="utf-8"
        )
    for j in range(bad):  # replace documents spread through the folder
        i = (j * n) // max(1, bad) + n // (2 * max(1, bad))
        (folder / f"doc{i:04}.txt").write_text(pathological(j), encoding="utf-8")


def run(folder: Path, db: Path, workers: int) -> tuple[float, int, int, list[str]]:
    from sphere.ingest.pipeline import ingest
    from sphere.store import Store

    with Store(db) as store:
        started = time.monotonic()
        report = ingest(store, [str(folder)], workers=workers, batch_size=25)
        elapsed = time.monotonic() - started
    return elapsed, report.stored, report.seen, [c for _, c, _ in report.failed]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--bad", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from sphere.read.budget import budget_from_settings
    from sphere.read.entities.gazetteer import load_gazetteer

    load_gazetteer()
    paras = paragraphs()
    with tempfile.TemporaryDirectory(prefix="sphere-hostile-") as tmp:
        clean, hostile = Path(tmp, "clean"), Path(tmp, "hostile")
        clean.mkdir()
        hostile.mkdir()
        make_folder(clean, args.docs, 0, paras)
        make_folder(hostile, args.docs, args.bad, paras)
        t_clean, stored_clean, seen_clean, _ = run(clean, Path(tmp, "clean.db"), args.workers)
        print(f"clean:   {seen_clean} documents, {stored_clean} stored in {t_clean:.1f} s", flush=True)
        t_bad, stored_bad, seen_bad, codes = run(hostile, Path(tmp, "hostile.db"), args.workers)
        over = codes.count("over_budget")
        print(
            f"hostile: {seen_bad} documents ({args.bad} pathological), {stored_bad} stored in {t_bad:.1f} s; "
            f"failed: {len(codes)} ({over} over the {budget_from_settings().seconds:g} s budget)"
        )
        print(f"ratio hostile/clean: {t_bad / t_clean:.2f} (goal ≤ 2.0)")
        good = args.docs - args.bad
        return 0 if t_bad <= 2 * t_clean and stored_bad >= good - (seen_clean - stored_clean) else 1


if __name__ == "__main__":
    raise SystemExit(main())
