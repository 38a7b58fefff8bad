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

__all__ = ["ending_ok", "inflects"]


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
