"""How people read figures, dates and names: one module for both faces (explorer and command line).

Money is compact with its currency ("$4.0bn", "$340m", "KZT 1.2bn"), power in the largest fitting unit ("918 MW"),
other quantities with thousands separators and never an exponent ("12 million t", "1,152 km"), dates as
"24 Mar 2025" (or "Mar 2025", "2025" when that is all that is known), and entities by name: ids belong in
URLs and JSON only, so `with_names` rewrites any `kind:slug` left in a sentence (a ledger reason) into names.
Every function takes None and returns "" or a dash rather than "None".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

import sqlalchemy as sa

from sphere.store import schema as t
from sphere.store.store import Store

DASH = "–"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CURRENCY_SIGN = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "CN¥", "JPY": "¥"}
# an entity id as the knowledge base writes it: a known kind, a colon and a slug
ID_PATTERN = re.compile(
    r"\b(?:new:)?(?:country|org|company|person|place|project|event|power|world|doc|document|src)"
    r":[A-Za-z0-9][A-Za-z0-9_.\-]*[A-Za-z0-9]"
)
POWER_UNITS = (("GW", 1e9), ("MW", 1e6), ("kW", 1e3), ("W", 1.0))
UNIT_WORDS = {"TEU/yr": "TEU a year", "bcm/yr": "bcm a year", "t/yr": "t a year", "mt/yr": "Mt a year"}


def is_currency(unit: str | None) -> bool:
    """Return True for an ISO 4217 currency code (three capital letters)."""
    return bool(unit) and len(unit or "") == 3 and (unit or "").isalpha() and (unit or "").isupper()


def number(value: float | int | None, digits: int = 3) -> str:
    """Return a plain number with thousands separators and never an exponent ("12 million", "1,152", "0.42")."""
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DASH
    if not math.isfinite(v):
        return DASH
    a = abs(v)
    if a >= 1e12:
        return f"{v / 1e12:,.1f} trillion"
    if a >= 1e9:
        return f"{v / 1e9:,.1f} billion".replace(".0 ", " ")
    if a >= 1e7:
        return f"{v / 1e6:,.0f} million"
    if a >= 1e6:
        return f"{v / 1e6:,.1f} million".replace(".0 ", " ")
    if v.is_integer():
        return f"{v:,.0f}"
    if a >= 100:
        return f"{v:,.0f}"
    text = f"{v:.{digits}g}"
    if "e" in text:  # very small values: fixed point, trailing zeros dropped
        text = f"{v:.6f}".rstrip("0").rstrip(".")
    return text


def _short(x: float) -> str:
    """Return a scaled amount with the precision it has: 4.0, 4.7, 1.78 (under 10), 31.5, 142, 1,250."""
    a = abs(x)
    if a >= 100:
        return f"{x:,.0f}"
    if a >= 10:
        return f"{x:,.1f}".removesuffix(".0")
    two = f"{x:.2f}"
    return two if not two.endswith("0") else f"{x:.1f}"


def money(value: float | int | None, currency: str | None = "USD") -> str:
    """Return an amount compactly with its currency: "$4.0bn", "$340m", "$12k", "KZT 1.2bn"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return DASH
    v = float(value)
    a = abs(v)
    if a >= 1e12:
        body = _short(v / 1e12) + "tn"
    elif a >= 1e9:
        body = _short(v / 1e9) + "bn"
    elif a >= 1e6:
        body = _short(v / 1e6) + "m"
    elif a >= 1e4:
        body = f"{v / 1e3:,.0f}k"
    else:
        body = f"{v:,.0f}"
    cur = currency or ""
    sign = CURRENCY_SIGN.get(cur)
    if sign:
        return ("-" if v < 0 else "") + sign + body.lstrip("-")
    return f"{cur} {body}".strip()


def power(watts: float) -> str:
    """Return a power in the largest unit that keeps it at or above 1 ("918 MW", "1.2 GW")."""
    for unit, factor in POWER_UNITS:
        if abs(watts) >= factor:
            return f"{number(watts / factor)} {unit}"
    return f"{number(watts)} W"


def figure(value: float | int | None, unit: str | None = None, qualifier: str | None = None) -> str:
    """Return a reported figure with its unit as a person writes it ("about $4.7bn", "918 MW", "1,152 km")."""
    if value is None:
        return DASH
    u = (unit or "").strip()
    if is_currency(u):
        text = money(value, u)
    elif u.lower() in ("w", "kw", "mw", "gw"):
        factor = {"w": 1.0, "kw": 1e3, "mw": 1e6, "gw": 1e9}[u.lower()]
        text = power(float(value) * factor)
    elif u == "%":
        text = f"{number(value)}%"
    elif u.lower() == "m" and abs(float(value)) >= 10_000:
        text = f"{number(float(value) / 1000)} km"
    elif u.lower() == "rank":
        text = f"no. {number(value)}"
    elif u.lower() in ("persons", "people", "person"):
        text = count(value, "people")
    elif u.lower() in ("tiv", "tiv million", "tiv millions", "tiv_million", "tiv_m"):
        text = f"{float(value):,.0f} TIV m"
    elif u in ("share", "ratio", "score"):
        text = score(value)
    elif u in ("count", "posts", "bases", "igos", "flag"):
        text = count(value)
    else:
        text = f"{number(value)} {UNIT_WORDS.get(u, u)}".strip()
    return f"{qualifier} {text}" if qualifier and qualifier not in ("exact", "target") else text


def date(value: str | None, *, empty: str = "") -> str:
    """Return an ISO date (or year-month, or year) as "24 Mar 2025", "Mar 2025" or "2025"."""
    if not value:
        return empty
    text = str(value)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if not m:
        return text
    year, month, day = m.groups()
    if month and 1 <= int(month) <= 12:
        mon = MONTHS[int(month) - 1]
        return f"{int(day)} {mon} {year}" if day and int(day) else f"{mon} {year}"
    return year


def date_range(start: str | None, end: str | None, *, empty: str = "dates unknown") -> str:
    """Return a span of dates ("3 – 9 Mar 2025", "2019 – 2024"); one side alone, or `empty` when neither."""
    a, b = date(start), date(end)
    if a and b:
        return a if a == b else f"{a} – {b}"
    return a or b or empty


def count(value: float | int | None, noun: str = "") -> str:
    """Return a count compactly with its noun: "1.2m people", "591k people", "4 posts"."""
    if value is None:
        return DASH
    v = float(value)
    if abs(v) >= 1e4:
        text = money(v, "")
    else:
        text = f"{v:,.0f}" if v.is_integer() or abs(v) >= 100 else f"{v:,.2f}"
    return f"{text} {noun}".strip()


def pct(value: float | None, digits: int = 1) -> str:
    """Return a share 0–1 as a percentage with `digits` decimals ("23.9%")."""
    return DASH if value is None else f"{float(value) * 100:.{digits}f}%"


def ordinal(n: int) -> str:
    """Return 1st, 2nd, 3rd, 4th …"""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def plural(n: int, word: str, words: str | None = None) -> str:
    """Return "1 document", "2 documents" (or the given plural)."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def score(value: float | None, digits: int = 2) -> str:
    """Return a score rounded for reading ("2.4", "0.31"), never "2.4000000000000004"."""
    if value is None or not math.isfinite(float(value)):
        return DASH
    return f"{float(value):.{digits}f}".rstrip("0").rstrip(".") if digits else f"{float(value):.0f}"


def share(value: float | None) -> str:
    """Return a share 0–1 as a percentage ("42%")."""
    return DASH if value is None else f"{float(value):.0%}"


def entity_names(store: Store, ids: Iterable[str | None]) -> dict[str, str]:
    """Return the display names of entity ids (ids the store does not know are left out)."""
    wanted = sorted({i for i in ids if i})
    out: dict[str, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        out |= {
            r["id"]: r["name"]
            for r in store.query(
                sa.select(t.entities.c.id, t.entities.c.name).where(t.entities.c.id.in_(chunk))
            )
        }
    return out


def fallback_name(entity_id: str) -> str:
    """Return a readable stand-in for an id the store has no name for ("world:total" -> "world total")."""
    _, _, slug = entity_id.removeprefix("new:").partition(":")
    text = (slug or entity_id).replace("-", " ").replace("_", " ")
    return text.upper() if len(text) <= 3 else text


def name(entity_id: str | None, names: Mapping[str, str]) -> str:
    """Return an entity's name from `names`, or a readable stand-in; "" for None."""
    if not entity_id:
        return ""
    return names.get(entity_id) or fallback_name(entity_id)


def ids_in(text: str | None) -> set[str]:
    """Return the entity ids written in a sentence."""
    return set(ID_PATTERN.findall(text or ""))


def with_names(text: str | None, names: Mapping[str, str]) -> str:
    """Rewrite every entity id in a sentence as its name ("country:CHN, org:eu" -> "China, European Union")."""
    if not text:
        return ""
    return ID_PATTERN.sub(lambda m: name(m.group(0), names), text)


def names_in(store: Store, text: str | None) -> str:
    """Rewrite the ids in a sentence as names, looking them up in the store."""
    return with_names(text, entity_names(store, ids_in(text)))


# how a PLOVER event reads in a headline: (verb with a recipient, verb without one); modes refine CONSULT
EVENT_VERBS = {
    "AGREE": ("sign an agreement with", "sign an agreement"),
    "COOPERATE": ("cooperate with", "cooperate"),
    "CONSULT": ("hold talks with", "hold talks"),
    "CONSULT visit": ("visit", "make a visit"),
    "CONSULT multilateral": ("meet with", "meet"),
    "CONSULT phone": ("speak by phone with", "speak by phone"),
    "SUPPORT": ("back", "voice support"),
    "AID": ("give aid to", "give aid"),
    "REQUEST": ("make a request of", "make a request"),
    "SANCTION": ("sanction", "impose sanctions"),
    "ASSAULT": ("attack", "attack"),
    "THREATEN": ("threaten", "issue threats"),
    "RETREAT": ("withdraw from", "withdraw"),
    "REJECT": ("reject", "refuse"),
    "PROTEST": ("protest against", "protest"),
    "MOBILIZE": ("mobilise against", "mobilise"),
    "CONCEDE": ("make concessions to", "make concessions"),
    "COERCE": ("coerce", "use coercion"),
    "ACCUSE": ("accuse", "criticise"),
}


# how an event with no known participants is headed
EVENT_NOUNS = {
    "AGREE": "Agreement signed",
    "COOPERATE": "Cooperation",
    "CONSULT": "Talks",
    "CONSULT visit": "Visit",
    "CONSULT multilateral": "Meeting",
    "CONSULT phone": "Phone call",
    "SUPPORT": "Statement of support",
    "AID": "Aid",
    "SANCTION": "Sanctions",
    "PROTEST": "Protest",
    "ACCUSE": "Criticism",
}


def _names_of(people: Iterable[object]) -> list[str]:
    out = []
    for p in people:
        if isinstance(p, Mapping):
            out.append(str(p.get("name") or fallback_name(str(p.get("id") or ""))))
        elif p:
            out.append(fallback_name(str(p)))
    return [n for n in out if n]


def _join(items: list[str], limit: int = 4) -> str:
    if len(items) > limit:
        rest = len(items) - limit + 1
        return ", ".join(items[: limit - 1]) + f" and {rest} others"
    return " and ".join(items) if len(items) <= 2 else ", ".join(items[:-1]) + " and " + items[-1]


def event_title(event: Mapping[str, object]) -> str:
    """Return an event's headline: its curated title, else "Kazakhstan and China sign an agreement, 17 Jun 2025"
    built from its type, mode, participants (dicts with `name`, or ids), place and date."""
    title = event.get("title")
    when = date(str(event["date"])) if event.get("date") else ""
    if title:
        return str(title)
    kind = str(event.get("type") or "")
    mode = event.get("mode")
    verbs = EVENT_VERBS.get(f"{kind} {mode}") or EVENT_VERBS.get(kind) or (f"{kind.lower()}", kind.lower())
    actors = _names_of(event.get("actors") or [])  # type: ignore[arg-type]
    recipients = _names_of(event.get("recipients") or [])  # type: ignore[arg-type]
    if actors and recipients:
        text = f"{_join(actors)} {verbs[0]} {_join(recipients)}"
    elif actors:
        text = f"{_join(actors)} {verbs[1]}"
    else:
        text = EVENT_NOUNS.get(f"{kind} {mode}") or EVENT_NOUNS.get(kind) or "Event"
    if len(actors) == 1 and not recipients:  # "Kazakhstan signs an agreement"
        first, _, rest = verbs[1].partition(" ")
        text = f"{actors[0]} {_third_person(first)}{(' ' + rest) if rest else ''}"
    elif len(actors) == 1:
        first, _, rest = verbs[0].partition(" ")
        text = f"{actors[0]} {_third_person(first)}{(' ' + rest) if rest else ''} {_join(recipients)}"
    place = event.get("place_name")
    if place:
        text += f" in {place}"
    return text + (f", {when}" if when else "")


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    if verb == "have":
        return "has"
    return verb + "s"
