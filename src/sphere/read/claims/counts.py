"""Counted figures `sphere.read.claims.quantities` leaves out: troops, Kazakh counted nouns, hedges written after.

`more_quantities(text, language, found)` completes the figures found by `find_quantities`:

- armed forces are counted in one unit, "troops", whatever word the text uses for them (soldiers,
  servicemen, peacekeepers, "a 300-strong platoon", Russian "военнослужащих", "миротворцев", Kazakh
  "әскери қызметші", "бітімгер"), and "100 of its troops" or "200 servicemen" are read as counts;
- Kazakh counts are a numeral before a noun with no plural ending ("6 тас жол" six highways, "5 темір жол
  торабы" five railway links) and durations a numeral before "күн", "ай", "жыл" ("15 күннің ішінде",
  within 15 days);
- a Kazakh hedge follows the figure it qualifies: "20 миллиард долларға жуық" (nearly), "астам" (over),
  "шамасында" (about), "дейін" (up to).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sphere.read.claims.quantities import Quantity, parse_number

__all__ = ["FORCE_UNITS", "TROOPS", "more_quantities"]

TROOPS = "troops"
# the count units that name armed forces, as `find_quantities` writes them: all are "troops"
FORCE_UNITS = frozenset(
    {"troops", "soldiers", "servicemen", "servicewomen", "servicemembers", "peacekeepers", "paratroopers",
     "militaries", "marines", "squad members", "platoon members", "detachment members", "battalion members",
     "contingent members", "commandos", "special forces"}
)  # fmt: skip

_NUM = r"(?P<n>\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)"
_FORCE_EN = re.compile(
    r"(?<![\w.,])"
    + _NUM
    + r"(?:[ \u00a0](?P<k>thousand))?[ \u00a0](?:of[ \u00a0](?:its|their|his|the|our)[ \u00a0])?"
    r"(?:[A-Za-z-]{2,20}[ \u00a0]){0,2}?(?P<noun>(?i:troops|soldiers|servicem[ae]n|service[ \u00a0]members|"
    r"servicemembers|peacekeepers|paratroopers|militaries|marines|military[ \u00a0](?:personnel|servicemen)))\b"
)
_FORCE_RU = re.compile(
    r"(?<![\w.,])"
    + _NUM
    + r"(?:[ \u00a0](?P<k>тыс\.|тысяч[а-яё]*))?[ \u00a0](?:[а-яё-]{2,20}(?:ых|их)[ \u00a0]){0,2}"
    r"(?P<noun>военнослужащ[а-яё]*|миротворц[а-яё]*|солдат[а-яё]*|бойц[а-яё]*|десантник[а-яё]*|спецназовц[а-яё]*)",
    re.IGNORECASE,
)
_FORCE_KK = re.compile(
    r"(?<![\w.,])" + _NUM + r"(?:[ \u00a0](?P<k>мың))?[ \u00a0](?:[а-яёәғқңөұүһі-]{2,20}[ \u00a0])?"
    r"(?P<noun>әскери[ \u00a0]қызметш\w*|бітімгер\w*|сарбаз\w*|әскер(?:и[ \u00a0]адам)?\w*)",
    re.IGNORECASE,
)
_FORCES = {"en": _FORCE_EN, "ru": _FORCE_RU, "kk": _FORCE_KK}
_SCALE = {"thousand": 1e3, "тыс.": 1e3, "мың": 1e3}

# Kazakh nouns counted after a numeral (the noun takes no plural after a number): stem -> English unit
_KK_NOUNS = (
    (r"тас[ \u00a0]жол", "highways"), (r"автомобиль[ \u00a0]жол", "roads"),
    (r"темір[ \u00a0]жол[ \u00a0]тора[пб]", "railway links"), (r"темір[ \u00a0]жол[ \u00a0]өткел", "railway crossings"),
    (r"шекара(?:лық)?[ \u00a0]өткел", "border crossings"), (r"өткізу[ \u00a0]пункт", "checkpoints"),
    (r"жоба", "projects"), (r"кәсіпор[ы]?н", "enterprises"), (r"компания", "companies"), (r"келісім", "agreements"),
    (r"құжат", "documents"), (r"меморандум", "memoranda"), (r"зауыт", "plants"), (r"туннель", "tunnels"),
    (r"көпір", "bridges"), (r"пойыз", "trains"), (r"вагон", "wagons"), (r"контейнер", "containers"),
    (r"мектеп", "schools"), (r"рейс", "flights"), (r"кен[ \u00a0]орн", "deposits"), (r"станция", "stations"),
    (r"әуежай", "airports"), (r"студент", "students"),
)  # fmt: skip
_KK_DURATIONS = (("күн", "days"), ("апта", "weeks"), ("ай", "months"), ("жыл", "years"), ("сағат", "hours"))
_KK_COUNT = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[\u00a0 ]\d{3})+|\d+)[ \u00a0](?P<noun>"
    + "|".join(f"(?P<c{i}>{stem})" for i, (stem, _) in enumerate(_KK_NOUNS))
    + r")[а-яәғқңөұүһі]*"
)
_KK_DURATION = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3})[ \u00a0](?P<noun>"
    + "|".join(f"(?P<d{i}>{stem})" for i, (stem, _) in enumerate(_KK_DURATIONS))
    + r")(?P<end>[а-яәғқңөұүһі]*)(?![\w])"
)
# endings of "ай" and "жыл" that make them no duration after a number: "2024 жылы" is a year, a month named
# by its number is no period
_KK_NOT_DURATION = frozenset({"ы", "ғы", "гі"})
_KK_HEDGE = re.compile(
    r"-?[а-яәғқңөұүһі]{0,4}(?<![ \u00a0])[ \u00a0]++(?P<h>жуық|шамасында|шамасы|астам|артық|дейін|аса)(?![\w])"
)
_KK_HEDGES = {"жуық": "nearly", "шамасында": "about", "шамасы": "about", "астам": "over", "артық": "over",
              "аса": "over", "дейін": "up to"}  # fmt: skip


def _number(m: re.Match[str], language: str) -> float | None:
    value = parse_number(m.group("n"), language)
    if value is None:
        return None
    scale = (m.groupdict().get("k") or "").lower()
    return value * (_SCALE.get(scale, 1e3) if scale else 1.0)


def _force_counts(text: str, language: str) -> list[Quantity]:
    """Return the counts of armed forces in `text` ("100 of its troops", "500 миротворцев"), unit "troops"."""
    pattern = _FORCES.get(language or "en", _FORCE_EN)
    out = []
    for m in pattern.finditer(text):
        value = _number(m, language)
        if value is None or value < 2 or value != int(value):
            continue
        out.append(Quantity(m.start(), m.end("noun"), value, TROOPS, "count", m.group(0)))
    return out


def _kazakh_counts(text: str) -> list[Quantity]:
    """Return the Kazakh counts ("6 тас жол") and durations ("15 күннің ішінде") in `text`."""
    out = []
    for m in _KK_COUNT.finditer(text):
        value = parse_number(m.group("n"), "kk")
        index = next((int(k[1:]) for k, v in m.groupdict().items() if k.startswith("c") and v), None)
        if value is None or index is None or value < 2:
            continue
        out.append(Quantity(m.start(), m.end(), value, _KK_NOUNS[index][1], "count", m.group(0)))
    for m in _KK_DURATION.finditer(text):
        value = parse_number(m.group("n"), "kk")
        index = next((int(k[1:]) for k, v in m.groupdict().items() if k.startswith("d") and v), None)
        if value is None or index is None or m.group("end") in _KK_NOT_DURATION:
            continue
        out.append(Quantity(m.start(), m.end(), value, _KK_DURATIONS[index][1], "duration", m.group(0)))
    return out


def _hedged(text: str, q: Quantity) -> Quantity:
    """Return the figure with the Kazakh hedge written after it ("долларға жуық") as its hedge."""
    if q.hedge:
        return q
    m = _KK_HEDGE.match(text, q.end)
    return replace(q, hedge=_KK_HEDGES[m.group("h")]) if m else q


# a military unit counted in people: "батальон численностью 200 человек", "a contingent of 170 people"
_UNIT_OF_PEOPLE = re.compile(
    r"(?:батальон|рот[аыу]|контингент|отряд|подразделени|battalion|contingent|squad|platoon|detachment)"
    r"[\w-]*[ \u00a0](?:[\w-]+[ \u00a0]){0,3}?(?:численностью|в количестве|состав(?:ом)? из|из|of|consisting of|"
    r"comprising)[ \u00a0](?:(?:около|порядка|до|более|свыше|about|around|some|up to|over|nearly|almost)[ \u00a0])?$",
    re.IGNORECASE,
)


def _troops_in_people(text: str, q: Quantity) -> Quantity:
    """Return a count of people that sizes a military unit ("батальон численностью 200 человек") in troops."""
    if q.kind != "people" or not _UNIT_OF_PEOPLE.search(text, max(0, q.start - 80), q.start):
        return q
    return replace(q, unit=TROOPS, kind="count")


# a later item of an elided list whose unit is left out too: "Russia sent 3,000 troops, Belarus 500 and Armenia 70"
_BARE_ITEM = re.compile(
    r"(?:[,;]|,?[ \u00a0]and|[ \u00a0]и)[ \u00a0]+(?:and[ \u00a0]+|и[ \u00a0]+|а[ \u00a0]+)?"
    r"[A-ZА-ЯЁ][\w-]{2,30}(?:[ \u00a0][A-ZА-ЯЁ][\w-]{2,30})?[ \u00a0]*+(?:[–—-][ \u00a0]*+)?"
    r"(?:(?:about|around|some|approximately|nearly|almost|over|около|порядка|примерно|почти|более|свыше)[ \u00a0]+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\w%]|[.,]\d|[ \u00a0]*+(?:[%$€]|(?!(?:and|и|а)\b)[^\W\d_]))"
)


def _elided_items(text: str, found: list[Quantity]) -> list[Quantity]:
    """Return the bare numbers of an elided list after a count ("..., Belarus 500 and Armenia 70"), each in the
    count's unit: the list's items follow one another in the sentence, with nothing but the list between them."""
    out: list[Quantity] = []
    for q in found:
        if q.kind not in {"count", "people"}:
            continue
        end = q.end
        stop = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
        while (m := _BARE_ITEM.match(text, end, stop)) is not None:
            value = parse_number(m.group("n"), "en")
            if value is None or value < 2 or 1900 <= value <= 2100:
                break
            out.append(Quantity(m.start("n"), m.end("n"), value, q.unit, q.kind, m.group("n")))
            end = m.end()
    return out


def more_quantities(text: str, language: str, found: list[Quantity]) -> list[Quantity]:
    """Return `found` completed: force counts in unit "troops", Kazakh counts, durations and hedges.

    A figure already found keeps its span; one found here is added only where no figure overlaps it, except that
    a count of forces found with another noun ("200 servicemen") takes the unit "troops".
    """
    out = [replace(q, unit=TROOPS) if q.kind == "count" and q.unit in FORCE_UNITS else q for q in found]
    out = [_troops_in_people(text, q) for q in out]
    extra = _force_counts(text, language)
    extra += _elided_items(text, [*out, *extra])
    if language == "kk":
        extra += _kazakh_counts(text)
    if not extra and language != "kk":
        return out
    taken = [(q.start, q.end) for q in out]
    for q in extra:
        overlap = next((i for i, (a, b) in enumerate(taken) if a < q.end and q.start < b), None)
        if overlap is None:
            out.append(q)
            taken.append((q.start, q.end))
        elif out[overlap].kind == "count" and out[overlap].value == q.value and q.unit == TROOPS:
            out[overlap] = replace(out[overlap], unit=TROOPS)
    out.sort(key=lambda q: q.start)
    return [_hedged(text, q) for q in out] if language == "kk" else out
