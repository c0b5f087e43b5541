"""Two words of manner joined by 而 before 地 and the cue (骄傲而委屈地回应): all of it says how, none of it who; with
no subject in the clause, the one before speaks.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_proud_and_hurt_with_no_subject() -> None:
    assert speakers("王明被网民认出后，骄傲而委屈地回应：“我只是做了该做的事。”") == ["王明"]


def test_helpless_and_calm_with_no_subject() -> None:
    assert speakers("李华出门后，无奈而平静地说：“我只是做了该做的事。”") == ["李华"]


def test_with_the_subject_written() -> None:
    assert speakers("王明骄傲而委屈地回应：“我只是做了该做的事。”") == ["王明"]
