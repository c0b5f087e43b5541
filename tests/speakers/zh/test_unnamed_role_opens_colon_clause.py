"""A quote after a colon whose clause has no cue and opens with an unnamed person, a common noun of a person or of an
office with a verb right after it (法官批评被告：“…”, 审判长训诫被告人：“…”, 民警拍了拍他的肩膀：“…”): that person says it,
the noun the role, as a named person opening such a clause does (王明批评李华：“…”). Before, nobody. Every sentence is
made up; each expected value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_court_officer_opens_the_clause() -> None:
    assert said("法官批评被告：“你完全没有考虑受害人的感受。”") == [(None, "法官")]
    assert said("审判长训诫被告人：“要深刻反省。”") == [(None, "审判长")]
    assert said("法官批評被告：「你完全沒有考慮受害人的感受。」") == [(None, "法官")]


def test_other_person_noun_opens_the_clause() -> None:
    assert said("民警拍了拍他的肩膀：“别怕，没事了。”") == [(None, "民警")]


def test_owned_words_have_no_speaker() -> None:
    assert said("民警的话：“注意安全。”") == [(None, None)]
