"""对方 after the writer reached someone described by a noun ending in a form of address (该店老板: the shop's boss):
that noun names a person as 店主 does, so 对方 is that person."""

from tests.quote_helpers import said


def test_the_shop_boss_reached_by_the_writer() -> None:
    assert said("记者联系到该店老板，对方表示：“我们会尽快整改。”") == [(None, "该店老板")]


def test_the_shop_boss_then_a_reported_clause() -> None:
    assert said("记者联系到该店老板，对方表示，会尽快整改。") == [(None, "该店老板")]
