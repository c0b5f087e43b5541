"""Reporters named in a credit (新华社记者张伟、李娜北京电, 本报记者 王芳) wrote the article: never a speaker."""

from __future__ import annotations

from cqnews.enrich.speakers.names_zh import credited_writer_at
from tests.quote_helpers import speakers


def test_names_after_a_reporter_label_are_credited() -> None:
    text = "（新华社记者张伟、李娜北京5日电）"
    assert credited_writer_at(text, text.find("张伟"))
    assert credited_writer_at(text, text.find("李娜"))
    spaced = "本报记者 王芳 李娜 报道"
    assert credited_writer_at(spaced, spaced.find("李娜"))


def test_a_name_after_what_the_reporter_learnt_is_no_credit() -> None:
    text = "记者了解到，王明昨天回到了村里"
    assert not credited_writer_at(text, text.find("王明"))


def test_a_clause_without_subject_is_not_the_reporters() -> None:
    text = "（新华社记者张伟、李娜北京5日电）市民们昨天聚在广场上，并表示希望公园早日开放。"
    assert "李娜" not in speakers(text)


def test_a_quote_without_cue_is_not_the_reporters() -> None:
    text = "本报记者 王芳 李娜 报道 这个周末，许多家长带着孩子来到公园。“我们等了很久了。”"
    assert speakers(text) == [None]


def test_a_person_named_after_the_credit_still_speaks() -> None:
    text = "（新华社记者张伟北京5日电）村支书王明昨天来到现场，并表示工程将在年底完工。"
    assert speakers(text) == ["王明"]
