"""A title jieba tags a distinguishing word or a verb (主任/b, 主编/b, 组长/v) is a noun: a surname read alone after
it and the given name jieba reads as another word (蒋/nr 立新/d) are one name, as after a title tagged a noun."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_director_of_a_service_centre() -> None:
    assert said("“我们的目标是让群众少跑腿。”县政务服务中心主任蒋立新说。") == [("蒋立新", "县政务服务中心主任")]


def test_a_director_before_the_quote() -> None:
    assert said("主任蒋立新说：“我们的目标是让群众少跑腿。”") == [("蒋立新", "主任")]


def test_an_editor_in_chief() -> None:
    assert said("编辑部主编何立新表示：“每一篇稿件都要反复核实。”") == [("何立新", "编辑部主编")]
