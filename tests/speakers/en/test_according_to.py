""""According to" a description or a pronoun (English).

"According to" an unnamed description ("According to the mayor, …"): the description is the speaker's
role, kept whole (it is no role set after a name that the clause might have swallowed). Made-up sentences.

"According to him/her": the object pronoun stands for the person named before, like "he said" does; a
possessive ("according to her lawyer") stays a description. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in


def test_according_to_a_description_at_the_sentence_start_keeps_it_as_the_role() -> None:
    assert said("According to the harbour master, the ferry will not sail before Friday.", "en") == [
        (None, "the harbour master")
    ]


def test_according_to_a_description_set_off_inside_the_clause_keeps_it_as_the_role() -> None:
    assert said("The ferry, according to local officials, will not sail before Friday.", "en") == [
        (None, "local officials")
    ]


def test_according_to_him_names_the_man_before() -> None:
    assert speakers_in(
        "Tom Hale spoke to reporters on Monday.",
        "According to him, the depot will close before the end of the year.",
        language="en",
    ) == ["Tom Hale"]


def test_according_to_her_at_the_sentence_end() -> None:
    assert speakers_in(
        "Ana Silva met the board on Monday.",
        "The depot will close before the end of the year, according to her.",
        language="en",
    ) == ["Ana Silva"]
