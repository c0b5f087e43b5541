"""A three-character name whose last character jieba glues to the adverb after it (邓炳/强续/指), and an
adverb of going on after a name (陈大文|续|称). Made-up sentences; each expected value is read off the sentence."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers, speakers_in


def _words(text: str) -> list[tuple[str, str]]:
    return [(t.word, t.tag) for t in segmenter.tag(text)]


def test_a_name_glued_to_the_adverb_after_it() -> None:
    assert ("邓炳强", "nr") in _words("邓炳强续指，")
    assert speakers_in("保安局局長鄧炳強昨日表示，警方會嚴正執法。", "鄧炳強續指：「我們不會容忍暴力。」") == [
        "鄧炳強",
        "鄧炳強",
    ]


def test_an_adverb_of_going_on_after_a_name_is_no_part_of_it() -> None:
    assert speakers("律師陳大文續稱：「被告已經非常後悔。」") == ["陳大文"]
