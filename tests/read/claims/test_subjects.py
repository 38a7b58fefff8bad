"""Tests for who a figure is about (sphere.read.claims.subjects): works, parts, shares, sources, confidence."""

from __future__ import annotations

from sphere.read.reader import read_text
from sphere.read.types import Claim


def claims_of(text: str) -> dict[float, Claim]:
    """Return the claims of a short text by value."""
    return {c.value: c for c in read_text(text, "t.txt").claims}


def test_a_share_of_a_total_and_the_total() -> None:
    found = claims_of(
        "The European Union sent a delegation. Of the $200 billion of foreign investment attracted to "
        "Kazakhstan since 1991, almost half is of European origin."
    )
    assert found[50].subject == "org:eu"
    assert found[2e11].subject == "country:KAZ"


def test_sources_and_titles_are_not_subjects() -> None:
    found = claims_of(
        "According to the World Bank, remittances to Tajikistan reached $5 billion in 2023. "
        "Kazakhstan's President said that China is a key investor, with investments exceeding $20 billion."
    )
    assert found[5e9].subject != "org:world-bank"
    assert found[2e10].subject == "country:CHN"


def test_the_sharer_accounts_for_the_share() -> None:
    found = claims_of("Russia remains a key partner, accounting for 20% of Uzbekistan's trade.")
    assert (found[20].subject, found[20].object) == ("country:RUS", "country:UZB")


def test_every_claim_says_how_sure_it_is() -> None:
    found = claims_of("Trade between China and Kazakhstan reached $40 billion. It then grew by 5%.")
    assert all(0.0 <= c.confidence <= 1.0 for c in found.values())
    assert found[4e10].confidence > found[5].confidence


def test_debts_go_to_the_creditor_and_flows_to_their_giver() -> None:
    found = claims_of(
        "Most loans came from the Export-Import Bank of China, to which Kyrgyzstan owes about $1.7 billion. "
        "Investments from Japan reached $3 billion last year."
    )
    assert found[1.7e9].subject == "org:china-exim-bank"
    assert found[3e9].subject == "country:JPN"


def test_a_figure_about_a_place_inside_a_state_is_that_states() -> None:
    found = claims_of(
        "Kyrgyzstan and Uzbekistan signed a deal. Around 2,000 workers are employed at the mine near Osh, "
        "the Uzbek side said."
    )
    assert found[2000].subject == "country:KGZ"  # not the last-named state; "2,000" is no year


def test_a_figure_labels_the_name_before_it() -> None:
    found = claims_of(
        "Investors came from many states: Germany (6.1%), Japan (4.2%) and the United States (3.3%)."
    )
    assert [found[v].subject for v in (6.1, 4.2, 3.3)] == ["country:DEU", "country:JPN", "country:USA"]


def test_a_share_given_for_a_state_and_its_gdp() -> None:
    found = claims_of(
        "Remittances equal 35.5 percent of GDP for Tajikistan and 21.4 percent for Kyrgyzstan. "
        "Kyrgyzstan received $2 billion, while Uzbekistan received $9 billion (12% of its GDP)."
    )
    assert (found[35.5].subject, found[21.4].subject) == ("country:TJK", "country:KGZ")
    assert (found[9e9].subject, found[12].subject) == ("country:UZB", "country:UZB")


def test_each_stake_in_a_list_is_its_holders_and_an_owner_is_not_the_holder() -> None:
    found = claims_of(
        "The consortium's shareholders are KazMunayGas with a 40% stake, while Shell holds a 30% stake, "
        "China's CNPC has a 20% stake and Japan's Inpex holds the remaining 10%."
    )
    assert [found[v].subject for v in (40, 30, 20, 10)] == [
        "company:kazmunaygas", "company:shell", "company:cnpc", "company:inpex"
    ]  # fmt: skip


def test_what_is_measured_at_whom_and_an_amount_put_into_a_work() -> None:
    found = claims_of(
        "Output at Chevron-led Tengizchevroil, the country's largest producer, rose by 2.5 percent to 30 million "
        "tonnes. About $40 billion was invested in the development of Karachaganak."
    )
    assert found[30e6].subject == "company:tengizchevroil" and found[2.5].subject == "company:tengizchevroil"
    assert found[4e10].subject == "project:karachaganak"


def test_a_foreign_investment_total_is_the_receivers_and_counted_firms_the_capitals_owner() -> None:
    found = claims_of(
        "Russia and Uzbekistan met in Tashkent. The inflow of foreign direct investment into the country "
        "exceeded $30 billion. More than 2,500 companies with China's capital work in Uzbekistan."
    )
    assert found[3e10].subject == "country:UZB"
    assert found[2500].subject == "country:CHN"


def test_a_carried_subject_is_unsure_unless_the_clause_refers_back() -> None:
    found = claims_of(
        "The Asian Development Bank approved a $300 million loan. Seven other lenders may add $2 billion. "
        "It also pledged $50 million."
    )
    assert found[2e9].confidence < 0.4  # someone the text does not name
    assert found[5e7].subject == "org:adb" and found[5e7].confidence >= 0.4


def test_oblique_case_endings_and_multilingual_units() -> None:
    kk = read_text("Қытай Қазақстанға 15 миллиард доллар инвестиция салды.", "kk.txt").claims
    assert [(c.subject, c.value) for c in kk] == [("country:CHN", 15e9)]
    tr = read_text("Türkiye ile Özbekistan arasındaki ticaret hacmi 3 milyar dolara ulaştı. "
                   "Özbekistan'da yatırım miktarı 2 milyar dolar.", "tr.txt").claims  # fmt: skip
    assert {c.value: c.subject for c in tr} == {3e9: "country:TUR", 2e9: "country:TUR"}
    de = read_text("Der Handel zwischen Deutschland und Kasachstan wuchs um 12 Prozent.", "de.txt").claims
    assert [(c.subject, c.value, c.unit) for c in de] == [("country:DEU", 12.0, "%")]


def test_a_dateline_agency_is_no_subject() -> None:
    found = claims_of("BERLIN (Reuters) - Trade with the Central Asian state grew by 14 percent last year.")
    assert found[14].subject != "org:reuters"


def test_a_states_external_debt_is_the_debtors_and_a_debt_to_a_creditor_the_creditors() -> None:
    found = claims_of(
        "Kyrgyzstan owes China $1.7 billion. The external public debt of Kyrgyzstan totals $4 billion."
    )
    assert found[1.7e9].subject == "country:CHN"
    assert found[4e9].subject == "country:KGZ"


def test_states_listed_one_figure_each_are_the_great_powers_partners() -> None:
    found = claims_of(
        "China's trade with Central Asia reached $90 billion last year. Kazakhstan came first with $40 billion, "
        "Kyrgyzstan second with $20 billion and Tajikistan third with $4 billion."
    )
    assert {found[v].subject for v in (4e10, 2e10, 4e9)} == {"country:CHN"}
    assert found[2e10].object == "country:KGZ"


def test_a_share_goes_to_its_owner() -> None:
    found = claims_of("Japan's share in the imports of Uzbekistan amounted to 7.5 percent.")
    assert found[7.5].subject == "country:JPN"
    found = claims_of("Доля Японии во внешнем долге Киргизии составляет около 12%.")
    assert found[12].subject == "country:JPN"


def test_names_behind_a_german_preposition_or_their_conjuncts_are_no_subjects() -> None:
    found = claims_of(
        "Turkmenistan lieferte im Jahr über Usbekistan und Kasachstan 30 Milliarden Kubikmeter Gas nach China."
    )
    assert found[30].subject == "country:TKM"
    assert found[30].unit == "bcm"


def test_the_receiver_after_a_verb_of_giving_is_no_lender() -> None:
    found = claims_of("The World Bank plans to lend Tajikistan about $500 million over three years.")
    assert found[5e8].subject == "org:world-bank"


def test_an_unnamed_work_is_its_host_states() -> None:
    found = claims_of("The Asian Development Bank will finance a 50MW solar park in Uzbekistan.")
    assert found[50].subject == "country:UZB"


def test_a_figure_with_no_name_takes_the_subject_before_it() -> None:
    found = claims_of(
        "Chinese company Huawei is building a data centre in the Almaty region. "
        "The cost of the facility is estimated at $300 million."
    )
    assert found[3e8].subject == "company:huawei"


def test_imports_from_a_partner_are_the_importers_and_yearly_adverbs_make_rates() -> None:
    found = claims_of("Kyrgyzstan increased its imports from Russia by 12 percent.")
    assert (found[12].subject, found[12].attribute) == ("country:KGZ", "growth_rate")
    found = claims_of("Russland liefert jährlich bis zu 5 Milliarden Kubikmeter Gas an Usbekistan.")
    assert found[5].unit == "bcm/yr"


def test_remittances_are_the_receiving_states() -> None:
    found = claims_of(
        "Remittances from Russia to Kyrgyzstan reached $2.5 billion last year, the central bank said."
    )
    assert (found[2.5e9].subject, found[2.5e9].object) == ("country:KGZ", "country:RUS")


def test_conjoined_subjects_file_the_figure_under_the_great_power() -> None:
    found = claims_of("Japan and Uzbekistan signed twelve agreements worth $4 billion in Tokyo on Tuesday.")
    assert found[4e9].subject == "country:JPN"


def test_the_owner_of_a_role_is_not_the_flows_owner() -> None:
    found = claims_of(
        "Japan is Kazakhstan's third largest investor, with $9 billion invested since independence."
    )
    assert found[9e9].subject == "country:JPN"


def test_kazakh_debt_to_a_creditor_and_a_german_company_in_apposition() -> None:
    found = claims_of(
        "Елдің сыртқы қарызы 160 миллиард долларды құрады. Оның ішінде Жапонияға қарыз 4 миллиард доллар. "
        "Бұл туралы Қаржы министрлігі хабарлады."
    )
    assert found[4e9].subject == "country:JPN"
    found = claims_of(
        "Die Regierung plant neue Projekte in der Region. Das deutsche Unternehmen Siemens will dort "
        "2 Milliarden Euro in die Energieversorgung investieren. Das teilte das Ministerium mit."
    )
    assert found[2e9].subject == "company:siemens"


def test_a_new_work_named_after_a_known_project_is_that_project() -> None:
    found = claims_of(
        "Officials met in Bishkek on Tuesday. The capacity of the Kambarata-1 Hydro Power Plant is expected to "
        "reach 1,860MW, the ministry said."
    )
    assert found[1860].subject == "project:kambarata-1-hpp"


def test_a_relative_clause_is_about_its_antecedent_and_a_group_is_its_firm() -> None:
    found = claims_of(
        "Several banks joined the deal. Lenders include the Asian Development Bank, which is providing a "
        "$40 million loan, the ministry said on Monday."
    )
    assert found[4e7].subject == "org:adb"
    found = claims_of(
        "Kazatomprom Group (KAP, the national uranium company) plans to produce 25,000 tons of uranium next "
        "year, the company said on Monday."
    )
    assert found[25000].subject == "company:kazatomprom"


def test_a_work_named_by_its_states_in_german_and_a_share_falling_to_a_state_in_russian() -> None:
    found = claims_of(
        "Berlin. Die Eisenbahn China-Kirgistan-Usbekistan soll 2030 fertig sein. Die Kosten für den Bau der "
        "Eisenbahnlinie werden auf 8 Milliarden Dollar geschätzt. Das teilte das Ministerium mit."
    )
    assert found[8e9].subject == "project:china-kyrgyzstan-uzbekistan-railway"
    found = claims_of(
        "Ташкент. По словам министра, Узбекистан привлек 5 млрд долларов иностранных инвестиций. "
        "Из них 1,2 млрд долларов приходится на Россию, сообщили в министерстве."
    )
    assert (found[5e9].subject, found[1.2e9].subject) == ("country:UZB", "country:RUS")
