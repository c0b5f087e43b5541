"""A quoted idiom or verb of one word ending its clause right after a modal verb (就是要“一碗水端平”。, 应该“量力而行”，) is
the predicate of the reported clause, words said, as one after an adverb (都“提心吊胆”) already was."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def test_idiom_after_a_modal_verb_is_a_quote() -> None:
    assert direct_said("周主任说，村里的事就是要“一碗水端平”。", language="zh") == [("一碗水端平", "周主任")]


def test_noun_named_after_a_verb_stays_no_quote() -> None:
    assert direct_said("他说，大家都叫他“拼命三郎”。", language="zh") == []
