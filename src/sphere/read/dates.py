"""Find, normalise and resolve date expressions in news text (English and Russian; month names of six more
languages in `sphere.read.date_names`).

Absolute dates ("19 May 2023", "June 1, 2023", "7 июня 2024", "2023-05-19", "in 2024") normalise on their own
to YYYY-MM-DD, YYYY-MM or YYYY. Relative ones ("on Tuesday", "last year", "May 19", "in March", "19 мая",
"в прошлом году") need a reference date, normally the publication date: `resolve_date_expression` does both.
`is_date_line` tells a line that holds only a date (the publication date of `sphere.read.clean.text`, or page
furniture for `sphere.read.clean.boilerplate`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sphere.read.date_names import EN_MONTHS, INTL_MONTHS, RU_MONTHS, RU_PREP_MONTHS, WEEKDAYS

__all__ = [
    "find_date_expressions",
    "is_date_line",
    "iso_date",
    "names_weekday",
    "parse_full_date",
    "resolve_date_expression",
    "resolve_relative",
]


def _alt(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# English month names must be capitalised ("May", "MAY"), so the modal verb "may" never reads as a month.
_EN_MON = (
    r"(?P<mon>(?:" + _alt([w.capitalize() for w in EN_MONTHS] + [w.upper() for w in EN_MONTHS]) + r")\.?)"
)
_EN_MON_FULL = r"(?P<mon>" + _alt([w.capitalize() for w in EN_MONTHS if len(w) > 3 or w == "may"]) + r")"
_RU_MON = r"(?P<mon>(?i:" + _alt(list(RU_MONTHS)) + r")\.?)"
_RU_MON_PREP = r"(?P<mon>(?i:" + _alt(RU_PREP_MONTHS) + r"))"
_EN_WD = r"(?P<wd>(?:" + _alt([w.capitalize() for w in WEEKDAYS if w.isascii()]) + r"))"
_INTL_MON = r"(?P<mon>(?i:" + _alt(list(INTL_MONTHS)) + r"))"
_RU_WD = r"(?P<wd>(?i:" + _alt([w for w in WEEKDAYS if not w.isascii()]) + r"))"
_Y = r"(?P<y>(?:19|20)\d\d)"
_D = r"(?P<d>[0-3]?\d)"
_ORD = r"(?:st|nd|rd|th)?"
_NOT_UNIT = (
    r"(?!\s*(?i:km|kilomet|mi\b|miles?\b|tons?\b|tonnes?\b|t\b|mw\b|gw\b|teu|m\b|met(?:er|re)s?\b|hectares?|ha\b|"
    r"people|persons|units|dollars?|euros?|yuan|tenge|r[ou]*bles?|percent))"
)
_B = r"(?<![\w-])"  # a left word boundary that does not split "18-19"
_E = r"(?![\w])"

# What a row needs in the text before its regex is worth running: cheap tests that never skip a match (a
# decimal digit; one of some words as written; one of some words in the lower-cased text, where the words
# avoid the letters that IGNORECASE folds beyond `str.lower`: i, s and a few Cyrillic ones). A gate is a bit
# mask of conditions, all of which must hold.
_CONDITIONS: list[tuple[str, tuple[str, ...]]] = []


def _cond(how: str, *words: str) -> int:
    """Register a condition ("digit", "cs" or "ci" with its words) and return its bit."""
    _CONDITIONS.append((how, words))
    return 1 << (len(_CONDITIONS) - 1)


_ALWAYS = 0
_DIGIT = _cond("digit")
_YEAR_DIGITS = _cond("cs", "19", "20")
_EN_MONTH_CUE = _cond("ci", *sorted({w[:3] for w in EN_MONTHS}))  # every English month name holds one
_WEEKDAY_CUE = _cond("ci", "day")
_YEAR_WORD = _cond("cs", "year")
_YEAR_OR_MONTH = _cond("ci", "year", "month")
_DAY_WORDS = _cond("ci", "terday", "today", "tomorrow")
_AGO = _cond("ci", "ago")
_RU_GODA = _cond("cs", "года")
_RU_GODU = _cond("cs", "году", "месяце")
_RU_GODA_MES = _cond("cs", "года", "месяца")
_RU_DAY_WORDS = _cond("ci", "чера", "ня", "ра")
_RU_AGO = _cond("cs", "назад")
_HAS_DIGIT = re.compile(r"\d")


def _gated(text: str, patterns: list[tuple[re.Pattern[str], str, int]]) -> list[tuple[re.Pattern[str], str]]:
    """Return the patterns whose gate `text` passes (the conditions they use tested once each)."""
    used = 0
    for _rx, _kind, gate in patterns:
        used |= gate
    low = ""
    met = 0
    for i, (how, words) in enumerate(_CONDITIONS):
        bit = 1 << i
        if not used & bit:
            continue
        if how == "digit":
            ok = _HAS_DIGIT.search(text) is not None
        elif how == "cs":
            ok = any(map(text.__contains__, words))
        else:
            low = low or text.lower()
            ok = any(map(low.__contains__, words))
        if ok:
            met |= bit
    return [(rx, kind) for rx, kind, gate in patterns if gate & met == gate]


# (regex, kind, gate) in priority order; kind tells how a match normalises.
_COMMON: list[tuple[str, str, int]] = [
    (_B + _Y + r"-(?P<m>0?[1-9]|1[0-2])-" + _D + r"(?![0-9A-SU-Za-z])", "ymd", _YEAR_DIGITS),
    (_B + _D + r"\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)" + _E, "dmy", _YEAR_DIGITS),
    (_B + r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)" + _E, "slash", _YEAR_DIGITS),
]
# Other languages: "9. Oktober 2023", "20 Aralık 2024", "9 października 2023", "2023 жылғы 9 қазан",
# "2023-yil 9-oktabr", "Oktober 2023", and Chinese "2024年12月20日", "2024年12月".
_INTL: list[tuple[str, str, int]] = [
    (
        _B + _D + r"\.?[\s-]+" + _INTL_MON + r"\.?,?\s+" + _Y + r"(?:\s*(?:r\.|roku|yılı|y\.|ж\.))?" + _E,
        "dmy",
        _YEAR_DIGITS,
    ),
    (
        _B
        + _Y
        + r"(?:\s*(?:жылғы|жылы|ж\.|jylǵy|-?yil(?:ning)?|-?йил(?:нинг)?))?[\s-]+"
        + _D
        + r"[\s-]+"
        + _INTL_MON
        + _E,
        "ydm",
        _YEAR_DIGITS,
    ),
    (_B + _Y + r"\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*" + _D + r"\s*日", "ymd", _YEAR_DIGITS),
    (_B + _Y + r"\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月", "my", _YEAR_DIGITS),
    (_B + _INTL_MON + r"\s+" + _Y + _E, "my", _YEAR_DIGITS),
]
_EN: list[tuple[str, str, int]] = [
    (
        _B + _D + _ORD + r"[.,]?\s+(?:of\s+)?" + _EN_MON + r",?\s+" + _Y + _E,
        "dmy",
        _YEAR_DIGITS | _EN_MONTH_CUE,
    ),
    (_B + _EN_MON + r"\s+" + _D + _ORD + r",?\s+" + _Y + _E, "dmy", _YEAR_DIGITS | _EN_MONTH_CUE),
    (
        _B + _EN_MON_FULL + r"\s+(?:of\s+)?(?P<rel>last|this|next|previous)\s+year" + _E,
        "mon_rel",
        _YEAR_WORD | _EN_MONTH_CUE,
    ),
    (_B + _EN_MON + r",?\s+" + _Y + _E, "my", _YEAR_DIGITS | _EN_MONTH_CUE),
    (_B + _D + _ORD + r"\s+(?:of\s+)?" + _EN_MON + _E, "dm", _DIGIT | _EN_MONTH_CUE),
    (_B + _EN_MON + r"\s+" + _D + _ORD + _E, "dm", _DIGIT | _EN_MONTH_CUE),
    (
        _B
        + r"(?i:(?:earlier|later)\s+)?(?P<rel>(?i:last|this|next|past|previous|current))\s+(?P<unit>(?i:year|month))"
        + _E,
        "rel",
        _YEAR_OR_MONTH,
    ),
    (_B + r"(?P<word>(?i:yesterday|today|tomorrow))" + _E, "word", _DAY_WORDS),
    (
        _B + r"(?P<n>(?i:a|one|two|three|four|five|\d+))\s+(?P<unit>(?i:year|month|day))s?\s+(?i:ago)" + _E,
        "ago",
        _AGO,
    ),
    (_B + r"(?i:(?:last|this|next)\s+)?" + _EN_WD + _E, "wd", _WEEKDAY_CUE),
    (
        _B
        + r"(?i:in|since|by|until|till|during|from|through|early|late|mid|last|this|next|end of|beginning of)[-\s]+"
        + _EN_MON_FULL
        + _E,
        "m",
        _EN_MONTH_CUE,
    ),
    (
        _B
        + r"(?i:in|since|by|until|till|during|from|through|before|after|early|late|mid|end of|beginning of|as of|"
        r"for|of|year)[-\s]+(?:(?i:fiscal|the year)\s+)?" + _Y + r"(?![\w%]|[.,]\d)" + _NOT_UNIT,
        "y",
        _YEAR_DIGITS,
    ),
]
_RU: list[tuple[str, str, int]] = [
    (_B + _D + r"\s+" + _RU_MON + r"\s+" + _Y + r"(?:\s*(?:года|г\.))?" + _E, "dmy", _YEAR_DIGITS),
    (
        _B + r"(?:(?i:в)\s+)?" + _RU_MON + r"\s+(?P<rel>прошлого|этого|текущего|нынешнего|следующего)\s+года",
        "mon_rel",
        _RU_GODA,
    ),
    (_B + r"(?:(?i:в)\s+)?" + _RU_MON + r"\s+" + _Y + r"(?:\s*(?:года|г\.))?" + _E, "my", _YEAR_DIGITS),
    (_B + _D + r"\s+" + _RU_MON + r"(?![\w])", "dm", _DIGIT),
    (
        _B + r"(?i:(?:в|на)\s+)(?P<rel>прошлом|этом|текущем|нынешнем|следующем|будущем|прошлой|этой)\s+"
        r"(?P<unit>году|месяце)" + _E,
        "rel",
        _RU_GODU,
    ),
    (
        _B + r"(?P<rel>прошлого|этого|текущего|нынешнего|следующего)\s+(?P<unit>года|месяца)" + _E,
        "rel",
        _RU_GODA_MES,
    ),
    (_B + r"(?P<word>(?i:позавчера|вчера|сегодня|завтра))" + _E, "word", _RU_DAY_WORDS),
    (
        _B + r"(?P<n>\d+|год|два|три)\s*(?P<unit>лет|года|год|месяц\w*|дн\w*|день)?\s+назад" + _E,
        "ago",
        _RU_AGO,
    ),
    (_B + r"(?i:во?\s+)" + _RU_WD + _E, "wd", _ALWAYS),
    (_B + r"(?i:в)\s+" + _RU_MON_PREP + _E, "m", _ALWAYS),
    (_B + r"(?:(?i:в|с|до|к|по|на|за)\s+)?" + _Y + r"\s*(?:году|года|год|г\.)" + _E, "y", _YEAR_DIGITS),
]


def _compile(rows: list[tuple[str, str, int]]) -> list[tuple[re.Pattern[str], str, int]]:
    return [(re.compile(rx), kind, gate) for rx, kind, gate in rows]


_PATTERNS = {
    "en": _compile(_COMMON + _EN),
    "ru": _compile(_COMMON + _RU),
    "intl": _compile(_COMMON + _INTL + _EN),
    None: _compile(_COMMON + _EN + _RU + _INTL),
}


def _patterns_for(lang: str | None) -> list[tuple[re.Pattern[str], str, int]]:
    """Return the date patterns of a language: English or Russian, the other languages read, or all."""
    if lang in ("en", "ru"):
        return _PATTERNS[lang]
    if lang and lang[:2] in _INTL_LANGUAGES:
        return _PATTERNS["intl"]
    return _PATTERNS[None]


_INTL_LANGUAGES = frozenset({"de", "tr", "pl", "kk", "uz", "zh", "ky", "tg", "az"})
_ABSOLUTE_KINDS = {"ymd", "dmy", "ydm", "slash", "my", "y"}
_FULL_KINDS = {"ymd", "dmy", "ydm", "slash"}


def _month(token: str) -> int | None:
    t = token.lower().rstrip(".")
    return EN_MONTHS.get(t) or RU_MONTHS.get(t) or INTL_MONTHS.get(t)


def iso_date(y: int, m: int, d: int) -> str | None:
    """Return YYYY-MM-DD for a valid day, else None."""
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _normalise(m: re.Match[str], kind: str, lang: str | None) -> str | None:
    """Return the normal form of an absolute match, or None for a relative or invalid one."""
    g = m.groupdict()
    if kind == "ymd" or (kind == "dmy" and g.get("m")):
        return iso_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind in ("dmy", "ydm"):
        mon = _month(g["mon"])
        return iso_date(int(g["y"]), mon, int(g["d"])) if mon else None
    if kind == "slash":
        a, b = int(g["a"]), int(g["b"])
        month_first = (lang == "en" and a <= 12) or b > 12
        return iso_date(int(g["y"]), a, b) if month_first else iso_date(int(g["y"]), b, a)
    if kind == "my" and g.get("m"):
        return f"{int(g['y']):04d}-{int(g['m']):02d}"
    if kind == "my":
        mon = _month(g["mon"])
        return f"{int(g['y']):04d}-{mon:02d}" if mon else None
    if kind == "y":
        return g["y"]
    return None


def find_date_expressions(text: str, lang: str | None = None) -> list[tuple[int, int, str | None]]:
    """Return the date expressions in `text` as (start, end, normal form or None), in text order.

    Absolute expressions carry their normal form (YYYY-MM-DD, YYYY-MM or YYYY); relative ones ("on Tuesday",
    "last year", "May 19", "в марте") carry None: resolve them with `resolve_date_expression` and a reference
    date. `lang` ("en", "ru" or None for both) picks the vocabularies. Overlaps keep the earlier, longer match.
    """
    patterns = _patterns_for(lang)
    found: list[tuple[int, int, str | None]] = []
    for rx, kind in _gated(text, patterns):  # rows that cannot match are not scanned
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), _normalise(m, kind, lang)))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str | None]] = []
    last_end = -1
    for start, end, value in found:
        if start >= last_end:
            out.append((start, end, value))
            last_end = end
    return out


def _match_one(expr: str, lang: str | None) -> tuple[re.Match[str], str] | None:
    best: tuple[re.Match[str], str] | None = None
    for rx, kind in _gated(expr, _patterns_for(lang)):
        m = rx.search(expr)
        if m and (best is None or (m.start(), -(m.end() - m.start())) < (best[0].start(), -len(best[0][0]))):
            best = (m, kind)
    return best


def _pick_year(month: int, day: int, reference: date) -> int:
    """Return the year that puts month/day nearest the reference, counting future distance double."""

    def cost(y: int) -> float:
        d = _safe_date(y, month, day)
        delta = (d - reference).days
        return 2 * delta if delta > 0 else -delta

    return min((reference.year - 1, reference.year, reference.year + 1), key=cost)


def _safe_date(y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        return date(y, m, 28)


_NUM_WORDS = {"a": 1, "one": 1, "год": 1, "two": 2, "два": 2, "three": 3, "три": 3, "four": 4, "five": 5}
_REL_OFFSET = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "прошлом": -1,
    "прошлой": -1,
    "прошлого": -1,
    "этом": 0,
    "этой": 0,
    "этого": 0,
    "текущем": 0,
    "текущего": 0,
    "нынешнем": 0,
    "нынешнего": 0,
    "следующем": 1,
    "следующего": 1,
    "будущем": 1,
}
_WORD_OFFSET = {
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "позавчера": -2,
    "вчера": -1,
    "сегодня": 0,
    "завтра": 1,
}


def _add_months(d: date, n: int) -> str:
    total = d.year * 12 + d.month - 1 + n
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def resolve_relative(
    expr: str, reference: date, lang: str | None = None, *, future: bool = False
) -> str | None:
    """Resolve a relative date expression against a reference date (normally the publication date).

    Handles "last/this/next year|month", "yesterday/today", "N years ago", weekdays ("on Tuesday": the latest
    such day on or before the reference, or on or after it when `future`), month-day without a year ("May 19",
    "19 мая": the year that puts it nearest the reference, past preferred), a month alone ("in March") and a
    month with a relative year ("March last year", "в марте прошлого года"). Return None when not relative.
    """
    hit = _match_one(expr, lang)
    if hit is None:
        return None
    m, kind = hit
    g = m.groupdict()
    if kind in _ABSOLUTE_KINDS:
        return _normalise(m, kind, lang)
    if kind == "rel":
        offset = _REL_OFFSET.get(g["rel"].lower(), 0)
        unit = g["unit"].lower()
        if unit.startswith(("year", "год", "года")):
            return f"{reference.year + offset:04d}"
        return _add_months(reference, offset)
    if kind == "word":
        return (reference + timedelta(days=_WORD_OFFSET[g["word"].lower()])).isoformat()
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUM_WORDS.get(g["n"].lower(), 1)
        unit = (g.get("unit") or "year").lower()
        if unit.startswith(("year", "лет", "год")):
            return f"{reference.year - n:04d}"
        if unit.startswith(("month", "месяц")):
            return _add_months(reference, -n)
        return (reference - timedelta(days=n)).isoformat()
    if kind == "wd":
        wd = WEEKDAYS[g["wd"].lower()]
        delta = (reference.weekday() - wd) % 7
        day = reference + timedelta(days=(7 - delta) % 7) if future else reference - timedelta(days=delta)
        return day.isoformat()
    mon = _month(g["mon"]) if g.get("mon") else None
    if mon is None:
        return None
    if kind == "dm":
        day_n = int(g["d"])
        if not 1 <= day_n <= 31:
            return None
        return iso_date(_pick_year(mon, day_n, reference), mon, day_n)
    if kind == "m":
        return f"{_pick_year(mon, 15, reference):04d}-{mon:02d}"
    if kind == "mon_rel":
        return f"{reference.year + _REL_OFFSET.get(g['rel'].lower(), 0):04d}-{mon:02d}"
    return None


def resolve_date_expression(text: str, ref: date | None, lang: str | None = None) -> str | None:
    """Return the first date expression in `text` as YYYY-MM-DD, YYYY-MM or YYYY, or None.

    Absolute dates need no reference; relative ones are resolved against `ref` (the publication date) and
    give None when `ref` is None, so nothing is ever invented.
    """
    hit = _match_one(text, lang)
    if hit is None:
        return None
    m, kind = hit
    if kind in _ABSOLUTE_KINDS:
        return _normalise(m, kind, lang)
    return resolve_relative(m.group(0), ref, lang) if ref is not None else None


def parse_full_date(text: str, lang: str | None = None) -> str | None:
    """Return the first complete date (day, month and year) in `text` as YYYY-MM-DD, or None."""
    for _start, _end, value in find_date_expressions(text, lang):
        if value and len(value) == 10:
            return value
    return None


# ---- lines that hold only a date ----------------------------------------------------------------------

_WEEKDAY_RX = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b|"
    r"\b(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b",
    re.IGNORECASE,
)
_DIGIT_RX = re.compile(r"\d")
_FILLER_RX = re.compile(
    r"\b(?:gmt|utc|msk|est|edt|cet|cest|bst|am|pm|updated|published|posted|on|at|г|года|год|"
    r"опубликовано|обновлено|в)\b|[\W\d_]+",
    re.IGNORECASE,
)


def is_date_line(line: str) -> bool:
    """Return True when a line holds only a date, with at most a weekday, a time and separators."""
    if len(line) > 80 or not _DIGIT_RX.search(line):
        return False
    spans = find_date_expressions(line)
    if not spans:
        return False
    rest = line
    for start, end, _ in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    rest = _WEEKDAY_RX.sub(" ", rest)
    return not _FILLER_RX.sub("", rest).strip()


def names_weekday(text: str) -> bool:
    """Return True when `text` names a day of the week (English or Russian, full or short)."""
    return _WEEKDAY_RX.search(text) is not None
