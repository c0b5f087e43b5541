"""parse_text of empty text: the error names the text handed to it, not a download (Session 60)."""

from __future__ import annotations

import pytest

import cqnews


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\x00\x00", "\u00a0\n"])
def test_empty_text_error_speaks_of_the_text(text: str) -> None:
    with pytest.raises(cqnews.EmptyInputError) as caught:
        cqnews.parse_text(text)
    message = str(caught.value)
    assert "parse_text" in message
    assert "download" not in message


def test_text_of_control_characters_is_named_text() -> None:
    with pytest.raises(cqnews.EmptyInputError, match="the text holds nothing but control characters"):
        cqnews.parse_text("\x01\x02\x03\n\x07")


def test_parse_of_an_empty_str_still_speaks_of_the_download() -> None:
    # parse() takes a page someone fetched: its message stays.
    with pytest.raises(cqnews.EmptyInputError, match="download"):
        cqnews.parse("  \n")
