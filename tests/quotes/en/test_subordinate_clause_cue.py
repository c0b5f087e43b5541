"""A cue inside a subordinate clause that opens the sentence ("When Trump suggested that …, Rubio fired
back: “…”") reports only up to the comma that closes that clause; the quote after the main clause is
its subject's. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_the_main_clause_subject_speaks_the_colon_quote() -> None:
    text = (
        "When Tom Hale suggested that the city would sue the state, Ann Ruiz fired back: "
        "“If they sue us, they are going to lose.”"
    )
    assert quotes_found(text) == [
        ("indirect", "the city would sue the state", "Tom Hale"),
        ("direct", "If they sue us, they are going to lose.", "Ann Ruiz"),
    ]
