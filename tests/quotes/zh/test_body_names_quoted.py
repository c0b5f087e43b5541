"""The name of a body set up, a noun phrase in quote marks (成立了“爱心协会”, 组建了“红马甲服务队”), is a thing named,
not words said, though a cue stands before it in the sentence; words said that end in a body's word (“多亏了合作社”)
stay quotes. Made-up sentences; the expected quotes are read from them."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def _direct(text: str) -> list[str]:
    return [said for said, _ in direct_said(text, language="zh")]


def test_body_named_is_no_quote() -> None:
    assert _direct("王明说，去年他们成立了“爱心协会”，专门帮助困难群众。") == []
    assert _direct("李华说，他们组建了“红马甲服务队”。") == []


def test_words_said_ending_in_a_body_stay_quotes() -> None:
    assert _direct("村民说：“多亏了合作社”。") == ["多亏了合作社"]
    assert direct_said("“多亏了合作社”，村民王大爷说。", language="zh") == [("多亏了合作社", "王大爷")]
