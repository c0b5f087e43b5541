"""A ranking ("world No. 2", "No. 3 seed") before or after a name is the role: its "No." ends no sentence.

Found by probing made-up sports reports: "said world No. 2 Ann Cole" gave no speaker and the role "world No"
(the full stop of "No." read as the sentence's end), "said No. 3 seed Ann Cole" the speaker "No", and "said Ann
Cole, the world No. 2." the role "the world No". Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_ranking_before_the_name() -> None:
    assert said("“It is a dream,” said world No. 2 Ann Cole.", "en") == [("Ann Cole", "world No. 2")]


def test_ranking_before_the_name_and_a_time() -> None:
    assert said("“It is a dream,” said world No. 2 Ann Cole after the match.", "en") == [("Ann Cole", "world No. 2")]


def test_seed_before_the_name() -> None:
    assert said("“It is a dream,” said No. 3 seed Ann Cole.", "en") == [("Ann Cole", "No. 3 seed")]


def test_ranking_after_the_name_ends_the_sentence() -> None:
    assert said("“It is a dream,” said Ann Cole, the world No. 2.", "en") == [("Ann Cole", "the world No. 2")]


def test_no_without_a_number_still_opens_a_sentence() -> None:
    assert said("“It is a dream,” said Ann Cole. No one agreed.", "en") == [("Ann Cole", None)]
