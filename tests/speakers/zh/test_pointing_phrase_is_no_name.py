"""A phrase that opens with a demonstrative (该公司董事, 这家公司董事会秘书) points at someone of a body named before; it
is never anyone's name, nor the name of a body unless it ends as one does (该公司 stays the company).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_pointing_phrase_of_several_nouns_is_an_unnamed_source() -> None:
    assert said("该公司董事表示，公司经营一切正常。") == [(None, "该公司董事")]
    assert said("这家公司董事会秘书表示，公司经营一切正常。") == [(None, "这家公司董事会秘书")]


def test_a_pointing_phrase_ending_as_a_body_stays_the_body() -> None:
    assert said("该公司表示，将积极配合有关部门调查。") == [("该公司", None)]


def test_a_name_jieba_reads_as_a_verb_after_the_pointing_phrase_is_the_speaker() -> None:
    # 付新/v: a name of two characters jieba tags a verb; the phrase is no string of nouns, and the name speaks.
    assert said("该案律师付新介绍，案件已经进入再审程序。") == [("付新", "该案律师")]
