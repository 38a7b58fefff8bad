"""Language menus of a copied page: a line that lists languages to switch to ("English Français Русский 中文",
"Қазақша Русский English", "Английский Казахский Русский", "KZ RU EN", "Рус Қаз Eng").

Two generic signs, in any language: the line is made of language names (`data/language_names.tsv`, from the
Unicode CLDR locale data: autonyms, English names and names in the languages of the sites the reader meets)
or of their codes; or it mixes three writing systems or more in a few words without a sentence (running text
rarely mixes three scripts; a menu that names each language in its own script does). Words are read raw, so
the training pages stored masked (`training/news_pages.py`) keep language names unmasked for this rule.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

__all__ = ["language_menu", "language_names", "scripts"]

_SEP_RX = re.compile(r"\s+[-–—]\s+|[|/•·,;:()（）\[\]{}<>«»\"“”]+|\s+")
_EDGE = ".!?…'’‘ \t*#>›»→▶►✓"
_MAX_NAME_WORDS = 4
# words of a menu that are no language names ("Language: English Русский", "Select language")
_MENU_WORDS = frozenset(
    [
        "language",
        "languages",
        "lang",
        "select",
        "choose",
        "version",
        "site",
        "язык",
        "языки",
        "версия",
        "выберите",
        "тілі",
        "тіл",
        "til",
        "tili",
        "dil",
        "sprache",
        "sprachen",
        "langue",
        "langues",
        "idioma",
        "语言",
        "語言",
        "言語",
    ]
)


@lru_cache(maxsize=1)
def language_names() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Return the known language names (lower-case, NFC), their short codes and 3-letter abbreviations
    ("en", "рус", "eng"), and each name's language code; read once from `data/language_names.tsv`."""
    text = (resources.files("sphere.read.clean") / "data" / "language_names.tsv").read_text(encoding="utf-8")
    names: set[str] = set()
    codes: set[str] = set()
    code_of: dict[str, str] = {}
    for row in text.splitlines():
        if not row or row.startswith("#"):
            continue
        code, disp, name = row.split("\t")
        names.add(name)
        code_of.setdefault(name, code)
        codes.add(code)
        if disp in ("en", code, "extra") and " " not in name and len(name) >= 5:
            codes.add(name[:3])  # "eng", "рус", "қаз", "deu", "fra": a menu's abbreviations
    return frozenset(names), frozenset(codes), code_of


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    """Return the writing system of a letter: the first word of its Unicode name (LATIN, CYRILLIC, CJK...)."""
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    if first.startswith(("HIRAGANA", "KATAKANA", "CJK", "HALFWIDTH", "IDEOGRAPHIC")):
        return "CJK"
    return "LATIN" if first == "FULLWIDTH" else first


def scripts(line: str) -> set[str]:
    """Return the writing systems of the letters of a line."""
    if line.isascii():
        return {"LATIN"} if any(ch.isalpha() for ch in line) else set()
    return {_script(ch) for ch in set(line) if ch.isalpha()}


def _tokens(line: str) -> list[str]:
    tokens = (t.strip(_EDGE) for t in _SEP_RX.split(unicodedata.normalize("NFC", line)))
    return [t for t in tokens if t and any(ch.isalpha() for ch in t)]


def _match(tokens: list[str]) -> tuple[list[str], list[str], int]:
    """Return the language names found in `tokens` (greedy, longest first), the codes, and the count of the
    other tokens (menu words like "Language" not counted), stopping once the others pass a quarter of the
    tokens (no menu then)."""
    names, codes, _ = language_names()
    found: list[str] = []
    coded: list[str] = []
    other = 0
    i = 0
    low = [t.lower().replace("ʻ", "'").replace("‘", "'").replace("’", "'") for t in tokens]
    while i < len(low):
        for k in range(min(_MAX_NAME_WORDS, len(low) - i), 0, -1):
            cand = " ".join(low[i : i + k])
            if cand in names or cand.replace("'", "‘") in names:
                found.append(cand)
                i += k
                break
        else:
            tok = tokens[i]
            if 2 <= len(tok) <= 3 and low[i] in codes and (tok.isupper() or tok[:1].isupper()):
                coded.append(low[i])
            elif low[i] not in _MENU_WORDS:
                other += 1
                if other > len(tokens) // 4:
                    break  # too many other words for a menu: no need to read on
            i += 1
    return found, coded, other


def language_menu(line: str) -> bool:
    """Return True for a line that is a menu of languages: three language names or codes or more (two in
    different scripts, or two autonyms) with at most one other word in four; or a short line of three scripts
    or more without a sentence."""
    text = line.strip()
    if not text or len(text) > 250 or (text.endswith((".", "!", "?", "。")) and not text.endswith("...")):
        return False
    tokens = _tokens(text)
    if not tokens or len(tokens) > 24:
        return False
    if len(tokens) >= 3 and all(len(t) == 2 and t.isupper() for t in tokens):
        codes = language_names()[1]
        return sum(t.lower() in codes for t in tokens) >= 2  # "KZ RU EN": codes, some of countries
    found, coded, other = _match(tokens)
    items = len(found) + len(coded)
    if items >= 3 and other <= len(tokens) // 4 and len(found) + len(coded) >= 0.6 * len(tokens):
        return True
    if items == 2 and other == 0:
        if len(scripts(" ".join(found + coded))) >= 2:
            return True
        _, _, code_of = language_names()
        langs = {code_of.get(n) for n in found}
        return len(found) == 2 and len(langs) == 2 and all(_autonym(n) for n in found)
    return (
        not text.isascii()
        and len(tokens) <= 12
        and all(len(t) <= 25 for t in tokens)
        and len(scripts(text)) >= 3
    )


@lru_cache(maxsize=1)
def _autonyms() -> frozenset[str]:
    text = (resources.files("sphere.read.clean") / "data" / "language_names.tsv").read_text(encoding="utf-8")
    out = set()
    for row in text.splitlines():
        if row and not row.startswith("#"):
            code, disp, name = row.split("\t")
            if disp.split("_")[0] == code or disp == "extra":
                out.add(name)
    return frozenset(out)


def _autonym(name: str) -> bool:
    return name in _autonyms()
