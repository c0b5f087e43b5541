"""Shortcuts that skip work on the decoded text must give what the full checks give."""

from __future__ import annotations

import pytest

from cqnews.decoding import decode, utf8_free_of_controls
from cqnews.document import parse_tree
from cqnews.options import DEFAULT_OPTIONS

_PAGE = "<html><body><p>{}</p></body></html>"


@pytest.mark.parametrize(
    ("data", "free"),
    [
        ("Café in Zürich, “quoted”\n\tand tabbed\r\n".encode(), True),
        (b"a\x0bb", False),  # vertical tab: the parse turns it into a space
        (b"a\x01b", False),
        ("a\ufffeb".encode(), True),  # no control: the parse looks for U+FFFE and U+FFFF in the text itself
        ("full-width ！ and ｆ".encode(), True),  # other characters that start with EF in UTF-8
    ],
)
def test_utf8_free_of_controls(data: bytes, free: bool) -> None:
    assert utf8_free_of_controls(data) is free


def test_no_controls_parse_equals_full_check() -> None:
    text = _PAGE.format("The mayor’s plan, said Anna Roe.")
    assert utf8_free_of_controls(text.encode())
    plain = parse_tree(text, DEFAULT_OPTIONS).findtext(".//p")
    assert parse_tree(text, DEFAULT_OPTIONS, no_controls=True).findtext(".//p") == plain == "The mayor’s plan, said Anna Roe."


def test_unsafe_characters_still_handled_from_bytes() -> None:
    import cqnews

    article = cqnews.parse(_PAGE.format("The bridge opened\x0con Monday after years of work and debate.").encode())
    assert article.body[0].text == "The bridge opened on Monday after years of work and debate."


def test_noncharacters_removed_when_controls_were_checked_on_the_bytes() -> None:
    text = _PAGE.format("one\ufffetwo\uffff")
    assert parse_tree(text, DEFAULT_OPTIONS, no_controls=True).findtext(".//p") == "onetwo"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("A&#1;B &#x41;", "AB A"),  # a control character's reference is dropped, a letter's kept
        ("form&#12;feed", "form feed"),
        ("&#xD800;lone", "\ufffdlone"),  # a reference to no character is U+FFFD, as browsers show it
        ("&#;&#x;&#65", "&#;&#x;A"),  # not references (no digits) stay text
        ("&#0000000000065;", "A"),
        ("&#99999999;x", "\ufffdx"),
    ],
)
def test_character_references(paragraph: str, expected: str) -> None:
    assert parse_tree(_PAGE.format(paragraph), DEFAULT_OPTIONS).findtext(".//p") == expected


def test_nul_removed_with_or_without_zero_bytes() -> None:
    assert decode(b"<p>a\x00b</p>").text == "<p>ab</p>"
    assert decode("<p>äb</p>".encode()).text == "<p>äb</p>"
