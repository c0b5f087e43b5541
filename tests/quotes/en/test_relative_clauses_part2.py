"""A cue whose subject stands inside a relative clause ("The fire, which officials said was started
deliberately, destroyed two homes"): the report ends where the relative clause does, before the main
clause. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_which_then_the_subject_and_its_cue() -> None:
    assert reported("The fire, which officials said was started deliberately, destroyed two barns.") == [
        "was started deliberately"
    ]


def test_who_then_the_subject_and_its_cue() -> None:
    assert reported("The driver, who witnesses said was speeding, fled the scene on foot.") == ["was speeding"]
