"""English reports inside relative clauses: where the report ends.

A report inside a relative clause on a name ("Hale, who said …, gave no reason"): the report ends where
the main verb comes back, whatever its form. Made-up sentences only.

A cue whose subject stands inside a relative clause ("The fire, which officials said was started
deliberately, destroyed two homes"): the report ends where the relative clause does, before the main
clause. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import quotes_found, reported


def test_an_irregular_main_verb_ends_the_report() -> None:
    assert quotes_found("Tom Hale, who said the plant would close by June, gave no reason.") == [
        ("indirect", "the plant would close by June", "Tom Hale")
    ]


def test_which_then_the_subject_and_its_cue() -> None:
    assert reported("The fire, which officials said was started deliberately, destroyed two barns.") == [
        "was started deliberately"
    ]


def test_who_then_the_subject_and_its_cue() -> None:
    assert reported("The driver, who witnesses said was speeding, fled the scene on foot.") == ["was speeding"]
