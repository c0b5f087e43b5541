"""Photo-credit grammar (issue 12): initials in keyword credits, tails beside a credit the page marks
apart. Sentences made up for the tests."""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import has_sentence_break
from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images
from cqnews.enrich.credits import parse_credit_line, split_photo_credit


def who(credits):
    return [(c.name, c.organization) for c in credits]


# --- the dot of an initial is no sentence end ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gene J. Puskar/AP", False),
        ("C. Schlippes /Morgenpost Grafik", False),
        ("Anna Roe. The crowd cheered", True),  # a name ends a sentence
        ("AP. Later the crowd left", True),  # two capitals before the dot: an acronym, not an initial
        ("Reuters! Then more", True),
        ("", False),
    ],
)
def test_has_sentence_break(text, expected):
    assert has_sentence_break(text) is expected


def test_keyword_credit_with_initial_is_split():
    caption, credits = split_photo_credit("The old tower fell at noon. Photo: Gene J. Puskar/AP")
    assert caption == "The old tower fell at noon."
    assert who(credits) == [("Gene J. Puskar", "AP")]


def test_copyright_credit_with_initial_after_bar_is_split():
    caption, credits = split_photo_credit("The map shows the smoke cloud. © City Graphics/OSM | C. Miller /City Graphics")
    assert caption == "The map shows the smoke cloud."
    assert credits and credits[0].raw.startswith("© City Graphics/OSM")
    assert "C. Miller" in [c.name for c in credits]


def test_keyword_credit_before_a_second_sentence_is_not_split():
    text = "The tower fell. Photo: AP. The crowd cheered after the fall."
    assert split_photo_credit(text) == (text, [])


# --- "caption / Name" -----------------------------------------------------------------------


# --- a weak tail beside a credit the page marks apart ----------------------------------------


def test_strong_tail_still_split_when_credit_is_apart():
    draft = ImageDraft(src="https://example.com/a.jpg", caption="Voters queue outside the hall. (AP Photo/Jane Roe)",
                       credit="Photo: Jane Roe")
    (image,) = build_images([draft])
    assert image.caption == "Voters queue outside the hall."
    assert who(image.credits) == [("Jane Roe", "AP")]


def test_known_agency_tail_still_split_when_credit_is_apart():
    draft = ImageDraft(src="https://example.com/a.jpg", caption="Voters queue outside the hall (Reuters)",
                       credit="Photo: Jane Roe")
    (image,) = build_images([draft])
    assert image.caption == "Voters queue outside the hall"
    assert (None, "Reuters") in who(image.credits)


def test_weak_tail_is_a_credit_without_a_separate_credit():
    # Without a credit marked apart the bracketed name is still read as the credit (unchanged behaviour).
    draft = ImageDraft(src="https://example.com/a.jpg", caption="Voters queue outside the hall (Jane Roe)")
    (image,) = build_images([draft])
    assert image.caption == "Voters queue outside the hall"
    assert who(image.credits) == [("Jane Roe", None)]


def test_words_of_a_job_title_after_the_comma_are_no_second_author() -> None:
    # Made up: "Auto" is no beat word the tables know; after the comma it belongs to the title.
    credits = parse_credit_line("Tom Rowe, AP Auto Writer")
    assert [(c.name, c.organization) for c in credits] == [("Tom Rowe", "AP")]
