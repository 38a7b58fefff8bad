"""Case endings that may follow a knowledge-base name in languages that inflect names by suffixes.

Turkish and Azerbaijani write a proper name's ending after an apostrophe ("Özbekistan'da"); Kazakh, Kyrgyz
and Uzbek attach it directly ("Қазақстанның", "Oʻzbekistonda"); German adds a genitive "-s" ("Kasachstans")
and adjective endings ("chinesischen"); Polish declines names ("Kazachstanu", "Kazachstanem"). A gazetteer
match that stops inside a word is still a mention when the rest of the word is one of the endings listed
here for the document's language. The lists are the standard case and possessive suffixes of each grammar
(vowel-harmony variants included), longest first.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["ending_ok", "inflects", "place_case", "polish_adjective_forms"]


def _split(text: str) -> tuple[str, ...]:
    return tuple(sorted(set(text.split()), key=len, reverse=True))


# Suffix chains a name can carry (case endings, plural, possessive, the relational "-ғы/-gi/-ki").
_ENDINGS: dict[str, tuple[str, ...]] = {
    "kk": _split(
        """ның нің дың дің тың тің ға ге қа ке на не а е ды ді ты ті ны ні н да де та те нда нде дан ден тан
        тен нан нен мен бен пен ымен імен нымен нiмен дағы дегі тағы тегі ндағы ндегі дай дей тай тей лар лер
        дар дер тар тер ы і сы сі ның ға қа дық дік тық тік лық лік лы лі ғы гі қы кі
        nyń niń dyń diń tyń tiń ǵa ge qa ke na ne a e dy di ty ti ny ni n da de ta te nda nde dan den tan ten
        nan nen men ben pen ymen imen daǵy degi taǵy tegi lyq lik dyq dik tyq tik"""
    ),
    "ky": _split(
        """нын нин дын дин тын тин нун нүн дун дүн тун түн га ге ка ке го гө ко кө на не а е ны ни ды ди ты ти
        ну нү ду дү ту тү да де та те до дө то тө дан ден тан тен дон дөн тон төн нан нен нон нөн менен
        дагы деги дыгы"""
    ),
    "uz": _split(
        """ning ni ga ka qa da dan dagi ning dek day lik liklar lar larning larga larda ga ham
        нинг ни га ка қа да дан даги дек дай лик лар ларнинг ларга ларда"""
    ),
    "tr": _split(
        """'da 'de 'ta 'te 'dan 'den 'tan 'ten 'nın 'nin 'nun 'nün 'ın 'in 'un 'ün 'a 'e 'ya 'ye 'ı 'i 'u 'ü
        'yı 'yi 'yu 'yü 'la 'le 'yla 'yle 'daki 'deki 'taki 'teki 'dır 'dir 'lı 'li 'lu 'lü 'ya 'na 'ne 'nda
        'nde 'ndan 'nden 'ndaki 'ndeki li lı lu lü"""
    ),
    "az": _split(
        """'da 'də 'dan 'dən 'nın 'nin 'nun 'nün 'ın 'in 'a 'ə 'ya 'yə 'ı 'i 'u 'ü 'la 'lə 'dakı 'dəki 'na 'nə"""
    ),
    "de": _split("s es e en er es em ern"),
    "pl": _split("u a em ie owi y i ach ami om ą ę ę owie ów ego ej emu im ich"),
}
_ENDINGS["tr"] = _ENDINGS["tr"] + tuple(e.replace("'", "’") for e in _ENDINGS["tr"] if "'" in e)
# the Kazakh Latin endings above are in the 2018 alphabet; the 2021 one writes ń, ǵ, i (і) as ñ, ğ, ı, and the
# press often ŋ and ǧ
_KK_2021 = str.maketrans({"ń": "ñ", "ǵ": "ğ", "i": "ı"})
_KK_PRESS = str.maketrans({"ń": "ŋ", "ǵ": "ǧ", "i": "ı"})
_ENDINGS["kk"] = tuple(
    sorted(
        {
            *_ENDINGS["kk"],
            *(
                e.translate(t)
                for e in _ENDINGS["kk"]
                if e.isascii() or "ń" in e or "ǵ" in e
                for t in (_KK_2021, _KK_PRESS)
            ),
        },
        key=len,
        reverse=True,
    )
)
_ENDINGS["az"] = _ENDINGS["az"] + tuple(e.replace("'", "’") for e in _ENDINGS["az"] if "'" in e)


def inflects(language: str | None) -> bool:
    """Return True when names in `language` take endings this module knows."""
    return (language or "")[:2] in _ENDINGS


@lru_cache(maxsize=16)
def _endings(language: str) -> tuple[str, ...]:
    return _ENDINGS.get(language[:2], ())


def ending_ok(
    text: str, end: int, language: str | None, *, min_stem: int = 4, stem_len: int = 0
) -> int | None:
    """Return where the word that a name ending at `end` runs into stops, when the rest is a known ending.

    None when the rest of the word is not a case ending of `language` or the name is shorter than
    `min_stem` characters (short names with endings are too often other words).
    """
    if not language or stem_len < min_stem:
        return None
    stop = end
    size = len(text)
    while stop < size and (text[stop].isalpha() or text[stop] in "'’"):
        stop += 1
    rest = text[end:stop].lower()
    if not rest or len(rest) > 10:
        return None
    return stop if rest in _endings(language) else None


# Endings that put a name in a place role: locative ("in"), dative/directive ("to") and ablative ("from").
_PLACE_CASES: dict[str, frozenset[str]] = {
    "kk": frozenset(
        _split(
            """да де та те нда нде ға ге қа ке на не а е дан ден тан тен нан нен дағы дегі тағы тегі ндағы
            ндегі da de ta te nda nde ǵa ge qa ke dan den tan ten nan nen"""
        )
    ),
    "ky": frozenset(_split("да де та те до дө то тө га ге ка ке го гө ко кө дан ден тан тен дон дөн")),
    "uz": frozenset(_split("da ga ka qa dan dagi да га ка қа дан даги")),
    "tr": frozenset(
        _split(
            """'da 'de 'ta 'te 'dan 'den 'tan 'ten 'a 'e 'ya 'ye 'na 'ne 'nda 'nde 'ndan 'nden 'daki 'deki
            'taki 'teki"""
        )
    ),
    "az": frozenset(_split("'da 'də 'dan 'dən 'a 'ə 'ya 'yə 'dakı 'dəki")),
}


def place_case(language: str | None, ending: str) -> bool:
    """Return True when `ending` (the rest of the word after a name, apostrophe included where written)
    is a locative, dative or ablative case ending of `language`: the name is a place there, not an actor."""
    endings = _PLACE_CASES.get((language or "")[:2], frozenset())
    return ending.lower().replace("’", "'") in endings


# Polish declension of names ending in -a (feminine nouns and adjectives), which change the last letters
# rather than add an ending: "Astana" -> "Astany, Astanie, Astanę, Astaną"; "Unia Europejska" -> "Unii
# Europejskiej, Unię Europejską, Unią Europejską". Locative endings follow the consonant alternations of
# Polish grammar (t -> cie, d -> dzie, r -> rze, k -> ce, g -> dze, ł -> le, ch -> sze).
_PL_LOC = (
    ("cha", "sze"),
    ("ta", "cie"),
    ("da", "dzie"),
    ("ra", "rze"),
    ("ka", "ce"),
    ("ga", "dze"),
    ("ła", "le"),
    ("na", "nie"),
    ("sa", "sie"),
    ("za", "zie"),
    ("wa", "wie"),
    ("ma", "mie"),
    ("pa", "pie"),
    ("ba", "bie"),
    ("la", "li"),
)
_PL_ADJ = ("ska", "cka", "zka", "owa", "owa", "alna", "ejska", "na", "ia")


def _pl_noun(word: str) -> tuple[str, str, str, str]:
    """Return (genitive, locative, accusative, instrumental) of a Polish noun ending in -a."""
    stem = word[:-1]
    if word.endswith(("ia", "ja")):
        soft = stem + "i" if word.endswith("ia") else stem[:-1] + "ji"
        return soft, soft, stem + "ę", stem + "ą"
    gen = stem + ("i" if word.endswith(("ka", "ga", "la")) else "y")
    loc = next((word[: -len(a)] + b for a, b in _PL_LOC if word.endswith(a)), gen)
    return gen, loc, stem + "ę", stem + "ą"


def polish_forms(phrase: str) -> set[str]:
    """Return the oblique case forms of a Polish name whose head noun ends in -a (empty set otherwise)."""
    words = phrase.split()
    if len(words) == 1 and phrase.endswith("y") and len(phrase) >= 5 and phrase[:1].isupper():
        stem = phrase[:-1]  # a plural name ("Chiny": "Chin, Chinom, Chinami, Chinach")
        return {stem, stem + "om", stem + "ami", stem + "ach"}
    if not words or not words[0].endswith("a") or len(words[0]) < 4 or len(words) > 3:
        return set()
    if any(not w.endswith("a") for w in words[1:]) or any(not w.endswith(_PL_ADJ) for w in words[1:]):
        return set()
    noun = _pl_noun(words[0])
    adj_gen = [w[:-1] + ("iej" if w.endswith(("ka", "ga")) else "ej") for w in words[1:]]
    adj_acc = [w[:-1] + "ą" for w in words[1:]]
    return {
        " ".join([noun[0], *adj_gen]),
        " ".join([noun[1], *adj_gen]),
        " ".join([noun[2], *adj_acc]),
        " ".join([noun[3], *adj_acc]),
    }


# Polish adjectives of origin ("chiński", "kazachski", "uzbecki") decline by their ending: "chińskiego,
# chińskiej, chińskim, chińskich, chińską, chińskie, chińska" (PWN, "Odmiana przymiotników").
_PL_ADJ_ENDINGS = ("i", "a", "ie", "iego", "iej", "im", "ich", "iemu", "ą")


def polish_adjective_forms(adjective: str) -> set[str]:
    """Return the case forms of a Polish adjective in "-ski"/"-cki"/"-zki" (empty set for other words)."""
    if not adjective.endswith(("ski", "cki", "zki")) or " " in adjective or len(adjective) < 6:
        return set()
    stem = adjective[:-1]
    return {stem + e for e in _PL_ADJ_ENDINGS} - {adjective}
