"""New persons in Cyrillic text (`sphere.read.entities.persons`): names after role words and before speech
verbs, in the nominative, and the surname alone after the full name. Made-up sentences against the bundled
knowledge base."""

from __future__ import annotations

from tests.read.entities.sample import entities_of, names_of


def test_russian_persons_after_roles_and_before_speech_verbs() -> None:
    names = names_of(
        "Вчера председатель сената парламента РК Кайрат Мами встретился с делегацией из Китая. "
        "Акимом Костанайской области Архимедом Мухамбетовым были подписаны соглашения. "
        "Ерлан Сагадиев заявил, что проект будет завершен в срок."
    )
    assert names.get("Кайрат Мами") == "person"
    assert names.get("Архимед Мухамбетов") == "person"
    assert names.get("Ерлан Сагадиев") == "person"
    assert not any(n.startswith("Вчера") for n in names)


def test_kazakh_new_person_after_a_title() -> None:
    ents = entities_of(
        "Қазақстан Республикасы Сауда және интеграция министрі Арман Шаққалиев Бейжіңде Қытай тарапымен "
        "кездесті. Министр Шаққалиев келісім Алматы облысындағы жаңа жобаларға жол ашатынын атап өтті."
    )
    person = ents["new:person:арман-шаққалиев"]
    assert person[0] == "person" and person[1] == ["Арман Шаққалиев", "Шаққалиев"]
    assert {"country:KAZ", "country:CHN", "place:beijing"} <= set(ents)
