"""A budget per document: work runs in worker processes that are killed when they overrun.

`BudgetPool(workers)` keeps that many worker processes. `map(fn, items)` runs `fn(item)` for each item in a
worker, at most one item per worker at a time, and yields results in input order while it reads the input
lazily (never more than `workers` items in flight). An item that takes longer than the wall-clock budget
(`read_budget_seconds`) has its worker killed and replaced, and yields an `OverBudget` error instead of a
result; a worker's address space is capped at what it had when it started plus `read_budget_mb`, so an item
that needs more memory fails with `OverBudget` too (the worker answers with the error, or dies and is
replaced). The rest of the batch goes on either way. `run(fn, item)` does one item (thread-safe: the web's
read endpoint calls it from its worker threads).

Workers are forked from the caller after it has loaded the reader and its gazetteer (`sphere.read.warm`),
so a worker that replaces a killed one is ready in milliseconds; a worker that hangs in whatever state it
inherited is stopped by the same budget.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from sphere import settings
from sphere.read.errors import ReadError

__all__ = ["Budget", "BudgetPool", "OverBudget", "budget_from_settings"]

T = TypeVar("T")
R = TypeVar("R")

PRELOAD = ["sphere.read.warm"]
STARTUP_SECONDS = 120  # a fresh worker on a busy machine: the fork server loads the gazetteer first


class OverBudget(ReadError):
    """A document took more time or memory than the per-document budget allows."""

    code = "over_budget"
    exit_code = 12


@dataclass(frozen=True)
class Budget:
    """The wall-clock seconds and the memory (bytes) one document may use."""

    seconds: float
    memory_bytes: int


def budget_from_settings() -> Budget:
    """Return the budget the settings give (`read_budget_seconds`, `read_budget_mb`)."""
    seconds = settings.get_float("read_budget_seconds") or 10.0
    mb = settings.get_int("read_budget_mb") or 512
    return Budget(seconds=seconds, memory_bytes=mb * 1024 * 1024)


def _vm_size() -> int:
    """Return this process's virtual memory size in bytes (0 where /proc is missing)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit_memory(extra: int) -> None:
    """Cap this process's address space at its current size plus `extra` bytes."""
    try:
        import resource

        current = _vm_size()
        if current:
            limit = current + extra
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # not on this platform: the time budget still holds
        pass


def _close_inherited(keep: set[int]) -> None:
    """Close the descriptors a forked worker inherited (sockets, pipes to other programs such as a browser
    driver, database files): holding them open would keep those ends alive after the parent closes them."""
    try:
        fds = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:  # no /proc: leave them
        return
    for fd in fds:
        if fd not in keep:
            with contextlib.suppress(OSError):
                os.close(fd)


def _worker_main(conn: Connection, memory_bytes: int) -> None:
    """Answer (fn, item) requests on `conn` until it closes; every failure comes back as a value."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    _close_inherited({0, 1, 2, conn.fileno()})
    _limit_memory(memory_bytes)
    conn.send("ready")
    while True:
        try:
            fn, item, source = conn.recv()
        except (EOFError, OSError):
            return
        result: Any
        try:
            result = fn(item)
        except MemoryError:
            result = OverBudget(
                f"needs more than the memory budget ({memory_bytes // 2**20} MB); "
                "raise SPHERE_READ_BUDGET_MB to read it",
                source=source,
            )
        except ReadError as exc:
            result = exc
        except Exception as exc:  # a bug costs one item, never the worker
            result = ReadError(f"internal error: {type(exc).__name__}: {exc}", source=source)
        try:
            conn.send(result)
        except MemoryError:
            conn.send(OverBudget("the result is over the memory budget", source=source))
        except Exception as exc:
            conn.send(ReadError(f"the result cannot be sent back: {exc}", source=source))


class _Worker:
    def __init__(self, ctx: Any, memory_bytes: int) -> None:
        self.conn, child = multiprocessing.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child, memory_bytes), daemon=True)
        self.process.start()
        child.close()
        try:
            ready = self.conn.poll(STARTUP_SECONDS) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.kill()
            raise OSError(f"a reader worker did not start within {STARTUP_SECONDS} s")
        self.started_at = 0.0
        self.index = -1
        self.source = ""

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.process.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()


def _context() -> Any:
    """Return the multiprocessing context: fork (after loading the reader here), else spawn."""
    import importlib

    for module in PRELOAD:
        importlib.import_module(module)
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class BudgetPool:
    """Worker processes that run one item each under a time and memory budget (see the module doc)."""

    def __init__(self, workers: int = 1, budget: Budget | None = None) -> None:
        """Start `workers` processes (at least one) that will run items under `budget` (the settings')."""
        self.budget = budget or budget_from_settings()
        self.size = max(1, workers)
        self._ctx = _context()
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.size)  # `run` callers at once (map holds its own)
        self._closed = False

    def _take(self) -> _Worker:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return _Worker(self._ctx, self.budget.memory_bytes)

    def _give(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self.size and worker.process.is_alive():
                self._idle.append(worker)
                return
        worker.kill()

    def _overrun(self, worker: _Worker, source: str) -> OverBudget:
        worker.kill()
        return OverBudget(
            f"took longer than the {self.budget.seconds:g} s budget per document and was stopped; "
            "raise SPHERE_READ_BUDGET_SECONDS to give it more time",
            source=source,
        )

    @staticmethod
    def _died(worker: _Worker, source: str) -> OverBudget:
        code = worker.process.exitcode
        worker.kill()
        return OverBudget(
            f"the worker reading it stopped (exit {code}), most likely over the memory budget", source=source
        )

    def run(self, fn: Callable[[T], R], item: T, source: str = "") -> R | ReadError:
        """Run `fn(item)` in a worker under the budget; return its result or the error (never raise one).

        At most `size` items run at once; a caller that finds every worker busy for a whole budget gets
        `OverBudget` (busy) instead of starting another process."""
        if not self._slots.acquire(timeout=self.budget.seconds):
            return OverBudget("every reader worker is busy; try again in a moment", source=source)
        try:
            return self._run(fn, item, source)
        finally:
            self._slots.release()

    def _run(self, fn: Callable[[T], R], item: T, source: str) -> R | ReadError:
        worker = self._take()
        try:
            worker.conn.send((fn, item, source))
            if not worker.conn.poll(self.budget.seconds):
                return self._overrun(worker, source)
            result: R | ReadError = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            return self._died(worker, source)
        self._give(worker)
        return result

    def map(
        self, fn: Callable[[T], R], items: Iterable[T], source: Callable[[T], str] = str
    ) -> Iterator[R | ReadError]:
        """Yield `fn(item)` (or its error) for each item in order, `size` items at a time in parallel."""
        it = iter(items)
        busy: dict[Connection, _Worker] = {}
        done: dict[int, R | ReadError] = {}
        queue: deque[int] = deque()  # indices handed out, in order
        next_index = 0
        exhausted = False
        try:
            while True:
                while not exhausted and len(busy) < self.size:
                    try:
                        item = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                    worker = self._take()
                    worker.index, worker.source = next_index, source(item)
                    worker.started_at = time.monotonic()
                    queue.append(next_index)
                    next_index += 1
                    try:
                        worker.conn.send((fn, item, worker.source))
                        busy[worker.conn] = worker
                    except (OSError, BrokenPipeError):
                        done[worker.index] = self._died(worker, worker.source)
                while queue and queue[0] in done:
                    yield done.pop(queue.popleft())
                if not busy:
                    if exhausted and not queue:
                        return
                    continue
                now = time.monotonic()
                wait = max(0.0, min(w.started_at + self.budget.seconds for w in busy.values()) - now)
                ready = multiprocessing.connection.wait(list(busy), timeout=wait)
                for ready_conn in ready:
                    worker = busy.pop(ready_conn)  # type: ignore[call-overload]
                    try:
                        done[worker.index] = worker.conn.recv()
                    except (EOFError, OSError):
                        done[worker.index] = self._died(worker, worker.source)
                        continue
                    self._give(worker)
                now = time.monotonic()
                for conn, worker in list(busy.items()):
                    if now - worker.started_at >= self.budget.seconds:
                        del busy[conn]
                        done[worker.index] = self._overrun(worker, worker.source)
        finally:
            for worker in busy.values():
                worker.kill()

    def close(self) -> None:
        """Stop every idle worker (busy ones are stopped by their caller)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:  # idle workers hold nothing: stop them at once
            worker.kill()

    def __enter__(self) -> BudgetPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
