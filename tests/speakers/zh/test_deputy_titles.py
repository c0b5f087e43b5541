"""A deputy's title after a name (王明副局长, 李华副市长: 副 and the title, one word or two to the segmenter) is the
role, the name before it the speaker, as with the title alone (王明局长).

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_deputy_director_after_the_name() -> None:
    assert said("王明副局长在会上强调，今年全市将新增公办学位两万个。") == [("王明", "副局长")]


def test_deputy_mayor_after_the_name() -> None:
    assert said("李华副市长表示，地铁五号线将于年底开通运营。") == [("李华", "副市长")]


def test_associate_professor_after_the_name() -> None:
    assert said("赵丽副教授认为，这项研究的样本还不够大。") == [("赵丽", "副教授")]
