"""A relative named again by the kin noun alone (女儿说) is the person that noun stood before (女儿汤兰兰)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_daughter_named_before_speaks() -> None:
    found = said("万秀玲说，女儿汤兰兰那年十四岁。女儿说，她不想回家。")
    assert found[-1] == ("汤兰兰", "女儿")


def test_a_daughter_never_named_stays_unnamed() -> None:
    assert said("女儿说，她不想回家。") == [(None, "女儿")]
