"""A caption and its credit on one line after a picture label ("Photo: Crews inspect the bridge deck on Tuesday. Jon
Park/Valley Courier", a browser copy of a figure): in a text dump it was left out as a credit line that gave no
credit, the caption lost; in a page's <figcaption> the caption kept its label ("Photo: Crews inspect …"). The caption
proper is read as a labelled caption is, and the credit after it is the picture's (Session 61). Made-up texts."""

from __future__ import annotations

import cqnews
from cqnews.credit_text.photo import labelled_caption, split_photo_credit

LINE = "Photo: Crews inspect the Elm Creek bridge deck on Tuesday. Jon Park/Valley Courier"
DUMP = f"""Bridge repairs to close river road

The county will close River Road between Mill Street and the county line from Monday while crews replace the deck \
of the bridge, the public works department said.

{LINE}

Detours will send drivers along Route 12, adding about ten minutes to the trip for most commuters who use it.
"""


def test_a_dump_line_gives_the_caption_and_its_credit() -> None:
    article = cqnews.parse_text(DUMP)
    assert [image.caption for image in article.images] == ["Crews inspect the Elm Creek bridge deck on Tuesday."]
    credit = article.images[0].credits[0]
    assert (credit.name, credit.organization) == ("Jon Park", "Valley Courier")
    assert not any("gave no credit" in warning for warning in article.extraction.warnings)


def test_a_figcaption_loses_its_label() -> None:
    caption, credits = split_photo_credit(LINE)
    assert caption == "Crews inspect the Elm Creek bridge deck on Tuesday."
    assert [(c.name, c.organization) for c in credits] == [("Jon Park", "Valley Courier")]


def test_credit_lines_stay_credit_lines() -> None:
    for line in (
        "Photo: Lena Marsh/Coastline Press",
        "Photo: Lena Marsh for The Harbour Times.",
        "Photo: supplied by the county council.",
        "Photo: Jon Park/Valley Courier. Crews inspect the deck.",
    ):
        assert labelled_caption(line) is None, line


def test_labels_in_a_row_are_no_caption_and_stay_bounded() -> None:
    assert labelled_caption("Photo: " * 3000 + "Crews inspect the deck on Tuesday. Jon Park/Valley Courier") is None


def test_a_caption_line_after_the_last_paragraph_keeps_the_body_going() -> None:
    # (The line ends in no full stop: the body stopped before it, and the caption and the sentence after it were lost.)
    dump = DUMP.replace(f"{LINE}\n\n", "") + f"\n{LINE}\n\nResidents can sign up for alerts on the county's website.\n\nRead more\n"
    article = cqnews.parse_text(dump)
    assert [image.caption for image in article.images] == ["Crews inspect the Elm Creek bridge deck on Tuesday."]
    assert article.body[-1].text == "Residents can sign up for alerts on the county's website."
