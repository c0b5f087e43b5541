"""A Chinese sentence of one clause with no cue (its verb no reporting word, or one with an aspect particle after it:
嘀咕了一句) that introduces a quote with a colon: the words are those of the person or the 他/她 opening it. Every
sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers, speakers_in


def test_the_person_opening_the_clause_before_the_colon_speaks() -> None:
    # 嘀咕了 (a cue with 了 after it is none), 叹了口气, 拉着记者的手: no cue, the person opening the clause says it.
    assert speakers("菜市场里，摊主胡秀梅嘀咕了一句：“又涨价了。”") == ["胡秀梅"]
    assert speakers("陆德胜叹了口气：“老了，干不动了。”") == ["陆德胜"]
    assert speakers("蒋桂芝拉着记者的手：“你们可要帮帮我们啊。”") == ["蒋桂芝"]


def test_a_pronoun_opening_the_clause_goes_on_with_the_person_before() -> None:
    # 她 stands for 胡秀梅, named in the paragraph before.
    assert speakers_in("胡秀梅在菜市场卖了二十年菜。", "她嘀咕了一句：“又涨价了。”") == ["胡秀梅"]


def test_a_place_or_a_thing_of_the_person_before_the_colon_says_nothing() -> None:
    # 王明家门口贴着: the words are written on his door (家门口, a place after his name), not said by him.
    assert "邵建国" not in speakers("邵建国家门口贴着一副对联：“春回大地。”")
