"""A demonstrative and a noun after a quote that opens its paragraph (“…”这位律师说。) names the person named with
that noun at the end of the paragraph before, as 这位律师说 opening the paragraph does: a stop inside the quote
marks ends no sentence of the writer's. Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_lawyer_after_a_quote() -> None:
    assert speakers_in("原告的代理律师李华介绍了案情。", "“证据已经很充分了。”这位律师说。") == ["李华"]


def test_old_person_after_a_quote() -> None:
    assert speakers_in("今年85岁的陈秀英老人独自住在半山腰。", "“孩子们都在城里。”这位老人说。") == ["陈秀英"]


def test_pointer_opening_the_paragraph() -> None:
    assert speakers_in("原告的代理律师李华介绍了案情。", "这位律师说：“证据已经很充分了。”") == ["李华"]
