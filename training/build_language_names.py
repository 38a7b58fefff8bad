"""Build src/sphere/read/clean/data/language_names.tsv: the names of languages a language menu shows.

A page's language switcher lists languages by their own names ("English Français Русский 中文"), by their
names in the page's language ("Английский Казахский") or by short codes ("EN RU KZ", "Рус Қаз Eng"). The names
come from the Unicode CLDR locale data as packaged by Babel (`babel.Locale(...).languages`, Unicode licence):
the autonym of every language with a two-letter ISO 639-1 code, its English name, and the names of the
languages of `MAJOR` in each language of `DISPLAY`. A short list of hand-added forms (`EXTRA`) holds the
adverbial autonyms that menus of Central Asian and Turkic sites use ("қазақша", "o'zbekcha": "in Kazakh",
"in Uzbek"), which CLDR does not list. Names are stored lower-cased in NFC; deterministic (sorted rows).

Usage: python training/build_language_names.py   (needs Babel: pip install babel, in the training extra)
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import babel
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "sphere" / "read" / "clean" / "data" / "language_names.tsv"

# languages whose names are given in every display language: those of large web audiences and of the region
MAJOR = [
    "en",
    "fr",
    "de",
    "es",
    "it",
    "pt",
    "ru",
    "zh",
    "ja",
    "ko",
    "ar",
    "fa",
    "tr",
    "kk",
    "ky",
    "uz",
    "tg",
    "tk",
    "az",
    "mn",
    "uk",
    "be",
    "hy",
    "ka",
    "he",
    "hi",
    "ur",
    "bn",
    "pl",
    "nl",
    "sv",
    "fi",
    "da",
    "no",
    "cs",
    "sk",
    "hu",
    "ro",
    "bg",
    "sr",
    "hr",
    "sl",
    "el",
    "lt",
    "lv",
    "et",
    "id",
    "ms",
    "vi",
    "th",
    "ps",
    "ug",
    "ta",
    "sw",
]
# the languages of the display names: the interfaces of the sites the reader meets
DISPLAY = [
    "en",
    "ru",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "tr",
    "kk",
    "ky",
    "uz",
    "tg",
    "tk",
    "az",
    "mn",
    "uk",
    "zh",
    "zh_Hant",
    "ja",
    "ko",
    "ar",
    "fa",
    "hi",
    "pl",
]
# adverbial autonyms ("in Kazakh") common in language menus, not in CLDR: hand-added
EXTRA = {
    "kk": ["қазақша", "qazaqsha", "qazaqşa", "казахша"],
    "ky": ["kyrgyzcha", "кыргызча"],
    "uz": ["o'zbekcha", "oʻzbekcha", "o‘zbekcha", "ўзбекча", "узбекча", "o'zbek", "oʻzbek", "ўзбек"],
    "tk": ["türkmençe", "туркменче"],
    "tg": ["тоҷикӣ", "точики", "tojiki"],
    "ru": ["русский язык"],
    "kaa": ["qaraqalpaqsha", "қарақалпақша"],
    "tt": ["татарча", "tatarça"],
    "ba": ["башҡортса"],
    "zh": ["简体中文", "繁體中文", "简体", "繁體", "繁体"],
}


def _norm(name: str) -> str:
    """Lower-case and NFC; brackets dropped ("中文 (简体)" -> "中文 简体"), spaces collapsed."""
    name = unicodedata.normalize("NFC", name).lower()
    name = re.sub(r"[()（）\[\]]", " ", name)
    return " ".join(name.split())


def main() -> int:
    en = Locale("en")
    codes = sorted(c for c in en.languages if len(c) == 2)
    rows: set[tuple[str, str, str]] = set()
    for code in codes:
        rows.add((code, "en", _norm(en.languages[code])))
        try:
            own = Locale.parse(code)
        except (ValueError, babel.UnknownLocaleError):
            continue
        if own.language_name:
            rows.add((code, code, _norm(own.language_name)))
    for variant in ("zh_Hans", "zh_Hant", "pt_BR", "sr_Latn", "uz_Cyrl", "az_Cyrl"):
        loc = Locale.parse(variant)
        rows.add((loc.language, variant, _norm(loc.get_display_name(variant) or "")))
    for disp in DISPLAY:
        names = Locale.parse(disp).languages
        for code in MAJOR:
            if code in names:
                rows.add((code, disp, _norm(names[code])))
    for code, names in EXTRA.items():
        for name in names:
            rows.add((code, "extra", _norm(name)))
    header = (
        "# Names of languages as language menus show them: code, language of the name ('extra': hand-added), name.\n"
        f"# Source: Unicode CLDR locale data via Babel {babel.__version__} (Unicode licence); 'extra' rows are the\n"
        "# adverbial autonyms of Turkic languages ('қазақша', 'o'zbekcha') that CLDR lacks. Built by\n"
        "# training/build_language_names.py.\n"
    )
    body = "".join(f"{c}\t{d}\t{n}\n" for c, d, n in sorted(rows) if n)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} names -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
