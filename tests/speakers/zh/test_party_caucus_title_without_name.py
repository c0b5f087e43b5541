"""国民党团总召表示，…: a party or its caucus and the title of its legislator or whip (总召, 立委), no name after it, is
the office's unnamed holder (speaker null, the phrase its role), as 民进党团书记长 already was, no organisation. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_caucus_whip_without_a_name_is_a_role() -> None:
    assert said("國民黨團總召表示，預算案將在下週送交委員會審查。") == [(None, "國民黨團總召")]
    assert said("民进党团总召表示，这项法案本会期一定要完成三读。") == [(None, "民进党团总召")]


def test_a_partys_legislator_without_a_name_is_a_role() -> None:
    assert said("国民党立委表示，交通部应尽快公布调查报告。") == [(None, "国民党立委")]


def test_the_title_before_a_name_and_the_caucus_alone_are_unchanged() -> None:
    assert said("民进党团总召柯志明表示，这项法案本会期一定要完成三读。") == [("柯志明", "民进党团总召")]
    assert said("国民党团表示，预算案将在下周送交委员会审查。") == [("国民党团", None)]
