"""A note closing a caption that says what kind of picture it is. A file note that names no one ("(File photo)",
"… on Sunday. File photo", "(Photo: File)") stays caption text: no credit is made of it (a credit with neither a
name nor an organisation is a defect in image_sanity, and the truth of our corpus keeps such a note in the
caption). A giver's note ("(Provided photo)", "Provided photo") is credited to the giver word, as "(Submitted
photo)" and "(Handout)" already were; before, it stayed in the caption. Made-up captions and pages."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit
from tests.figure_helpers import article_around

_CAPTION = "Ferries wait at the pier as fog lifts over the bay on Sunday."


@pytest.mark.parametrize("note", ["(File photo)", "File photo", "(Photo: File)", "Photo/File"])
def test_a_file_note_that_names_no_one_stays_caption_text(note: str) -> None:
    text = f"{_CAPTION} {note}"
    assert split_photo_credit(text) == (text, [])


@pytest.mark.parametrize("note", ["(Provided photo)", "Provided photo", "(Provided image)"])
def test_a_provided_note_credits_the_giver_word(note: str) -> None:
    caption, credits = split_photo_credit(f"{_CAPTION} {note}")
    assert caption == _CAPTION
    assert [(c.name, c.organization, c.raw) for c in credits] == [(None, "Provided", note)]


def test_provided_inside_a_sentence_stays_caption_text() -> None:
    text = "Volunteers hand out provided photo albums at the town hall on Monday."
    assert split_photo_credit(text) == (text, [])


def test_a_provided_note_under_a_picture_of_a_page() -> None:
    lede = "<p>" + "The ferry company said on Monday that the timetable would start in June. " * 3 + "</p>"
    figure = (
        '<figure><img src="https://cdn.example.org/media/2026/04/pier-fog-1200.jpg"/>'
        f"<figcaption>{_CAPTION} (Provided photo)</figcaption></figure>"
    )
    article = article_around(figure, lede=lede, title="New ferry timetable", url="https://news.example.org/2026/04/ferry.html")
    image = article.images[0]
    assert image.caption == _CAPTION
    assert [(c.name, c.organization, c.raw) for c in image.credits] == [(None, "Provided", "(Provided photo)")]
