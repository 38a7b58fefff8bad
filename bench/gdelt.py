"""Benchmark the GDELT connector: export rows read per second, and rows loaded into SQLite per second.

Builds an export file of N generated rows in the documented 61-column layout (tests/connectors/gdelt_fixture.py),
then times (1) reading it, zipped, with the C5 filter and PLOVER mapping, against a baseline measured in the same
run: splitting every line on tabs and nothing else; and (2) loading it into a fresh SQLite store with the
knowledge base (actor linking included).

    .venv/bin/python bench/gdelt.py [--n 100000] [--region-every 50]   (50: about 1% of rows in the region)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.connectors.gdelt_fixture import build

from sphere.connectors import gdelt
from sphere.ingest.coded import load_gdelt
from sphere.store import Store
from sphere.store.kbload import load_kb


def main() -> None:
    """Build the file, time the baseline split, the connector read and the store load; print rows/s."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000, help="rows to generate (at most 1,000,000)")
    ap.add_argument(
        "--region-every", type=int, default=1, help="only every k-th row may involve Central Asia"
    )
    args = ap.parse_args()
    n = min(args.n, 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        fx = build(Path(tmp) / "gdelt", n=n, region_every=max(1, args.region_every))
        t0 = time.perf_counter()
        with zipfile.ZipFile(fx.zipped) as zf, zf.open(zf.namelist()[0]) as raw:
            split = sum(1 for line in raw.read().decode("utf-8").splitlines() if line.split("\t"))
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        read = gdelt.read_events([fx.zipped])
        took = time.perf_counter() - t0
        with Store(Path(tmp) / "bench.db") as store:
            load_kb(store)
            t0 = time.perf_counter()
            report = load_gdelt(store, [fx.zipped], [fx.mentions])
            load = time.perf_counter() - t0
    print(f"rows: {fx.rows:,} ({len(read.events):,} involve a C5 state, {len(read.problems)} broken lines)")
    print(f"baseline (unzip + split only): {split / base:,.0f} rows/s")
    print(
        f"read (C5 filter, PLOVER):      {read.lines / took:,.0f} rows/s  ({took / base:.2f}x the baseline time)"
    )
    print(
        f"load into SQLite with links:   {fx.rows / load:,.0f} rows/s  ({report.stored:,} events, "
        f"{report.mentions:,} mentions, {report.linked:,} actor links)"
    )


if __name__ == "__main__":
    main()
