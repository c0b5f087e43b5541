"""A direct quote opening its paragraph with no cue, after a paragraph of the writer's whose last
sentence has a named person as its subject ("Ann Ward spoke to reporters on Monday." / "“…”"): that
person says it, and a bare quote paragraph after it goes on with them. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_bare_quote_paragraph_takes_the_subject_of_the_sentence_before() -> None:
    assert speakers_in(
        "Ann Ward spoke to reporters on Monday.",
        "“The department is no longer about equal justice.”",
        language="en",
    ) == ["Ann Ward"]
    assert speakers_in(
        "The vote was close. Senator Tom Reyes was not pleased with the result.",
        "“We lost by two votes, and we will be back next year.”",
        "“The fight is not over.”",
        language="en",
    ) == ["Tom Reyes", "Tom Reyes"]
    # (only the last sentence of the paragraph before counts: a person named in an earlier sentence of the paragraph is not the subject just before)
    assert speakers_in(
        "Senator Tom Reyes lost the vote. The chamber then moved on to the budget.",
        "“We lost by two votes, and we will be back next year.”",
        language="en",
    ) == [None]


def test_a_description_subject_before_a_bare_quote_points_back_to_its_person() -> None:
    assert speakers_in(
        "Senator Tom Reyes lost the vote on Monday.",
        "The senator was defiant.",
        "“We lost by two votes, and we will be back next year.”",
        language="en",
    ) == ["Tom Reyes"]
    # (a description that names nobody gives no speaker)
    assert speakers_in(
        "Senator Tom Reyes lost the vote on Monday.",
        "The chamber moved on.",
        "“We lost by two votes, and we will be back next year.”",
        language="en",
    ) == [None]
