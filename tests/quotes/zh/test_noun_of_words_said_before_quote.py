"""A quote right after a noun of words said with its owner's 的 and 是 (父亲留下的遗言是“…”, 他的口头禅是“…”, 村支书的原话
是“…”) is words said, a slogan's shape (慢慢来，不着急) included; before, with no cue touching it and no person read as its
owner, it was dropped as a term. A quote after a noun of no words said (主题是“绿色出行”, 梦想是“…”) stays no quote."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def test_quote_after_a_noun_of_words_said_is_words_said() -> None:
    assert [t for t, _ in direct_said("爷爷临终前留下的遗言是“好好照顾奶奶”。", language="zh")] == ["好好照顾奶奶"]
    assert [t for t, _ in direct_said("老周的口头禅是“慢慢来，不着急”。", language="zh")] == ["慢慢来，不着急"]
    assert [t for t, _ in direct_said("主任的原话是“谁家有难处就来找我”。", language="zh")] == ["谁家有难处就来找我"]


def test_quote_after_other_nouns_stays_no_quote() -> None:
    assert direct_said("这次活动的主题是“绿色出行”。", language="zh") == []
    assert direct_said("他的梦想是“当一名飞行员”。", language="zh") == []
