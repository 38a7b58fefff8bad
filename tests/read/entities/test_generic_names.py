"""Generic headed phrases, known entities with a generic word, and surnames that come back alone
(`sphere.read.entities.new_names`, `persons.repeated_surname_persons`). Made-up sentences against the bundled
knowledge base."""

from __future__ import annotations

from sphere.read.entities.new_names import generic_name
from sphere.read.reader import read_text
from tests.read.entities.sample import names_of


def test_generic_name_needs_a_proper_part() -> None:
    assert generic_name(["State", "Committee"])
    assert generic_name(["Central", "Bank"])
    assert generic_name(["Natural", "Resources"])
    assert not generic_name(["Energy", "Ministry"])  # a ministry is named by its field
    assert not generic_name(["Halyk", "Bank"])
    assert generic_name(["Legal", "Entities", "Union"])
    assert not generic_name(["State", "Grid", "Corporation"])
    assert not generic_name(["Ministry", "Natural", "Resources"])
    assert not generic_name(["International", "Finance", "Corporation"])
    assert not generic_name(["NBK", "Bank"])


def test_generic_phrases_give_no_new_entity() -> None:
    names = names_of(
        "Officials of the State Committee met several visiting bankers from Karatal Onim Bank in the city of "
        "Almaty this week. "
        "The Central Bank kept its rate, and the ministry of Natural Resources said exports grew."
    )
    assert "State Committee" not in names
    assert "Central Bank" not in names
    assert "Natural Resources" not in names
    assert names.get("Karatal Onim Bank") in ("organization", "company")


def test_known_company_with_a_generic_word_stays_the_known_company() -> None:
    names = names_of("Analysts said the Rosatom Corporation would build the plant near Lake Balkhash.")
    assert not any(n.startswith("Rosatom ") for n in names)
    assert "Rosatom" in names


def test_second_word_alone_later_makes_a_person() -> None:
    names = names_of(
        "A delegation including Marten Voskuijlen arrived from Rotterdam. Talks in Astana lasted two days, "
        "and Voskuijlen later visited the new logistics hub."
    )
    assert names.get("Marten Voskuijlen") == "person"


def test_second_word_after_a_determiner_is_no_surname() -> None:
    names = names_of(
        "Visitors came to Golden Meadow near Almaty. Local farmers now call the Meadow a tourist site."
    )
    assert names.get("Golden Meadow") != "person"


def test_the_surname_alone_joins_the_person() -> None:
    reading = read_text(
        "A delegation including Marten Voskuijlen arrived from Rotterdam. Talks in Astana lasted two days, "
        "and Voskuijlen later visited the new logistics hub.",
        "sample.txt",
    )
    person = next(e for e in reading.entities if e.name == "Marten Voskuijlen")
    assert [m.text for m in person.mentions] == ["Marten Voskuijlen", "Voskuijlen"]


def test_international_bodies_in_turkish_and_uzbek() -> None:
    tr = read_text(
        "Dünya Bankası ve Asya Kalkınma Bankası, yeni bir kredi programını onayladı. "
        "Birleşmiş Milletler de destek verdi ve açıklama yaptı.",
        "sample.txt",
    )
    uz = read_text(
        "Jahon banki va Osiyo taraqqiyot banki yangi kredit ajratdi. "
        "BMT ham bu loyihani qo‘llab-quvvatlamoqda deb aytildi.",
        "sample.txt",
    )
    for reading in (tr, uz):
        assert {"org:world-bank", "org:adb", "org:un"} <= {e.id for e in reading.entities}


def test_chinese_coordinated_routes_share_their_head() -> None:
    reading = read_text(
        "两国已联合修建了肯基亚克-库姆科尔和阿塔苏-阿拉山口输油管道,比涅乌-钦肯特天然气管道也已开工建设。"
        "中国和哈萨克斯坦的合作不断深化。",
        "sample.txt",
    )
    projects = {e.name for e in reading.entities if e.kind == "project"}
    assert {"肯基亚克-库姆科尔", "阿塔苏-阿拉山口输油管道", "比涅乌-钦肯特天然气管道"} <= projects


def test_a_central_asian_surname_ending_makes_a_person() -> None:
    names = names_of(
        "Ertaga Samarqandda yangi zavod ochiladi, dedi hokim o‘rinbosari. Loyihani tajribali muhandis Zoyir Mirzayev "
        "boshchiligidagi guruh tayyorladi va investorlar bilan kelishuvga erishildi."
    )
    assert names.get("Zoyir Mirzayev") == "person"


def test_a_new_firm_is_named_without_its_legal_form() -> None:
    reading = read_text(
        "The deal was signed between the regional government and Tengri Orchard Foods Co Ltd on supplies "
        "of dried apricots to markets in Almaty and other cities.",
        "sample.txt",
    )
    firm = next(e for e in reading.entities if e.name.startswith("Tengri"))
    assert firm.kind == "company" and firm.name == "Tengri Orchard Foods"
    assert "Tengri Orchard Foods Co Ltd" in firm.aliases
