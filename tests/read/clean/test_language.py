"""Language detection: many languages, offline and fast, ISO 639-1 codes."""

from __future__ import annotations

import random
import re
import time
from collections import Counter

import pytest

from sphere.read.clean import language
from sphere.read.clean.language import SUPPORTED_LANGUAGES, detect_language, language_scores

SAMPLES = {
    "en": "The government announced on Monday that it would raise spending on roads and schools, and officials "
    "said the plan was approved by parliament.",
    "ru": "Правительство в понедельник объявило, что увеличит расходы на дороги и школы, а чиновники заявили, "
    "что план уже одобрен парламентом.",
    "de": "Die Regierung hat am Montag angekündigt, dass sie die Ausgaben für Straßen und Schulen erhöhen wird, "
    "und der Plan wurde vom Parlament gebilligt.",
    "fr": "Le gouvernement a annoncé lundi qu'il allait augmenter les dépenses pour les routes et les écoles, "
    "et le plan a été approuvé par le parlement.",
    "es": "El gobierno anunció el lunes que aumentará el gasto en carreteras y escuelas, y los funcionarios "
    "dijeron que el plan fue aprobado por el parlamento.",
    "zh": "政府周一宣布将增加道路和学校的支出，官员表示该计划已获议会批准。",
    "kk": "Үкімет дүйсенбі күні жолдар мен мектептерге арналған шығындарды ұлғайтатынын мәлімдеді, ал "
    "шенеуніктер бұл жоспарды парламент мақұлдағанын айтты.",
    "uz": "Hukumat dushanba kuni yo'llar va maktablar uchun xarajatlarni oshirishini e'lon qildi, rasmiylar esa "
    "bu reja parlament tomonidan ma'qullanganini aytdi.",
    "tr": "Hükümet pazartesi günü yollar ve okullar için harcamaları artıracağını açıkladı ve yetkililer planın "
    "meclis tarafından onaylandığını söyledi.",
    "ar": "أعلنت الحكومة يوم الاثنين أنها ستزيد الإنفاق على الطرق والمدارس، وقال المسؤولون إن الخطة وافق عليها البرلمان.",
    "uk": "Уряд у понеділок оголосив, що збільшить витрати на дороги та школи, а посадовці заявили, що план уже "
    "схвалений парламентом.",
    "ky": "Өкмөт дүйшөмбү күнү жолдорго жана мектептерге чыгымдарды көбөйтөөрүн жарыялады, ал эми расмий "
    "адамдар бул планды парламент жактырганын айтышты.",
    "tg": "Ҳукумат рӯзи душанбе эълон кард, ки хароҷот барои роҳҳо ва мактабҳоро зиёд мекунад ва мансабдорон "
    "гуфтанд, ки нақшаро парламент тасдиқ кардааст.",
    "it": "Il governo ha annunciato lunedì che aumenterà la spesa per strade e scuole, e i funzionari hanno "
    "detto che il piano è stato approvato dal parlamento.",
    "pt": "O governo anunciou na segunda-feira que vai aumentar os gastos com estradas e escolas, e as "
    "autoridades disseram que o plano foi aprovado pelo parlamento.",
    "fa": "دولت روز دوشنبه اعلام کرد که هزینه‌ها برای جاده‌ها و مدارس را افزایش می‌دهد و مقامات گفتند این "
    "برنامه به تصویب پارلمان رسیده است.",
    "bg": "Правителството обяви в понеделник, че ще увеличи разходите за пътища и училища, а служителите "
    "казаха, че планът е одобрен от парламента.",
    "ja": "政府は月曜日、道路と学校への支出を増やすと発表し、当局者は計画が議会で承認されたと述べた。",
    "ko": "정부는 월요일 도로와 학교에 대한 지출을 늘리겠다고 발표했다.",
    "pl": "Rząd ogłosił w poniedziałek, że zwiększy wydatki na drogi i szkoły, a urzędnicy powiedzieli, że "
    "plan został zatwierdzony przez parlament.",
    "az": "Hökumət bazar ertəsi yollar və məktəblər üçün xərcləri artıracağını açıqladı və rəsmilər planın "
    "parlament tərəfindən təsdiqləndiyini bildirib.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_language(lang: str) -> None:
    assert detect_language(SAMPLES[lang]) == lang


def test_uzbek_cyrillic() -> None:
    text = "Ҳукумат душанба куни йўллар ва мактаблар учун харажатларни оширишини эълон қилди, расмийлар эса бу режа парламент томонидан маъқулланганини айтди."
    assert detect_language(text) == "uz"


def test_russian_with_kazakh_names_stays_russian() -> None:
    text = "Президент Қасым-Жомарт Тоқаев встретился с делегацией, сообщили в Ақорде. " + SAMPLES["ru"]
    assert detect_language(text) == "ru"


def test_english_with_a_russian_line_stays_english() -> None:
    assert detect_language(SAMPLES["en"] * 3 + "\nЧитайте этот материал на русском.") == "en"


def test_unclear_input_gives_none() -> None:
    assert detect_language("12345 !!!") is None
    assert detect_language("") is None
    assert language_scores("") == {}


def test_supported_languages() -> None:
    assert SUPPORTED_LANGUAGES == ("en", "ru")


def test_detection_is_fast() -> None:
    text = SAMPLES["ru"] * 30
    detect_language(text)
    start = time.perf_counter()
    for _ in range(50):
        detect_language(text)
    assert (time.perf_counter() - start) / 50 < 0.005


def _reference_script_counts(sample: str) -> Counter[str]:
    """Count letters per script the plain way (one regex pass per script), as `_script_counts` must."""
    counts: Counter[str] = Counter()
    letters = len(sample) - len(language._LETTER_RX.sub("", sample))
    for tag, rx in language._SCRIPT_RX:
        n = len(sample) - len(rx.sub("", sample))
        if n:
            counts[tag] = n
            letters -= n
            if n > letters:
                break
    return counts


def _reference_word_scores(sample: str, langs: list[str]) -> dict[str, float]:
    """Score function words and cue letters the plain way, as `_word_scores` must."""
    words = re.findall(r"[^\W\d_]+(?:['’ʻ‘][^\W\d_]+)?", sample.lower())
    scores = dict.fromkeys(langs, 0.0)
    for word, n in Counter(words).items():
        for lang in language._WORD_LANGS.get(word.replace("’", "'"), ()):
            if lang in scores:
                scores[lang] += n
    for ch, n in Counter(sample.lower()).items():
        for lang, weight in language._CUE_LANGS.get(ch, ()):
            if lang in scores:
                scores[lang] += weight * n
    if "uz" in scores:
        scores["uz"] += 2.0 * len(re.findall(r"\b[oOgG][‘'ʻ’`][a-z]", sample))
    return {k: v / max(1, len(words)) for k, v in scores.items()}


def test_counts_and_scores_match_the_plain_regex_passes() -> None:
    rnd = random.Random(8)
    pool = "the and of в и на o'zbek g‘alla İstanbul ışık Straße çà ñ ệ қазақ ұлт ўзбек ЁЖЫ 日本語 한국 שלום مرحبا ١٢ ² _ ' ’ \n"
    words = pool.split(" ")
    for _ in range(2000):
        sample = " ".join(rnd.choice(words) for _ in range(rnd.randrange(0, 40)))
        assert language._script_counts(sample) == _reference_script_counts(sample)
        for langs in (language._LATIN_LANGS, language._CYRILLIC_LANGS):
            assert language._word_scores(sample, langs) == _reference_word_scores(sample, langs)


@pytest.mark.parametrize(
    "text",
    [
        # the 2018 Latin alphabet (acute accents)
        "Úkimet dúısenbi kúni jańa jol men mektep salýǵa qarajat bóletinin aıtty, bul jumys bıyl bastalady "
        "dep habarlady ministrlik, sondaı-aq óńirlerde jańa aýrýhanalar salynady.",
        # the 2021 alphabet (umlauts, cedillas) and the press's spelling with "ı" for і and "ū" for ұ
        "Ükimet düısenbı künı jaŋa jol men mektep saluǧa qarajat böletının aitty, būl jūmys biyl bastalady "
        "dep habarlady ministrlık, sondai-aq öŋırlerde jaŋa auruhanalar salynady.",
    ],
)
def test_kazakh_latin_is_not_turkish(text: str) -> None:
    assert detect_language(text) == "kk"


def test_turkish_stays_turkish_beside_kazakh_latin_cues() -> None:
    text = (
        "Hükümet pazartesi günü yeni yollar ve okullar için ek bütçe ayrıldığını açıkladı; bakanlık, "
        "çalışmaların bu yıl başlayacağını ve bölgelerde yeni hastaneler inşa edileceğini bildirdi."
    )
    assert detect_language(text) == "tr"
