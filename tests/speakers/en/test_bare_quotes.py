"""An English quote with no cue after a sentence whose subject is a named person: that person's words.

An English quote with no cue of its own, after a sentence of its paragraph whose subject is a named
person ("Hillary Lane touted her record. “…”"): that person's words. Sentences are made up.

A direct quote opening its paragraph with no cue, after a paragraph of the writer's whose last
sentence has a named person as its subject ("Ann Ward spoke to reporters on Monday." / "“…”"): that
person says it, and a bare quote paragraph after it goes on with them. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import direct_said, speakers_in


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(text[:12], speaker) for text, speaker in direct_said(*paragraphs)]


def test_the_subject_of_the_sentence_before_says_the_quote() -> None:
    got = _speakers(
        "Ann Vole spoke first at the hall.",
        "Marta Quill touted her record as a sponsor of the bill. “We need to find ways to help the workers who want a union.”",
    )
    assert got == [("We need to f", "Marta Quill")]


def test_a_surname_subject_is_the_person_named_in_full_before() -> None:
    got = _speakers(
        "Marta Quill and Ann Vole spoke at the hall on Monday.",
        "Quill agreed with the plan. “Mainstream voters are running out of time to find someone new.”",
    )
    assert got == [("Mainstream v", "Marta Quill")]


def test_a_sentence_without_a_named_subject_gives_no_speaker() -> None:
    got = _speakers(
        "Marta Quill spoke at the hall on Monday.",
        "The crowd was quiet for a long time. “Nobody here knows what will happen to the old mill next year.”",
    )
    assert got == [("Nobody here ", None)]


def test_a_cue_after_the_quote_still_wins() -> None:
    got = _speakers(
        "Marta Quill and Ann Vole spoke at the hall on Monday.",
        "Quill agreed with the plan. “Mainstream voters are running out of time,” Vole said.",
    )
    assert got == [("Mainstream v", "Ann Vole")]


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
