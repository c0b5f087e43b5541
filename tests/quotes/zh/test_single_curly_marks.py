"""Chinese quoted with single curly marks ‘…’: the ’ before a Han character closes the quote (no Chinese word
writes an apostrophe), so the quote ends there and the cue after it is read."""

from __future__ import annotations

from tests.quote_helpers import text_said_in, texts_in


def test_single_marks_close_before_the_cue() -> None:
    assert text_said_in("‘大家加把劲，天黑前收完。’组长许文斌对社员们说。") == [
        ("大家加把劲，天黑前收完。", "许文斌", "组长"),
    ]


def test_single_marks_close_before_narration() -> None:
    assert text_said_in("老船工周福说：‘这条江我跑了四十年。’说完他又低头补网。") == [
        ("这条江我跑了四十年。", "周福", "老船工")
    ]


def test_quote_split_by_its_cue_in_single_marks() -> None:
    assert text_said_in("‘路修好了，’杨秀英望着山坡说，‘橘子就不愁卖了。’") == [
        ("路修好了，", "杨秀英", None),
        ("橘子就不愁卖了。", "杨秀英", None),
    ]


def test_apostrophe_in_latin_word_still_skipped() -> None:
    assert texts_in("He said ‘it isn’t over’ and left.", language="en") == ["it isn’t over"]
