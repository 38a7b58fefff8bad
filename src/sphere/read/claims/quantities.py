"""Find numbers with their units in English and Russian news text, normalised as the reader output spec says.

`find_quantities(text, language)` returns every figure that carries a unit: money ("$1.18 billion",
"US$8bn", "674.15 billion yuan", "12 млрд долларов") as a plain number in its currency, lengths, areas,
power, gas volumes ("30 bcm", "30 млрд куб. м"), tonnes (with "million" applied), TEU, shares ("18.6%",
"one-third of"), multiples ("2.6 times", "в три раза"), durations, people and counted nouns ("20
resolutions"). Bare numbers, years, calendar dates, ordinals and phone numbers are not quantities. Which
figure is a claim, and about whom, is decided in `sphere.read.claims.extract`. All patterns are compiled once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sphere.read.claims.count_units import count_unit
from sphere.read.claims.magnitudes import MULTIPLE_STEMS, decimal_point, multiples, plausible

_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
}  # fmt: skip
_RU_WORDS = {
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "полтора": 1.5, "полторы": 1.5,
    "двадцать": 20, "тридцать": 30, "сто": 100, "вдвое": 2, "втрое": 3, "вчетверо": 4,
}  # fmt: skip
_FRACTIONS = {
    "one-third": 33.3, "one third": 33.3, "a third": 33.3, "two-thirds": 66.7, "two thirds": 66.7,
    "a quarter": 25.0, "one-quarter": 25.0, "one quarter": 25.0, "three-quarters": 75.0,
    "three quarters": 75.0, "a fifth": 20.0, "one-fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0,
    "one-tenth": 10.0, "half": 50.0, "треть": 33.3, "две трети": 66.7, "четверть": 25.0, "половину": 50.0,
    "половина": 50.0, "пятую часть": 20.0, "пятая часть": 20.0,
}  # fmt: skip
_SCALES = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "trln": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
    "трлн": 1e12, "триллион": 1e12, "млрд": 1e9, "миллиард": 1e9, "млн": 1e6, "миллион": 1e6,
    "тыс": 1e3, "тысяч": 1e3, "тысяча": 1e3, "тысячи": 1e3, "мың": 1e3,
}  # fmt: skip
_SHORT_SCALES = frozenset({"b", "m", "k"})  # only after a currency sign: "$200m"


def _alternation(words: list[str]) -> str:
    """Return a regex alternation of words, longest first, each also with a capital first letter."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True))


_WORD_ALT = _alternation([*_EN_WORDS, *_RU_WORDS])
_FRAC_ALT = _alternation(list(_FRACTIONS))
_FIRST = "".join(sorted({w[0] for w in [*_EN_WORDS, *_RU_WORDS, *_FRACTIONS]}))
# a number follows no letter or digit (Chinese characters aside: Chinese runs into its numbers) and no ".,+/-"
_NOT_AFTER_RX = (
    r"(?<![.,+/-])(?:(?<=[^A-Za-z](?:USD|EUR|GBP|CNY|RUB|KZT))|(?<![^\W\u3040-\u30ff\u3400-\u9fff]))"
)
_NUMBER = re.compile(
    r"(?=[\d" + _FIRST + _FIRST.upper() + r"])" + _NOT_AFTER_RX + r"(?:"
    r"(?P<frac>" + _FRAC_ALT + r")(?=\s+(?:of\b|(?:is|are|was|were|goes|go|went|comes|came)\b|[а-яё]))"
    r"|(?P<digits>\d{1,3}(?:(?P<sep>[,.'’\u00a0\u202f ])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?(?![\d'’]|[.,]\d)"
    r"|\d+(?:[.,]\d+)?(?!\d|,\d))"
    r"|(?P<word>(?:" + _WORD_ALT + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?![\w]))"
    r")"
)
_NUMBER_AT = re.compile(_NUMBER.pattern.replace(_NOT_AFTER_RX, "", 1))  # a range's upper bound: "5-6"
_SCALE = re.compile(
    r"(?:[ \u00a0]|-(?=[a-zа-я]{4}))?(?:(?:(?P<long>trillion|billion|million|thousand|(?:трлн|млрд|млн|тыс)\.?)"
    r"|(?P<ru>триллион|миллиард|миллион|тысяч)[а-я]*|(?P<kk>мың)|(?P<short>tn|trn|trln|bn|bln|mln|mn|b|m|k)"
    r"|(?P<intl>(?:mrd|mio|bio|mlrd|mld)\.?|(?:milyar|milyon|trilyon)[a-zçğıöşü]*|milliarden?|milliarde|"
    r"billionen|millionen|miliard(?:y|ów|a)?|milion(?:y|ów|a)?|milliard))(?![\w])"
    r"|(?P<zh>万亿|亿|万))",
    re.IGNORECASE,
)
# Scale words of the other languages read (German Mrd./Mio., Turkish milyar, Polish mld, Uzbek mlrd, Chinese 亿/万),
# by the first letters of the word.
_INTL_SCALES = (
    ("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("mrd", 1e9), ("mlrd", 1e9), ("mld", 1e9), ("milyar", 1e9),
    ("milliard", 1e9), ("miliard", 1e9), ("mio", 1e6), ("milyon", 1e6), ("million", 1e6), ("milion", 1e6),
    ("bio", 1e12), ("billion", 1e12), ("trilyon", 1e12),
)  # fmt: skip
_CUR_PREFIX = re.compile(r"(?P<cur>US\$|U\.S\.\s?\$|A\$|C\$|\$|€|£|¥|₸|₽|USD|EUR|GBP|CNY|RMB|KZT|RUB)\s?$")
_PREFIX_CODES = {
    "us$": "USD", "u.s.$": "USD", "u.s. $": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY",
    "₸": "KZT", "₽": "RUB", "usd": "USD", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "rmb": "CNY",
    "kzt": "KZT", "rub": "RUB", "a$": "AUD", "c$": "CAD",
}  # fmt: skip

# (pattern, unit, kind); the first that matches right after the number (and its scale word) wins
_UNIT_TABLE: list[tuple[str, str, str]] = [
    (r"(?:(?:twenty|20)[- ]foot equivalent units?|TEUs?|ДФЭ)(?:\s*\((?:TEUs?)\))?", "TEU", "teu"),
    (r"standard containers", "TEU", "teu"),
    (r"(?:bcm|bn\s?m3|billion cubic met(?:re|er)s?)", "bcm", "gas"),
    (
        r"(?:куб\.?\s?м\.?|кубометр[а-я]*|кубическ[а-я]+ метр[а-я]*|cubic met(?:re|er)s?|[Kk]ubikmeter[n]?|m3|m³)",
        "m3",
        "gas",
    ),
    (r"(?:(?:U\.?S\.?|American)\s+)?dollars?(?:\s+US)?|USD|US\$", "USD", "money"),
    (r"euros?|EUR", "EUR", "money"),
    (r"yuan|renminbi|RMB|CNY|юан[а-я]*", "CNY", "money"),
    (r"tenge|KZT|тенге|теңге", "KZT", "money"),
    (r"(?:Russian\s+)?(?:rubles?|roubles?)|RUB|рубл[а-я]*|руб\.?", "RUB", "money"),
    (r"(?:Japanese\s+)?yen|JPY|иен[а-я]*|йен[а-я]*", "JPY", "money"),
    (r"(?:Kyrgyz\s+)?soms?|KGS|сом(?:а|ов)?", "KGS", "money"),
    (r"(?:Uzbek\s+)?(?:sums?|soums?)|UZS|сум(?:а|ов)?", "UZS", "money"),
    (r"somoni|TJS|сомони", "TJS", "money"),
    (r"manats?|TMT|манат(?:а|ов)?", "TMT", "money"),
    (r"(?:pounds?\s+sterling|GBP)", "GBP", "money"),
    (r"долл(?:ар[а-яәғқңөұүһі]*|\.)(?:\s+США)?", "USD", "money"),  # Kazakh "долларға", "доллардың"
    (r"US-Dollar|(?:ABD\s+)?dolar[a-zçğıöşüó]*|dollar(?:ga|da|dan|ni|ning|lik)|美元", "USD", "money"),
    (r"人民币|元", "CNY", "money"),
    (r"евро", "EUR", "money"),
    (r"(?:kilomet(?:re|er)(?:s|n)?|km|км|километр[а-я]*|шақырым[а-яәғқңөұүһі]*)", "km", "length"),
    (r"(?:miles?|mi)", "mi", "length"),
    (r"(?:hectares?|[Hh]ektar(?:e|en)?|ha|га|гектар[а-я]*)", "ha", "area"),
    (r"(?:square kilomet(?:re|er)s?|sq\.?\s?km|km2|km²|кв\.?\s?км)", "km2", "area"),
    (r"(?:GW|gigawatts?|ГВт|гигаватт[а-я]*)", "GW", "power"),
    (r"(?:MW|megawatts?|МВт|мегаватт[а-я]*)", "MW", "power"),
    (r"(?:TWh|GWh|MWh|kWh)", "", "energy"),
    (
        r"(?:metric\s+)?(?:tonnes?|tons?|[Tt]onnen|[Tt]onne|ton(?:a|luk|dan|u)|t|тонн[а-яәғқңөұүһі]*|т)",
        "t",
        "mass",
    ),
    (r"Mt", "Mt", "mass"),
    (r"(?:mtpa|MTPA|Mtpa|mt/y|Mt/yr?)", "Mt/yr", "mass"),
    (r"(?:barrels?\s+(?:per|a)\s+day|bpd|b/d)", "barrels/day", "oil"),
    (r"barrels?", "barrels", "oil"),
    (r"acres?", "acres", "area"),
    (r"(?:%|per\s?cent|pct|pc|процент[а-я]*|[Pp]rozent|procent\w*|proc\.|пайыз\w*)", "%", "percent"),
    (
        r"(?:times|-?fold|-?[Ff]ache[ns]?|kat(?:ına|ı)?|есе)",
        "times",
        "times",
    ),  # "2,5-fache", "3 kat", "2 есе"
    (r"(?:years?|лет|года?|годы)", "years", "duration"),
    (r"(?:decades?)", "decades", "duration"),
    (r"(?:months?|месяц[а-я]*)", "months", "duration"),
    (r"(?:weeks?|недел[а-я]*)", "weeks", "duration"),
    (r"(?:days?|дн(?:ей|я)|день|сут(?:ок|ки))", "days", "duration"),
    (r"(?:hours?|час(?:а|ов)?)", "hours", "duration"),
    (r"(?:minutes?|минут[а-я]*)", "minutes", "duration"),
    (
        r"(?:people|persons|residents|inhabitants|жител[а-я]*|человек|Einwohner\w*|Menschen|kişi|nüfus\w*|адам|тұрғын\w*|osób|mieszkańców)",
        "people",
        "people",
    ),
]
_UNIT = re.compile(
    r"[ \u00a0]?-?[ \u00a0]?(?:"
    + "|".join(
        f"(?P<u{i}>{pat if kind == 'mass' else '(?i:' + pat + ')'})"
        for i, (pat, _, kind) in enumerate(_UNIT_TABLE)
    )
    + r")(?![\w$])"
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йя]|"
    r"июн[а-я]*|июл[а-я]*|август[а-я]*|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*|"
    r"янв|фев|мар|апр|авг|сен|окт|ноя|дек"
)
_DATE_BEFORE = re.compile(r"(?:\b(?:" + _MONTHS + r")\.?,?\s*)$", re.IGNORECASE)
_DATE_AFTER = re.compile(
    r"^(?:\.?,?\s*(?:" + _MONTHS + r")\b|(?:st|nd|rd|th|-?(?:й|го|я|е|ая|ый|ой))\b)", re.IGNORECASE
)
_RANGE_BEFORE = re.compile(
    r"(?:\d\s*[-–—]\s*|\b(?:\d+(?:[.,]\d+)?|" + _WORD_ALT + r")\s+(?:to|or|-|–|—|до)\s+)$", re.IGNORECASE
)
_NUMBER_OF = re.compile(
    r"\bnumber of ([a-z][a-z -]{2,40}?) (?:has |have |had )?(?:also |already )?(?:is|was|were|reached|rose|grew|"
    r"increased|exceeded|surpassed|stands at|stood at|totals|totalled|totaled)\s+(?:to |at |over |more than |"
    r"nearly |about |almost )?$",
    re.IGNORECASE,
)
# cheap tests that spare the searches above where they cannot match: a range ends with a dash or with "to",
# "or", "до" ("ᲂ" is an "о" to IGNORECASE); an English month opens with one of these stems
_RANGE_ENDS = frozenset("-–—oOrRоОᲂ")
# patterns matched right after a figure open with (?<![ \u00a0]) or (?<!\s) and take blanks possessively:
# linear when scanned over long blank runs (tests/hostile/test_patterns.py), the same where the reader calls them
_RANGE_TO = re.compile(r"(?<![ \u00a0])[ \u00a0]*+(?:[-–—]|to|or|до|(?P<and>and))[ \u00a0]*+(?=\d)")
_RANGE_JOIN = re.compile(r"(?<![ \u00a0])[ \u00a0]*+(?:[-–—]|to|до)[ \u00a0]*+")
_FROM = re.compile(r"\b(?:from|с|со)\s+(?:an?\s+|the\s+|initial\s+)*\S?$", re.IGNORECASE)
_COMPOUND = re.compile(
    r"(?<![ \u00a0])[ \u00a0]++(\d{1,3}(?:[.,]\d+)?)(?=[ \u00a0]*+[a-zа-я])", re.IGNORECASE
)
_PERCENT_BEFORE = re.compile(r"(?:(?<![\w%])%|\b[Yy]üzde[ \u00a0])$")  # the sign or word before the number
_PLUS = re.compile(r"-plus\b|\+(?![\d\w])")
_EXPONENT = re.compile(r"[eE][+-]?\d")
_PERIOD_HALF = re.compile(r"\b(?:first|second|1st|2nd|latter|former|other)\s+$", re.IGNORECASE)
_PERIOD_HALF_AFTER = re.compile(
    r"(?<!\s)\s++of\s++(?:the\s+)?(?:(?:19|20)\d\d|year|month|century|decade|this|last|next)\b", re.IGNORECASE
)
_EN_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _date_before(before: str) -> bool:
    """Return `_DATE_BEFORE.search(before)` as a bool, without the search where no month can be named."""
    if before.isascii() and not any(map(before.lower().__contains__, _EN_MONTH_STEMS)):
        return False
    return _DATE_BEFORE.search(before) is not None


_PHONE_NEAR = re.compile(r"(?:\+\d|\d[ -]\d{2,3}[ -]\d{2}[ -]\d{2}|\b(?:tel|phone|fax|тел)\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit: `value` normalised (money in units of its currency), span end exclusive."""

    start: int
    end: int
    value: float
    unit: str
    kind: str  # money|length|area|power|energy|gas|mass|oil|teu|percent|times|duration|people|count
    text: str
    spelled: bool = False  # the number was written as a word ("three statements")
    hedge: str | None = None  # what the figure's own wording says of it: "over" for "$1.2bn-plus"


def parse_number(token: str, language: str = "en") -> float | None:
    """Return the value of a number token: digits ("1,200.5", "15,5", "1 200") or a number word ("three")."""
    t = token.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if t in _FRACTIONS:
        return _FRACTIONS[t]
    if t in _EN_WORDS or t in _RU_WORDS:
        return float(_EN_WORDS.get(t, _RU_WORDS.get(t, 0)))
    if "-" in t and t.split("-")[0] in _EN_WORDS:
        head, tail = t.split("-", 1)
        return float(_EN_WORDS[head] + _EN_WORDS.get(tail, 0))
    t = decimal_point(re.sub(r"[ '’]", "", t), language)
    try:
        value = float(t)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _scale_at(text: str, pos: int, has_currency: bool) -> tuple[float, int, str]:
    """Return (multiplier, end, word) of a scale word ("billion", "млрд", "bn") starting at `pos`."""
    m = _SCALE.match(text, pos)
    if not m:
        return 1.0, pos, ""
    intl = m.group("intl") or m.group("zh")
    if intl:
        low = intl.lower().rstrip(".")
        mult = next((v for k, v in _INTL_SCALES if low.startswith(k)), 1.0)
        return mult, m.end(), "billion" if mult >= 1e8 else low
    if m.group("short") and not has_currency and m.group("short").lower() in _SHORT_SCALES:
        unit = _UNIT.match(text, m.end())  # "5m tonnes", "10m people": a unit follows, so "m" is a million
        if unit is None or _UNIT_TABLE[int(unit.lastgroup[1:])][2] in {"percent", "times"}:  # type: ignore[index]
            return 1.0, pos, ""
    word = (m.group("long") or m.group("ru") or m.group("kk") or m.group("short") or "").lower().rstrip(".")
    return _SCALES.get(word, 1.0), m.end(), word


@lru_cache(maxsize=1)
def _number_words() -> Any:
    """Return an Aho-Corasick automaton of the number words and fractions (built once per process)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in {*_EN_WORDS, *_RU_WORDS, *_FRACTIONS}:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


_DIGIT = re.compile(r"\d")
_CJK_CHAR = re.compile("[\u3040-\u30ff\u3400-\u9fff]")  # Chinese runs into its numbers with no space
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])(?:USD|EUR|GBP|CNY|RUB|KZT)$")  # "EUR10 billion (USD10.8 billion)"
_NOT_AFTER = "_.,+/-"  # with letters and digits: what a number never follows (the lookbehind of _NUMBER)


def _numbers(text: str) -> Iterator[re.Match[str]]:
    """Yield the matches of `_NUMBER.finditer(text)`, trying the pattern only where a match can start.

    That is after no letter, digit or "_.,+/-", on a digit or on a number word (found, lower-cased, in one
    pass of an automaton: the words' letters after the first are matched as written, in lower case).
    """
    low = text.lower()
    if len(low) != len(text):  # a letter lower-cases to two ("İ"): offsets would shift
        yield from _NUMBER.finditer(text)
        return
    starts = {end - n + 1 for end, n in _number_words().iter(low)}
    starts.update(m.start() for m in _DIGIT.finditer(text))
    end = 0
    for pos in sorted(starts):
        if pos < end or (
            pos
            and (
                (
                    text[pos - 1].isalnum()
                    and not _CJK_CHAR.match(text[pos - 1])
                    and not _CODE_BEFORE.search(text, max(0, pos - 3), pos)
                )
                or text[pos - 1] in _NOT_AFTER
            )
        ):
            continue
        m = _NUMBER.match(text, pos)
        if m is not None:
            yield m
            end = m.end()


def find_quantities(text: str, language: str = "en") -> list[Quantity]:
    """Return the figures with a unit in `text`, in order; bare numbers, dates and years are left out.

    A range keeps its lower bound ("$5-6 billion" is 5e9 USD, "between 10 and 12 km" 10 km); figures no
    reporter writes ("1e23 km", "$1e308 billion", a 500 % share of nothing) are dropped.
    """
    out: list[Quantity] = []
    consumed = 0
    for m in _numbers(text):
        if m.start() < consumed:
            continue
        q = _quantity_at(text, m, language)
        if q is None:
            continue
        consumed = q.end
        if (
            out
            and out[-1].unit == q.unit
            and _RANGE_JOIN.fullmatch(text, out[-1].end, q.start)
            and not _FROM.search(text[max(0, out[-1].start - 30) : out[-1].start])
        ):
            continue  # "$1bn-$1.5bn": the upper bound of the range before
        if plausible(q.value, q.kind, q.unit):
            out.append(q)
    low = text.lower()
    if any(stem in low for stem in MULTIPLE_STEMS):
        found = [Quantity(a, b, value, "times", "times", word) for a, b, value, word in multiples(text)]
        out = sorted([*out, *found], key=lambda q: q.start)
    return out


def _range(
    text: str, m: re.Match[str], value: float, pos: int, cur: re.Match[str] | None, language: str
) -> Quantity | None:
    """Return the lower bound of a range that starts with the number `m` ("700 to 800 people"), or None."""
    join = _RANGE_TO.match(text, pos)
    if join is None or (
        join.group("and") and not re.search(r"\bbetween\s+\S*$", text[max(0, m.start() - 12) : m.start()])
    ):
        return None
    m2 = _NUMBER_AT.match(text, join.end())
    if m2 is None or not m2.group("digits") or (value == int(value) and 1900 <= value <= 2100):
        return None
    high = parse_number(m2.group(0), language)
    start = m.start() if cur is None else m.start() - (m.start() - max(0, m.start() - 12) - cur.start())
    if cur is not None:  # "$5-6 billion": the scale of the upper bound is the range's
        mult, end, _ = _scale_at(text, m2.end(), True)
        code = _PREFIX_CODES.get(re.sub(r"\s+", " ", cur.group("cur").lower()), "USD")
        return Quantity(start, end, value * mult, code, "money", text[start:end])
    q2 = _quantity_at(text, m2, language, upper=True)
    if q2 is None or not high:
        return None
    return Quantity(
        start, q2.end, value * q2.value / high, q2.unit, q2.kind, text[start : q2.end], q2.spelled
    )


def _compound(text: str, pos: int, mult: float, language: str) -> tuple[float, int]:
    """Return (value, end) of a smaller part after a scale word ("1 миллиард 709 миллионов"), or (0, pos)."""
    m = _COMPOUND.match(text, pos)
    if m is None:
        return 0.0, pos
    small, end, _ = _scale_at(text, m.end(), False)
    number = parse_number(m.group(1), language)
    if number is None or not 1 < small < mult or number * small >= mult:
        return 0.0, pos
    return number * small, end


def _plus(text: str, q: Quantity) -> Quantity:
    """Return the figure with "-plus" or "+" after it taken in, as hedge "over" ("$1.2bn-plus")."""
    m = _PLUS.match(text, q.end)
    if m is None:
        return q
    return Quantity(q.start, m.end(), q.value, q.unit, q.kind, text[q.start : m.end()], q.spelled, "over")


def _quantity_at(text: str, m: re.Match[str], language: str, *, upper: bool = False) -> Quantity | None:
    """Build the quantity whose number is matched by `m`, or None when it is no measured figure.

    `upper` is set when `m` is the second number of a range, read for its unit ("700 to 800 people").
    """
    token = m.group(0)
    value = parse_number(token, language)
    if value is None:
        return None
    before = text[max(0, m.start() - 12) : m.start()]
    after = text[m.end() : m.end() + 60]
    if not upper and before.rstrip()[-1:] in _RANGE_ENDS and _RANGE_BEFORE.search(before):
        return None
    if m.group("digits"):
        if _date_before(before) or _DATE_AFTER.match(after) or _EXPONENT.match(after):
            return None  # a date, or "1e308": no figure a reporter writes
        if _PHONE_NEAR.search(text[max(0, m.start() - 6) : m.end() + 8]):
            return None
    start = m.start()
    if m.group("digits") and (pre := _PERCENT_BEFORE.search(before)):  # Turkish "%20", "yüzde 20"
        return Quantity(m.start() - len(before) + pre.start(), m.end(), value, "%", "percent", token)
    cur = _CUR_PREFIX.search(before)
    if cur and m.group("digits"):
        start = m.start() - (len(before) - cur.start())
    mult, pos, scale_word = _scale_at(text, m.end(), cur is not None)
    if scale_word:  # "1 миллиард 709 миллионов": the smaller part is added
        extra, pos = _compound(text, pos, mult, language)
        value += extra / mult
    if not upper and not scale_word and not _FROM.search(text[max(0, m.start() - 30) : m.start()]):
        ranged = _range(text, m, value, pos, cur, language)
        if ranged is not None:
            return ranged
    if cur and m.group("digits"):
        code = _PREFIX_CODES.get(re.sub(r"\s+", " ", cur.group("cur").lower()), "USD")
        tail = re.match(r"\s*(?:US\b|USD\b)", text[pos : pos + 5]) if code == "USD" else None
        end = pos + (tail.end() if tail else 0)
        return _plus(text, Quantity(start, end, value * mult, code, "money", text[start:end]))
    if m.group("frac"):
        if _PERIOD_HALF.search(before) or _PERIOD_HALF_AFTER.match(after):
            return None  # "the first half of 2024": a period
        return Quantity(start, m.end(), value, "%", "percent", token, spelled=True)
    spelled = bool(m.group("word"))
    if spelled and token.lower().endswith(("fold", "вдвое", "втрое", "вчетверо")):
        return Quantity(start, m.end(), value, "times", "times", token, spelled)
    um = _UNIT.match(text, pos)
    if um and um.lastgroup:
        _, unit, kind = _UNIT_TABLE[int(um.lastgroup[1:])]
        end = um.end()
        if kind == "gas":
            if unit == "m3":  # "30 billion cubic metres" / "30 млрд куб. м" -> 30 bcm
                unit = {1e9: "bcm", 1e12: "tcm"}.get(mult, "m3")
                mult = 1.0 if unit != "m3" else mult
            return Quantity(start, end, value * mult, unit, kind, text[start:end], spelled)
        if kind == "energy":
            unit = um.group(0).strip(" -\u00a0")
        if kind == "mass" and unit.startswith("Mt"):  # million tonnes: "5 Mt", "5 mtpa" (per year)
            unit, mult = "t" + unit[2:], mult * 1e6
        if kind == "duration" and re.match(r"[- ]old\b", text[end : end + 4]):
            return None  # "a 56-year-old", "43 years old": an age
        if kind == "duration" and mult == 1.0 and 1900 <= value <= 2100:
            return None  # "в 2009 году", "2024 года": a year, not a duration
        return Quantity(start, end, value * mult, unit, kind, text[start:end], spelled)
    if (
        language == "ru"
        and re.match(r"[ \u00a0]?раз[а]?\b", text[pos : pos + 6])
        and re.search(r"\bв\s*$", before)
    ):
        end = pos + re.match(r"[ \u00a0]?раз[а]?", text[pos:]).end()  # type: ignore[union-attr]
        return Quantity(m.start() - 2, end, value, "times", "times", text[m.start() - 2 : end], spelled)
    if scale_word and scale_word in {"billion", "млрд", "миллиард", "trillion", "трлн", "триллион"}:
        return None  # "5 billion" of something unnamed
    if value == int(value) and 1900 <= value <= 2100 and not scale_word and token.isdigit():
        return None  # a year
    found = count_unit(text[pos : pos + 60], language, spelled)
    if found is None:
        window = text[max(0, start - 120) : start]
        lead = _NUMBER_OF.search(window) if "number of" in window.lower() else None
        if lead is None or value * mult < 2:
            return None
        return Quantity(start, pos, value * mult, lead.group(1).lower(), "count", text[start:pos], spelled)
    if value * mult < 2:
        return None
    end = pos + found[1]
    return Quantity(start, end, value * mult, found[0], "count", text[start:end], spelled)
