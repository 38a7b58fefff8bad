"""Trigger lexicons and cue patterns for PLOVER event extraction in English, Russian, German and Kazakh news text.

The lexicons are data files (`tables/triggers.<lang>.txt`, `tables/cues.<lang>.txt`), one trigger a row: `TYPE  mode  flags :: regex`. The flags say how the participants
of a mention are read: `sym` (symmetric: summits, signed treaties; every participant is an actor), `pers` (a
personal verbal act: a named person stays the actor), `actor`/`recip` (the mention is dropped without one),
`noun` (a nominal trigger: "the summit will be held" is read after it too) and `agent` (the participants after
the trigger are the actors: "with the support of X", "to be built by X"). A regex's named group `t`, when
present, marks the trigger word inside a longer match; `{DOCS}`, `{AID}`, `{COOP}` and `{Wn}` (up to n words)
are shared pieces. The cue tables hold the patterns that decide the PLOVER status of a mention (future,
hypothetical, negated), skip background clauses ("since ...") and help read participants. The functions
at the end read one sentence: its triggers, the status of a mention and the date nearest to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from importlib.resources import files

from sphere.read.dates import find_date_expressions, resolve_relative
from sphere.read.prefilter import PrefixIndex

__all__ = [
    "CUES",
    "TRIGGERS",
    "Cues",
    "Trigger",
    "clause_before",
    "date_expressions",
    "event_date",
    "find_triggers",
    "mention_status",
    "trigger_starts",
]

_FLAGS = re.IGNORECASE
_FIRST_WORD = re.compile(r"\S+")
_OPEN = r"(?<![\w-])(?:"  # a trigger starts a word
_CLAUSE_BREAK = re.compile(r"[;:()—–]|,\s|\s-\s")


_PIECES = {
    "en": {
        "{DOCS}": r"(?:agreements?|treat(?:y|ies)|memorand(?:um|a)|MoUs?|deals?|declarations?|accords?|contracts?|documents?|road\s?maps?|protocols?|charter|conventions?|pacts?|communiqu[eé]s?)\b",
        "{COOP}": r"(?:projects?|terminals?|routes?|corridors?|cent(?:er|re)s?|platforms?|plants?|railways?|lines?|services?|ventures?|compan(?:y|ies)|initiatives?|programm?e?s?|facilit(?:y|ies)|hubs?|ports?|zones?|funds?|mechanisms?|partnerships?|trains?|flights?|constructions?|works|mines?|pipelines?|cooperation|production|plans?)\b",
        "{AID}": r"(?:grants?|loans?|credit(?:\s+lines?)?|aid|assistance|investment\s+package|funding|financing|financial\s+package|aid\s+package)\b",
    },
    "de": {
        "{DOCS}": r"(?:abkommen|vertrag|verträge|vereinbarung\w*|memorandum|absichtserklärung\w*|erklärung\w*|protokoll\w*|fahrplan|roadmap|dokument\w*)",
        "{COOP}": r"(?:projekt\w*|terminal\w*|route\w*|korridor\w*|zentrum|werk\w*|anlage\w*|eisenbahn\w*|pipeline\w*)",
        "{AID}": r"(?:kredit\w*|darlehen\w*|zuschuss\w*|zuschüsse\w*|hilfe\w*|finanzhilfe\w*|förder\w*|milliarden|millionen)",
    },
    "kk": {
        "{DOCS}": r"(?:келісім|меморандум|декларация|шарт|құжат)",
        "{COOP}": r"(?:жоба|теміржол|құбыр)",
        "{AID}": r"(?:несие|грант|көмек)",
    },
    "ru": {
        "{DOCS}": r"(?:соглашени|договор|меморандум|декларац|контракт|документ|протокол|дорожн\w*\s+карт|хартию|конвенц|пакт)",
        "{COOP}": r"(?:проект|терминал|маршрут|коридор|центр|платформ|завод|электростанц|железн|лини|предприяти|производств|трубопровод|газопровод)",
        "{AID}": r"(?:кредит|грант|помощ|займ|заем|финансировани|инвестиционн\w*\s+пакет|безвозмездн)",
    },
}


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger pattern: the event type and mode it signals and how its participants are read."""

    type: str
    mode: str | None
    pattern: re.Pattern[str]
    symmetric: bool = False
    personal: bool = False
    needs_actor: bool = False
    needs_recipient: bool = False
    nominal: bool = False
    agent_after: bool = False


def _gap(n: int, avoid: str = "") -> str:
    r"""`{Wn}`: up to `n` words, then the non-word characters before what follows (which opens with a word
    character); no skipped word may start with `avoid`.

    A word is a whitespace-delimited chunk that holds a word character, after the non-word characters before
    it; the last one may be cut where punctuation glues it to what follows ("1bn—began"). That is what
    `(?:\W+\S+){0,n}?\W+` meant, but written so that each text splits one way only (possessive separators,
    chunks to the next space), in linear time: the old form split a run like "!!!!" in exponentially many
    ways before failing.
    """
    guard = f"(?!{avoid})" if avoid else ""
    chunk = rf"\W++{guard}\w\S*+(?=\s)"
    glued = rf"\W++{guard}\w\S*?"
    return rf"(?:{chunk}){{0,{n - 1}}}?(?:{chunk}|{glued})??\W++"


def _table(name: str, lang: str) -> list[str]:
    """Return the rows of the data file `tables/<name>.<lang>.txt`, without its comment lines."""
    text = (files("sphere.read.events") / "tables" / f"{name}.{lang}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _parse_triggers(lang: str) -> tuple[Trigger, ...]:
    """Parse a language's trigger table into compiled triggers, in table order (earlier rows win overlaps)."""
    out = []
    for line in _table("triggers", lang):
        head, rx = line.split(" :: ", 1)
        type_, mode, flags = head.split()
        for key, piece in _PIECES[lang].items():
            rx = rx.replace(key, piece)
        rx = re.sub(r"\{W(\d+)(?:!([^}]*))?\}", lambda m: _gap(int(m.group(1)), m.group(2) or ""), rx)
        f = set(flags.split(","))
        out.append(
            Trigger(
                type=type_,
                mode=None if mode == "-" else mode,
                pattern=re.compile(_OPEN + rx + ")", _FLAGS),
                symmetric="sym" in f,
                personal="pers" in f,
                needs_actor="actor" in f,
                needs_recipient="recip" in f,
                nominal="noun" in f,
                agent_after="agent" in f,
            )
        )
    return tuple(out)


TRIGGERS: dict[str, tuple[Trigger, ...]] = {
    "en": _parse_triggers("en"),
    "ru": _parse_triggers("ru"),
    "de": _parse_triggers("de"),
    "kk": _parse_triggers("kk"),
}


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue patterns of one language: status markers, background clauses and participant hints."""

    future: re.Pattern[str]
    future_after: re.Pattern[str]
    hypothetical: re.Pattern[str]
    negated: re.Pattern[str]
    decision: re.Pattern[str]
    past_after: re.Pattern[str]
    background: re.Pattern[str]
    attribution: re.Pattern[str]
    speech: re.Pattern[str]
    pronoun: re.Pattern[str]
    group: re.Pattern[str]
    meeting_group: re.Pattern[str]
    hosting_object: re.Pattern[str]
    by_agent: re.Pattern[str]
    passive: re.Pattern[str]
    passive_by: re.Pattern[str]
    separate: re.Pattern[str]
    definite: re.Pattern[str]
    between: re.Pattern[str]
    possessive: re.Pattern[str]
    preposition: re.Pattern[str]
    locative: re.Pattern[str]


def _parse_cues(lang: str) -> Cues:
    rows = dict(line.split(" :: ", 1) for line in _table("cues", lang))
    return Cues(**{f.name: re.compile(rows[f.name], _FLAGS) for f in fields(Cues)})


CUES: dict[str, Cues] = {
    "en": _parse_cues("en"),
    "ru": _parse_cues("ru"),
    "de": _parse_cues("de"),
    "kk": _parse_cues("kk"),
}


@lru_cache(maxsize=4)
def _index(lang: str) -> PrefixIndex:
    """Return the trigger rows of a language indexed by the first letters of their matches."""
    return PrefixIndex([trig.pattern for trig in TRIGGERS[lang]], after=r"[\w-]")


def trigger_starts(folded: str, lang: str) -> list[int] | None:
    """Return where trigger rows may start in a whole document given as `prefilter.fold_text` makes it.

    Pass the positions that fall in a sentence (made relative to it) to `find_triggers` to spare it a scan;
    None when the index cannot tell.
    """
    return _index(lang).occurrences(folded)


def _trigger_matches(text: str, lang: str, starts: list[int] | None) -> Iterator[tuple[int, re.Match[str]]]:
    """Yield (row, match) for the first row (in table order) that matches at each word start."""
    triggers = TRIGGERS[lang]
    index = _index(lang)
    positions = index.positions(text) if starts is None else [p for p in starts if index.admits(text, p)]
    for pos in positions:
        for i in index.candidates(text, pos):
            m = triggers[i].pattern.match(text, pos)
            if m is not None:
                yield i, m
                break


def find_triggers(text: str, lang: str, starts: list[int] | None = None) -> list[tuple[int, int, Trigger]]:
    """Return the trigger matches in a sentence as (start, end, trigger), earliest first, without overlaps.

    At one position the earliest table row wins; a row's group `t` narrows the span to the trigger word.
    `starts` are the sentence's positions from `trigger_starts` when the caller has them.
    """
    triggers = TRIGGERS[lang]
    found: list[tuple[int, int, int]] = []
    for i, m in _trigger_matches(text, lang, starts):
        s, e = m.span("t") if m.re.groupindex.get("t") and m.group("t") else m.span()
        found.append((s, e, i))
    found.sort(key=lambda x: (x[0], x[2]))
    out: list[tuple[int, int, Trigger]] = []
    for s, e, i in found:
        if not out or s >= out[-1][1]:
            out.append((s, e, triggers[i]))
    return out


def clause_before(text: str, pos: int, max_words: int) -> str:
    """Return up to `max_words` words before `pos`, cut at the nearest clause boundary."""
    head = text[:pos]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(head):
        cut = m.end()
    return " ".join(head[cut:].split()[-max_words:])


def mention_status(text: str, start: int, end: int, trig: Trigger, cues: Cues) -> str | None:
    """Return the PLOVER status of a trigger mention in a sentence, or None inside a background clause.

    "asserted" unless a negation just before it ("did not sign"), a hedge in its clause ("could", "if") or a
    future marker ("will", "is set to"; after a nominal trigger too: "the summit will be held") says
    otherwise; a decision stated before the marker ("announced that it will") keeps it asserted.
    """
    before = clause_before(text, start, 12)
    if cues.background.search(" " + before):
        return None
    words = before.split()
    if cues.negated.search(" ".join(words[-4:])) and trig.type != "REJECT":
        return "negated"
    after = text[end:]
    if trig.nominal and cues.past_after.search(after):
        return "asserted"
    if cues.hypothetical.search(" ".join(words[-8:])):
        status = "hypothetical"
    elif cues.future.search(before) or (trig.nominal and cues.future_after.search(after)):
        status = "future"
    else:
        return "asserted"
    prefix = text[:start]
    marker = cues.future.search(prefix) or cues.hypothetical.search(prefix)
    return "asserted" if cues.decision.search(prefix[: marker.start()] if marker else prefix) else status


def date_expressions(text: str, lang: str) -> list[tuple[int, int, str | None]]:
    """Return the date expressions of `text`, preferring "August 1992" over a relative "In August" prefix."""
    out = []
    for ds, de, value in find_date_expressions(text, lang):
        first = _FIRST_WORD.match(text, ds)
        if value is None and first and first.end() < de:
            skip = first.end() + 1
            inner = find_date_expressions(text[skip : skip + 40], lang)
            if inner and inner[0][0] == 0 and inner[0][2] and skip + inner[0][1] >= de:
                ds, de, value = skip, skip + inner[0][1], inner[0][2]
        out.append((ds, de, value))
    return out


def event_date(
    sent: str,
    lang: str,
    anchor: int,
    ref: date | None,
    expressions: list[tuple[int, int, str | None]] | None = None,
) -> tuple[str | None, str | None]:
    """Return the date nearest the trigger at `anchor` in a sentence (resolved, or None) and a comparison key.

    Relative dates are resolved against `ref` (the publication date), never replaced by it. The key is the
    date, or the words of a date that could not be resolved ("May 15" with no publication date), so that
    mentions with different dates are never taken for one event. `expressions` are the sentence's
    `date_expressions` when the caller has them already (one sentence, several triggers).
    """
    best: tuple[int, str | None, str] | None = None
    if expressions is None:
        expressions = date_expressions(sent, lang)
    for ds, de, value in expressions:
        expr = sent[ds:de]
        if value is None and ref is not None:
            value = resolve_relative(expr, ref, lang)
        key = value or "~" + " ".join(expr.lower().split()[-2:])
        dist = min(abs(ds - anchor), abs(de - anchor))
        if best is None or dist < best[0]:
            best = (dist, value, key)
    return (best[1], best[2]) if best else (None, None)
