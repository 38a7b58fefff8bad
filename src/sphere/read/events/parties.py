"""Who takes part in an event: map linked mentions to states, bodies, companies and collective regions.

`Resolver` reads the knowledge base for each document: a person stands for the state or body they serve (their
offices at the publication date, when the document names that body), media never take part, "the Commission"
stands for the European Commission named earlier. `place_near` picks a known place near a trigger, `atoms`
breaks regions and frameworks into their states so that reports of one event by different names can merge.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sphere.read.types import Entity, Mention, ReadContext

__all__ = [
    "CLAUSE_ONSET",
    "CROWD",
    "LIST_NEXT",
    "OBJECT_CASES",
    "PARTY_KINDS",
    "PERSON_IDS",
    "REPORTS_AFTER",
    "SAID_AFTER",
    "Party",
    "Resolver",
    "atoms",
    "case_roles",
    "catalog",
    "collective",
    "dedup",
    "hosts_in",
    "kb_records",
    "place_near",
    "seats",
]

PARTY_KINDS = frozenset({"country", "organization", "company"})
PERSON_IDS = ("person:", "new:person")
_OFFICE_ROLES = (
    "head_of_state head_of_government foreign_minister president secretary_general chair chairman ceo"
)


@lru_cache(maxsize=1)
def catalog() -> tuple[dict[str, dict[str, Any]], dict[str, frozenset[str]]]:
    """Return the knowledge-base records by id and the member states of each framework (loaded once)."""
    try:
        from sphere.kb.catalog import load_catalog

        cat = load_catalog()
    except Exception:  # the reader keeps working without its reference data
        return {}, {}
    frameworks = {i for i, r in cat.entities.items() if r.get("org_type") == "framework"}
    members: dict[str, set[str]] = {}
    for rec in cat.memberships:
        if rec.get("org") in frameworks and not rec.get("end"):
            members.setdefault(str(rec["org"]), set()).add(str(rec.get("member")))
    return dict(cat.entities), {k: frozenset(v) for k, v in members.items()}


@lru_cache(maxsize=1)
def seats() -> dict[str, str]:
    """Return the seats of government used for their state ("kremlin" -> country:RUS), from `seats.json`."""
    data = json.loads(Path(__file__).with_name("seats.json").read_text(encoding="utf-8"))
    return {name.casefold(): str(seat["country"]) for seat in data["seats"] for name in seat["names"]}


def kb_records() -> dict[str, dict[str, Any]]:
    """Return the knowledge-base records by id."""
    return catalog()[0]


@dataclass(slots=True)
class Party:
    """One participant mention: its span, the entity it acts for and the entity as written."""

    start: int
    end: int
    entity_id: str
    written_id: str
    is_person: bool
    speaker: bool = False  # followed by "said": the source of the statement
    reporter: bool = False  # followed by "says (that) he ...": only the source


# the case endings of the one who receives in Turkish and Uzbek, whose verb comes last: the accusative, dative
# and comitative ("Erdoğan, Mirziyoyev'i karşıladı": Erdoğan welcomed Mirziyoyev; "Xitoyga" to China; "Si
# Szinpin bilan" with Xi Jinping); an unmarked name is the subject. Genitive, locative and ablative endings
# ("Türkiye'nin", "Ankara'da") mark neither.
OBJECT_CASES = {
    "tr": re.compile(r"(?:y|n)?[ıiuüae]|y?l[ae]", re.IGNORECASE),
    "uz": re.compile(r"ni|ga|ka|qa|ни|га|ка|қа", re.IGNORECASE),
}
_ENDING = re.compile(r"^['’‘ʻ]?([^\W\d_]*)")
_WITH_AFTER = re.compile(r"^['’‘ʻ]?[^\W\d_]*\s+(?:ile|bilan|билан)(?![^\W\d_])", re.IGNORECASE)
_COMPOUND_GAP = re.compile(r"^\s+(?:[^\W\d_]+\s+){0,3}$")  # "Özbekistan Cumhurbaşkanı Mirziyoyev"


# a name followed by "said" or "reports": the source of the statement, maybe not a party
REPORTS_AFTER = re.compile(r"^\W*(?:reports?|reported|writes|сообщает|пишет)\b", re.IGNORECASE)
CLAUSE_ONSET = re.compile(
    r"^\s*(?:that|he|she|it|they|there|the|a|an|this|these|[\"“«]|что)\b", re.IGNORECASE
)
SAID_AFTER = re.compile(
    r"^\W*(?:(?:has|have|had)\s+)?(?:said|says|told|stated|added|noted|reported|заявил\w*|сообщил\w*)\b",
    re.IGNORECASE,
)
CROWD = re.compile(  # unnamed crowds that protest and demand ("the protesters demanded that ...")
    r"\b(?:protesters|protestors|demonstrators|villagers|residents|activists|crowds?)\b[^;:]{0,60}$",
    re.IGNORECASE,
)
LIST_NEXT = re.compile(  # "A, B and C": a later item of a list (and, и, und, ve, i, oraz, va, және, мен)
    r"(?:,|\s(?:and|и|und|ve|i|oraz|va|və|және|мен|та))\s+$", re.IGNORECASE
)
_HOST_IN = re.compile(r"(?<![\w])(?:in|im|в|во)\s+(?:the\s+|de[mnrs]\s+)?$", re.IGNORECASE)  # "talks in A"


def dedup(ids: list[str]) -> list[str]:
    """Return `ids` without repeats, in order."""
    return list(dict.fromkeys(ids))


def collective(ids: list[str]) -> list[str]:
    """Drop "Central Asia"-like regions when one of their states is named beside them."""
    kb = kb_records()
    return [i for i in ids if not any(m in ids for m in (kb.get(i) or {}).get("countries") or [])]


def _active(office: dict[str, Any], ref: str) -> bool:
    """Return True when an office was held at `ref` (YYYY-MM-DD; "9999" means now)."""
    start, end = str(office.get("start") or ""), office.get("end")
    return start[: len(ref)] <= ref and (end is None or str(end) >= ref[: len(str(end))])


class Resolver:
    """Map linked mentions to event participants (states, bodies, companies, collective regions)."""

    def __init__(self, ctx: ReadContext, ref: date | None) -> None:
        self.ctx = ctx
        self.kb = kb_records()
        self.ref = ref.isoformat() if ref else "9999"
        self.takes: dict[str, bool] = {}  # entity id -> `_takes_part`, worked out once per document
        self.acts_for: dict[str, str | None] = {}  # person id -> `represented`, likewise
        self.by_tail: dict[str, str] = {}  # "commission" -> the European Commission named in the text
        for ent in ctx.entities.values():
            if self._takes_part(ent):
                words = ent.name.lower().split()
                for i in range(1, len(words)):
                    self.by_tail.setdefault(" ".join(words[i:]), ent.id)

    def _takes_part(self, ent: Entity) -> bool:
        found = self.takes.get(ent.id)
        if found is None:
            found = self.takes[ent.id] = self._entity_takes_part(ent)
        return found

    def _entity_takes_part(self, ent: Entity) -> bool:
        rec = self.kb.get(ent.id) or {}
        if ent.kind in PARTY_KINDS:
            return rec.get("org_type") != "media"
        return ent.kind == "place" and bool(rec.get("countries")) and rec.get("place_type") == "area"

    def represented(self, person_id: str) -> str | None:
        """Return the state or body a known person acts for, when the document names it."""
        if person_id not in self.acts_for:
            self.acts_for[person_id] = self._represented(person_id)
        return self.acts_for[person_id]

    def _represented(self, person_id: str) -> str | None:
        rec = self.kb.get(person_id) or {}
        offices = [o for o in rec.get("offices") or [] if _active(o, self.ref)]
        for role in _OFFICE_ROLES.split():
            for o in offices:
                if o.get("role") == role and o.get("org") in self.ctx.entities:
                    return str(o["org"])
        country = rec.get("country")
        return str(country) if country in self.ctx.entities else None

    def party(self, m: Mention) -> Party | None:
        """Return the participant a mention stands for, or None when it cannot take part in an event."""
        ent = self.ctx.entities.get(m.entity_id)
        if ent is None:
            return None
        seat = seats().get(re.sub(r"^(?:the)\s+", "", ent.name, flags=re.IGNORECASE).casefold())
        if seat is not None:  # "the Kremlin said": the state acts (its entity when the text names it)
            acting = seat if seat in self.ctx.entities else ent.id
            return Party(m.start, m.end, acting, acting, False)
        if ent.kind == "person":
            return Party(m.start, m.end, self.represented(ent.id) or ent.id, ent.id, True)
        if self._takes_part(ent):
            return Party(m.start, m.end, ent.id, ent.id, False)
        target = self.by_tail.get(re.sub(r"^(?:the|this)\s+", "", m.text.lower()).strip())
        return Party(m.start, m.end, target, target, False) if ent.kind == "other" and target else None

    def project_parties(self, mentions: list[Mention]) -> list[str]:
        """Return the states and bodies the knowledge base gives as parties of the projects mentioned."""
        out: list[str] = []
        for m in mentions:
            rec = self.kb.get(m.entity_id) or {} if m.entity_id.startswith("project:") else {}
            ids = list(rec.get("countries") or []) + [p.get("power") for p in rec.get("parties") or []]
            out += [i for i in ids if isinstance(i, str) and i in self.ctx.entities]
        return dedup(out)

    def host(self, place: str | None) -> str | None:
        """Return the state a known place lies in, when the document names it."""
        country = (self.kb.get(place or "") or {}).get("country")
        return str(country) if country in self.ctx.entities else None


def place_near(ctx: ReadContext, mentions: list[Mention], anchor: int) -> str | None:
    """Return the known place (not a whole region) mentioned nearest after the trigger, else before it."""
    kb = kb_records()
    best: tuple[int, str] | None = None
    for m in mentions:
        ent, rec = ctx.entities.get(m.entity_id), kb.get(m.entity_id) or {}
        if ent is None or ent.kind != "place" or ent.is_new or rec.get("place_type") in (None, "area"):
            continue
        dist = abs(m.start - anchor) + (0 if m.start >= anchor else 1000)
        if best is None or dist < best[0]:
            best = (dist, m.entity_id)
    return best[1] if best else None


def atoms(ids: set[str]) -> set[str]:
    """Return a party set with regions and frameworks replaced by their states, companies with their home state."""
    kb, members = catalog()
    out: set[str] = set()
    for i in ids:
        rec = kb.get(i) or {}
        if i in members:
            out |= members[i]
        elif rec.get("kind") == "place" and rec.get("countries"):
            out |= set(rec["countries"])
        else:
            out.add(i)
            if rec.get("kind") == "company" and rec.get("country"):
                out.add(str(rec["country"]))
    return out


def case_roles(
    sent: str, s0: int, parties: list[Party], lang: str | None
) -> tuple[list[Party], list[Party]] | None:
    """Split the participants of a Turkish or Uzbek sentence (starting at `s0`) by their case endings: unmarked
    names act, names in the accusative, dative or comitative receive (None unless the sentence has both). A name
    followed by a title and another name ("Özbekistan Cumhurbaşkanı Mirziyoyev'i") shares that name's case."""
    rx = OBJECT_CASES[str(lang)]
    status: list[str] = []  # per party: "plain", "object" or "other"
    for p in parties:
        tail = sent[p.end - s0 : p.end - s0 + 24]
        ending = m.group(1) if (m := _ENDING.match(tail)) else ""
        if _WITH_AFTER.match(tail) or (ending and rx.fullmatch(ending)):
            status.append("object")
        else:
            status.append("other" if ending else "plain")
    for i in range(len(parties) - 2, -1, -1):  # a compound takes the case of its last name
        gap = sent[parties[i].end - s0 : parties[i + 1].start - s0]
        if status[i] == "plain" and _COMPOUND_GAP.match(gap):
            status[i] = status[i + 1]
    plain = [p for p, st in zip(parties, status, strict=True) if st == "plain"]
    marked = [p for p, st in zip(parties, status, strict=True) if st == "object"]
    return (plain, marked) if plain and marked else None


def hosts_in(sent: str, s0: int, parties: list[Party]) -> list[Party]:
    """Return the participants named after "in" ("talks in A and B"): where a meeting was held."""
    hosts: list[Party] = []
    for i, p in enumerate(parties):
        head = sent[max(0, p.start - s0 - 14) : p.start - s0]
        if _HOST_IN.search(head) or (hosts and hosts[-1] is parties[i - 1] and LIST_NEXT.search(head)):
            hosts.append(p)
    return hosts
