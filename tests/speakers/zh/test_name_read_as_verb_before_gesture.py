"""A name of two characters opening with a surname that jieba's model, not its dictionary, tags a verb (李想/v, 王想/v:
想 is a verb), then what the person does before speaking (点点头, 笑了笑, 摇摇头), is the speaker, not a predicate
with no subject. A verb of the dictionary opening with a surname character (回头, 周到) stays a verb.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_nodding_before_the_cue() -> None:
    assert said("李想点点头说：“我明白了，明天一早就出发。”") == [("李想", None)]


def test_nodding_after_the_quote() -> None:
    assert said("“我明白了，明天一早就出发。”王想点点头说。") == [("王想", None)]


def test_smiling_before_the_cue() -> None:
    assert said("李想笑了笑说：“这都是应该做的。”") == [("李想", None)]


def test_a_dictionary_verb_is_no_name() -> None:
    assert said("周到点点头说：“好。”") == [(None, None)]
