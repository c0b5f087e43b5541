"""A bare time phrase right after an adverbial between a cue and its bare clause ("said in a statement Tuesday the
…", "said at the inquest in Truro last week the …", "said in an interview this week the …") is stepped over as the
adverbial is; then only a determiner or a pronoun opens the clause."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The bakery said in a statement Tuesday the shop would close.", "the shop would close"),
        ("The coroner said at the inquest in Truro last week the death was accidental.", "the death was accidental"),
        ("The mayor said in an interview this week the town would bid again.", "the town would bid again"),
        ("The rowing club said in a statement Monday night the coach had left.", "the coach had left"),
    ],
)
def test_a_time_phrase_after_the_adverbial(text: str, clause: str) -> None:
    assert reported(text) == [clause]


def test_a_name_after_the_time_phrase_opens_no_clause() -> None:
    assert reported("The bakery said in a statement Tuesday Night Market stalls were busy.") == []
