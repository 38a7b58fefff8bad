"""Russian case forms: inflect knowledge-base aliases at index build time, and tag Cyrillic words at read time.

Russian names change their ending with the grammatical case ("Казахстан", "Казахстана", "Казахстаном"), and
demonym adjectives change with gender, number and case ("казахстанский", "казахстанской"). The gazetteer
indexes every such form of every Cyrillic alias once, when it is built, so reading needs no morphology at all
for known entities. `pymorphy3` is only loaded to build the index and, at read time, to recognise person
names that the knowledge base lacks in Russian text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
# Russian surnames of the -ov/-ev/-in type decline like short adjectives; the dictionary often misses them.
_SURNAME_MASC = re.compile(r"(?:ов|ев|ёв|ин|ын)$")
_SURNAME_FEMN = re.compile(r"(?:ова|ева|ёва|ина|ына)$")


def has_cyrillic(text: str) -> bool:
    """Return True when `text` contains at least one Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=1)
def morph() -> Any:
    """Return the shared pymorphy3 analyzer, loaded once per process (about 0.2 s)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _match_case(form: str, model: str) -> str:
    """Give the lower-case `form` the capitalisation of `model` (all caps, or capitalised hyphen parts)."""
    if model.isupper() and len(model) > 1:
        return form.upper()
    parts = form.split("-")
    mparts = model.split("-")
    out = []
    for i, p in enumerate(parts):
        m = mparts[i] if i < len(mparts) else mparts[-1]
        out.append(p[:1].upper() + p[1:] if m[:1].isupper() else p)
    return "-".join(out)


def _surname_forms(word: str) -> dict[str, str]:
    """Return case -> form of a Russian surname of the -ov/-in type (masculine or feminine)."""
    w = word.lower()
    if _SURNAME_FEMN.search(w):
        stem = w[:-1]
        return {
            "nomn": w,
            "gent": stem + "ой",
            "datv": stem + "ой",
            "accs": stem + "у",
            "ablt": stem + "ой",
            "loct": stem + "ой",
        }
    if _SURNAME_MASC.search(w):
        return {
            "nomn": w,
            "gent": w + "а",
            "datv": w + "у",
            "accs": w + "а",
            "ablt": w + "ым",
            "ablt_foreign": w + "ом",  # foreign names in -in decline as nouns: Цзиньпином, Эрдоганом
            "loct": w + "е",
        }
    return dict.fromkeys(CASES, w)


def _nominative_parse(word: str) -> Any | None:
    """Return the parse of `word` in the nominative singular, preferring proper-name tags, or None."""
    best = None
    for p in morph().parse(word):
        tag = p.tag
        if "nomn" not in tag or "plur" in tag:
            continue
        if best is None or {"Name", "Surn", "Geox", "Orgn"} & set(tag.grammemes):
            best = p
            if {"Name", "Surn", "Geox", "Orgn"} & set(tag.grammemes):
                break
    return best


def word_forms(word: str, *, all_forms: bool = False) -> dict[str, str]:
    """Return case -> form for one Cyrillic word in the nominative (all lexeme forms keyed by index if `all_forms`).

    Words the dictionary does not know in the nominative are returned unchanged for every case, except
    surnames of the -ov/-ev/-in type, which follow their regular declension.
    """
    low = word.lower()
    if _SURNAME_MASC.search(low) or _SURNAME_FEMN.search(low):
        p = _nominative_parse(low)
        if p is None or "Surn" not in p.tag:
            return _surname_forms(low)
    p = _nominative_parse(low)
    if p is None or "Fixd" in p.tag:
        return dict.fromkeys(CASES, low)
    if all_forms:
        return {f"l{i}": f.word for i, f in enumerate(p.lexeme)} | {"nomn": low}
    out: dict[str, str] = {}
    for case in CASES:
        inf = p.inflect({case})
        out[case] = inf.word if inf is not None else low
    return out


def case_forms(phrase: str) -> set[str]:
    """Return the phrase in every grammatical case, keeping its capitalisation (including the phrase itself).

    A single word gets all forms of its lexeme (so a demonym adjective gets every gender and number);
    in a phrase, words in the nominative are declined together and others (genitive complements such as
    "сотрудничества") stay fixed.
    """
    if not has_cyrillic(phrase):
        return {phrase}
    tokens = phrase.split(" ")
    if len(tokens) == 1:
        forms = word_forms(tokens[0], all_forms=True)
        return {phrase} | {_match_case(f, phrase) for f in forms.values()}
    per_word: list[dict[str, str] | None] = []
    for tok in tokens:
        if not _WORD.fullmatch(tok):
            per_word.append(None)
            continue
        per_word.append(word_forms(tok))
    out = {phrase}
    for case in (*CASES, "ablt_foreign"):
        words = []
        for tok, maybe in zip(tokens, per_word, strict=True):
            if maybe is None:
                words.append(tok)
            else:
                form = maybe.get(case) or maybe.get(case.split("_")[0]) or maybe.get("nomn", tok.lower())
                words.append(_match_case(form, tok))
        out.add(" ".join(words))
        if any(
            "-" in t for t in tokens
        ):  # "Касым-Жомарта": often only the last part of a hyphenated name declines
            parts = [
                w if "-" not in t else t.rsplit("-", 1)[0] + "-" + w.rsplit("-", 1)[-1]
                for t, w in zip(tokens, words, strict=True)
            ]
            out.add(" ".join(parts))
    return out


@lru_cache(maxsize=4096)
def person_tags(word: str) -> frozenset[str]:
    """Return the name grammemes ("Name", "Surn", "Patr", "Geox", "Orgn") pymorphy3 gives a Cyrillic word."""
    tags: set[str] = set()
    for p in morph().parse(word.lower())[:3]:
        tags |= {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(p.tag.grammemes)
    low = word.lower()
    if (
        _SURNAME_MASC.search(low) or _SURNAME_FEMN.search(low) or re.search(r"(?:ова|ева|ина)$", low)
    ) and len(low) > 4:
        tags.add("Surn?")
    return frozenset(tags)


@lru_cache(maxsize=4096)
def nominative(word: str) -> str:
    """Return the normal (dictionary) form of a Cyrillic word, keeping its capitalisation."""
    low = word.lower()
    m = re.search(r"(ов|ев|ёв|ин|ын)(а|у|ым|е)$", low)
    if m and len(low) > 5:
        return _match_case(low[: m.start(2)], word)
    p = morph().parse(low)[0]
    return _match_case(p.normal_form, word)
