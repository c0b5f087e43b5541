""""According to" an unnamed description ("According to the mayor, …"): the description is the speaker's
role, kept whole (it is no role set after a name that the clause might have swallowed). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_according_to_a_description_at_the_sentence_start_keeps_it_as_the_role() -> None:
    assert said("According to the harbour master, the ferry will not sail before Friday.", "en") == [
        (None, "the harbour master")
    ]


def test_according_to_a_description_set_off_inside_the_clause_keeps_it_as_the_role() -> None:
    assert said("The ferry, according to local officials, will not sail before Friday.", "en") == [
        (None, "local officials")
    ]
