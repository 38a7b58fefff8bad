"""New names marked by a type word, quotation marks or a reporting verb (`sphere.read.entities.typed_names`):
quoted firms, funds and works, nested full titles, credited outlets. Made-up sentences against the bundled
knowledge base."""

from __future__ import annotations

from tests.read.entities.sample import entities_of, names_of


def test_quoted_names_nested_titles_and_works() -> None:
    names = names_of(
        'Контракт подписали АО «НАК "Казатомпром"» и холдинговая компания "Айтей Групп" и АО "КазАзот". '
        "Деньги пойдут на строительство газопровода «Сарыарка», сообщает пресс-служба."
    )
    assert names.get("Айтей Групп") == "company"
    assert names.get("КазАзот") == "company"
    assert names.get("Сарыарка") == "project"
    assert "НАК" not in " ".join(names)


def test_russian_outlets_credited_after_report_verbs() -> None:
    names = names_of("Казахстан и Китай подписали соглашение о строительстве завода, передает BAQ.KZ.")
    assert names.get("BAQ.KZ") == "organization"


def test_firms_named_in_quotation_marks() -> None:
    ents = entities_of(
        "Кредит выделил фонд «Даму», а ТОО «Кокшетау Минералс» подписало договор с ПАО «Газпром». "
        "«Самұрық-Қазына» ұлттық әл-ауқат қоры мен «ҚазМұнайГаз» компаниясы келісімге қол қойды."
    )
    assert ents["new:organization:даму"][0] == "organization"
    assert ents["new:company:кокшетау-минералс"][0] == "company"
    assert ents["new:organization:самұрық-қазына"][0] == "organization"
    assert {"company:gazprom", "company:kazmunaygas"} <= set(ents)
