"""The forward name reader cuts a sentence's full stop off a copy: the caller's token list stays as it was."""

from __future__ import annotations

import pytest

from cqnews.enrich.speakers.subject_after import name_forward
from cqnews.enrich.speakers.token_reader import tokens


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("Ministry of Transport spokesperson Dana Whitfield.", "Dana Whitfield", "Ministry of Transport spokesperson"),
        ("a Navy representative.", "a Navy representative", "a Navy representative"),
    ],
)
def test_name_forward_leaves_the_callers_tokens_alone(text: str, mention: str, role: str) -> None:
    toks = tokens(text, 0, len(text))
    before = [(tok.text, tok.start, tok.end) for tok in toks]
    who = name_forward(text, toks)
    assert who is not None and (who.mention, who.role) == (mention, role)
    assert [(tok.text, tok.start, tok.end) for tok in toks] == before  # "Whitfield." keeps its full stop
