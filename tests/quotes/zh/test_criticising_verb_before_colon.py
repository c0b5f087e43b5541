"""A verb of criticising jieba tags a measure word (痛批/q) before a colon: the name before it is the subject who
speaks, the name after it the one criticised (网友王明痛批李华：“…” is 王明's)."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_critic_before_a_criticising_verb_speaks() -> None:
    assert speakers("网友王明痛批李华：“你到底是为了环境，还是为了钱？”") == ["王明"]


def test_the_critic_before_another_criticising_verb_speaks() -> None:
    assert speakers("议员陈大文狠批张国强：“这样的答复根本说不过去。”") == ["陈大文"]
