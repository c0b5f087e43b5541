"""A quote whose own closing mark never comes, closed by the mark of the other pair (王明说：「…。”, 他说：“…。」: the closing
mark mistyped), ends at that mark: the text leaves it out and a quote after it is found on its own; a mark of the other
pair opening first keeps the quote open as before."""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_corner_quote_closed_by_a_curly_mark() -> None:
    assert texts_in("村主任说：「路已经修到家门口了。”") == ["路已经修到家门口了。"]
    assert texts_in("「路已经修到家门口了。”村主任说。他又补充：“明年还要装路灯。”") == [
        "路已经修到家门口了。",
        "明年还要装路灯。",
    ]


def test_curly_quote_closed_by_a_corner_mark() -> None:
    assert texts_in("村主任说：“路已经修到家门口了。」") == ["路已经修到家门口了。"]
