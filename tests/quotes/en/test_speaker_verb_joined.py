"""A past form joined by "and"/"but" after a modal's clause or a noun-phrase object is the speaker's own verb, outside
the report ("said the pool would reopen in May and apologised for the delay"); a clause with a past form or an
auxiliary of its own keeps the joined verb ("said the suspect fled on foot and hid in a barn")."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "The water board said the lido would reopen in June and apologised for the delay.",
            "the lido would reopen in June",
        ),
        (
            "Police said the driver would appear in court on Friday and released a photo of the lorry.",
            "the driver would appear in court on Friday",
        ),
        (
            "The harbour master warned that the quay could flood and closed the car park by the slipway.",
            "the quay could flood",
        ),
        (
            "The bakery chain announced a new head of finance and raised its forecast for the year.",
            "a new head of finance",
        ),
        (
            "The spokesman said the ministry would review the case and then declined to comment further.",
            "the ministry would review the case",
        ),
    ],
)
def test_the_speakers_joined_verb_ends_the_report(text: str, clause: str) -> None:
    assert reported(text) == [clause]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Police said the suspect fled on foot and hid in a barn.", "the suspect fled on foot and hid in a barn"),
        ("The firm said it has cut jobs and closed two plants.", "it has cut jobs and closed two plants"),
        (
            "The mayor said the road will be closed and diverted for a month.",
            "the road will be closed and diverted for a month",
        ),
        ("The firm said it would close the plant and cut 300 jobs.", "it would close the plant and cut 300 jobs"),
        (
            "The judge confirmed that the dog bit the boy and fled to the woods.",
            "the dog bit the boy and fled to the woods",
        ),
        ("The prosecutor described the attack as cowardly and planned.", "the attack as cowardly and planned"),
        ("The club confirmed the deal and thanked his old team.", "the deal and thanked his old team"),
    ],
)
def test_a_clause_with_its_own_tense_keeps_the_joined_verb(text: str, clause: str) -> None:
    assert reported(text) == [clause]
