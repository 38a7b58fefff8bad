"""Names that keep their parts: numbered works (`sphere.read.entities.numbered`), state bodies and their holders
(`sphere.read.entities.bodies`), persons sharing a surname with a known one, and places inside an organization's
name. Made-up sentences against the bundled knowledge base."""

from __future__ import annotations

from sphere.read.entities.numbered import form_key, project_key
from sphere.read.reader import read_text
from tests.read.entities.sample import entities_of, names_of


def _entity(text: str, name: str) -> tuple[str, list[str]]:
    """Return (id, aliases) of the entity named `name` in what the reader finds in `text`."""
    for e in read_text(text, "sample.txt").entities:
        if e.name == name:
            return e.id, e.aliases
    raise AssertionError(f"{name!r} not found")


def test_project_key_reduces_forms_to_words_and_number() -> None:
    assert project_key("Zarafshan 2 hydroelectric power plant") == ("zarafs", "#2")
    assert project_key("Zarafshan HPP-2") == ("zarafs", "#2")
    assert project_key("Zarafshan -2") == ("zarafs", "#2")
    assert project_key("Zarafshan-3") == ("zarafs", "#3")
    assert project_key("Zarafshan HPP") is None  # no number
    assert project_key("Unit 2 of Zarafshan-3") is None  # two numbers: no one work


def test_numbered_forms_of_a_new_work_are_one_entity() -> None:
    text = (
        "The government approved the Zarafshan 2 hydroelectric power plant on Monday. Engineers said the "
        "Zarafshan HPP 2 would cost $1 billion, and Zarafshan-2 will be finished before the Zarafshan-3 plant."
    )
    ents = entities_of(text)
    two = [eid for eid, (_, surfaces) in ents.items() if "Zarafshan HPP 2" in surfaces]
    assert len(two) == 1
    kind, surfaces = ents[two[0]]
    assert kind == "project"
    assert {"Zarafshan 2 hydroelectric power plant", "Zarafshan HPP 2", "Zarafshan-2"} <= set(surfaces)
    assert "Zarafshan-3" not in surfaces
    assert "Zarafshan" not in names_of(text)  # no stray name without its number


def test_plant_forms_without_a_number_are_one_entity_per_kind_of_plant() -> None:
    ents = entities_of(
        "The Yavan HPP will cost $200 million. Officials said the Yavan hydropower plant would open in 2027, "
        "years before the Yavan solar plant."
    )
    assert ents["new:project:yavan-hpp"] == ("project", ["Yavan HPP", "Yavan hydropower plant"])
    assert ents["new:project:yavan-solar-plant"] == ("project", ["Yavan solar plant"])
    assert project_key("Yavan hydropower plant", numbered=False) == ("yavan", "=hydro")
    assert project_key("Yavan hydropower plant") is None  # numbered keys only by default


def test_numbered_forms_of_a_known_work_join_it() -> None:
    text = (
        "Donors will finance the Kambarata 1 hydroelectric power plant on the Naryn. The minister said the "
        "Kambarata HPP 1 is the country's priority."
    )
    eid, aliases = _entity(text, "Kambarata-1 hydropower plant")
    assert eid == "project:kambarata-1-hpp"
    assert {"Kambarata 1 hydroelectric power plant", "Kambarata HPP 1"} <= set(aliases)
    assert not any(n.startswith("Kambarata HPP") for n in names_of(text))


def test_numbered_parts_keep_their_numeral() -> None:
    names = names_of(
        "The contractor said Unit 2 will start next year, while Phase 3 of the port waits for funds. "
        "On May 5 the minister visited the site."
    )
    assert names.get("Unit 2") == "project"
    assert names.get("Phase 3") == "project"
    assert "Unit" not in names and "Phase" not in names and "May 5" not in names


def test_ministry_of_field_of_state_is_one_body() -> None:
    names = names_of(
        "The Ministry of Energy of Kazakhstan said that exports rose, and the Ministry of Transport of "
        "Uzbekistan agreed to study the route with its neighbours."
    )
    assert names.get("Ministry of Energy of Kazakhstan") == "organization"
    assert names.get("Ministry of Transport of Uzbekistan") == "organization"
    assert "Energy of Kazakhstan" not in names and "Transport of Uzbekistan" not in names
    assert names.get("Kazakhstan") == "country"  # a state's own body names the state


def test_cabinet_of_ministers_and_bodies_of_bodies() -> None:
    names = names_of(
        "Chairman of the Cabinet of Ministers Nurbek Toktogulov met with the investors who came to the capital "
        "to discuss the new plant. "
        "The Agency for Nuclear Safety of the Cabinet of Ministers of Tajikistan signed the permit later, "
        "and the decision was approved by the Cabinet on Friday."
    )
    assert names.get("Cabinet of Ministers") == "organization"
    assert names.get("Nurbek Toktogulov") == "person"
    assert names.get("Agency for Nuclear Safety of the Cabinet of Ministers of Tajikistan") == "organization"
    assert "Cabinet" not in names  # "the Cabinet" alone is no name
    assert "Agency for Nuclear Safety" not in names


def test_role_body_and_holder_are_two_names() -> None:
    names = names_of(
        "The delegation was headed by Director of the Aral Institute of Soil Sciences Nurlan Bekzhanov, "
        "who met the Vice Minister of Agriculture Dilnoza Rakhimova in the city on Wednesday."
    )
    assert names.get("Aral Institute of Soil Sciences") == "organization"
    assert names.get("Nurlan Bekzhanov") == "person"
    assert names.get("Dilnoza Rakhimova") == "person"
    assert not any("Bekzhanov" in n and n != "Nurlan Bekzhanov" for n in names)


def test_surname_before_another_given_name_is_someone_else() -> None:
    ents = entities_of(
        "Foreign Ministry spokesman Wang Wenbin said on Monday that Beijing supports the railway. "
        "Commerce Minister Wang Wentao will visit Tashkent."
    )
    assert ents["person:wang-wentao"][1] == [
        "Commerce Minister Wang Wentao"
    ]  # "Wang" of "Wang Wenbin" is not his
    assert ents["new:person:wang-wenbin"] == ("person", ["Wang Wenbin"])


def test_place_inside_an_organization_name_is_no_mention() -> None:
    names = names_of(
        "Researchers from the National University of Singapore and the Lee Kuan Yew School of Public Policy "
        "wrote the report on trade with Kazakhstan."
    )
    assert names.get("National University of Singapore") == "organization"
    assert names.get("Lee Kuan Yew School of Public Policy") == "organization"
    assert "Singapore" not in names
    assert names.get("Kazakhstan") == "country"


def test_pipeline_lines_named_by_letter_join_the_known_line() -> None:
    ents = entities_of(
        "Компания начала строительство ветки D газопровода из Узбекистана в Китай. Стороны обсудили и "
        "сроки завершения линии D газопровода Туркменистан – Китай на встрече в Ашхабаде."
    )
    kind, surfaces = ents["project:central-asia-china-gas-pipeline-line-d"]
    assert kind == "project"
    assert surfaces == [
        "ветки D газопровода из Узбекистана в Китай",
        "линии D газопровода Туркменистан – Китай",
    ]
    assert project_key("Line D") == project_key("линия «D»") == ("line", "#d")


def test_case_forms_of_a_new_route_are_one_entity() -> None:
    ents = entities_of(
        "Правительство одобрило строительство железной дороги Навои – Бухара в прошлом году. Инвесторы "
        "готовы финансировать железную дорогу Навои – Бухара, сообщили в министерстве."
    )
    routes = [v for k, v in ents.items() if k.startswith("new:project:")]
    assert routes == [("project", ["железной дороги Навои – Бухара", "железную дорогу Навои – Бухара"])]
    assert form_key("газопроводу Туркменистан – Китай") == form_key("газопровод Туркменистан – Китай")


def test_a_surname_shared_by_two_full_names_links_neither() -> None:
    ents = entities_of(
        "Deputy minister Nurlan Bekov met the investor Aidos Bekov in the capital on Monday. "
        "Bekov said the plant would open soon."
    )
    assert ents["new:person:nurlan-bekov"][1] == ["Nurlan Bekov"]
    assert ents["new:person:aidos-bekov"][1] == ["Aidos Bekov"]


def test_a_known_surname_after_another_given_name_opening_a_sentence() -> None:
    ents = entities_of(
        "Aibek Tokayev, a farmer from the region, said the new canal would help. Tokayev said prices rose."
    )
    assert ents["new:person:aibek-tokayev"] == ("person", ["Aibek Tokayev", "Tokayev"])
    assert "person:kassym-jomart-tokayev" not in ents
    assert "person:kassym-jomart-tokayev" in entities_of(
        "Then Tokayev said the canal would help the farmers."
    )
    assert "person:kassym-jomart-tokayev" in entities_of("Ранее Токаев заявил, что канал поможет фермерам.")


def test_a_body_with_two_fields_is_one_name() -> None:
    names = names_of(
        "Officials from the Ministry of Industry and Infrastructure Development of Kazakhstan said on Monday "
        "that the line would open next year, while the Ministry of Energy and Ministry of Transport disagreed "
        "and the Ministry of Foreign Affairs and Rosatom signed the deal."
    )
    assert names.get("Ministry of Industry and Infrastructure Development of Kazakhstan") == "organization"
    assert names.get("Ministry of Energy") == names.get("Ministry of Transport") == "organization"
    assert names.get("Ministry of Foreign Affairs") == "organization"
    assert names.get("Rosatom") == "company"
    assert "Infrastructure Development of Kazakhstan" not in names and "Ministry of Industry" not in names


def test_a_list_of_fields_joins_a_body_or_a_role_across_commas() -> None:
    names = names_of(
        "The Ministry of Investments, Industry and Trade of Uzbekistan said on Monday that the plant would "
        "open next year. Minister of Ecology, Geology and Natural Resources Arman Seitkali visited the site, "
        "and the Ministry of Energy, Rosatom and Kazatomprom signed the deal."
    )
    assert names.get("Ministry of Investments, Industry and Trade of Uzbekistan") == "organization"
    assert names.get("Arman Seitkali") == "person"
    assert names.get("Ministry of Energy") == "organization"
    assert names.get("Rosatom") == names.get("Kazatomprom") == "company"
    assert not any("Natural Resources" in n or n.startswith("Industry") for n in names)


def test_schools_and_institutes_are_organizations() -> None:
    names = names_of(
        "Experts from Xinjiang University and the Shanghai Institutes for International Studies met staff of "
        "the Westminster International University in Tashkent and Tsinghua University at the forum."
    )
    assert names.get("Shanghai Institutes for International Studies") == "organization"
    assert names.get("Tsinghua University") == "organization"
    assert names.get("Tashkent") == "place"
    assert "Tashkent and Tsinghua University" not in names


def test_a_role_field_after_the_holder_is_no_name() -> None:
    names = names_of(
        "At the congress, Bakyt Osmonov, Minister of Natural Resources, Ecology and Technical Supervision of "
        "Kyrgyzstan, also met the delegation of the company."
    )
    assert names.get("Bakyt Osmonov") == "person"
    assert not any("Natural Resources" in n or "Technical Supervision" in n for n in names)
