"""A short quote of words said opening its paragraph, a comma after it, then a clause naming a person who does
something that is no cue (“真的很贴心”，王丽评价。, “一点不后悔”，张伟摇摇头。): that person says it, as for a long
quote. Every sentence is made up; the expected speakers are read off them."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_person_after_a_short_quote_and_a_comma_says_it() -> None:
    assert speakers("“真的很贴心”，王丽评价。") == ["王丽"]
    assert speakers("“一点不后悔”，张伟摇摇头。") == ["张伟"]


def test_a_cue_after_the_quote_is_read_as_before() -> None:
    assert speakers("“不去了”，老赵如此回应。") == ["老赵"]
