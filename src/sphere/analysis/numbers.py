"""Numbers a person reads: money as "$4.0bn", people as "1.2m people", shares as "23.9%".

Shared by the index's explanations, the CLI and the web pages, so that one figure reads the same everywhere.
Nothing here rounds a figure before it is stored: formatting is for display only.
"""

from __future__ import annotations

import math

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}


def _compact(value: float) -> str:
    a = abs(value)
    if a >= 1e12:
        return f"{value / 1e12:,.1f}tn"
    if a >= 1e9:
        return f"{value / 1e9:,.1f}bn"
    if a >= 1e6:
        return f"{value / 1e6:,.1f}m"
    if a >= 1e4:
        return f"{value / 1e3:,.0f}k"
    if a >= 100 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def money(value: float | None, unit: str = "USD") -> str:
    """Format an amount of money compactly: `money(4.04e9)` is "$4.0bn", `money(3.4e8, "EUR")` "€340.0m"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    sign = CURRENCY_SIGNS.get(unit.upper(), unit.upper() + " ")
    return ("−" if value < 0 else "") + sign + _compact(abs(value))


def count(value: float | None, noun: str = "") -> str:
    """Format a count: `count(1234567, "people")` is "1.2m people", `count(4, "posts")` "4 posts"."""
    if value is None:
        return "—"
    text = _compact(value)
    return f"{text} {noun}".strip()


def pct(share: float | None, digits: int = 1) -> str:
    """Format a share (0–1) as a percentage: `pct(0.239)` is "23.9%"."""
    if share is None:
        return "—"
    return f"{share * 100:.{digits}f}%"


def figure(value: float | None, unit: str | None) -> str:
    """Format a value by its unit: currencies as money, persons as people, TIV in millions, else a number."""
    u = (unit or "").strip()
    if value is None:
        return "—"
    if u.upper() in CURRENCY_SIGNS or (len(u) == 3 and u.isupper()):
        return money(value, u)
    if u in ("persons", "people", "person"):
        return count(value, "people")
    if u.lower() in ("tiv", "tiv_million", "tiv million", "tiv millions", "tiv_m"):
        return f"{value:,.0f} TIV m"
    if u in ("share", "ratio", "0-1", "score"):
        return f"{value:.2f}"
    if u in ("count", "posts", "bases", "igos", ""):
        return count(value)
    return f"{_compact(value)} {u}"


def ordinal(n: int) -> str:
    """Return 1st, 2nd, 3rd, 4th …"""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
