"""What a capitalised name without a kind cue word is, by its context.

A single word in capitals is an acronym (an organization) unless it is a unit, a formula or a credit; a word
after a title is a person, after "in"/"to"/"from" or "city of" a place, after "company" a firm, before
"reports" a news agency; a longer name is a person after a title or a relation, before a speech verb or a role
("Jens Hanefeld, the chief executive"), as a speaker opening a line of a transcript ("Wang Wenbin: We ...") or
when its last word ends like a Central Asian or Russian surname; a bare "the Cabinet" is no name; anything else
not opening a sentence is a name of kind "other".
"""

from __future__ import annotations

import re

from sphere.read.entities.bodies import COMMON_BODIES
from sphere.read.entities.candidates import ACRONYM_STOP, LEADING_STOP, NOT_NAMES, Candidate, split_words
from sphere.read.entities.linking import TITLES, word_before
from sphere.read.entities.persons import person_cue, surname_like

__all__ = ["no_cue"]


_PLACE_OF = re.compile(r"\b(?:city|town|village|region|province|district|port|capital) of $", re.IGNORECASE)
_REPORTS = re.compile(r",? {1,3}(?:reports|reported)(?:[,.]| {1,3}(?:citing|via|with reference)\b)")
_SPEAKER = re.compile(r": {1,3}[A-Z]")  # "Wang Wenbin: We have ..." opening a line of a transcript
_HEADER_WORDS = frozenset(
    split_words(
        """key facts related articles article photo gallery latest top stories story editor editors note update
        summary background context also more source sources watch listen follow share tags topics quick take"""
    )
)  # "Key Facts: ...", "Editor's Note: ...": a section's header, no speaker
_FIRM_BEFORE = frozenset(
    split_words("company firm corporation operator developer contractor consultant miner")
)


def no_cue(text: str, start: int, end: int, sent_start: int, out: list[Candidate]) -> None:
    """Add a name without a kind cue word, when the context makes it a person, a place or an acronym."""
    surface = text[start:end]
    words = surface.split()
    low = [w.lower().rstrip(".") for w in words]
    if any(w in NOT_NAMES for w in low):
        return
    prev = word_before(text, start)
    initial = start == sent_start or text[sent_start:start].strip() in ('"', "“", "«", "(")
    if len(words) == 1:
        w = words[0]
        letters = re.sub(r"[^A-Za-z]", "", w)
        if len(letters) >= 2 and letters.isupper() and w not in ACRONYM_STOP and len(w) <= 6:
            if len(letters) < len(w) or text[start - 1 : start] in ("+", "-"):
                return  # a formula ("WO₃", "CO2") or the tail of a compound name ("CA+JAD")
            credit = (
                text[max(0, start - 3) : start].strip() in ("—", "–", "-", "/", "(")
                or text[end : end + 1] == ")"
            )
            if not credit and not (initial and re.match(r"\s*,", text[end : end + 2])):
                out.append(Candidate(start, end, w, "organization"))
            return
        if initial or len(w) < 3:
            return
        if prev == "the" and w.lower() in COMMON_BODIES:
            return  # "the Cabinet", "the Interior": a body named by its common noun, no name
        if _REPORTS.match(text, end):  # "..., Trend reports, citing ...": a news agency
            out.append(Candidate(start, end, w, "organization"))
        elif prev in TITLES:
            out.append(Candidate(start, end, w, "person"))
        elif prev in _FIRM_BEFORE and text[start - 1 : start] == " ":  # "the consulting company Afry"
            out.append(Candidate(start, end, w, "company"))
        elif prev in {"in", "to", "from", "near", "via", "through", "across", "outside"} or _PLACE_OF.search(
            text, max(0, start - 30), start
        ):
            out.append(Candidate(start, end, w, "place"))
        else:
            out.append(Candidate(start, end, w, "other"))
        return
    if len(words) > 5:
        return
    speaker = (
        len(words) == 2
        and _SPEAKER.match(text, end)
        and text[start - 1 : start] in ("\n", "")
        and not any(w in _HEADER_WORDS for w in low)
    )
    named = len(words) == 2 and initial and surname_like(words[1]) and words[0].lower() not in LEADING_STOP
    if (speaker or named or person_cue(text, start, end, prev)) and len(words) <= 4:
        out.append(Candidate(start, end, " ".join(words), "person"))
    elif not initial:
        out.append(Candidate(start, end, " ".join(words), "other"))
