"""Chinese quoted with single curly marks ‘…’: the ’ before a Han character closes the quote (no Chinese word
writes an apostrophe), so the quote ends there and the cue after it is read."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in find_quotes([Block(text=text)], "zh")
    ]


def test_single_marks_close_before_the_cue() -> None:
    assert _quotes("‘大家加把劲，天黑前收完。’组长许文斌对社员们说。") == [
        ("大家加把劲，天黑前收完。", "许文斌", "组长"),
    ]


def test_single_marks_close_before_narration() -> None:
    assert _quotes("老船工周福说：‘这条江我跑了四十年。’说完他又低头补网。") == [("这条江我跑了四十年。", "周福", "老船工")]


def test_quote_split_by_its_cue_in_single_marks() -> None:
    assert _quotes("‘路修好了，’杨秀英望着山坡说，‘橘子就不愁卖了。’") == [
        ("路修好了，", "杨秀英", None),
        ("橘子就不愁卖了。", "杨秀英", None),
    ]


def test_apostrophe_in_latin_word_still_skipped() -> None:
    assert [q.text for q in find_quotes([Block(text="He said ‘it isn’t over’ and left.")], "en")] == ["it isn’t over"]
