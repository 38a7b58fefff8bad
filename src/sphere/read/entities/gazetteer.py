"""The alias index: every surface form of every knowledge-base entity in one Aho-Corasick automaton.

The index is built once from the catalog (names, aliases in every language, Russian case forms, derived
surnames and plural demonyms) and cached as a pickle in the user cache folder, keyed by a hash of the data
files and of this code, so a reader process loads it in milliseconds instead of rebuilding it. Matching runs
over a normalised copy of the text of exactly the same length (lower case, one apostrophe, one dash, one
space), so automaton offsets are offsets into the original text. Deciding which matches are mentions, and
of which entity, is `sphere.read.entities.linking`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import re
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ahocorasick

from sphere.read import russian
from sphere.read.entities.demonyms import derived_demonyms
from sphere.read.entities.inflection import ending_ok, inflects, polish_adjective_forms, polish_forms
from sphere.read.entities.transliterate import kazakh_latin, transliterations, uzbek_cyrillic, uzbek_latin

if TYPE_CHECKING:
    from sphere.kb.catalog import Catalog

INDEX_VERSION = "6"
OUTPUT_KINDS = {"country", "person", "organization", "company", "project", "place"}
KIND_ALIASES = {"org": "organization", "organisation": "organization", "firm": "company"}
_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032"  # ʻ: the Uzbek Latin okina ("Oʻzbekiston")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\n\r\t\u2028\u2029"
_TABLE = str.maketrans(
    {
        **dict.fromkeys(_APOSTROPHES, "'"),
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_SPACES, " "),
        "ё": "е",
        "Ё": "е",
        "ǧ": "ğ",  # Kazakh Latin as the press writes it ("Ūlttyq qūryltai", "Jaŋa"): one letter per sound
        "Ǧ": "Ğ",
        "ŋ": "ñ",
        "Ŋ": "Ñ",
        # Kazakh, Kyrgyz, Uzbek and Tajik letters folded to the Russian letters their names are written with
        # in Russian ("Тоқаев" = "Токаев", "Ўзбекистон" = "Узбекистон"), one letter for one
        **{a: b for a, b in zip("қҚғҒңҢәӘөӨұҰүҮһҺіІўЎҳҲӣӢҷҶ", "кКгГнНаАоОуУуУхХиИуУхХиИчЧ", strict=True)},
    }
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


_FOLDS = tuple((chr(k), str(v)) for k, v in _TABLE.items())


def _translate(text: str) -> str:
    """Return `text.translate(_TABLE)`, on long texts by replacing only the characters present (much faster)."""
    if len(text) < 48:  # short surfaces: one translate pass is cheaper than the tests below
        return text.translate(_TABLE)
    for ch, to in _FOLDS:
        if ch in text:
            text = text.replace(ch, to)
    return text


_ZH_FILE = Path(__file__).with_name("data") / "zh_traditional.tsv"


@lru_cache(maxsize=1)
def _zh_simplified() -> dict[int, str]:
    """Return the table folding traditional Chinese characters to simplified ones, one for one."""
    rows = (line.split("\t") for line in _ZH_FILE.read_text(encoding="utf-8").splitlines())
    return {ord(r[0]): r[1] for r in rows if len(r) == 2 and not r[0].startswith("#")}


def normalise(text: str) -> str:
    """Return `text` folded for matching: lower case, one apostrophe, one dash, one space, Chinese characters
    in their simplified form ("烏茲別克斯坦" = "乌兹别克斯坦"); same length."""
    folded = _translate(text).lower()
    if len(folded) != len(text):
        # a few characters grow when lower-cased (e.g. "İ"): fold those one by one to keep offsets aligned
        folded = "".join(c if len(c) == 1 else c[0] for c in (ch.lower() for ch in text.translate(_TABLE)))
    if _CJK.search(folded):
        folded = folded.translate(_zh_simplified())
    return folded


@dataclass(slots=True, frozen=True)
class Alias:
    """One indexed surface form of an entity, with how strictly its case must agree."""

    entity_id: str
    form: str
    type: str  # name|short|abbrev|demonym|former|title|native|misspelling|capital
    exact_case: bool


_LEADING_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister"})


@dataclass(slots=True)
class EntityInfo:
    """What the reader reports about a knowledge-base entity."""

    id: str
    name: str
    kind: str
    iso3: str | None
    aliases: list[str]
    country: str | None = None
    capital_of: str | None = None
    hosts: tuple[str, ...] = ()  # organizations headquartered here (a metonymic "Brussels" is the EU)
    prominent: bool = False  # a person who led a state, a government or a foreign ministry


@dataclass
class Gazetteer:
    """The alias automaton plus the entity table and the collision resolutions it refers to."""

    automaton: Any
    aliases: list[Alias]
    entities: dict[str, EntityInfo]
    collisions: dict[str, str] = field(default_factory=dict)  # normalised alias -> resolution
    # alias indexes of a key -> (its aliases, those written in lower case, any exact-case one?): filled as
    # keys are met in texts, a table of the knowledge base kept for the process
    case_groups: dict[tuple[int, ...], tuple[tuple[Alias, ...], tuple[Alias, ...], bool]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def lookup(self, form: str) -> list[Alias]:
        """Return the aliases indexed under the normalised `form` (empty when none)."""
        key = normalise(form)
        if key not in self.automaton:
            return []
        return [self.aliases[i] for i in self.automaton.get(key)[1]]


def output_kind(record: dict[str, Any]) -> str:
    """Map a catalog record's kind to an output kind (summits, treaties and the rest become "other")."""
    kind = str(record.get("kind") or "")
    kind = KIND_ALIASES.get(kind, kind)
    if kind in OUTPUT_KINDS:
        return kind
    prefix = str(record.get("id", "")).split(":", 1)[0]
    prefix = KIND_ALIASES.get(prefix, prefix)
    return prefix if prefix in OUTPUT_KINDS else "other"


def _is_abbrev(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(form) <= 8


def _derived_surname(rec: dict[str, Any]) -> str | None:
    """Return the surname to use alone for a person the KB gives no short alias (Chinese order kept)."""
    name = str(rec.get("name") or "")
    parts = [p for p in re.split(r"\s+", name) if p]
    if len(parts) < 2:
        return None
    surname = (
        parts[0]
        if rec.get("country") in ("country:CHN", "country:TWN", "country:PRK", "country:KOR")
        else parts[-1]
    )
    surname = surname.strip(".,")
    return surname if len(surname) >= 3 and surname[:1].isupper() else None


def _plural_demonym(form: str) -> str | None:
    """Return the English plural of a demonym noun ("Kazakh" -> "Kazakhs"), or None where it has none."""
    if russian.has_cyrillic(form) or " " in form or not form[:1].isupper():
        return None
    if re.search(r"(?:s|sh|ch|z|ese|ish|ian|i)$", form):
        return form + "s" if form.endswith(("ian", "i")) else None
    return form + "s"


_SPELLED = frozenset({"name", "short", "native"})  # alias types other alphabets spell
_TRANSLITERATED = frozenset(
    {"person", "place"}
)  # kinds whose Russian names German/Polish/Turkish transliterate
# countries whose names other languages romanise from the native script, not from Russian ("Li Qiang")
_OWN_ROMANISATION = frozenset({"country:CHN", "country:TWN", "country:JPN", "country:KOR", "country:PRK"})


def _iso3(rec: dict[str, Any], kind: str) -> str | None:
    """Return the ISO 3166 alpha-3 code of a country record (from `iso3` or its id), else None."""
    if kind != "country":
        return None
    return str(rec.get("iso3") or str(rec["id"]).split(":", 1)[1])


def _record_aliases(rec: dict[str, Any]) -> list[tuple[str, str]]:
    """Return (surface form, alias type) pairs for one record, before case forms and drops."""
    out: list[tuple[str, str]] = []
    if rec.get("name"):
        out.append((str(rec["name"]), "name"))
    kind = output_kind(rec)
    polish: list[str] = []  # forms Polish declines by changing their last letters
    polish_adjectives: list[str] = []  # Polish adjectives of origin, declined by their ending
    kazakh: list[tuple[str, str]] = []  # Kazakh Cyrillic forms, written in Kazakh Latin too
    uzbek: set[tuple[str, str]] = set()  # Uzbek forms, written in the other Uzbek alphabet too
    kazakh_state = rec.get("country") == "country:KAZ" or rec.get("id") == "country:KAZ"
    for a in rec.get("aliases") or []:
        if isinstance(a, str):
            out.append((a, "name"))
        elif isinstance(a, dict) and a.get("name"):
            out.append((str(a["name"]), str(a.get("type") or "name")))
            if a.get("lang") == "pl" and a.get("type") == "demonym":
                polish_adjectives.append(str(a["name"]))
            elif a.get("lang") == "pl":
                polish.append(str(a["name"]))
            if a.get("lang") == "uz":
                uzbek.add(out[-1])
            if a.get("lang") == "kk" or (kazakh_state and a.get("lang") == "ru" and kind in _TRANSLITERATED):
                kazakh.append(out[-1])
    if kind == "country":  # the German and Turkish adjective where the record gives none ("armenisch")
        dicts = [a for a in rec.get("aliases") or [] if isinstance(a, dict) and a.get("name")]
        out.extend((form, "demonym") for form, _ in derived_demonyms(dicts))
    known = {f for f, _ in out}
    for form, typ in kazakh:
        out.extend((t, typ) for t in sorted(kazakh_latin(form)) if t not in known and len(t) >= 4)
    known = {f for f, _ in out}
    for form, typ in list(out):  # Uzbek writes names in two alphabets, and Russian ones by its Latin table
        cyrillic = russian.has_cyrillic(form)
        if (cyrillic and (form, typ) in uzbek) or (kind in _TRANSLITERATED and typ in _SPELLED and cyrillic):
            spelled = uzbek_latin(form)
        elif (form, typ) in uzbek and not cyrillic:
            spelled = uzbek_cyrillic(form)
        else:
            continue
        if spelled and spelled not in known and len(spelled) >= 4:
            known.add(spelled)
            out.append((spelled, typ))
    if kind in _TRANSLITERATED and rec.get("country") not in _OWN_ROMANISATION:
        known = {f for f, _ in out}
        for form, typ in list(out):
            if typ in ("name", "short", "native") and russian.has_cyrillic(form):
                out.extend((t, typ) for t in sorted(transliterations(form)) if t not in known and len(t) >= 4)
    if kind in ("place", "country"):  # single-word place names in -a decline alike ("Astanie", "Moskwie")
        polish += [f for f, t in out if " " not in f and f.endswith("a") and not russian.has_cyrillic(f)]
    known = {f for f, _ in out}
    for form in dict.fromkeys(polish):
        out.extend((f, "name") for f in sorted(polish_forms(form)) if f not in known)
    for form in dict.fromkeys(polish_adjectives):  # "chiński": "chińskiej", "chińskim", "chińską"
        out.extend((f, "demonym") for f in sorted(polish_adjective_forms(form)) if f not in known)
    if kind == "person" and not any(t == "short" for _, t in out):
        surname = _derived_surname(rec)
        if surname:
            out.append((surname, "short"))
    extra: list[tuple[str, str]] = []
    for form, typ in out:
        if typ == "demonym":
            plural = _plural_demonym(form)
            if plural:
                extra.append((plural, "demonym"))
        low = form.lower()
        if low.startswith("the ") and len(form) > 6:
            extra.append((form[4:], typ))
        if re.fullmatch(r"[\w-]+\.(?:uz|kz|kg|tj|tm|ru|cn|az|com|info|net|org)", low) and low != form:
            extra.append(
                (low, typ)
            )  # an outlet named by its domain is written in lower case too ("gazeta.uz")
    return out + extra


def _possessors(catalog: Catalog) -> dict[str, str]:
    """Return English demonym -> "<country>'s" ("Chinese" -> "China's"), for names written either way."""
    out: dict[str, str] = {}
    for rec in catalog.entities.values():
        if output_kind(rec) != "country" or not rec.get("name"):
            continue
        for a in rec.get("aliases") or []:
            if isinstance(a, dict) and a.get("type") == "demonym" and a.get("lang") == "en":
                out.setdefault(str(a["name"]), f"{rec['name']}'s")
    return out


def _variants(pairs: list[tuple[str, str]], possessors: dict[str, str]) -> list[tuple[str, str]]:
    """Return the other ways English writes an organization's or project's name: the country's possessive for
    its demonym ("Chinese Foreign Ministry" -> "China's Foreign Ministry") and "natural gas pipeline" for
    "gas pipeline"."""
    known = {f for f, _ in pairs}
    extra: list[tuple[str, str]] = []
    for form, typ in pairs:
        first, _, rest = form.partition(" ")
        if rest and first in possessors:
            extra.append((f"{possessors[first]} {rest}", typ))
        if "gas pipeline" in form.lower() and "natural gas" not in form.lower():
            extra.append((re.sub(r"(?i)\bgas pipeline", "natural gas pipeline", form), typ))
    return [(f, t) for f, t in dict.fromkeys(extra) if f not in known]


def build_gazetteer(catalog: Catalog) -> Gazetteer:
    """Build the alias index from a catalog: every alias, its Russian case forms, surnames and capitals."""
    collisions: dict[str, str] = {}
    for col in catalog.collisions:
        if col.get("alias"):
            res = str(col.get("resolution") or "context")
            if res == "context" and len(col.get("entities") or []) <= 1:
                res = "word"  # one entity against an ordinary word: not linked where a sentence opens
            collisions[normalise(str(col["alias"]))] = res
    entities: dict[str, EntityInfo] = {}
    capitals: dict[str, str] = {}
    for rec in catalog.entities.values():
        if rec.get("redirect") or rec.get("kind") == "redirect":
            continue
        if output_kind(rec) == "country" and rec.get("capital"):
            capitals[str(rec["capital"])] = str(rec["id"])
    hosts: dict[str, list[str]] = {}
    for rec in catalog.entities.values():
        hq = rec.get("headquarters")
        if isinstance(hq, str) and output_kind(rec) == "organization":
            hosts.setdefault(hq, []).append(str(rec["id"]))
    possessors = _possessors(catalog)
    aliases: list[Alias] = []
    index: dict[str, list[int]] = {}
    for rec in catalog.entities.values():
        if rec.get("redirect") or rec.get("kind") == "redirect" or not rec.get("id"):
            continue
        rid = str(rec["id"])
        kind = output_kind(rec)
        pairs = _record_aliases(rec)
        if kind in ("organization", "company", "project"):
            pairs += _variants(pairs, possessors)
        known_forms = [f for f, _ in pairs]
        entities[rid] = EntityInfo(
            id=rid,
            name=str(rec.get("name") or rid),
            kind=kind,
            iso3=_iso3(rec, kind),
            aliases=list(dict.fromkeys(f for f in known_forms if f != rec.get("name"))),
            country=str(rec["country"]) if isinstance(rec.get("country"), str) else None,
            capital_of=capitals.get(rid),
            hosts=tuple(hosts.get(rid, ())),
            prominent=any(o.get("role") in _LEADING_ROLES for o in rec.get("offices") or []),
        )
        seen: set[tuple[str, str]] = set()
        for form, typ in pairs:
            forms = russian.case_forms(form) if russian.has_cyrillic(form) else {form}
            for f in forms:
                key = normalise(f).strip()
                if len(key) < 2 or (key, rid) in seen or collisions.get(key) == "drop":
                    continue
                rule = collisions.get(key)
                if rule and rule not in ("context", "drop", "word") and rule != rid:
                    continue
                seen.add((key, rid))
                index.setdefault(key, []).append(len(aliases))
                # an acronym matches in its own case only; a mixed-case short form ("Rogun HPP", "CKU railway")
                # is a name like the others
                exact = _is_abbrev(f) or (typ == "abbrev" and f.upper() == f)
                aliases.append(Alias(rid, f, typ, exact_case=exact))
    automaton = ahocorasick.Automaton()
    for key, idxs in index.items():
        automaton.add_word(key, (len(key), tuple(idxs)))
    automaton.make_automaton()
    return Gazetteer(automaton=automaton, aliases=aliases, entities=entities, collisions=collisions)


def _fingerprint(folder: Path) -> str:
    """Hash the data files, the country list version and this code, so any change rebuilds the index."""
    h = hashlib.sha256(INDEX_VERSION.encode())
    spec = importlib.util.find_spec("pycountry")  # the ISO list: its install time stands for its version
    if spec and spec.origin:
        h.update(str(os.stat(spec.origin).st_mtime_ns).encode())
    for path in sorted(folder.glob("*.jsonl")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    h.update(_ZH_FILE.read_bytes())
    for module in (
        __file__,
        russian.__file__,
        transliterations.__code__.co_filename,
        polish_forms.__code__.co_filename,
        derived_demonyms.__code__.co_filename,
    ):
        h.update(Path(module).read_bytes())
    return h.hexdigest()[:20]


def cache_dir() -> Path:
    """Return the folder for the cached index (SPHERE_CACHE_DIR, else the user cache folder)."""
    env = os.environ.get("SPHERE_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("sphere"))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Return the gazetteer of the bundled KB: from the pickle cache when fresh, else built and cached."""
    from importlib import resources

    folder = Path(
        str(resources.files("sphere.kb") / "data")
    )  # the catalog module (and pycountry) loads lazily
    path = cache_dir() / f"gazetteer-{_fingerprint(folder)}.pkl"
    try:
        with path.open("rb") as fh:
            gaz = pickle.load(fh)
        if isinstance(gaz, Gazetteer):
            return gaz
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    from sphere.kb.catalog import load_catalog

    gaz = build_gazetteer(load_catalog())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return gaz


def _boundary_ok(text: str, start: int, end: int) -> bool:
    """Return True when [start, end) is a whole word sequence (possessive 's and hyphens allowed around it)."""
    if start > 0:
        prev = text[start - 1]
        if prev.isalnum() or (prev in "'’" and start > 1 and text[start - 2].isalpha()):
            return False
    if end < len(text):
        nxt = text[end]
        if nxt.isalnum():
            return False
        if nxt in "'’" and end + 1 < len(text) and text[end + 1].isalpha():
            after = text[end + 2] if end + 2 < len(text) else " "
            if not (text[end + 1] in "sS" and not after.isalpha()):
                return False
    return True


def _case_ok(surface: str, alias: Alias) -> bool:
    """Return True when the surface's capitalisation is compatible with the alias (acronyms exactly)."""
    if alias.exact_case:
        return surface.upper() == surface and normalise(surface) == normalise(alias.form)
    first = alias.form[:1]
    if first.isupper():
        return surface[:1].isupper()
    return True


_CaseGroup = tuple[tuple[Alias, ...], tuple[Alias, ...], bool]


def _case_group(aliases: list[Alias]) -> _CaseGroup:
    """Return the aliases of one key, those of them written in lower case, and whether any is exact-case."""
    lower_first = tuple(a for a in aliases if not a.form[:1].isupper())
    return tuple(aliases), lower_first, any(a.exact_case for a in aliases)


# Turkic adjectives of origin written from a state's name in lower case ("қытайлық компаниялар", "ресейлік",
# Uzbek "xitoylik"): the name's case does not agree, but the word stands for the state
_ADJECTIVAL = re.compile(r"(?:[лдт][ыі]қ|lik|lyq|[dt][iy]q|лик)(?:\w{0,6})(?!\w)")


def find_aliases(
    text: str, gaz: Gazetteer, language: str | None = None
) -> list[tuple[int, int, list[Alias]]]:
    """Return the non-overlapping automaton matches (longest first) with the aliases whose case agrees.

    In a language that inflects names by suffixes (`sphere.read.entities.inflection`), a match followed by
    a known case ending in the same word counts too; the mention is the name without its ending.
    """
    norm = normalise(text)
    suffixed = inflects(language)
    found: list[tuple[int, int, list[Alias]]] = []
    groups = gaz.case_groups
    size = len(text)
    for last, (length, idxs) in gaz.automaton.iter(norm):
        end = last + 1
        start = end - length
        if start < 0:
            continue
        inside = (start and text[start - 1].isalnum()) or (
            end < size and text[end].isalnum()
        )  # within a word
        # the indexed key holds CJK exactly when its aliases do; a known case ending may follow a name
        inflected = (
            suffixed
            and (start == 0 or not text[start - 1].isalnum())
            and ending_ok(text, end, language, stem_len=length) is not None
        )
        if (inside or not _boundary_ok(text, start, end)) and not is_cjk(norm[start:end]) and not inflected:
            continue
        group = groups.get(idxs)
        if group is None:
            group = groups[idxs] = _case_group([gaz.aliases[i] for i in idxs])
        every, lower_first, exact = group
        if exact:
            surface = text[start:end]
            ok = [a for a in every if _case_ok(surface, a)]
        else:  # the case agrees with all aliases, or with those written in lower case
            ok = list(every if text[start].isupper() else lower_first)
        # a Turkic adjective of origin ("қытайлық", Uzbek "xitoylik") stands for the state
        if not ok and inflected and _ADJECTIVAL.match(text, end):
            ok = [a for a in every if a.entity_id.startswith("country:")]
        if ok:
            found.append((start, end, ok))
    found.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int, list[Alias]]] = []
    occupied = bytearray(len(text) + 1)
    for start, end, aliases in found:
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append((start, end, aliases))
    taken.sort(key=lambda h: h[0])
    return taken


def is_cjk(text: str) -> bool:
    """Return True when `text` holds Chinese or Japanese characters (matched without word boundaries)."""
    return _CJK.search(text) is not None
