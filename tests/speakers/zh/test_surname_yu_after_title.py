"""于 after a title, before a given name the segmenter tags a name (主席于洪臣), is the surname, not the preposition
"at": the speaker is 于洪臣, never the title alone.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers


def test_a_chairman_named_yu() -> None:
    assert speakers("中国田径协会主席于洪臣表示，要全力做好奥运备战工作。") == ["于洪臣"]


def test_a_president_named_yu_after_a_quote() -> None:
    assert speakers("“要把每一件案子都办成铁案。”院长于洪臣说。") == ["于洪臣"]


def test_a_preposition_before_a_time_stays_one() -> None:
    assert [t.word for t in segmenter.tag("市长于会上表示")][:2] == ["市长", "于"]
