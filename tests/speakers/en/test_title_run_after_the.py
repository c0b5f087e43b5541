"""A title that opens the capitalised run right after "the" ("said the Rev. Ann Cole", "the Hon. Tom Reed said") is
the whole role, with no space before it.

Found by probing made-up sentences of wire copy: "said the Rev. Al Sharpton" gave the role " Rev." (the words
between "the" and the run, none here, were joined to the title with a space). Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_reverend_after_the() -> None:
    assert said("“The vote was fair,” said the Rev. Ann Cole.", "en") == [("Ann Cole", "Rev.")]


def test_honourable_after_the() -> None:
    assert said("“The vote was fair,” said the Hon. Tom Reed.", "en") == [("Tom Reed", "Hon.")]


def test_two_title_words_after_the() -> None:
    assert said("“The vote was fair,” said the Very Rev. Ann Cole.", "en") == [("Ann Cole", "Very Rev.")]


def test_a_role_noun_between_the_and_the_run_stays() -> None:
    assert said("“The vote was fair,” said the church's pastor Ann Cole.", "en") == [("Ann Cole", "church's pastor")]
