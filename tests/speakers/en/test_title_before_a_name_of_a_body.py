"""A title or role written before a person's name, the name then "of" and a body, before the verb: the
title stays in the role beside the body (English).

Found by probing made-up police and science sentences: "Insp Jo Hart of Thames Valley Police said" gave
the role "of Thames Valley Police" alone, where the same words after the verb kept "Insp". Made-up
sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_abbreviated_rank_before_a_name_of_a_force() -> None:
    assert said("“We have arrested a man,” Insp Jo Hart of Thames Valley Police said.", "en") == [
        ("Jo Hart", "Insp of Thames Valley Police")
    ]


def test_a_full_rank_before_a_name_of_a_force() -> None:
    assert said("“Stay away from the river,” Sergeant Tom Bell of Kent Police said.", "en") == [
        ("Tom Bell", "Sergeant of Kent Police")
    ]


def test_a_name_of_a_body_without_a_title_keeps_the_body_alone() -> None:
    assert said("“The data are clear,” Ruth Kay of Lakeside University said.", "en") == [
        ("Ruth Kay", "of Lakeside University")
    ]
