"""Verbs of the manner of speaking that tabloid and local pages put after a quote ("she beamed", "he grinned",
"she sobbed") are its cue, as "she laughed" is: the quote is hers, not unattributed. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize("verb", ["beamed", "grinned", "smiled", "sobbed", "wept", "raged"])
def test_a_manner_verb_after_the_quote(verb: str) -> None:
    assert (
        said_in_en(
            "Rosie Flint, 71, from Hull, said the win had come as a shock.",
            "The grandmother said she would spend some of it on a holiday.",
            f'"I never thought a little shop like ours could win," she {verb}.',
        )[-1][0]
        == "Rosie Flint"
    )
