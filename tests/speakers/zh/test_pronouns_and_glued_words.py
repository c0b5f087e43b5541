"""Chinese speakers: 其 before a cue is a pronoun, never a speaker named 其.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import quotes_found, said, speakers, speakers_in, texts_in

# 其表示 (he/she/it said): 其 stands for the one named before, as 他 does.


def test_qi_after_an_interviewed_person_is_that_person() -> None:
    assert speakers("记者采访了王明。其表示，工厂明年将扩建。") == ["王明"]


def test_qi_after_a_titled_subject_is_the_subject() -> None:
    assert speakers("公司总经理王明谈到了去年的困难。其表示，会继续经营工厂。") == ["王明"]


def test_qi_with_nobody_named_names_no_one() -> None:
    assert speakers("会议在昨天下午结束。其称，明年将继续举办。") == [None]


# A 他/她 whose block and the block before name no one: the person named further back, when every block
# between goes on with a 他/她 of its own.


def test_he_two_paragraphs_after_the_name() -> None:
    paragraphs = ("王明是一名出租车司机。", "每天早上五点，他就开着车出门了。", "他说，生意越来越难做。")
    assert speakers_in(*paragraphs) == ["王明"]


def test_she_three_paragraphs_after_the_name() -> None:
    paragraphs = ("李芳在镇上开了一家小饭馆。", "她每天凌晨就去菜市场。", "中午最忙的时候，她一个人要炒几十个菜。", "她告诉记者，明年想再开一家分店。")
    assert speakers_in(*paragraphs) == ["李芳"]



# A foreign name written without a dot (拜登, 内塔尼亚胡: jieba tags it a transliteration) is a person a later
# 他/她 stands for, as a Chinese name with its surname is.


def test_he_after_a_two_character_foreign_name() -> None:
    assert speakers("拜登周三抵达东京。他说，美日同盟非常重要。") == ["拜登"]


def test_he_after_a_long_foreign_name() -> None:
    assert speakers("内塔尼亚胡会见了来访的法国总统。他表示，两国将加强合作。") == ["内塔尼亚胡"]


def test_she_after_a_foreign_name_with_a_title() -> None:
    assert speakers("德国前总理默克尔周五抵达北京。她说，两国应当加强对话。") == ["默克尔"]


# The 长 of a title read by jieba with the surname after it as a place (市/长江/明, 局/长安/明): the title and
# the name are cut apart again.


def test_mayor_jiang_is_not_the_yangtze() -> None:
    assert said("市长江明表示，基层医疗还有很多短板。") == [("江明", "市长")]


def test_bureau_chief_an_is_not_changan() -> None:
    assert speakers("局长安明表示，明年将扩大招生。") == ["安明"]


def test_lone_surname_after_a_title_glued_to_it() -> None:
    assert speakers("市卫生局局长江明昨日视察了社区医院。江表示，基层医疗还有很多短板。") == ["江明"]


# 李家超出席: jieba reads 李家 (the Li family) off the front of the name and 超 as a verb; the verb after it shows
# 超 is the end of the name.


def test_he_after_a_name_jieba_read_as_a_family() -> None:
    assert speakers("特首李家超出席了活动。他表示，政府会全力支持。") == ["李家超"]


def test_he_after_a_family_name_in_traditional_characters() -> None:
    assert speakers("李家超出席論壇並致辭。他表示，香港會更好。") == ["李家超"]


# 于 inside a given name (王于渐) is no preposition: jieba reads 王/于/渐, and the speaker was 经济学家王.


def test_yu_inside_a_given_name_before_the_cue() -> None:
    assert said("经济学家王于渐指出，楼价仍会上升。") == [("王于渐", "经济学家")]


def test_he_after_a_name_with_yu_in_traditional_characters() -> None:
    assert speakers("經濟學家王于漸出席論壇。他指出，樓價仍會上升。") == ["王于漸"]


# A document's noun before a cue (声明说, 该声明指出, 文章表明) stands for the one who just published it: a
# document credited to one is theirs.


def test_statement_published_by_a_person() -> None:
    assert speakers("王明昨天发表了一份声明。声明说，他从未收受贿赂。") == ["王明"]


def test_pointed_statement_published_by_a_person() -> None:
    assert speakers("王明昨天发表了一份声明。该声明指出，他从未收受贿赂。") == ["王明"]


def test_article_published_by_a_person_in_the_same_sentence() -> None:
    assert speakers("王明在微博上发布了一篇文章，文章指出，房价还会上涨。") == ["王明"]


def test_statement_of_a_company() -> None:
    assert speakers("华为公司昨晚发布声明，声明称，公司将依法维权。") == ["华为公司"]


# An adverb of only or already glued by jieba to a name's last character (黃偉/哲僅/表示) is a word of its own.


def test_only_glued_to_the_name_before_the_cue() -> None:
    assert speakers("記者問到此事，黃偉哲僅表示「尊重司法」。") == ["黃偉哲"]


def test_only_glued_to_the_name_in_simplified_characters() -> None:
    assert speakers("记者问到此事，黄伟哲仅表示，一切交给法院。") == ["黄伟哲"]




# 一邊說，一邊… (saying it while doing something) reports no clause in traditional characters either.


def test_while_saying_in_traditional_characters_reports_nothing() -> None:
    assert texts_in("「我們一定能做到。」王明一邊說，一邊握緊了拳頭。") == ["我們一定能做到。"]


# A question given as an example (「…」這樣的問題) is no quote in traditional characters either.


def test_example_question_in_traditional_characters_is_no_quote() -> None:
    assert texts_in("用戶可以提出「附近有什麼好吃的」這樣的問題，系統會給出建議。") == []


# 媒体报道 is one word to jieba: the media that report are the source (unnamed), not a speaker "官方媒体报道".


def test_official_media_reporting_is_the_unnamed_media() -> None:
    assert said("该国官方媒体报道称，会议将延期到下个月举行。") == [(None, "该国官方媒体")]


def test_american_media_reporting_is_the_unnamed_media() -> None:
    assert said("美国媒体报道称，总统将在下个月访问日本。") == [(None, "美国媒体")]


# An adverb after a two-character name (仍 still, 仅 only, 竟, 须) is no end of the name, whether jieba glues it
# to the name (李华仅/nr) or tags it a lone character (仍/zg).


def test_still_after_a_name_before_the_cue() -> None:
    assert speakers("对于外界的质疑，李华仍表示，公司的账目没有任何问题。") == ["李华"]


def test_only_glued_to_a_two_character_name() -> None:
    assert speakers("对于外界的质疑，李华仅表示，一切以调查结果为准。") == ["李华"]


def test_still_after_a_name_before_a_bare_quote() -> None:
    assert speakers("回忆起那段日子，62岁的王明仍心有余悸。“水一下子就漫到了胸口。”") == ["王明"]


# 男子, 女子 (a man, a woman) head a description of someone unnamed, whom a later 他/她 stands for.


def test_she_after_an_unnamed_woman() -> None:
    text = "一名女子告诉记者，她每天都走这条路上班。她说，“这里太危险了。”"
    assert said(text) == [(None, "一名女子"), (None, "一名女子")]


def test_he_after_an_unnamed_man() -> None:
    text = "一名男子对记者表示，事发时他就在现场。他说，“那辆车开得太快了。”"
    assert said(text) == [(None, "一名男子"), (None, "一名男子")]


# A surname and 姓 (陳姓男子, 張姓屋主: the man surnamed Chen) names no one: an unnamed source, its description
# the role.


def test_man_surnamed_chen_is_unnamed() -> None:
    assert said("陳姓男子表示，當時車速太快，根本來不及反應。") == [(None, "陳姓男子")]


def test_owner_surnamed_zhang_is_unnamed() -> None:
    assert said("張姓屋主表示，房子漏水已經好幾個月了。") == [(None, "張姓屋主")]


def test_grandmother_surnamed_huang_is_unnamed() -> None:
    assert said("80多歲的黃姓阿嬤說，她在這裡住了一輩子。") == [(None, "黃姓阿嬤")]


# An adjective before the head of a description (一名年轻男子) keeps it a description a later 他 stands for.


def test_he_after_a_young_man() -> None:
    text = "一名年轻男子表示，当时车速太快，根本来不及反应。他说，“我吓坏了。”"
    assert said(text) == [(None, "一名年轻男子"), (None, "一名年轻男子")]


# After a title, a surname and a given name that is a verbal noun of the dictionary (王/建设) are one name.


def test_given_name_read_as_a_verbal_noun_after_a_title() -> None:
    text = "香港大学教授王建设昨日出席论坛，讨论了楼市前景。王指出，楼价仍会上升。"
    assert speakers(text) == ["王建设"]


# 在…的时候 (when …) between the speaker and the cue closes a phrase as 在…时 does.


def test_he_before_a_phrase_ending_in_shihou() -> None:
    assert speakers("王明出席了论坛。他在接受媒体采访的时候表示，楼价仍会上升。") == ["王明"]


def test_qi_before_a_phrase_ending_in_shihou() -> None:
    assert speakers("王明出席了论坛。其在接受媒体采访的时候表示，楼价仍会上升。") == ["王明"]


# 回应本报查询表示 (answering the paper's inquiry, said): 表示 reports, 回应 and its question are a frame, and
# the one answering is the subject before 回应.


def test_answering_an_inquiry_then_the_cue() -> None:
    assert quotes_found("教育局回应本报查询表示，会尽快处理。", "zh") == [("indirect", "会尽快处理。", "教育局")]


def test_answering_an_inquiry_in_traditional_characters() -> None:
    assert quotes_found("教育局回應本報查詢表示，會盡快處理。", "zh") == [("indirect", "會盡快處理。", "教育局")]


def test_answering_an_inquiry_with_no_subject_continues_the_person() -> None:
    assert speakers("王明出席了论坛。回应媒体查询时表示，楼价仍会上升。") == ["王明"]


# 接受媒体访问表示 (said in an interview with the media): the interview is a frame, no speaker.


def test_interview_with_no_subject_continues_the_person() -> None:
    assert speakers("王明出席了论坛。接受媒体访问表示，楼价仍会上升。") == ["王明"]


def test_interview_is_no_description_of_the_speaker() -> None:
    assert said("接受媒体访问表示，楼价仍会上升。") == [(None, None)]


# 前 (former) before a title stays in the role: 前总统, not 总统.


def test_former_president_keeps_former_in_the_role() -> None:
    assert said("前总统马英九表示，两岸应该对话。") == [("马英九", "前总统")]


def test_former_party_chairman_keeps_former_in_the_role() -> None:
    assert said("前民众党主席柯文哲表示，市府应该公开说明。") == [("柯文哲", "前民众党主席")]


# After a title, a surname jieba reads as a numeral (许/m: some) and a given name are one name.


def test_surname_read_as_a_numeral_after_a_title() -> None:
    text = "香港大学教授许光明昨日出席论坛，讨论了楼市前景。许指出，楼价仍会上升。"
    assert speakers(text) == ["许光明"]


def test_surname_read_as_a_numeral_is_the_mention() -> None:
    text = "香港大学教授许光明昨日出席论坛，讨论了楼市前景。许指出，楼价仍会上升。"
    assert [(q.mention, q.speaker.name if q.speaker else None) for q in find_quotes([Block(text=text)], "zh")] == [
        ("许", "许光明")
    ]
