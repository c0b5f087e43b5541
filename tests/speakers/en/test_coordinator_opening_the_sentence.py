"""A coordinator opening the sentence before a subject with an apposition ("But Mark Olsen, a senator from
Ohio, said, “…”", "And Olsen, a senator, said: “…”"): the subject speaks, as without the coordinator. Before,
no subject was read and the quote was dropped. A coordinator inside the sentence ("The mayor, and Tom Hale,
a lawyer, said") is left as it was. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_but_before_a_name_and_its_role() -> None:
    text = "But Mark Olsen, a senator from Ohio, said, “He has a great list.”"
    assert said(text, "en") == [("Mark Olsen", "a senator from Ohio")]


def test_and_after_a_sentence_before_a_surname_and_its_role() -> None:
    text = "The plan failed. And Olsen, a senator from Ohio, said: “He has a great list.”"
    assert said(text, "en") == [("Olsen", "a senator from Ohio")]


def test_but_before_a_titled_name_and_a_participle() -> None:
    text = "But Sen. Mark T. Olsen, noting the size of the crowds, said, “He has a great mailing list.”"
    assert said(text, "en") == [("Mark T. Olsen", "Sen.")]
