"""Link knowledge-base names in a text: from automaton matches to entity mentions.

`link_kb` takes the matches of the alias index (`sphere.read.gazetteer.find_aliases`) and decides which are
mentions and of what: among several entities sharing an alias the collision rule, then the document's other
unambiguous entities, then the kind decides; currencies ("US dollars"), parts of other names ("Trans-Afghan"),
agency credits and ordinary words are no mentions; a surname alone counts only after a full mention, a first
name, an initial or a title (leaders excepted); a capital stands for its country (or an organization it
hosts) when it acts, but is the city after a preposition or in a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sphere.read import russian
from sphere.read.entities.gazetteer import Alias, EntityInfo, Gazetteer, find_aliases, is_cjk, normalise
from sphere.read.entities.inflection import place_case


def _words(text: str) -> list[str]:
    """Split a block of space-separated words (word lists stay readable in the source)."""
    return text.split()


TITLES = frozenset(
    _words(
        """president presidents premier minister ministers mr mr. mrs mrs. ms ms. dr dr. chairman chairwoman
        leader ambassador envoy secretary general sheikh emir king queen prince princess pope governor mayor
        senator chancellor speaker director spokesperson spokesman spokeswoman deputy vice commissioner
        professor президент президента президентом премьер министр министра лидер председатель посол глава
        генсек
        orgeneral korgeneral tümgeneral tuğgeneral oramiral koramiral tümamiral
        cumhurbaşkanı başkan başkanı başkonsolosu konsolos konsolosu yardımcısı sekreter sekreteri başbakan başbakanı bakanı bakan büyükelçisi büyükelçi sözcüsü genel sekreteri
        prezydent prezydenta premier ministra minister ambasador przewodniczący rzecznik
        präsident präsidenten ministerpräsident außenminister ministerin kanzler kanzlerin botschafter
        staatschef regierungschef sprecher chef herr frau
        prezident prezidenti bosh vaziri vazir vaziri elchi elchisi raisi rais
        президенті министрі премьер-министрі төрағасы төраға елшісі басшысы хатшысы әкімі спикері депутаты
        орынбасары"""
    )
)
# a capital after one of these is the city itself, not its government
LOCATIVE = frozenset(
    _words(
        """in at to from near into onto outside inside via through across around toward towards visit visited
        visiting arrived arrive arrival reached held hosted capital city streets of в во на из до под около
        через близ город городе столице
        nach aus bei im zum zur w we do z ze ku hauptstadt stadt metropole stolicy stolica stolicę miasto
        başkent başkenti şehri kenti"""
    )
)
# the word before a position, read backwards: `([\w.'’-]+)[\s,]*$` on the text reversed, without the
# quadratic retries of a `$`-anchored search
_WORD_BEFORE_REVERSED = re.compile(r"[\s,]*([\w.'’-]+)")


@dataclass(slots=True)
class Hit:
    """A span of text linked to one entity, as found by the automaton or by the new-name pass."""

    start: int
    end: int
    entity_id: str
    alias_type: str


def word_before(text: str, start: int) -> str:
    """Return the word before `start` (within 40 characters, across spaces and commas), lower case, or ""."""
    m = _WORD_BEFORE_REVERSED.match(text[max(0, start - 40) : start][::-1])
    return m.group(1)[::-1].lower().rstrip(".") if m else ""


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Return True when the span opens a line (after an optional date header) and a comma or dash follows."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip() and not re.fullmatch(r"\s*(?:date\s+\d{4}-\d\d-\d\d\s*)?", before):
        return False
    if text[start:end].isupper() and text[end : end + 2] in (". ", ".\n"):
        return True  # "АСТАНА. KAZINFORM —": a dateline in capitals ends with a full stop
    return bool(re.match(r"\s*(?:,|\(|–|—|-|\s\d)", text[end : end + 3]))


_KIND_PRIOR = {
    "country": 6,
    "place": 5,
    "organization": 4,
    "company": 3,
    "project": 2,
    "person": 1,
    "other": 0,
}


def _choose(aliases: list[Alias], gaz: Gazetteer, context: set[str]) -> Alias:
    """Pick one alias among several entities: the collision rule, then the document's context, then kind."""
    if len({a.entity_id for a in aliases}) == 1:
        return min(aliases, key=lambda a: a.type == "short")

    def score(a: Alias) -> tuple[int, int, int]:
        info = gaz.entities[a.entity_id]
        related = int(bool(info.country and info.country in context)) + int(a.entity_id in context)
        return (related, int(a.type != "short"), _KIND_PRIOR.get(info.kind, 0))

    return max(aliases, key=score)


_CURRENCY = re.compile(r"(?:dollars?|доллар\w*)$", re.IGNORECASE)


def _currency_before(tail: str) -> bool:
    """Return `_CURRENCY.search(tail)` as a bool, searching only where "dollar" or "доллар" occurs."""
    low = tail.lower()  # these letters fold under IGNORECASE as `lower` folds them
    return ("llar" in low or "ллар" in low) and _CURRENCY.search(tail) is not None


_AFTER_CURRENCY = re.compile(r"\$|[\s-](?:dollars?|доллар\w*)\b", re.IGNORECASE)  # "US-Dollar" too
_EVENT_WORDS = frozenset(_words("summit meeting forum conference congress"))
_EVENT_AFTER = re.compile(
    r"\s(?:summit|format|meeting|forum|dialogue|talks|platform|high-level)\b", re.IGNORECASE
)
_PREFIX_BEFORE = re.compile(r"(?:^|[^\w])(?:trans|pan|anti|pro|post|pre|non|inter|intra|ex)-$", re.IGNORECASE)


_LANGUAGE_BEFORE = frozenset(_words("in into from speak speaks spoke speaking sang sing sings fluent native"))


def _not_a_mention(
    text: str, start: int, end: int, alias: Alias, initial: bool, gaz: Gazetteer
) -> str | None:
    """Return why a match is no mention ("currency", "part", "event", "credit", "word"), or None if it is one."""
    kind = gaz.entities[alias.entity_id].kind
    before = text[max(0, start - 12) : start]
    if kind == "country" and (_currency_before(before.rstrip()) or _AFTER_CURRENCY.match(text, end)):
        return "currency"  # "US dollars", "долларов США": a currency, not the state
    if before.endswith("-") and _PREFIX_BEFORE.search(before):
        return "part"  # "Trans-Afghan": part of another name
    if kind != "other" and alias.form.rsplit(None, 1)[-1].lower() in _EVENT_WORDS:
        return "event"  # "China-Central Asia Summit" names a meeting (found as a new name), not the body behind it
    surface = text[start:end]
    if ("-" in surface or "–" in surface or "—" in surface) and _EVENT_AFTER.match(text, end):
        return "event"
    tail = before.rstrip()
    if tail.endswith(("—", "–", "/")):
        line_end = text.find("\n", end)
        rest = text[end : len(text) if line_end < 0 else line_end].strip()
        if (tail[-1] != "/" and not rest) or (tail[-1] == "/" and rest.startswith("/")):
            return "credit"  # an agency credit ("— AFP", "/PRNewswire/")
    if gaz.collisions and gaz.collisions.get(normalise(surface)) == "word":
        if alias.type == "demonym":
            if word_before(text, start) in _LANGUAGE_BEFORE and not re.match(
                r"\s+[a-z]", text[end : end + 2]
            ):
                return "word"  # "sang in Chinese": the language, not the state
        elif re.search(r"[A-Z][\w'’-]*\s$", text[max(0, start - 20) : start]) or re.match(
            r"\s[A-Z]", text[end : end + 2]
        ):
            return "word"  # "Mary Smith", "Washington Post": part of another name
    return None


_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_a-zа-яё][^\W\d_]+) $")


def _other_first_name(
    text: str,
    start: int,
    info: EntityInfo,
    starts: set[int],
    raw: list[tuple[int, int, list[Alias]]],
) -> bool:
    """Return True when a surname follows a capitalised word that is not the person's first name, a title,
    a sentence opening or another known name: someone else of the same surname ("Mehmet Yıldırım")."""
    m = _FIRST_NAME_BEFORE.search(text, max(0, start - 30), start)
    if not m or (m.start(1) in starts and not _opening_given_name(m.group(1))):
        return False
    word = m.group(1).lower()
    if word in TITLES or word in info.name.lower().split() or word in LOCATIVE or _PATRONYMIC.search(word):
        return (
            False  # a patronymic stands between a first name and the surname ("Nursultan Ábishuly Nazarbaev")
        )
    return not any(s <= m.start(1) < e for s, e, _ in raw)


_OPENERS = frozenset(
    _words(
        """then now thus still also instead here there speaking today yesterday tomorrow earlier later
        meanwhile however moreover furthermore nevertheless finally first second third next last once when where
        while after before during since until unless although though because if as at in on by for with from to
        and but or so yet nor both either neither only even just perhaps indeed"""
    )
)


def _opening_given_name(word: str) -> bool:
    """Return True when a word opening a sentence before a surname is a given name ("Aibek Tokayev said"), not
    an adverb or a conjunction ("Then Tokayev said", "Ранее Токаев заявил"): a Cyrillic word by its pymorphy3
    name tag, a Latin one unless it is a common opener."""
    if russian.has_cyrillic(word):
        return "Name" in russian.person_tags(word)
    return len(word) >= 3 and word.isalpha() and word.lower() not in _OPENERS and word.lower() not in TITLES


_GIVEN_NAME_AFTER = re.compile(r" ([^\W\d_a-zа-яё][^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’-])")


def _other_given_name(
    text: str, end: int, alias: Alias, info: EntityInfo, raw: list[tuple[int, int, list[Alias]]]
) -> bool:
    """Return True when a surname that the person's name puts first ("Wang" of "Wang Wentao") is followed by a
    capitalised word that is not the person's given name, a title or another known name: someone else of the
    same surname ("Wang Wenbin")."""
    tokens = info.name.lower().split()
    if len(tokens) < 2 or alias.form.lower() != tokens[0]:
        return False
    m = _GIVEN_NAME_AFTER.match(text, end)
    if not m:
        return False
    word = m.group(1).lower()
    if word in tokens or word in TITLES or word in LOCATIVE:
        return False
    return not any(s <= m.start(1) < e for s, e, _ in raw)


# Russian, Kazakh, Kyrgyz and Uzbek patronymics in Cyrillic and Latin ("Кемелевич", "Әбішұлы", "Ábishuly", "qizi")
_PATRONYMIC = re.compile(
    r"(?:ович|евич|овна|евна|ична|ұлы|улы|уулу|қызы|кызы|uly|ulı|ūly|uulu|ovich|evich|ovna|evna|qyzy|qızı|o['‘’ʻ]g['‘’ʻ]li|qizi)$"
)


_CJK_LOCATIVE = frozenset(
    "在到从赴抵于往至"
)  # "in", "to", "from", "arrive" written before a Chinese place name
_WORD_REST = re.compile(r"['’]?[^\W\d_]+")


# the word "city" after a name, in the Turkic languages that put it there ("Pekin shahriga", "Тошкент,
# Самарқанд ва Қўқон шаҳарларида", "Астана қаласында", "Ankara şehrinde", "Pekin kentinde")
_CITY_AFTER = re.compile(
    r"(?:,?\s(?:[^\W\d_]+,\s|va\s|ва\s|және\s|ve\s|[^\W\d_]+\s){0,4})?"
    r"(?:shahr|shahar|шаҳр|шаҳар|шахр|шахар|қала|qala|şehr|kent)\w*",
    re.IGNORECASE,
)


def _place_role(text: str, start: int, end: int, language: str | None) -> bool:
    """Return True when the name's own case ending, a Chinese preposition or the word "city" after it makes it
    a place ("Astana'da", "Астанада", "在阿斯塔纳", "Pekin shahriga"), not the state acting through its capital."""
    if start and text[start - 1] in _CJK_LOCATIVE:
        return True
    if (language or "")[:2] in ("uz", "kk", "ky", "tr", "az") and _city_after(text, end):
        return True
    m = _WORD_REST.match(text, end)
    return m is not None and place_case(language, m.group())


def _city_after(text: str, end: int) -> bool:
    """Return True when the word "city" follows the name, alone or after a short list of other names."""
    m = _CITY_AFTER.match(text, end)
    if m is None:
        return False
    between = text[end : m.end()]
    # only names between the name and "city" (capitalised words and connectors), never a verb or a clause
    words = re.findall(r"[^\W\d_]+", between)[:-1]
    return all(w[:1].isupper() or w in ("va", "ва", "және", "ve") for w in words)


def link_kb(
    text: str,
    gaz: Gazetteer,
    sentences: list[tuple[int, int]] | None = None,
    skipped: list[tuple[int, int]] | None = None,
    language: str | None = None,
) -> list[Hit]:
    """Return the KB entity hits of `text`, resolved for ambiguity, surnames and metonymic capitals.

    Matches that are no mention (a currency, a credit, part of another name) are appended to `skipped`;
    `language` lets names carry that language's case endings.
    """
    raw = find_aliases(text, gaz, language)
    starts = {s for s, _ in sentences or []}
    unambiguous = {
        a[0].entity_id for _, _, a in raw if len({x.entity_id for x in a}) == 1 and a[0].type != "short"
    }
    context = set(unambiguous)
    for eid in unambiguous:
        info = gaz.entities.get(eid)
        if info and info.country:
            context.add(info.country)
    hits: list[Hit] = []
    for start, end, aliases in raw:
        alias = _choose(aliases, gaz, context)
        info = gaz.entities[alias.entity_id]
        why = _not_a_mention(text, start, end, alias, start in starts, gaz)
        if why:
            if skipped is not None and why != "part":
                skipped.append((start, end))
            continue
        if info.kind == "organization" and text[end : end + 1] in ("长", "長") and is_cjk(text[start:end]):
            continue  # "外交部长": the head of the body, a title, not the body
        prev = word_before(text, start)
        if re.search(r"[.!?…:][\"”»’']?\s*$", text[max(0, start - 6) : start]):
            prev = ""  # the last word of the sentence before says nothing about this one
        sole_owner = len({a.entity_id for a in aliases}) == 1
        if (
            alias.type == "short"
            and info.kind == "person"
            and alias.entity_id not in unambiguous
            and not (info.prominent and sole_owner)  # "Putin", "Tokayev": leaders are known by surname
        ):
            first = info.name.split()[0].lower()
            if prev not in TITLES and prev != first and not (len(prev) == 1 and prev.isalpha()):
                continue  # a surname alone, with no full mention, first name, initial or title before it
        if (
            alias.type == "short"
            and info.kind == "person"
            and (
                _other_first_name(text, start, info, starts, raw)
                or _other_given_name(text, end, alias, info, raw)
            )
        ):
            continue  # "Mehmet Yıldırım" is not Binali Yıldırım, "Wang Wenbin" is not Wang Wentao
        if (
            info.capital_of
            and not _is_dateline(text, start, end)
            and prev not in LOCATIVE
            and not _place_role(text, start, end, language)
        ):
            hosted = [o for o in info.hosts if o in context]
            hits.append(Hit(start, end, hosted[0] if hosted else info.capital_of, "capital"))
            continue
        hits.append(Hit(start, end, alias.entity_id, alias.type))
    return hits
