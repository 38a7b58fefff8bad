"""Recall mechanisms for Chinese (traditional characters, names without spaces), news outlets named by their
domain, Uzbek and Kazakh bodies with a lower-case field, and Turkic case endings on cue words. Made-up
sentences against the bundled knowledge base."""

from __future__ import annotations

from sphere.read.entities.candidates import kind_of
from sphere.read.entities.chinese_names import chinese_names
from sphere.read.entities.gazetteer import normalise
from sphere.read.entities.inflection import polish_adjective_forms
from sphere.read.entities.transliterate import uzbek_cyrillic, uzbek_latin
from tests.read.entities.sample import entities_of, names_of


def test_traditional_chinese_folds_to_simplified_with_offsets_kept() -> None:
    assert normalise("烏茲別克斯坦") == "乌兹别克斯坦"
    assert len(normalise("總統米爾濟約耶夫在塔什干")) == len("總統米爾濟約耶夫在塔什干")
    assert normalise("Tashkent") == "tashkent"


def test_traditional_chinese_text_finds_known_names() -> None:
    ents = entities_of(
        "11月21日，烏茲別克斯坦總統米爾濟約耶夫在塔什干會見中國外交官員。雙方表示，將加強投資、農業、"
        "綠色能源、減貧以及地方間合作，推進鐵路建設。"
    )
    assert "country:UZB" in ents
    assert "person:shavkat-mirziyoyev" in ents
    assert "place:tashkent" in ents


def test_chinese_transliterated_person_runs_between_title_and_verb() -> None:
    text = "阿拉木图州州长马拉特·苏勒坦哈兹耶夫同代表团举行了会谈。"
    found = [(c.name, c.kind) for c in chinese_names(text, [])]
    assert ("马拉特·苏勒坦哈兹耶夫", "person") in found


def test_chinese_firm_and_academy_by_type_word() -> None:
    text = "双方与中国农业科学院签署协议，由中国化学工程集团有限公司总包建设。"
    found = {c.name: c.kind for c in chinese_names(text, [])}
    assert found.get("中国农业科学院") == "organization"
    assert found.get("中国化学工程集团有限公司") == "company"
    assert not any(name.startswith("该") for name in chinese_names("该公司表示将继续合作。", []))


def test_chinese_firm_takes_its_latin_name_in_brackets() -> None:
    names = names_of(
        "访问期间，州长与中信建设有限公司（CITIC Construction）总经理举行会面。双方就扩大合作、发展农产品"
        "深加工以及推进矿产资源开发等方向进行了讨论。"
    )
    assert names.get("中信建设有限公司") == "company"
    assert "CITIC Group" not in names


def test_outlet_named_by_its_domain_is_an_organization() -> None:
    names = names_of("Бұл туралы Zakon.kz хабарлайды. Қазақстан мен Қытай келісімге қол қойды.")
    assert names.get("Zakon.kz") == "organization"


def test_uzbek_ministry_with_lower_case_field() -> None:
    names = names_of(
        "Kecha Investitsiyalar va tashqi savdo vazirligida Oʻzbekiston va Xitoy oʻrtasida bitim imzolandi."
    )
    assert names.get("Investitsiyalar va tashqi savdo vazirligi") == "organization"


def test_turkic_case_ending_on_a_cue_word_keeps_the_cue() -> None:
    assert kind_of(["Dışişleri", "Bakanlığından"]) == "organization"
    assert kind_of(["Bakanlıklar"]) is None


def test_turkish_genitive_ends_a_name() -> None:
    names = names_of("Özbekistan'ın Türk Konseyi'ne girmesi Kazakistan'da memnuniyetle karşılandı.")
    assert not any(name.startswith("Özbekistan'ın") for name in names)


def test_chinese_person_after_a_title_takes_a_common_surname() -> None:
    text = "访问期间，青海省委书记吴晓军举行了会谈，中国国家主席胡锦涛邀请他访华。张明在会上发言。"
    found = {c.name for c in chinese_names(text, []) if c.kind == "person"}
    assert {"吴晓军", "胡锦涛"} <= found
    assert not any(name.endswith("在") for name in found)


def test_head_of_a_chinese_body_is_a_title_not_the_body() -> None:
    ents = entities_of(
        "11月21日，烏茲別克斯坦總統米爾濟約耶夫在塔什干會見外交部長王毅。雙方表示，將加強投資、農業、"
        "綠色能源、減貧以及地方間合作，推進鐵路建設。"
    )
    assert "person:wang-yi" in ents
    assert "org:mfa-chn" not in ents


def test_uzbek_names_in_both_alphabets() -> None:
    assert uzbek_latin("Си Цзиньпин") == "Si Szinpin"
    assert uzbek_latin("Вьетнам") == "Vyetnam"
    assert uzbek_cyrillic("Qo‘qon") == "Қўқон"
    assert uzbek_cyrillic("Oʻzbekiston") == "Ўзбекистон"
    assert uzbek_cyrillic("Beijing") is not None and uzbek_latin("Beijing") is None


def test_polish_adjective_of_origin_declines() -> None:
    assert {"chińskiej", "chińską", "chińskiego"} <= polish_adjective_forms("chiński")
    assert polish_adjective_forms("Astana") == set()
    names = names_of(
        "Grupa stanowi forum, na którym wybrzmiewają wezwania do zakończenia amerykańskiej hegemonii."
    )
    assert names.get("United States") == "country"


def test_german_role_compound_in_the_genitive_cues_a_person() -> None:
    names = names_of(
        "Die Nachrichtenagentur veröffentlichte einen Kommentar als Antwort auf einen Brief des US-Senators "
        "Robert Menendez zu den Sanktionen."
    )
    assert names.get("Robert Menendez") == "person"


def test_german_fund_is_an_organization() -> None:
    names = names_of(
        "Der Kasachische Fonds für Direktinvestitionen soll ein Büro für die Zusammenarbeit mit deutschen Firmen "
        "eröffnen, sagte der Präsident."
    )
    assert names.get("Kasachische Fonds für Direktinvestitionen") == "organization"


def test_capital_before_the_word_city_is_a_place() -> None:
    ents = entities_of(
        "Vazir oʻrinbosari korporatsiyaga Toshkent, Samarqand va Qoʻqon shaharlarida joylashgan temir yoʻl "
        "vokzallarini modernizatsiya qilishni taklif qildi."
    )
    assert "place:tashkent" in ents
    assert "country:UZB" not in ents


def test_type_word_after_a_list_of_quoted_names_names_them_all() -> None:
    names = names_of(
        "Prezident «Ameri International», «China Energy» va «State Grid» korporatsiyalari rahbarlari bilan "
        "uchrashdi va hamkorlikni muhokama qildi."
    )
    assert names.get("State Grid") == "company"
    assert names.get("Ameri International") == "company"
    assert names.get("China Energy") == "company"


def test_chinese_province_or_region_by_its_suffix() -> None:
    text = "近日，中国青海省代表团到访。访问期间，北哈州州长与中方会谈。该州与各省合作。"
    found = {c.name for c in chinese_names(text, [(3, 5, "country")]) if c.kind == "place"}
    assert {"青海省", "北哈州"} <= found
    assert not any(name in ("该州", "各省", "北哈州州") for name in found)


def test_kazakh_region_named_by_a_compass_word_and_a_state() -> None:
    ents = entities_of(
        "Батыс Қазақстан облысы мен Қытай Халық Республикасы арасындағы іскерлік байланыс жаңа деңгейге "
        "көтерілді, деп хабарлайды newsroom.kz."
    )
    kinds = {kind for kind, _ in ents.values()}
    assert "country:CHN" in ents
    assert "country:KAZ" not in ents  # the state inside the region's name is part of it
    assert "place" in kinds and "organization" in kinds
