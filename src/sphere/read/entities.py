"""Find, link and report the named entities of a document: knowledge-base entities and new ones.

Three passes over `CleanDocument.text`:
1. the gazetteer (`link_kb`) finds every alias of every KB entity (names, demonyms, Russian case forms);
   the longest match wins, the case must agree, surnames alone count only after a full mention or a title,
   and a capital counts as its country when it acts (metonymy) but as a place after a preposition or in a
   dateline;
2. capitalised names the KB lacks are proposed as new entities, with a kind guessed from cue words
   (titles and speech verbs for people, "Ministry"/"Bank" for organizations, "LLC"/"Corp" for companies,
   "Province"/"Sea" for places, "Summit"/"Treaty" for other), and surnames alone follow a full mention;
3. the two are merged (a cued new name that contains KB names, such as "Chinese Ministry of Foreign
   Affairs", wins over them except for the countries inside), acronyms in brackets join the entity before
   them, and each entity gets all its mentions with offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from sphere.read import russian
from sphere.read.gazetteer import TITLES, Gazetteer, Hit, link_kb, load_gazetteer
from sphere.read.sentences import split_sentences
from sphere.read.types import Entity, Mention


def _words(text: str) -> list[str]:
    """Split a block of space-separated words (word lists stay readable in the source)."""
    return text.split()


# --- names the knowledge base lacks -------------------------------------------------------------------------

ORG_CUES = frozenset(
    _words(
        """ministry ministries agency bank organization organisation council committee commission department
        fund union association parliament assembly service office center centre institute university club
        authority court party government administration secretariat chamber federation foundation mechanism
        network alliance news daily times post tribune gazette herald"""
    )
)
COMPANY_CUES = frozenset(
    _words(
        """llc llp jsc ojsc pjsc cjsc corp corp. corporation co co. company group holding holdings inc inc. ltd
        ltd. plc gmbh ag sa mining petroleum oil gas airlines airways motors industries railways power energy
        electric engineering construction logistics shipping steel metals resources telecom technologies
        consortium"""
    )
)
PLACE_CUES = frozenset(
    _words(
        """province region oblast district city county mountains mountain sea lake river valley plaza square
        palace park airport basin desert island islands gulf strait bay canal zone port autonomous steppe
        peninsula"""
    )
)
PROJECT_CUES = frozenset(
    _words(
        """railway railroad pipeline corridor route highway bridge dam plant hpp npp project terminal tunnel
        gateway village line"""
    )
)
OTHER_CUES = frozenset(
    _words(
        """summit treaty declaration agreement conference meeting forum initiative dynasty road games expo
        strategy program programme convention accord charter doctrine war"""
    )
)
CONNECTORS = frozenset(_words("""of the and for de del da bin al von der van on & for-the la le"""))
LEADING_STOP = frozenset(
    _words(
        """the a an this that these those it its he she we they i you his her their our my your but and or so
        yet however in on at for with as after before during since while when where while if although though
        because by from to of into about over under between among against without within also meanwhile
        moreover besides furthermore according earlier later today yesterday tomorrow last next both all
        many some most several each every other such there here what which who whom whose how why not no yes
        there's it's mr mrs ms dr"""
    )
)
NOT_NAMES = frozenset(
    _words(
        """january february march april may june july august september october november december monday tuesday
        wednesday thursday friday saturday sunday western
        eastern northern southern west east north south western islamic muslim christian soviet read more
        home news world politics business economy published updated photo video source image credit covid
        internet"""
    )
)
ACRONYM_STOP = frozenset(
    _words(
        """GDP GNP TEU USD EUR CNY RUB KZT UZS LNG LPG CEO CFO CTO PM AM GW MW KW KWH MWH GWH TWH KM KG BCM ID
        IT AI FDI PPP SEZ NPP HPP VAT UAV TV PR HQ US UK EU UN OK CIS Q1 Q2 Q3 Q4 II III IV VI VII VIII IX
        XI XII XX XXI NB PS FAQ PDF URL RSS CET GMT UTC"""
    )
)
SPEECH = frozenset(
    _words(
        """said says told noted added stated stressed emphasized emphasised explained highlighted announced
        remarked wrote warned urged declared believes thinks argued commented"""
    )
)
PERSON_BEFORE = frozenset(
    _words("""wife husband son daughter mother father brother sister according said says told by with""")
)
ROLE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?)?(?:deputy|director|head|chief|minister|president|chairman|chairwoman|manager|"
    r"ambassador|spokes\w+|press|official|secretary|adviser|advisor|ceo|founder|general|professor|analyst|expert|researcher|"
    r"leader|governor|mayor|envoy|commissioner|senior|vice|first|former|executive|member)",
    re.IGNORECASE,
)
_UPPER = "A-ZА-ЯЁÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
_CAP = rf"(?:Co\.|Corp\.|Inc\.|Ltd\.|Jr\.|(?:[A-Z]\.){{2,}}|[A-Z]\.(?= [A-Z])|[{_UPPER}][\w&'’-]*(?:\.\w[\w&'’-]*)*)"
_CONN = r"(?:of|the|and|for|de|del|da|du|dos|la|le|bin|al|von|der|van|&)"
_JOIN = r"(?:(?: (?:of|for|de|del|da|du|dos|la|le|bin|al|von|der|van)){1,2}(?: the)?| and| &| the)?"
# lower-case head nouns that end a name begun in capitals ("Sugd region", "Trans-Afghan railway")
_LOWER_HEAD = re.compile(
    r" (region|province|oblast|district|railway|railroad|pipeline|corridor|route|highway)\b"
)
_RUN = re.compile(rf"{_CAP}(?:{_JOIN} {_CAP}|,? (?:Ltd|Inc|LLC|LLP|JSC)\b\.?)*")
_TOKEN = re.compile(rf"{_CAP}|\b{_CONN}\b|(?<=\s)&")


@dataclass(slots=True)
class Candidate:
    """A name the KB lacks, with a guessed kind; `replaces_kb` when KB names inside it are parts of it."""

    start: int
    end: int
    name: str
    kind: str
    id: str = ""
    replaces_kb: bool = False


def slug(name: str) -> str:
    """Return a lowercase ASCII slug for an id ("Tang Paradise" -> "tang-paradise"); non-Latin kept as is."""
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = ascii_ if re.search(r"[A-Za-z]", ascii_) else name.lower()
    return re.sub(r"[^\w]+", "-", base.lower()).strip("-") or "x"


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Return True for a headline-like sentence: three or more words, nearly all capitalised (or all caps)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text[start:end]) if len(w) > 3]
    if len(words) < 3:
        return False
    return sum(_is_cap(w) for w in words) >= 0.75 * len(words)


def _kind_of(tokens: list[str]) -> str | None:
    """Return the kind a cue word in the name implies: the head of an English name, the last cue before "of"."""
    cut = next((i for i, t in enumerate(tokens) if t.lower() in ("of", "for")), len(tokens))
    if cut < len(tokens) and _kind_of(tokens[:cut]) is not None:
        tokens = tokens[:cut]  # "Agency for Atomic Energy", "Bank of China": the head comes first
    kind = None
    for tok in tokens:
        low = tok.lower().rstrip(".")
        if low in COMPANY_CUES or tok.lower() in COMPANY_CUES:
            kind = "company"
        elif low in ORG_CUES:
            kind = "organization"
        elif low in PLACE_CUES:
            kind = "place"
        elif low in PROJECT_CUES:
            kind = "project"
        elif low in OTHER_CUES:
            kind = "other"
    return kind


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Return runs of capitalised tokens (joined by single spaces or connector words) within [start, end)."""
    runs: list[list[tuple[int, int]]] = []
    for m in _RUN.finditer(text, start, end):
        run: list[tuple[int, int]] = []
        for t in _TOKEN.finditer(text, m.start(), m.end()):
            s, e = t.start(), t.end()
            if text[e - 1] == "." and not re.fullmatch(r"(?:[A-Z]\.)+", text[s:e]):
                e -= 1
            possessive = text[e - 2 : e] in ("'s", "’s") and e - s > 3
            if possessive:
                e -= 2
            run.append((s, e))
            if possessive:  # "China's Jiangsu Province": the possessor is a name of its own
                runs.append(run)
                run = []
        if run:
            head = _LOWER_HEAD.match(text, run[-1][1])
            if head and ("-" in text[run[0][0] : run[-1][1]]) == (head.group(1) not in _PLACE_HEADS):
                run.append(head.span(1))
            runs.append(run)
    return runs


_PLACE_HEADS = frozenset({"region", "province", "oblast", "district"})


def _person_cue(text: str, start: int, end: int, prev: str) -> bool:
    """Return True when the context says the name is a person's (title or relation before, speech after)."""
    if (
        prev in TITLES
        or prev in PERSON_BEFORE
        or re.search(r"[,.!?][”\"»]\s*$", text[max(0, start - 4) : start])
    ):
        return True  # a title or relation before, or the speaker after a closing quote
    after = text[end : end + 40]
    m = re.match(r"\s*(?:,\s*)?([a-z]+)", after)
    if m and m.group(1) in SPEECH:
        return True
    return bool(ROLE_AFTER.match(after))


def _sentence_runs(
    text: str, sentences: list[tuple[int, int]]
) -> Iterator[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Yield (sentence, run) for every run of capitalised tokens, cut at sentence ends (one regex pass)."""
    starts = [s for s, _ in sentences] or [0]
    for run in _runs(text, 0, len(text)):
        group: list[tuple[int, int]] = []
        current = -1
        for tok in run:
            i = bisect_right(starts, tok[0]) - 1
            if i != current and group:
                yield (sentences[current] if current >= 0 else (0, len(text))), group
                group = []
            current = i
            group.append(tok)
        if group:
            yield (sentences[current] if 0 <= current < len(sentences) else (0, len(text))), group


ROLE_WORDS = TITLES | frozenset(
    _words("""foreign prime first former acting executive special permanent chief""")
)


def _split_run(text: str, run: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split a run at role words followed by a name ("Chinese President Xi Jinping" -> "Xi Jinping")."""
    words = [text[s:e].lower().rstrip(".") for s, e in run]
    parts: list[list[tuple[int, int]]] = [[]]
    for i, tok in enumerate(run):
        nxt = words[i + 1] if i + 1 < len(run) else None
        if words[i] in TITLES and nxt is not None and nxt not in CONNECTORS:
            parts.append([])
        elif words[i] in ("and", "&") and nxt is not None:
            right = words[i + 1 :]
            # keep "Belt and Road Initiative", "Hydro & Nuclear Power": one word before, a short cued name after
            keep = words[i] == "&" or (
                len(parts[-1]) == 1 and len(right) <= 2 and _kind_of(right[-1:]) is not None
            )
            if keep:
                parts[-1].append(tok)
            else:
                parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


_WHOLE_KINDS = frozenset({"organization", "company", "project"})


def _tail_kind(words: list[str]) -> str | None:
    """Return the kind of the name after an "of" when it has a head of its own (organization or company)."""
    if len(words) < 2 or (words[0].lower() == "the" and len(words) < 3):
        return None
    kind = _kind_of(words)
    return kind if kind in ("organization", "company") else None


def _latin_run(
    text: str,
    run: list[tuple[int, int]],
    s0: int,
    headline: bool,
    covered: bytearray,
    kb_kinds: dict[int, str],
    out: list[Candidate],
) -> None:
    """Add the new name(s) in one run of capitalised words (a cued name whole, else its uncovered parts)."""
    words = [text[s:e] for s, e in run]
    lead = 0
    while lead < len(run) and (
        words[lead].lower().rstrip(".") in LEADING_STOP or words[lead].lower() in ROLE_WORDS
    ):
        lead += 1
    while lead < len(run) and words[lead].lower() in CONNECTORS:
        lead += 1
    run, words = run[lead:], words[lead:]
    while run and (
        words[-1].lower() in CONNECTORS or words[-1].lower() in NOT_NAMES or words[-1].lower() in TITLES
    ):
        run, words = run[:-1], words[:-1]
    if not run or headline:
        return
    start, end = run[0][0], run[-1][1]
    free = [
        i for i, (s, e) in enumerate(run) if any(not covered[j] and text[j].isalpha() for j in range(s, e))
    ]
    kind = _kind_of([words[i] for i in free])
    has_kb = len(free) < len(run)
    named = [i for i in free if words[i][:1].isupper() and words[i].lower() not in CONNECTORS]
    if kind and len(run) >= 2 and named:
        known = [i for i, (s, _) in enumerate(run) if kb_kinds.get(s) in _WHOLE_KINDS]
        if known and known[0] > 0:
            # "Council of Heads of State of the SCO": a body of a known organization; keep what follows "of"
            of = max((i for i in range(known[0]) if words[i].lower() == "of"), default=None)
            if of is not None:
                _latin_run(text, run[of + 1 :], s0, headline, covered, kb_kinds, out)
            return
        of = next((i for i, w in enumerate(words) if w.lower() == "of" and _tail_kind(words[i + 1 :])), None)
        if of is not None:  # "Conference of the Valdai Discussion Club": two names, each with its own head
            if of >= 2:
                _latin_run(text, run[:of], s0, headline, covered, kb_kinds, out)
            _latin_run(text, run[of + 1 :], s0, headline, covered, kb_kinds, out)
            return
        name = " ".join(words_between(text, start, end))
        out.append(Candidate(start, end, name, kind, replaces_kb=has_kb))
        if kind == "project" and "-" in text[start:end]:
            _route_places(text, start, end, covered, out)
        return
    # split into the stretches not covered by KB names
    part: list[int] = []
    for i in [*range(len(run)), None]:
        if i is not None and i in free:
            part.append(i)
            continue
        while part and words[part[-1]].lower() in CONNECTORS:
            part.pop()
        while part and (
            words[part[0]].lower() in CONNECTORS or words[part[0]].lower().rstrip(".") in LEADING_STOP
        ):
            part.pop(0)
        if part and not (
            i is not None and kb_kinds.get(run[i][0]) == "person"
        ):  # not "Vladimir V." of a KB name
            _no_cue(text, run[part[0]][0], run[part[-1]][1], s0, headline, out)
        part = []


_NOT_PLACES = frozenset(_words("trans pan sino euro afro indo north south east west central new old great"))


def _route_places(text: str, start: int, end: int, covered: bytearray, out: list[Candidate]) -> None:
    """Add the unknown places of a hyphenated route name ("Termez-Naibabad-Logar railway") as new places."""
    for comp in re.finditer(r"\w+(?:-\w+)+", text[start:end]):
        parts = list(re.finditer(r"[^\W\d_]+", comp.group()))
        if any(p.group().lower() in _NOT_PLACES or not p.group()[:1].isupper() for p in parts):
            continue
        for p in parts:
            s, e = start + comp.start() + p.start(), start + comp.start() + p.end()
            if not any(covered[s:e]) and len(p.group()) >= 3:
                out.append(Candidate(s, e, p.group(), "place"))


def words_between(text: str, start: int, end: int) -> list[str]:
    """Return the whitespace-separated words of a span (the name with line breaks folded)."""
    return text[start:end].split()


def _no_cue(text: str, start: int, end: int, sent_start: int, headline: bool, out: list[Candidate]) -> None:
    """Add a name without a kind cue word, when the context makes it a person, a place or an acronym."""
    surface = text[start:end]
    words = surface.split()
    low = [w.lower().rstrip(".") for w in words]
    if any(w in NOT_NAMES for w in low) or headline:
        return
    prev = _word_before_raw(text, start)
    initial = start == sent_start or text[sent_start:start].strip() in ('"', "“", "«", "(")
    if len(words) == 1:
        w = words[0]
        letters = re.sub(r"[^A-Za-z]", "", w)
        if len(letters) >= 2 and letters.isupper() and w not in ACRONYM_STOP and len(w) <= 6:
            credit = (
                text[max(0, start - 3) : start].strip() in ("—", "–", "-", "/", "(")
                or text[end : end + 1] == ")"
            )
            if not credit and not (initial and re.match(r"\s*,", text[end : end + 2])):
                out.append(Candidate(start, end, w, "organization"))
            return
        if initial or len(w) < 3:
            return
        if prev in TITLES:
            out.append(Candidate(start, end, w, "person"))
        elif prev in {"in", "to", "from", "near", "via", "through", "across", "outside"}:
            out.append(Candidate(start, end, w, "place"))
        else:
            out.append(Candidate(start, end, w, "other"))
        return
    if len(words) > 5:
        return
    if _person_cue(text, start, end, prev) and len(words) <= 4:
        out.append(Candidate(start, end, " ".join(words), "person"))
    elif not initial:
        out.append(Candidate(start, end, " ".join(words), "other"))


def _word_before_raw(text: str, start: int) -> str:
    m = re.search(r"([\w.'’-]+)[\s,]*$", text[max(0, start - 40) : start])
    return m.group(1).lower().rstrip(".") if m else ""


def _cyrillic_run(
    text: str,
    run: list[tuple[int, int]],
    s0: int,
    covered: bytearray,
    kb_kinds: dict[int, str],
    out: list[Candidate],
) -> None:
    """Add a Russian person name (first name + surname, by pymorphy3 name tags) or place name in one run."""
    if any(kb_kinds.get(s) == "person" for s, _ in run):
        return  # the first name of a known person ("Касым-Жомарта Токаева")
    run = [(s, e) for s, e in run if not any(covered[s:e]) and russian.has_cyrillic(text[s:e])]
    if not run:
        return
    words = [text[s:e] for s, e in run]
    if 2 <= len(words) <= 3:
        tags = [russian.person_tags(w) for w in words]
        if "Name" in tags[0] and ({"Surn", "Surn?"} & tags[-1]):
            name = " ".join(russian.nominative(w) for w in words)
            out.append(Candidate(run[0][0], run[-1][1], name, "person"))
            return
    if len(words) == 1 and run[0][0] != s0 and "Geox" in russian.person_tags(words[0]):
        out.append(Candidate(run[0][0], run[0][1], russian.nominative(words[0]), "place"))


def _surname_mentions(text: str, covered: bytearray, cands: list[Candidate]) -> list[Candidate]:
    """Return mentions of a new person's surname alone, after the full name was found."""
    extra: list[Candidate] = []
    for c in cands:
        if c.kind != "person" or " " not in c.name:
            continue
        surname = text[c.start : c.end].split()[-1]
        if len(surname) < 3:
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-]|['’][a-rt-z])", text):
            if any(covered[m.start() : m.end()]) or any(o.start <= m.start() < o.end for o in cands + extra):
                continue
            extra.append(Candidate(m.start(), m.end(), c.name, "person"))
    return extra


def find_new_names(
    text: str, sentences: list[tuple[int, int]], covered: bytearray, kb_kinds: dict[int, str]
) -> list[Candidate]:
    """Return the candidates for names the KB lacks, with kinds and ids unified per name, in text order."""
    cands: list[Candidate] = []
    headlines: dict[int, bool] = {}
    for (s0, e0), whole in _sentence_runs(text, sentences):
        if russian.has_cyrillic(text[whole[0][0] : whole[-1][1]]):
            _cyrillic_run(text, whole, s0, covered, kb_kinds, cands)
            continue
        if s0 not in headlines:
            headlines[s0] = _title_case_line(text, s0, e0)
        for run in _split_run(text, whole):
            _latin_run(text, run, s0, headlines[s0], covered, kb_kinds, cands)
    persons = [c for c in cands if c.kind == "person"]
    singles = {c.start: c for c in cands if c.kind != "person" and " " not in c.name}
    surnames = _surname_mentions(text, covered, persons)
    taken = {c.start for c in surnames}
    cands = [c for c in cands if not (c.start in taken and c.start in singles)] + surnames
    kinds: dict[str, str] = {}
    for c in cands:
        key = c.name.lower()
        if kinds.get(key, "other") == "other":
            kinds[key] = c.kind
    for c in cands:
        c.kind = kinds[c.name.lower()]
        c.id = f"new:{c.kind}:{slug(c.name)}"
    cands.sort(key=lambda c: c.start)
    return cands


_PART_KINDS = frozenset({"place", "person", "project", "other"})  # KB names that a longer new name absorbs


def _merge(kb: list[Hit], new: list[Candidate], gaz: Gazetteer) -> tuple[list[Hit], dict[str, Candidate]]:
    """Merge KB hits and new-name candidates: a new name containing KB hits replaces all but the countries."""
    out: list[Hit] = []
    first: dict[str, Candidate] = {}
    dropped: set[int] = set()
    for cand in new:
        if cand.kind == "place" and any(
            o.start <= cand.start and cand.end <= o.end and o is not cand for o in new
        ):
            out.append(Hit(cand.start, cand.end, cand.id, "new"))  # a place inside a route name
            first.setdefault(cand.id, cand)
            continue
        inside = [i for i, h in enumerate(kb) if h.start >= cand.start and h.end <= cand.end]
        overlaps = [
            i for i, h in enumerate(kb) if h.start < cand.end and h.end > cand.start and i not in inside
        ]
        if overlaps or (inside and not cand.replaces_kb):
            continue
        parts = _PART_KINDS - {"place"} if cand.kind == "project" else _PART_KINDS
        if cand.kind != "other":
            dropped.update(i for i in inside if gaz.entities[kb[i].entity_id].kind in parts)
        first.setdefault(cand.id, cand)
        out.append(Hit(cand.start, cand.end, cand.id, "new"))
    out.extend(h for i, h in enumerate(kb) if i not in dropped)
    out.sort(key=lambda h: (h.start, -h.end))
    return out, first


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9}(?:\s[A-Z]{2,6})?)\)")


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
            if surface[:1].islower() or any(k.start <= h.start and h.end <= k.end for k in kb):
                continue
            before = next(
                (k for k in kb if 0 <= h.start - k.end <= 1 and not text[k.end : h.start].strip()), None
            )
            if before and surface in gaz.entities[before.entity_id].name.split():
                before.end = h.end
                continue
        out.append(h)
    return out


def find_entities(
    text: str, sentences: list[tuple[int, int]] | None = None, *, gazetteer: Gazetteer | None = None
) -> tuple[dict[str, Entity], list[Mention]]:
    """Return the entities of `text` (id -> Entity, in order of first mention) and all mentions in text order."""
    gaz = gazetteer or load_gazetteer()
    if sentences is None:
        sentences = split_sentences(text)
    skipped: list[tuple[int, int]] = []
    kb = link_kb(text, gaz, sentences, skipped)
    covered = bytearray(len(text) + 1)
    for start, end in [(h.start, h.end) for h in kb] + skipped:
        covered[start:end] = b"\x01" * (end - start)
    kb_kinds = {}
    for h in kb:  # the kind of the KB name at each token start, for the new-name pass
        kb_kinds[h.start] = gaz.entities[h.entity_id].kind
        for m in re.finditer(r"\s\S", text[h.start : h.end]):
            kb_kinds[h.start + m.start() + 1] = gaz.entities[h.entity_id].kind
    new = find_new_names(text, sentences, covered, kb_kinds)
    hits, new_info = _merge(kb, new, gaz)
    hits = _add_acronyms(text, hits, _acronym_links(text, hits))
    hits = _drop_stray_new(text, hits, new_info, gaz)
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for h in hits:
        surface = text[h.start : h.end]
        ent = entities.get(h.entity_id)
        if ent is None:
            if h.entity_id in new_info:
                cand = new_info[h.entity_id]
                ent = Entity(id=cand.id, name=cand.name, kind=cand.kind, aliases=[], is_new=True)
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


__all__ = ["Hit", "find_entities", "link_kb", "slug"]
