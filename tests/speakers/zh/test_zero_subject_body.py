"""A clause with no subject of its own (，认为…, ，呼吁…) goes on with the body that is the subject of the clause
before it (广东省高级人民法院则驳回了上诉，认为… -> the court), as 其 does: not a person named earlier.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_court_goes_on_after_its_ruling() -> None:
    assert speakers_in(
        "张伟等人多次提出申诉。广东省高级人民法院则驳回了被告人的上诉，认为原判事实清楚，量刑适当。"
    ) == ["广东省高级人民法院"]


def test_party_goes_on_after_its_criticism() -> None:
    assert speakers_in("李华一方今天发表声明。民进党今天批评市政府推卸责任，呼吁勿配合政客炒作。") == ["民进党"]


def test_a_body_named_in_someones_words_is_not_what_qi_goes_on_with() -> None:
    # 王明回应称，公司已经整改。其…: 公司 is the subject of 王明's words, not of the article's; 其 is 王明.
    assert speakers_in("涉事公司负责人王明回应称，公司已经整改。其还表示，将配合调查。") == ["王明", "王明"]


def test_a_clause_linked_by_bing_goes_on_with_the_body_before() -> None:
    # 市卫生局发布通知，并表示…: the adverb 并 between the comma and the cue links the clause to the one before.
    assert speakers_in("市卫生局发布通知，并表示将加强监管。") == ["市卫生局"]
