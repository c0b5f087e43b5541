"""Participle phrases around an English speaker tell what they did: no role.

A participle phrase set off after a subject before its cue ("Adeyemi, asked about the bill, said …",
"…, speaking to reporters, said") tells what the speaker did: no role. A participle before a noun
("a retired teacher") is one. Made-up sentences only.

A participle phrase after an inverted speaker ("said Olsen, shaking his head") tells what the speaker did:
it is no role, while a participle that qualifies a role noun ("managing director") is. Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_past_participle_with_its_complement_is_no_role() -> None:
    assert said("Adeyemi, asked about the bill, said she would vote against it.", "en") == [("Adeyemi", None)]


def test_a_present_participle_with_its_complement_is_no_role() -> None:
    assert said("Kemi Adeyemi, speaking to reporters, said she would vote against it.", "en") == [
        ("Kemi Adeyemi", None)
    ]
    # (a participle before a noun stays in the role)
    assert said("Kemi Adeyemi, a retired teacher, said she would vote against it.", "en") == [
        ("Kemi Adeyemi", "a retired teacher")
    ]


def test_a_prepositional_phrase_set_off_after_the_subject_is_no_role() -> None:
    assert said("Kemi Adeyemi, like many others, said she would vote against it.", "en") == [("Kemi Adeyemi", None)]


def test_a_participle_with_its_object_is_no_role() -> None:
    assert said('"What did they expect?" said Peter Olsen, shaking his head.', "en") == [("Peter Olsen", None)]
    # (a participle before a role noun qualifies the role)
    assert said('"We will rebuild," said Peter Olsen, acting mayor, on Friday.', "en") == [("Peter Olsen", "acting mayor")]


def test_a_participle_with_a_preposition_is_no_role() -> None:
    assert said('"We will rebuild," said Peter Olsen, standing in front of the ruins.', "en") == [
        ("Peter Olsen", None)
    ]


def test_an_adverb_and_a_past_participle_are_no_role() -> None:
    assert said('"We will rebuild," said Peter Olsen, visibly moved.', "en") == [("Peter Olsen", None)]
