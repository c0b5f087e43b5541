"""English reported clauses after a cue (made-up sentences)."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import reported


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A bare clause after the cue holds a relative "that": the report starts right after the cue.
        (
            "Mr. Okafor said Ms. Lind designed a route that avoided the old bridge.",
            "Ms. Lind designed a route that avoided the old bridge",
        ),
        (
            "The treasurer said the council wants a budget that balances by spring.",
            "the council wants a budget that balances by spring",
        ),
        # The cue's own "that" after an adverbial or a listener is still the cue's.
        ("The treasurer said on Friday that the budget balances.", "the budget balances"),
        ("The treasurer said Friday that the budget balances.", "the budget balances"),
        ("The treasurer warned the council that the budget was short.", "the budget was short"),
        ("The treasurer said repeatedly that the budget was short.", "the budget was short"),
    ],
)
def test_relative_that_inside_a_bare_clause(text: str, clause: str) -> None:
    assert reported(text) == [clause]


def test_sentence_ends_after_a_double_ascii_closer() -> None:
    # '' closes a quote in wire texts: the full stop inside it ends the sentence, so the next sentence's
    # parenthetical cue reports only that sentence.
    text = "Mr. Adeyemi regretted ''the delays at the port.'' It was, he said, the worst week of the year."
    assert reported(text) == ["It was, he said, the worst week of the year"]


def test_a_sentence_opening_cue_is_no_part_of_a_name() -> None:
    # "Said Okafor, …" opens a sentence with its cue: the person named is Okafor, not "Said Okafor".
    blocks = [
        Block(text="Said Okafor, a baker from the east side: the oven had been broken for weeks."),
        Block(text="“Nobody came,” Okafor said."),
    ]
    names = [q.speaker.name if q.speaker else None for q in find_quotes(blocks, "en")]
    assert names == ["Okafor"]
