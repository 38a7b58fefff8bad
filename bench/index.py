"""Benchmark: the whole influence index (5 states × all powers × 2013–2025) and the claims ledger.

Without `--db`: the index from a fresh store holding the knowledge base, against a baseline measured in the
same run: reading the same rows from the store without computing anything (the floor any computation stands
on). Bar: under one second for the whole index.

With `--db PATH` (e.g. the store `bench/serve.py` builds, /tmp/sphere-bench-100000.db): the cold cost of the
whole-store results the explorer computes after new documents arrive — the index (read + compute) and the
ledger summary (every group judged from distinct figures) — on that store. Bar: a few seconds.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sphere.analysis.index import compute
from sphere.analysis.index_inputs import default_weights, load_inputs
from sphere.analysis.ledger_summary import summary
from sphere.store import Store
from sphere.store.kbload import load_kb


def kb_only() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        load_kb(store)
        t0 = time.perf_counter()
        inputs = load_inputs(store)
        inputs.attention(list(default_weights()["states"]), list(default_weights()["powers"]))
        t_load = time.perf_counter() - t0
        t1 = time.perf_counter()
        result = compute(inputs, default_weights())
        t_compute = time.perf_counter() - t1
        total = t_load + t_compute
        print(f"cells: {len(result.cells)} ({len(result.dependence)} state-years)")
        print(f"baseline (load rows only): {t_load * 1000:.0f} ms")
        print(f"index (load + compute):    {total * 1000:.0f} ms  ratio {total / t_load:.2f}× the baseline")
        print(f"bar: under 1 s — {'PASS' if total < 1.0 else 'FAIL'}")
        store.close()


def on_store(db: Path, repeat: int) -> None:
    with Store(db) as store:
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = compute(load_inputs(store), default_weights())
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
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.db:
        on_store(args.db, args.repeat)
    else:
        kb_only()


if __name__ == "__main__":
    main()
