"""Benchmark: the whole influence index (5 states × all powers × 2013–2025) from a fresh store.

Prints the time against a baseline measured in the same run: reading the same rows from the store without
computing anything (the floor any computation stands on). Bar: under one second for the whole index.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sphere.analysis.index import compute
from sphere.analysis.index_inputs import default_weights, load_inputs
from sphere.store import Store
from sphere.store.kbload import load_kb


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        load_kb(store)
        t0 = time.perf_counter()
        inputs = load_inputs(store)
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


if __name__ == "__main__":
    main()
