"""Detect the language of a text offline and fast: writing system first, then letters and function words.

No model is loaded. Scripts with one main language (Greek, Hebrew, Thai, Georgian, Hangul...) decide alone;
Cyrillic is split by letters only some languages use (Kazakh ә ұ қ ғ, Ukrainian є ї ґ, Tajik ӣ ӯ ҷ, Uzbek ў ҳ,
Serbian ђ ћ џ) and by function words; Latin-script languages by their most frequent function words plus the
letters peculiar to them; Arabic script by the Persian and Urdu extra letters. Codes are ISO 639-1.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

__all__ = ["SUPPORTED_LANGUAGES", "detect_language", "language_scores", "stopword_union"]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "ru")
"""Languages Sphere analyses fully (entities, events, claims); articles in any other language are read too,
with the parts that carry over (knowledge-base names, numbers, dates): see `sphere.read.reader.analysis_for`."""

_SAMPLE_CHARS = 2000

_STOPWORDS: dict[str, str] = {
    "en": "the of and to in a is that for on with as was by it at from are be this have has said will which an "
    "its were their not but or he they been more also would who had after than about over into there",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden "
    "aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder",
    "fr": "de la le et les des en du un une est que pour dans qui par sur au pas plus avec ce il se sont ont "
    "aux été cette mais ou son elle nous leur ses entre été lors selon",
    "es": "de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya este "
    "fue ha entre sobre también ser han desde está muy",
    "it": "di e il la che in per un del della è non una le si con da dei al gli sono alla nel anche più come "
    "ha delle questo ma ed nella",
    "pt": "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem "
    "à seu sua ou ser quando também pelo pela",
    "nl": "de het een van en in is dat op te zijn voor met die niet aan er als bij ook om maar door wordt naar "
    "uit dan heeft",
    "tr": "ve bir bu da de için ile olarak çok daha en gibi olan ne değil ise kadar sonra her ancak ya mı mi "
    "tarafından göre yılında ama ayrıca iki olan bu",
    "az": "və bir bu ilə üçün da də olan olaraq ki isə ölkə tərəfindən daha ilə bildirib",
    "uz": "va bilan uchun bu ham bir yil yilda esa hamda edi bo'ldi bo'lib o'z ularning haqida tomonidan "
    "orqali davomida yana mamlakat prezidenti qilish kerak ва билан учун бу ҳам бир йил йилда эса ҳамда эди бўлди "
    "бўлиб ўз уларнинг ҳақида томонидан орқали",
    "pl": "i w na się z do że nie jest to o jak a po od za przez dla co są oraz być jego jej ale już także "
    "który która",
    "cs": "a v se na je že s z o do to jako pro by ve k ale jsou byl ani tak které který",
    "sv": "och i att det som en på är av för med till den har de inte om ett var men",
    "da": "og i at det er en til på af med for den de som har ikke et var",
    "no": "og i det er på til en av som for med at har de ikke den et var",
    "fi": "ja on oli että se ei hän ovat myös kuin mutta tai joka sen",
    "ro": "și de la în a cu pe care un o din nu este să ca mai pentru se",
    "hu": "a az és hogy nem is egy meg van ez de el volt",
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke ada",
    "vi": "của và là các có được cho trong một những người không với này đã",
    "ca": "de la i el que a les en per un amb del els una és com",
    # Cyrillic
    "ru": "и в не на что с по к как из это о у за от для он она но а до же так бы его был года также который "
    "которые было уже при ее их",
    "bg": "и в на за да се не от с е са че по като това което този той ще беше със във",
    "uk": "і в на з що не та до у як це від за по для є він але також який які було",
    "be": "і ў на з што не да ад па гэта як для ён яна але",
    "sr": "и у је на да се за су од са не као ће али који",
    "mk": "и на во се да за од со не е ќе тоа што",
    "kk": "және мен бойынша үшін бұл да де ол бір деп болып сондай ақ жылы туралы еді "
    # the Latin alphabets of 2018 (acute accents) and 2021 (umlauts)
    "jáne men boıynsha úshin bul ol bir dep bolyp sondaı-aq jyly týraly edi jäne üşin boiynşa bolıp turaly "
    # the press's Latin spelling with "ı" for і and "ū" for ұ ("bır", "būl"), which Turkish shares letters with
    "bır üşın būl osy degen jaiynda eken ekenın",
    "ky": "жана менен боюнча үчүн бул да ал бир деп болуп анын",
    "tg": "ва дар бо аз ба ки ин барои мебошад",
    "mn": "ба болон нь юм энэ байна байгаа",
}
_STOPSETS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in _STOPWORDS.items()}


def stopword_union() -> frozenset[str]:
    """Return the function words of every language the detector knows, in one set (for line features)."""
    return _STOPWORD_UNION


_STOPWORD_UNION = frozenset().union(*_STOPSETS.values())
_LATIN_LANGS = [k for k in _STOPSETS if k not in {"ru", "bg", "uk", "be", "sr", "mk", "ky", "tg", "mn"}]
_CYRILLIC_LANGS = ["ru", "bg", "uk", "be", "sr", "mk", "kk", "ky", "tg", "mn", "uz"]

# Letters that point to one language (or a few), with the weight each occurrence adds.
_LETTER_CUES: dict[str, dict[str, float]] = {
    "tr": {"ı": 2, "ş": 1, "ğ": 2, "İ": 2},
    "az": {"ə": 3, "ğ": 1, "ş": 0.5},
    "de": {"ß": 2, "ä": 1, "ö": 0.5, "ü": 0.5},
    "ro": {"ș": 2, "ț": 2, "ă": 1, "ş": 0.5, "ţ": 1},
    "pl": {"ł": 2, "ą": 2, "ę": 2, "ś": 1, "ż": 2, "ź": 2, "ć": 1, "ń": 1},
    "cs": {"ř": 3, "ě": 3, "ů": 3, "č": 1, "š": 0.5, "ž": 0.5},
    "hu": {"ő": 3, "ű": 3},
    "pt": {"ã": 2, "õ": 2, "ç": 0.5},
    "es": {"ñ": 2, "¿": 3, "¡": 3},
    "fr": {"ç": 0.5, "è": 1, "ê": 1, "à": 0.5, "œ": 2},
    "vi": {"ư": 3, "ơ": 3, "đ": 2, "ạ": 3, "ả": 3, "ố": 3},
    "kk": {
        "ә": 3,
        "ұ": 3,
        "қ": 1,
        "ғ": 1,
        "ң": 1,
        "ө": 1,
        "ү": 1,
        "һ": 1,
        "і": 1,
        "ǵ": 3,
        "ń": 2,
        "ú": 2,  # the 2018 Latin alphabet's accents, which Turkish never writes
        "ý": 2,
        "á": 1,
        "ı": 1,  # Kazakh Latin writes и/й (2018) or і (2021, press) as "ı", like Turkish
        "ū": 3,
        "ǧ": 3,  # the press's Kazakh Latin "ǧ" and "ŋ"; Turkish writes "ğ" and has no "ŋ"
        "ŋ": 3,
        "ä": 1.5,
        "ñ": 1,
    },
    "ky": {"ң": 1, "ө": 1, "ү": 1},
    "mn": {"ө": 1, "ү": 1},
    "uk": {"є": 3, "ї": 3, "ґ": 3, "і": 1},
    "be": {"ў": 2, "і": 1},
    "tg": {"ӣ": 3, "ӯ": 3, "ҷ": 3, "ҳ": 1, "ғ": 1, "қ": 1},
    "uz": {"ў": 2, "ҳ": 2, "қ": 1, "ғ": 1},
    "sr": {"ђ": 3, "ћ": 3, "џ": 3, "ј": 1, "љ": 1, "њ": 1},
    "mk": {"ѓ": 3, "ќ": 3, "ѕ": 3, "ј": 1, "љ": 1, "њ": 1},
    "ru": {"ы": 0.5, "э": 0.5, "ё": 1},
    "bg": {"ъ": 0.3},
}
_RU_ONLY = "ыэёЫЭЁ"
_WORD_LANGS: dict[str, list[str]] = {}
for _lang, _words in _STOPSETS.items():
    for _w in _words:
        _WORD_LANGS.setdefault(_w, []).append(_lang)
_CUE_LANGS: dict[str, list[tuple[str, float]]] = {}
for _lang, _cues in _LETTER_CUES.items():
    for _c, _weight in _cues.items():
        _CUE_LANGS.setdefault(_c.lower(), []).append((_lang, _weight))

# Unicode blocks of scripts: (first, last, tag). Tags that are ISO codes decide the language alone.
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x1E00, 0x1EFF, "latin"),
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "hy"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0A00, 0x0A7F, "pa"),
    (0x0A80, 0x0AFF, "gu"),
    (0x0B80, 0x0BFF, "ta"),
    (0x0C00, 0x0C7F, "te"),
    (0x0C80, 0x0CFF, "kn"),
    (0x0D00, 0x0D7F, "ml"),
    (0x0D80, 0x0DFF, "si"),
    (0x0E00, 0x0E7F, "th"),
    (0x0E80, 0x0EFF, "lo"),
    (0x1000, 0x109F, "my"),
    (0x10A0, 0x10FF, "ka"),
    (0x1200, 0x137F, "am"),
    (0x1780, 0x17FF, "km"),
    (0x3040, 0x30FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "ko"),
    (0x1100, 0x11FF, "ko"),
)
_WORD_RX = re.compile(r"[^\W\d_]+(?:['’ʻ‘][^\W\d_]+)?")
_ASCII_WORD_RX = re.compile("[a-z]+(?:(?:'|’|ʻ|‘)[a-z]+)?".encode())  # _WORD_RX where letters are ASCII
# `\b[oOgG][‘'ʻ’`][a-z]`, opening with the letter so that the regex engine skips to candidates
_UZ_APOSTROPHE_RX = re.compile(r"[oOgG](?<=\b[oOgG])[‘'ʻ’`][a-z]")
_FA_RX = re.compile("[پچژگکی]")
_UR_RX = re.compile("[ٹڈڑںےھ]")
_ARABIC_RX = re.compile("[\u0600-\u06ff]")


_SCRIPT_RX: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (tag, re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b, t in _BLOCKS if t == tag) + "]+"))
    for tag in dict.fromkeys(t for _, _, t in _BLOCKS)
)
_LETTER_RX = re.compile(r"[^\W\d_]+")


_ASCII = bytes(range(0x80))
_ASCII_LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))  # what [^\W\d_] matches in ASCII
_LATIN_ASCII = bytes(range(0x41, 0x80))  # the ASCII part of the first "latin" block
_CHARS: dict[str, tuple[bool, str | None, str]] = {}  # character -> (a letter?, script tag, lower case)


def _char(ch: str) -> tuple[bool, str | None, str]:
    """Return whether a character is a letter, its script tag and its lower case (a table filled as needed)."""
    info = _CHARS.get(ch)
    if info is None:
        tag = next((t for t, rx in _SCRIPT_RX if rx.fullmatch(ch)), None)
        info = _CHARS[ch] = (_LETTER_RX.fullmatch(ch) is not None, tag, ch.lower())
    return info


def _non_ascii(sample: str) -> tuple[bytes, Counter[str]]:
    """Return the UTF-8 bytes of `sample` and the count of each non-ASCII character, in order of appearance."""
    raw = sample.encode("utf-8", "surrogatepass")
    if len(raw) == len(sample):
        return raw, Counter()
    return raw, Counter(raw.translate(None, _ASCII).decode("utf-8", "surrogatepass"))


def _script_counts(sample: str, split: tuple[bytes, Counter[str]] | None = None) -> Counter[str]:
    """Return the letters of each script tag (the ASCII part counted by byte operations, not per character).

    `split` is `_non_ascii(sample)` when the caller has it already.
    """
    raw, rest = split or _non_ascii(sample)
    letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    tags: Counter[str] = Counter()
    latin = len(raw) - len(raw.translate(None, _LATIN_ASCII))
    if latin:
        tags["latin"] = latin
    for ch, n in rest.items():
        letter, tag, _ = _char(ch)
        letters += n if letter else 0
        if tag:
            tags[tag] += n
    counts: Counter[str] = Counter()
    for tag, _rx in _SCRIPT_RX:
        n = tags.get(tag, 0)
        if n:
            counts[tag] = n
            letters -= n
            if n > letters:
                break  # this script has most of the letters already
    return counts


@lru_cache(maxsize=8)
def _word_table(langs: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Return function word -> the languages among `langs` using it, with "’" forms of words with "'"."""
    table: dict[str, tuple[str, ...]] = {}
    for word, word_langs in _WORD_LANGS.items():
        mine = tuple(lang for lang in word_langs if lang in langs)
        if mine:
            table[word] = mine
            if "'" in word:
                table[word.replace("'", "’")] = mine
    return table


@lru_cache(maxsize=8)
def _word_table_bytes(langs: tuple[str, ...]) -> dict[bytes, tuple[str, ...]]:
    """Return `_word_table` keyed by UTF-8 bytes."""
    return {w.encode(): v for w, v in _word_table(langs).items()}


def _word_scores(sample: str, langs: list[str], others: Counter[str] | None = None) -> dict[str, float]:
    if others is None:
        others = _non_ascii(sample)[1]
    words: list[str] | list[bytes]
    if any(_char(ch)[0] for ch in others):
        words = _WORD_RX.findall(sample.lower())
        table: dict[Any, tuple[str, ...]] = _word_table(tuple(langs))
    else:  # letters are ASCII only: the same words, found faster in the UTF-8 bytes
        words = _ASCII_WORD_RX.findall(sample.lower().encode("utf-8", "surrogatepass"))
        table = _word_table_bytes(tuple(langs))
    scores = dict.fromkeys(langs, 0.0)
    for word, n in Counter(words).items():
        for lang in table.get(word, ()):
            scores[lang] += n
    cues: dict[str, int] = {}  # the cue letters of the lower-cased sample, in order of appearance
    for ch, n in others.items():
        for low in _char(ch)[2]:  # ASCII letters are no cues; "İ" lower-cases to two characters
            if low in _CUE_LANGS:
                cues[low] = cues.get(low, 0) + n
    for ch, n in cues.items():
        for lang, weight in _CUE_LANGS[ch]:
            if lang in scores:
                scores[lang] += weight * n
    if "uz" in scores:
        scores["uz"] += 2.0 * len(_UZ_APOSTROPHE_RX.findall(sample))
    total = max(1, len(words))
    return {k: v / total for k, v in scores.items()}


def _cyrillic(sample: str, others: Counter[str] | None = None) -> str:
    if others is None:
        others = _non_ascii(sample)[1]
    scores = _word_scores(sample, _CYRILLIC_LANGS, others)
    n_ru_only = sum(others[c] for c in _RU_ONLY)
    if n_ru_only:
        # ы э ё are common in Russian and absent from Ukrainian, Bulgarian, Macedonian and Serbian text.
        scores["ru"] += min(0.3, n_ru_only / max(1, len(sample)) * 20)
    return max(scores, key=lambda k: scores[k])


def _arabic(sample: str) -> str:
    n = max(1, len(_ARABIC_RX.findall(sample)))
    ur = len(_UR_RX.findall(sample)) / n
    fa = len(_FA_RX.findall(sample)) / n
    if ur > 0.01:
        return "ur"
    return "fa" if fa > 0.02 else "ar"


def language_scores(text: str) -> dict[str, float]:
    """Return each candidate language's score (matched function words and cue letters per word) for `text`."""
    sample = text[:_SAMPLE_CHARS]
    counts = _script_counts(sample)
    if not counts:
        return {}
    script = counts.most_common(1)[0][0]
    if script == "cyrillic":
        return _word_scores(sample, _CYRILLIC_LANGS)
    if script == "latin":
        return _word_scores(sample, _LATIN_LANGS)
    return {script: 1.0}


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the language most of `text` is written in, or None when unclear.

    The writing system with the most letters wins; within it, letters and function words decide. Texts
    with fewer than about ten letters, or Latin text without any known function word, give None.
    """
    sample = text[:_SAMPLE_CHARS]
    split = _non_ascii(sample)
    others = split[1]
    counts = _script_counts(sample, split)
    if sum(counts.values()) < 10:
        return None
    script = counts.most_common(1)[0][0]
    if script in ("han", "kana"):
        return "ja" if counts.get("kana", 0) > 0.05 * (counts.get("han", 0) + counts["kana"]) else "zh"
    if script == "arabic":
        return _arabic(sample)
    if script == "cyrillic":
        return _cyrillic(sample, others)
    if script == "latin":
        scores = _word_scores(sample, _LATIN_LANGS, others)
        best = max(scores, key=lambda k: scores[k])
        return best if scores[best] >= 0.03 else None
    return script
