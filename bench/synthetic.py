"""Synthetic documents for scale tests: realistic shapes, knowledge-base names, clearly marked synthetic.

Each document is built the way the dev corpus's articles are shaped — a headline, a dateline, a lede about a
meeting or an agreement, paragraphs with trade and project figures, a quote, background — from the bundled
knowledge base's real names (the five states and the powers, leaders, organisations, projects, cities),
with random but plausible dates and figures. The generator knows what it wrote, so each document comes with
its mentions, events and claims (a `Reading`), as the reader would give them; nothing needs reading.

Every synthetic document says what it is: its source is `synthetic://sphere-bench/<n>`, its site
`synthetic.sphere.invalid`, its title starts with "[synthetic]" and its text ends with a line saying that it
was generated. The figures are random: never load these into a store that people read for facts.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from sphere.kb.catalog import load_catalog
from sphere.read.types import Claim, CleanDocument, Entity, Event, Evidence, Mention, Reading

STATES = ["country:KAZ", "country:KGZ", "country:TJK", "country:TKM", "country:UZB"]
POWERS = ["country:CHN", "country:RUS", "org:eu", "country:USA", "country:TUR", "country:JPN", "country:KOR"]
MARK = "This text was generated for a scale test of Sphere; its figures are random."


@dataclass
class _Names:
    name: dict[str, str]
    kind: dict[str, str]
    leaders: dict[str, list[str]]
    projects: dict[str, list[str]]
    cities: dict[str, list[str]]
    orgs: list[str]


def _names() -> _Names:
    cat = load_catalog()
    name: dict[str, str] = {}
    kind: dict[str, str] = {}
    leaders: dict[str, list[str]] = {}
    projects: dict[str, list[str]] = {}
    cities: dict[str, list[str]] = {}
    for rec in cat.entities.values():
        rid, k = str(rec["id"]), str(rec.get("kind", ""))
        name[rid], kind[rid] = str(rec["name"]), k
        country = rec.get("country") or (rec.get("countries") or [None])[0]
        if k == "person" and country and rec.get("offices"):
            leaders.setdefault(str(country), []).append(rid)
        elif k == "project" and country:
            projects.setdefault(str(country), []).append(rid)
        elif k == "place" and country and rec.get("place_type") in ("city", "capital"):
            cities.setdefault(str(country), []).append(rid)
    orgs = sorted({str(m["org"]) for m in cat.memberships if str(m.get("member")) in STATES})
    return _Names(name, kind, leaders, projects, cities, orgs)


@dataclass
class _Writer:
    """Text with the knowledge of where each entity was named, each event and each claim."""

    names: _Names
    parts: list[str] = field(default_factory=list)
    size: int = 0
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def name(self, entity_id: str) -> None:
        text = self.names.name.get(entity_id, entity_id)
        self.mentions.append(Mention(self.size, self.size + len(text), text, entity_id))
        self.put(text)

    def sentence(self, *pieces: str | tuple[str]) -> Evidence:
        """Write a sentence of literal pieces and (entity_id,) names; return it as evidence."""
        start = self.size
        for p in pieces:
            self.name(p[0]) if isinstance(p, tuple) else self.put(p)
        text = "".join(self.parts)[start:]
        self.put(" ")
        return Evidence(start, start + len(text), text)


def _money(rng: random.Random) -> tuple[float, str]:
    bn = round(rng.uniform(0.1, 60), 1)
    return bn * 1e9, f"${bn}bn"


def document(n: int, names: _Names, rng: random.Random) -> Reading:
    """Return the `n`th synthetic document (deterministic for a given `rng` state)."""
    state, power, other = rng.choice(STATES), rng.choice(POWERS), rng.choice(POWERS)
    year = rng.randint(2013, 2025)
    day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    w = _Writer(names)
    city = rng.choice(names.cities.get(state) or [state])
    w.sentence((city,), f", {day} —")
    lead_a = rng.choice(names.leaders.get(state) or [state])
    lead_b = rng.choice(names.leaders.get(power) or [power])
    verb, etype = rng.choice(
        [("signed agreements with", "AGREE"), ("met", "CONSULT"), ("held talks with", "CONSULT")]
    )
    ev = w.sentence((lead_a,), f" {verb} ", (lead_b,), " in ", (city,), f" on {day}, officials said.")
    w.events.append(Event(etype, None, [state], [power], city, day, ev))
    value, shown = _money(rng)
    ev = w.sentence("Trade between ", (state,), " and ", (power,), f" reached {shown} in {year - 1}.")
    w.claims.append(Claim(power, "trade_value", value, "USD", state, str(year - 1), None, ev))
    projects = names.projects.get(state) or []
    if projects:
        project = rng.choice(projects)
        cost, shown = _money(rng)
        ev = w.sentence("The ", (project,), f" is expected to cost {shown}, according to the ministry.")
        w.claims.append(Claim(project, "cost", cost, "USD", None, None, "target", ev))
    share = rng.randint(5, 45)
    ev = w.sentence(
        (other,), f" accounted for {share}% of ", (state,), "'s foreign trade, the statistics office said."
    )
    w.claims.append(Claim(other, "trade_share", float(share), "%", state, str(year - 1), None, ev))
    if names.orgs:
        w.sentence("Both sides praised cooperation within the ", (rng.choice(names.orgs),), ".")
    w.sentence(f"Analysts expect the talks to continue next year. {MARK}")
    text = "".join(w.parts).strip()
    doc_id = hashlib.sha256(f"synthetic:{n}:{text}".encode()).hexdigest()
    entities: dict[str, Entity] = {}
    for m in w.mentions:
        e = entities.setdefault(
            m.entity_id,
            Entity(
                m.entity_id, names.name.get(m.entity_id, m.entity_id), names.kind.get(m.entity_id, "other")
            ),
        )
        e.mentions.append(m)
    title = f"[synthetic] {names.name.get(state, state)} and {names.name.get(power, power)}: talks in {names.name.get(city, city)}"
    doc = CleanDocument(
        id=doc_id,
        source=f"synthetic://sphere-bench/{n}",
        text=text,
        title=title,
        published=day,
        language="en",
        site="synthetic.sphere.invalid",
    )
    return Reading(doc, list(entities.values()), w.events, w.claims)


def documents(count: int, *, start: int = 0, seed: int = 7) -> Iterator[Reading]:
    """Yield synthetic documents `start` … `start + count - 1` (each one the same on every call)."""
    names = _names()
    for n in range(start, start + count):
        yield document(n, names, random.Random(seed * 1_000_003 + n))
