"""A text dump's lone "Photo: …" line (Session 60): a caption is kept as the caption of a picture the dump does not
hold, a credit as the photographer's credit, and a credit line that gives no credit is named in a warning; none
disappears unseen. Made-up dumps."""

from __future__ import annotations

import pytest

import cqnews

TITLE = "Ferry terminal plan approved"
LEDE = (
    "The harbour board on Tuesday approved plans for a new ferry terminal on the eastern shore, officials said "
    "after a long meeting."
)
MORE = "Work on the quay is due to start in the spring and will take about two years, the board's chair told reporters."


def _dump(line: str, where: str) -> str:
    parts = {"top": [TITLE, line, LEDE, MORE], "middle": [TITLE, LEDE, line, MORE], "end": [TITLE, LEDE, MORE, line]}
    return "\n\n".join(parts[where]) + "\n"


@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_a_photo_caption_line_is_a_caption(where: str) -> None:
    article = cqnews.parse_text(_dump("Photo: The new terminal as seen from the water at dusk.", where))
    assert [image.caption for image in article.images] == ["The new terminal as seen from the water at dusk."]
    assert article.images[0].src is None
    assert article.headline == TITLE
    assert [block.text for block in article.body] == [LEDE, MORE]
    assert not any(credit.organization and "terminal" in credit.organization for credit in article.credits)


def test_a_picture_label_in_lower_case_words() -> None:
    article = cqnews.parse_text(_dump("Picture: crowds on the old quay last summer.", "middle"))
    assert [image.caption for image in article.images] == ["crowds on the old quay last summer."]
    assert article.images[0].position == 1


@pytest.mark.parametrize("line", ["Photo: Nils Ekberg/Harbour Courier", "Photo: Nils Ekberg for The Harbour Courier."])
def test_a_photo_credit_line_stays_a_credit(line: str) -> None:
    article = cqnews.parse_text(_dump(line, "middle"))
    photographers = [credit for credit in article.credits if credit.role.value == "photographer"]
    assert [credit.name for credit in photographers] == ["Nils Ekberg"]
    assert article.images == []


def test_a_credit_line_that_gives_no_credit_is_named_in_a_warning() -> None:
    article = cqnews.parse_text(_dump("Photo: 2024", "middle"))
    assert any("gave no credit" in warning and "Photo: 2024" in warning for warning in article.extraction.warnings)


def test_a_caption_and_its_credit_on_one_line() -> None:
    # (Session 61: this line was named in the warning above, its caption lost.)
    line = "Photo: The new terminal as seen from the water at dusk. Nils Ekberg/Harbour Courier"
    article = cqnews.parse_text(_dump(line, "middle"))
    assert [image.caption for image in article.images] == ["The new terminal as seen from the water at dusk."]
    assert [credit.name for credit in article.images[0].credits] == ["Nils Ekberg"]


# Credit lines that end in a lower-case word, as a caption's sentence does: the giver, the way the picture was got or
# the photographer's name says they are credits (review of Session 60), and they stay credit lines, read as before.
@pytest.mark.parametrize(
    "line",
    [
        "Photo: supplied by the county council.",
        "Photo: handout from the ministry of health.",
        "Photo: courtesy of the rowing club.",
        "Image: screenshot from the council's video.",
        "Photos: provided by the fire service.",
        "Photo: Ministry of Transport handout.",
        "Photo: istock by getty images.",
    ],
)
def test_a_giver_or_origin_credit_line_is_no_caption(line: str) -> None:
    article = cqnews.parse_text(_dump(line, "middle"))
    assert [image.caption for image in article.images if image.caption] == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Photo: Nils Ekberg, staff photographer.", "Nils Ekberg"),
        ("Photo: Nils Ekberg for the courier.", "Nils Ekberg"),
        ("Photo: Ines Vidal, special to the courier.", "Ines Vidal"),
    ],
)
def test_a_photographer_line_in_lower_case_words_stays_a_credit(line: str, name: str) -> None:
    article = cqnews.parse_text(_dump(line, "middle"))
    photographers = [credit for credit in article.credits if credit.role.value == "photographer"]
    assert [credit.name for credit in photographers] == [name]
    assert article.images == []
