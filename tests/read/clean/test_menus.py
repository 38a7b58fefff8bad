"""Language menus: lines listing languages by their own names, by names in another language or by codes, and
lines mixing three scripts without a sentence (made-up lines)."""

from __future__ import annotations

import pytest

from sphere.read.clean.boilerplate import boilerplate_reason, filter_text
from sphere.read.clean.menus import language_menu, language_names, scripts


@pytest.mark.parametrize(
    "line",
    [
        "English Français Русский عربي 中文 Español",
        "Қазақша Русский English",
        "Қазақша English",
        "O‘zbekcha Ўзбекча Русский English",
        "Английский Казахский Русский",
        "Language: English Deutsch Türkçe",
        "KZ RU EN",
        "Рус Қаз Eng",
        "ENG | РУС",
        "中文 English",
    ],
)
def test_language_menus_are_found(line: str) -> None:
    assert language_menu(line)
    assert boilerplate_reason(line) == "language-menu" or boilerplate_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The English and Russian versions of the agreement were signed in Astana.",
        "Russia China",
        "English",
        "Deutsch lernen in Almaty",
        "Kindle for PCの起動ホットキーがKeePassと被る",  # Latin, kana and kanji: Japanese running text
        "The delegation spoke Russian, Kazakh and English at the meeting on Tuesday.",
    ],
)
def test_prose_and_single_names_are_no_menus(line: str) -> None:
    assert not language_menu(line)


def test_scripts_fold_japanese_and_fullwidth_forms() -> None:
    assert scripts("ひらがなカタカナ漢字") == {"CJK"}
    assert scripts("ＡＢＣ abc") == {"LATIN"}
    assert scripts("Astana Астана 阿斯塔纳") == {"LATIN", "CYRILLIC", "CJK"}


def test_language_names_come_from_the_data_file() -> None:
    names, codes, code_of = language_names()
    assert {"english", "русский", "қазақ тілі", "қазақша", "中文"} <= names
    assert {"en", "ru", "kk", "eng", "рус"} <= codes
    assert code_of["deutsch"] == "de"


def test_a_language_menu_above_the_headline_is_removed() -> None:
    body = [
        "The ministry said on Friday that grain exports through the eastern border crossing rose by a fifth this "
        "year, as new storage terminals opened near the railway station.",
        "Traders expect the volumes to keep growing next year once the second terminal is finished.",
    ]
    menu = "Қазақша Русский English 中文"
    art = filter_text("\n\n".join([menu, "Grain Exports Through Eastern Crossing Rise", *body]))
    assert menu not in art.paragraphs and art.title == "Grain Exports Through Eastern Crossing Rise"
    assert all(p in art.paragraphs for p in body)
