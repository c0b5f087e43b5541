"""A name with a noun of kin right after it (王明女儿) opening the clause of a quote names the relative, not the
person named: the words are the relative's, never 王明's.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_daughter_opening_the_clause_speaks_not_her_father() -> None:
    # No cue: the clause's subject is 王明女儿, who is not named; 王明 says nothing.
    assert speakers("王明是一名医生。王明女儿很难过，“爸爸的时间全部给了病人”。") == [None]


def test_a_colleague_opening_the_clause_speaks_not_the_one_named() -> None:
    assert speakers("李华同事有些激动，“这件事我们早就提醒过他”。") == [None]
