"""Hostile reads: encodings, nesting, magnitudes, special files, names, and the per-document budget.

Every case has a time budget; none may raise anything but a ReadError with a code, or print a traceback.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sphere.read import reader
from sphere.read.budget import Budget, BudgetPool, OverBudget
from sphere.read.errors import InputTooLarge, ReadError
from sphere.read.limits import MissingFile, NotARegularFile, read_file_limited, read_stream_limited, safe_name

EN = (
    "Kazakhstan and China signed an agreement on a new railway line on Tuesday in Astana. "
    "The line will link the two countries' networks and carry freight to Europe, officials said. "
)
RU = (
    "Казахстан и Китай подписали соглашение о строительстве новой железной дороги во вторник в Астане. "
    "Линия соединит сети двух стран и будет перевозить грузы в Европу, сообщили официальные лица. "
)
ARTICLE = EN * 3


def _html(body: str, head: str = "") -> bytes:
    return f"<html><head>{head}<title>Rail deal</title></head><body><article><p>{body}</p></article></body></html>".encode()


def _deep(depth: int) -> bytes:
    return b"<html><body>" + b"<div>" * depth + _html(ARTICLE)[12:-14] + b"</div>" * depth + b"</body></html>"


# name -> (bytes, content type, check on the reading or None when a ReadError is expected)
Check = Callable[[object], bool]
CASES: dict[str, tuple[bytes, str | None, str | None]] = {
    # (input, content type, expected: "ok", an error code, or "any" for ok or a coded error)
    "utf-16-le without BOM, English": (ARTICLE.encode("utf-16-le"), None, "ok"),
    "utf-16-be without BOM, English": (ARTICLE.encode("utf-16-be"), None, "ok"),
    "utf-16-le without BOM, Russian": ((RU * 2).encode("utf-16-le"), None, "ok"),
    "utf-16-be without BOM, Russian": ((RU * 2).encode("utf-16-be"), None, "ok"),
    "utf-32 with BOM": (ARTICLE.encode("utf-32"), None, "ok"),
    "HTML nested 254 deep": (_deep(254), "text/html", "ok"),
    "HTML nested 300 deep": (_deep(300), "text/html", "ok"),
    "HTML nested 5000 deep": (_deep(5000), "text/html", "ok"),
    'charset="undefined"': (
        _html(ARTICLE + "\xe9").replace(b"\xc3\xa9", b"\xe9"),
        'text/html; charset="undefined"',
        "ok",
    ),
    "meta charset undefined": (
        _html(ARTICLE, '<meta charset="undefined">').replace(b"Tuesday", b"Tuesday \xe9"),
        "text/html",
        "ok",
    ),
    "charset=base64": (
        _html(ARTICLE).replace(b"Tuesday", b"Tuesday \xe9"),
        "text/html; charset=base64",
        "ok",
    ),
    "charset=zlib": (
        _html(ARTICLE).replace(b"Tuesday", b"Tuesday \xe9"),
        "text/html; charset=zlib_codec",
        "ok",
    ),
    "charset of nonsense": (_html(ARTICLE), "text/html; charset=no-such-thing-42", "ok"),
    "cp1251 declared in HTTP": (
        _html(RU * 2).decode().encode("cp1251"),
        "text/html; charset=windows-1251",
        "ok",
    ),
    "NUL after 4 KB": (ARTICLE.encode() * 20 + b"\x00\x00 more text here. " + ARTICLE.encode(), None, "ok"),
    "NUL bytes only": (b"\x00" * 5000, None, "binary_input"),
    "empty": (b"", None, "empty_input"),
    "one byte": (b"a", None, "any"),
    "BOM only": (b"\xef\xbb\xbf", None, "empty_input"),
    "lone surrogates escaped": (("\\ud800 " + ARTICLE).encode(), None, "ok"),
    "emoji flood": (("😀" * 20_000 + " " + ARTICLE).encode(), None, "any"),
    "private-use flood": (("\ue000" * 20_000 + " " + ARTICLE).encode(), None, "any"),
    "combining marks": (("a" + "\u0301" * 10_000 + " " + ARTICLE).encode(), None, "any"),
    "right-to-left overrides": (("\u202e" * 100 + ARTICLE).encode(), None, "any"),
    "one line of 2 MB": (b"word " * 400_000, None, "any"),
    "JSON lines": (b'{"a": 1, "signed": "agreement", "b": [1,2,3]}\n' * 200, None, "any"),
    "CSV": (b'signed,agreement,"$1.5bn",2025-01-01,Astana\n' * 200, None, "any"),
    "base64": (bytes(range(256)) * 0 + b"QUJD" * 10_000, None, "any"),
    "minified JS as HTML": (
        b"<html><body><script>" + b"var a=1;" * 5000 + b"</script></body></html>",
        "text/html",
        "any",
    ),
}


def _outcome(item: tuple[bytes, str, str | None]) -> tuple[str, float, bool]:
    """Read one case in a budgeted worker: (outcome, seconds, whether NUL is left in the text)."""
    data, name, ctype = item
    started = time.monotonic()
    try:
        reading = reader.read_bytes(data, name, content_type=ctype)
        return "ok", time.monotonic() - started, "\x00" in reading.document.text
    except ReadError as exc:
        assert "Traceback" not in str(exc)
        return exc.code, time.monotonic() - started, False


@pytest.fixture(scope="module")
def outcomes() -> dict[str, tuple[str, float, bool] | ReadError]:
    """Read every case once, two at a time, each under an 8 s budget."""
    names = sorted(CASES)
    with BudgetPool(2, Budget(seconds=8, memory_bytes=1024 * 1024 * 1024)) as p:
        results = p.map(_outcome, [(CASES[n][0], n, CASES[n][1]) for n in names], source=lambda it: it[1])
        return dict(zip(names, results, strict=True))


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_bytes(case: str, outcomes: dict[str, tuple[str, float, bool] | ReadError]) -> None:
    expected = CASES[case][2]
    result = outcomes[case]
    assert not isinstance(result, ReadError), result  # over the budget, or a crash
    outcome, seconds, nul_left = result
    assert seconds < 8 and not nul_left
    assert outcome != "read_error"  # an internal error, not a reason
    if expected != "any":
        assert outcome == expected


MAGNITUDES = {
    "$1e308 billion": None,
    "1e23 km": None,
    "99999999999999999999999999 km": None,
    "$10^400": None,
    "$4.7bn": 4.7e9,
    "1,200 km": 1200.0,
}


@pytest.mark.parametrize("figure", sorted(MAGNITUDES))
def test_absurd_magnitudes_are_no_claims(figure: str) -> None:
    text = EN + f"The railway will cost or run {figure}, the ministry said on Monday. " + EN
    reading = reader.read_text(text, "figures.txt")
    values = [c.value for c in reading.claims]
    assert all(abs(v) < 1e18 for v in values)
    want = MAGNITUDES[figure]
    if want is not None:
        assert want in values


# -- files, streams and names ------------------------------------------------------------------------------
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(NotARegularFile):
        read_file_limited(fifo, 1000)
    assert time.monotonic() - started < 1


def test_a_device_is_refused() -> None:
    with pytest.raises(NotARegularFile):
        read_file_limited("/dev/zero", 1000)


def test_a_device_read_when_asked_stops_at_the_limit() -> None:
    started = time.monotonic()
    with pytest.raises(InputTooLarge):
        read_file_limited("/dev/zero", 100_000, allow_special=True)
    assert time.monotonic() - started < 2


def test_a_folder_is_no_file(tmp_path: Path) -> None:
    with pytest.raises(NotARegularFile):
        read_file_limited(tmp_path, 1000)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingFile):
        read_file_limited(tmp_path / "nope.txt", 1000)


def test_a_stream_is_read_to_the_limit_plus_one_byte() -> None:
    class Endless:
        read_bytes = 0

        def read(self, n: int) -> bytes:
            self.read_bytes += n
            return b"x" * n

    stream = Endless()
    with pytest.raises(InputTooLarge):
        read_stream_limited(stream, 10_000)  # type: ignore[arg-type]
    assert stream.read_bytes == 10_001


def test_a_file_that_grows_past_the_limit_after_stat(tmp_path: Path) -> None:
    path = tmp_path / "grow.txt"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(InputTooLarge):
        read_file_limited(path, 4000)


@pytest.mark.parametrize(
    "name, shown",
    [
        ("plain.txt", "plain.txt"),
        ("\x1b[31mred\x1b[0m.txt", "\\x1b[31mred\\x1b[0m.txt"),
        ("bell\x07.txt", "bell\\x07.txt"),
        ("new\nline.txt", "new\\nline.txt"),
        (os.fsdecode(b"latin-\xe9.txt"), "latin-\\xe9.txt"),
        ("[/]markup[bold].txt", "[/]markup[bold].txt"),
        ("кириллица.txt", "кириллица.txt"),
    ],
)
def test_names_are_shown_escaped(name: str, shown: str) -> None:
    assert safe_name(name) == shown
    safe_name(name).encode("utf-8")  # storable and printable


# -- the budget ---------------------------------------------------------------------------------------------
def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _allocate(mb: int) -> int:
    return len(bytearray(mb * 1024 * 1024))


def _die(code: int) -> int:
    os._exit(code)


def _raise(message: str) -> int:
    raise RuntimeError(message)


@pytest.fixture(scope="module")
def pool() -> BudgetPool:
    with BudgetPool(2, Budget(seconds=1.5, memory_bytes=200 * 1024 * 1024)) as p:
        yield p


def test_budget_stops_an_item_over_time_and_goes_on(pool: BudgetPool) -> None:
    started = time.monotonic()
    results = list(pool.map(_sleep, [0.0, 30.0, 0.0, 0.01]))
    assert isinstance(results[1], OverBudget) and results[1].code == "over_budget"
    assert results[0] == 0.0 and results[2] == 0.0 and results[3] == 0.01
    assert time.monotonic() - started < 6


def test_budget_stops_an_item_over_memory(pool: BudgetPool) -> None:
    results = list(pool.map(_allocate, [1, 2000, 1]))
    assert results[0] == results[2] == 1024 * 1024
    assert isinstance(results[1], OverBudget)


def test_a_worker_that_dies_costs_one_item(pool: BudgetPool) -> None:
    results = list(pool.map(_die, [3]))
    assert isinstance(results[0], OverBudget)
    assert pool.run(_sleep, 0.0) == 0.0


def test_a_bug_in_an_item_is_an_error_value(pool: BudgetPool) -> None:
    result = pool.run(_raise, "boom")
    assert isinstance(result, ReadError) and "boom" in str(result)


def test_run_over_time_returns_over_budget(pool: BudgetPool) -> None:
    started = time.monotonic()
    assert isinstance(pool.run(_sleep, 30.0), OverBudget)
    assert time.monotonic() - started < 4


def test_concurrent_runs_are_bounded(pool: BudgetPool) -> None:
    out: list[object] = []
    threads = [threading.Thread(target=lambda: out.append(pool.run(_sleep, 0.2))) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(10)
    assert len(out) == 6 and all(r == 0.2 for r in out)


def test_map_keeps_input_order_with_a_stalled_item(pool: BudgetPool) -> None:
    results = list(pool.map(_sleep, [0.3, 30.0, 0.0, 0.1, 0.0]))
    assert [r for r in results if not isinstance(r, ReadError)] == [0.3, 0.0, 0.1, 0.0]
    assert isinstance(results[1], OverBudget)


def test_read_many_survives_a_pathological_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPHERE_READ_BUDGET_SECONDS", "5")
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_bytes(b"\x00" * 3000)
    (tmp_path / "c.txt").write_text(EN + RU)
    results = list(reader.read_many(sorted(tmp_path.iterdir()), workers=2))
    assert next(type(r).__name__ for _, r in results) == "Reading"
    assert isinstance(results[1][1], ReadError)
