"""Find the new names that a type word, quotation marks or a reporting verb marks, not capitals alone.

Route names of places joined by dashes before the kind of work ("Aktau-Alat route", "газопровода Туркменистан –
Китай", "比涅乌-钦肯特天然气管道") are new projects, and the unknown places inside them new places; Russian
ministries ("министерства труда Таджикистана", "Минфин") are organizations; firms, funds and works quoted next
to their type word or legal form ("компания «Казатомпром»", "spółka „Orlen”", „Deutsche Bahn AG“) are
companies, organizations or projects; the news outlets a Russian text credits ("передает BAQ.KZ") are
organizations.
"""

from __future__ import annotations

import re

from sphere.read import russian
from sphere.read.entities.candidates import LEADING_STOP, Candidate, has_free_letter, slug, split_words

__all__ = [
    "chinese_routes",
    "domain_outlets",
    "quoted_names",
    "route_names",
    "route_places",
    "ru_credits",
    "ru_lines",
    "ru_ministries",
    "turkic_bodies",
]


_NOT_PLACES = frozenset(
    split_words("trans pan sino euro afro indo north south east west central new old great")
)


def route_places(text: str, start: int, end: int, covered: bytearray, out: list[Candidate]) -> None:
    """Add the unknown places of a hyphenated route name ("Termez-Naibabad-Logar railway") as new places."""
    for comp in re.finditer(r"\w+(?:-\w+)+", text[start:end]):
        parts = list(re.finditer(r"[^\W\d_]+", comp.group()))
        if len(parts) < 2 or any(
            p.group().lower() in _NOT_PLACES or not p.group()[:1].isupper() for p in parts
        ):
            continue
        for p in parts:
            s, e = start + comp.start() + p.start(), start + comp.start() + p.end()
            if not any(covered[s:e]) and len(p.group()) >= 3:
                out.append(Candidate(s, e, p.group(), "place"))


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


def route_names(text: str, covered: bytearray, kb_kinds: dict[int, str], cands: list[Candidate]) -> None:
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
            route_places(text, start, end, covered, places)
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
        if (
            joiner and joiner.group() in _ZH_AND
        ):  # "肯基亚克-库姆科尔和阿塔苏-阿拉山口输油管道": the first route shares the head
            first = _ZH_PAIR_BEFORE.search(text, max(0, joiner.start() - 40), joiner.start())
            if first:
                begin = first.start()
                dash = max(first.group().rfind(d) for d in "-–—－")
                for j in _ZH_JOINERS.finditer(text, first.start(), first.start() + dash):
                    begin = j.end()
                pair = text[begin : first.end()]
                if re.search(r"[-–—－]", pair) and re.match(r"[\u4e00-\u9fff]{2}", pair):
                    out.append(
                        Candidate(
                            begin,
                            first.end(),
                            pair,
                            "project",
                            id=f"new:project:{slug(pair)}",
                            replaces_kb=True,
                        )
                    )
    return out


_ZH_AND = frozenset("和与及、")
_ZH_PAIR_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}[-–—－])+[\u4e00-\u9fff]{2,8}$")


# a line of a Russian pipeline named by its letter, with the pipeline's route: "ветки D газопровода из
# Туркменистана в Китай", "линии D газопровода Туркменистан – Китай"
_RU_LINE = re.compile(
    rf"(?<![\w-])(?:лини[яиюей]|ветк[аиуей]|нитк[аиуей])\s+«?[A-Z]»?"
    rf"(?:\s+(?:газопровод|нефтепровод|трубопровод)\w*(?:\s+из\s+{_NAME}\s+в\s+{_NAME}|\s+{_NAME}(?:{_DASH}{_NAME})+)?)?"
)


def ru_lines(text: str, cands: list[Candidate]) -> None:
    """Add the lines of Russian pipelines named by their letter ("ветки D газопровода из Туркменистана в
    Китай") as new projects, with the route they belong to; the knowledge base's line of that letter takes
    them (`sphere.read.entities.numbered`)."""
    for m in _RU_LINE.finditer(text):
        start, end = m.span()
        cands[:] = [c for c in cands if c.end <= start or c.start >= end or c.kind == "place"]
        name = " ".join(text[start:end].split())
        cands.append(Candidate(start, end, name, "project", replaces_kb=True, lower_ok=True))


_RU_MINISTRY = re.compile(
    r"(?<![\w-])(?:(?P<full>[Мм]инистерств[а-яё]*)|Мин(?:фин|обороны|экономики|экономразвития|энерго|транс|труд|юст|"
    r"здрав|промторг|сельхоз|природы|цифры|культуры|обрнауки|просвещения|строй|спорт|нацэкономики)[а-яё]*)(?![\w-])"
)
_GENITIVE_WORD = re.compile(r" ([а-яё]+)")
_CAPITAL_WORD = re.compile(r" ([А-ЯЁ][а-яё]+)")


def ru_ministries(text: str, covered: bytearray, kb_kinds: dict[int, str], cands: list[Candidate]) -> None:
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
    r"firma|firmy|spółka|spółki|grupa|şirketi|şirket|firması|kompaniya\w*|korporatsiya\w*|Konzern\w*|Unternehmen\w*|"
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
# a quoted name listed before another: "«Ameri International», «CAMCE», «State Grid» korporatsiyalari"
_QUOTED_BEFORE = re.compile(
    r"[«„“\"](?P<name>[^»“”\"\n]{2,40})[»“”\"]\s?(?:,|\s(?:va|ва|and|und|i|и|және|ve))\s$"
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


def quoted_names(text: str, covered: bytearray, cands: list[Candidate]) -> None:
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
        if m.group("name2"):  # «A», «B» va «C» korporatsiyalari: the type word after a list names them all
            before = m.start()
            while (prev := _QUOTED_BEFORE.search(text, max(0, before - 60), before)) is not None:
                found.append((prev.start("name"), prev.end("name"), prev.group("name"), kind))
                before = prev.start()
    for start, end, name, kind in found:
        if not name[:1].isupper() or len(name.split()) > 5 or not has_free_letter(text, covered, start, end):
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


def ru_credits(text: str, covered: bytearray, cands: list[Candidate]) -> None:
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


# a news outlet named by its domain, in any language: "деп хабарлайды BAQ.KZ", "Zakon.kz", "reported Kapital.kz"
_DOMAIN_OUTLET = re.compile(
    r"(?<![\w./@:-])[A-Za-z][A-Za-z0-9-]{1,24}\.(?i:kz|uz|kg|tj|tm|ru|az|cn|com|info|net|org)(?![\w/-]|\.\w)"
)


def domain_outlets(text: str, covered: bytearray, cands: list[Candidate]) -> None:
    """Add the news outlets written as their domain ("Zakon.kz", "BAQ.KZ", "newsroom.kz") as organizations; a
    domain in lower case needs four letters before its dot (no "a.com" or "t.me")."""
    for m in _DOMAIN_OUTLET.finditer(text):
        start, end = m.span()
        lower = m.group()[:1].islower()
        if lower and m.group().index(".") < 4:
            continue
        same = next((c for c in cands if c.start == start and c.end == end), None)
        if same is not None:
            same.kind = "organization"  # a name found without a kind: the domain says what it is
            continue
        if any(covered[start:end]) or any(c.start < end and start < c.end for c in cands):
            continue
        cands.append(Candidate(start, end, m.group(), "organization", lower_ok=lower))


# Uzbek and Kazakh bodies: a capitalised first word, the field in lower case, then the head word with any case
# ending ("Investitsiyalar va tashqi savdo vazirligida", "Транспорт вазирлиги", "Энергетика министрлігі")
_TURKIC_BODY = re.compile(
    r"(?<![\w‘ʻ'’-])[A-ZА-ЯЁЎҚҒҲӘӨҰҮІ][\w‘ʻ'’-]+(?:\s(?:va|ва|және|[a-zа-яёўқғҳәөұүі][\w‘ʻ'’-]+)){0,4}"
    r"\s(?:vazirligi|qo[‘ʻ'’]mitasi|agentligi|вазирлиги|қўмитаси|агентлиги|министрлігі|агенттігі|комитеті)"
    r"(?=\w{0,6}(?!\w))"
)


def turkic_bodies(text: str, covered: bytearray, cands: list[Candidate]) -> None:
    """Add the Uzbek and Kazakh ministries, committees and agencies named with their field in lower case
    (`_TURKIC_BODY`) as organizations; capitalised words found inside them are parts of the name."""
    for m in _TURKIC_BODY.finditer(text):
        start, end = m.span()
        if m.group().split()[0].lower() in LEADING_STOP or any(covered[start:end]):
            continue
        if any(c.start < start < c.end or c.start < end < c.end for c in cands):
            continue
        cands[:] = [c for c in cands if not (start <= c.start and c.end <= end)]
        cands.append(Candidate(start, end, " ".join(m.group().split()), "organization"))


def _is_genitive(word: str) -> bool:
    """Return True when pymorphy3 reads `word` as a genitive noun or adjective (its likeliest parse)."""
    parses = russian.morph().parse(word)
    return bool(parses) and any(
        "gent" in p.tag and ({"NOUN"} & p.tag.grammemes or {"ADJF"} & p.tag.grammemes) for p in parses[:2]
    )
