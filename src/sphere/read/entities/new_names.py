"""Propose the names a document holds that the knowledge base lacks, each with a guessed kind.

Runs of capitalised tokens (joined by connector words: "Bank of China", "Belt and Road") not covered by KB
mentions are candidate names. The kind comes from cue words (`sphere.read.entities.candidates`: "Ministry"/"Bank"
for organizations, "LLC"/"Corp" for companies, "Province"/"Sea" for places, "Railway"/"Corridor" for projects,
"Summit"/"Treaty" for other) or from the context of a person (`sphere.read.entities.persons`: titles and speech
verbs; Russian person names by pymorphy3 name tags); a cued name that contains KB names, such as "Chinese
Ministry of Foreign Affairs", is kept whole (`replaces_kb`). Headline-like lines give no names. Names marked by a
type word, quotation marks or a reporting verb (routes, Russian ministries, quoted firms, credited outlets) come
from `sphere.read.entities.typed_names`. A run keeps the numeral of a numbered work ("Kambarata HPP 1", "Unit 2":
`sphere.read.entities.numbered`), a body's name its fields, parent and list of fields while its holder is cut
off (`sphere.read.entities.bodies`), and a name without a cue word gets its kind from its context
(`sphere.read.entities.uncued`). `find_new_names` runs them all, lets a new person's surname alone follow the
full name, and unifies kinds and ids per name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from sphere.read import russian
from sphere.read.entities.bodies import (
    ROLE_WORDS,
    body_fields,
    body_head,
    comma_fields,
    field_only,
    generic_name,
    holder_start,
    known_plus_generic,
    no_body_name,
    plural_title,
    tail_kind,
)
from sphere.read.entities.candidates import (
    CONNECTORS,
    GENERIC_WORDS,
    LEADING_STOP,
    NOT_NAMES,
    STATE_BODIES,
    Candidate,
    has_free_letter,
    kind_of,
    slug,
    split_words,
)
from sphere.read.entities.linking import TITLES
from sphere.read.entities.numbered import numeral_after, part_numbered, plant_head
from sphere.read.entities.persons import (
    coordinated_persons,
    cyrillic_run,
    repeated_surname_persons,
    role_compound,
    suffix_persons,
    surname_mentions,
)
from sphere.read.entities.typed_names import (
    domain_outlets,
    quoted_names,
    route_names,
    route_places,
    ru_credits,
    ru_lines,
    ru_ministries,
    turkic_bodies,
)
from sphere.read.entities.uncued import no_cue

__all__ = ["CYRILLIC_CUE_LANGUAGES", "find_new_names", "generic_name"]


_UPPER = "A-ZА-ЯЁÀ-ÖØ-Þ" + "".join(
    chr(c)
    for c in [*range(0x100, 0x250), *range(0x400, 0x530)]
    if chr(c).isupper() and not "А" <= chr(c) <= "Я"
)  # Latin Extended, and Cyrillic beyond Russian's (Kazakh "Қ", "Ө", "Ұ", "Ү", "І", Uzbek "Ў")
_CAP = rf"(?:Co\.|Corp\.|Inc\.|Ltd\.|Jr\.|(?:[A-Z]\.){{2,}}|[A-Z]\.(?= [A-Z])|[{_UPPER}][\w&'’-]*(?:\.\w[\w&'’-]*)*)"
_CONN = r"(?:of|the|and|for|de|del|da|du|dos|la|le|bin|al|von|der|van|&)"
_JOIN = r"(?:(?: (?:of|for|für|de|del|da|du|dos|la|le|bin|al|von|der|van)){1,2}(?: the| die| das)?| and| und| &| the)?"
# lower-case head nouns that end a name begun in capitals ("Sugd region", "Trans-Afghan railway")
_LOWER_HEAD = re.compile(
    r" (?:(?:gold|copper|coal|gas|oil|uranium|iron|lithium|tungsten|silver|zinc|lead|ore) )?"  # "Kumtor gold deposit"
    r"(region|province|oblast|district|railway|railroad|pipeline|corridor|route|highway|canal|deposit|field|"
    r"mine|dam)\b"
)
# every alternative of _CAP opens with an upper-case letter: the lookahead rejects other positions at once
_RUN = re.compile(rf"(?=[{_UPPER}]){_CAP}(?:{_JOIN} {_CAP}|,? (?:Ltd|Inc|LLC|LLP|JSC)\b\.?)*")
_TOKEN = re.compile(rf"{_CAP}|\b{_CONN}\b|(?<=\s)&")


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_GLUED_TITLE = re.compile(r"(?:[^\W\d_][^\W\d_]{1,3}\.)+(?=[^\W\d_]{3})")


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Return True for a headline-like sentence: three or more words, nearly all capitalised (or all caps)."""
    words = [w for w in _WORD.findall(text, start, end) if len(w) > 3]
    if len(words) < 3:
        return False
    if len(words) > 12 and text[start:end].rstrip()[-1:] in ".!?…":
        return False  # a long sentence ending in a full stop is body text, however many names it holds
    return sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)


_CASE_AFTER_APOSTROPHE = re.compile(r"(?<=\w{3})['’][a-zçğıöşü]{1,4}$")


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Return runs of capitalised tokens (joined by single spaces or connector words) within [start, end)."""
    runs: list[list[tuple[int, int]]] = []
    for m in _RUN.finditer(text, start, end):
        run: list[tuple[int, int]] = []
        # a run without a space is one token (as _TOKEN would find it); else tokenise it
        tokens = [m.span()] if " " not in m.group() else [t.span() for t in _TOKEN.finditer(text, *m.span())]
        for s, e in tokens:
            glued = _GLUED_TITLE.match(text, s, e)
            if glued:  # "Doç.Dr.Tahir", "Prof.Dr.Ahmet": an academic title written onto the name
                s = glued.end()
            if text[e - 1] == "." and not _INITIALS.fullmatch(text, s, e):
                e -= 1
            possessive = text[e - 2 : e] in ("'s", "’s") and e - s > 3
            if possessive:
                e -= 2
            run.append((s, e))
            # "China's Jiangsu Province": the possessor is a name of its own; so is a name with a Turkish
            # case ending after an apostrophe ("Özbekistan'ın Türk Konseyi'ne": the genitive ends a name)
            if possessive or _CASE_AFTER_APOSTROPHE.search(text, s, e):
                runs.append(run)
                run = []
        if run:
            num = numeral_after(text, run)
            if num:  # "Unit 2", "Kambarata HPP 1", "Kambarata 1 hydroelectric power plant": the number is the name's
                run.append(num)
            plant = plant_head(text, run[-1][1])
            if plant:
                run.extend(plant)
                runs.append(run)
                continue
            head = _LOWER_HEAD.match(text, run[-1][1])
            hyphen = "-" in text[run[0][0] : run[-1][1]]
            if head and (head.group(1) in _NAMED_HEADS or hyphen == (head.group(1) not in _PLACE_HEADS)):
                run.append(head.span(1))
            runs.append(run)
    return runs


_PLACE_HEADS = frozenset({"region", "province", "oblast", "district"})
_NAMED_HEADS = frozenset({"canal", "deposit", "field", "mine", "dam"})  # "Qosh Tepa canal", "Karaoba deposit"


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


def _split_run(
    text: str, run: list[tuple[int, int]], kb_kinds: dict[int, str] | None = None
) -> list[list[tuple[int, int]]]:
    """Split a run at role words followed by a name ("Chinese President Xi Jinping" -> "Xi Jinping") and at
    "and" between names, except inside a body's fields ("Ministry of Industry and Infrastructure Development")."""
    words = [text[s:e].lower().rstrip(".") for s, e in run]
    parts: list[list[tuple[int, int]]] = [[]]
    for i, tok in enumerate(run):
        nxt = words[i + 1] if i + 1 < len(run) else None
        if words[i] in TITLES and nxt is not None and nxt not in CONNECTORS:
            if i and words[i - 1] in (
                "of",
                "the",
            ):  # "Cabinet of Ministers" + a name: the title ends a body's name
                parts[-1].append(tok)
            parts.append([])
        elif words[i] in ("and", "&", "und") and nxt is not None:
            right = words[i + 1 :]
            # keep "Belt and Road Initiative", "Hydro & Nuclear Power": one word before, a short cued name after
            keep = (
                words[i] == "&"
                or (
                    len(parts[-1]) == 1
                    and len(right) <= 2
                    and kind_of(right[-1:]) is not None
                    and not (kb_kinds or {}).get(parts[-1][0][0])  # "Tashkent and Tsinghua University": two
                )
                or body_fields(parts[-1], run[i + 1 :], words, i, kb_kinds or {})
            )
            if keep:
                parts[-1].append(tok)
            else:
                parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


_LEGAL_FORM = frozenset(
    split_words("joint stock joint-stock company limited liability open closed public private")
)
_WHOLE_KINDS = frozenset({"organization", "company", "project"})


_CALENDAR = frozenset(
    split_words(
        """monday tuesday wednesday thursday friday saturday sunday january february march april june july august
        september october november december"""
    )
)


def _latin_run(
    text: str,
    run: list[tuple[int, int]],
    s0: int,
    covered: bytearray,
    kb_kinds: dict[int, str],
    out: list[Candidate],
) -> None:
    """Add the new name(s) in one run of capitalised words (a cued name whole, else its uncovered parts)."""
    words = [text[s:e] for s, e in run]
    lead = 0
    while lead < len(run) and (
        words[lead].lower().rstrip(".") in LEADING_STOP
        or words[lead].lower() in ROLE_WORDS
        or (lead + 2 < len(run) and role_compound(words[lead]))  # "US-Senators Robert Menendez"
    ):
        if lead + 1 < len(run) and words[lead].lower() in ROLE_WORDS and kind_of(words[lead + 1 : lead + 2]):
            break  # "Foreign Ministry", "Executive Committee": the word names the body, no one's role
        lead += 1
    while lead < len(run) and (words[lead].lower() in CONNECTORS or words[lead].lower() in _CALENDAR):
        lead += 1  # "On Monday the Ministry of ...": the day is no part of the name
    role = any(w.lower() in ROLE_WORDS for w in words[:lead])
    role_of = role and words[lead - 1].lower() in (
        "of",
        "the",
    )  # "Vice Minister of Ecology Serikkali Brekeshev"
    run, words = run[lead:], words[lead:]
    if len(run) > 2 and run[0][0] == s0 and words[1].lower() == "the" and kind_of(words[2:]):
        run, words = (
            run[2:],
            words[2:],
        )  # "Once the Kambarata Hydropower Project 1": the opening word is no name's
    while run and (
        words[-1].lower() in CONNECTORS
        or words[-1].lower() in NOT_NAMES
        or (words[-1].lower() in TITLES and not plural_title(words))
    ):
        run, words = run[:-1], words[:-1]
    if not run or all(w.lower() in _LEGAL_FORM for w in words):
        return  # "Joint Stock Company" alone is a legal form, not a name
    start, end = run[0][0], run[-1][1]
    free = [i for i, (s, e) in enumerate(run) if has_free_letter(text, covered, s, e)]
    kind = "project" if part_numbered(words) else kind_of([words[i] for i in free])
    has_kb = len(free) < len(run)
    named = [i for i in free if words[i][:1].isupper() and words[i].lower() not in CONNECTORS]
    if kind and len(run) >= 2 and named:
        if no_body_name(words):
            return  # "Decree of the Government"
        holder = (
            holder_start(words, [kb_kinds.get(s) for s, _ in run], [i in free for i in range(len(run))])
            if role
            else None
        )
        if (
            holder is not None
        ):  # "[Director of the] Satpayev Institute ... Murat Omirserikov": body, then holder
            if not (role_of and field_only(words[:holder])):  # "[Minister of] Energy X Y": a field, no body
                _latin_run(text, run[:holder], s0, covered, kb_kinds, out)
            if holder in free:
                out.append(Candidate(run[holder][0], run[-1][1], " ".join(words[holder:]), "person"))
            return
        if role_of and field_only(words):
            return  # "[Minister of] Natural Resources, Ecology and Technical Supervision": the role's field
        known = [i for i, (s, _) in enumerate(run) if kb_kinds.get(s) in _WHOLE_KINDS]
        if known and known[0] == 0 and kb_kinds.get(run[0][0]) == "organization":
            nxt = next((w for i, w in enumerate(words) if kb_kinds.get(run[i][0]) is None), "")
            if nxt.lower() in STATE_BODIES:
                return  # "SCO Council of Ministers of Foreign Affairs": a body of the known organization
        if known and known[0] > 0:
            # "Council of Heads of State of the SCO": a body of a known organization; keep what follows "of"
            of = max((i for i in range(known[0]) if words[i].lower() == "of"), default=None)
            if of is not None:
                _latin_run(text, run[of + 1 :], s0, covered, kb_kinds, out)
            return
        of = next(
            (
                i
                for i, w in enumerate(words)
                if w.lower() in ("of", "der", "des")
                and tail_kind(words[i + 1 :])
                and not (body_head(words[:i]) and body_head(words[i + 1 :]))
            ),
            None,
        )
        if of is not None:  # "Conference of the Valdai Discussion Club": two names, each with its own head
            if of >= 2:
                _latin_run(text, run[:of], s0, covered, kb_kinds, out)
            _latin_run(text, run[of + 1 :], s0, covered, kb_kinds, out)
            return
        if not has_kb and generic_name([words[i] for i in named]):
            return  # "State Committee", "Central Bank", "Natural Resources": a common noun phrase, no name
        if has_kb and known_plus_generic(text, run, free, words, kb_kinds):
            return  # "Rosatom Corporation": the known company with a generic word; the KB mention stands
        name = " ".join(words_between(text, start, end))
        out.append(Candidate(start, end, name, kind, replaces_kb=has_kb))
        if kind == "project" and "-" in text[start:end]:
            route_places(text, start, end, covered, out)
        return
    if role_of and not kind and len(run) >= 3 and all(i in free for i in (len(run) - 2, len(run) - 1)):
        holder = holder_start(words, [None] * len(run), [True] * len(run))
        if holder is not None:  # the field of the role, then its holder
            out.append(Candidate(run[holder][0], end, " ".join(words[holder:]), "person"))
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
            no_cue(text, run[part[0]][0], run[part[-1]][1], s0, out)
        part = []


def words_between(text: str, start: int, end: int) -> list[str]:
    """Return the whitespace-separated words of a span (the name with line breaks folded)."""
    return text[start:end].split()


CYRILLIC_CUE_LANGUAGES = frozenset({"kk", "ky"})
_NEVER_SURNAMES = NOT_NAMES | GENERIC_WORDS | LEADING_STOP | ROLE_WORDS
_SUFFIX = re.compile(
    r"['’]([^\W\d_]+)$"
)  # a Turkish case ending written after an apostrophe ("Kahramanmaraş'ta")


def _trim_suffixes(text: str, cands: list[Candidate], language: str | None) -> None:
    """Cut the case ending off names in languages that write it after an apostrophe; a single word with a
    locative, dative or ablative ending and no kind of its own is a place ("Kahramanmaraş'ta")."""
    from sphere.read.entities.inflection import place_case

    for c in cands:
        m = _SUFFIX.search(text, c.start, c.end)
        if not m or m.group(1).lower() == "s":
            continue
        c.end = m.start()
        c.name = " ".join(text[c.start : c.end].split())
        if c.kind == "other" and " " not in c.name and place_case(language, text[m.start() : m.end()]):
            c.kind = "place"


_LEGAL_TAIL = frozenset(split_words("co co. ltd ltd. llc llp inc inc. corp corp. plc jsc gmbh ag"))


def _without_legal_form(name: str) -> str:
    """Return a firm's name without the legal form after it ("Huaken Dairy Group Co ltd" -> "Huaken Dairy
    Group"), as firms are named in running text; a name that would be left a bare cue word keeps it."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in _LEGAL_TAIL:
        words.pop()
    if words and words[-1].endswith(","):
        words[-1] = words[-1].rstrip(",")
    if len(words) == 1 and kind_of(words) is not None:
        return name
    return " ".join(words) if len(words) < len(name.split()) else name


def find_new_names(
    text: str,
    sentences: list[tuple[int, int]],
    covered: bytearray,
    kb_kinds: dict[int, str],
    language: str | None = None,
) -> list[Candidate]:
    """Return the candidates for names the KB lacks, with kinds and ids unified per name, in text order.

    `language` (ISO 639-1) cuts case endings written after an apostrophe (Turkish, Azerbaijani) and lets
    a surname alone carry them.
    """
    cands: list[Candidate] = []
    headlines: dict[int, bool] = {}
    cyrillic = russian.has_cyrillic(text)  # else no run can have any
    own_cues = (language or "")[:2] in CYRILLIC_CUE_LANGUAGES  # Kazakh: its own cue words, not Russian's
    for (s0, e0), whole in comma_fields(text, list(_sentence_runs(text, sentences)), kb_kinds):
        if cyrillic and not own_cues and russian.has_cyrillic(text[whole[0][0] : whole[-1][1]]):
            cyrillic_run(text, whole, s0, covered, kb_kinds, cands)
            continue
        if not any(has_free_letter(text, covered, s, e) for s, e in whole):
            continue  # a run of KB names alone gives no new names
        found: list[Candidate] = []
        for run in _split_run(text, whole, kb_kinds):
            _latin_run(text, run, s0, covered, kb_kinds, found)
        if found and s0 not in headlines:  # asked only when it matters
            headlines[s0] = _title_case_line(text, s0, e0)
        if found and not headlines[s0]:  # a headline-like line gives no new names
            cands.extend(found)
    route_names(text, covered, kb_kinds, cands)
    if cyrillic:
        ru_ministries(text, covered, kb_kinds, cands)
        ru_lines(text, cands)
        ru_credits(text, covered, cands)
    domain_outlets(text, covered, cands)
    if (language or "")[:2] in ("uz", "kk", "ky"):
        turkic_bodies(text, covered, cands)
    quoted_names(text, covered, cands)
    apostrophe = (language or "")[:2] in ("tr", "az")
    if apostrophe:
        _trim_suffixes(text, cands, language)
    repeated_surname_persons(text, covered, cands, _NEVER_SURNAMES)
    suffix_persons(cands, _NEVER_SURNAMES)
    persons = [c for c in cands if c.kind == "person"]
    singles = {c.start: c for c in cands if c.kind != "person" and " " not in c.name}
    surnames = surname_mentions(text, covered, persons, apostrophe)
    taken = {c.start for c in surnames}
    cands = [c for c in cands if not (c.start in taken and c.start in singles)] + surnames
    coordinated_persons(text, kb_kinds, cands)
    full: dict[str, set[str]] = {}
    for c in cands:
        if c.kind == "person" and " " in c.name:
            full.setdefault(c.name.split()[-1], set()).add(c.name)
    for c in cands:  # "Министр Шаққалиев" after "Арман Шаққалиев", "Voskuijlen" alone: the same person
        if c.kind in ("person", "other") and " " not in c.name and len(full.get(c.name, ())) == 1:
            c.name, c.kind = next(iter(full[c.name])), "person"
    for c in cands:  # "Hong Kong-based Sunwah Group": the place before "-based" is no part of the name
        based = re.search(r"-based\s+", text[c.start : c.end])
        if based and c.kind in ("company", "organization"):
            c.start += based.end()
            c.name = " ".join(text[c.start : c.end].split())
    for c in cands:
        if c.kind == "company":
            c.name = _without_legal_form(c.name)
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
