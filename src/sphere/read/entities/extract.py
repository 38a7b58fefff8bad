"""Find, link and report the named entities of a document: knowledge-base entities and new ones.

Three passes over `CleanDocument.text`:
1. the gazetteer finds every alias of every KB entity (names, demonyms, Russian case forms) and
   `sphere.read.entities.linking` keeps the mentions: the longest match wins, the case must agree, surnames alone
   count only after a full mention or a title, and a capital counts as its country when it acts (metonymy)
   but as a place after a preposition or in a dateline;
2. capitalised names the KB lacks are proposed as new entities (`sphere.read.entities.new_names`), with a kind
   guessed from cue words (titles and speech verbs for people, "Ministry"/"Bank" for organizations,
   "LLC"/"Corp" for companies, "Province"/"Sea" for places, "Summit"/"Treaty" for other), and surnames alone
   follow a full mention;
3. the two are merged (a cued new name that contains KB names, such as "Chinese Ministry of Foreign
   Affairs", wins over them except for the countries inside), acronyms in brackets join the entity before
   them, and each entity gets all its mentions with offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from sphere.read.entities.candidates import STATE_BODIES, Candidate
from sphere.read.entities.chinese_names import chinese_names
from sphere.read.entities.gazetteer import Gazetteer, load_gazetteer
from sphere.read.entities.linking import Hit, link_kb
from sphere.read.entities.new_names import find_new_names
from sphere.read.entities.numbered import kb_project_keys, unify_numbered
from sphere.read.entities.regions import find_regions
from sphere.read.entities.typed_names import chinese_routes
from sphere.read.sentences import split_sentences
from sphere.read.types import Entity, Mention

_TOKEN_START = re.compile(r"\s\S")
NEW_NAME_LANGUAGES = frozenset({"en", "ru", "tr", "az", "pl", "uz", "kk"})
"""Languages whose capitalisation and cue words `find_new_names` reads."""
PERSON_NAME_LANGUAGES = frozenset({"de"})
"""Languages where only new names of several words with a cue are proposed: persons (after a title or before a
speech verb), organizations and companies (with a head word: "Ministerium", "Bank", "AG"). German capitalises
every noun, so capitalisation alone marks no name."""
_GERMAN_KINDS = frozenset({"person", "organization", "company"})  # named by titles or head words
_PART_KINDS = frozenset({"place", "person", "project", "other"})  # KB names that a longer new name absorbs


def _after_of(text: str, start: int, pos: int) -> bool:
    """Return True when the text between a name's start and `pos` ends with "of" or "of the"."""
    return re.search(r"\bof\s+(?:the\s+)?$", text[start:pos]) is not None


def _merge(
    text: str, kb: list[Hit], new: list[Candidate], gaz: Gazetteer
) -> tuple[list[Hit], dict[str, Candidate]]:
    """Merge KB hits and new-name candidates: a new name containing KB hits replaces all but the countries."""
    out: list[Hit] = []
    first: dict[str, Candidate] = {}
    dropped: set[int] = set()
    ordered = all(a.end <= b.start for a, b in pairwise(kb))  # as linked: in order, without overlaps
    starts, ends = [h.start for h in kb], [h.end for h in kb]
    for cand in new:
        if cand.kind == "place" and any(
            o.start <= cand.start and cand.end <= o.end and o is not cand for o in new
        ):
            out.append(Hit(cand.start, cand.end, cand.id, "new"))  # a place inside a route name
            first.setdefault(cand.id, cand)
            continue
        # the KB hits that meet the candidate: in order and apart, those from the first ending after its start
        near = (
            range(bisect_right(ends, cand.start), bisect_left(starts, cand.end))
            if ordered
            else range(len(kb))
        )
        inside = [i for i in near if kb[i].start >= cand.start and kb[i].end <= cand.end]
        overlaps = [i for i in near if kb[i].start < cand.end and kb[i].end > cand.start and i not in inside]
        if overlaps or (inside and not cand.replaces_kb):
            continue
        parts = _PART_KINDS - {"place"} if cand.kind == "project" else _PART_KINDS
        if cand.kind != "other":
            dropped.update(i for i in inside if gaz.entities[kb[i].entity_id].kind in parts)
        if cand.kind == "place":  # "East Kazakhstan region": the state inside a place's name is part of it
            dropped.update(i for i in inside if kb[i].start > cand.start)
        if cand.kind in ("organization", "company") and not STATE_BODIES & set(cand.name.lower().split()):
            # "National University of Singapore": the state after "of" in a firm's or school's name is part
            # of that name, no mention of the state (a ministry's state is: "Ministry of Energy of Kazakhstan")
            dropped.update(i for i in inside if _after_of(text, cand.start, kb[i].start))
        first.setdefault(cand.id, cand)
        out.append(Hit(cand.start, cand.end, cand.id, "new"))
    out.extend(h for i, h in enumerate(kb) if i not in dropped)
    out.sort(key=lambda h: (h.start, -h.end))
    return out, first


# "... (KHNP)", "Kazatomprom Group (KAP, the national company)": a bracket opening with the acronym
_ACRONYM_AFTER = re.compile(
    r"(?<!\s)(?:\s+(?:Group|Company|Corporation|Holding|JSC|PLC|Ltd))?\s*\(([A-Z][A-Za-z&]{1,9}(?:\s[A-Z]{2,6})?)(?:\)|,\s)"
)


def _acronym_links(text: str, hits: list[Hit]) -> dict[str, str]:
    """Return acronym -> entity id for names followed by their acronym in brackets ("... (KHNP)")."""
    links: dict[str, str] = {}
    for h in hits:
        m = _ACRONYM_AFTER.match(text, h.end)
        if m and sum(c.isupper() for c in m.group(1)) >= 2:
            links.setdefault(m.group(1), h.entity_id)
    return links


def _add_acronyms(text: str, hits: list[Hit], links: dict[str, str]) -> list[Hit]:
    """Add every occurrence of a bracketed acronym not already covered as a mention of its entity."""
    if not links:
        return hits
    covered = bytearray(len(text) + 1)
    for h in hits:
        covered[h.start : h.end] = b"\x01" * (h.end - h.start)
    for h in hits:  # an acronym taken for a new name of its own joins the name it abbreviates
        if h.entity_id.startswith("new:") and text[h.start : h.end] in links:
            h.entity_id = links[text[h.start : h.end]]
    extra: list[Hit] = []
    for acr, eid in links.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
            if not any(covered[m.start() : m.end()]):
                extra.append(Hit(m.start(), m.end(), eid, "abbrev"))
    return sorted(hits + extra, key=lambda h: (h.start, -h.end))


def _drop_stray_new(text: str, hits: list[Hit], new_info: dict[str, Candidate], gaz: Gazetteer) -> list[Hit]:
    """Drop new-name hits that are not names of their own: lower-case words, pieces inside a linked KB
    mention, and the rest of a KB person's name right after a shorter form ("President Xi" + "Jinping"),
    which joins that mention instead."""
    kb = [h for h in hits if h.entity_id not in new_info]
    out: list[Hit] = []
    for h in hits:
        if h.entity_id in new_info:
            surface = text[h.start : h.end]
            lower = surface[:1].islower() and not new_info[h.entity_id].lower_ok  # "газопровода X – Y"
            if lower or any(k.start <= h.start and h.end <= k.end for k in kb):
                continue
            before = next(
                (k for k in kb if 0 <= h.start - k.end <= 1 and not text[k.end : h.start].strip()), None
            )
            if before and surface in gaz.entities[before.entity_id].name.split():
                before.end = h.end
                continue
        out.append(h)
    return out


def _surnames_to_new(text: str, hits: list[Hit], new_info: dict[str, Candidate]) -> None:
    """Give a surname alone to the new person of that surname ("Mehmet Yıldırım" ... "Yıldırım") when the
    knowledge-base person it was linked to is never named in full in the document."""
    surnames = {
        text[c.start : c.end].split()[-1]: c.id
        for c in new_info.values()
        if c.kind == "person" and " " in c.name
    }
    if not surnames:
        return
    named = {h.entity_id for h in hits if h.alias_type not in ("short", "new")}
    for h in hits:
        if h.alias_type == "short" and h.entity_id not in named:
            owner = surnames.get(text[h.start : h.end])
            if owner:
                h.entity_id, h.alias_type = owner, "new"


def _is_place(surface: str, entity_id: str, gaz: Gazetteer) -> bool:
    """Return True when a mention names a place, also where a capital was linked to its country ("Toshkent")."""
    if gaz.entities[entity_id].kind == "place":
        return True
    info = gaz.entities[entity_id]
    return info.kind == "country" and any(
        a.entity_id in gaz.entities and gaz.entities[a.entity_id].capital_of == entity_id
        for a in gaz.lookup(surface)
    )


_PROJECT_KEYS: dict[int, tuple[Gazetteer, dict[tuple[str, ...], str]]] = {}


def _project_keys(gaz: Gazetteer) -> dict[tuple[str, ...], str]:
    """Return the numbered-work keys of the gazetteer's projects (`kb_project_keys`), computed once per index."""
    cached = _PROJECT_KEYS.get(id(gaz))
    if cached is None or cached[0] is not gaz:
        projects = [(e.id, [e.name, *e.aliases]) for e in gaz.entities.values() if e.kind == "project"]
        cached = _PROJECT_KEYS[id(gaz)] = (gaz, kb_project_keys(projects))
    return cached[1]


def find_entities(
    text: str,
    sentences: list[tuple[int, int]] | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    language: str | None = None,
) -> tuple[dict[str, Entity], list[Mention]]:
    """Return the entities of `text` (id -> Entity, in order of first mention) and all mentions in text order.

    New names (the KB lacks) are proposed only in the languages `NEW_NAME_LANGUAGES` has cue words for
    (None: any); elsewhere only knowledge-base names are found, with the language's case endings.
    """
    gaz = gazetteer or load_gazetteer()
    if sentences is None:
        sentences = split_sentences(text)
    skipped: list[tuple[int, int]] = []
    kb = link_kb(text, gaz, sentences, skipped, language)
    covered = bytearray(len(text) + 1)
    for start, end in [(h.start, h.end) for h in kb] + skipped:
        while end < len(text) and (text[end].isalpha() or text[end] in "'’"):
            end += 1  # the case ending after a name ("Бейжіңде", "Astana'da") is no new name
        covered[start:end] = b"\x01" * (end - start)
    kb_kinds = {}
    for h in kb:  # the kind of the KB name at each token start, for the new-name pass
        kind = kb_kinds[h.start] = gaz.entities[h.entity_id].kind
        if " " in text[h.start : h.end] or not text[h.start : h.end].isprintable():  # else no inner token
            for m in _TOKEN_START.finditer(text, h.start, h.end):
                kb_kinds[m.start() + 1] = kind
    lang = (language or "")[:2]
    discover = language is None or lang in NEW_NAME_LANGUAGES or lang in PERSON_NAME_LANGUAGES
    new = find_new_names(text, sentences, covered, kb_kinds, language) if discover else []
    if lang in PERSON_NAME_LANGUAGES:
        new = [c for c in new if c.kind in _GERMAN_KINDS and " " in c.name]
    places = [(h.start, h.end) for h in kb if _is_place(text[h.start : h.end], h.entity_id, gaz)]
    regions = find_regions(text, places, language, covered)
    if lang == "zh":
        regions += chinese_routes(text)
        zh_names = chinese_names(text, [(h.start, h.end, gaz.entities[h.entity_id].kind) for h in kb])
        # a firm's Latin name in brackets ("（CITIC Construction）") is that firm: no KB firm inside it
        latin = [c for c in zh_names if text[c.start : c.end] != c.name]
        kb = [h for h in kb if not any(c.start <= h.start and h.end <= c.end for c in latin)]
        new += zh_names
    if regions:  # a region wins over the guesses inside it ("Ташкентской" alone as a place)
        new = [c for c in new if not any(r.start < c.end and c.start < r.end for r in regions)]
        new = sorted(new + regions, key=lambda c: c.start)
    hits, new_info = _merge(text, kb, new, gaz)
    _surnames_to_new(text, hits, new_info)
    hits = _add_acronyms(text, hits, _acronym_links(text, hits))
    hits = _drop_stray_new(text, hits, new_info, gaz)
    kinds = {
        h.entity_id: new_info[h.entity_id].kind if h.entity_id in new_info else gaz.entities[h.entity_id].kind
        for h in hits
    }
    unify_numbered(text, hits, kinds, _project_keys(gaz))
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for h in hits:
        surface = text[h.start : h.end]
        ent = entities.get(h.entity_id)
        if ent is None:
            if h.entity_id in new_info:
                cand = new_info[h.entity_id]
                ent = Entity(
                    id=cand.id, name=cand.name, kind=cand.kind, aliases=list(cand.aliases), is_new=True
                )
            else:
                info = gaz.entities[h.entity_id]
                ent = Entity(
                    id=info.id, name=info.name, kind=info.kind, aliases=list(info.aliases), iso3=info.iso3
                )
            entities[h.entity_id] = ent
        mention = Mention(h.start, h.end, surface, h.entity_id)
        ent.mentions.append(mention)
        mentions.append(mention)
        clean = " ".join(surface.split())
        if clean != ent.name and clean not in ent.aliases:
            ent.aliases.append(clean)
    return entities, mentions


__all__ = ["NEW_NAME_LANGUAGES", "PERSON_NAME_LANGUAGES", "find_entities"]
