"""A cue of feeling made an idiom by its tail (感慨万千, 感叹不已) reports only a quote right after the idiom or the
quote whose sentence it closes; inside a report (…的变化让她感慨万千。) it is a feeling, so the report is not cut
inside a word before it (Session 60: 王明说，这座小城的变化让她感慨万千。 gave the report "这座小城的变").

Every sentence is made up, in the shape of county news features; each expected quote is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_feeling_inside_a_report_is_part_of_it() -> None:
    assert text_said_in("王明说，这座小城的变化让她感慨万千。") == [("这座小城的变化让她感慨万千。", "王明", None)]


def test_feeling_without_end_inside_a_report_is_part_of_it() -> None:
    assert text_said_in("张丽说，看到孩子们的笑脸，她感叹不已。") == [
        ("看到孩子们的笑脸，她感叹不已。", "张丽", None)
    ]


def test_idiom_before_a_quote_still_reports_it() -> None:
    assert text_said_in("王明感慨万千：“这里的变化太大了。”") == [("这里的变化太大了。", "王明", None)]


def test_idiom_closing_a_quote_still_reports_it() -> None:
    assert text_said_in("“真没想到能有今天。”村民赵刚感慨万千。") == [("真没想到能有今天。", "赵刚", "村民")]
