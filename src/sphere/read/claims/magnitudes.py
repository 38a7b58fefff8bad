"""How numbers are written and what a figure can be: decimal marks by language, plausible magnitudes, multiples.

`decimal_point(digits, language)` reads the group separators and decimal mark of a language ("1.234,5",
X

`plausible(value, kind, unit)` is False for magnitudes no news report states ("1e23 km", "$1e308 billion",
a share of 50,000 %): a misread number, a machine-made page or an attack on the parser, never a figure to
file. The bounds are generous (a state's GDP in its own small currency, the length of every railway on
Earth) and sit in one table. `multiples(text)` finds "doubled", "will almost double", "tripled" and "a twofold
increase", which state a growth of 2 or 3 times without a digit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

__all__ = ["COMMA_DECIMAL", "DOT_GROUPS", "MAXIMA", "decimal_point", "multiples", "plausible"]

# languages that write a decimal comma ("15,5"), and those that also group thousands with dots ("1.234.567")
COMMA_DECIMAL = frozenset(
    {"ru", "uk", "be", "kk", "ky", "uz", "tg", "tk", "az", "tr", "de", "pl", "cs", "fr", "es", "it", "pt", "nl",
     "ro", "sv", "fi", "da", "no", "id"}
)  # fmt: skip
DOT_GROUPS = frozenset({"de", "tr", "it", "es", "pt", "nl", "da", "id", "ro", "az"})

# the largest value a figure of each kind (or unit) can have in a news report
MAXIMA: dict[str, float] = {
    "money": 1e17,  # a year's GDP in Uzbek sum is about 1e15
    "km": 1e6, "mi": 1e6, "length": 1e6,
    "ha": 1e10, "km2": 1e8, "area": 1e10,
    "GW": 1e5, "MW": 1e8, "power": 1e8,
    "bcm": 1e6, "mcm": 1e9, "tcm": 1e3, "m3": 1e15, "gas": 1e15,
    "t": 1e13, "mass": 1e13, "oil": 1e13, "energy": 1e12,
    "TEU": 1e10, "teu": 1e10,
    "%": 1e5, "percent": 1e5, "times": 1e5,
    "duration": 1e4, "people": 1e10, "count": 1e12,
}  # fmt: skip

_MULTIPLE = re.compile(
    r"\b(?:(?:will|would|could|can|may|might|to|almost|nearly|more than|roughly|set to|expected to)\s+)"
    r"(?P<verb>double|triple|quadruple)\b|\b(?P<past>doubled|tripled|quadrupled|doubling|tripling)\b"
    r"|\b(?P<noun>double|triple|(?:two|three|four)[- ]?fold)\s+(?:increase|rise|growth|jump|hike)\b"
    r"|(?<!\w)(?P<other>двукратн\w*|тр[её]хкратн\w*|verdoppel\w*|verdoppl\w*|verdreifach\w*|vervierfach\w*|"
    r"удвои\w*|удвоен\w*|утрои\w*|утроен\w*|ikiye katla\w*)",
    re.IGNORECASE,
)
# the stem a multiple verb opens with -> its factor: "doubled", "verdoppelt", "удвоился", "ikiye katladı"
_FACTOR = (("doub", 2.0), ("trip", 3.0), ("quad", 4.0), ("verdopp", 2.0), ("verdrei", 3.0), ("vervier", 4.0),
           ("удво", 2.0), ("утро", 3.0), ("двукрат", 2.0), ("трехкрат", 3.0), ("трёхкрат", 3.0),
           ("ikiye", 2.0))  # fmt: skip
MULTIPLE_STEMS = tuple(stem for stem, _ in _FACTOR)
_FOLD = {"two": 2.0, "three": 3.0, "four": 4.0}  # "a twofold increase", "a three-fold rise"


def plausible(value: float, kind: str, unit: str) -> bool:
    """Return True when a figure of this kind and unit could be stated in a news report."""
    if not math.isfinite(value):
        return False
    limit = MAXIMA.get(unit.split("/")[0], MAXIMA.get(kind, 1e15))
    return abs(value) <= limit


def multiples(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Yield (start, end, factor, word) for each multiple stated as a verb ("doubled", "will double") or a noun
    ("a twofold increase", "двукратный рост")."""
    for m in _MULTIPLE.finditer(text):
        group = next(g for g in ("verb", "past", "noun", "other") if m.group(g))
        word, start = m.group(group), m.start(group)
        low = word.lower()
        factor = _FOLD.get(low[:-4].rstrip(" -")) if low.endswith("fold") else None
        yield start, start + len(word), factor or next(v for k, v in _FACTOR if low.startswith(k)), word


def decimal_point(t: str, language: str) -> str:
    """Return digits with group separators dropped and the decimal mark as ".", as the language writes them.

    "1,234,567" and "1.234.567" are thousands in any language; where both marks occur the later one is the
    decimal mark ("1.234,5", "1,234.5"); a lone comma is a decimal mark in languages that write it so
    ("15,5", German "1,234") and a thousands separator before three digits elsewhere ("10,000"); a lone dot
    before three digits is a thousands separator in languages that group with dots (German "12.500").
    """
    if "," in t and "." in t:
        decimal = "," if t.rfind(",") > t.rfind(".") else "."
        return t.replace("." if decimal == "," else ",", "").replace(",", ".")
    for mark in ",.":
        groups = t.split(mark)
        if len(groups) < 2:
            continue
        three = all(len(g) == 3 for g in groups[1:])
        if len(groups) > 2:
            return t.replace(mark, "") if three else t
        lone_thousands = three and (
            (mark == "," and language not in COMMA_DECIMAL) or (mark == "." and language in DOT_GROUPS)
        )
        return t.replace(mark, "") if lone_thousands else t.replace(mark, ".")
    return t
