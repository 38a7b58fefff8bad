"""The learned sentence classifier of the event stage: sentence -> PLOVER type (or none) and salience.

A linear model over word stems (English suffixes stripped, other languages cut to their first letters, Chinese
read as character bigrams), stem bigrams, CAMEO verb classes (English), cross-lingual concept cues
(`concepts.json`: the common words of signing, visiting, lending, sanctioning, detaining ... in eight languages,
so that what the model learns from English and Russian sentences carries over to the others, with future,
negation and reported-speech markers) and a few generic features (numbers, money, position in the article, how
many states and bodies the sentence names). Entity mentions are masked
by their kind ("<country>", "<person>") so that the model learns the wording of events, not the names in
them. The weights are trained by `training/events/build_events.py` from the labelled sentences in
`training/events/` and shipped as `model.json.gz` beside this module (int8-quantised rows, so that a cold
start decodes them in milliseconds); reading them needs nothing but the standard library. `classify` is what the extractor calls for each sentence.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

__all__ = [
    "MODEL_PATH",
    "Model",
    "Prediction",
    "anchor",
    "classify",
    "features",
    "load_model",
    "mask_mentions",
]

MODEL_PATH = Path(__file__).with_name("model.json.gz")
CAMEO_PATH = Path(__file__).with_name("cameo_verbs.json.gz")
CONCEPTS_PATH = Path(__file__).with_name("concepts.json")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(
    rf"<[a-z]+>|[{_HAN}]+|(?:(?![{_HAN}])[^\W\d_])+(?:['’‘ʻ](?:(?![{_HAN}])[^\W\d_])+)?|\d+", re.UNICODE
)
_HAN_RUN = re.compile(rf"[{_HAN}]")
_CYRILLIC = re.compile(r"[а-яёәіңғүұқөһўқҳ]")
_APOSTROPHES = str.maketrans({"‘": "'", "’": "'", "ʻ": "'", "ʼ": "'", "`": "'", "İ": "i"})
PREFIX_LEN = 5  # a word of a language other than English is stemmed to its first letters
_EN_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly")
_MONEY = re.compile(r"[$€£¥]|\b(?:billion|million|bn|mln|trillion|млрд|млн|трлн|долл\w*|евро|юан\w*)\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|shall|would|plans?|planned|intends?|expected|scheduled|upcoming|next|could|may|might|"
    r"будет|будут|планиру\w*|намерен\w*|ожида\w*|может|могут)\b",
    re.I,
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|noted|stressed|added|stated|заявил\w*|отметил\w*|сказал\w*)\b", re.I
)
_NEGATION = re.compile(r"\b(?:not|no|never|denied|без|не|нет)\b", re.I)
_QUOTE = re.compile(r"^\W*[\"“«]")
PARTY_KINDS = ("country", "organization", "company")
CAMEO_FEATURES = True  # the CAMEO verb features (off only to measure what they bring)
CONCEPT_FEATURES = True  # the cross-lingual concept cues of concepts.json (likewise)


@lru_cache(maxsize=1 << 16)
def stem(word: str, lang: str | None = None) -> str:
    """Return a crude stem: an English word without its suffix, the first five letters of a word of any other
    language (Cyrillic script, or `lang` other than English). Cached: the same words recur in every article."""
    if _CYRILLIC.search(word) or (lang is not None and lang != "en"):
        return word[:PREFIX_LEN]
    for suf in _EN_SUFFIXES:
        if len(word) - len(suf) >= 3 and word.endswith(suf):
            return word[: -len(suf)]
    return word


def mask_mentions(sentence: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """Replace each (start, end, kind) span of `sentence` with a "<kind>" token."""
    out, last = [], 0
    for s, e, kind in sorted(spans):
        if s < last:
            continue
        out.append(sentence[last:s])
        out.append(f" <{kind}> ")
        last = e
    out.append(sentence[last:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Cameo:
    """CAMEO codes of verb stems and verb-object patterns (from `cameo_verbs.json.gz`, see import_cameo.py)."""

    verbs: dict[str, str]  # verb stem -> CAMEO root code ("05")
    blocks: dict[str, list[int]]  # verb stem -> its pattern blocks
    patterns: list[dict[str, str]]  # block -> object noun stem -> CAMEO code ("163")
    plover: dict[str, str]  # CAMEO code (3 digits) -> PLOVER type


@lru_cache(maxsize=1)
def load_cameo() -> Cameo:
    """Load the CAMEO verb features once per process (empty when the file is missing)."""
    try:
        with gzip.open(CAMEO_PATH, "rt", encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
    except OSError:
        return Cameo({}, {}, [], {})
    return Cameo(data["verbs"], data["blocks"], data["patterns"], data["plover"])


def cameo_features(stems: list[str]) -> list[str]:
    """Return the CAMEO features of a stemmed sentence: each verb's root code ("cv:05") and each verb-object
    pattern within five words ("cp:163") with its PLOVER type ("cpp:SANCTION")."""
    cam = load_cameo()
    out: list[str] = []
    for i, s in enumerate(stems):
        root = cam.verbs.get(s)
        if root is None:
            continue
        out.append(f"cv:{root}")
        for b in cam.blocks.get(s, ()):
            pats = cam.patterns[b]
            for t in stems[i + 1 : i + 6]:
                code = pats.get(t)
                if code is not None:
                    out.append(f"cp:{code}")
                    if typ := cam.plover.get(code):
                        out.append(f"cpp:{typ}")
                    break
    return out


def _fold(text: str) -> str:
    """Case-fold `text` the same way for sentences and concept forms (one apostrophe, Turkish dotted I)."""
    return text.translate(_APOSTROPHES).casefold()


@dataclass(frozen=True, slots=True)
class Concepts:
    """The cross-lingual concept cues: each folded form (a word beginning, or Chinese characters) -> concepts."""

    forms: dict[str, tuple[str, ...]]
    lengths: tuple[int, ...]  # the lengths of the forms, shortest first
    trie: _Node  # the forms letter by letter, for one walk from each word start


class _Node:
    """One letter of the concept-form trie: the letters that may follow and the concepts of a form ending here."""

    __slots__ = ("hits", "next")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.hits: tuple[str, ...] = ()


def _trie(forms: dict[str, tuple[str, ...]]) -> _Node:
    """Return the trie of `forms` (each form -> its concepts)."""
    root = _Node()
    for form, concepts in forms.items():
        node = root
        for ch in form:
            node = node.next.setdefault(ch, _Node())
        node.hits = concepts
    return root


@lru_cache(maxsize=1)
def load_concepts() -> Concepts:
    """Load the cross-lingual concept cues (`concepts.json`) once per process (empty when missing)."""
    try:
        data: dict[str, Any] = json.loads(CONCEPTS_PATH.read_text(encoding="utf-8"))
    except OSError:
        return Concepts({}, (), _Node())
    forms: dict[str, set[str]] = {}
    for name, by_lang in data["concepts"].items():
        for form in (f for fs in by_lang.values() for f in fs):
            forms.setdefault(_fold(form), set()).add(name)
    frozen = {f: tuple(sorted(c)) for f, c in forms.items()}
    return Concepts(frozen, tuple(sorted({len(f) for f in forms})), _trie(frozen))


_WORD_START = re.compile(rf"(?<![^\W_])[^\W\d_]|[{_HAN}]")


def concept_features(masked: str) -> list[str]:
    """Return 'c:CONCEPT' for each cross-lingual concept whose forms begin a word of the sentence (or occur in
    it, for Chinese), in concept order."""
    root = load_concepts().trie.next
    folded = _fold(masked)
    end = len(folded)
    found: set[str] = set()
    for m in _WORD_START.finditer(folded):
        i = m.start()
        node = root.get(folded[i])
        while node is not None:
            if node.hits:
                found.update(node.hits)
            i += 1
            if i == end:
                break
            node = node.next.get(folded[i])
    return [f"c:{name}" for name in sorted(found)]


def tokens(masked: str, lang: str | None = None) -> list[tuple[str, int, int]]:
    """Return the stems of a masked sentence with their spans: "<kind>" masks, "<num>" for numbers, stemmed
    words, and the character bigrams of a run of Chinese characters (which has no spaces between words)."""
    out: list[tuple[str, int, int]] = []
    append = out.append
    for m in _WORD.finditer(masked):
        w = m.group().lower()
        tok = _word_token(w, lang)
        start, end = m.span()
        if tok is not None:
            append((tok, start, end))
        else:  # a run of Chinese characters: its bigrams
            if len(w) == 1:
                append((w, start, end))
            for i in range(len(w) - 1):
                append((w[i : i + 2], start + i, start + i + 2))
    return out


@lru_cache(maxsize=1 << 16)
def _word_token(w: str, lang: str | None) -> str | None:
    """Return the token of one lower-cased word of `tokens` (None for a run of Chinese characters)."""
    if w.startswith("<"):
        return w
    if w.isdigit():
        return "<num>"
    if _HAN_RUN.match(w):
        return None
    return stem(w, lang)


def features(masked: str, position: int, lang: str | None = None) -> list[str]:
    """Return the feature names of one sentence (entity mentions already masked) at `position` in its article,
    written in `lang` (ISO 639-1; None: English or Russian, told apart by script)."""
    toks = tokens(masked, lang)
    stems = [t[0] for t in toks]
    words = stems
    feats = [f"w:{s}" for s in stems]
    feats += [f"b:{a}_{b}" for a, b in pairwise(stems)]
    if CAMEO_FEATURES and lang in (None, "en"):
        feats += cameo_features(stems)
    if CONCEPT_FEATURES:
        feats += concept_features(masked)
    parties = sum(1 for s in stems if s[1:-1] in PARTY_KINDS)
    feats.append(f"f:parties{min(parties, 3)}")
    feats.append(f"f:pos{min(position, 3)}")
    feats.append(f"f:len{min(len(words) // 10, 4)}")
    if _MONEY.search(masked):
        feats.append("f:money")
    if _FUTURE.search(masked):
        feats.append("f:future")
    if _SPEECH.search(masked):
        feats.append("f:speech")
    if _NEGATION.search(masked):
        feats.append("f:neg")
    if _QUOTE.search(masked):
        feats.append("f:quote")
    return feats


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the classifier says of one sentence: the likeliest type (None: no event) and the probabilities."""

    type: str | None
    p_type: float  # probability of `type` (or of no event when `type` is None)
    p_event: float  # probability that the sentence reports some event
    p_salient: float  # probability that an analyst would record an event of this sentence
    scores: dict[str, float]  # probability of each label, "NONE" included


@dataclass(frozen=True, slots=True)
class Model:
    """The shipped weights: int8-quantised rows (one per feature, one column per label) and the salience column."""

    labels: tuple[str, ...]
    index: dict[str, int]  # feature name -> row
    type_w: array[int]  # len(index) * len(labels), row-major
    type_scale: float
    type_b: tuple[float, ...]
    sal_w: array[int]  # len(index)
    sal_scale: float
    sal_b: float

    def row(self, feature: str) -> list[float] | None:
        """Return the type weights of one feature (None when the model does not know it)."""
        i = self.index.get(feature)
        if i is None:
            return None
        n = len(self.labels)
        return [w * self.type_scale for w in self.type_w[i * n : (i + 1) * n]]


_EMPTY = Model(("NONE",), {}, array("b"), 1.0, (0.0,), array("b"), 1.0, 0.0)


@lru_cache(maxsize=1)
def load_model() -> Model:
    """Load the shipped weights once per process (an empty model when the file is missing)."""
    try:
        with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
    except OSError:
        return _EMPTY
    names = data["features"].split("\n") if data["features"] else []
    return Model(
        labels=tuple(data["labels"]),
        index={name: i for i, name in enumerate(names)},
        type_w=array("b", base64.b64decode(data["type_q"])),
        type_scale=float(data["type_scale"]),
        type_b=tuple(float(b) for b in data["type_b"]),
        sal_w=array("b", base64.b64decode(data["sal_q"])),
        sal_scale=float(data["sal_scale"]),
        sal_b=float(data["sal_b"]),
    )


def _softmax(xs: list[float]) -> list[float]:
    top = max(xs)
    exps = [math.exp(x - top) for x in xs]
    total = sum(exps)
    return [e / total for e in exps]


def classify(masked: str, position: int, lang: str | None = None) -> Prediction:
    """Classify one sentence (entity mentions masked with `mask_mentions`) at `position` in its article,
    written in `lang` (see `features`)."""
    model = load_model()
    labels, n = model.labels, len(model.labels)
    tw, sw, index = model.type_w, model.sal_w, model.index
    rows = [i for i in map(index.get, features(masked, position, lang)) if i is not None]
    # integer sums, so the order of addition cannot change them
    raw = (
        [sum(col) for col in zip(*(tw[i * n : (i + 1) * n] for i in rows), strict=True)] if rows else [0] * n
    )
    sal = sum(sw[i] for i in rows)
    scores = [b + r * model.type_scale for b, r in zip(model.type_b, raw, strict=True)]
    sal_logit = model.sal_b + sal * model.sal_scale
    probs = _softmax(scores)
    best = max(range(n), key=probs.__getitem__)
    none = labels.index("NONE") if "NONE" in labels else -1
    p_event = 1.0 - (probs[none] if none >= 0 else 0.0)
    p_sal = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, sal_logit))))
    label = labels[best]
    return Prediction(
        None if label == "NONE" else label,
        probs[best],
        p_event,
        p_sal,
        dict(zip(labels, probs, strict=True)),
    )


def anchor(sentence: str, label: str, lang: str | None = None) -> tuple[int, int] | None:
    """Return the span of the word of `sentence` that points most strongly to `label` (the likely trigger)."""
    model = load_model()
    if label not in model.labels:
        return None
    col, best, span = model.labels.index(label), 0.0, None
    for tok, start, end in tokens(sentence, lang):
        if tok.startswith("<"):
            continue
        row = model.row(f"w:{tok}")
        if row is not None and row[col] > best:
            best, span = row[col], (start, end)
    return span
