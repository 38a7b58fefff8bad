"""Compare distributed engines for Sphere's reading stage: Dask distributed and Ray, on this machine.

For each engine that is installed: how long a local cluster of 2 worker processes takes to start, the
overhead of 500 empty tasks, and the reading stage's documents/s on the same partitions (each task reads 25
documents with Sphere's reader and returns how many it read), beside the local process pool measured in the
same run. The choice of engine in docs/scale.md rests on this.

    .venv/bin/python bench/engines.py [--n 400] [--workers 2]

Ray is not a dependency of Sphere: install it in the same environment to include it (`pip install ray`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from sphere.ingest.pipeline import Item, read_one


def read_part(paths: list[str]) -> int:
    """Read every file of a partition with Sphere's reader; return how many were read without error."""
    from sphere.read.errors import ReadError

    return sum(not isinstance(read_one(Item(p, path=Path(p))), ReadError) for p in paths)


def noop(i: int) -> int:
    return i


def _local(parts: list[list[str]], workers: int) -> dict[str, float]:
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        started = time.perf_counter() - t0
        t1 = time.perf_counter()
        list(pool.map(noop, range(500)))
        overhead = time.perf_counter() - t1
        t2 = time.perf_counter()
        n = sum(pool.map(read_part, parts))
        reading = time.perf_counter() - t2
    return {"start_s": started, "500_empty_tasks_s": overhead, "read": n, "read_s": reading}


def _dask(parts: list[list[str]], workers: int) -> dict[str, float]:
    import logging

    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)
    t0 = time.perf_counter()
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        started = time.perf_counter() - t0
        t1 = time.perf_counter()
        client.gather(client.map(noop, range(500), pure=False))
        overhead = time.perf_counter() - t1
        t2 = time.perf_counter()
        n = sum(client.gather(client.map(read_part, parts, pure=False)))
        reading = time.perf_counter() - t2
    return {"start_s": started, "500_empty_tasks_s": overhead, "read": n, "read_s": reading}


def _ray(parts: list[list[str]], workers: int) -> dict[str, float]:
    import ray

    t0 = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    try:
        remote_noop, remote_read = ray.remote(noop), ray.remote(read_part)
        ray.get(remote_noop.remote(0))
        started = time.perf_counter() - t0
        t1 = time.perf_counter()
        ray.get([remote_noop.remote(i) for i in range(500)])
        overhead = time.perf_counter() - t1
        t2 = time.perf_counter()
        n = sum(ray.get([remote_read.remote(p) for p in parts]))
        reading = time.perf_counter() - t2
    finally:
        ray.shutdown()
    return {"start_s": started, "500_empty_tasks_s": overhead, "read": n, "read_s": reading}


def main() -> None:
    """Build the documents, run each installed engine, print one JSON line per engine."""
    import importlib.util
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ingest import build_corpus  # the ingest benchmark's corpus of varied documents

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-engines-"))
    build_corpus(folder, args.n)
    files = sorted(str(p) for p in folder.iterdir())
    parts = [files[i : i + 25] for i in range(0, len(files), 25)]
    engines: dict[str, Callable[[list[list[str]], int], dict[str, float]]] = {"local pool": _local}
    for name, module, fn in (("dask", "distributed", _dask), ("ray", "ray", _ray)):
        if importlib.util.find_spec(module):
            engines[name] = fn
    base: float | None = None
    for name, fn in engines.items():
        out: dict[str, Any] = {k: round(v, 2) for k, v in fn(parts, args.workers).items()}
        rate = args.n / out["read_s"]
        base = base or rate
        out.update(engine=name, workers=args.workers, docs_per_s=round(rate, 1), ratio=round(rate / base, 2))
        print(json.dumps(out), flush=True)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
