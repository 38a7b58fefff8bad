"""Every compiled pattern of the reader, thrown pathological text: nothing may take super-linear time.

Each family (long runs of one character class, emoji, private-use characters, JSON, CSV, base64, minified
JavaScript, tables) is timed at n and 4n characters on every pattern found in `sphere.read`; a pattern whose
time grows more than 10× (linear grows 4×) and passes 20 ms fails. Bursts of 26 characters after trigger
words (which split exponentially in the old event patterns) must read at once, and the whole reader must
read a document made of each family within its budget.
"""

from __future__ import annotations

import contextlib
import re
import time

import pytest

from sphere.read import reader
from sphere.read.errors import ReadError
from tests.hostile.patterns_probe import (
    RUNS,
    STRUCTURED,
    burst_text,
    reader_patterns,
    run_text,
    structured_text,
)

PATTERNS = reader_patterns()  # every one, no exceptions


def _time(pattern: re.Pattern[str] | re.Pattern[bytes], text: str) -> float:
    data: str | bytes = text.encode() if isinstance(pattern.pattern, bytes) else text
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        for _m in pattern.finditer(data):  # type: ignore[arg-type]
            pass
        best = min(best, time.perf_counter() - started)
    return best


def test_the_reader_has_patterns_to_check() -> None:
    assert len(PATTERNS) > 200


def _text(family: str, n: int) -> str:
    return structured_text(family, n) if family in STRUCTURED else run_text(family, n)


@pytest.mark.parametrize("family", RUNS + STRUCTURED)
def test_no_pattern_is_super_linear(family: str) -> None:
    started = time.monotonic()
    small, large = _text(family, 800), _text(family, 3200)
    slow = []
    for name, pattern in PATTERNS:
        a = _time(pattern, small)
        b = _time(pattern, large)
        if b > 0.02 and b > 10 * max(a, 1e-4):
            # measure again, larger: caches and a busy machine blur small sizes, not super-linear growth
            c = _time(pattern, _text(family, 12_800))
            if c > 10 * b:
                slow.append(
                    f"{name}: {a * 1000:.1f} ms at 800, {b * 1000:.1f} at 3200, {c * 1000:.1f} at 12800"
                )
    assert not slow, slow
    assert time.monotonic() - started < 20


@pytest.mark.parametrize("family", RUNS)
def test_bursts_after_trigger_words_do_not_explode(family: str) -> None:
    text = burst_text(family, 26)
    started = time.monotonic()
    for _name, pattern in PATTERNS:
        _time(pattern, text)
    assert time.monotonic() - started < 2


ISSUE_SENTENCES = [
    "Kazakhstan and China signed " + "!" * 40 + " with the ministry in Astana on Tuesday, officials said.",
    "Kazakhstan and China signed " + "—" * 40 + " with the ministry in Astana on Tuesday, officials said.",
    "Kazakhstan and China signed " + "😀" * 40 + " with the ministry in Astana on Tuesday, officials said.",
    "Kazakhstan and China signed "
    + "\ue000" * 40
    + " with the ministry in Astana on Tuesday, officials said.",
    "Казахстан и Китай подписали " + "!" * 40 + " с министерством в Астане во вторник, сообщили чиновники.",
    "The construction " + "*=" * 30 + " began on Monday in Bishkek, the ministry said.",
    "The project " + "a! " * 200 + " was launched in Tashkent.",
    "China announced " + "x! " * 300 + " a loan to Kyrgyzstan.",
]


@pytest.mark.parametrize("sentence", ISSUE_SENTENCES, ids=range(len(ISSUE_SENTENCES)))
def test_the_issue_sentences_read_at_once(sentence: str) -> None:
    started = time.monotonic()
    with contextlib.suppress(ReadError):  # refusing is fine; hanging is not
        reader.read_text((sentence + " ") * 5, "pathological.txt")
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("family", ["json", "csv", "base64", "minified js", "table", "word bang", "dash"])
def test_a_whole_document_of_each_family_reads_within_budget(family: str) -> None:
    text = "Kazakhstan and China signed an agreement in Astana on Tuesday, officials said.\n" + _text(
        family, 50_000
    )
    started = time.monotonic()
    with contextlib.suppress(ReadError):
        reader.read_text(text, f"{family}.txt")
    assert time.monotonic() - started < 10
