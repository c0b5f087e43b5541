"""A quoted sentence with its own stop inside the marks that a comma joins to the clause before it (…插了句，“明天再来吧。”)
is words said, though no cue or subject is read for it: a term or a title ends with no stop of its own."""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_sentence_with_its_stop_after_a_comma_is_a_quote() -> None:
    assert texts_in("排队的人越来越多，门口一位老人嘟囔了一阵，“早知道就不来了。”") == ["早知道就不来了。"]
    assert texts_in("水越涨越高，屋顶上传来一声，“快往山上跑！”") == ["快往山上跑！"]


def test_term_after_a_comma_stays_no_quote() -> None:
    assert texts_in("这几年村里变化很大，“美丽乡村”建设处处可见。") == []
