"""A block opening with a label that points to another story ("READ NEXT:", "READ ALSO:", "ALSO READ:", "Related:")
holds that story's headline, no quote of this article: "READ NEXT: Governor says new budget will fix roads" was a
report by "Governor". The same headline without the label still reports. Session 63. Made-up lines."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    "line",
    [
        "READ NEXT: Governor says new budget will fix roads",
        "READ ALSO: Police say three arrested after Kano clash",
        "ALSO READ: “We will not back down,” says union chief Ayuba Danlami",
        "Related: Minister says fuel price will drop next month",
        "Lesen Sie auch: Minister says fuel price will drop next month",
    ],
)
def test_a_teaser_line_quotes_nothing(line: str) -> None:
    assert said(line, "en") == []


def test_the_headline_without_the_label_reports() -> None:
    assert said("Police in Kano said three people were arrested after the clash.", "en") == [(None, "Police in Kano")]


def test_a_label_inside_a_sentence_changes_nothing() -> None:
    assert said("Asked what to read next, Ms Adeyemi said she would pick a novel.", "en") == [("Adeyemi", "Ms")]
