"""Quoted words heading their sentence that break off with an ellipsis or a dash inside the marks (“我……”她哽咽着，
“…”, “这个嘛——”) are speech trailing away or cut short, however short; a term or a title never ends so. Before, under
eight characters with no cue read, they were dropped as a term."""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_words_broken_off_are_a_quote() -> None:
    assert texts_in("“我……”她哽咽着，“我真的很想他。”") == ["我……", "我真的很想他。"]
    assert texts_in("“这个嘛——”老吴挠了挠头，没有再说下去。") == ["这个嘛——"]


def test_marks_alone_or_a_term_stay_no_quote() -> None:
    assert texts_in("“……”") == []
    assert texts_in("“双减”之后，孩子们的周末变了。") == []
