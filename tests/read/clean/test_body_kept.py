"""The text cleaner keeps the article's own lines that look like debris: a page that doubles its text, the items of
the article's own list, lines of two sentences in a run; and says why each dropped line went (`TextArticle.why`)."""

from __future__ import annotations

import pytest

import sphere.read.clean.boilerplate as bp_mod
import sphere.read.clean.lines as lines_mod
from sphere.read.clean.boilerplate import boilerplate_reason, filter_text
from sphere.read.clean.lines import FEATURES, LineModel

P1 = "Officials of the two countries met in the capital on Monday to discuss a new power line, the ministry said."
P2 = "The line will carry electricity from the north to the south of the country, it added in a statement."
P3 = "Construction is expected to start next year and to take about three years, according to the ministry."
P4 = "The power line will cost about two hundred million dollars and will be paid for by both governments."


def test_a_page_that_doubles_its_text_keeps_one_copy_of_each_paragraph() -> None:
    text = "\n\n".join(p for p in (P1, P2, P3) for _ in range(2))
    art = filter_text(text)
    assert [p for p in (P1, P2, P3) if p in art.paragraphs] == [P1, P2, P3]
    assert [reason for reason, _ in art.why] == ["twice"] * 3  # the second copies


def test_a_caption_said_twice_between_paragraphs_still_goes() -> None:
    caption = (
        "The new terminal of the airport in the capital, seen from the runway on Monday after its opening."
    )
    art = filter_text("\n\n".join([P1, caption, caption, P2, P3]))
    assert caption not in art.paragraphs and art.paragraphs == [P1, P2, P3]


def test_the_articles_own_list_without_full_stops_stays() -> None:
    intro = "The ministry said the new power line between the north and the south will bring three changes:"
    items = [
        "Electricity from the north will reach the south of the country",
        "The south of the country will pay less for its electricity",
        "Both governments will share the cost of the power line",
    ]
    # no colon above the run (the lead-in is a paragraph of its own), yet the items speak of the article's subject
    text = "\n\n".join([P1, P2, intro.rstrip(":") + ".", *items, P3, P4])
    art = filter_text(text)
    assert all(item in art.paragraphs for item in items)


def test_headlines_of_other_stories_in_a_run_still_go() -> None:
    teasers = [
        "Minister Announces New Rules for Labour Migrants",
        "Central Bank Keeps Its Key Rate Unchanged",
        "Railway Company Orders Forty New Locomotives",
    ]
    art = filter_text("\n\n".join([P1, P2, P3, *teasers, P4]))
    assert not any(t in art.paragraphs for t in teasers)
    assert {reason for reason, line in art.why if line in teasers} == {"teaser-list"}


def test_lines_of_two_sentences_are_no_headlines_of_a_run() -> None:
    items = [
        "Map out the route first. Then ask the ministry for the permits",
        "Hire the builders. Pay them on time and in full",
        "Open the line. Sell the electricity to the neighbouring country",
    ]
    art = filter_text("\n\n".join([P1, P2, *items, P3]))
    assert all(item in art.paragraphs for item in items)


def test_why_names_the_mechanism_of_each_dropped_line() -> None:
    art = filter_text(
        "\n\n".join([P1, "Share on Facebook", P2, P3, "Read more", "Old Story About Something Else"])
    )
    why = dict((line, reason) for reason, line in art.why)
    assert why["Share on Facebook"] == "label" and why["Read more"] == "teaser"
    assert set(art.removed) == {line for _, line in art.why}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("More Great Example Stories", "teaser"),
        ("More in World", "teaser"),
        ("More from Asia", "teaser"),
        ("Latest Central Asia News", "teaser"),
        ("A cargo ship leaves the port of Aktau on Monday. (Example Agency/Ann Lee)", "credit"),
        ("Soldiers at the base (Agency Photo/John Smith)", "credit"),
        ("Article by Ann Lee, published in the Example Review", "credit"),
        ("By Ann Lee (Example Daily)", "byline"),
        ("7H ago", "stamp"),
        ("32 minutes ago", "stamp"),
        ("5 минут назад", "stamp"),
        ("EXAMPLE JOURNAL OF REGIONAL STUDIES No. 3(57), 2009", "stamp"),
        ("19°C Astana", "stamp"),
        ("16 Haziran, 2024", "date"),
        ("27-сентябрь, 2024-жыл, жума, Бишкек убактысы 05:44", "stamp"),
        ("В Астане прошла встреча министров двух стран. Фото Ивана Петрова", "credit"),
        ("Photos: Ann Lee, Bo Chen, Li Wei", "vocabulary"),
        ("Reporters: Ann Lee, Bo Chen and Li Wei", "byline"),
        ("- Reported by AGENCY", "byline"),
        ("BTC 64,557.92", "count"),
        ("KZ01032023000045014146KZ1105683763", "count"),
        ("135,4 тыс. просмотров", "count"),
        ("Ann Lee/Example News", "credit"),
        ("Doug Lee/The Example Times", "credit"),
        ("The logo is displayed outside of an office in the capital.Reuters", "credit"),
        ("Example Registry via AP", "credit"),
        ("Courtesy of Ann Lee", "vocabulary"),
        ("личный архив Анны Смирновой", "vocabulary"),
        ("Media playback is unsupported on your device", "vocabulary"),
        ("Most read in world news", "teaser"),
        ("Also on example.com Ministers meet to discuss the budget", "promotion"),
        ("Have a tip? Ann Lee may be reached at alee@example.org.", "promotion"),
        (
            "Sometimes we include links to stores. If you buy something we may receive a small commission.",
            "promotion",
        ),
        ("Let our news meet your inbox.", "promotion"),
        ("Do you rely on our reporting? Click here to support it.", "promotion"),
        ("Güncelleme :", "published"),
        ("Aktualisiert am 3. Mai", "published"),
    ],
)
def test_more_debris_rules(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "More than 40 people were hurt in the blast, officials said.",
        "More people are moving to the cities",
        "Trade rose by a fifth last year, the ministry said. (AKI/KG)",  # the news' source, not a photo credit
        "The talks between the two sides (Russia/China) were hard.",
        "10 years ago the two countries signed the deal",
        "By the end of the year (the ministry said) the line will be ready.",
        "Decree No. 123 of 2019 set the rules for the new railway.",
        "The meeting starts at 10:30 on 5 May 2024 in Astana, officials said.",
        "20°C is the usual temperature in the south of the country in May",
        "Backed by China, the project went ahead",
        "Participants: officials of the two ministries and the bank",
        "In 2019 GDP grew 4.5%",
        "Our reporters visited the site",
        "He said the ministry may receive the documents next week.",
        "Kazakhstan/China relations are good",
        "The minister can be reached by phone, his office said.",
        "Most read newspapers are owned by the state",
        "The agency said it will sign up more partners this year.",
        "Güncelleme yapıldı ve sistem yeniden açıldı.",
    ],
)
def test_body_lines_are_no_debris(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_a_sentence_announcing_a_list_ends_a_teaser_list() -> None:
    lead_in = "Here are the main points of the agreement:"
    point = "Freight will cross the border without a second inspection"
    text = "\n\n".join([P1, P2, "More in World", "Minister Opens a New Border Crossing", lead_in, point, P3])
    art = filter_text(text)
    assert "Minister Opens a New Border Crossing" not in art.paragraphs
    assert lead_in in art.paragraphs and point in art.paragraphs


def test_a_doubled_page_keeps_its_paragraph_next_to_a_doubled_credit() -> None:
    head = "Two countries agree to build a new power line"
    credit = "Photo: Example Agency"
    lines = [head, head, credit, credit, P1, P1]
    art = filter_text("\n\n".join(lines))
    assert P1 in art.paragraphs and credit not in art.paragraphs


def test_a_short_sentence_inside_the_body_stays_whatever_the_line_model_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a line model sure that every line is debris (no hidden unit, a large bias): what it may still drop
    sure = LineModel(
        {"features": FEATURES, "mean": [0.0] * len(FEATURES), "scale": [1.0] * len(FEATURES)}
        | {"w1": [[0.0] * len(FEATURES)], "b1": [0.0], "w2": [0.0], "b2": 10.0}
    )
    monkeypatch.setattr(lines_mod, "load_model", lambda: sure)
    short = "The suspect said he needed to get dressed."
    label = "Power Line Plans"
    art = filter_text("\n\n".join([P1, P2, short, label, P3, P4]))
    assert short in art.paragraphs and label not in art.paragraphs
    assert ("learned-inner", label) in art.why
    monkeypatch.setattr(bp_mod, "INNER_SPARES_SENTENCES", False)
    assert short not in filter_text("\n\n".join([P1, P2, short, label, P3, P4])).paragraphs
