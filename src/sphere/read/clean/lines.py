"""The learned line classifier: how likely each line of a copied page is boilerplate rather than article.

Each line is described by generic features only, the same in every language: its length, end punctuation,
capitalisation, stop-word density (function words of many languages) and page-furniture word density ("share",
"subscribe", "yorum", "поделиться"...), digits and symbols, whether a rule of `sphere.read.clean.boilerplate`
fires on it; whether it opens with a label ("Source:", "Editor:") or is a tag in brackets; its position in the
document (before the first paragraph, after the last, distance to running text above and below, share of the
words above and below it); whether it repeats; its jusText class (short / near-good / good by length and
stop-word density) and that class revised by its context (a short line goes with the body only inside it); the
length of the run of short and of headline-like lines it sits in; and the same for its neighbours. A small neural network
(one hidden layer) turns them into a probability. Its weights are `models/boilerplate_lines.json`, built by
`training/build_boilerplate.py` from labelled lines of real pages; they are read once and evaluated here in
plain Python (no numpy or scikit-learn at read time).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import Any

from sphere.read.clean.language import stopword_union
from sphere.read.clean.shapes import CJK_RX, SENT_END

__all__ = ["FEATURES", "LineModel", "boilerplate_probabilities", "line_features", "load_model"]

_WORD_RX = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SEP_RX = re.compile(r"\s[|•·»›/>]\s|\s[|•·]|[|•·]\s")
_LINK_RX = re.compile(r"https?://|www\.|@\w|#\w|\.(?:com|org|net|ru|kz|uz)\b", re.I)


def _wordset(text: str) -> frozenset[str]:
    """Return the space-separated words of `text` as a set."""
    return frozenset(text.split())


# Words of page furniture (sharing, comments, subscriptions, navigation, credits) in the languages read.
_FURNITURE = _wordset(
    "share shares shared tweet print email e-mail comment comments reply subscribe subscription "
    "subscribed newsletter sign login log register follow cookie cookies privacy policy terms "
    "advertisement advertising ad ads sponsored related read more latest trending popular recommended "
    "video videos photo photos image gallery credit credits copyright rights reserved menu home search "
    "tags tag topics category categories click download app source editor editing reporting updated "
    "published posted next previous back top whatsapp telegram facebook twitter instagram youtube "
    "linkedin channel stay join listen watch loading поделиться комментарии комментарий подписаться "
    "подпишитесь читайте читать также реклама фото видео источник редактор новости главная теги "
    "опубликовано обновлено канал teilen kommentar kommentare abonnieren anmelden werbung lesen mehr "
    "auch weitere foto bild quelle artikel newsletter datenschutz impressum yorum yorumlar paylaş abone "
    "giriş reklam haber haberler devamı oku ilgili güncelleme yayınlanma kaynak fotoğraf editör lütfen "
    "kuralları komentarz komentarze udostępnij czytaj więcej reklama zobacz także źródło zdjęcie пікір "
    "пікірлер бөлісу оқыңыз жаңалықтар жарнама сурет дереккөз izoh izohlar ulashish o'qing yangiliklar "
    "batafsil reklama manba surat 分享 评论 相关 阅读 责任编辑 来源 编辑 图片 广告"
)

_FURNITURE_CJK = tuple(w for w in _FURNITURE if CJK_RX.match(w))
_DIGIT_RX = re.compile(r"\d")
# "Source: ...", "Editor: ...", "Photo: ...": one or two words and a colon opening a line, and how many such
# labels a line holds ("Source: Xinhua Editor: Li Wei")
_LABEL_START_RX = re.compile(r"^\W{0,3}[^\W\d_]+(?:[ -][^\W\d_]+)?\s?:(?:\s|$)")
_LABEL_RX = re.compile(r"(?:^|\s)[^\W\d_]+\s?:\s")
_BRACKETED_RX = re.compile(r"^\s*[(\[{<«][^()\[\]{}]{1,80}[)\]}>»]\W*$")
_NON_WORD_RX = re.compile(r"[\W_]+")
_SYMBOL_RX = re.compile(r"[^\w\s]|_")
_CASED_RX = re.compile(r"[^\W\d_]")

FEATURES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "ends_sentence",
    "ends_colon",
    "capitalised",
    "all_caps",
    "stopwords",
    "furniture",
    "digits",
    "symbols",
    "separators",
    "link",
    "rule",
    "starts_lower",
    "short",
    "long",
    "paragraph",
    "headline_like",
    "position",
    "before_body",
    "after_body",
    "gap",
    "repeated",
    "words_above",
    "prev_paragraph",
    "prev_words",
    "next_paragraph",
    "next_words",
    "window_paragraph",
    "prev_rule",
    "next_rule",
    "short_run",
    "jt_short",
    "jt_good",
    "jt_context_good",
    "short_block",
    "headline_block",
    "prev_para_gap",
    "next_para_gap",
    "words_below",
    "label_start",
    "labels",
    "bracketed",
)

# jusText's paragraph classes (Pomikálek 2011), on text lines: a line under 70 characters is "short"; a longer
# one is "good" with at least 32% stop-words (over 200 characters), "near-good" from 30%, else "bad"; a line
# with a copyright sign is bad. Short and near-good lines then take the class of their nearest decided
# neighbours, the document's edges counting as bad: so a short line goes with the body only inside it.
_JT_SHORT = 70
_JT_LONG = 200
_JT_STOP_LOW = 0.30
_JT_STOP_HIGH = 0.32


def _jt_classes(lines: list[str], stopd: list[float]) -> list[str]:
    """Return each line's jusText class ("good", "neargood", "short", "bad") before context revision."""
    out: list[str] = []
    for line, sd in zip(lines, stopd, strict=True):
        chars = len(line)
        if "©" in line or "copyright" in line.lower():
            out.append("bad")
        elif chars < _JT_SHORT:
            out.append("short")
        elif sd >= _JT_STOP_HIGH:
            out.append("good" if chars > _JT_LONG else "neargood")
        elif sd >= _JT_STOP_LOW:
            out.append("neargood")
        else:
            out.append("bad")
    return out


def _neighbours(classes: list[str], skip: frozenset[str]) -> tuple[list[str], list[str]]:
    """Return, for each line, the class of the nearest line above and below whose class is not in `skip`."""
    n = len(classes)
    prev, nxt = ["bad"] * n, ["bad"] * n
    last = "bad"
    for i, c in enumerate(classes):
        prev[i] = last
        if c not in skip:
            last = c
    last = "bad"
    for i in range(n - 1, -1, -1):
        nxt[i] = last
        if classes[i] not in skip:
            last = classes[i]
    return prev, nxt


def _jt_context(classes: list[str]) -> list[bool]:
    """Return whether each line is good after jusText's context revision of short and near-good lines."""
    prev, nxt = _neighbours(classes, frozenset({"short", "neargood"}))
    prev_ng, nxt_ng = _neighbours(classes, frozenset({"short"}))
    revised = list(classes)
    for i, c in enumerate(classes):
        if c != "short":
            continue
        if prev[i] == "good" and nxt[i] == "good":
            revised[i] = "good"
        elif prev[i] == "bad" and nxt[i] == "bad":
            revised[i] = "bad"
        elif (prev[i] == "bad" and prev_ng[i] == "neargood") or (nxt[i] == "bad" and nxt_ng[i] == "neargood"):
            revised[i] = "good"
        else:
            revised[i] = "bad"
    for i, c in enumerate(classes):
        if c == "neargood":
            revised[i] = "bad" if prev[i] == "bad" and nxt[i] == "bad" else "good"
    return [c == "good" for c in revised]


def _runs(flags: list[bool]) -> list[int]:
    """Return, for each position, the length of the run of True flags it belongs to (0 where False)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        out[i:j] = [j - i] * (j - i)
        i = j
    return out


def _shape(line: str, stop: frozenset[str]) -> tuple[list[float], int, bool, bool, float, list[float]]:
    """Return the line's own features, its word count, whether it reads as a paragraph / a headline, its
    stop-word density, and its label and bracket features (last in `FEATURES`)."""
    words = _WORD_RX.findall(line)
    n = len(words)
    if not line.isascii():
        n += len(CJK_RX.findall(line)) // 2
    chars = len(line)
    low = [w.lower() for w in words]
    alpha = [w for w in words if w[:1].isalpha()]
    caps = sum(1 for w in alpha if w[:1].isupper()) / len(alpha) if alpha else 0.0
    upper = line.upper()
    all_caps = 1.0 if line == upper and upper != line.lower() and len(_CASED_RX.findall(line)) >= 2 else 0.0
    nw = max(1, len(words))
    stopd = sum(1 for w in low if w in stop) / nw
    furn = sum(1 for w in low if w in _FURNITURE) / nw
    if not line.isascii():
        furn += sum(1 for w in _FURNITURE_CJK if w in line) / nw
    digits = len(_DIGIT_RX.findall(line)) / max(1, chars)
    symbols = len(_SYMBOL_RX.findall(line)) / max(1, chars)
    end = line.rstrip()
    ends_sentence = end.endswith(SENT_END)
    first = line.lstrip("\"'“«‘(")[:1]
    prose = n - sum(1 for w in words if w.isdigit())  # "08:52 (UTC +04:00)" is no running text
    paragraph = prose >= 25 or (prose >= 10 and ends_sentence)
    headline = 3 <= n <= 30 and not ends_sentence and not end.endswith(":") and first.isupper()
    own = [
        math.log1p(chars) / 6.0,
        math.log1p(n) / 4.0,
        1.0 if ends_sentence else 0.0,
        1.0 if end.endswith(":") else 0.0,
        caps,
        all_caps,
        stopd,
        min(1.0, furn),
        digits,
        symbols,
        1.0 if _SEP_RX.search(line) else 0.0,
        1.0 if _LINK_RX.search(line) else 0.0,
        0.0,  # rule: filled by the caller's reasons
        1.0 if first.islower() else 0.0,
        1.0 if n <= 3 else 0.0,
        1.0 if n >= 40 else 0.0,
        1.0 if paragraph else 0.0,
        1.0 if headline else 0.0,
    ]
    labels = len(_LABEL_RX.findall(line)) if ":" in line else 0
    tail = [
        1.0 if labels and _LABEL_START_RX.match(line) else 0.0,
        min(1.0, labels / 2),
        1.0 if _BRACKETED_RX.match(line) else 0.0,
    ]
    return own, n, paragraph, headline, stopd, tail


def line_features(lines: list[str], rules: list[bool]) -> list[list[float]]:
    """Return the feature vector (`FEATURES` order) of each line; `rules[i]` says a line rule fired on line i."""
    stop = stopword_union()
    shapes = [_shape(line, stop) for line in lines]
    n = len(lines)
    paras = [i for i, s in enumerate(shapes) if s[2]]
    first, last = (paras[0], paras[-1]) if paras else (n, -1)
    total = sum(s[1] for s in shapes) or 1
    line_keys = [_NON_WORD_RX.sub("", line.lower()) for line in lines]
    keys: dict[str, int] = {}
    for k in line_keys:
        keys[k] = keys.get(k, 0) + 1
    jt = _jt_classes(lines, [s[4] for s in shapes])
    jt_good = _jt_context(jt)
    short_block = _runs([c == "short" for c in jt])
    head_block = _runs([s[3] or s[1] <= 3 for s in shapes])
    prev_para = [n] * n
    next_para = [n] * n
    for i in range(n):
        prev_para[i] = 0 if shapes[i][2] else (prev_para[i - 1] + 1 if i and prev_para[i - 1] < n else n)
    for i in range(n - 1, -1, -1):
        next_para[i] = (
            0 if shapes[i][2] else (next_para[i + 1] + 1 if i + 1 < n and next_para[i + 1] < n else n)
        )
    out: list[list[float]] = []
    above = 0
    for i, (own, words, _para, head, _stopd, tail) in enumerate(shapes):
        own = list(own)
        own[12] = 1.0 if rules[i] else 0.0
        gap = min(prev_para[i], next_para[i])  # to the nearest paragraph (n when there is none)
        prev = shapes[i - 1] if i > 0 else None
        nxt = shapes[i + 1] if i + 1 < n else None
        window = shapes[max(0, i - 3) : i + 4]
        short_run = words <= 6 and (prev is None or prev[1] <= 6) and (nxt is None or nxt[1] <= 6)
        k = line_keys[i]
        own += [
            i / (n - 1) if n > 1 else 0.0,
            1.0 if i < first else 0.0,
            1.0 if i > last else 0.0,
            math.log1p(gap) / 3.0,
            1.0 if k and keys.get(k, 0) > 1 else 0.0,
            above / total,
            1.0 if prev and prev[2] else 0.0,
            math.log1p(prev[1]) / 4.0 if prev else 0.0,
            1.0 if nxt and nxt[2] else 0.0,
            math.log1p(nxt[1]) / 4.0 if nxt else 0.0,
            sum(1 for s in window if s[2]) / len(window),
            1.0 if i > 0 and rules[i - 1] else 0.0,
            1.0 if i + 1 < n and rules[i + 1] else 0.0,
            1.0 if short_run else 0.0,
            1.0 if jt[i] == "short" else 0.0,
            1.0 if jt[i] in ("good", "neargood") else 0.0,
            1.0 if jt_good[i] else 0.0,
            math.log1p(short_block[i]) / 3.0,
            math.log1p(head_block[i]) / 3.0 if head else 0.0,
            math.log1p(prev_para[i]) / 4.0,
            math.log1p(next_para[i]) / 4.0,
            (total - above - words) / total,
            *tail,
        ]
        above += words
        out.append(own)
    return out


class LineModel:
    """A one-hidden-layer network over standardised features: p(boilerplate) for a feature vector."""

    def __init__(self, spec: dict[str, Any]) -> None:
        """Take the weights as `training/build_boilerplate.py` writes them."""
        if tuple(spec["features"]) != FEATURES:
            raise ValueError("the line model was built for other features; rebuild it")
        mean: list[float] = spec["mean"]
        scale: list[float] = spec["scale"]
        # the standardisation folded into the first layer: w·(x - m)/s + b = (w/s)·x + (b - Σ w·m/s)
        self.w1: list[list[float]] = [
            [w / sc for w, sc in zip(row, scale, strict=True)] for row in spec["w1"]
        ]
        self.b1: list[float] = [
            b - sum(w * m / sc for w, m, sc in zip(row, mean, scale, strict=True))
            for row, b in zip(spec["w1"], spec["b1"], strict=True)
        ]
        self.w2: list[float] = spec["w2"]
        self.b2: float = spec["b2"]

    def probability(self, x: list[float]) -> float:
        """Return the probability that the line with features `x` is boilerplate."""
        out = self.b2
        for row, b, w in zip(self.w1, self.b1, self.w2, strict=True):
            h = b + sum(map(mul, row, x))
            if h > 0:
                out += w * h
        if out < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-out))


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """Return the packaged line model (read once per process)."""
    path = resources.files("sphere.read.clean") / "models" / "boilerplate_lines.json"
    return LineModel(json.loads(path.read_text(encoding="utf-8")))


def boilerplate_probabilities(
    lines: list[str], rules: list[bool], only: set[int] | None = None
) -> list[float]:
    """Return p(boilerplate) for each line of a document (see `line_features` for `rules`).

    With `only`, lines outside it are not evaluated and get 0.0 (their features still serve as context).
    """
    model = load_model()
    return [
        model.probability(x) if only is None or i in only else 0.0
        for i, x in enumerate(line_features(lines, rules))
    ]
