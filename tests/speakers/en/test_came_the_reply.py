""" "“…,” came the reply from X.": the speaker follows "from"; without "from" nobody is named. Sentences
are made up."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_came_the_reply_from_a_titled_name() -> None:
    assert quotes_found("“Absolutely not,” came the reply from Senator Jane Roe.") == [
        ("direct", "Absolutely not,", "Jane Roe")
    ]


def test_came_the_swift_answer_from_a_name() -> None:
    assert quotes_found("“Not this year,” came the swift answer from Tom Hale.") == [("direct", "Not this year,", "Tom Hale")]


def test_was_the_response_from_a_name() -> None:
    assert quotes_found("“We will appeal,” was the response from Rosa Vint.") == [("direct", "We will appeal,", "Rosa Vint")]
