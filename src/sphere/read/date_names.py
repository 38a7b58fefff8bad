"""Month and weekday names of the languages the reader dates: English, Russian (all cases), German, Turkish,
Polish, Kazakh (Cyrillic and Latin) and Uzbek (Latin and Cyrillic), lower case, with their numbers.

`sphere.read.dates` builds its patterns from these tables: a month name of the other languages (`INTL_MONTHS`)
is matched only next to a day or a year.
"""

from __future__ import annotations

__all__ = ["EN_MONTHS", "INTL_MONTHS", "RU_MONTHS", "RU_PREP_MONTHS", "WEEKDAYS"]


def _by_number(months: tuple[str, ...]) -> dict[str, int]:
    """Return each form -> its month number, from one string of space-separated forms a month (January first)."""
    return {form: number for number, forms in enumerate(months, start=1) for form in forms.split()}


EN_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
RU_MONTHS = _by_number(
    (
        "январь января январе янв",
        "февраль февраля феврале фев февр",
        "март марта марте мар",
        "апрель апреля апреле апр",
        "май мая мае",
        "июнь июня июне июн",
        "июль июля июле июл",
        "август августа августе авг",
        "сентябрь сентября сентябре сен сент",
        "октябрь октября октябре окт",
        "ноябрь ноября ноябре ноя нояб",
        "декабрь декабря декабре дек",
    )
)
RU_PREP_MONTHS = [f for f in RU_MONTHS if f.endswith("е")]
# Month names of the other languages read (German, Turkish, Polish nominative and genitive, Kazakh in Cyrillic
# and the 2018 Latin alphabet, Uzbek in Latin and Cyrillic), lower case: matched only next to a day or a year.
INTL_MONTHS = _by_number(
    (
        "januar jänner ocak styczeń stycznia қаңтар qańtar yanvar январ",
        "februar şubat luty lutego ақпан aqpan fevral феврал",
        "märz mart marzec marca наурыз naýryz",
        "april nisan kwiecień kwietnia сәуір sáýir aprel апрел",
        "mai mayıs maj maja мамыр mamyr",
        "juni haziran czerwiec czerwca маусым maýsym iyun июн",
        "juli temmuz lipiec lipca шілде shilde iyul июл",
        "august ağustos sierpień sierpnia тамыз tamyz avgust",
        "september eylül wrzesień września қыркүйек qyrkúıek sentabr сентабр",
        "oktober ekim październik października қазан qazan oktabr октябр",
        "november kasım listopad listopada қараша qarasha noyabr ноябр",
        "dezember aralık grudzień grudnia желтоқсан jeltoqsan dekabr декабр",
    )
)
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "понедельник": 0,
    "вторник": 1,
    "среда": 2,
    "среду": 2,
    "четверг": 3,
    "пятница": 4,
    "пятницу": 4,
    "суббота": 5,
    "субботу": 5,
    "воскресенье": 6,
}
