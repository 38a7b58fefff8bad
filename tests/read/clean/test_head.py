"""The cleaner's handling of the top of a page: lines above the body that share no words with it, stamps with a
time zone or a reading time, captions that end with an agency in brackets (made-up text)."""

from __future__ import annotations

import pytest

from sphere.read.clean.boilerplate import boilerplate_reason, filter_text
from sphere.read.clean.line_rules import paragraph_like

HEADLINE = "Railway Link Between Almaty and Urumqi Gets Second Track"
STANDFIRST = "The new track doubles the freight capacity of the border crossing."
BODY = [
    "The railway company said on Monday that the second track of the link between Almaty and Urumqi will open "
    "next spring, doubling the freight capacity of the crossing at the border station.",
    "Officials of the railway company expect freight volumes on the link to grow by a third next year, as more "
    "container trains from Urumqi are routed through the border station towards the Caspian ports.",
    "Construction of the second track began two years ago and cost the company about 300 million dollars, "
    "according to the railway company's annual report published last week.",
]
TEASERS = [
    "Parliament Approves New Pension Rules for Teachers",
    "Football Club Signs Young Striker From Brazil",
    "Weather Service Warns of Heavy Snow in the Mountains",
]


def test_teaser_headlines_above_the_headline_go() -> None:
    art = filter_text("\n\n".join([*TEASERS, HEADLINE, STANDFIRST, *BODY]))
    kept = "\n".join([art.title or "", *art.paragraphs])
    assert not any(t in kept for t in TEASERS)
    assert HEADLINE in kept and STANDFIRST in kept and all(p in kept for p in BODY)


def test_the_headline_below_a_section_label_stays_whatever_its_words() -> None:
    # a punning headline shares no words with the body: it stays as the last headline-like line above the body
    headline = "Full Steam Ahead for a Sleepy Frontier Town"
    art = filter_text("\n\n".join(["TRANSPORT AND LOGISTICS: FEATURE", headline, *BODY]))
    kept = "\n".join([art.title or "", *art.paragraphs])
    assert headline in kept and all(p in kept for p in BODY)


def test_a_standfirst_sentence_with_few_shared_words_stays() -> None:
    standfirst = "Nobody expected such haste from planners."
    art = filter_text("\n\n".join([HEADLINE, standfirst, *BODY]))
    assert standfirst in art.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Nov 18, 2024 at 9:24 pm ET • 2 min read",
        "Monday, November 18, 2024, 04:05 pm PT (07:05 pm ET)",
        "A cargo ship leaves the port of Aktau on Aug. 31, 2024. (AP)",
        "Workers lay the second track near the border. (Reuters)",
    ],
)
def test_stamps_and_agency_captions(line: str) -> None:
    assert boilerplate_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Officials met in Astana on Monday (AP) to sign the deal.",
        "The talks start at 9:30 pm and will last two days, officials said in a statement.",
    ],
)
def test_sentences_with_a_time_or_agency_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_a_breadcrumb_ending_with_the_headline_goes_and_the_headline_stays() -> None:
    crumb = "Home News Business News " + HEADLINE
    art = filter_text("\n\n".join([crumb, HEADLINE, *BODY]))
    assert art.title == HEADLINE
    assert crumb not in art.paragraphs and all(p in art.paragraphs for p in BODY)


def test_a_long_headline_ending_with_a_code_in_brackets_is_the_headline() -> None:
    # a closing bracket with no stop before it ends no sentence: the report's long title is its headline, and the
    # two-word section heading above the body is not taken for it
    headline = (
        "Written Submission of the Logistics Council to the Standing Committee Inquiry on Trade (LOG0042)"
    )
    art = filter_text("\n\n".join([headline, "Findings and Discussion", *BODY]))
    assert art.title == headline
    assert all(p in art.paragraphs for p in BODY)


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [
        ("The ministry said the second track would open next spring (according to the annual report).", True),
        ('The minister called the second track "the start of a new era for the border town."', True),
        ("Review of the Rail Corridors Through the Steppe and Their Freight Capacity (RCS0042)", False),
        ('Freight Capacity Doubles as the Second Track Opens at the Border "Next Spring"', False),
    ],
)
def test_a_closing_bracket_or_quote_ends_a_sentence_only_after_a_stop(line: str, paragraph: bool) -> None:
    assert paragraph_like(line) is paragraph
