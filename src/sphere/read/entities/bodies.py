"""Where the name of a body ends: state bodies, their fields and parents, and the people who head them.

"Ministry of Energy of Kazakhstan" is one organization (an "of" before a field word such as "Energy" opens no
firm of its own), as is a body of a body ("Agency for Atomic Energy of the Cabinet of Ministers of the Republic of
Uzbekistan") and a name ending in a plural title ("Cabinet of Ministers"); "Conference of the Valdai Discussion
Club" is two names, each with its own head. A bare "the Cabinet" or "Decree of the Government" names no body, a
generic phrase ("State Committee") names none either, and a known firm with a generic word ("Rosatom
Corporation") is the known firm. After a role, the capitalised words ending a body's name are its holder
("Director of the Satpayev Institute of Geological Sciences Murat Omirserikov").
"""

from __future__ import annotations

import re
from itertools import pairwise

from sphere.read.entities.candidates import (
    FIELD_WORDS,
    GENERIC_WORDS,
    STATE_BODIES,
    kind_of,
    split_words,
)
from sphere.read.entities.linking import TITLES

__all__ = [
    "COMMON_BODIES",
    "ROLE_WORDS",
    "body_fields",
    "body_head",
    "comma_fields",
    "field_only",
    "generic_name",
    "holder_start",
    "known_plus_generic",
    "no_body_name",
    "plural_title",
    "tail_kind",
]

ROLE_WORDS = TITLES | frozenset(
    split_words("""foreign prime first former acting executive special permanent chief""")
)
"""Titles and the words that qualify them ("Foreign", "Prime", "Acting"): a role before a name."""

COMMON_BODIES = frozenset(split_words("interior treasury presidency government cabinet"))
"""Bodies a text names by a common noun after "the" ("the Cabinet", "the Interior"): no names."""


def body_head(words: list[str]) -> bool:
    """Return True when a name's head (its words before "of"/"for") is a state body ("Agency for Atomic Energy",
    "the Cabinet of Ministers"): a body of a body is one name ("Agency ... of the Cabinet of Ministers")."""
    own = words[1:] if words and words[0].lower() == "the" else words
    own = own[: next((i for i, w in enumerate(own) if w.lower() in ("of", "for")), len(own))]
    return any(w.lower() in STATE_BODIES for w in own)


def plural_title(words: list[str]) -> bool:
    """Return True when a name ends in a plural title after "of" ("Cabinet of Ministers", "Council of Foreign
    Ministers"): the title is part of the body's name."""
    last = words[-1].lower()
    return (
        len(words) >= 3 and last.endswith("s") and last[:-1] in TITLES and "of" in (w.lower() for w in words)
    )


def tail_kind(words: list[str]) -> str | None:
    """Return the kind of the name after an "of" when it has a head of its own (organization or company)."""
    if len(words) < 2 or (words[0].lower() == "the" and len(words) < 3):
        return None
    own = words[1:] if words[0].lower() == "the" else words
    own = own[: next((i for i, w in enumerate(own) if w.lower() in ("of", "for")), len(own))]
    cues = [w.lower().rstrip(".") for w in own if kind_of([w]) is not None]
    if cues and all(w in FIELD_WORDS for w in cues):
        return None  # "Ministry of Energy of Kazakhstan": the field of a body, no firm of its own
    kind = kind_of(words)
    return kind if kind in ("organization", "company") else None


def generic_name(named: list[str]) -> bool:
    """Return True when a cued name of at most three capitalised words is generic modifiers before a cue word
    ("State Committee", "Central Bank", "Legal Entities Union"): a headed phrase without a proper-name part
    ("Energy Ministry", "Ministry of Natural Resources" and "International Finance Corporation" have one)."""
    if not named or len(named) > 3:
        return False
    low = [w.lower().rstrip(".") for w in named]
    head_ok = low[-1] in GENERIC_WORDS or kind_of(low[-1:]) is not None
    return (
        head_ok
        and all(w in GENERIC_WORDS for w in low[:-1])
        and not any(w.isupper() and len(w) > 1 for w in named)
    )


_GENERIC_TAILS = frozenset(
    split_words("company corporation group holding holdings co co. jsc llc plc ltd inc state national")
)


def known_plus_generic(
    text: str, run: list[tuple[int, int]], free: list[int], words: list[str], kb_kinds: dict[int, str]
) -> bool:
    """Return True when a run is a known company or organization plus generic words only ("Rosatom Corporation",
    "KazMunayGas Group"): the knowledge-base entity is the name."""
    known = [i for i in range(len(run)) if i not in free]
    if not known or any(kb_kinds.get(run[i][0]) not in ("company", "organization") for i in known[:1]):
        return False
    return all(words[i].lower().rstrip(".") in _GENERIC_TAILS for i in free)


_HOLDER_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ'’-]{1,}")


def field_only(words: list[str]) -> bool:
    """Return True when the words after a role's "of" name a field, not a body: no cue word but field words
    ("Energy", "Ecology, Geology and Natural Resources", "Investments, Industry and Trade")."""
    if kind_of(words) == "organization":
        return False  # "Cabinet of Ministers": a body
    return all(w.lower().rstrip(".") in FIELD_WORDS or kind_of([w]) is None for w in words)


def holder_start(words: list[str], kb_kinds: list[str | None], free: list[bool]) -> int | None:
    """Return where the holder's name starts in a body's name read after a role ("[Director of the] Satpayev
    Institute of Geological Sciences Murat Omirserikov", "[Chairman of the] Cabinet of Ministers Akylbek
    Japarov"): a known person at the end, else the last two plain capitalised words after the body's head
    word; None when the name ends with its head or an "of" complement. `kb_kinds` gives each word's
    knowledge-base kind, `free` whether a word is outside knowledge-base names."""
    if len(words) < 3:
        return None
    if kb_kinds[-1] == "person":
        k = len(words) - 1
        while k > 0 and kb_kinds[k - 1] == "person":
            k -= 1
        return k if k > 0 else None
    tail = words[-2:]
    if not all(free[-2:]) or not all(_HOLDER_WORD.fullmatch(w) for w in tail):
        return None
    if any(kind_of([w]) is not None or w.lower() in GENERIC_WORDS for w in tail):
        return None
    if words[-3].lower() in ("of", "for", "and", "the", "&"):
        return None  # "Secretary General of the Organization of Turkic States": the complement ends the name
    return len(words) - 2


def no_body_name(words: list[str]) -> bool:
    """Return True for a document or act "of the" body ("Decree of the Government", "Resolution of the Cabinet"):
    the words before "of" name no body and the body after it is a common noun."""
    low = [w.lower() for w in words]
    if len(low) != 4 or low[1:3] != ["of", "the"]:
        return False
    return kind_of(words[:1]) is None and (low[3] in COMMON_BODIES or low[3] in STATE_BODIES)


def body_fields(
    part: list[tuple[int, int]],
    right: list[tuple[int, int]],
    words: list[str],
    i: int,
    kb_kinds: dict[int, str],
) -> bool:
    """Return True when the "and" at `i` joins two fields of one state body ("Ministry of Industry and
    Infrastructure Development of Kazakhstan", "State Committee for Investments and State Property
    Management"): the name before it is a body with "of"/"for", and the words after it up to the next "of" are
    neither another body nor a known name."""
    before = words[i - len(part) : i]
    body = any(w in STATE_BODIES for w in before) or any(
        w in TITLES and nxt == "of" for w, nxt in pairwise(before)
    )  # a body's fields, or a minister's ("Minister of Energy and Water Resources")
    if not body or not ({"of", "for"} & set(before)):
        return False
    after = words[i + 1 :]
    own = after[: next((k for k, w in enumerate(after) if w in ("of", "for")), len(after))]
    if not own or own[0] in ROLE_WORDS or any(w in STATE_BODIES for w in own):
        return False  # "... Committee and Minister of Foreign Affairs Wang Yi": a role opens another name
    return not any(kb_kinds.get(s) for s, _ in right[: len(own)])


_Span = tuple[int, int]


def comma_fields(
    text: str, runs: list[tuple[_Span, list[_Span]]], kb_kinds: dict[int, str]
) -> list[tuple[_Span, list[_Span]]]:
    """Join a state body's name across the commas of its list of fields ("Ministry of Investments, Industry
    and Trade of Uzbekistan"): a run of a body with "of"/"for" and the next run of the same sentence, after ", ",
    that ends the list with "and" before any other body, role or known name. `runs` are (sentence, tokens)."""
    out: list[tuple[_Span, list[_Span]]] = []
    for sent, run in runs:
        if out and out[-1][0] == sent and text[out[-1][1][-1][1] : run[0][0]] == ", ":
            prev = [text[s:e].lower() for s, e in out[-1][1]]
            words = [text[s:e].lower() for s, e in run]
            own = words[: next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))]
            body = any(w in STATE_BODIES for w in prev) or any(
                w in TITLES and nxt == "of" for w, nxt in pairwise(prev)
            )  # "Ministry of Investments, Industry ...", "Minister of Ecology, Geology ..."
            if (
                body
                and {"of", "for"} & set(prev)
                and prev[-1] not in ("of", "for", "and")
                and "and" in own[1:]
                and not any(w in STATE_BODIES or w in ROLE_WORDS for w in own)
                and not any(kb_kinds.get(s) for s, _ in run[: len(own)])
            ):
                out[-1] = (sent, out[-1][1] + run)
                continue
        out.append((sent, run))
    return out
