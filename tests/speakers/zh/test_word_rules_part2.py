"""Chinese speakers: made-up sentences whose speaker is wrong by construction.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_straight_closing_mark_is_no_part_of_the_next_speaker() -> None:
    # 王明说:"…"李华说:"…": the straight mark closing the first quote ends the clause before 李华.
    assert said('王明说:"我们明天出发。"李华说:"我不去。"') == [("王明", None), ("李华", None)]


def test_a_word_of_manner_before_shuo_is_no_part_of_the_name() -> None:
    # 坦白说 ("honestly"), 老实说: how the speaker says it, glued by the segmenter to the cue's 说.
    assert said("王明坦白说：“我错了。”") == [("王明", None)]
    assert said("李华老实说：“这次考试我没有准备好。”") == [("李华", None)]


def test_a_cue_with_no_subject_after_a_quote_frames_the_clause_of_its_speaker() -> None:
    # 回忆起那一夜，王明…: recalling is what 王明 does; he opens the clause the frame leads to.
    assert said("“那天晚上雨很大。”回忆起那一夜，王明仍然心有余悸。") == [("王明", None)]


def test_a_person_whose_voice_opens_the_clause_after_a_quote() -> None:
    # 王明的声音: his voice is his own, unlike 王明的妻子, another person.
    assert said("“那天晚上雨很大。”回忆起那一夜，王明的声音有些发抖。") == [("王明", None)]
    assert said("“那天晚上雨很大。”王明的妻子仍然心有余悸。") == [(None, None)]


def test_what_someone_posts_on_their_own_account_is_theirs() -> None:
    # 王明的微博: his account writes what he writes; the speaker is the person, not the account.
    assert said("王明的微博这样写道：“今天是我最后一天上班。”") == [("王明", None)]
    assert said("外交部的官方账号发文称，中方坚决反对。") == [("外交部", None)]


def test_cantonese_pronouns_stand_for_the_one_named_or_described_before() -> None:
    # 佢 ("he or she"), 佢哋 ("they"): pronouns as 他 and 他们 are, never a name.
    assert said("王明说：“我们明天出发。”佢话：“我唔去。”") == [("王明", None), ("王明", None)]
    assert said("一名清洁工坐在路边。佢话：“我好攰。”") == [(None, "一名清洁工")]
    assert said("村民们说，路太窄。佢哋话：“我哋唔走。”") == [(None, "村民们")]
    assert said("佢哋话：“我哋唔走。”") == [(None, None)]


def test_a_short_bare_quote_after_an_unnamed_new_subject_is_theirs() -> None:
    # 他的妻子在一旁抹眼泪。“谢谢大家。”: the wife, unnamed, opens the sentence before the quote; not 王明 again.
    assert said("王明说：“孩子找到了。”他的妻子在一旁抹眼泪。“谢谢大家。”") == [("王明", None), (None, "他的妻子")]
    assert said("王明说：“孩子找到了。”他在一旁抹眼泪。“谢谢大家。”") == [("王明", None), ("王明", None)]


def test_a_verb_of_saying_glued_to_a_name_is_the_cue() -> None:
    # jieba's model reads 李华说 and 刘洋称 as names; no given name ends in 说 or 称.
    from cqnews.enrich import segmenter

    assert [(t.word, t.tag) for t in segmenter.tag("王明和李华说")] == [
        ("王明", "nr"), ("和", "c"), ("李华", "nr"), ("说", "v"),
    ]
    assert [t.word for t in segmenter.tag("张伟和刘洋称")] == ["张伟", "和", "刘洋", "称"]
    assert "李华说" not in [name for name, _ in said("王明和李华说，路太窄。他们说：“我们不走。”")]


def test_a_person_counted_by_a_measure_of_people_is_a_description() -> None:
    # 一位邻居, 一名保安: 名 and 位 count people, whatever the noun ends in (jieba tags 邻居 a verb).
    for who in ("一位邻居", "一名保安", "一位老板"):
        text = f"王明说：“孩子找到了。”{who}在一旁抹眼泪，她说：“谢谢大家，我们全家都非常感激警察同志的帮助。”"
        assert said(text) == [("王明", None), (None, who)], who
    assert said("王明说：“孩子找到了。”一位邻居在一旁抹眼泪。“谢谢大家。”") == [("王明", None), (None, "一位邻居")]


def test_a_count_in_digits_before_a_measure_of_people() -> None:
    # 3/m 名/q 警察: jieba cuts a count written in digits from its measure; three officers, nobody named.
    assert said("3名警察证实，他们在审讯时没有打人。") == [(None, "3名警察")]
    assert said("两名警察证实，他们在审讯时没有打人。") == [(None, "两名警察")]


def test_the_name_a_user_goes_by_in_quote_marks() -> None:
    # 网友“小雨点”: the handle in quote marks is the user's name, the noun of a user the role.
    assert said("网友“小雨点”留言称，这家店的服务太差了。") == [("小雨点", "网友")]
    assert said("微博网友“小雨点”说：“这家店的服务太差了。”") == [("小雨点", "微博网友")]


def test_a_relative_named_by_a_name_and_a_kin_noun_without_de() -> None:
    # 王明妈妈: his mother, not 王明; as 王明的妈妈 is. 王明妻子李娜 still names her.
    assert said("王明妈妈说：“孩子从小就懂事。”") == [(None, "王明妈妈")]
    assert said("王明同事说，他平时工作很认真。") == [(None, "王明同事")]
    assert said("王明妻子李娜说：“孩子从小就懂事。”") == [("李娜", "王明妻子")]


def test_a_verb_inside_a_description_before_a_frame_of_time() -> None:
    # 教育部相关司局负责人答记者问时: 相关 (tagged a verb) belongs to the description; the frame opens at 答.
    assert said("教育部相关司局负责人答记者问时表示，政策将继续执行。") == [(None, "教育部相关司局负责人")]
    assert said("王明会见记者时表示，政策将继续执行。") == [("王明", None)]


def test_a_verb_with_its_particle_read_as_the_particle_after_a_name() -> None:
    # 拉着/uz: jieba tags the verb and its particle as a particle; what 王明 does is no part of the speaker.
    assert said("“太感谢了！”王明拉着志愿者的手连声说。") == [("王明", None)]


def test_a_clause_cue_after_a_word_pointing_back_at_the_quote() -> None:
    # 这样回答。 / 如是回答。: the answer is the quote before; the one who answers says it.
    assert said("“这个问题我们正在研究。”对于记者的提问，该局工作人员这样回答。") == [(None, "该局工作人员")]
    assert said("“这个问题我们正在研究。”王明如是回答。") == [("王明", None)]
