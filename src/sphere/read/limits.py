"""Bounded input: read at most the size limit plus one byte from a file or a stream, refuse special files,
and turn any name (undecodable bytes, terminal escapes) into safe printable text.

`stat()` says 0 bytes for a FIFO or a device, so size is never trusted: reads stop at limit + 1 bytes, and
one byte over is enough to refuse the input. FIFOs, sockets and devices are refused unless the caller asks
for them (`allow_special`), since reading one can block for ever or never end.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from sphere.read.errors import InputTooLarge, ReadError

__all__ = ["MissingFile", "NotARegularFile", "read_file_limited", "read_stream_limited", "safe_name"]

CHUNK = 1 << 20


class MissingFile(ReadError):
    """The path names no file (a mistyped argument)."""

    code = "no_such_file"
    exit_code = 2


class NotARegularFile(ReadError):
    """The path is a FIFO, socket or device, which Sphere reads only when asked."""

    code = "not_a_file"
    exit_code = 4


def safe_name(name: str | os.PathLike[str]) -> str:
    """Return `name` as printable text: undecodable bytes as \\xNN, control characters (ESC…) escaped."""
    text = os.fspath(name)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii") for ch in text
    )


def read_stream_limited(stream: BinaryIO, limit: int, *, source: str | None = None) -> bytes:
    """Read a binary stream to its end, raising InputTooLarge as soon as it passes `limit` bytes."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputTooLarge(size, limit, source=source)


def read_file_limited(
    path: str | os.PathLike[str], limit: int, *, allow_special: bool = False, source: str | None = None
) -> bytes:
    """Read a file of at most `limit` bytes; refuse special files unless `allow_special` (see module doc)."""
    path = Path(path)
    source = source if source is not None else safe_name(path)
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise MissingFile("there is no such file; check the path", source=source) from None
    except OSError as exc:
        raise ReadError(f"cannot open the file: {exc.strerror or exc}", source=source) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotARegularFile("is a folder, not a file", source=source)
    if not stat.S_ISREG(info.st_mode) and not allow_special:
        kind = (
            "a FIFO (named pipe)"
            if stat.S_ISFIFO(info.st_mode)
            else "a device"
            if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
            else "a socket"
            if stat.S_ISSOCK(info.st_mode)
            else "not a regular file"
        )
        raise NotARegularFile(
            f"is {kind}, not a regular file; Sphere reads those only when asked (pipe it to standard input)",
            source=source,
        )
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise InputTooLarge(info.st_size, limit, source=source)
    try:
        with open(path, "rb") as fh:
            return read_stream_limited(fh, limit, source=source)
    except OSError as exc:
        raise ReadError(f"cannot read the file: {exc.strerror or exc}", source=source) from None
