"""Which work a figure is about: works nouns ("the railway", "the dry port"), the parts of works and where they lie.

`work_subject(doc, q, clause, sent)` finds the work a figure measures: the works noun the figure modifies ("a
523km railway", "a $200 million mining venture"), the one its clause or sentence is about ("The railway will
consist of ..."), or one named after the verb for flows through it ("65 trains pass the dry port"). A works noun
resolves to the entity named with it ("the Qosh Tepa canal"), the one known by that phrase ("Khorgos dry
port"), a project whose name holds the noun or a synonym, the same work when named again, or the article's
main work for a generic noun ("the project"); a work named only by the states it joins and not linked is
`UNLINKED`. `state_of` reads a place inside a state as that state; the parts of works and the places figures
are located in are read in `sphere.read.claims.scope`.
"""

from __future__ import annotations

import re
from typing import Any

from sphere.read.claims.context import ClaimDoc, compile_ci
from sphere.read.claims.quantities import Quantity
from sphere.read.entities.gazetteer import load_gazetteer
from sphere.read.types import Entity, Mention

__all__ = [
    "ASCII_WORKS",
    "GENERIC_WORKS",
    "LOCATIVE",
    "SECTION",
    "UNLINKED",
    "WORK_NOUN",
    "after_to",
    "name_works",
    "state_of",
    "work_for",
    "work_subject",
    "works_of",
]

# works nouns; a group of synonyms names one kind of work (the first word is the one names hold)
WORK_GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "railway",
        "railroad",
        "rail line",
        "line",
        "railway line",
        "eisenbahn",
        "eisenbahnlinie",
        "bahnstrecke",
        "bahnlinie",
        "железн",
        "магистрал",
    ),
    ("pipeline", "gas pipeline", "line", "gaspipeline", "газопровод", "нефтепровод", "лини"),
    ("port", "dry port", "inland port", "terminal", "порт", "терминал"),
    ("canal", "channel", "канал"),
    ("corridor", "route", "коридор", "маршрут"),
    (
        "plant",
        "power plant",
        "station",
        "reactor",
        "npp",
        "wind farm",
        "wind park",
        "solar park",
        "windpark",
        "solarpark",
        "kraftwerk",
        "станци",
        "аэс",
        "гэс",
        "тэц",
        "завод",
        "ветропарк",
    ),
    ("mine", "deposit", "field", "рудник", "месторожден"),
    ("road", "highway", "motorway", "дорог", "трасс"),
    ("dam", "staudamm", "plotina", "плотин"),
    ("bridge", "мост"),
    (
        "hub",
        "center",
        "centre",
        "logistics center",
        "logistics centre",
        "park",
        "zone",
        "центр",
        "хаб",
        "зон",
    ),
)
GENERIC_WORKS = ("project", "venture", "facility", "scheme", "complex", "проект", "объект", "предприяти")
ASCII_WORKS = sorted(
    {w for g in WORK_GROUPS for w in g if w.isascii()} | set(GENERIC_WORKS[:5]), key=len, reverse=True
)
WORK_NOUN = compile_ci(
    r"\b(?P<noun>"
    + "|".join(ASCII_WORKS)
    + r"|(?:железн\w*\s+дорог|газопровод|нефтепровод|лини|порт|терминал|канал|коридор|маршрут|станци|аэс|гэс|тэц|"
    r"завод|рудник|месторожден|проект|объект|предприяти)\w*)s?\b"
)
# a figure modifies the noun after it: "a 523km railway", "$200 million gold and antimony mining venture"
_MODIFIES = compile_ci(
    r"^(?:[\s-]+(?!(?:will|would|shall|can|could|may|must|is|are|was|were|be|been|has|have|had|to|for|of|the|an?|"
    r"in|on|at|by|with|that|which|who|from|into|its|their)\b)(?:[a-z][\w-]*|and)){0,4}[\s-]+$"
)
SECTION = compile_ci(
    r"\b(?:on|for|of|in|along|across)\s+(?:the\s+|its\s+)?(?P<scope>[\w'’-]+(?:\s[\w'’-]+)?)\s+"
    r"(?:section|element|part|stretch|segment|portion|leg|side|участ\w*|част\w*)\b"
)
LOCATIVE = compile_ci(r"\b(?:in|at|near|inside|within|в|во|на)\s+(?:the\s+)?$")


def after_to(doc: ClaimDoc, pos: int, sent: tuple[int, int], preps: str = r"to|into|в") -> str | None:
    """Return the entity right after the figure behind a preposition ("18% to Kazakhstan").

    The preposition is one of the next six words; the search stops at a comma, a semicolon or another number:
    what follows them is another figure's.
    """
    text = doc.ctx.text
    reach = re.match(r"[^\S\n]*(?:[^\s,;\d]+[^\S\n]*){0,7}", text[pos : sent[1]])
    end = pos + (reach.end() if reach else 0)
    starts = {x.start: x for x in doc.mentions(pos, min(sent[1], end + 60))}
    for m in re.finditer(r"\b(?:" + preps + r")\s+(?:the\s+)?", text[pos:end], re.IGNORECASE):
        hit = starts.get(pos + m.end())
        if hit is not None:
            return hit.entity_id
    return None


def state_of(doc: ClaimDoc, eid: str | None) -> str | None:
    """Return the state an entity lies in (itself for a state): a place in Kyrgyzstan is Kyrgyzstan's."""
    e = doc.ctx.entities.get(eid or "")
    if e is None:
        return None
    if e.kind == "country":
        return e.id
    if e.kind != "place":
        return None
    info = load_gazetteer().entities.get(e.id)
    country = info.country if info else None
    return country if country and country in doc.ctx.entities else (country if doc.is_ca(country) else None)


def _group(noun: str) -> tuple[str, ...]:
    """Return the synonyms of a works noun in its own script ("line" -> railway, pipeline words)."""
    low = noun.lower()
    found: tuple[str, ...] = ()
    for g in WORK_GROUPS:
        if any(low == w or (not w.isascii() and low.startswith(w)) for w in g):
            found += tuple(w for w in g if w.isascii() == low.isascii())
    return found


def works_of(doc: ClaimDoc) -> list[str]:
    """Return the article's named works, most mentioned first: its projects, and names followed by a works noun.

    "the Qosh Tepa canal" makes Qosh Tepa a work whatever its kind; companies and places count only so.
    """
    key = ("works",)
    if key not in doc.cache:
        text = doc.ctx.text
        counts: dict[str, int] = {}
        for m in doc.ctx.mentions:
            e = doc.entity(m)
            if e is None or e.kind in {"country", "person"}:
                continue
            if _COMPARED.search(text[max(0, m.start - 30) : m.start]):
                continue  # "second only to the X railway", "behind the X": named to compare, not reported on
            nm = WORK_NOUN.match(text, m.end + 1)
            named = nm is not None and text[m.end : nm.start()] == " "
            eid = m.entity_id
            if (
                named and e.is_new and nm is not None
            ):  # "the trans-Afghan project": the known project so named
                eid = _work_named(doc, nm) or eid
            if e.kind == "project" or named:
                counts[eid] = counts.get(eid, 0) + 1 + (e.kind == "project" or eid != m.entity_id)
        doc.cache[key] = sorted(counts, key=lambda i: -counts[i])
    return doc.cache[key]


_COMPARED = compile_ci(
    r"\b(?:behind|than|like|unlike|after|besides|similar to|compared (?:to|with)|as with|такж\w+ как|как и|после|"
    r"в отличие от|по сравнению с)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}$"
)


# the kind a works noun gives a name written right before it; the guideline files fields, mines, ports and
# terminals as places, the other works as projects
_PLACE_WORKS = ("port", "mine")


def name_works(doc: ClaimDoc) -> None:
    """Give a new name written right before a works noun ("the Qosh Tepa canal", "the Severny Katpar deposit")
    the kind of a work (a project, or a place for fields, mines and ports) instead of "other", and the
    written "name + noun" as an alias: the figures filed under it are then about a work, not about nothing."""
    text = doc.ctx.text
    for m in doc.ctx.mentions:
        e = doc.entity(m)
        if e is None or not e.is_new or e.kind != "other":
            continue
        nm = WORK_NOUN.match(text, m.end + 1)
        if nm is None or text[m.end : nm.start()] != " ":
            continue
        noun = nm.group("noun")
        low = noun.lower()
        if low.startswith(GENERIC_WORKS) or (low.endswith("s") and not low.endswith("ss")):
            continue  # "the Qosh Tepa project" says no kind; "the X and Y deposits" are two
        group = next(
            (g for g in WORK_GROUPS if any(low == w or (not w.isascii() and low.startswith(w)) for w in g)),
            (),
        )
        e.kind = "place" if group[:1] in {(w,) for w in _PLACE_WORKS} else "project"
        alias = f"{text[m.start : m.end]} {noun}"
        if alias not in e.aliases:
            e.aliases.append(alias)
    for noun_m in doc.spans(WORK_NOUN, (0, len(text))):  # "die Eisenbahn China-Kirgistan-Usbekistan": known
        word = noun_m.group("noun").lower()
        if word.startswith(GENERIC_WORKS) or (after := _states_after(doc, noun_m)) is None:
            continue
        chain = doc.mentions(noun_m.end(), after[1])[: len(after[0])]
        work_joining(doc, word, after[0], (noun_m.start(), chain[-1].end if chain else noun_m.end()))


def _forms(doc: ClaimDoc, eid: str) -> list[str]:
    e = doc.ctx.entities[eid]
    return [e.name.lower(), *(a.lower() for a in e.aliases)]


def work_for(doc: ClaimDoc, noun: re.Match[str]) -> tuple[str, float] | None:
    """Return the entity a works noun refers to and how sure: named with it, named for it, or the main work."""
    text = doc.ctx.text
    near = [
        m
        for m in doc.mentions(max(0, noun.start() - 60), noun.end(), actors=False)
        if (m.start < noun.start() and re.fullmatch(r"[\s-]*", text[m.end : noun.start()]))
        or m.start < noun.start() < m.end
    ]
    chain = [
        m for m in doc.mentions(max(0, noun.start() - 60), noun.start()) if near and m.end <= near[-1].start
    ]
    word = noun.group("noun").lower()
    if (
        near
        and not word.startswith(GENERIC_WORKS)
        and not (word.endswith("s") and not word.endswith("ss"))
        and chain
        and doc.is_actor(near[-1])
        and re.fullmatch(r"\s*[-–—]\s*", text[chain[-1].end : near[-1].start])
    ):
        states = [m.entity_id for m in (*chain, near[-1]) if state_of(doc, m.entity_id) == m.entity_id]
        known = work_joining(doc, word, states, (chain[0].start, noun.end()))
        return (known, 0.8) if known else (UNLINKED, 0.0)  # "the China — Kyrgyzstan — Uzbekistan railway"
    if not near and not word.startswith(GENERIC_WORKS) and (after := _states_after(doc, noun)):
        known = work_joining(doc, word, after[0], (noun.start(), after[1]))
        return (known, 0.8) if known else (UNLINKED, 0.0)  # "газопровод Туркменистан – Китай"
    if (not near or (e := doc.entity(near[-1])) is None or e.is_new) and (known := _work_named(doc, noun)):
        return known, 0.75  # "the trans-Afghan project": the known project of that name
    if near and (e := doc.entity(near[-1])) and e.kind not in {"country", "person", "organization"}:
        first = near[-1]  # "the Qosh Tepa canal"; "the X and Y deposits": the first named
        for m in reversed(doc.mentions(max(0, first.start - 60), first.start, actors=False)):
            if not re.fullmatch(r"\s*(?:,|and|и)\s*", text[m.end : first.start]):
                break
            first = m
        return first.entity_id, 0.9
    phrase = noun.group("noun").lower()
    group = _group(phrase)
    if " " in phrase:  # "the dry port": the entity known as "Khorgos dry port"
        for eid, e in doc.ctx.entities.items():
            if (
                not e.is_new
                and e.kind not in {"country", "person"}
                and any(phrase in f for f in _forms(doc, eid))
            ):
                doc.cache[("work", group[:1])] = [eid]  # "the inland port" later is the same port
                return eid, 0.85
    if (seen := doc.cache.get(("work", group[:1]))) and group:
        return seen[0], 0.75
    works = works_of(doc)
    works = (
        works
        + [  # a known work the claims linked by the states it joins ("die Eisenbahn China-Kirgistan-...")
            eid
            for eid, e in doc.ctx.entities.items()
            if e.kind == "project" and not e.is_new and eid not in works
        ]
    )
    for eid in works:
        if doc.ctx.entities[eid].kind == "project" and any(
            re.search(r"\b" + re.escape(w), f) for f in _forms(doc, eid) for w in group
        ):
            return eid, 0.85
    plural = phrase.endswith("s") and not phrase.endswith("ss")  # "one of the projects": not the one
    if works and (group or phrase.startswith(GENERIC_WORKS)) and not plural:
        return works[0], 0.65 if len(works) == 1 else 0.5
    return None


UNLINKED = ""  # a work named by the states it joins but not linked: its figures get no subject
# the kind of work a works noun names -> the knowledge base's project types
_PROJECT_TYPES = {
    "railway": ("railway",),
    "pipeline": ("pipeline",),
    "road": ("highway",),
    "corridor": ("corridor",),
}
_CHAIN_AFTER = re.compile(r"(?<![^\S\n])[^\S\n]*(?:[«\"“„][^\S\n]*)?")
_CHAIN_JOIN = re.compile(r"(?<![^\S\n])[^\S\n]*[-–—][^\S\n]*")


def _states_after(doc: ClaimDoc, noun: re.Match[str]) -> tuple[list[str], int] | None:
    """Return the states a works noun names after it, joined by dashes ("газопровод Туркменистан – Китай",
    "железной дороги «Китай – Кыргызстан – Узбекистан»"), and where they end; None for fewer than two."""
    text = doc.ctx.text
    pos = _CHAIN_AFTER.match(text, noun.end()).end()  # type: ignore[union-attr]
    states: list[str] = []
    for m in doc.mentions(pos, min(len(text), noun.end() + 120)):
        if m.start != pos or state_of(doc, m.entity_id) != m.entity_id:
            break
        states.append(m.entity_id)
        join = _CHAIN_JOIN.match(text, m.end)
        pos = join.end() if join else -1
    return (states, noun.end() + 120) if len(states) >= 2 else None


_NAME_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,2}|[a-z]+-[A-Z][\w-]*)[^\S\n]+$"
)


def _work_named(doc: ClaimDoc, noun: re.Match[str]) -> str | None:
    """Return the one known project a works noun names with the words before it ("the trans-Afghan project",
    "the Kambarata -1 plant"), added to the document's entities; None when no project or several fit."""
    text = doc.ctx.text
    m = _NAME_BEFORE.search(text, max(0, noun.start() - 50), noun.start())
    if m is None:
        return None
    name = re.sub(r"\s*-\s*", "-", m.group("name")).lower()
    known = [
        e for x in doc.mentions(m.start(), m.end(), actors=False) if (e := doc.entity(x)) and not e.is_new
    ]
    if len(name) < 4 or any(e.kind in {"country", "person", "organization", "company"} for e in known):
        return None  # "the Kazakh section", "the Samruk project": a state's or an actor's, not a name
    low = noun.group("noun").lower()
    kind = next(
        (g for g in WORK_GROUPS if any(low == w or (not w.isascii() and low.startswith(w)) for w in g)), ()
    )
    fit = []
    for p in _projects():
        names = [p.get("name") or "", *((a.get("name") or "") for a in p.get("aliases") or [])]
        forms = [re.sub(r"\s*-\s*", "-", str(f).lower()) for f in names]
        if any(re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", f) for f in forms) and (
            low.startswith(GENERIC_WORKS)
            or not kind
            or any(w in f for f in forms for w in kind if w.isascii())
        ):
            fit.append(str(p["id"]))
    roots = [i for i in fit if all(j.startswith(i) for j in fit)]
    if len(roots) != 1:
        return None
    return add_project(doc, roots[0], (m.start(), noun.end()))


def add_project(doc: ClaimDoc, eid: str, span: tuple[int, int]) -> str | None:
    """Add a knowledge-base project (or firm) the claims found to the document's entities; return its id."""
    if eid not in doc.ctx.entities:
        info = load_gazetteer().entities.get(eid)
        if info is None:
            return None
        mention = Mention(span[0], span[1], doc.ctx.text[span[0] : span[1]], eid)
        doc.ctx.entities[eid] = Entity(eid, info.name, info.kind, list(info.aliases), None, False, [mention])
    return eid


def _others_between(doc: ClaimDoc, noun: re.Match[str], pos: int) -> bool:
    """Return True when a name stands between a works noun and `pos`, other than the states that name the
    work ("железной дороги «Китай – Кыргызстан – Узбекистан» обойдется в ...")."""
    between = doc.mentions(noun.end(), pos)
    if not between:
        return False
    chain = _states_after(doc, noun)
    if chain is None:
        return True
    return len(between) != len(chain[0])


def _projects() -> list[dict[str, Any]]:
    """Return the knowledge base's projects (read once, only when a work named by its states is met)."""
    found = _PROJECT_CACHE.get("all")
    if found is None:
        from sphere.kb.catalog import data_dir, read_jsonl

        found = _PROJECT_CACHE["all"] = list(read_jsonl(data_dir() / "projects.jsonl"))
    return found


_PROJECT_CACHE: dict[str, list[dict[str, Any]]] = {}


def work_joining(doc: ClaimDoc, noun: str, states: list[str], span: tuple[int, int]) -> str | None:
    """Return the one known project of the noun's kind that joins all the named states ("the Turkmenistan —
    China gas pipeline" is the Central Asia–China gas pipeline, not one of its lines), added to the document's
    entities; None when no project or several unrelated ones fit."""
    low = noun.lower()
    kind = next(
        (g[0] for g in WORK_GROUPS if any(low == w or (not w.isascii() and low.startswith(w)) for w in g)), ""
    )
    types = _PROJECT_TYPES.get(kind)
    if types is None or len(set(states)) < 2:
        return None
    fit = [
        p
        for p in _projects()
        if p.get("project_type") in types and set(states) <= set(p.get("countries") or [])
    ]
    ids = sorted(str(p["id"]) for p in fit)
    roots = [i for i in ids if all(j.startswith(i) for j in ids)]  # a project and its lines: the project
    if len(roots) != 1:
        return None
    return add_project(doc, roots[0], span)


_SUBJECT_NOUN = compile_ci(r"(?:^|[.!?]\s+|\b(?:the|this|that|its|a|an)\s+)$")
_PREP_NOUN = compile_ci(
    r"\b(?:along|to|from|in|into|at|through|via|across|with|for|by|on|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)


def work_subject(
    doc: ClaimDoc, q: Quantity, clause: tuple[int, int], sent: tuple[int, int], attribute: str = ""
) -> tuple[str, float] | None:
    """Return the work a figure is about: the works noun it modifies, or the one its clause or sentence is about."""
    text = doc.ctx.text
    for noun in doc.spans(WORK_NOUN, (q.end, min(clause[1], q.end + 60))):
        if _MODIFIES.match(text[q.end : noun.start()]):  # "a $200 million mining venture"
            found = work_for(doc, noun)
            if (found is None or found[0] == UNLINKED) and (
                host := state_of(doc, after_to(doc, noun.end(), clause, r"in|near|at|в|на"))
            ):
                return host, 0.7  # "a 100MW wind farm in Kazakhstan": an unnamed work is its host state's
            return (found[0], max(found[1], 0.75)) if found else None
        break
    nouns = [
        n
        for n in doc.spans(WORK_NOUN, (clause[0], q.start))
        if not _PREP_NOUN.search(text[max(0, n.start() - 30) : n.start()])
    ]
    if nouns and not _others_between(doc, nouns[-1], q.start):
        return work_for(doc, nouns[-1])
    if attribute in {"throughput", "volume", "capacity"} and not [
        m for m in doc.mentions(clause[0], q.start) if doc.in_subject_position(m)
    ]:  # "65 trains pass the dry port every month"
        later = next(iter(doc.spans(WORK_NOUN, (q.end, clause[1]))), None)
        if later is not None and (found := work_for(doc, later)):
            return found[0], min(found[1], 0.6)
    first = next(iter(doc.spans(WORK_NOUN, (sent[0], min(sent[1], sent[0] + 40)))), None)
    if first and first.start() < q.start and _SUBJECT_NOUN.search(text[max(0, sent[0] - 2) : first.start()]):
        found = work_for(doc, first)  # "The railway will consist of 213 km in China, ... 90 tunnels"
        return (found[0], min(found[1], 0.75)) if found else None
    return None
