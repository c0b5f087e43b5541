"""A participle phrase set off after a subject before its cue ("Adeyemi, asked about the bill, said …",
"…, speaking to reporters, said") tells what the speaker did: no role. A participle before a noun
("a retired teacher") is one. Made-up sentences only."""

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
