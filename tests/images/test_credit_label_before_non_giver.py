"""After a photo label, a lower-case noun phrase opening with an article is what the picture shows, no giver ("Photo:
the new park plan."); a documentation abbreviation is no part of the giver's name (test_credit_documentation.py).
Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits


@pytest.mark.parametrize(
    "written", ["Children play in the park. Photo: the new park plan.", "Photo: the new park plan along the river"]
)
def test_description_after_the_label_is_no_credit(written: str) -> None:
    assert caption_and_credits(written) == (written, [])


def test_short_giver_with_an_article_stays_a_credit() -> None:
    caption, credits = caption_and_credits("Children play in the park. Photo: the family")
    assert caption == "Children play in the park."
    assert [c[1] for c in credits] == ["the family"]

