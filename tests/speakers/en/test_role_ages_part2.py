"""The role after an inverted cue's speaker when an age stands first ("said Jane Smith, 45, a teacher
from Leeds"): the role is the appositive after the age. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_role_after_the_age_is_the_speakers() -> None:
    assert said("“It is over,” said Jane Smith, 45, a teacher from Leeds.", "en") == [
        ("Jane Smith", "a teacher from Leeds")
    ]
    # (an age alone is no role)
    assert said("“It is over,” said Jane Smith, 45.", "en") == [("Jane Smith", None)]
