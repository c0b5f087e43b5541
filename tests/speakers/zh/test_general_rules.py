"""Chinese quote speakers: general rules (sentences made up for the tests)."""

from __future__ import annotations

from cqnews.enrich import segmenter
from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.antecedents_zh import zh_unnamed_antecedent
from cqnews.models import Block

_CLAUSE = "，这个项目明年将在全市推广开来。"


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_counted_person_after_owner_is_unnamed() -> None:
    # X的一位朋友: one person counted after an owner is a description, nobody named
    assert _speakers("张明的一位朋友表示" + _CLAUSE) == [(None, "张明的一位朋友")]
    assert _speakers("该公司的一名技术人员表示" + _CLAUSE) == [(None, "该公司的一名技术人员")]


def test_verb_glued_to_cue_leaves_subject_out() -> None:
    # ，坚称…: 坚称 is one verb; the subject is left out and is the one of the clause before
    assert _speakers("李华否认此事，坚称" + _CLAUSE[1:]) == [("李华", None)]
    assert _speakers("李华否认此事，並堅稱" + "這個項目明年將在全市推廣開來。") == [("李华", None)]


def test_pronoun_after_owned_relative_is_unnamed() -> None:
    # 张伟的妻子…。她表示: the wife speaks, not her husband, and she is not named
    assert _speakers("张伟的妻子也在现场。她表示" + _CLAUSE) == [(None, "张伟的妻子")]
    # the owner of a thing stays the topic
    assert _speakers("张伟的一段发言在网络上流传，他在会上提到" + _CLAUSE) == [("张伟", None)]


def test_pronoun_skips_description_of_other_sex() -> None:
    # 她 is never 张伟的爸爸: the woman named before speaks
    assert _speakers("王芳到了医院。张伟的爸爸也在现场，她还称" + _CLAUSE)[0][0] == "王芳"


def test_pronoun_skips_person_of_other_sex() -> None:
    # 王女士 and 张桂兰女士 are women: a later 他 is 李明
    said = "李明说" + _CLAUSE
    assert _speakers(said + "王女士也同意。他表示" + _CLAUSE)[1][0] == "李明"
    assert _speakers(said + "张桂兰女士也同意。他表示" + _CLAUSE)[1][0] == "李明"
    # 其丈夫李明 is a man: a later 她 is 张桂兰
    assert _speakers("张桂兰说" + _CLAUSE + "其丈夫李明也同意。她表示" + _CLAUSE)[1][0] == "张桂兰"


_LONG = "“这里的路太难走了，我们已经连续工作了三天三夜，大家都很累。”"


def test_quote_after_unnamed_subject_is_unnamed() -> None:
    # a quote with no cue after a clause whose subject is an unnamed person is that person's
    said = "王华说" + _CLAUSE
    assert _speakers(said + "救援人员点了支烟，" + _LONG)[1] == (None, "救援人员")
    assert _speakers(said + "旁边的清洁工叹了口气，" + _LONG)[1][0] is None


def test_words_inside_a_quote_are_no_antecedent() -> None:
    # the window opens inside a quote: its words (现场的人) are nobody's subject
    text = "王华解释：“大家的关注度下降了。还想去现场的人可以自发组织。”“"
    assert zh_unnamed_antecedent(text, len(text)) is None


def test_place_word_before_given_name_is_a_surname() -> None:
    # jieba reads 福田 as a place; right before a given name it is the surname of 福田康夫
    assert _speakers("日本前首相福田康夫表示" + _CLAUSE) == [("福田康夫", "日本前首相")]


def test_copula_glued_to_name_is_cut() -> None:
    # jieba reads 王华是 as one name; 是 is the verb
    said = "李明说" + _CLAUSE
    assert _speakers(said + "今年50岁的王华是一名教师。他说：“我们会继续努力。”")[1][0] == "王华"


def test_time_clause_and_predicate_around_a_relative_are_cut() -> None:
    # 临走时|女儿|突然打开窗户(说): a clause of time before, a predicate after; the daughter is not named
    quote = "说：“这个项目明年将在全市推广开来。”"
    assert _speakers("临走时女儿突然打开窗户" + quote) == [(None, "女儿")]


def test_verb_before_aspect_particle_is_cut_off_name() -> None:
    # 王华写了: 了 follows a verb, so 写 is no part of the name
    assert _speakers("王华写了一本书。书中写道" + _CLAUSE) == [("王华", None)]
    assert [t.word for t in segmenter.tag("李明来了")] == ["李明", "来", "了"]


def test_pronoun_skips_plural_people_and_the_writer() -> None:
    # 村民们, 观众纷纷…: more than one person is no 他; 记者注意到: the writer is no 他 either
    said = "王华说" + _CLAUSE
    assert _speakers(said + "村民们纷纷鼓掌。他还表示，大家都很满意。")[1][0] == "王华"
    assert _speakers(said + "台下的观众纷纷鼓掌，他还表示，大家都很满意。")[1][0] == "王华"
    assert _speakers(said + "记者注意到，他还表示，大家都很满意。")[1][0] == "王华"


def test_pronoun_prefers_new_subject_over_its_object() -> None:
    # 王华认识李明…。他说: the subject of the clause, not the person named inside its predicate
    said = "李明说" + _CLAUSE
    assert _speakers(said + "王华认识李明已经二十年了。他说：“我们需要更多时间。”")[1][0] == "王华"
    assert _speakers(said + "王华把李明送到门口。他说：“我们需要更多时间。”")[1][0] == "王华"


def test_adverb_inside_a_four_character_name_is_cut() -> None:
    # jieba reads 王华则持 as one name: 王华 / 则 / 持
    assert [t.word for t in segmenter.tag("王华则持不同看法")][:3] == ["王华", "则", "持"]


def test_count_after_a_demonstrative_or_before_a_place_word_is_unnamed() -> None:
    # 其中一名律师, 一名前员工: still a count of people, nobody named
    assert _speakers("王华的其中一名律师表示" + _CLAUSE) == [(None, "王华的其中一名律师")]
    assert _speakers("该公司的一名前员工表示" + _CLAUSE) == [(None, "该公司的一名前员工")]


def test_count_of_people_after_owner_without_de_is_unnamed() -> None:
    # 王华一位朋友: the owner written without 的, still a friend nobody names
    assert _speakers("王华一位朋友表示" + _CLAUSE) == [(None, "王华一位朋友")]
    assert _speakers("一名律师王华表示" + _CLAUSE)[0][0] == "王华"


def test_job_noun_without_surname_is_unnamed() -> None:
    # 快递员, 交警: a job, nobody named (王军 stays a name)
    assert _speakers("快递员表示" + _CLAUSE) == [(None, "快递员")]
    assert _speakers("交警表示" + _CLAUSE) == [(None, "交警")]
    assert _speakers("王军表示" + _CLAUSE) == [("王军", None)]
