"""Entities in every language the reader reads: made-up sentences in German, Polish, Turkish, Chinese,
Kazakh and Uzbek against the bundled knowledge base, plus the spelling rules behind them."""

from __future__ import annotations

import pytest

from sphere.read.entities.inflection import place_case, polish_forms
from sphere.read.entities.transliterate import transliterations
from tests.read.entities.sample import entities_of


def test_transliterations_follow_each_languages_rules() -> None:
    assert {"Kassym-Schomart Tokajew", "Kasym-Żomart Tokajew", "Kasım-Jomart Tokayev"} <= transliterations(
        "Касым-Жомарт Токаев"
    )
    assert {"Schawkat Mirsijojew", "Szawkat Mirzijojew", "Şavkat Mirziyoyev"} <= transliterations(
        "Шавкат Мирзиёев"
    )
    assert {"Taschkent", "Taszkent", "Taşkent"} <= transliterations("Ташкент")
    assert transliterations("Xi Jinping") == set()


def test_polish_declension_and_place_cases() -> None:
    assert polish_forms("Unia Europejska") >= {"Unii Europejskiej", "Unię Europejską", "Unią Europejską"}
    assert polish_forms("Astana") == {"Astany", "Astanie", "Astanę", "Astaną"}
    assert "Chinach" in polish_forms("Chiny")
    assert polish_forms("Kazachstan") == set()
    assert place_case("tr", "'da") and place_case("kk", "да") and not place_case("tr", "'ın")
    assert not place_case("en", "'da")


def test_german() -> None:
    ents = entities_of(
        "Der kasachische Präsident Kassym-Schomart Tokajew empfing am Montag in Astana den usbekischen "
        "Präsidenten Schawkat Mirsijojew. Tokajew sagte, beide Länder wollten mit der Europäischen Union und "
        "der Shanghaier Organisation für Zusammenarbeit enger zusammenarbeiten. Auch Präsident Jan Berger "
        "nahm an den Gesprächen über chinesische Investitionen teil."
    )
    assert ents["country:KAZ"][0] == "country" and ents["country:KAZ"][1] == [
        "kasachisch"
    ]  # the stem of "kasachische"
    assert {"person:kassym-jomart-tokayev", "person:shavkat-mirziyoyev", "org:eu", "org:sco"} <= set(ents)
    assert {"country:UZB", "country:CHN"} <= set(ents)
    assert ents["place:astana"][0] == "place"  # "in Astana": the city, not the state
    assert any(k == "person" and "Jan Berger" in m for k, m in ents.values())  # a new name after a title
    assert not any(i.startswith("new:") and k not in ("person", "organization") for i, (k, _) in ents.items())


def test_german_organizations_need_a_head_word() -> None:
    ents = entities_of(
        "Das Bundesministerium für Wirtschaft und Klimaschutz hat in Astana eine Absichtserklärung unterzeichnet. "
        "Die Europäische Investitionsbank will Projekte im Umfang von zwei Milliarden Euro finanzieren, sagten "
        "Vertreter der Asiatischen Entwicklungsbank. Die Gespräche dauerten drei Stunden."
    )
    orgs = {m[0] for k, m in ents.values() if k == "organization"}
    assert orgs == {
        "Bundesministerium für Wirtschaft und Klimaschutz",
        "Europäische Investitionsbank",
        "Asiatischen Entwicklungsbank",
    }
    assert ents["place:astana"][0] == "place"


def test_polish() -> None:
    ents = entities_of(
        "Prezydent Kazachstanu Kasym-Żomart Tokajew spotkał się w Astanie z prezydentem Uzbekistanu Szawkatem "
        "Mirzijojewem. Unia Europejska chce rozwijać współpracę z Azją Środkową, a Rosja i Chiny uważnie "
        "obserwują rozmowy w Pekinie."
    )
    assert {"country:KAZ", "country:UZB", "country:RUS", "country:CHN", "org:eu"} <= set(ents)
    assert {"person:kassym-jomart-tokayev", "place:central-asia"} <= set(ents)
    assert ents["place:astana"][1] == ["Astanie"]


def test_turkish() -> None:
    ents = entities_of(
        "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Astana'da Avrupa Birliği heyetini kabul etti. "
        "Görüşmeye Enerji Bakanı Mehmet Yıldırım da katıldı ve Yıldırım'ın açıklamasına göre iki ülke Şanghay "
        "İşbirliği Örgütü çerçevesinde Orta Asya ile işbirliğini artıracak."
    )
    assert {"country:KAZ", "person:kassym-jomart-tokayev", "org:eu", "org:sco", "place:central-asia"} <= set(
        ents
    )
    assert ents["place:astana"][0] == "place"  # the locative "'da": a place, not the state
    person = next(m for k, m in ents.values() if k == "person" and "Mehmet Yıldırım" in m)
    assert "Yıldırım" in person  # the surname with its case ending after the apostrophe


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "哈萨克斯坦总统托卡耶夫周一在阿斯塔纳会见了中国国家主席习近平。欧盟和俄罗斯密切关注会谈。"
            "托卡耶夫表示，哈萨克斯坦希望加强与上海合作组织的合作。乌兹别克斯坦总统米尔济约耶夫也前往北京。"
            * 2,
            {"country:KAZ", "country:CHN", "person:xi-jinping", "org:eu", "org:sco", "place:astana"},
        ),
        (
            "Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада Қытай Төрағасы Си Цзиньпинмен кездесті. "
            "Еуропалық Одақ пен Ресей келіссөздерді мұқият бақылап отыр. Тоқаев Қазақстан Шанхай ынтымақтастық "
            "ұйымымен ынтымақтастықты дамытқысы келетінін айтты. Өзбекстан Президенті Пекинге барды.",
            {"country:KAZ", "person:kassym-jomart-tokayev", "person:xi-jinping", "org:eu", "org:sco"},
        ),
        (
            "Oʻzbekiston Prezidenti Shavkat Mirziyoyev Toshkentda Yevropa Ittifoqi delegatsiyasini qabul qildi. "
            "Muzokaralarda Markaziy Osiyo va Xitoy bilan hamkorlik muhokama qilindi. Mirziyoyev Rossiya bilan "
            "savdo hajmi oshganini aytdi.",
            {"country:UZB", "person:shavkat-mirziyoyev", "org:eu", "place:central-asia", "country:CHN"},
        ),
    ],
    ids=["zh", "kk", "uz"],
)
def test_chinese_kazakh_uzbek(text: str, expected: set[str]) -> None:
    ents = entities_of(text)
    assert expected <= set(ents)
    for capital in ("place:astana", "place:tashkent", "place:beijing"):
        if capital in ents:
            assert ents[capital][0] == "place"  # "在阿斯塔纳", "Астанада", "Toshkentda": the city itself
