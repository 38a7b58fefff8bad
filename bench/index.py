"""Benchmark: the whole influence index (5 states × 10 powers × 2000–2024) on the shipped datasets, and the ledger.

Without `--db`: a fresh store with the knowledge base and the datasets of record (`load_kb`, as `sphere demo`),
then `sphere index --years 2000-2024 --json`'s work — read the inputs, compute every cell, serialise to JSON —
timed `--repeat` times (best and median printed). Beside it, in the same run, the implementation this one
replaced (the index of commit OLD_COMMIT, read with `git show` into a temporary module) on the same store and
years; if git or that commit is not available, the figure recorded for it on 2026-12-06 is printed instead and
labelled as recorded. Bar: under one second.

With `--db PATH` (e.g. the store `bench/serve.py` builds): the cold cost of the whole-store results the
explorer computes after new documents arrive — the index and the ledger summary — on that store.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from sphere.analysis.index import compute
from sphere.analysis.index_inputs import default_weights, load_inputs
from sphere.analysis.ledger_summary import summary
from sphere.store import Store
from sphere.store.kbload import load_kb

OLD_COMMIT = "18ddcbb"  # the index before it read data of record (figures typed in from news pages)
OLD_RECORDED_S = 0.70  # that implementation, 2000–2024 on this store, measured 2026-12-06 on the dev machine
YEARS = range(2000, 2025)
ROOT = Path(__file__).resolve().parents[1]


def _old_modules(tmp: Path) -> ModuleType | None:
    """Import the replaced implementation from git into `tmp` (None when git or the commit is missing)."""
    try:
        files = {
            name: subprocess.run(
                ["git", "-C", str(ROOT), "show", f"{OLD_COMMIT}:src/sphere/analysis/{name}.py"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            for name in ("index_inputs", "index")
        }
        weights = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{OLD_COMMIT}:src/sphere/kb/data/index_weights.json"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    (tmp / "old_index_inputs.py").write_text(files["index_inputs"], encoding="utf-8")
    (tmp / "old_index.py").write_text(
        files["index"].replace("sphere.analysis.index_inputs", "old_index_inputs"), encoding="utf-8"
    )
    (tmp / "old_index_weights.json").write_text(weights, encoding="utf-8")
    sys.path.insert(0, str(tmp))
    for name in ("old_index_inputs", "old_index"):
        spec = importlib.util.spec_from_file_location(name, tmp / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules["old_index"]


def _time(fn: Any, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def with_datasets(repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        load_kb(store)
        print(f"load (knowledge base + datasets of record, once): {time.perf_counter() - t0:.1f} s")

        def new() -> None:
            res = compute(load_inputs(store), default_weights(), years=YEARS)
            json.dumps([c.to_json() for c in res.cells.values()], default=str)

        new_t = _time(new, repeat)
        res = compute(load_inputs(store), default_weights(), years=YEARS)
        print(
            f"cells: {len(res.cells)} ({len(res.dependence)} state-years); default year {res.default_year()}"
        )
        old = _old_modules(Path(tmp))
        if old is not None:
            old_inputs = sys.modules["old_index_inputs"]
            old_weights = json.loads((Path(tmp) / "old_index_weights.json").read_text(encoding="utf-8"))

            def previous() -> None:
                r = old.compute(old_inputs.load_inputs(store), old_weights, years=YEARS)
                json.dumps([c.to_json() for c in r.cells.values()], default=str)

            old_t = _time(previous, repeat)
            old_label = f"measured in this run (commit {OLD_COMMIT})"
        else:
            old_t, old_label = [OLD_RECORDED_S], "recorded 2026-12-06 (git not available)"
        best, med = min(new_t), statistics.median(new_t)
        print(
            f"index 2000–2024, read + compute + JSON: best {best * 1000:.0f} ms, median {med * 1000:.0f} ms"
        )
        print(
            f"old index, same store and years: best {min(old_t) * 1000:.0f} ms, "
            f"median {statistics.median(old_t) * 1000:.0f} ms — {old_label}"
        )
        print(f"ratio new/old (best): {best / min(old_t):.2f}")
        print(f"bar: under 1 s — {'PASS' if best < 1.0 else 'FAIL'}")
        store.close()


def on_store(db: Path, repeat: int) -> None:
    with Store(db) as store:
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = compute(load_inputs(store), default_weights(), years=YEARS)
            t_index = time.perf_counter() - t0
            t1 = time.perf_counter()
            groups = summary(store)
            t_ledger = time.perf_counter() - t1
            print(
                f"index {t_index:.2f} s ({len(result.cells)} cells) · ledger {t_ledger:.2f} s "
                f"({len(groups)} groups, {sum(g.conflict for g in groups)} in conflict, "
                f"{sum(g.n_entries for g in groups):,} claims)"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="an existing store to time the index and the ledger on")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if args.db:
        on_store(args.db, args.repeat)
    else:
        with_datasets(args.repeat)


if __name__ == "__main__":
    main()
