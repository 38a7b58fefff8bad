"""Which way goods go: the exporter of a shipment, never its destination, and the transit state of a route.

Case grammar and prepositions say where a name stands in a flow of goods:

- a destination ("в Китай", "to China", Kazakh dative "Қытайға", "Италияға") receives an export or a
  supply; the exporter is the origin ("из Казахстана", "from Kazakhstan", Kazakh ablative "Қазақстаннан"),
  else a state named in the clause as its subject or owner ("Kazakhstan shipped", "Қазақстанның бидайы"),
  else the state the article is about ("Қытайға бидай экспорты 550 мың тоннаны құрады" is Kazakhstan's);
- a share or a tonnage of goods carried "через Казахстан", "Қазақстан арқылы", "via Kazakhstan", "through
  Kazakhstan" is the transit state's ("85% of goods from China to Europe go via Kazakhstan").

Shipments by a named work ("по газопроводу в Китай поставлено 42 млрд кубометров") stay the work's, read by the
rules about works; imports are left to the other rules.
"""

from __future__ import annotations

import re

from sphere.read.claims.attach import POSSESSIVE
from sphere.read.claims.context import ClaimDoc, compile_ci, compile_words
from sphere.read.claims.quantities import Quantity
from sphere.read.types import Mention

__all__ = ["shipment_sides", "transit_state"]

_EXPORT = compile_words(
    r"\bexport(?:s|ed|ing)?\b|\bship(?:ped|ments?)\b|\bsupplie[sd]\b|\bdeliver(?:ed|ies)\b|\bsent\b|экспорт\w*|"
    r"поставл\w*|поставк\w*|постав(?:ил|ит|ят|ило|или)\w*|отгру\w*|вывез\w*|вывоз\w*|направлен\w*|"
    r"экспортта\w*|экспорты\w*|жөнелт\w*|жеткіз\w*|жібер\w*|сатыл\w*"
)
_IMPORT = compile_words(r"\bimport\w*|импорт\w*|ввез\w*|ввоз\w*|закуп\w*|сатып ал\w*|\bbought\b|\bpurchas\w*")
_GOODS = compile_words(
    r"\bgoods\b|\bcargo(?:es)?\b|\bfreight\b|\btransit\b|\bcontainers?\b|груз\w*|транзит\w*|контейнер\w*|"
    r"жүк\w*|тауар\w*|перевоз\w*|тасымал\w*"
)
# a work that carries the goods: the shipment is the work's ("по газопроводу в Китай поставлено ...")
_CARRIER = compile_words(
    r"pipelines?\b|газопровод\w*|нефтепровод\w*|трубопровод\w*|құбыр\w*|Pipeline\w*|boru hatt\w*"
)
_TO_BEFORE = compile_ci(r"(?:^|[\s(])(?:в|во|на|to|into)\s+$")
_FROM_BEFORE = compile_ci(r"(?:^|[\s(])(?:из|from|out of)\s+$")
_VIA_BEFORE = compile_ci(
    r"(?:^|[\s(])(?:через|via|through|transit(?:ing)?\s+through|across)\s+(?:(?:the\s+)?territory\s+of\s+|"
    r"территори\w+\s+)?$"
)
_KK_DATIVE = re.compile(r"(?:[ғгқк][аеә]|н[ае])(?![\w])")
_KK_ABLATIVE = re.compile(r"(?:[дтн][аеә]н)(?![\w])")
_KK_VIA = re.compile(r"(?<![ \u00a0])(?:[ \u00a0]++(?:территориясы|аумағы)\w*)?[ \u00a0]++арқылы(?![\w])")
_WORD = re.compile(r"[\w-]+")
_KINDS = frozenset({"mass", "gas", "oil", "teu", "money", "count"})
_ATTRIBUTES = frozenset({"exports_value", "volume", "other", "throughput", "count", "production"})


def _states(doc: ClaimDoc, clause: tuple[int, int]) -> list[Mention]:
    return [m for m in doc.mentions(*clause, actors=False) if (e := doc.entity(m)) and e.kind == "country"]


def transit_state(doc: ClaimDoc, q: Quantity, attribute: str, clause: tuple[int, int]) -> str | None:
    """Return the state goods cross ("через Казахстан", "Қазақстан арқылы", "via Kazakhstan") for a share or an
    amount of goods, or None."""
    if q.kind not in {"percent", "mass", "teu", "count"} or attribute == "growth_rate":
        return None
    if not doc.spans(_GOODS, clause):
        return None
    text = doc.ctx.text
    for m in _states(doc, clause):
        if _VIA_BEFORE.search(text, max(0, m.start - 30), m.start) or (
            doc.ctx.doc.language == "kk" and _KK_VIA.match(text, m.end)
        ):
            return m.entity_id
    return None


def _destination(doc: ClaimDoc, m: Mention) -> bool:
    text = doc.ctx.text
    if doc.ctx.doc.language == "kk":
        return _KK_DATIVE.match(text, m.end) is not None
    if _TO_BEFORE.search(text, max(0, m.start - 6), m.start) is None:
        return False
    # Russian "в Китае", "в России": the prepositional case says where, not where to
    word = _WORD.match(text, m.start)
    return doc.ctx.doc.language != "ru" or word is None or word.group()[-1:].lower() not in {"е", "и"}


def _origin(doc: ClaimDoc, m: Mention) -> bool:
    text = doc.ctx.text
    if doc.ctx.doc.language == "kk":
        return _KK_ABLATIVE.match(text, m.end) is not None
    return _FROM_BEFORE.search(text, max(0, m.start - 9), m.start) is not None


def shipment_sides(
    doc: ClaimDoc, q: Quantity, attribute: str, clause: tuple[int, int], sent: tuple[int, int]
) -> tuple[str | None, str | None, float] | None:
    """Return (exporter, destination, confidence) of a shipment whose clause names its destination or origin, or
    None where the clause names neither, speaks of imports, or a work carries the goods."""
    if q.kind not in _KINDS or attribute not in _ATTRIBUTES:
        return None
    if not doc.spans(_EXPORT, clause) or doc.spans(_IMPORT, clause):
        return None
    if doc.spans(_CARRIER, clause) or any(
        (e := doc.entity(m)) and e.kind == "project" for m in doc.mentions(*sent, actors=False)
    ):
        return None
    states = _states(doc, clause)
    to = [m for m in states if _destination(doc, m)]
    origin = [m for m in states if _origin(doc, m) and m not in to]
    if not to and not origin:
        if doc.ctx.doc.language in {"kk", "ru"} and not doc.mentions(*clause, actors=False) and doc.main_ca:
            return (
                doc.main_ca,
                None,
                0.5,
            )  # "Оларға 3,5 млн тонна жіберуге келістік": sent by the article's state
        return None
    dest = to[0].entity_id if to else None
    if origin:
        return origin[0].entity_id, dest, 0.75
    via = transit_state(doc, q, attribute, clause)
    named = [m for m in states if m not in to and m.entity_id not in {dest, via}]
    if named:  # "Uzbekistan's exports to Russia": the owner is surest
        return named[0].entity_id, dest, 0.8 if POSSESSIVE.match(doc.ctx.text, named[0].end) else 0.7
    if doc.main_ca and doc.main_ca != dest:
        return doc.main_ca, dest, 0.55
    return None
