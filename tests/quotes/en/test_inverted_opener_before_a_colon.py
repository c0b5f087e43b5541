"""A reporting verb opening the sentence with its subject after it, right before a colon ("Said Mayor Karen Bass:
“…”", "Added Governor Ann Lee:"), names the speaker; the verb is no part of the role. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_titled_name_after_an_opening_verb() -> None:
    assert said('Added Governor Tomasz Brill: "We will reopen the bridge by spring."', language="en") == [
        ("Tomasz Brill", "Governor")
    ]


def test_description_after_an_opening_verb() -> None:
    assert said('Said one shopkeeper: "Nobody has come in all week."', language="en") == [(None, "one shopkeeper")]
