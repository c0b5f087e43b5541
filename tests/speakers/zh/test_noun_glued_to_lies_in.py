"""The verb 在于 ("lies in"), which jieba's dictionary glues to the noun before it as one noun (关键在于/n): the
segmenter gives the noun and the verb, so that a report "…的关键在于证据" has its verb and is one (Session 60:
律师王某表示，该案件的关键在于证据。 gave no quote).

Every sentence is made up, in the shape of court news of county media centres; each expected quote is read off
the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import text_said_in


def test_noun_and_verb_apart() -> None:
    words = [(t.word, t.tag) for t in segmenter.tag("该案件的关键在于证据")]
    assert ("关键", "n") in words
    assert ("在于", "v") in words


def test_report_whose_verb_is_lies_in() -> None:
    assert text_said_in("律师王某表示，该案件的关键在于证据。") == [("该案件的关键在于证据。", "王某", "律师")]


def test_report_of_a_meaning() -> None:
    assert text_said_in("镇党委书记刘国华表示，这次培训的意义在于实效。") == [
        ("这次培训的意义在于实效。", "刘国华", "镇党委书记")
    ]
