"""Errors the reader raises for input it cannot turn into an article, each with its own exit code.

Every error says what went wrong, with which input, and what the person can do about it; the CLI prints
`str(error)` and exits with `error.exit_code`, so no reader failure ever surfaces as a traceback.
"""

from __future__ import annotations

from typing import Any

from sphere.read.clean.language import SUPPORTED_LANGUAGES

__all__ = [
    "SUPPORTED_LANGUAGES",
    "BinaryInput",
    "DecodeError",
    "EmptyInput",
    "InputTooLarge",
    "NoArticle",
    "ReadError",
    "TruncatedInput",
    "UnsupportedLanguage",
]


class ReadError(Exception):
    """Base class of every reader failure: a stable `code`, a process `exit_code` and a readable message."""

    code: str = "read_error"
    exit_code: int = 10

    def __init__(self, message: str, *, source: str | None = None) -> None:
        """Create the error with a full human-readable message and the input it concerns."""
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        """Return the message, prefixed with the input's name when known."""
        return f"{self.source}: {self.message}" if self.source else self.message

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by state, so errors cross process boundaries whatever their constructor's arguments."""
        return (_rebuild, (type(self), dict(self.__dict__)))


def _rebuild(cls: type[ReadError], state: dict[str, Any]) -> ReadError:
    err = cls.__new__(cls)
    ReadError.__init__(err, state.get("message", ""), source=state.get("source"))
    err.__dict__.update(state)
    return err


class EmptyInput(ReadError):
    """The input holds no bytes, or only whitespace."""

    code = "empty_input"
    exit_code = 3

    def __init__(self, *, source: str | None = None) -> None:
        """Create the error for an empty input."""
        super().__init__(
            "the input is empty (no text at all). Give a file or page that contains the article.",
            source=source,
        )


class BinaryInput(ReadError):
    """The input is a binary file (image, PDF, archive, executable), not text or HTML."""

    code = "binary_input"
    exit_code = 4

    def __init__(self, kind: str = "binary data", *, source: str | None = None) -> None:
        """Create the error naming the kind of binary content found."""
        super().__init__(
            f"the input looks like {kind}, not text or HTML. Save the article as text or HTML "
            "(for a PDF, copy its text into a .txt file) and read that.",
            source=source,
        )
        self.kind = kind


class InputTooLarge(ReadError):
    """The input is bigger than the `max_input_bytes` setting allows."""

    code = "input_too_large"
    exit_code = 5

    def __init__(self, size: int, limit: int, *, source: str | None = None) -> None:
        """Create the error with the input's size and the limit in bytes."""
        super().__init__(
            f"the input is {size:,} bytes, more than the limit of {limit:,} bytes. Read one article "
            "at a time, or raise the limit with the SPHERE_MAX_INPUT_BYTES setting.",
            source=source,
        )
        self.size = size
        self.limit = limit


class DecodeError(ReadError):
    """The bytes are in no text encoding the reader can recognise (or mix several beyond repair)."""

    code = "decode_error"
    exit_code = 6

    def __init__(self, detail: str, *, source: str | None = None) -> None:
        """Create the error with a description of what failed to decode."""
        super().__init__(
            f"cannot decode the text: {detail}. Save the file as UTF-8 and read it again.",
            source=source,
        )


class TruncatedInput(ReadError):
    """The input was cut off so early that no readable text is left."""

    code = "truncated_input"
    exit_code = 7

    def __init__(
        self, detail: str = "the page stops before any article text", *, source: str | None = None
    ) -> None:
        """Create the error with what was found before the cut."""
        super().__init__(
            f"the input is truncated: {detail}. Download or copy the whole page again.",
            source=source,
        )


class UnsupportedLanguage(ReadError):
    """The text is in a language the caller excluded (`clean(..., languages=...)`); `sphere read` reads all."""

    code = "unsupported_language"
    exit_code = 8

    def __init__(
        self, language: str, supported: tuple[str, ...] = SUPPORTED_LANGUAGES, *, source: str | None = None
    ) -> None:
        """Create the error with the detected ISO 639-1 code and the supported ones."""
        super().__init__(
            f"the text is in language '{language}', which this caller does not accept "
            f"(accepted: {', '.join(supported)}). Give a text in one of those languages.",
            source=source,
        )
        self.language = language
        self.supported = supported


class NoArticle(ReadError):
    """The input is readable but holds no article body (an index page, a form, a page of links)."""

    code = "no_article"
    exit_code = 9

    def __init__(self, detail: str = "no article body was found", *, source: str | None = None) -> None:
        """Create the error with what the page holds instead of an article."""
        super().__init__(
            f"{detail}. Give the page of a single article (not a section front, search page or form).",
            source=source,
        )
