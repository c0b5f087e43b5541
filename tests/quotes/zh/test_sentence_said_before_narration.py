"""A short sentence said opening its paragraph, its own stop inside the marks, and the narration going on right after
the closing mark (“谢谢你们！”接过慰问金，刘大爷连声道谢。): words said, whoever is named in the clauses after them,
not a term; one word alone (“加油！”) or a term with no stop of its own (“双减”。, “绿色发展”成为…) stays no quote.
Every sentence is made up; the expected texts and speakers are read off them."""

from __future__ import annotations

from tests.quote_helpers import speakers, texts_in


def test_a_sentence_said_before_what_the_speaker_does() -> None:
    assert speakers("“谢谢你们！”接过慰问金，刘大爷连声道谢。") == ["刘大爷"]
    assert speakers("“终于到家了。”推开院门，王秀英长长地舒了一口气。") == ["王秀英"]
    assert speakers("“又下雨了？”李明望着窗外皱起了眉头。") == ["李明"]


def test_found_when_nobody_is_named_after_it() -> None:
    assert texts_in("“大家注意安全！”随着一声令下，救援人员冲进火场。") == ["大家注意安全！"]
    assert texts_in("“谢谢党和政府！”接过慰问金，困难群众刘大爷连声道谢。") == ["谢谢党和政府！"]
    assert texts_in("“你们辛苦了！”握着护士的手，患者家属陈女士激动不已。") == ["你们辛苦了！"]


def test_a_single_word_or_a_term_stays_no_quote() -> None:
    assert texts_in("“加油！”观众们挥舞着手中的旗帜。") == []
    assert texts_in("“双减”。") == []
    assert texts_in("“绿色发展”成为会议的关键词。") == []
