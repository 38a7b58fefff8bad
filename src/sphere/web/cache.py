"""`Cache`: the explorer's whole-store results (ledger, index, facets) and rendered pages, kept until the
store's data change.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa

from sphere.store import schema as t
from sphere.store.store import Store

T = TypeVar("T")


class Cache:
    """Whole-store results kept until the store's data version changes (checked at most once a second).

    A result is computed on first use (concurrent requests wait for the one computation); after the data
    change, the last result is served while one thread recomputes it, and pages built from such a stale
    result are not kept. While documents keep arriving, a result is recomputed at most every
    `refresh_every` seconds or four times as long as it took to compute, so that recomputing never takes
    most of the server's time."""

    refresh_every = 5.0

    def __init__(self, store: Store, *, pages: bool = True) -> None:
        """Create an empty cache over `store` (`pages=False`: never keep rendered pages)."""
        self.store = store
        self.keep_pages = pages
        self._values: dict[str, tuple[Any, Any]] = {}
        self._version: Any = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self._key_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
        self._version_lock = threading.Lock()
        self._pages: OrderedDict[str, tuple[Any, bytes]] = OrderedDict()
        self._local = threading.local()
        self._built: dict[
            str, tuple[float, float]
        ] = {}  # key -> (when it was last computed, seconds it took)

    def version(self) -> Any:
        """Return a cheap fingerprint of the data: the knowledge-base and datasets hashes, document count and
        largest id.

        Checked at most once a second, by one thread at a time (the others use the last fingerprint)."""
        now = time.monotonic()
        if now - self._checked > 1.0 and self._version_lock.acquire(blocking=self._version is None):
            try:
                d = t.documents
                with self.store.engine.connect() as conn:
                    kb = tuple(
                        conn.execute(
                            sa.select(t.meta.c.value)
                            .where(t.meta.c.key.in_(["kb_hash", "data_hash"]))
                            .order_by(t.meta.c.key)
                        ).scalars()
                    )
                    n = conn.execute(sa.select(sa.func.count()).select_from(d)).scalar()
                    last = conn.execute(sa.select(sa.func.max(d.c.id))).scalar()
                self._version, self._checked = (kb, n, last), time.monotonic()
            finally:
                self._version_lock.release()
        return self._version

    def get(self, key: str, build: Callable[[], T]) -> T:
        """Return the cached value for `key`, building it once (even under concurrency) when stale."""
        return self.lookup(key, build, background=False)

    def lookup(self, key: str, build: Callable[[], T], *, background: bool = False) -> T:
        """Return the cached value for `key`, building it once (even under concurrency) when missing.

        With `background`, a stale value is returned at once while one thread rebuilds it, so pages stay
        fast after the data change; the page being built is then marked stale (see `page`)."""
        version = self.version()
        hit = self._values.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]  # type: ignore[no-any-return]
        with self._lock:
            key_lock = self._key_locks[key]
        if background and hit is not None:
            when, took = self._built.get(key, (0.0, 0.0))
            due = time.monotonic() - when >= max(self.refresh_every, 4 * took)
            if due and key_lock.acquire(blocking=False):
                threading.Thread(
                    target=self._build, args=(key, build, version, key_lock), daemon=True
                ).start()
            self._local.stale = True
            return hit[1]  # type: ignore[no-any-return]
        with key_lock:
            hit = self._values.get(key)
            if hit is not None and hit[0] == version:
                return hit[1]  # type: ignore[no-any-return]
            return self._compute(key, build, version)  # type: ignore[no-any-return]

    def _compute(self, key: str, build: Callable[[], Any], version: Any) -> Any:
        started = time.monotonic()
        try:
            value = build()
        finally:
            self._built[key] = (time.monotonic(), time.monotonic() - started)
        self._values[key] = (version, value)
        return value

    def _build(self, key: str, build: Callable[[], Any], version: Any, lock: threading.Lock) -> None:
        try:
            self._compute(key, build, version)
        except Exception:  # a later request tries again and serves the last value meanwhile
            pass
        finally:
            lock.release()

    def peek(self, key: str) -> Any:
        """Return the value cached for `key` (possibly stale) without building it, or None."""
        hit = self._values.get(key)
        return None if hit is None else hit[1]

    def page(self, key: str, build: Callable[[], tuple[bytes, bool]], size: int = 512) -> bytes:
        """Return a rendered page body for `key` (path and query) from a bounded LRU, rebuilt when data change.

        `build` returns the body and whether it may be kept; pages built from a stale result are not kept."""
        version = self.version()
        hit = self._pages.get(key)
        if hit is not None and hit[0] == version:
            with self._lock:
                if key in self._pages:
                    self._pages.move_to_end(key)
            return hit[1]
        self._local.stale = False
        body, keep = build()
        if not keep or self._local.stale or not self.keep_pages:
            return body
        with self._lock:
            self._pages[key] = (version, body)
            while len(self._pages) > size:
                self._pages.popitem(last=False)
        return body

    def clear(self) -> None:
        """Forget the rendered pages and check the data version again (after a write through the explorer);
        whole-store results are recomputed when the version changed, the last ones served meanwhile."""
        with self._lock:
            self._pages.clear()
        self._checked = 0.0
