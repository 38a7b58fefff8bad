"""Sphere's settings, declared once as data: name, environment variable, default and help.

Every face (CLI, web) reads settings through `get()`; `sphere settings` lists them with their help text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Setting:
    """One setting: its name, environment variable, default value and help text."""

    name: str
    env: str
    default: str | None
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db",
        "SPHERE_DB",
        None,
        "Database URL or SQLite file path. Default: sphere.db in the user data directory.",
    ),
    Setting(
        "data_dir", "SPHERE_DATA_DIR", None, "Folder for Sphere's files. Default: the user data directory."
    ),
    Setting(
        "max_input_bytes",
        "SPHERE_MAX_INPUT_BYTES",
        str(20 * 1024 * 1024),
        "Largest document, in bytes, that the reader accepts.",
    ),
    Setting("fetch_timeout", "SPHERE_FETCH_TIMEOUT", "20", "Seconds before a URL fetch gives up."),
    Setting(
        "fetch_max_redirects", "SPHERE_FETCH_MAX_REDIRECTS", "5", "Redirects a URL fetch follows at most."
    ),
    Setting(
        "allow_private",
        "SPHERE_ALLOW_PRIVATE",
        "0",
        "1 lets fetches reach loopback, private and link-local addresses (off by default).",
    ),
    Setting(
        "workers",
        "SPHERE_WORKERS",
        None,
        "Processes for reading many documents. Default: the number of cores.",
    ),
    Setting(
        "aiddata_dir",
        "SPHERE_AIDDATA_DIR",
        None,
        "Folder with AidData GCDF 3.0 CSV extracts to load instead of the shipped slice.",
    ),
    Setting(
        "open_data_dir",
        "SPHERE_OPEN_DATA_DIR",
        None,
        "Folder laid out like ../shared/data/open to load datasets of record from (default: the shipped slices).",
    ),
    Setting(
        "claim_min_confidence",
        "SPHERE_CLAIM_MIN_CONFIDENCE",
        "0.4",
        "Least confidence (0-1) in a read claim's subject for the ledger and `check` to use the claim; "
        "the reader still reports every claim with its confidence.",
    ),
    Setting("host", "SPHERE_HOST", "127.0.0.1", "Address the explorer binds to."),
    Setting("port", "SPHERE_PORT", "8765", "Port the explorer listens on."),
    Setting(
        "token", "SPHERE_TOKEN", None, "Token that unlocks the explorer's write endpoints (read, ingest)."
    ),
    Setting(
        "watch_interval",
        "SPHERE_WATCH_INTERVAL",
        "900",
        "Seconds between two polls of one feed (sphere watch).",
    ),
    Setting(
        "watch_host_delay",
        "SPHERE_WATCH_HOST_DELAY",
        "2",
        "Least seconds between two requests to the same host (sphere watch).",
    ),
    Setting(
        "watch_host_concurrency",
        "SPHERE_WATCH_HOST_CONCURRENCY",
        "2",
        "Most requests in flight to one host at a time (sphere watch).",
    ),
    Setting(
        "watch_workers", "SPHERE_WATCH_WORKERS", "8", "Feeds and pages fetched in parallel (sphere watch)."
    ),
    Setting(
        "watch_max_items",
        "SPHERE_WATCH_MAX_ITEMS",
        "100",
        "Most new entries taken from one feed in one round; the rest wait for the next round.",
    ),
    Setting(
        "webhook_url",
        "SPHERE_WEBHOOK_URL",
        None,
        "URL that `sphere digest --webhook` and `sphere watch` POST the digest to (JSON), under the fetch rules.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str | None:
    """Return the value of a setting: its environment variable when set, else its default."""
    setting = _BY_NAME[name]
    value = os.environ.get(setting.env)
    return value if value not in (None, "") else setting.default


def get_int(name: str) -> int | None:
    """Return an integer setting, or None when it has no value."""
    value = get(name)
    return int(value) if value is not None else None


def get_float(name: str) -> float | None:
    """Return a number setting, or None when it has no value."""
    value = get(name)
    return float(value) if value is not None else None


def data_dir() -> Path:
    """Return (and create) the folder where Sphere keeps its files."""
    folder = Path(get("data_dir") or platformdirs.user_data_dir("sphere", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_db_url() -> str:
    """Return the database URL to use when none is given: SPHERE_DB, else a SQLite file in the data dir."""
    return get("db") or str(data_dir() / "sphere.db")
