"""Spell a Russian (Cyrillic) name the way German, Polish and Turkish texts write it.

German, Polish and Turkish newspapers do not copy the English spelling of a Central Asian or Russian name:
they transliterate the Russian form by their own rules ("Токаев" is "Tokajew" in German and Polish,
"Мирзиёев" is "Mirsijojew" in German, "Mirzijojew" in Polish, "Mirziyoyev" in Turkish; "Ташкент" is
"Taschkent" and "Taszkent"). The gazetteer derives these forms from the knowledge base's Russian names, so
one Russian alias gives a person or a place its spellings in three more languages.

Rules (simplified to the letters names use):
- German: the Duden transcription (Wikipedia, "Deutsche Transkription der kyrillischen Schrift",
  https://de.wikipedia.org/wiki/Deutsche_Transkription_der_kyrillischen_Schrift): ж/ш "sch", ч "tsch",
  в "w", з "s", с between vowels "ss", х "ch", ц "z", е/ё/ю/я "je/jo/ju/ja" after a vowel or at the start.
- Polish: the PWN transcription (https://pl.wikipedia.org/wiki/Transkrypcja_j%C4%99zyka_rosyjskiego):
  ж "ż", ш "sz", ч "cz", щ "szcz", в "w", х "ch", ц "c", л "ł" (but "l" before soft vowels and ь),
  е/ё/ю/я "ie/io/iu/ia" after a consonant, "je/jo/ju/ja" after a vowel or at the start.
- Turkish: the usual press spelling (Türk Dil Kurumu, "Yabancı özel adların yazımı"): ж "j", ш "ş", ч "ç",
  х "h", ц "ts", ы "ı", й "y", е/ё/ю/я "ye/yo/yu/ya" after a vowel or at the start.
"""

from __future__ import annotations

import re

__all__ = ["kazakh_latin", "transliterations", "uzbek_cyrillic", "uzbek_latin"]

_VOWELS = set("аеёиоуыэюяәөұүіАЕЁИОУЫЭЮЯӘӨҰҮІ")
_CYR_WORD = re.compile(r"[А-Яа-яЁёҚқҒғҢңӘәӨөҰұҮүҺһІі]+")
# Kazakh letters, as each language writes them ("Тоқаев": German "Toqajew" in some outlets, else "Tokajew")
_KAZAKH = {
    "de": {"қ": "k", "ғ": "g", "ң": "ng", "ә": "ä", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h", "і": "i"},
    "de-q": {"қ": "q", "ғ": "gh", "ң": "ng", "ә": "ä", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h", "і": "i"},
    "pl": {"қ": "k", "ғ": "g", "ң": "ng", "ә": "a", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"},
    "tr": {"қ": "k", "ғ": "ğ", "ң": "n", "ә": "e", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h", "і": "i"},
}

_COMMON = {
    "а": "a",
    "б": "b",
    "г": "g",
    "д": "d",
    "и": "i",
    "к": "k",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "т": "t",
    "у": "u",
    "ф": "f",
    "э": "e",
    "ъ": "",
}
_DE = {
    **_COMMON,
    "в": "w",
    "ж": "sch",
    "з": "s",
    "й": "i",
    "л": "l",
    "с": "s",
    "х": "ch",
    "ц": "z",
    "ч": "tsch",
    "ш": "sch",
    "щ": "schtsch",
    "ы": "y",
    "ь": "",
}
_PL = {
    **_COMMON,
    "в": "w",
    "ж": "ż",
    "з": "z",
    "й": "j",
    "л": "ł",
    "с": "s",
    "х": "ch",
    "ц": "c",
    "ч": "cz",
    "ш": "sz",
    "щ": "szcz",
    "ы": "y",
    "ь": "",
}
_TR = {
    **_COMMON,
    "в": "v",
    "ж": "j",
    "з": "z",
    "й": "y",
    "л": "l",
    "с": "s",
    "х": "h",
    "ц": "ts",
    "ч": "ç",
    "ш": "ş",
    "щ": "ş",
    "ы": "ı",
    "ь": "",
}
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
_PL_HARD = set("жцчшщ")  # after these, Polish writes е/и as plain "e"/"y"


def _word(word: str, lang: str) -> str:
    """Transliterate one lower-case Cyrillic word into `lang` ("de", "pl", "tr", or the press variants
    "pl-plain": Polish without the soft "ie/ia" of Russian words, as Polish writes Central Asian names,
    "Taszkent"; "tr-c": Turkish with ж as "c", "Cömert", "Caparov")."""
    plain = lang == "pl-plain"
    if plain:
        lang = "pl"
    table = {"de": _DE, "de-q": _DE, "pl": _PL, "tr": _TR, "tr-c": {**_TR, "ж": "c"}}[lang]
    table = {**table, **_KAZAKH[lang.split("-")[0] if lang != "de-q" else lang]}
    if lang in ("tr-c", "de-q"):
        lang = lang.split("-")[0]
    out: list[str] = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        after_vowel = not prev or prev in _VOWELS or prev in "ьъ"
        if ch in _IOTATED:
            vowel = _IOTATED[ch]
            if after_vowel:
                out.append(("y" if lang == "tr" else "j") + vowel)
            elif lang == "pl":
                if (ch == "е" and prev in _PL_HARD) or (plain and ch == "е"):
                    out.append("e")
                elif prev == "л":
                    out.append(vowel if ch != "ё" else "o")
                else:
                    out.append("i" + vowel)
            elif lang == "de" and ch != "е":
                out.append("j" + vowel)
            else:
                out.append(vowel)
            continue
        if ch == "и" and lang == "pl" and prev and prev in "жцш":
            out.append("y")
            continue
        if ch == "л" and lang == "pl" and nxt in "еёиюяь":
            out.append("l")
            continue
        if ch == "ь" and lang == "pl" and prev and prev in "нсзц":
            out[-1] = {"н": "ń", "с": "ś", "з": "ź", "ц": "ć"}[prev]
            continue
        if ch == "с" and lang == "de" and prev and nxt and prev in _VOWELS and nxt in _VOWELS:
            out.append("ss")
            continue
        if ch == "й" and lang == "de" and i == len(word) - 1 and prev in "иы":
            continue  # "-ий", "-ый": Duden writes "-i", "-y"
        out.append(table.get(ch, ch))
    return "".join(out)


def _apply(phrase: str, lang: str) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group()
        latin = _word(word.lower(), lang)
        return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin

    return _CYR_WORD.sub(repl, phrase)


_VARIANTS = ("de", "de-q", "pl", "pl-plain", "tr", "tr-c")


def transliterations(phrase: str) -> set[str]:
    """Return the spellings of the Russian `phrase` in German, Polish and Turkish (with their press variants).

    Only whole-Cyrillic phrases are transliterated (a phrase mixing scripts gives an empty set).
    """
    if re.search(r"[A-Za-z]", phrase) or not _CYR_WORD.search(phrase):
        return set()
    return {_apply(phrase, lang) for lang in _VARIANTS}


# Kazakh in the Latin alphabets of 2018 (acute accents, "Qasym-Jomart Toqaev", "Máýlen Áshimbaev") and of 2021
# (umlauts and cedillas, "Äşımbaev"; the press also writes its ğ as "ǧ" and ñ as "ŋ", which the gazetteer folds).
# Decrees of the President of Kazakhstan No. 569 (26 October 2017, amended 19 February 2018) and the 2021 draft,
# as tabled in https://en.wikipedia.org/wiki/Kazakh_alphabets ("Latin" columns).
_KK_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "j", "з": "z", "к": "k", "қ": "q",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ъ": "", "ы": "y", "ь": "", "э": "e",
}  # fmt: skip
_KK_2018 = {
    **_KK_BASE,
    "ә": "á", "ғ": "ǵ", "ё": "ıo", "и": "ı", "й": "ı", "ң": "ń", "ө": "ó", "у": "ý", "ұ": "u", "ү": "ú",
    "ч": "ch", "ш": "sh", "щ": "sh", "і": "i", "ю": "ıý", "я": "ıa",
}  # fmt: skip
_KK_2021 = {
    **_KK_BASE,
    "ә": "ä", "ғ": "ğ", "ё": "io", "и": "i", "й": "i", "ң": "ñ", "ө": "ö", "у": "u", "ұ": "ū", "ү": "ü",
    "ч": "ç", "ш": "ş", "щ": "ş", "і": "ı", "ю": "iu", "я": "ia",
}  # fmt: skip


def kazakh_latin(phrase: str) -> set[str]:
    """Return the Kazakh Latin spellings (2018 and 2021 alphabets) of a Kazakh or Russian Cyrillic `phrase`.

    A phrase mixing scripts, or with letters neither alphabet maps, gives an empty set.
    """
    if re.search(r"[A-Za-z]", phrase) or not _CYR_WORD.search(phrase):
        return set()
    out: set[str] = set()
    for table in (_KK_2018, _KK_2021):

        def repl(m: re.Match[str], table: dict[str, str] = table) -> str:
            word = m.group()
            latin = "".join(table.get(ch, ch) for ch in word.lower())
            return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin

        spelled = _CYR_WORD.sub(repl, phrase)
        if not re.search(r"[\u0400-\u04ff]", spelled):
            out.add(spelled)
    return out


# Uzbek in both its alphabets (Latin of 1995, Cyrillic): the Latin letters for the Cyrillic ones, as tabled in
# https://en.wikipedia.org/wiki/Uzbek_alphabet ("Cyrillic" and "Latin" columns). The Uzbek press spells Russian
# and Chinese names from their Russian form by the same table ("Си Цзиньпин" -> "Si Szinpin", "Тяньцзинь" ->
# "Tyanszin"), so one Russian alias gives a name its Uzbek Latin spelling too; ц is "s" as in those names.
_UZ_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "j", "з": "z", "и": "i", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "x", "ц": "s", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "ʼ", "ы": "i", "ь": "", "э": "e", "ё": "yo",
    "ю": "yu", "я": "ya", "ў": "oʻ", "қ": "q", "ғ": "gʻ", "ҳ": "h",
}  # fmt: skip
# the other way: digraphs first ("sh", "ch", "oʻ", "gʻ", "yo", "yu", "ya", "ye"), apostrophes in any form
_UZ_CYRILLIC = re.compile(r"sh|ch|o['‘ʻ’]|g['‘ʻ’]|yo|yu|ya|ye|ts|[a-z]|['‘ʻ’ʼ]")
_UZ_FROM_LATIN = {
    "sh": "ш", "ch": "ч", "yo": "ё", "yu": "ю", "ya": "я", "ye": "е", "ts": "ц", "a": "а", "b": "б",
    "d": "д", "e": "е", "f": "ф", "g": "г", "h": "ҳ", "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м",
    "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "x": "х",
    "y": "й", "z": "з",
}  # fmt: skip


def uzbek_latin(phrase: str) -> str | None:
    """Return the Uzbek Latin spelling of a Cyrillic (Uzbek or Russian) `phrase`, or None for other scripts.

    е is "ye" at the start of a word and after a vowel or ь/ъ, else "e" ("Вьетнам" -> "Vyetnam").
    """
    if re.search(r"[A-Za-z]", phrase) or not re.search(r"[\u0400-\u04ff]", phrase):
        return None

    def repl(m: re.Match[str]) -> str:
        word = m.group()
        out: list[str] = []
        for i, ch in enumerate(word.lower()):
            prev = word[i - 1].lower() if i else ""
            if ch == "е":
                out.append("ye" if not prev or prev in _VOWELS or prev in "ьъ" else "e")
            else:
                out.append(_UZ_LATIN.get(ch, ch))
        latin = "".join(out)
        return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin

    spelled = re.sub(r"[\u0400-\u04ff]+", repl, phrase)
    return None if re.search(r"[\u0400-\u04ff]", spelled) else spelled


def uzbek_cyrillic(phrase: str) -> str | None:
    """Return the Uzbek Cyrillic spelling of an Uzbek Latin `phrase` ("Qo‘qon" -> "Қўқон"), or None where it
    holds letters outside the Uzbek Latin alphabet."""
    if re.search(r"[\u0400-\u04ff]", phrase) or re.search(r"[^\sA-Za-z'‘ʻ’ʼ.,-]", phrase):
        return None

    def repl(m: re.Match[str]) -> str:
        word = m.group()
        out: list[str] = []
        for t in _UZ_CYRILLIC.finditer(word.lower()):
            tok = t.group()
            if tok[0] in "og" and len(tok) == 2 and tok[1] in "'‘ʻ’":
                out.append("ў" if tok[0] == "o" else "ғ")
            elif tok in "'‘ʻ’ʼ":
                out.append("ъ")
            else:
                out.append(_UZ_FROM_LATIN.get(tok, tok))
        cyr = "".join(out)
        return cyr[:1].upper() + cyr[1:] if word[:1].isupper() else cyr

    return re.sub(r"[A-Za-z'‘ʻ’ʼ]+", repl, phrase)
