"""One character jieba tags an adverb right before the particle 着 (握/d 着), which follows verbs only, is a verb: what
the speaker does while speaking (他握着老人的手说), not words of the speaker; the 他 goes back to the person named
before."""

from __future__ import annotations

from tests.quote_helpers import mentions, speakers


def test_he_holds_the_old_man_s_hand() -> None:
    assert speakers("县委书记何平看望了老党员许志高。他握着老人的手说：“您辛苦了！”") == ["何平"]


def test_the_mention_is_the_pronoun_alone() -> None:
    assert mentions("她握着村民的手说：“有困难就来找我们。”") == ["她"]
