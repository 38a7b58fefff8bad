"""Find the new names of a Chinese text, which writes no spaces and no capitals: two signs mark them.

1. A foreign person's name is transliterated with its parts joined by a middle dot ("马拉特·苏勒坦哈兹耶夫",
   "纳提詹·穆罕默德哈努利"). The name runs back from the first dot to the title or function character before it
   ("州长", "专家", "与") and on from the last dot to the verb or function character after it ("表示", "同").
2. A firm, school or academy ends in its type word ("…有限公司", "…集团", "…大学", "…科学院", "…通讯社"); the
   name runs back to the punctuation or function character before it ("与中国农业科学院", "由…有限公司总包").

3. A Chinese person's name follows a title ("书记吴晓军举行", "总经理杨建强"): one of the commonest surnames
   (`data/zh_surnames.txt`) and one or two characters, then a verb, particle or punctuation.

4. A province or region ends in "省" or "州" after a stem of two or three characters that opens after a
   punctuation or function character or a known name ("中国青海省代表团", "，北哈州州长").

All are proposed as new names; knowledge-base names inside a firm's name are parts of it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sphere.read.entities.candidates import Candidate, slug

__all__ = ["chinese_names"]

_HAN = "\u4e00-\u9fff"
_DOTS = "·•‧・"  # the middle dots that join the parts of a transliterated name
# characters that end the words before a name: titles' last characters, verbs, prepositions and particles
_BEFORE_STOP = frozenset(
    "长记统席使理事家员王官表授士任裁导督书的与和同及在对向是称说由被将把为以从了会见日月年"
)
# characters that open the words after a name: speech and meeting verbs, prepositions, particles
_AFTER_STOP = frozenset(
    "表说同与举在的会指强称于将已也还是对率曾和及等访出则就向为认分发讲致接并当今昨日月年先女总"
)
_PERSON = re.compile(rf"[{_HAN}]+(?:[{_DOTS}][{_HAN}]+)+")
_NOT_PERSON_AFTER = re.compile(r"(?:大学|学院|公司|集团|基金会|研究所|中心|国际机场|机场|大街|广场|号)")
# type words at the end of the name of a firm, school, academy or agency (longest first)
_ORG_HEAD = re.compile(
    r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)|集团公司|集团|银行|大学|科学院|研究院|研究所|通讯社|基金会"
)
# the firm's Latin name in brackets after it: "中信建设有限公司（CITIC Construction）"
_LATIN_AFTER = re.compile(r"\s?[（(]([A-Za-z][A-Za-z&.\- ]{1,60}[A-Za-z.])[)）]")
_ORG_KIND = {"银行": "company", "有限公司": "company", "集团": "company", "公司": "company"}
# characters that end the words before a firm's name, and words that open no name ("该公司", "多家企业")
_ORG_BEFORE_STOP = frozenset("与和同及由在对向是为以从了将把被的等、，。；：（）《》“”「」 \n，和及其")
_ORG_NOT_FIRST = frozenset("该本这其各多一两每此全首")


# titles after which a Chinese text gives a person's full name ("国家主席", "省委书记", "总经理", "总领事")
_TITLE = re.compile(
    r"(?:书记|总经理|经理|总领事|领事|大使|主席|总统|总理|部长|外长|省长|州长|市长|董事长|委员长|发言人|秘书长|主任|"
    r"院长|行长|局长|司长|会长|教授)"
)
_NAME_END = _AFTER_STOP | frozenset("邀请，。、；：！？“”（）《》 \n")
# particles and prepositions that are no part of a given name ("张明在会上": the name is "张明")
_NOT_IN_NAME = frozenset("在的了是和与同也还将已对向于就称说表指会等并及率曾则被把为从")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Return the common Chinese surnames of `data/zh_surnames.txt`."""
    path = Path(__file__).with_name("data") / "zh_surnames.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset("".join(line.strip() for line in lines if not line.startswith("#")))


def _titled_persons(text: str, kb: list[tuple[int, int, str]]) -> list[Candidate]:
    """Return the Chinese persons named after a title: a common surname and one or two more characters."""
    from sphere.read.entities.gazetteer import normalise

    folded = normalise(text)  # traditional characters as simplified ones, offsets kept
    surnames = _surnames()
    out: list[Candidate] = []
    for m in _TITLE.finditer(folded):
        start = m.end()
        if start >= len(text) or folded[start] not in surnames:
            continue
        for size in (3, 2):
            end = start + size
            name = text[start:end]
            if (
                end < len(text)
                and len(name) == size
                and all("\u4e00" <= ch <= "\u9fff" for ch in name)
                and folded[end] in _NAME_END
                and not _NOT_IN_NAME & set(folded[start:end])
            ):
                if not any(s < end and start < e for s, e, _ in kb):
                    out.append(Candidate(start, end, name, "person", id=f"new:person:{slug(name)}"))
                break
    return out


def _regions(text: str, kb: list[tuple[int, int, str]], taken: list[Candidate]) -> list[Candidate]:
    """Return the provinces and regions of a Chinese text the KB does not name (sign 4): a stem of two or
    three characters before "省" or "州" that opens after a punctuation or function character or a known name."""
    ends = {e for _, e, _ in kb}
    out: list[Candidate] = []
    for m in re.finditer(r"[省州]", text):
        end = m.end()
        for size in (2, 3):
            start = m.start() - size
            stem = text[start : m.start()] if start >= 0 else ""
            if (
                not stem
                or not all("\u4e00" <= ch <= "\u9fff" and ch not in "省州" for ch in stem)
                or not (start == 0 or start in ends or text[start - 1] in _ORG_BEFORE_STOP)
                or _ORG_NOT_FIRST & set(stem)
                or _NOT_IN_NAME & set(stem)
                or any(s < end and start < e for s, e, _ in kb)
                or any(c.start <= start and end <= c.end for c in taken)
            ):
                continue
            name = text[start:end]
            out.append(Candidate(start, end, name, "place", id=f"new:place:{slug(name)}"))
            break
    return out


def _person_span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """Return the span of the transliterated name around the dots of `m`, trimmed at the words around it."""
    first_dot = next(i for i in range(m.start(), m.end()) if text[i] in _DOTS)
    start = first_dot
    while start > m.start() and first_dot - start < 6 and text[start - 1] not in _BEFORE_STOP:
        start -= 1
    last_dot = max(i for i in range(m.start(), m.end()) if text[i] in _DOTS)
    end = last_dot + 1
    while end < m.end() and end - last_dot <= 8 and text[end] not in _AFTER_STOP:
        end += 1
    return start, end


def _org_span(text: str, head_end: int, head_start: int) -> int | None:
    """Return where the name of a firm ending in the type word at [head_start, head_end) starts, or None."""
    start = head_start
    while start > 0 and head_end - start < 16 and "\u4e00" <= text[start - 1] <= "\u9fff":
        if text[start - 1] in _ORG_BEFORE_STOP:
            break
        start -= 1
    if head_start - start < 2 or text[start] in _ORG_NOT_FIRST or head_end - start > 15:
        return None
    return start


def chinese_names(text: str, kb: list[tuple[int, int, str]]) -> list[Candidate]:
    """Return the transliterated foreign persons and the firms, schools and academies of a Chinese text that
    the knowledge base did not name, as new names. `kb` holds the knowledge-base mentions (start, end, kind): a
    person the KB names is no new person, and a KB place inside a new name is a part of it ("苏勒坦")."""
    out: list[Candidate] = []
    for m in _PERSON.finditer(text):
        start, end = _person_span(text, m)
        name = text[start:end]
        if (
            any(s < end and start < e and kind == "person" for s, e, kind in kb)
            or any(s < start < e or s < end < e for s, e, _ in kb)
            or _NOT_PERSON_AFTER.match(text, end)
            or min(len(p) for p in re.split(f"[{_DOTS}]", name)) < 1
            or len(name) < 4
        ):
            continue
        out.append(Candidate(start, end, name, "person", id=f"new:person:{slug(name)}", replaces_kb=True))
    out += _titled_persons(text, kb)
    for m in _ORG_HEAD.finditer(text):
        begin = _org_span(text, m.end(), m.start())
        if begin is None:
            continue
        start = begin
        name = text[start : m.end()]
        if any(c.start < m.end() and start < c.end for c in out):
            continue
        kind = next((k for head, k in _ORG_KIND.items() if name.endswith(head)), "organization")
        cid = f"new:{kind}:{slug(name)}"
        latin = _LATIN_AFTER.match(text, m.end())
        aliases = (latin.group(1),) if latin else ()
        out.append(Candidate(start, m.end(), name, kind, id=cid, replaces_kb=True, aliases=aliases))
        if latin:  # the Latin name is the same firm, not the KB name inside it ("CITIC")
            out.append(Candidate(latin.start(1), latin.end(1), name, kind, id=cid, replaces_kb=True))
    out += _regions(text, kb, out)
    return sorted(out, key=lambda c: c.start)
