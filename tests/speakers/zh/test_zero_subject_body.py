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


def test_the_agent_of_a_passive_goes_on() -> None:
    # 陳大文遭警方凍結資產，稱…: the police froze the assets and say why, not the one whose assets they froze.
    assert speakers_in(
        "李小明表示，事件令人憤怒。", "陳大文遭警方凍結五千萬元資產，稱有關戶口涉及一宗詐騙案。"
    ) == ["李小明", "警方"]


def test_a_short_form_of_a_body_named_before_goes_on() -> None:
    # 中大 is 中文大學 named before; jieba reads it as 中/大, no body, and the last speaker took the clause.
    assert speakers_in(
        "中文大學昨日再爆出學生衝突事件。",
        "李小明表示，事件令人憤怒。",
        "中大昨日發表聲明，稱校方已收到不少校內外人士投訴。",
    ) == ["李小明", "中大"]


def test_a_party_named_by_fang_is_a_body_qi_goes_on_with() -> None:
    # 警方 (one character and 方) is a body: 其 after its clause is the police, not the person quoted before.
    assert speakers_in(
        "李小明表示，事件令人憤怒。", "警方昨日拘捕一名男子，其稱該男子涉嫌盜竊財物。"
    ) == ["李小明", "警方"]
