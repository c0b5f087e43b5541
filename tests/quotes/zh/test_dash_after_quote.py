"""A dash right after a quote's closing mark sets off the words saying who said it, as a comma does (“…”——工人李强说。,
“…”——这是王奶奶常说的话。): they are read past the dash; before, a short quote was dropped, the cleft missed and the
dash read as the start of the speaker's role."""

from __future__ import annotations

from tests.quote_helpers import said, texts_in


def test_speaker_after_a_dash_is_read_past_it() -> None:
    assert said("“一分钱都没拿到”——工人李强向记者表示。") == [("李强", "工人")]
    assert said("“路修好了，心也敞亮了”——村民赵文说。") == [("赵文", "村民")]


def test_short_quote_before_a_dash_and_its_speaker_is_a_quote() -> None:
    assert said("“没拿到”——工人李强说。") == [("李强", "工人")]


def test_saying_cleft_after_a_dash_names_the_speaker() -> None:
    assert said("“这日子是越过越有奔头了”——这是王奶奶常说的话。") == [("王奶奶", None)]


def test_term_before_a_dash_stays_no_quote() -> None:
    assert texts_in("“不忘初心”——这四个字一直激励着他。") == []
