"""An age after an English speaker's name is no role; the role is what follows it.

An age set off by commas after a name is no role ("Maria Lopez, 45, said"). Made-up sentences only.

The role after an inverted cue's speaker when an age stands first ("said Jane Smith, 45, a teacher
from Leeds"): the role is the appositive after the age. Made-up sentences only.
"""

from __future__ import annotations

from cqnews.enrich.speakers.role_text_en import without_age
from tests.quote_helpers import said


def test_an_age_alone_is_no_role() -> None:
    assert said('"We lost the final," said Maria Lopez, 45.', "en") == [("Maria Lopez", None)]
    assert said("Lopez, 45, insisted the club had done nothing wrong.", "en") == [("Lopez", None)]


def test_the_role_after_an_age_is_kept() -> None:
    assert said("Lopez, 45, a teacher, said the school was closed.", "en") == [("Lopez", "a teacher")]


def test_without_age_keeps_other_roles() -> None:
    assert without_age("a retired miner") == "a retired miner"
    assert without_age("62, a retired miner") == "a retired miner"
    assert without_age("62") is None
    assert without_age("2024 candidate") == "2024 candidate"


def test_the_role_after_the_age_is_the_speakers() -> None:
    assert said("“It is over,” said Jane Smith, 45, a teacher from Leeds.", "en") == [
        ("Jane Smith", "a teacher from Leeds")
    ]
    # (an age alone is no role)
    assert said("“It is over,” said Jane Smith, 45.", "en") == [("Jane Smith", None)]
