"""Propose the names a document holds that the knowledge base lacks, each with a guessed kind.

Runs of capitalised tokens (joined by connector words: "Bank of China", "Belt and Road") not covered by KB
mentions are candidate names. The kind comes from cue words (titles and speech verbs for people,
"Ministry"/"Bank" for organizations, "LLC"/"Corp" for companies, "Province"/"Sea" for places,
"Railway"/"Corridor" for projects, "Summit"/"Treaty" for other); a cued name that contains KB names, such as
"Chinese Ministry of Foreign Affairs", is kept whole (`replaces_kb`). Headline-like lines give no names;
Russian person names are read with pymorphy3 name tags; a new person's surname alone follows the full name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from sphere.read import russian
from sphere.read.entities.linking import TITLES, word_before

__all__ = ["Candidate", "chinese_routes", "find_new_names", "slug"]


def _words(text: str) -> list[str]:
    """Split a block of space-separated words (word lists stay readable in the source)."""
    return text.split()


ORG_CUES = frozenset(
    _words(
        """ministry ministries agency bank organization organisation council committee commission department
        directorate directorates
        fund union association parliament assembly service office center centre institute university club
        authority court party government administration secretariat chamber federation foundation mechanism
        network alliance news daily times post tribune gazette herald
        bakanlığı bakanlık belediye belediyesi konseyi konsey örgütü teşkilatı bankası ajansı kurumu kurulu
        vakfı odası meclisi derneği üniversitesi enstitüsü birliği komitesi komisyonu müdürlüğü başkanlığı
        ministerstwo ministerstwa ministerstwie agencja organizacja organizacji organizacją organizację rada rady komisja komisji
        urząd urzędu fundusz związek sejm senat uniwersytet instytut
        vazirligi vazirlik agentligi tashkiloti kengashi qoʻmitasi qo‘mitasi universiteti jamgʻarmasi
        assotsiatsiyasi banki
        ministerium bundesministerium agentur organisation kommission behörde stiftung institut universität
        verband partei bundesregierung regierung
        министрлігі министрлік агенттігі агенттік комитеті комитет ұйымы одағы кеңесі палатасы қоры
        банкі университеті институты қауымдастығы әкімдігі партиясы"""
    )
)
COMPANY_CUES = frozenset(
    _words(
        """llc llp jsc ojsc pjsc cjsc corp corp. corporation co co. company group holding holdings inc inc. ltd
        ltd. plc gmbh ag sa mining petroleum oil gas airlines airways motors industries railways power energy
        electric engineering construction logistics shipping steel metals resources telecom technologies
        consortium
        şirketi a.ş. aş holdingi sanayi spółka s.a. sp. gazprom kompaniyasi mchj aj konzern gmbh
        компаниясы корпорациясы холдингі ақ жшс"""
    )
)
PLACE_CUES = frozenset(
    _words(
        """province region oblast district city county mountains mountain sea lake river valley plaza square
        palace park airport basin desert island islands gulf strait bay zone port autonomous steppe
        peninsula field deposit
        ili ilçesi bölgesi dağları gölü nehri denizi havalimanı prowincja obwód jezioro morze rzeka góry
        dolina viloyati tumani shahri koʻli ko‘li daryosi provinz gebiet fluss gebirge
        облысы ауданы қаласы өзені көлі кен орны"""
    )
)
PROJECT_CUES = frozenset(
    _words(
        """railway railroad pipeline corridor route highway bridge dam plant hpp npp project terminal tunnel
        gateway village line canal mine plants stations
        demiryolu demiryolları koridoru hattı santrali barajı köprüsü tüneli projesi limanı kolej kolei
        gazociąg rurociąg korytarz korytarza elektrownia elektrowni autostrada koridori ges aes ies
        eisenbahn bahnstrecke pipeline korridor kraftwerk projekt
        теміржолы темір жолы құбыры дәлізі электр станциясы жобасы"""
    )
)
OTHER_CUES = frozenset(
    _words(
        """summit treaty declaration agreement conference meeting forum initiative dynasty road games expo
        congress exhibition festival
        strategy program programme convention accord charter doctrine war"""
    )
)
CONNECTORS = frozenset(
    _words("""of the and for de del da bin al von der van on & for-the la le für und die das""")
)
LEADING_STOP = frozenset(
    _words(
        """the a an this that these those it its he she we they i you his her their our my your but and or so
        yet however in on at for with as after before during since while when where while if although though
        because by from to of into about over under between among against without within also meanwhile
        moreover besides furthermore according earlier later today yesterday tomorrow last next both all
        many some most several each every other such there here what which who whom whose how why not no yes
        there's it's mr mrs ms dr are is was were be been has have had does did will would can could should
        might must der die das des dem den ein eine einer eines einem einen konzern unternehmen firma"""
    )
)
NOT_NAMES = frozenset(
    _words(
        """january february march april may june july august september october november december monday tuesday
        wednesday thursday friday saturday sunday western
        ocak şubat nisan mayıs haziran temmuz ağustos eylül ekim aralık pazartesi salı çarşamba perşembe
        cuma cumartesi pazar januar februar märz juni juli oktober dezember montag dienstag mittwoch
        donnerstag freitag samstag sonntag yanvar fevral aprel iyun iyul avgust sentabr oktabr noyabr dekabr
        eastern northern southern west east north south western islamic muslim christian soviet read more
        home news world politics business economy published updated photo video source image credit covid
        internet"""
    )
)
ACRONYM_STOP = frozenset(
    _words(
        """GDP GNP TEU USD EUR CNY RUB KZT UZS LNG LPG CEO CFO CTO PM AM GW MW KW KWH MWH GWH TWH KM KG BCM ID
        IT AI FDI PPP SEZ NPP HPP VAT UAV TV PR HQ US UK EU UN OK CIS Q1 Q2 Q3 Q4 II III IV VI VII VIII IX
        XI XII XX XXI NB PS FAQ PDF URL RSS CET GMT UTC"""
    )
)
SPEECH = frozenset(
    _words(
        """said says told noted added stated stressed emphasized emphasised explained highlighted announced
        remarked wrote warned urged declared believes thinks argued commented
        dedi söyledi belirtti vurguladı açıkladı kaydetti powiedział powiedziała stwierdził podkreślił
        oświadczył zaznaczył dodał sagte erklärte betonte sagt aytdi taʼkidladi ta’kidladi"""
    )
)
PERSON_BEFORE = frozenset(
    _words("""wife husband son daughter mother father brother sister according said says told by with""")
)
ROLE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?)?(?:deputy|director|head|chief|minister|president|chairman|chairwoman|manager|"
    r"ambassador|spokes\w+|press|official|secretary|adviser|advisor|ceo|founder|general|professor|analyst|expert|researcher|"
    r"leader|governor|mayor|envoy|commissioner|senior|vice|first|former|executive|member)",
    re.IGNORECASE,
)
_UPPER = "A-ZА-ЯЁÀ-ÖØ-Þ" + "".join(
    chr(c)
    for c in [*range(0x100, 0x250), *range(0x400, 0x530)]
    if chr(c).isupper() and not "А" <= chr(c) <= "Я"
)  # Latin Extended, and Cyrillic beyond Russian's (Kazakh "Қ", "Ө", "Ұ", "Ү", "І", Uzbek "Ў")
_CAP = rf"(?:Co\.|Corp\.|Inc\.|Ltd\.|Jr\.|(?:[A-Z]\.){{2,}}|[A-Z]\.(?= [A-Z])|[{_UPPER}][\w&'’-]*(?:\.\w[\w&'’-]*)*)"
_CONN = r"(?:of|the|and|for|de|del|da|du|dos|la|le|bin|al|von|der|van|&)"
_JOIN = r"(?:(?: (?:of|for|für|de|del|da|du|dos|la|le|bin|al|von|der|van)){1,2}(?: the| die| das)?| and| und| &| the)?"
# lower-case head nouns that end a name begun in capitals ("Sugd region", "Trans-Afghan railway")
_LOWER_HEAD = re.compile(
    r" (?:(?:gold|copper|coal|gas|oil|uranium|iron|lithium|tungsten|silver|zinc|lead|ore) )?"  # "Kumtor gold deposit"
    r"(region|province|oblast|district|railway|railroad|pipeline|corridor|route|highway|canal|deposit|field|"
    r"mine|dam)\b"
)
# every alternative of _CAP opens with an upper-case letter: the lookahead rejects other positions at once
_RUN = re.compile(rf"(?=[{_UPPER}]){_CAP}(?:{_JOIN} {_CAP}|,? (?:Ltd|Inc|LLC|LLP|JSC)\b\.?)*")
_TOKEN = re.compile(rf"{_CAP}|\b{_CONN}\b|(?<=\s)&")


@dataclass(slots=True)
class Candidate:
    """A name the KB lacks, with a guessed kind; `replaces_kb` when KB names inside it are parts of it."""

    start: int
    end: int
    name: str
    kind: str
    id: str = ""
    replaces_kb: bool = False
    lower_ok: bool = (
        False  # a name that opens with a lower-case head word ("министерства труда", "газопровода X – Y")
    )
    aliases: tuple[str, ...] = ()  # other names of it known from its parts (a region's city: "Naryn")


def slug(name: str) -> str:
    """Return a lowercase ASCII slug for an id ("Tang Paradise" -> "tang-paradise"); non-Latin kept as is."""
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = ascii_ if re.search(r"[A-Za-z]", ascii_) else name.lower()
    return re.sub(r"[^\w]+", "-", base.lower()).strip("-") or "x"


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_GLUED_TITLE = re.compile(r"(?:[^\W\d_][^\W\d_]{1,3}\.)+(?=[^\W\d_]{3})")


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Return True for a headline-like sentence: three or more words, nearly all capitalised (or all caps)."""
    words = [w for w in _WORD.findall(text, start, end) if len(w) > 3]
    if len(words) < 3:
        return False
    if len(words) > 12 and text[start:end].rstrip()[-1:] in ".!?…":
        return False  # a long sentence ending in a full stop is body text, however many names it holds
    return sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)


_ORG_SUFFIXES = (
    "bank",
    "ministerium",
    "agentur",
    "organisation",
    "kommission",
    "behörde",
    "stiftung",
    "verband",
    "rat",
    "rats",
)


def _kind_of(tokens: list[str]) -> str | None:
    """Return the kind a cue word in the name implies: the head of an English name, the last cue before "of"."""
    cut = next((i for i, t in enumerate(tokens) if t.lower() in ("of", "for", "für")), len(tokens))
    if cut < len(tokens) and _kind_of(tokens[:cut]) is not None:
        tokens = tokens[:cut]  # "Agency for Atomic Energy", "Bank of China": the head comes first
    kind = None
    for tok in tokens:
        low = re.split(r"['’]", tok.lower())[0].rstrip(".")  # a Turkish case ending: "Havalimanı'nda"
        if low in COMPANY_CUES or tok.lower() in COMPANY_CUES:
            kind = "company"
        elif low in ORG_CUES or (len(low) >= 9 and low.endswith(_ORG_SUFFIXES)):
            kind = "organization"  # German compounds end in their head: "Entwicklungsbank", "Industrieministerium"
        elif low in PLACE_CUES:
            kind = "place"
        elif low in PROJECT_CUES:
            kind = "project"
        elif low in OTHER_CUES:
            kind = "other"
    return kind


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Return runs of capitalised tokens (joined by single spaces or connector words) within [start, end)."""
    runs: list[list[tuple[int, int]]] = []
    for m in _RUN.finditer(text, start, end):
        run: list[tuple[int, int]] = []
        # a run without a space is one token (as _TOKEN would find it); else tokenise it
        tokens = [m.span()] if " " not in m.group() else [t.span() for t in _TOKEN.finditer(text, *m.span())]
        for s, e in tokens:
            glued = _GLUED_TITLE.match(text, s, e)
            if glued:  # "Doç.Dr.Tahir", "Prof.Dr.Ahmet": an academic title written onto the name
                s = glued.end()
            if text[e - 1] == "." and not _INITIALS.fullmatch(text, s, e):
                e -= 1
            possessive = text[e - 2 : e] in ("'s", "’s") and e - s > 3
            if possessive:
                e -= 2
            run.append((s, e))
            if possessive:  # "China's Jiangsu Province": the possessor is a name of its own
                runs.append(run)
                run = []
        if run:
            head = _LOWER_HEAD.match(text, run[-1][1])
            hyphen = "-" in text[run[0][0] : run[-1][1]]
            if head and (head.group(1) in _NAMED_HEADS or hyphen == (head.group(1) not in _PLACE_HEADS)):
                run.append(head.span(1))
            runs.append(run)
    return runs


_PLACE_HEADS = frozenset({"region", "province", "oblast", "district"})
_NAMED_HEADS = frozenset({"canal", "deposit", "field", "mine", "dam"})  # "Qosh Tepa canal", "Karaoba deposit"


# German compound roles end in their head ("Generaldirektor", "Vizepremierminister", "Staatssekretär")
_ROLE_SUFFIXES = (
    "direktor", "direktorin", "minister", "ministerin", "präsident", "präsidentin", "vorsitzende", "vorsitzender",
    "sprecher", "sprecherin", "botschafter", "botschafterin", "leiter", "leiterin", "gouverneur", "bürgermeister",
    "berater", "beraterin", "sekretär", "sekretärin", "premier", "kanzler", "gründer", "manager", "chef", "chefin",
)  # fmt: skip
# a role, its complements and a comma before the name: "den Generaldirektor für Außenbeziehungen bei Volkswagen,
# Jens Hanefeld", "the chief executive of the bank, John Smith"
_ROLE_APPOSITION = re.compile(
    r"(?i)\b(?:\w*(?:direktor|minister|präsident|vorsitzende[rn]?|sprecher|botschafter|leiter|gouverneur)\w*|"
    r"director|chairman|chairwoman|ceo|head|ambassador|spokes(?:man|woman|person)|governor|mayor|chief executive)"
    r"\b[^.;:!?,()]{0,60},\s{1,3}$"
)


def _person_cue(text: str, start: int, end: int, prev: str) -> bool:
    """Return True when the context says the name is a person's (title or relation before, speech after)."""
    if (
        prev in TITLES
        or prev in PERSON_BEFORE
        or (len(prev) >= 7 and prev.endswith(_ROLE_SUFFIXES))
        or re.search(r"[,.!?][”\"»]\s*$", text[max(0, start - 4) : start])
        or _ROLE_APPOSITION.search(text, max(0, start - 90), start)
    ):
        return True  # a title or relation before, or the speaker after a closing quote
    after = text[end : end + 40]
    m = re.match(r"\s*(?:,\s*)?([a-z]+)", after)
    if m and m.group(1) in SPEECH:
        return True
    return bool(ROLE_AFTER.match(after))


def _sentence_runs(
    text: str, sentences: list[tuple[int, int]]
) -> Iterator[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Yield (sentence, run) for every run of capitalised tokens, cut at sentence ends (one regex pass)."""
    starts = [s for s, _ in sentences] or [0]
    for run in _runs(text, 0, len(text)):
        group: list[tuple[int, int]] = []
        current = -1
        for tok in run:
            i = bisect_right(starts, tok[0]) - 1
            if i != current and group:
                yield (sentences[current] if current >= 0 else (0, len(text))), group
                group = []
            current = i
            group.append(tok)
        if group:
            yield (sentences[current] if 0 <= current < len(sentences) else (0, len(text))), group


ROLE_WORDS = TITLES | frozenset(
    _words("""foreign prime first former acting executive special permanent chief""")
)


def _split_run(text: str, run: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split a run at role words followed by a name ("Chinese President Xi Jinping" -> "Xi Jinping")."""
    words = [text[s:e].lower().rstrip(".") for s, e in run]
    parts: list[list[tuple[int, int]]] = [[]]
    for i, tok in enumerate(run):
        nxt = words[i + 1] if i + 1 < len(run) else None
        if words[i] in TITLES and nxt is not None and nxt not in CONNECTORS:
            parts.append([])
        elif words[i] in ("and", "&", "und") and nxt is not None:
            right = words[i + 1 :]
            # keep "Belt and Road Initiative", "Hydro & Nuclear Power": one word before, a short cued name after
            keep = words[i] == "&" or (
                len(parts[-1]) == 1 and len(right) <= 2 and _kind_of(right[-1:]) is not None
            )
            if keep:
                parts[-1].append(tok)
            else:
                parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


_LEGAL_FORM = frozenset(
    _words("joint stock joint-stock company limited liability open closed public private")
)
_WHOLE_KINDS = frozenset({"organization", "company", "project"})


def _tail_kind(words: list[str]) -> str | None:
    """Return the kind of the name after an "of" when it has a head of its own (organization or company)."""
    if len(words) < 2 or (words[0].lower() == "the" and len(words) < 3):
        return None
    kind = _kind_of(words)
    return kind if kind in ("organization", "company") else None


def _has_free_letter(text: str, covered: bytearray, start: int, end: int) -> bool:
    """Return True when a letter of [start, end) is not covered by a KB mention."""
    if covered.find(0, start, end) < 0:
        return False  # all covered
    if covered.find(1, start, end) < 0:
        return any(ch.isalpha() for ch in text[start:end])  # none covered
    return any(not covered[j] and text[j].isalpha() for j in range(start, end))


def _latin_run(
    text: str,
    run: list[tuple[int, int]],
    s0: int,
    covered: bytearray,
    kb_kinds: dict[int, str],
    out: list[Candidate],
) -> None:
    """Add the new name(s) in one run of capitalised words (a cued name whole, else its uncovered parts)."""
    words = [text[s:e] for s, e in run]
    lead = 0
    while lead < len(run) and (
        words[lead].lower().rstrip(".") in LEADING_STOP or words[lead].lower() in ROLE_WORDS
    ):
        lead += 1
    while lead < len(run) and words[lead].lower() in CONNECTORS:
        lead += 1
    run, words = run[lead:], words[lead:]
    while run and (
        words[-1].lower() in CONNECTORS or words[-1].lower() in NOT_NAMES or words[-1].lower() in TITLES
    ):
        run, words = run[:-1], words[:-1]
    if not run or all(w.lower() in _LEGAL_FORM for w in words):
        return  # "Joint Stock Company" alone is a legal form, not a name
    start, end = run[0][0], run[-1][1]
    free = [i for i, (s, e) in enumerate(run) if _has_free_letter(text, covered, s, e)]
    kind = _kind_of([words[i] for i in free])
    has_kb = len(free) < len(run)
    named = [i for i in free if words[i][:1].isupper() and words[i].lower() not in CONNECTORS]
    if kind and len(run) >= 2 and named:
        known = [i for i, (s, _) in enumerate(run) if kb_kinds.get(s) in _WHOLE_KINDS]
        if known and known[0] > 0:
            # "Council of Heads of State of the SCO": a body of a known organization; keep what follows "of"
            of = max((i for i in range(known[0]) if words[i].lower() == "of"), default=None)
            if of is not None:
                _latin_run(text, run[of + 1 :], s0, covered, kb_kinds, out)
            return
        of = next(
            (
                i
                for i, w in enumerate(words)
                if w.lower() in ("of", "der", "des") and _tail_kind(words[i + 1 :])
            ),
            None,
        )
        if of is not None:  # "Conference of the Valdai Discussion Club": two names, each with its own head
            if of >= 2:
                _latin_run(text, run[:of], s0, covered, kb_kinds, out)
            _latin_run(text, run[of + 1 :], s0, covered, kb_kinds, out)
            return
        name = " ".join(words_between(text, start, end))
        out.append(Candidate(start, end, name, kind, replaces_kb=has_kb))
        if kind == "project" and "-" in text[start:end]:
            _route_places(text, start, end, covered, out)
        return
    # split into the stretches not covered by KB names
    part: list[int] = []
    for i in [*range(len(run)), None]:
        if i is not None and i in free:
            part.append(i)
            continue
        while part and words[part[-1]].lower() in CONNECTORS:
            part.pop()
        while part and (
            words[part[0]].lower() in CONNECTORS or words[part[0]].lower().rstrip(".") in LEADING_STOP
        ):
            part.pop(0)
        if part and not (
            i is not None and kb_kinds.get(run[i][0]) == "person"
        ):  # not "Vladimir V." of a KB name
            _no_cue(text, run[part[0]][0], run[part[-1]][1], s0, out)
        part = []


_NOT_PLACES = frozenset(_words("trans pan sino euro afro indo north south east west central new old great"))


def _route_places(text: str, start: int, end: int, covered: bytearray, out: list[Candidate]) -> None:
    """Add the unknown places of a hyphenated route name ("Termez-Naibabad-Logar railway") as new places."""
    for comp in re.finditer(r"\w+(?:-\w+)+", text[start:end]):
        parts = list(re.finditer(r"[^\W\d_]+", comp.group()))
        if any(p.group().lower() in _NOT_PLACES or not p.group()[:1].isupper() for p in parts):
            continue
        for p in parts:
            s, e = start + comp.start() + p.start(), start + comp.start() + p.end()
            if not any(covered[s:e]) and len(p.group()) >= 3:
                out.append(Candidate(s, e, p.group(), "place"))


def words_between(text: str, start: int, end: int) -> list[str]:
    """Return the whitespace-separated words of a span (the name with line breaks folded)."""
    return text[start:end].split()


_PLACE_OF = re.compile(r"\b(?:city|town|village|region|province|district|port|capital) of $", re.IGNORECASE)
_REPORTS = re.compile(r",? {1,3}(?:reports|reported)(?:,| {1,3}(?:citing|via)\b)")


def _no_cue(text: str, start: int, end: int, sent_start: int, out: list[Candidate]) -> None:
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
        if _REPORTS.match(text, end):  # "..., Trend reports, citing ...": a news agency
            out.append(Candidate(start, end, w, "organization"))
        elif prev in TITLES:
            out.append(Candidate(start, end, w, "person"))
        elif prev in {"in", "to", "from", "near", "via", "through", "across", "outside"} or _PLACE_OF.search(
            text, max(0, start - 30), start
        ):
            out.append(Candidate(start, end, w, "place"))
        else:
            out.append(Candidate(start, end, w, "other"))
        return
    if len(words) > 5:
        return
    if _person_cue(text, start, end, prev) and len(words) <= 4:
        out.append(Candidate(start, end, " ".join(words), "person"))
    elif not initial:
        out.append(Candidate(start, end, " ".join(words), "other"))


def _cyrillic_run(
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


def _surname_mentions(
    text: str, covered: bytearray, cands: list[Candidate], apostrophe: bool = False
) -> list[Candidate]:
    """Return mentions of a new person's surname alone, after the full name was found (with a case ending
    after an apostrophe where `apostrophe`)."""
    after = r"(?![\w-])" if apostrophe else r"(?![\w-]|['’][a-rt-z])"
    extra: list[Candidate] = []
    for c in cands:
        if c.kind != "person" or " " not in c.name:
            continue
        surname = text[c.start : c.end].split()[-1]
        if len(surname) < 3:
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}{after}", text):
            if any(covered[m.start() : m.end()]) or any(o.start <= m.start() < o.end for o in cands + extra):
                continue
            extra.append(Candidate(m.start(), m.end(), c.name, "person"))
    return extra


CYRILLIC_CUE_LANGUAGES = frozenset({"kk", "ky"})
_SUFFIX = re.compile(
    r"['’]([^\W\d_]+)$"
)  # a Turkish case ending written after an apostrophe ("Kahramanmaraş'ta")


def _trim_suffixes(text: str, cands: list[Candidate], language: str | None) -> None:
    """Cut the case ending off names in languages that write it after an apostrophe; a single word with a
    locative, dative or ablative ending and no kind of its own is a place ("Kahramanmaraş'ta")."""
    from sphere.read.entities.inflection import place_case

    for c in cands:
        m = _SUFFIX.search(text, c.start, c.end)
        if not m or m.group(1).lower() == "s":
            continue
        c.end = m.start()
        c.name = " ".join(text[c.start : c.end].split())
        if c.kind == "other" and " " not in c.name and place_case(language, text[m.start() : m.end()]):
            c.kind = "place"


_NAME = r"[A-ZА-ЯЁ][\w'’]*(?: [A-ZА-ЯЁ][\w'’]*){0,2}"
_DASH = r"\s?[-–—]\s?"
_ROUTE_EN = re.compile(
    rf"(?<![\w-]){_NAME}(?:{_DASH}{_NAME})+ (?:(?:gas|oil|rail|power|transmission) )?"
    r"(?:railway|railroad|pipeline|route|corridor|highway|motorway|canal|bridge|line)\b"
)
_ROUTE_RU = re.compile(
    rf"(?<![\w-])(?:газопровод|нефтепровод|автодорог|трасс|коридор|канал|железн\w+ дорог)\w*"
    rf" {_NAME}(?:{_DASH}{_NAME})+"
)


def _route_names(text: str, covered: bytearray, kb_kinds: dict[int, str], cands: list[Candidate]) -> None:
    """Add route names made of places joined by dashes ("China – Kyrgyzstan – Uzbekistan railway",
    "Aktau-Alat route", "газопровода Туркменистан – Китай") as new projects, unless the KB knows them."""
    for rx in (_ROUTE_EN, _ROUTE_RU):
        if rx is _ROUTE_RU and not russian.has_cyrillic(text):
            continue
        for m in rx.finditer(text):
            start, end = m.span()
            first = text[start:end].split(None, 1)[0]
            if first.lower() in LEADING_STOP:  # "The China–..." : the article is no part of the name
                start += len(first) + 1
            if any(kb_kinds.get(i) == "project" for i in range(start, end)) or any(
                c.start <= start and end <= c.end and c.kind == "project" for c in cands
            ):
                continue  # known, or already found whole
            cands[:] = [c for c in cands if c.end <= start or c.start >= end or c.kind == "place"]
            name = " ".join(text[start:end].split())
            cands.append(Candidate(start, end, name, "project", replaces_kb=True, lower_ok=True))
            places: list[Candidate] = []
            _route_places(text, start, end, covered, places)
            taken = {c.start for c in cands}
            cands.extend(c for c in places if c.start not in taken)


# Chinese route names: places joined by dashes before the kind of work ("比涅乌-钦肯特天然气管道", "阿斯塔纳-阿拉木图高速铁路");
# a coordinating "和/与/及" before the first place ends the name ("肯基亚克-库姆科尔和阿塔苏-阿拉山口输油管道")
_ZH_ROUTE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,8}[-–—－])+[\u4e00-\u9fff]{2,8}?"
    r"(?:输油管道|输气管道|天然气管道|石油管道|管道|高速铁路|铁路|公路|走廊|通道)"
)
# function characters that end the words before a route name ("联合修建了比涅乌-钦肯特天然气管道", "... 和阿塔苏-阿拉山口")
_ZH_JOINERS = re.compile(r"[了的在是将和与及、由从至到对为把被向建设修]")


def chinese_routes(text: str) -> list[Candidate]:
    """Return the route names of a Chinese text (places joined by dashes before "管道", "铁路", "公路") as new
    projects; the places inside stay mentioned where the knowledge base knows them as countries."""
    out: list[Candidate] = []
    for m in _ZH_ROUTE.finditer(text):
        start = m.start()
        last_dash = max(m.group().rfind(d) for d in "-–—－")
        joiner = None
        for j in _ZH_JOINERS.finditer(text, m.start(), m.start() + last_dash):
            joiner = j
        if joiner:
            start = joiner.end()
        if not re.search(r"[-–—－]", text[start : m.end()]):
            continue
        name = text[start : m.end()]
        out.append(
            Candidate(start, m.end(), name, "project", id=f"new:project:{slug(name)}", replaces_kb=True)
        )
    return out


_RU_MINISTRY = re.compile(
    r"(?<![\w-])(?:(?P<full>[Мм]инистерств[а-яё]*)|Мин(?:фин|обороны|экономики|экономразвития|энерго|транс|труд|юст|"
    r"здрав|промторг|сельхоз|природы|цифры|культуры|обрнауки|просвещения|строй|спорт|нацэкономики)[а-яё]*)(?![\w-])"
)
_GENITIVE_WORD = re.compile(r" ([а-яё]+)")
_CAPITAL_WORD = re.compile(r" ([А-ЯЁ][а-яё]+)")


def _ru_ministries(text: str, covered: bytearray, kb_kinds: dict[int, str], cands: list[Candidate]) -> None:
    """Add Russian ministry names the KB lacks: "министерства труда Таджикистана", "Минобороны Казахстана",
    "Минфин" (the head, its genitive complements, and the country after it)."""
    for m in _RU_MINISTRY.finditer(text):
        start, end = m.span()
        if any(covered[start:end]):
            continue
        if m.group("full"):  # "министерства" + genitive nouns and adjectives ("труда", "иностранных дел")
            for _ in range(3):
                w = _GENITIVE_WORD.match(text, end)
                if not w or len(w.group(1)) < 3 or not _is_genitive(w.group(1)):
                    break
                end = w.end()
            if end == m.end():
                continue  # "министерства" alone names no ministry
        country = _CAPITAL_WORD.match(text, end)
        if country and kb_kinds.get(country.start(1)) == "country":
            end = country.end()
        if any(c.start < end and start < c.end for c in cands):
            continue
        words = text[start:end].split()
        head = russian.nominative(words[0])  # one name for every case of the head: "министерство труда ..."
        name = " ".join([head[:1].upper() + head[1:], *words[1:]])
        cands.append(Candidate(start, end, name, "organization", replaces_kb=True, lower_ok=True))


_FIRM_WORDS = (
    r"компани\w*|АО|АҚ|ТОО|ЖШС|ПАО|ОАО|ЗАО|ООО|НАО|ГК|госкорпораци\w*|корпораци\w*|концерн\w*|холдинг\w*|"
    r"группа|группы|группе|банк\w*|фонд\w*|қоры|қорының|агентств\w*|предприяти\w*|завод\w*|комбинат\w*|"
    r"firma|firmy|spółka|spółki|grupa|şirketi|şirket|firması|kompaniyasi|Konzern\w*|Unternehmen\w*|"
    r"Agentur|Gesellschaft|Bank|Fonds|Holding|Stiftung|Bankası|Holdingi|"
    r"company|firm|group|JSC|LLC|LLP|PJSC"
)
_ORG_WORDS = (
    r"фонд\w*|қоры|қорының|банк\w*|агентств\w*|fundusz\w*|vakfı|Stiftung|fund|foundation|Agentur|Fonds|"
    r"Bank|Bankası"
)
# works named in quotation marks after their type word: "газопровода «Сарыарка»", "месторождение «Кашаган»"
_PROJECT_WORDS = (
    r"газопровод\w*|нефтепровод\w*|трубопровод\w*|месторождени\w*|проект\w*|ГЭС|АЭС|ТЭЦ|ТЭС|СЭЗ|"
    r"индустриальн\w+ парк\w*|технопарк\w*|кен орны|жобасы|Projekt\w*|Pipeline|projekt\w*|gazociąg\w*|"
    r"projesi|boru hattı"
)
_QUOTED_FIRM = re.compile(
    rf"(?<![\w-])(?P<word>{_FIRM_WORDS}|{_PROJECT_WORDS})\s+[«„“\"](?P<name>[^»“”\"\n]{{2,40}})[»“”\"]"
    rf"|[«„“\"](?P<name2>[^»“”\"\n]{{2,40}})[»“”\"]\s+(?:[а-яёәғқңөұүһі-]+\s+){{0,3}}?(?P<word2>{_FIRM_WORDS})(?![\w-])"
)
# a quoted name ending in its legal form: „Deutsche Bahn AG“, «Kazakhtelecom JSC», "Tüpraş A.Ş."
_QUOTED_LEGAL = re.compile(
    r"[«„“\"](?P<name>[A-ZА-ЯЁÀ-ÖØ-Þ][^»“”\"\n]{1,40}?\s(?:AG|GmbH|SE|KG|JSC|LLC|LLP|Ltd\.?|Inc\.?|A\.Ş\.|AŞ|S\.A\.|"
    r"PJSC|АО|ТОО|ПАО|ООО))[»“”\"]"
)
# a firm's name quoted inside its full title: АО «НАК "Казатомпром"», АО "ГК "Allur Group"", АО "Национальный
# управляющий холдинг "Байтерек"": the inner name is the firm's, the words before it say what it is
_NESTED_FIRM = re.compile(
    rf"(?<![\w-])(?:{_FIRM_WORDS})\s+[«„“\"][^«»“”\"„\n]{{1,60}}?\s[«„“\"](?P<name>[A-ZА-ЯЁ][^»“”\"\n]{{1,39}})[»“”\"]\s?[»“”\"]?"
)


def _quoted_names(text: str, covered: bytearray, cands: list[Candidate]) -> None:
    """Add firms, funds and works named in quotation marks next to their type word (Russian, Kazakh, Polish,
    German and Turkish write them so): "компания «Казатомпром»", "АО «Самрук-Казына»", "«Самұрық-Қазына» ...
    қоры", "spółka „Orlen”", "Agentur „Kazakh Invest“", "газопровода «Сарыарка»", and the inner name of a full
    title (АО «НАК "Казатомпром"»). A known name inside a longer quoted one is part of it («Астана газ КМГ»)."""
    found: list[tuple[int, int, str, str]] = []  # start, end, name, kind
    spans: list[tuple[int, int]] = []
    for m in _NESTED_FIRM.finditer(text):
        found.append((m.start("name"), m.end("name"), m.group("name"), "company"))
        spans.append(m.span())
    for m in _QUOTED_LEGAL.finditer(text):
        found.append((m.start("name"), m.end("name"), m.group("name"), "company"))
        spans.append(m.span())
    for m in _QUOTED_FIRM.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        name = m.group("name") or m.group("name2")
        word = m.group("word") or m.group("word2")
        start = m.start("name") if m.group("name") else m.start("name2")
        if re.fullmatch(_PROJECT_WORDS, word, re.IGNORECASE):
            kind = "project"
        elif re.fullmatch(_ORG_WORDS, word, re.IGNORECASE):
            kind = "organization"
        else:
            kind = "company"
        found.append((start, start + len(name), name, kind))
    for start, end, name, kind in found:
        if not name[:1].isupper() or len(name.split()) > 5 or not _has_free_letter(text, covered, start, end):
            continue  # a known name alone is linked already
        if any(c.start < end and start < c.end and c.kind not in ("place", "other") for c in cands):
            continue
        cands[:] = [c for c in cands if c.end <= start or c.start >= end]  # a guess without the type word
        # the type word's own guess just before the quotation marks ("Nationale Agentur" „Kazakh Invest“)
        cands[:] = [c for c in cands if not (0 <= start - c.end <= 2 and c.kind == kind)]
        cands.append(Candidate(start, end, " ".join(name.split()), kind, replaces_kb=True))


# a news outlet credited with a report in Russian: "сообщает Kazinform", "передает BAQ.KZ", "пишет gazeta.uz",
# "по данным «Интерфакса»": a name in Latin letters, a domain, or a quoted name after the verb
_RU_CREDIT = re.compile(
    r"(?<![\w-])(?:сообща\w*|переда[её]т|передают|пишет|пишут|по данным|со ссылкой на|по информации)\s+"
    r"(?:(?P<latin>[A-Za-z][\w-]*(?:\.[A-Za-z]{2,4})?(?:\s[A-Z][\w-]+)?)|[«\"](?P<quoted>[А-ЯЁA-Z][^»\"\n]{1,30})[»\"])"
)


def _ru_credits(text: str, covered: bytearray, cands: list[Candidate]) -> None:
    """Add the news outlets a Russian text credits ("передает BAQ.KZ") as organizations."""
    for m in _RU_CREDIT.finditer(text):
        group = "latin" if m.group("latin") else "quoted"
        start, end = m.span(group)
        name = m.group(group)
        if name.islower() and "." not in name:
            continue  # a lower-case Latin word without a domain is no name
        same = next((c for c in cands if c.start == start and c.end == end), None)
        if same is not None and same.kind == "other":
            same.kind = "organization"  # a name found without a kind: the credit says what it is
            continue
        if any(covered[start:end]) or any(c.start < end and start < c.end for c in cands):
            continue
        cands.append(Candidate(start, end, name, "organization", lower_ok=True))


def _is_genitive(word: str) -> bool:
    """Return True when pymorphy3 reads `word` as a genitive noun or adjective (its likeliest parse)."""
    parses = russian.morph().parse(word)
    return bool(parses) and any(
        "gent" in p.tag and ({"NOUN"} & p.tag.grammemes or {"ADJF"} & p.tag.grammemes) for p in parses[:2]
    )


_AND_BEFORE = re.compile(r"([\w'’-]{1,40})(?:,| and| und| и| ve| i| va) {1,3}$")


def _coordinated_persons(text: str, kb_kinds: dict[int, str], cands: list[Candidate]) -> None:
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


def find_new_names(
    text: str,
    sentences: list[tuple[int, int]],
    covered: bytearray,
    kb_kinds: dict[int, str],
    language: str | None = None,
) -> list[Candidate]:
    """Return the candidates for names the KB lacks, with kinds and ids unified per name, in text order.

    `language` (ISO 639-1) cuts case endings written after an apostrophe (Turkish, Azerbaijani) and lets
    a surname alone carry them.
    """
    cands: list[Candidate] = []
    headlines: dict[int, bool] = {}
    cyrillic = russian.has_cyrillic(text)  # else no run can have any
    own_cues = (language or "")[:2] in CYRILLIC_CUE_LANGUAGES  # Kazakh: its own cue words, not Russian's
    for (s0, e0), whole in _sentence_runs(text, sentences):
        if cyrillic and not own_cues and russian.has_cyrillic(text[whole[0][0] : whole[-1][1]]):
            _cyrillic_run(text, whole, s0, covered, kb_kinds, cands)
            continue
        if not any(_has_free_letter(text, covered, s, e) for s, e in whole):
            continue  # a run of KB names alone gives no new names
        found: list[Candidate] = []
        for run in _split_run(text, whole):
            _latin_run(text, run, s0, covered, kb_kinds, found)
        if found and s0 not in headlines:  # asked only when it matters
            headlines[s0] = _title_case_line(text, s0, e0)
        if found and not headlines[s0]:  # a headline-like line gives no new names
            cands.extend(found)
    _route_names(text, covered, kb_kinds, cands)
    if cyrillic:
        _ru_ministries(text, covered, kb_kinds, cands)
        _ru_credits(text, covered, cands)
    _quoted_names(text, covered, cands)
    apostrophe = (language or "")[:2] in ("tr", "az")
    if apostrophe:
        _trim_suffixes(text, cands, language)
    persons = [c for c in cands if c.kind == "person"]
    singles = {c.start: c for c in cands if c.kind != "person" and " " not in c.name}
    surnames = _surname_mentions(text, covered, persons, apostrophe)
    taken = {c.start for c in surnames}
    cands = [c for c in cands if not (c.start in taken and c.start in singles)] + surnames
    _coordinated_persons(text, kb_kinds, cands)
    full = {c.name.split()[-1]: c.name for c in cands if c.kind == "person" and " " in c.name}
    for c in cands:  # "Министр Шаққалиев" after "Арман Шаққалиев": the same person
        if c.kind == "person" and " " not in c.name and c.name in full:
            c.name = full[c.name]
    for c in cands:  # "Hong Kong-based Sunwah Group": the place before "-based" is no part of the name
        based = re.search(r"-based\s+", text[c.start : c.end])
        if based and c.kind in ("company", "organization"):
            c.start += based.end()
            c.name = " ".join(text[c.start : c.end].split())
    kinds: dict[str, str] = {}
    for c in cands:
        key = c.name.lower()
        if kinds.get(key, "other") == "other":
            kinds[key] = c.kind
    for c in cands:
        c.kind = kinds[c.name.lower()]
        c.id = f"new:{c.kind}:{slug(c.name)}"
    cands.sort(key=lambda c: c.start)
    return cands
