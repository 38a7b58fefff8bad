"""Tell which new names are persons', and in which form to name them.

A Latin-script name is a person's when a title or relation stands before it, a speech verb or a role apposition
after it ("Jens Hanefeld, the chief executive ..."); a run of Cyrillic capitals is a Russian person's name by its
pymorphy3 name tags, or by a role word before it or a speech verb after it, and is named in the nominative
("Мухамбетовым" -> "Мухамбетов"). A new person's surname alone, after the full name, is a mention of them, and a
full name coordinated with a person ("Sergei Lavrov and Sirodzhidin Aslov") is a person too.
"""

from __future__ import annotations

import re

from sphere.read import russian
from sphere.read.entities.candidates import Candidate, split_words
from sphere.read.entities.linking import TITLES

__all__ = [
    "PERSON_BEFORE",
    "ROLE_AFTER",
    "SPEECH",
    "coordinated_persons",
    "cyrillic_run",
    "person_cue",
    "repeated_surname_persons",
    "role_compound",
    "suffix_persons",
    "surname_like",
    "surname_mentions",
]


SPEECH = frozenset(
    split_words(
        """said says told noted added stated stressed emphasized emphasised explained highlighted announced
        remarked wrote warned urged declared believes thinks argued commented
        dedi söyledi belirtti vurguladı açıkladı kaydetti powiedział powiedziała stwierdził podkreślił
        oświadczył zaznaczył dodał sagte erklärte betonte sagt aytdi taʼkidladi ta’kidladi"""
    )
)
PERSON_BEFORE = frozenset(
    split_words("""wife husband son daughter mother father brother sister according said says told by with""")
)
ROLE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?)?(?:deputy|director|head|chief|minister|president|chairman|chairwoman|manager|"
    r"ambassador|spokes\w+|press|official|secretary|adviser|advisor|ceo|founder|general|professor|analyst|expert|researcher|"
    r"leader|governor|mayor|envoy|commissioner|senior|vice|first|former|executive|member)",
    re.IGNORECASE,
)


# German compound roles end in their head ("Generaldirektor", "Vizepremierminister", "Staatssekretär")
_ROLE_SUFFIXES = (
    "direktor", "direktorin", "minister", "ministerin", "präsident", "präsidentin", "vorsitzende", "vorsitzender",
    "sprecher", "sprecherin", "botschafter", "botschafterin", "leiter", "leiterin", "gouverneur", "bürgermeister",
    "berater", "beraterin", "sekretär", "sekretärin", "premier", "kanzler", "gründer", "manager", "chef", "chefin",
    "senator", "senatorin",
)  # fmt: skip
# a role, its complements and a comma before the name: "den Generaldirektor für Außenbeziehungen bei Volkswagen,
# Jens Hanefeld", "the chief executive of the bank, John Smith"
_ROLE_APPOSITION = re.compile(
    r"(?i)\b(?:\w*(?:direktor|minister|präsident|vorsitzende[rn]?|sprecher|botschafter|leiter|gouverneur)\w*|"
    r"director|chairman|chairwoman|ceo|head|ambassador|spokes(?:man|woman|person)|governor|mayor|chief executive)"
    r"\b[^.;:!?,()]{0,60},\s{1,3}$"
)


def role_compound(word: str) -> bool:
    """Return True for a German compound role, also in the genitive ("Generaldirektor", "US-Senators")."""
    low = word.lower()
    return len(low) >= 7 and low.removesuffix("s").endswith(_ROLE_SUFFIXES)


def person_cue(text: str, start: int, end: int, prev: str) -> bool:
    """Return True when the context says the name is a person's (title or relation before, speech after)."""
    if (
        prev in TITLES
        or prev in PERSON_BEFORE
        or role_compound(prev)  # "Generaldirektor", "des US-Senators"
        or re.search(r"[,.!?][”\"»]\s*$", text[max(0, start - 4) : start])
        or _ROLE_APPOSITION.search(text, max(0, start - 90), start)
    ):
        return True  # a title or relation before, or the speaker after a closing quote
    after = text[end : end + 40]
    m = re.match(r"\s*(?:,\s*)?([a-z]+)", after)
    if m and m.group(1) in SPEECH:
        return True
    return bool(ROLE_AFTER.match(after))


def cyrillic_run(
    text: str,
    run: list[tuple[int, int]],
    s0: int,
    covered: bytearray,
    kb_kinds: dict[int, str],
    out: list[Candidate],
) -> None:
    """Add a Russian person name (first name + surname, by pymorphy3 name tags) or place name in one run."""
    if any(kb_kinds.get(s) == "person" for s, _ in run):
        return  # the first name of a known person ("Касым-Жомарта Токаева")
    run = [(s, e) for s, e in run if not any(covered[s:e]) and russian.has_cyrillic(text[s:e])]
    if not run:
        return
    if run[0][0] == s0 and len(run) > 1 and _not_a_name(text[run[0][0] : run[0][1]]):
        run = run[1:]  # a capitalised adverb or pronoun opening the sentence ("Вчера Кайрат Мами принял")
    while len(run) > 1 and text[run[0][0] : run[0][1]].isupper() and run[0][1] - run[0][0] <= 4:
        run = run[1:]  # an abbreviation before a name ("парламента РК Кайрат Мами")
    words = [text[s:e] for s, e in run]
    if 2 <= len(words) <= 3 and all(
        e2 - s1 <= 2 for (_, e2), (s1, _) in [(run[i], run[i + 1]) for i in range(len(run) - 1)]
    ):
        tags = [russian.person_tags(w) for w in words]
        named = "Name" in tags[0] and ({"Surn", "Surn?"} & tags[-1])
        cued = not any("Geox" in t or "Orgn" in t for t in tags) and (
            _ru_role_before(text, run[0][0], covered) or _RU_SPEECH_AFTER.match(text, run[-1][1])
        )
        if named or cued:  # a name and a surname by their tags, or any two words a role or a verb marks
            name = " ".join(_ru_name_form(w) for w in words)
            out.append(Candidate(run[0][0], run[-1][1], name, "person"))
            return
    if len(words) == 1 and run[0][0] != s0 and "Geox" in russian.person_tags(words[0]):
        out.append(Candidate(run[0][0], run[0][1], russian.nominative(words[0]), "place"))


# Russian roles before a name, in any case ("председателя", "министром", "послом"), and the words that may
# stand between the role and the name: lower-case complements and known names ("посол Китая в Узбекистане X")
_RU_ROLE = re.compile(
    r"(?:президент|председател|министр|вице-министр|премьер|вице-премьер|посол|посл|глав|аким|хоким|мэр|"
    r"губернатор|директор|гендиректор|руководител|заместител|спикер|депутат|сенатор|советник|"
    r"помощник|эксперт|политолог|аналитик|экономист|профессор|генсек|секретар|представител|"
    r"основател|владел|президента|атташе|консул|лидер)[а-яё]*$"
)
_RU_SPEECH_AFTER = re.compile(
    r",?\s{1,3}(?:заявил|сказал|отметил|сообщил|подчеркнул|добавил|пояснил|рассказал|указал|принял|провел|провёл|"
    r"предложил|призвал|считает|уверен|напомнил|встретил|посетил)[а-яё]*\b"
)
_RU_TOKEN = re.compile(r"[\w-]+")


def _ru_role_before(text: str, start: int, covered: bytearray) -> bool:
    """Return True when a Russian role word stands before `start` in the same clause, with only lower-case
    complements or knowledge-base names between ("председатель сената парламента РК Кайрат Мами")."""
    left = text[max(0, start - 80) : start]
    cut = max(left.rfind(ch) for ch in '.,;:!?()«»"\n')
    base = start - len(left)
    toks = list(_RU_TOKEN.finditer(left, cut + 1))
    for tok in reversed(toks[-6:]):
        word = tok.group()
        if _RU_ROLE.match(word.lower()):
            return True
        s, e = base + tok.start(), base + tok.end()
        if word[:1].isupper() and not all(covered[s:e]) and word not in ("РК", "РФ", "КНР", "США"):
            tag = russian.morph().parse(word.lower())[0].tag
            if tag.POS != "ADJF" or {"Name", "Surn"} & set(tag.grammemes):
                return False  # an adjective of a place between ("акимом Костанайской области X") is fine
    return False


_FUNCTION_POS = frozenset(
    {"ADVB", "PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "GRND", "PRED", "INTJ", "NUMR"}
)


def _not_a_name(word: str) -> bool:
    """Return True when pymorphy reads a capitalised word as a function word, adverb or verb, not a name."""
    parse = russian.morph().parse(word.lower())[0]
    return parse.tag.POS in _FUNCTION_POS and not {"Name", "Surn", "Geox"} & set(parse.tag.grammemes)


_RU_SURNAME_CASE = re.compile(r"(ов|ев|ёв|ин|ын)(а|у|ым|е|ой|ым)$")


def _ru_name_form(word: str) -> str:
    """Return a Russian name word in the nominative: a surname in "-ов/-ев/-ин" without its case ending
    ("Мухамбетовым" -> "Мухамбетов"), a name pymorphy reads in another case in its normal form ("Архимедом" ->
    "Архимед", "Асхата" -> "Асхат"), anything else as written (a foreign name keeps its letters: "Хенхуа")."""
    low = word.lower()
    m = _RU_SURNAME_CASE.search(low)
    if m and len(low) > 5:
        return word[: m.start(2)]
    if re.search(r"(ов|ев|ёв|ин|ын)$", low):
        return word  # a surname in the nominative already
    for p in russian.morph().parse(low)[:2]:
        if {"Name", "Surn", "Patr"} & set(p.tag.grammemes):
            if p.tag.case == "nomn":
                return word
            norm = str(p.normal_form)
            return norm[:1].upper() + norm[1:] if word[:1].isupper() else norm
    return word


def surname_mentions(
    text: str, covered: bytearray, cands: list[Candidate], apostrophe: bool = False
) -> list[Candidate]:
    """Return mentions of a new person's surname alone, after the full name was found (with a case ending
    after an apostrophe where `apostrophe`)."""
    after = r"(?![\w-])" if apostrophe else r"(?![\w-]|['’][a-rt-z])"
    extra: list[Candidate] = []
    owners: dict[str, set[str]] = {}  # surname -> the full names that end with it
    for c in cands:
        if c.kind == "person" and " " in c.name:
            owners.setdefault(text[c.start : c.end].split()[-1], set()).add(c.name)
    for c in cands:
        if c.kind != "person" or " " not in c.name:
            continue
        surname = text[c.start : c.end].split()[-1]
        if len(surname) < 3 or len(owners[surname]) > 1:
            continue  # "Nurlan Bekov" and "Aidos Bekov": "Bekov" alone is either
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}{after}", text):
            if any(covered[m.start() : m.end()]) or any(o.start <= m.start() < o.end for o in cands + extra):
                continue
            extra.append(Candidate(m.start(), m.end(), c.name, "person"))
    return extra


_AND_BEFORE = re.compile(r"([\w'’-]{1,40})(?:,| and| und| и| ve| i| va) {1,3}$")


def coordinated_persons(text: str, kb_kinds: dict[int, str], cands: list[Candidate]) -> None:
    """Make a full name of two or three words a person when it is coordinated with a person ("Sergei Lavrov
    and Sirodzhidin Aslov")."""
    persons = [c for c in cands if c.kind == "person"]
    for c in cands:
        if c.kind != "other" or not 2 <= len(c.name.split()) <= 3:
            continue
        m = _AND_BEFORE.search(text, max(0, c.start - 40), c.start)
        if not m:
            continue
        pos = m.start(1)
        if kb_kinds.get(pos) == "person" or any(p.start <= pos < p.end for p in persons):
            c.kind = "person"


_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][a-zß-öø-ÿā-ſа-яё'’-]{2,}")
_DETERMINER = frozenset(
    split_words(
        """the a an this that its his her their our der die das den dem des ein eine einen einem einer eines
        la le les el il lo"""
    )
)
_CAP_NEAR = re.compile(r"[^\W\d_]")


def repeated_surname_persons(
    text: str, covered: bytearray, cands: list[Candidate], not_names: frozenset[str]
) -> None:
    """Make a two-word name without a kind a person when its second word comes back alone later in the text,
    neither inside another name nor after a determiner ("Ronald Pofalla ... Pofalla sagte"): a given name and
    a surname, the surname standing for the person. `not_names` holds words that are never a surname."""
    spans = [
        (c.start, c.end) for c in cands if " " in c.name or c.kind != "other"
    ]  # the surname alone may be one
    for c in cands:
        words = c.name.split()
        if c.kind != "other" or len(words) != 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        if any(w.lower() in not_names for w in words):
            continue
        surname = words[1]
        for m in re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])").finditer(text, c.end):
            s, e = m.span()
            if any(covered[s:e]) or any(a <= s < b for a, b in spans):
                continue
            before = text[max(0, s - 40) : s].split()
            after = text[e : e + 40].split()
            prev = before[-1] if before else ""
            nxt = after[0] if after else ""
            if prev.lower() in _DETERMINER or (prev[:1].isupper() and not re.search(r"[.!?:;,]$", prev)):
                continue  # "the Paradise", "Tang Paradise" again: part of a phrase or of a longer name
            if nxt[:1].isupper() and _CAP_NEAR.match(nxt):
                continue
            c.kind = "person"
            break


# surname endings of Central Asian and Russian names in Latin transliteration (English, Uzbek, Turkish, German,
# Polish spellings) and Kazakh/Kyrgyz patronymic surnames: "Mirzayev", "Tokajew", "Nazarbaeva", "Kassymbek uly"
_SURNAME_END = re.compile(
    r"(?:[bcdfghjklmnprstvxyzš]|[aeiou]y|i)(?:ov|ev|yev|ova|eva|yeva)$"  # Mirzayev, Nazarbayeva
    r"|[kmnrsvwzt](?<!rr)(?<!nn)(?<!ss)(?<!tt)(?<!mm)(?:ow|owa)$"  # Lawrow, Iwanowa; not "meadow", "arrow"
    r"|[djlv](?:ew|ewa)$"  # Tokajew, Medwedew; not "Andrew"
    r"|uly$|ulı$|qizi$|kyzy$"
)


def surname_like(word: str) -> bool:
    """Return True when a word ends like a Central Asian or Russian surname ("Mirzayev", "Tokajew", "Kassymbek
    uly")."""
    return len(word) >= 5 and _SURNAME_END.search(word.lower()) is not None


def suffix_persons(cands: list[Candidate], not_names: frozenset[str]) -> None:
    """Make a two- or three-word name without a kind a person when its last word ends like a Central Asian or
    Russian surname ("Zoyir Mirzayev", "Dschenis Kassymbek", not "Rostov Oblast": that has a kind of its own)."""
    for c in cands:
        words = c.name.split()
        if c.kind != "other" or not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        if any(w.lower() in not_names for w in words):
            continue
        if _SURNAME_END.search(words[-1].lower()) and len(words[-1]) >= 5:
            c.kind = "person"
