"""After an inverted cue, a name owning a lower-case role with no name of its own ("said Ann Lee's lawyer",
"said Acme's spokesman") is no speaker: the owned role speaks, a description (English).

Found by probing made-up court and politics reports: "“…,” said Sir Tom Hale's spokesman." gave the speaker
"Tom Hale", the man the spokesman speaks for. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_titled_name_owning_a_spokesman() -> None:
    assert said("“We are watching closely,” said Sir Tom Hale's spokesman.", "en") == [
        (None, "Sir Tom Hale's spokesman")
    ]


def test_a_company_owning_a_two_word_role() -> None:
    assert said("“We deny the claims,” said Brightline's chief lawyer.", "en") == [(None, "Brightline's chief lawyer")]


def test_an_owned_role_with_its_own_name_keeps_the_name() -> None:
    assert said("“He is innocent,” said Ann Lee's lawyer, Tom Roe.", "en") == [("Tom Roe", "Ann Lee's lawyer")]
