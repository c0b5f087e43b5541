"""The sentence start speaks for a weak cue ("A review of 26 studies found that …") only when it is one phrase."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    "sentence",
    [
        # "for fear that": no one's report, and the clause before it is no speaker
        "The mayor's habit of changing the plan has made the council wary of new promises, for fear that he "
        "will only ask for more.",
        # the sentence start holds a clause and a conjunction before the cue's own subject ("it")
        "She stays out of the news and keeps her account private, though it does seem to suggest that she goes "
        "by the nickname Becca.",
    ],
)
def test_a_clause_before_a_weak_cue_is_no_speaker(sentence: str) -> None:
    roles = [q.speaker.role for q in find_quotes([Block(text=sentence)], "en") if q.speaker is not None]
    assert all(role is None or ", " not in role for role in roles)


def test_a_phrase_set_off_by_commas_still_speaks() -> None:
    (quote,) = find_quotes([Block(text="A review of 26 studies, published in May, found that the drug works.")], "en")
    assert quote.text == "the drug works"
    assert quote.speaker is not None and quote.speaker.role == "A review of 26 studies, published in May"
