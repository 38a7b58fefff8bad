"""One clear line per mistake: the command line's single error handler, its exit codes and option checks.

Every command runs inside `SphereGroup.invoke`, which turns any exception into one line on standard error
(what went wrong, and the option or command that fixes it) and a documented exit code (docs/cli-errors.md),
never a traceback. `SPHERE_DEBUG=1` shows the traceback as well, for bug reports.
"""

from __future__ import annotations

import errno
import math
import os
import sys
import traceback
from typing import Any, NoReturn

import typer
from rich.console import Console
from typer.core import TyperGroup, TyperOption

EXIT_FAILED = 1  # the command ran, and some of its work failed (listed above the summary)
EXIT_USAGE = 2  # a bad option or argument (also click's own usage errors)
EXIT_DATABASE = 20  # the database cannot be opened or used (bad URL, unreachable, not Sphere's, newer)
EXIT_NO_SPACE = 21  # the disk or the database is full; what was stored stays, rerun to resume
EXIT_FILE = 22  # a file or folder that the command must read or write cannot be used
EXIT_INTERNAL = 70  # a bug in Sphere: please report it with SPHERE_DEBUG=1 output
EXIT_INTERRUPTED = 130

MAX_WORKERS = 64

err = Console(stderr=True, highlight=False, markup=False, emoji=False)


class CliError(Exception):
    """A mistake the person can fix: a message, the fix, and the exit code."""

    def __init__(self, message: str, *, hint: str | None = None, exit_code: int = EXIT_USAGE) -> None:
        """Create the error; `hint` names the option or command that fixes it."""
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code

    def __str__(self) -> str:
        """Return the message followed by the fix."""
        return f"{self.message}. {self.hint}" if self.hint else self.message


def fail(message: str, *, hint: str | None = None, exit_code: int = EXIT_USAGE) -> NoReturn:
    """Raise a CliError (printed as one line by the handler)."""
    raise CliError(message, hint=hint, exit_code=exit_code)


def _one_line(text: str, limit: int = 400) -> str:
    first = " ".join(str(text).split())
    return first if len(first) <= limit else first[: limit - 1] + "…"


def describe(exc: BaseException) -> tuple[int, str]:
    """Return the exit code and the one-line message for an exception raised by a command."""
    import sqlalchemy as sa

    from sphere.read.errors import ReadError
    from sphere.store.db import StoreError

    if isinstance(exc, CliError):
        return exc.exit_code, f"error: {exc}"
    if isinstance(exc, ReadError):
        return exc.exit_code, f"error ({exc.code}): {exc}"
    if isinstance(exc, StoreError):
        return EXIT_DATABASE, f"error (database): {exc}"
    try:
        from sphere.ingest.pipeline import StorageFull

        if isinstance(exc, StorageFull):
            return EXIT_NO_SPACE, f"error (disk full): {exc}"
    except ImportError:  # pragma: no cover
        pass
    if isinstance(exc, sa.exc.ArgumentError | sa.exc.NoSuchModuleError):
        return EXIT_DATABASE, (
            f"error (database): {_one_line(str(exc), 200)}. --db takes a SQLite file path, sqlite:///PATH or "
            "postgresql://user@host/name"
        )
    if isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError):
        text = str(getattr(exc, "orig", None) or exc)
        if "full" in text.lower():
            return EXIT_NO_SPACE, f"error (disk full): {_one_line(text, 200)}; free space and rerun"
        return EXIT_DATABASE, (
            f"error (database): cannot use the database: {_one_line(text, 240)}. Check --db (or SPHERE_DB) "
            "and that the server is running"
        )
    if isinstance(exc, sa.exc.DatabaseError):
        text = str(getattr(exc, "orig", None) or exc)
        return EXIT_DATABASE, f"error (database): {_one_line(text, 240)}. Check --db (or SPHERE_DB)"
    if isinstance(exc, OSError):
        name = f" {exc.filename}" if exc.filename else ""
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return (
                EXIT_NO_SPACE,
                f"error (disk full): cannot write{name}: no space left; free space and rerun",
            )
        what = exc.strerror or str(exc)
        return EXIT_FILE, f"error (file): {_safe(name.strip()) or 'a file'}: {_one_line(what, 200)}"
    if isinstance(exc, UnicodeError):
        return EXIT_USAGE, f"error: cannot encode or decode text: {_one_line(str(exc), 200)}"
    if isinstance(exc, ValueError):
        return EXIT_USAGE, f"error: {_one_line(str(exc))}"
    try:
        from alembic.util import CommandError

        if isinstance(exc, CommandError):
            return EXIT_DATABASE, (
                f"error (database): {_one_line(str(exc), 200)}. The database was made by another version of "
                "Sphere; use a fresh --db, or the Sphere version that made it"
            )
    except ImportError:  # pragma: no cover
        pass
    return EXIT_INTERNAL, (
        f"internal error: {type(exc).__name__}: {_one_line(str(exc), 300)} (a bug in Sphere; run again with "
        "SPHERE_DEBUG=1 and report the traceback)"
    )


def _safe(text: str) -> str:
    from sphere.read.limits import safe_name

    return safe_name(text)


def report(exc: BaseException) -> int:
    """Print the one-line message of `exc` on standard error and return its exit code."""
    code, message = describe(exc)
    if os.environ.get("SPHERE_DEBUG") == "1":
        traceback.print_exception(exc, file=sys.stderr)
    err.print(_safe(message), soft_wrap=True)
    return code


class SphereGroup(TyperGroup):
    """The root command group: runs every command under the one error handler."""

    def invoke(self, ctx: Any) -> Any:
        """Invoke the command; turn any exception into one line and its exit code."""
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except KeyboardInterrupt:
            err.print("interrupted; what was stored stays, and the same command resumes")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Exception as exc:
            raise typer.Exit(report(exc)) from None


def hide_bool_metavars() -> None:
    """Show flags in help without a `<bool>` type (a flag takes no value)."""
    original = TyperOption.display_type_rich

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        if getattr(self, "is_flag", False) or getattr(self, "is_bool_flag", False):
            return None
        return original(self, ctx)

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


# -- option checks --------------------------------------------------------------------------------------
def parse_years_checked(text: str | None, *, low: int = 1900, high: int = 2100) -> range | None:
    """Parse `--years` ('2013-2025' or '2024') into a range within [low, high]; refuse anything else."""
    if text is None or text == "":
        return None
    first, sep, last = text.strip().partition("-")
    if not first.strip().isdigit() or (sep and not last.strip().isdigit()):
        fail(
            f"--years {text!r} is not a year or a range of years", hint="Give e.g. --years 2013-2025 or 2024"
        )
    a, b = int(first), int(last or first)
    if a > b:
        fail(f"--years {text!r} runs backwards", hint=f"Give the earlier year first: --years {b}-{a}")
    if a < low or b > high:
        fail(f"--years {text!r} is outside {low}–{high}", hint=f"Give years between {low} and {high}")
    return range(a, b + 1)


def check_workers(workers: int | None) -> int | None:
    """Refuse a worker count below 1 and cap it at MAX_WORKERS (returning the capped value)."""
    if workers is None:
        return None
    if workers < 1:
        fail(f"--workers {workers} must be at least 1", hint="Leave it out to use one process per core")
    if workers > MAX_WORKERS:
        err.print(f"warning: --workers {workers} capped at {MAX_WORKERS}")
        return MAX_WORKERS
    return workers


def check_tolerance(tolerance: float) -> float:
    """Refuse a tolerance that is not a finite number between 0 and 1."""
    if not math.isfinite(tolerance) or not 0 <= tolerance <= 1:
        fail(f"--tolerance {tolerance} must be between 0 and 1", hint="e.g. --tolerance 0.05 for 5 %")
    return tolerance


def check_weights(data: Any, source: str) -> dict[str, Any]:
    """Check an index weights override: a JSON object whose numbers are finite and not negative, and whose
    dimension weights are not all zero."""
    if not isinstance(data, dict):
        fail(f"--weights {source}: the file must hold a JSON object", hint="See docs/index.md for its keys")
    bad: list[str] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, bool):
            return
        if isinstance(value, int | float):
            if not math.isfinite(value) or value < 0:
                bad.append(f"{where}={value}")
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{where}.{k}" if where else str(k))

    walk(data, "")
    if bad:
        fail(
            f"--weights {source}: weights must be finite and not negative ({', '.join(bad[:5])})",
            hint="Fix the file",
        )
    dims = data.get("dimensions")
    if (
        isinstance(dims, dict)
        and dims
        and not any(isinstance(v, int | float) and v > 0 for v in dims.values())
    ):
        fail(
            f"--weights {source}: every dimension weight is zero", hint="Give at least one a positive weight"
        )
    return data


def check_port(port: int | None) -> int | None:
    """Refuse a port outside 1–65535."""
    if port is not None and not 1 <= port <= 65535:
        fail(f"--port {port} is not a port number", hint="Give a number between 1 and 65535")
    return port
