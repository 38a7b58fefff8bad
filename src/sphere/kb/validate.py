"""The reference-data validator: every record sourced, ids unique and well formed, references resolvable,
dates valid, and every alias shared by two entities listed in `collisions.jsonl` with a resolution.

`sphere kb validate` prints the problems and exits non-zero when there are errors; CI runs it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sphere.kb.catalog import Catalog, Record
from sphere.kb.names import normalise_name

ID_RE = re.compile(r"^(country:[A-Z]{3}|(person|org|company|place|project|event|world):[a-z0-9][a-z0-9-]*)$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
QUALIFIERS = {None, "over", "about", "nearly", "target", "up to"}
KINDS = {"country", "person", "organization", "company", "project", "place", "other"}
RESOLUTIONS_FIXED = {"context", "drop"}


@dataclass(frozen=True)
class Problem:
    """One finding of the validator; errors fail CI, warnings are listed."""

    level: str  # error | warning
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


def _where(rec: Record) -> str:
    return f"{rec.get('_file', '?')}:{rec.get('_line', '?')} {rec.get('id') or ''}".strip()


def valid_date(value: object) -> bool:
    """Return True for an ISO date string of the forms YYYY, YYYY-MM or YYYY-MM-DD that exists."""
    if not isinstance(value, str) or not DATE_RE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _check_sources(rec: Record, where: str, out: list[Problem], what: str = "record") -> None:
    sources = rec.get("sources")
    if not sources:
        out.append(Problem("error", where, f"{what} has no source"))
        return
    for src in sources:
        if src.get("url"):
            if not str(src["url"]).startswith(("http://", "https://")):
                out.append(Problem("error", where, f"source url is not http(s): {src['url']}"))
            if not src.get("quote"):
                out.append(Problem("error", where, f"{what}: web source without a quote: {src['url']}"))
        elif src.get("dataset"):
            if not src.get("field"):
                out.append(Problem("error", where, f"{what}: dataset source without a field"))
        else:
            out.append(Problem("error", where, f"{what}: source with neither url nor dataset"))
        if src.get("retrieved") and not valid_date(src["retrieved"]):
            out.append(Problem("error", where, f"bad retrieved date {src['retrieved']!r}"))


def _check_dates(
    rec: Record, where: str, out: list[Problem], keys: tuple[str, str] = ("start", "end")
) -> None:
    for key in keys:
        if rec.get(key) is not None and not valid_date(rec[key]):
            out.append(Problem("error", where, f"invalid date in {key}: {rec[key]!r}"))
    a, b = rec.get(keys[0]), rec.get(keys[1])
    if (
        isinstance(a, str)
        and isinstance(b, str)
        and valid_date(a)
        and valid_date(b)
        and b[: len(a)] < a[: len(b)]
    ):
        out.append(Problem("error", where, f"{keys[1]} {b} is before {keys[0]} {a}"))


def _check_ref(cat: Catalog, ref: object, where: str, what: str, out: list[Problem]) -> None:
    if ref is None:
        return
    if not isinstance(ref, str) or (ref not in cat.entities and not ref.startswith("world:")):
        out.append(Problem("error", where, f"{what} refers to unknown id {ref!r}"))


def alias_collisions(cat: Catalog) -> dict[str, set[str]]:
    """Return normalised surface forms (names and aliases) shared by more than one entity."""
    owners: dict[str, set[str]] = defaultdict(set)
    for rec in cat.entities.values():
        if rec.get("former") and rec.get("kind") == "country":
            continue
        for name in [rec.get("name"), *[a.get("name") for a in rec.get("aliases") or []]]:
            if name:
                owners[normalise_name(name)].add(rec["id"])
    return {k: v for k, v in owners.items() if len(v) > 1}


def validate(cat: Catalog) -> list[Problem]:
    """Check the whole catalog; return every problem found (errors first)."""
    out: list[Problem] = []
    from sphere.kb.outlets import check_outlets, load_outlets

    for level, where, message in check_outlets(load_outlets(), set(cat.entities)):
        out.append(Problem(level, where, message))
    for rid, first, second in cat.duplicates:
        out.append(Problem("error", rid, f"id defined twice ({first} and {second})"))
    for rec in cat.entities.values():
        where = _where(rec)
        if not ID_RE.match(rec["id"]):
            out.append(Problem("error", where, "malformed id"))
        if rec.get("kind") not in KINDS:
            out.append(Problem("error", where, f"unknown kind {rec.get('kind')!r}"))
        if not rec.get("name"):
            out.append(Problem("error", where, "no name"))
        _check_sources(rec, where, out)
        _check_dates(rec, where, out)
        for ref_key in ("country", "capital", "headquarters", "part_of", "owner"):
            val = rec.get(ref_key)
            if isinstance(val, str) and ":" in val:
                _check_ref(cat, val, where, ref_key, out)
        for office in rec.get("offices") or []:
            _check_sources(office, where, out, f"office {office.get('title')}")
            _check_dates(office, where, out)
            _check_ref(cat, office.get("org"), where, "office org", out)
        for party in rec.get("parties") or []:
            _check_sources(party, where, out, f"party {party.get('entity')}")
            _check_ref(cat, party.get("entity"), where, "party", out)
            _check_ref(cat, party.get("power"), where, "party power", out)
        for fig in rec.get("figures") or []:
            _check_sources(fig, where, out, f"figure {fig.get('attribute')}")
            if not isinstance(fig.get("value"), int | float) or not fig.get("unit"):
                out.append(Problem("error", where, f"figure without numeric value and unit: {fig}"))
            if fig.get("qualifier") not in QUALIFIERS:
                out.append(
                    Problem(
                        "error",
                        where,
                        f"figure qualifier must be one of over, about, nearly, target, "
                        f"up to or null (put other words in 'note'): {fig.get('qualifier')!r}",
                    )
                )
        for cid in rec.get("countries") or []:
            _check_ref(cat, cid, where, "project country", out)
    for m in cat.memberships:
        where = _where(m)
        _check_sources(m, where, out, "membership")
        _check_dates(m, where, out)
        _check_ref(cat, m.get("member"), where, "member", out)
        _check_ref(cat, m.get("org"), where, "org", out)
    seen_events: set[str] = set()
    for ev in cat.events:
        where = _where(ev)
        if ev.get("id") in seen_events:
            out.append(Problem("error", where, "event id defined twice"))
        seen_events.add(str(ev.get("id")))
        if not ID_RE.match(str(ev.get("id"))):
            out.append(Problem("error", where, "malformed event id"))
        if ev.get("type") not in PLOVER:
            out.append(Problem("error", where, f"not a PLOVER type: {ev.get('type')!r}"))
        _check_sources(ev, where, out, "event")
        _check_dates(ev, where, out, ("date", "end_date"))
        for ref in [*(ev.get("actors") or []), *(ev.get("recipients") or []), ev.get("place")]:
            _check_ref(cat, ref, where, "event participant/place", out)
    for ind in cat.indicators:
        where = _where(ind)
        _check_sources(ind, where, out, "indicator")
        for key in ("reporter", "partner", "statistics_of"):
            _check_ref(cat, ind.get(key), where, key, out)
        if not isinstance(ind.get("value"), int | float) or not isinstance(ind.get("year"), int):
            out.append(Problem("error", where, "indicator needs a numeric value and an integer year"))
    out.extend(_check_collisions(cat))
    return sorted(out, key=lambda p: (p.level != "error", p.where))


def _check_collisions(cat: Catalog) -> list[Problem]:
    out: list[Problem] = []
    declared = {normalise_name(str(c.get("alias"))): c for c in cat.collisions}
    for rec in cat.collisions:
        res = rec.get("resolution")
        if res not in RESOLUTIONS_FIXED and res not in cat.entities:
            out.append(
                Problem(
                    "error", _where(rec), f"collision resolution must be an id, 'context' or 'drop': {res!r}"
                )
            )
    for norm, ids in sorted(alias_collisions(cat).items()):
        if norm not in declared:
            out.append(
                Problem(
                    "error",
                    "collisions.jsonl",
                    f"alias {norm!r} is shared by {sorted(ids)} and not resolved in collisions.jsonl",
                )
            )
    return out
