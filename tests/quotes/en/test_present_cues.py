"""English bare reported clauses (made-up sentences): after the present-tense cue that is a noun too
("states"), and with a negative contraction as the clause's auxiliary ("she didn't need"). Found by the
cue/stated run of benchmarks/speaker_invariance.py: "says" swapped for "states" lost a report and, with
it, the speaker of every quote credited to "it" and "they" after it."""

from __future__ import annotations

import pytest

from tests.quote_helpers import indirect_said


def test_states_reports_a_bare_clause() -> None:
    assert indirect_said("Nadia Holm states she did not need a permit for the ferry pier.") == [
        ("she did not need a permit for the ferry pier", "Nadia Holm")
    ]


@pytest.mark.parametrize(
    "text", ["Twelve of the states she has visited are in the north.", "All the states we have seen are dry."]
)
def test_the_noun_reports_nothing(text: str) -> None:
    assert indirect_said(text) == []


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Nadia Holm reported she didn't need a permit for the pier.", "she didn't need a permit for the pier"),
        ("Nadia Holm reported she doesn’t need a permit for the pier.", "she doesn’t need a permit for the pier"),
        ("The firm states it wasn't told about the pier.", None),
        ("Nadia Holm states they haven't paid for the pier yet.", "they haven't paid for the pier yet"),
    ],
)
def test_negative_contraction_is_a_finite_verb(text: str, report: str | None) -> None:
    """ "didn't" reads as "didn" + "t": the stem is the auxiliary after the subject of a bare clause."""
    found = indirect_said(text)
    if report is None:  # an unnamed firm: the clause is reported, its speaker left to the resolver
        assert [t for t, _ in found] == ["it wasn't told about the pier"]
    else:
        assert found == [(report, "Nadia Holm")]
