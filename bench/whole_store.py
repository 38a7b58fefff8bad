"""Time the whole-store results a server computes on first request: the claims ledger and the index.

    python bench/whole_store.py postgresql+psycopg://postgres@/sphere_bench_1000000?host=/tmp/pg-1m --repeat 2

Each repetition reads fresh inputs (no cache), and prints the ledger's time, the index's attention
dimension alone, the whole index, and the load average before and after (on a shared machine, the numbers
are only as good as the load beside them).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from sphere.analysis.index import index
    from sphere.analysis.index_inputs import default_weights, load_attention
    from sphere.analysis.ledger_summary import summary
    from sphere.store import Store

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db", help="store URL or SQLite path")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    w = default_weights()
    with Store(args.db) as s:
        for _ in range(max(1, min(args.repeat, 5))):
            load = os.getloadavg()[0]
            t0 = time.perf_counter()
            groups = summary(s)
            t1 = time.perf_counter()
            load_attention(s, list(w["states"]), list(w["powers"]))
            t2 = time.perf_counter()
            result = index(s)
            t3 = time.perf_counter()
            print(
                f"ledger {t1 - t0:.1f}s ({len(groups)} groups); attention alone {t2 - t1:.1f}s; "
                f"whole index {t3 - t2:.1f}s ({len(result.cells)} cells); ledger+index {t1 - t0 + t3 - t2:.1f}s; "
                f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
