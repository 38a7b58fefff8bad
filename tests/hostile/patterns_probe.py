"""Collect every compiled pattern of the reader and the pathological inputs thrown at them (test_patterns)."""

from __future__ import annotations

import base64
import importlib
import json
import pkgutil
import re
from typing import Any

import sphere.read

TRIGGER_WORDS = (
    "signed",
    "construction",
    "project",
    "announced",
    "provided",
    "Kazakhstan and China signed",
    "подписали",
    "строительство",
    "$1",
    "KAZAKHSTAN",
    "the",
    "by",
)


def reader_patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    """Every compiled pattern reachable from a module of sphere.read (module globals, nested containers,
    dataclass instances), named by where it was found."""
    found: dict[int, tuple[str, Any]] = {}

    def walk(obj: Any, where: str, depth: int) -> None:
        if isinstance(obj, re.Pattern):
            found.setdefault(id(obj), (where, obj))
            return
        if depth > 4:
            return
        if isinstance(obj, dict):
            for k, v in list(obj.items())[:5000]:
                walk(v, f"{where}[{k!r}]", depth + 1)
        elif isinstance(obj, list | tuple | set | frozenset):
            for i, v in enumerate(list(obj)[:5000]):
                walk(v, f"{where}[{i}]", depth + 1)
        elif hasattr(obj, "__dataclass_fields__") and not isinstance(obj, type):
            for name in obj.__dataclass_fields__:
                walk(getattr(obj, name, None), f"{where}.{name}", depth + 1)

    for info in pkgutil.walk_packages(sphere.read.__path__, "sphere.read."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if not isinstance(value, type):
                walk(value, f"{info.name}.{name}", 0)
    return sorted(found.values(), key=lambda x: x[0])


def _unit(name: str) -> str:
    """A short piece of pathological text of one family."""
    return {
        "bang": "!",
        "dash": "—",
        "star": "*",
        "equals": "=",
        "emoji": "😀",
        "private use": "\ue000",
        "space": " ",
        "newline": "\n",
        "letter": "a",
        "capital": "A",
        "digit": "7",
        "cyrillic": "я",
        "word bang": "a!",
        "word space": "ab ",
        "dot": ".",
        "comma digit": "1,",
        "quote": '"',
        "paren": "(",
        "hyphen word": "a-",
        "caps space": "AB ",
        "tab": "\t",
        "combining": "a\u0301",
        "nbsp": "\u00a0",
    }[name]


FAMILIES = (
    "bang dash star equals emoji private use space newline letter capital digit cyrillic word bang "
    "word space dot comma digit quote paren hyphen word caps space tab combining nbsp"
)
RUNS = [
    "bang",
    "dash",
    "star",
    "equals",
    "emoji",
    "private use",
    "space",
    "newline",
    "letter",
    "capital",
    "digit",
    "cyrillic",
    "word bang",
    "word space",
    "dot",
    "comma digit",
    "quote",
    "paren",
    "hyphen word",
    "caps space",
    "tab",
    "combining",
    "nbsp",
]


def run_text(family: str, n: int) -> str:
    """A run of `n` characters of one family, after trigger words (where backtracking starts)."""
    unit = _unit(family)
    body = unit * (n // len(unit) + 1)
    return " ".join(TRIGGER_WORDS) + " " + body[:n] + " with the ministry said."


def burst_text(family: str, k: int = 26) -> str:
    """Each trigger word followed by a burst of `k` characters of one family, then an ordinary word."""
    unit = _unit(family)
    return " ".join(f"{w} {(unit * k)[:k]} with" for w in TRIGGER_WORDS) + "."


def structured_text(kind: str, n: int) -> str:
    """`n` characters of JSON, CSV, base64, minified JS or a text table."""
    if kind == "json":
        unit = json.dumps({"signed": ["agreement", 1.5e9, None], "id": "x" * 8}) + "\n"
    elif kind == "csv":
        unit = 'signed,"agreement",2025-01-01,$1.5bn,Astana,"a,b"\n'
    elif kind == "base64":
        unit = base64.b64encode(bytes(range(256))).decode()
    elif kind == "minified js":
        unit = "function(a,b){return a&&b||!a?b[0]:(c=a.signed,c+1)};var x={y:[1,2,3]};"
    else:  # table
        unit = "| signed | 1,200 km | $4.7bn | 2025 |\n|---|---|---|---|\n"
    return (unit * (n // len(unit) + 1))[:n]


STRUCTURED = ["json", "csv", "base64", "minified js", "table"]
