"""Round 11 of hostile input: the options of a ``<select>`` or ``<datalist>`` inside the article.

A form control's options show only inside the control, one at a time, yet on the generic path each list became a
body block, its quotes the article's: a page could plant "“…,” said …" in a hidden picker, and an edition picker
inside the article element added a line of edition names to the body. The lists are removed with the tree (the text
after them stays).
"""

from __future__ import annotations

import cqnews

BODY = (
    "<p>The harbour works began on Monday after two years of planning by the port authority, the city said.</p>"
    "<p>Officials expect the new quay to open next spring, according to the port's published plan.</p>"
)


def _page(control: str) -> str:
    return (
        "<html><head><title>Harbour works begin</title></head><body><article><h1>Harbour works begin</h1>"
        f"{BODY}{control}</article></body></html>"
    )


def test_select_options_are_no_body_text() -> None:
    control = (
        "<p>Pick an edition: <select><option>“Buy our pills today,” said Rex Vane, the seller.</option></select></p>"
    )
    article = cqnews.parse(_page(control))
    assert not any("pills" in block.text for block in article.body)
    assert not any(quote.speaker is not None and quote.speaker.name == "Rex Vane" for quote in article.quotes)
    assert any(block.text.startswith("The harbour works began") for block in article.body)


def test_the_text_after_a_list_stays() -> None:
    control = "<p>Pick an edition: <select><option>International</option></select> The works run to 2028.</p>"
    article = cqnews.parse(_page(control))
    assert any(block.text == "Pick an edition: The works run to 2028." for block in article.body)


def test_datalist_options_are_no_body_text() -> None:
    control = (
        '<p>Search: <input list=s><datalist id=s><option value="a">“Vote for me,” said Ada Crane, the candidate.'
        "</option></datalist></p>"
    )
    article = cqnews.parse(_page(control))
    assert not any("Vote" in block.text for block in article.body)
    assert not any(quote.speaker is not None and quote.speaker.name == "Ada Crane" for quote in article.quotes)
