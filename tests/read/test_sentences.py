"""Sentence splitting: abbreviations, initials, headlines and Russian text, with exact offsets."""

from __future__ import annotations

from sphere.read.sentences import sentence_index, split_sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_stops_abbreviations_and_initials() -> None:
    text = "Russian President Vladimir V. Putin met Mr. Xi in the U.S. on Monday. Trade grew 5%! Did it? Yes."
    assert _texts(text) == [
        "Russian President Vladimir V. Putin met Mr. Xi in the U.S. on Monday.",
        "Trade grew 5%!",
        "Did it?",
        "Yes.",
    ]


def test_headlines_datelines_and_quotes() -> None:
    text = "China’s Growing Influence\n\nASTANA – Leaders met. “We agree,” he said. The deal, worth $8 bn., was signed."
    assert _texts(text) == [
        "China’s Growing Influence",
        "ASTANA – Leaders met.",
        "“We agree,” he said.",
        "The deal, worth $8 bn., was signed.",
    ]


def test_hard_wrapped_lines_join_and_russian_splits() -> None:
    text = "The railway will run\nthrough the mountains.\nНовая строка. Товарооборот вырос в 2 раза, т.е. быстро."
    assert _texts(text) == [
        "The railway will run\nthrough the mountains.",
        "Новая строка.",
        "Товарооборот вырос в 2 раза, т.е. быстро.",
    ]


def test_offsets_are_trimmed_and_indexable() -> None:
    text = "  First one.   Second one.  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]
    assert sentence_index(spans, text.index("Second")) == 1
    assert sentence_index(spans, 0) == 0
    assert split_sentences("") == []


def test_sentences_start_with_capitals_of_any_script_and_german_abbreviations_hold() -> None:
    text = "Ticaret arttı. İki ülke anlaştı. Der Handel stieg auf 1,2 Mrd. USD im Jahr. Қытай келісті."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Ticaret arttı.", "İki ülke anlaştı.", "Der Handel stieg auf 1,2 Mrd. USD im Jahr.", "Қытай келісті."
    ]  # fmt: skip
