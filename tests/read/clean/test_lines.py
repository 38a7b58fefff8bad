"""The learned line classifier: generic features, the packaged model, and what it says about typical lines."""

from __future__ import annotations

import json
from importlib import resources

from sphere.read.clean.lines import (
    FEATURES,
    _jt_classes,
    _jt_context,
    boilerplate_probabilities,
    line_features,
    load_model,
)

PAGE = [
    "Accessibility links",
    "Breaking News",
    "Pipelines On Agenda As The President Visits The Capital",
    "The president arrived on November 12 for a visit that state media say is aimed at promoting the "
    "construction of natural gas pipelines between the two countries.",
    "The network is meant to include three pipeline routes that transit four neighbouring states, officials "
    "said on Monday, adding that the first section would open next year.",
    "Officials said the second route would be financed by a loan from a state bank and built by 2027.",
    "Share on Facebook",
    "Subscribe to our newsletter",
]


def test_the_packaged_model_matches_the_features() -> None:
    spec = json.loads(
        (resources.files("sphere.read.clean") / "models" / "boilerplate_lines.json").read_text("utf-8")
    )
    assert tuple(spec["features"]) == FEATURES
    assert spec["trained_on"]["pages"] >= 200
    assert all(len(x) == len(FEATURES) for x in line_features(PAGE, [False] * len(PAGE)))
    assert load_model() is load_model()


def test_paragraphs_score_low_and_page_furniture_high() -> None:
    p = boilerplate_probabilities(PAGE, [False] * len(PAGE))
    assert max(p[3:6]) < 0.3
    assert min(p[0], p[1], p[6], p[7]) > 0.5


def test_only_the_asked_lines_are_evaluated() -> None:
    p = boilerplate_probabilities(PAGE, [False] * len(PAGE), only={0})
    assert p[0] > 0.5 and p[1:] == [0.0] * (len(PAGE) - 1)


def test_justext_context_takes_short_lines_inside_the_body_and_drops_them_outside() -> None:
    para = PAGE[3] + " " + PAGE[5]
    lines = ["Breaking News", para, "A short heading", para, "Share on Facebook", "Subscribe"]
    classes = _jt_classes(lines, [0.0, 0.4, 0.0, 0.4, 0.0, 0.0])
    assert classes == ["short", "good", "short", "good", "short", "short"]
    assert _jt_context(classes) == [False, True, True, True, False, False]
    assert _jt_classes(["© 2024 Example Media. " + para], [0.4]) == ["bad"]
