"""The reader's fast paths give exactly what the plain regex scans they replace would give.

`sphere.read.prefilter` skips regex attempts by the literal prefixes of matches; trigger search, number search,
claim spans and date expressions use it or similar cheap tests. Each test compares a fast path with the plain
scan on text built to stress it: capitals, line breaks, odd spaces, digits of other scripts and the letters
that case-insensitive matching folds in ways `str.lower` does not ("ſ", "ı", the Kelvin sign, "ᲂ").
"""

from __future__ import annotations

import random
import re

import pytest

from sphere.read import dates
from sphere.read.claims import quantities
from sphere.read.claims.context import ClaimDoc
from sphere.read.entities.linking import word_before
from sphere.read.events import lexicon as event_lexicon
from sphere.read.prefilter import PrefixIndex, fold_text, prefixes
from sphere.read.types import CleanDocument, ReadContext

ODD = ["ſ", "ı", "İ", "\u212a", "ẛ", "ϐ", "é", "Ü", "ᲂ", "ᲀ", "\u00a0", "\n", "\t", "٣", "Ё", "ё"]


def _words(text: str) -> list[str]:
    """Split a block of space-separated words."""
    return text.split(" ")


EN = _words(
    "The two sides signed an agreement on 12 May 2024 . Kazakhstan hosted the summit , and China pledged "
    "a $2 billion loan . Leaders met with the President in Astana last year ; talks were held yesterday . "
    "Construction of the railway began in 2023 and three new terminals opened . They did not sign the "
    "treaty . The ministers agreed to cooperate with partners . About 40 per cent of trade , up 12 % . "
    "The number of trains rose to 120 . from 5 to 7 million tonnes , 10 - 20 km , visited twice ."
)
RU = _words(
    "Стороны подписали соглашение 7 июня 2024 года . Президент посетил Астану в прошлом году ; переговоры "
    "прошли вчера . Китай выделил кредит на 2 млрд долларов . Строительство началось в марте . "
    "Товарооборот вырос на 12 % , до 40 млрд долларов ."
)


def _texts(seed: int, n: int) -> list[str]:
    """Return sentences of news words shuffled, re-cased and salted with odd characters."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rnd.choice(EN if rnd.random() < 0.7 else RU) for _ in range(rnd.randrange(1, 25))]
        words = [w.upper() if rnd.random() < 0.1 else w.lower() if rnd.random() < 0.1 else w for w in words]
        text = " ".join(words)
        chars = [rnd.choice(ODD) if rnd.random() < 0.02 else c for c in text]
        out.append("".join(chars))
    return out


def _reference_triggers(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Return the triggers by trying every row at every position (the meaning `find_triggers` implements)."""
    found = []
    for pos in range(len(text)):
        for i, trig in enumerate(event_lexicon.TRIGGERS[lang]):
            m = trig.pattern.match(text, pos)
            if m:
                s, e = m.span("t") if m.re.groupindex.get("t") and m.group("t") else m.span()
                found.append((s, e, i))
                break
    found.sort(key=lambda x: (x[0], x[2]))
    out: list[tuple[int, int, str]] = []
    for s, e, i in found:
        if not out or s >= out[-1][1]:
            out.append((s, e, event_lexicon.TRIGGERS[lang][i].pattern.pattern))
    return out


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_find_triggers_matches_trying_every_row_everywhere(lang: str) -> None:
    texts = _texts(1, 120)
    assert sum(bool(_reference_triggers(t, lang)) for t in texts) > 10  # the texts do hold triggers
    for text in texts:
        want = _reference_triggers(text, lang)
        got = [(s, e, t.pattern.pattern) for s, e, t in event_lexicon.find_triggers(text, lang)]
        assert got == want, text


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_trigger_starts_of_the_whole_document_serve_each_sentence(lang: str) -> None:
    doc = " ".join(_texts(2, 40)).replace("ı", "i").replace("İ", "I").replace("ſ", "s").replace("ẛ", "s")
    doc = doc.replace("ᲂ", "о").replace("ᲀ", "в").replace("٣", "3").replace("ϐ", "b")
    folded = fold_text(doc)
    assert folded is not None and len(folded) == len(doc)
    starts = event_lexicon.trigger_starts(folded, lang)
    assert starts is not None
    for s0 in range(0, len(doc) - 80, 37):
        sent = doc[s0 : s0 + 80]
        rel = [p - s0 for p in starts if s0 <= p < s0 + 80]
        assert event_lexicon.find_triggers(sent, lang, rel) == event_lexicon.find_triggers(sent, lang)


def test_fold_text_keeps_offsets_and_refuses_unusual_letters() -> None:
    assert fold_text("Astana\tHOSTED 12\u00a0May") == "astana hosted 00 may"
    assert fold_text("Türkiye, \u212a") == "türkiye, k"  # the Kelvin sign is a "k" to both
    for odd in ("ſ", "ı", "İ", "ᲂ", "ẛ", "ϐ", "٣"):
        assert fold_text("summit " + odd) is None
    assert fold_text("Саммит в Астане — «2024»") == "саммит в астане — «0000»"


def test_prefixes_of_a_pattern() -> None:
    assert prefixes(re.compile(r"(?:tele)?phone\s+call", re.I), 6) == frozenset({"teleph", "phone "})
    assert prefixes(re.compile(r"\bloans?\b|кредит", re.I)) == frozenset({"loan", "loans", "кредит"})
    assert prefixes(re.compile(r"\w+ing")) is None  # a match may start with any letter


def test_letters_not_unusual_fold_as_lower_does() -> None:
    """The prefix tests compare lower-cased text: IGNORECASE must not match more for ordinary letters."""
    everything = "".join(chr(c) for c in range(0x20, 0x3100) if not 0xD800 <= c <= 0xDFFF)
    letters = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    for letter in letters:
        for m in re.finditer(re.escape(letter), everything, re.IGNORECASE):
            ch = (
                m.group()
            )  # a character the regex engine takes for `letter`: `fold_text` must agree or refuse
            assert fold_text(ch) in (letter, None), (letter, ch)


@pytest.mark.parametrize("lang", ["en", "ru", None])
def test_date_expressions_match_running_every_row(lang: str | None) -> None:
    texts = [
        *_texts(3, 300),
        "Yesterday",
        "TODAY",
        "yeſterday",
        "сегодня",
        "СЕГОДНЯ",
        "в 2019 году",
        "Sept 5",
    ]
    for text in texts:
        want: list[tuple[int, int, str | None]] = []
        for rx, kind, _gate in dates._PATTERNS.get(lang, dates._PATTERNS[None]):
            want += [(m.start(), m.end(), dates._normalise(m, kind, lang)) for m in rx.finditer(text)]
        want.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        kept, last = [], -1
        for s, e, v in want:
            if s >= last:
                kept.append((s, e, v))
                last = e
        assert dates.find_date_expressions(text, lang) == kept, text


def test_number_search_matches_the_pattern_everywhere() -> None:
    texts = [*_texts(4, 300), "ONE Two three-fold half of", "$5 and +5 /5 _5 .5 x1", "сто стоимость ٣ 12"]
    for text in texts:
        want = [m.span() for m in quantities._NUMBER.finditer(text)]
        assert [m.span() for m in quantities._numbers(text)] == want, text


def test_claim_spans_are_those_of_a_plain_scan() -> None:
    for text in _texts(5, 40):
        doc = CleanDocument(id="x", source="x", text=text)
        claim_doc = ClaimDoc(
            ReadContext(doc=doc, sentences=[], mentions=[], entities={}), [], None, None, None
        )
        for pattern in (
            dates._PATTERNS["en"][0][0],
            quantities._UNIT,
            re.compile(r"\bloans?\b|кредит", re.I),
        ):
            for span in ((0, len(text)), (3, max(3, len(text) - 5))):
                got = [m.span() for m in claim_doc.spans(pattern, span)]
                assert got == [m.span() for m in pattern.finditer(text, *span)]


def test_word_before_reads_like_the_anchored_search() -> None:
    rx = re.compile(r"([\w.'’-]+)[\s,]*$")
    for text in _texts(6, 60):
        for pos in range(len(text) + 1):
            m = rx.search(text, max(0, pos - 40), pos)
            assert word_before(text, pos) == (m.group(1).lower().rstrip(".") if m else "")


def test_prefix_index_tries_patterns_in_order() -> None:
    index = PrefixIndex([re.compile(r"sign(?:ed)?", re.I), re.compile(r"signal", re.I)], after=r"[\w-]")
    assert index.candidates("Signal", 0) == (0, 1)
    assert index.candidates("sigh", 0) == ()
    assert index.positions("they signed, resigned") == [5]
