"""Merge the mentions of one event: a candidate per trigger match, merged into one event per happening.

`merge(cands)` folds each candidate into the first earlier one that reports the same event (same type, compatible
dates, nested participants), or, for an anaphoric mention ("the summit"), into the latest one. A visit and the
multilateral meeting it attends are one gathering, so a summit reported both ways is one event whatever the mode.
Symmetric events end with every participant as an actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from sphere.read.events.parties import atoms, collective, dedup

__all__ = ["GATHERING_MERGE", "Candidate", "merge"]

GATHERING_MERGE = 1.0  # a visit and the multilateral meeting it attends are one event


@dataclass(slots=True)
class Candidate:
    """An event mention before merging."""

    type: str
    mode: str | None
    actors: list[str]
    recipients: list[str]
    place: str | None
    date: str | None
    date_key: str | None  # the date, or the words of a date that could not be resolved
    sentence: tuple[int, int]
    sentence_no: int
    status: str
    symmetric: bool
    anaphoric: bool  # "the summit": refers back to an event already reported
    headline: bool = False
    salience: float = 1.0  # the classifier's probability that an analyst would record the sentence's event

    @property
    def parties(self) -> set[str]:
        return set(self.actors) | set(self.recipients)


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    if a.startswith("~") or b.startswith("~"):
        return a == b
    return a.startswith(b) or b.startswith(a)


def _one_meeting(a: Candidate, b: Candidate) -> bool:
    """Return True for a visit and a multilateral reading of one meeting (a summit seen as the host's visit)."""
    return a.type == "CONSULT" and {a.mode, b.mode} == {"visit", "multilateral"}


def _one_gathering(a: Candidate, b: Candidate) -> bool:
    """Return True when a visit and a multilateral meeting reported in two sentences are one gathering: one guest's
    visit to one host, a state taking part in both, at one place (or one unnamed), in one month (or unknown)."""
    if not (_one_meeting(a, b) and b.type == "CONSULT" and a.sentence_no != b.sentence_no):
        return False
    visit = a if a.mode == "visit" else b
    if len(atoms(visit.parties)) > 2:  # a host receiving several guests: bilateral meetings beside the summit
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.date and b.date and a.date[:7] != b.date[:7]:
        return False
    return bool(atoms(a.parties) & atoms(b.parties))


def _same_event(first: Candidate, later: Candidate) -> bool:
    """Return True when `later` reports the event `first` already stands for."""
    if first.type != later.type:
        return False
    if GATHERING_MERGE and _one_gathering(first, later):
        return True
    if not _dates_compatible(first.date_key, later.date_key) and not (
        _one_meeting(first, later) and (first.date or "")[:7] == (later.date or "-")[:7]
    ):  # a visit's arrival and the summit it attends fall on days of one month
        return False
    wa, wb = atoms(first.parties), atoms(later.parties)
    if first.sentence_no == later.sentence_no:
        return not (wa and wb) or wa <= wb or wb <= wa
    if first.mode and later.mode and first.mode != later.mode and not _one_meeting(first, later):
        return False
    if later.anaphoric:
        return True
    if not (wa and wb):
        return False
    return wa <= wb or wb <= wa if first.type == "CONSULT" or first.headline else wb <= wa


def merge(cands: list[Candidate]) -> list[Candidate]:
    """Merge mentions of one event; the evidence is the first body sentence that reports it."""
    out: list[Candidate] = []
    for c in cands:
        target = next((m for m in (reversed(out) if c.anaphoric else out) if _same_event(m, c)), None)
        if target is None:
            if c.parties:
                out.append(c)
            continue
        m = target
        m.actors = dedup(m.actors + c.actors)
        m.recipients = [r for r in dedup(m.recipients + c.recipients) if r not in m.actors]
        m.place = m.place or c.place
        if c.date and (m.date is None or len(c.date) > len(m.date)):
            m.date = c.date
        m.date_key = m.date_key or c.date_key
        m.mode = c.mode if c.mode == "multilateral" or m.mode is None else m.mode
        m.symmetric = m.symmetric or c.symmetric
        m.salience = max(m.salience, c.salience)
        if m.headline and not c.headline:
            m.sentence, m.headline = c.sentence, False
    for m in out:
        if m.symmetric:
            m.actors, m.recipients = dedup(m.actors + m.recipients), []
        m.actors = collective(m.actors)
        m.recipients = [r for r in collective(m.recipients) if r not in m.actors]
    return out
