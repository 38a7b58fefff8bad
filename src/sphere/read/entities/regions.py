"""Name the regions of a document: a place name with the head word its language writes for a region.

Regions (oblasts, provinces, districts) are named after their main city or written as an adjective of it, and
the knowledge base lists cities, not all their regions. So a region is proposed as a new place wherever a
knowledge-base place, or a Russian adjective of a name, comes with a region head word:
- after the name, in languages that write the head after it: Kazakh "Атырау облысы", "Túrkistan oblysy",
  Uzbek "Toshkent viloyati", "Bo‘stonliq tumani", Turkish "Ahal bölgesi", Chinese "阿特劳州" (head glued on);
  the head's case ending may follow ("облысының", "viloyatida");
- before the name in German and Polish ("Region Nordkasachstan", "Provinz Xinjiang", "obwód kustanajski");
- Russian writes an adjective and the head ("Ташкентской области", "Алматинская область", "Бостанлыкском
  районе"): the region is named in the nominative ("Ташкентская область", "Бостанлыкский район").
A region replaces the city it is named after (the city itself is not mentioned) and keeps its name as an alias
(regions are called by their city's name too); a German or Polish head before
a knowledge-base place ("Provinz Shaanxi") leaves the place as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sphere.read.entities.candidates import Candidate, slug

__all__ = ["find_regions"]

# head words written after the name, with the form the region's name takes (the nominative of the head)
_AFTER: dict[str, tuple[re.Pattern[str], Callable[[str], str]]] = {
    "kk": (
        re.compile(
            r"\s(облыс|аудан|провинция|oblys|aýdan|audan|provinsıa)[а-яәғқңөұүһіa-zńǵáóúýıū]*",
            re.IGNORECASE,
        ),
        lambda h: h,
    ),
    "uz": (re.compile(r"\s(viloyat|tuman)[a-zʻ‘’']*|\s(вилоят|туман)[а-яўқғҳ]*", re.IGNORECASE), lambda h: h),
    "tr": (re.compile(r"\s(bölge|eyalet|oblast)[a-zçğıöşü]*", re.IGNORECASE), lambda h: h),
    "zh": (re.compile(r"(州|省|地区)"), lambda h: h),
}
_HEAD_FORMS = {
    "облыс": "облысы",
    "аудан": "ауданы",
    "oblys": "oblysy",
    "aýdan": "aýdany",
    "audan": "audany",
    "провинция": "провинциясы",
    "provinsıa": "provinsıasy",
    "viloyat": "viloyati",
    "tuman": "tumani",
    "вилоят": "вилояти",
    "туман": "тумани",
    "bölge": "bölgesi",
    "eyalet": "eyaleti",
    "oblast": "Oblastı",
}
# head words written before the name
_BEFORE = {
    "de": re.compile(r"(?<![\w-])(Region|Provinz|Gebiet|Oblast|Bezirk)\s+(?=[A-ZÄÖÜ])"),
    "pl": re.compile(r"(?<![\w-])(obw[óo]d\w*|prowincj\w*|region\w*)\s+(?=[A-ZŁŻŚ])", re.IGNORECASE),
}
_NAME_AFTER = re.compile(r"[A-ZÄÖÜŁŻŚ][\w’'-]+")
# a Russian adjective and a region head: "Ташкентской области", "Северо-Казахстанская область"
_RU_REGION = re.compile(
    r"(?<![\w-])((?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+?)(ская|ской|скую|ском|ский|ского|скому|ским)"
    r"\s+(област[ьиюей]\w*|район\w*|кра[йяюе]\w*)"
)
_RU_NOMINATIVE = {"област": "ская область", "район": "ский район", "кра": "ский край"}


# a compass word before a capitalised name ("Батыс Қазақстан", "Soltüstik Qazaqstan", "Sharqiy Qozog‘iston")
_COMPASS = re.compile(
    r"(?:Батыс|Шығыс|Солтүстік|Оңтүстік|Batys|Shyǵys|Soltústik|Ońtústik|Batıs|Şığıs|Soltüstık|Oñtüstık|"
    r"G[‘ʻ'’]arbiy|Sharqiy|Shimoliy|Janubiy|Ғарбий|Шарқий|Шимолий|Жанубий)"
    r"\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲ][\w‘’ʻ'-]+"
)
_CAPITALISED = re.compile(r"[A-ZА-ЯЁÀ-ÖØ-ÞĀ-ſӘҒҚҢӨҰҮҺІЎҲ][\w‘’ʻ'-]{2,}")


def _starts_word(text: str, start: int) -> bool:
    """Return True when `start` opens a word (no letter or apostrophe right before it)."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "‘’ʻ'-")


def _head_name(head: str) -> str:
    """Return the dictionary form of a region head word found with its case ending."""
    low = head.lower()
    return _HEAD_FORMS.get(low, head)


def find_regions(
    text: str, places: list[tuple[int, int]], language: str | None, taken: bytearray
) -> list[Candidate]:
    """Return the regions named in `text` as new places.

    `places` are the spans of knowledge-base places (cities) found in the text; `taken` marks characters
    already in other mentions (a Russian adjective inside a longer known name is no region).
    """
    lang = (language or "")[:2]
    out: list[Candidate] = []
    if lang in _AFTER:
        rx, _ = _AFTER[lang]
        for start, end in places:
            stop = end
            while stop < len(text) and (text[stop].isalpha() or text[stop] in "'’"):
                stop += 1  # the case ending of the place name itself ("Toshkent" has none; "Túrkistannyń")
            if stop != end and lang != "zh":
                continue  # an inflected city name is the city ("Atyrau'da"), not a region's name
            m = rx.match(text, end)
            if not m:
                continue
            head = m.group(1) or (m.group(2) if m.lastindex and m.lastindex >= 2 else "")
            name = f"{text[start:end]}{'' if lang == 'zh' else ' '}{_head_name(head)}"
            region = _region(start, m.end(1) if m.group(1) else m.end(2), name)
            region.aliases = (text[start:end],)  # the region is called by its city's name too ("Naryn")
            out.append(region)
    if lang in _AFTER and lang != "zh":  # a compass word and a state's name: "Батыс Қазақстан облысы"
        rx, _ = _AFTER[lang]
        for m in _COMPASS.finditer(text):
            head = rx.match(text, m.end())
            if head and _starts_word(text, m.start()):
                stop = head.end(1) if head.group(1) else head.end(2)
                name = f"{m.group()} {_head_name(head.group(1) or head.group(2))}"
                out.append(_region(m.start(), stop, name))
    if lang in _AFTER and lang != "zh":  # a name the knowledge base lacks, with the head: "Bo‘stonliq tumani"
        rx, _ = _AFTER[lang]
        seen = {c.start for c in out}
        for w in _CAPITALISED.finditer(text):
            if w.start() in seen or any(taken[w.start() : w.end()]) or not _starts_word(text, w.start()):
                continue
            m = rx.match(text, w.end())
            if m:
                head = m.group(1) or (m.group(2) if m.lastindex and m.lastindex >= 2 else "")
                out.append(
                    _region(
                        w.start(), m.end(1) if m.group(1) else m.end(2), f"{w.group()} {_head_name(head)}"
                    )
                )
    if lang in _BEFORE:
        for m in _BEFORE[lang].finditer(text):
            word = _NAME_AFTER.match(text, m.end())
            if (
                not word
                or any(s <= word.start() < e for s, e in places)
                or any(taken[word.start() : word.end()])
            ):
                continue
            out.append(_region(m.start(), word.end(), f"{m.group(1)} {word.group()}"))
    if lang in ("ru", "kk", "uz", "ky", "tg") or not lang:
        for m in _RU_REGION.finditer(text):
            if any(taken[m.start() : m.end(2)]):
                continue
            head = next(v for k, v in _RU_NOMINATIVE.items() if m.group(3).lower().startswith(k))
            out.append(_region(m.start(), m.end(), m.group(1) + head))
    return out


def _region(start: int, end: int, name: str) -> Candidate:
    """Return a new place for a region found at [start, end)."""
    name = " ".join(name.split())
    return Candidate(start, end, name, "place", id=f"new:place:{slug(name)}", replaces_kb=True)
