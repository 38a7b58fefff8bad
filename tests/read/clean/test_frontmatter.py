"""Teaser summaries cut with an ellipsis, and the front matter of reports: "About the author(s)" blocks, empty
sections, dangling list lead-ins (made-up text)."""

from __future__ import annotations

from sphere.read.clean.boilerplate import filter_text
from sphere.read.clean.frontmatter import about_blocks, dangling_lead_ins, empty_sections, section_heading

TITLE = "Water Sharing in the Syr Darya Basin After the Dam Upgrade"
PARAS = [
    "Water sharing in the Syr Darya basin changed after the dam upgrade: the dam now holds back a third more "
    "water in winter, which the downstream farms need in the summer months when the fields are irrigated.",
    "Officials of both ministries met twice this year to agree on the release schedule, and a joint commission "
    "will publish the figures for each month on its website.",
    "Farmers' associations say the schedule has worked so far, although the spring floods were higher than the "
    "commission had expected and some canals were damaged.",
]


def _kept(text: list[str]) -> list[str]:
    art = filter_text("\n\n".join(text))
    return [art.title or "", *art.paragraphs]


def test_a_teaser_summary_between_a_headline_and_its_link_goes() -> None:
    teaser_head = "Border Crossing Reopens for Trucks After Two Weeks of Repairs"
    summary = (
        "The crossing between the two countries reopened on Monday after repairs that took longer than the…"
    )
    kept = _kept([TITLE, PARAS[0], PARAS[1], teaser_head, summary, "Read more", PARAS[2]])
    assert summary not in kept and teaser_head not in kept and "Read more" not in kept
    assert all(p in kept for p in PARAS)


def test_a_summary_cut_with_three_dots_above_a_see_more_link_goes() -> None:
    summary = (
        "Ministers from five countries met in the capital to discuss the new transit tariffs for grain and..."
    )
    kept = _kept([TITLE, *PARAS, summary, "Подробнее"])
    assert summary not in kept and all(p in kept for p in PARAS)


def test_a_quote_trailing_off_inside_the_body_stays() -> None:
    quote = "“We will see what the summer brings, and then we will talk again about the schedule…”"
    kept = _kept([TITLE, PARAS[0], quote, PARAS[1], PARAS[2]])
    assert quote in kept


def test_a_sentence_that_ends_before_its_dots_is_no_cut_summary() -> None:
    line = "The commission will meet again in the spring...."
    kept = _kept([TITLE, *PARAS, line, "Read more"])
    assert line in kept


def test_about_the_authors_block_goes_with_its_biography() -> None:
    bio = "Aigerim Example is a research fellow at an institute in Almaty, where she works on water policy."
    kept = _kept([TITLE, "About the authors", bio, "Scope of the Study", *PARAS])
    assert "About the authors" not in kept and bio not in kept
    assert TITLE in kept and "Scope of the Study" in kept and all(p in kept for p in PARAS)


def test_about_an_organisation_at_the_end_of_a_press_release_stays() -> None:
    lines = [
        TITLE,
        *PARAS,
        "About the Basin Institute",
        "The Basin Institute is a research centre founded in 2001.",
    ]
    reasons: list[str | None] = [None] * len(lines)
    assert about_blocks(lines, reasons) == set()


def test_empty_sections_above_the_first_heading_with_text_go() -> None:
    kept = _kept([TITLE, "Background", "Findings and Discussion", "1.1. Context", *PARAS])
    assert "Background" not in kept and "Findings and Discussion" not in kept
    assert TITLE in kept and "1.1. Context" in kept and all(p in kept for p in PARAS)


def test_the_headline_and_a_heading_over_text_are_never_empty_sections() -> None:
    lines = [TITLE, "Background", PARAS[0], "Findings", PARAS[1]]
    assert empty_sections(lines, [None] * len(lines), 0, 2) == set()
    # a standfirst without a full stop under the headline is no empty section either
    lines = [TITLE, "How two neighbours learned to share one river after decades of quarrels", PARAS[0]]
    assert empty_sections(lines, [None] * len(lines), 0, 2) == set()


def test_a_list_of_short_lines_is_no_run_of_empty_sections() -> None:
    items = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
    lines = [TITLE, *items, PARAS[0]]
    assert empty_sections(lines, [None] * len(lines), 0, len(lines) - 1) == set()


def test_a_lead_in_with_a_semicolon_followed_by_a_heading_goes() -> None:
    lead = "The measures the ministries have taken since the spring floods are set out here;"
    kept = _kept([TITLE, PARAS[0], lead, "2. Findings of the Commission", PARAS[1], PARAS[2]])
    assert lead not in kept and "2. Findings of the Commission" in kept


def test_a_lead_in_with_a_colon_keeps_its_listicle() -> None:
    lines = [
        TITLE,
        PARAS[0],
        "Here are the three changes the farmers asked for:",
        "Earlier Releases",
        PARAS[1],
    ]
    assert dangling_lead_ins(lines, [None] * len(lines), 0) == set()


def test_section_heading_shape() -> None:
    assert section_heading("1.1. Context") and section_heading("Findings and Discussion")
    assert not section_heading("The commission met twice.") and not section_heading("- a list item")


def test_the_links_under_teasers_are_labels_in_several_languages() -> None:
    from sphere.read.clean.boilerplate import boilerplate_reason

    for line in (
        "Continue reading",
        "See more »",
        "Читать полностью",
        "Devamını oku",
        "Batafsil",
        "阅读全文",
    ):
        assert boilerplate_reason(line) == "label", line
    assert boilerplate_reason("Continue reading the report of the commission on the dam") is None


def test_a_teaser_summary_above_a_continue_reading_link_goes() -> None:
    summary = "Kazakhstan has started building a power plant without the loan that was expected from its…"
    kept = _kept([TITLE, *PARAS, summary, "Continue Reading"])
    assert summary not in kept and all(p in kept for p in PARAS)


def test_about_a_long_organisation_name_with_its_note_goes_before_the_summary() -> None:
    note = (
        "The Basin Research Centre is an independent institute that studies water and energy in the region."
    )
    lines = [
        TITLE,
        "About the Basin Research Centre (BRC)",
        note,
        "Summary of Findings",
        *PARAS,
    ]
    kept = _kept(lines)
    assert "About the Basin Research Centre (BRC)" not in kept and note not in kept
    assert all(p in kept for p in PARAS)


def test_an_authors_name_and_affiliation_open_the_about_block() -> None:
    lines = [
        TITLE,
        *PARAS[:2],
        "About the author",
        "Aigerim Example",
        "Senior Fellow, Basin Research Centre",
        "She writes on water policy and has worked in the region for ten years.",
        "Further Reading on the Basin",
        PARAS[2],
    ]
    out = about_blocks(lines, [None] * len(lines))
    assert out == {3, 4, 5, 6}


def test_a_semicolon_lead_in_before_two_headings_goes() -> None:
    lead = "The measures the ministries have taken since the spring floods are set out here;"
    lines = [TITLE, PARAS[0], lead, "Findings and Discussion", "2.1. Context", PARAS[1]]
    assert dangling_lead_ins(lines, [None] * len(lines), 0) == {2}
