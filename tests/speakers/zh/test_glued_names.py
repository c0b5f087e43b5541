"""Chinese names jieba glues to the word after or before them: the person is the one named.

A three-character name whose last character jieba glues to the adverb after it (邓炳/强续/指), and an
adverb of going on after a name (陈大文|续|称). Made-up sentences; each expected value is read off the sentence.

Chinese speakers: a name the article already gave, read with a word glued to it.

jieba sometimes reads a name together with the adverb, demonstrative or localiser after it (则声明, 那, 后,
多) or the conjunction before it (而); the person is the one the article named. Every sentence is made up;
each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said, speakers, speakers_in


def _words(text: str) -> list[tuple[str, str]]:
    return [(t.word, t.tag) for t in segmenter.tag(text)]


def test_a_name_glued_to_the_adverb_after_it() -> None:
    assert ("邓炳强", "nr") in _words("邓炳强续指，")
    assert speakers_in("保安局局長鄧炳強昨日表示，警方會嚴正執法。", "鄧炳強續指：「我們不會容忍暴力。」") == [
        "鄧炳強",
        "鄧炳強",
    ]


def test_an_adverb_of_going_on_after_a_name_is_no_part_of_it() -> None:
    assert speakers("律師陳大文續稱：「被告已經非常後悔。」") == ["陳大文"]


def test_name_then_ze_and_a_verb_of_stating() -> None:
    paragraphs = ("律师陈同佳表示，案件仍在审理中。", "陈同佳则声明称，所有指控都是恶意诽谤，自己从未见过对方。")
    assert speakers_in(*paragraphs) == ["陈同佳", "陈同佳"]


def test_name_then_a_demonstrative_of_time() -> None:
    paragraphs = ("教授沈阳说，他从未做过这种事。", "许红云还记得，沈阳那时候曾告诉她，读他的博士要去国外。")
    assert speakers_in(*paragraphs) == ["沈阳", "沈阳"]


def test_name_then_a_localiser() -> None:
    paragraphs = ("志愿者杨启说，这里的住户都很困难。", "杨启后在公众号上写到：“我们会一直坚持下去，直到最后一天。”")
    assert speakers_in(*paragraphs) == ["杨启", "杨启"]
    others = ("王明说，工厂明年将扩建。", "王明华说，工厂的订单已经排到了明年。")
    assert speakers_in(*others) == ["王明", "王明华"]


def test_name_then_a_count_of_times() -> None:
    paragraphs = ("汤某某说，她记不清了。", "汤某某多改口或表示年代久远、当时年纪太小记不清了。")
    assert speakers_in(*paragraphs) == ["汤某某", "汤某某"]


# 文中提到, 文章中写道: the words are in a document; the one who published it just before speaks.


def test_in_the_text_after_a_statement_published_is_its_author() -> None:
    assert speakers_in("王明发布了一篇声明。文中提到，“我从未收受任何财物，请大家相信我。”") == ["王明"]


def test_in_the_text_after_a_statement_published_is_its_author_in_traditional_characters() -> None:
    assert speakers_in("王明發布了一篇聲明。文中提到，「我從未收受任何財物，請大家相信我。」") == ["王明"]
    assert speakers_in("李華在微博發表了一篇文章。文章中寫道：「我們不會放棄。」") == ["李華"]


def test_in_the_text_reported_is_its_author() -> None:
    assert speakers_in("王明发布了一篇声明。文中提到，自己从未收受任何财物。") == ["王明"]


def test_in_the_article_quoted_is_its_author() -> None:
    assert speakers_in("李华在微博发表了一篇文章。文章中写道：“我们不会放弃，会一直坚持到底。”") == ["李华"]
    assert speakers_in("记者看到了一封信。信中说，工厂拖欠工资已经半年。") == [None]


# 王建国，58岁，是村里的老党员。他说: a description after 是 is said of the subject; 他 is that person, no
# unnamed party member.


def test_he_after_a_name_and_a_copula_clause() -> None:
    assert speakers_in("王建国，58岁，是村里的老党员。他说，这条路修了整整三年。") == ["王建国"]


def test_he_after_a_name_is_a_description() -> None:
    assert speakers_in("据了解，刘建军是当地有名的养殖大户。他告诉记者，今年的行情不太好。") == ["刘建军"]
    assert speakers_in("一名男子是这起事故的目击者。他说，当时车速非常快。") == [None]


# 这起事故的司机名叫张伟。他说: the name a verb of naming gives is the subject's, the one a later 他/她 is.


def test_he_after_the_name_a_driver_is_called() -> None:
    assert speakers_in("这起事故的司机名叫张伟，今年四十岁。他说，当时刹车突然失灵了。") == ["张伟"]


def test_he_after_an_old_man_called_by_name() -> None:
    text = "那位老人叫李大山，今年八十岁了。他说：“我在这里住了一辈子，从来没见过这么大的水。”"
    assert speakers_in(text) == ["李大山"]


# 王明说，那天他被打了，医生给他看了病。他又说: every clause after 王明说， up to the end of its sentence is
# 王明's words; a person described inside them (医生) is no antecedent of the 他 after.


def test_he_after_words_reported_over_two_clauses_is_the_speaker() -> None:
    text = "王明说，那天晚上他被打了，医生给他看了病。他又说，“我到现在还记得那个晚上，一辈子都忘不了。”"
    assert speakers_in(text) == ["王明", "王明"]
    other = "李华家的房子塌了。一名救援人员点了支烟，坐在路边。他说，“我们已经连续干了三十个小时。”"
    assert speakers_in(other) == [None]


def test_a_cue_without_subject_after_words_reported_goes_on_with_the_speaker() -> None:
    text = "王明说，那天晚上他被打了，医生给他看了病，又说，“我到现在还记得那个晚上，一辈子都忘不了。”"
    assert speakers_in(text) == ["王明", "王明"]


# 王明说，那天他被打了，李华给他看了病。他又说: a person named inside someone's words is no antecedent either.


def test_he_after_a_name_inside_words_reported_is_the_speaker() -> None:
    text = "王明说，那天晚上他被打了，李华给他看了病。他又说，“我到现在还记得那个晚上，一辈子都忘不了。”"
    assert speakers_in(text) == ["王明", "王明"]


def test_a_cue_without_subject_after_a_name_inside_words_reported() -> None:
    text = "王明说，那天晚上他被打了，李华给他看了病，又说，“我到现在还记得那个晚上，一辈子都忘不了。”"
    assert speakers_in(text) == ["王明", "王明"]


def test_a_bare_quote_after_a_name_inside_words_reported_is_the_speakers() -> None:
    text = "王明说，那天晚上他被打了，李华给他看了病。“我到现在还记得那个晚上，一辈子都忘不了。”"
    assert speakers_in(text) == ["王明", "王明"]


# 周云气得跳脚，“…”: jieba reads the verb of a complement with 得 as the end of the name before it.


def test_a_name_before_a_verb_and_de_then_a_quote() -> None:
    assert speakers_in("周云气得跳脚，“工资不涨就算了，何来降工资的道理”。") == ["周云"]


def test_a_name_before_laughing_and_de_then_a_colon_quote() -> None:
    assert speakers_in("周云笑得合不拢嘴：“今年的收成是十年来最好的，真没想到。”") == ["周云"]


# 对于王建国来说，…。他表示: when no subject before a 他/她 is a person, the last person named before it is.


def test_he_after_a_name_in_a_frame_of_topic() -> None:
    assert speakers_in("对于王建国来说，这是一个艰难的决定。他表示，自己不会后悔。") == ["王建国"]


def test_he_after_a_name_as_an_object() -> None:
    assert speakers_in("这件事让王建国很生气。他表示，一定要讨个说法。") == ["王建国"]


# 网上有人说: an indefinite pronoun of people (有人, 某人, 别人) is someone not named.


def test_someone_online_is_unnamed() -> None:
    assert speakers_in("网上有人说，王明根本不懂教育。") == [None]


def test_someone_quoted_is_unnamed() -> None:
    assert speakers_in("村里有人说：“这条路早就该修了，拖了这么多年。”") == [None]


# 马表示, 林表示: a surname alone before a cue is the person of that surname named before, though 马 and 林 are
# also nouns (a horse, a forest).


def test_a_surname_that_is_a_noun_is_the_person_named_before() -> None:
    assert speakers_in("马志强昨日出席活动。马表示，两岸应该和平发展。") == ["马志强"]


def test_a_surname_that_is_a_noun_in_traditional_script() -> None:
    assert speakers_in("馬志強昨日出席活動。馬表示，兩岸應該和平發展。") == ["馬志強"]


# 高志明昨天…。高表示: the full name a lone surname stands for, though jieba read it as other words (高志/明,
# 马建国/ns), when it is the subject of its clause.


def test_a_surname_stands_for_a_name_jieba_cut_in_two() -> None:
    assert speakers_in("高志明今天出席活动。高表示，两岸应该和平发展。") == ["高志明"]


def test_a_surname_stands_for_a_name_jieba_reads_as_a_place() -> None:
    assert speakers_in("马建国昨日出席活动。马表示，两岸应该和平发展。") == ["马建国"]


# 王明激动的表示: 的 written for 地 after a word of manner; the subject is the name before them.


def test_a_manner_word_and_de_before_the_cue() -> None:
    assert speakers_in("王明激动的表示，公司会积极整改。") == ["王明"]


def test_a_reduplicated_manner_word_and_de_before_the_cue() -> None:
    assert speakers_in("李华笑眯眯的说：“今年的收成是十年来最好的。”") == ["李华"]


# 王明指着墙上的照片说: the name, then a verb acting on a thing; the subject is the name, not 照片.


def test_a_name_pointing_at_a_photo_then_the_cue() -> None:
    assert speakers_in("王明指着墙上的照片说：“这是我父亲年轻时候的样子。”") == ["王明"]


def test_a_titled_name_pointing_at_a_road_then_the_cue() -> None:
    assert speakers_in("村支书王明指着新修的路说，这条路花了三年才修好。") == ["王明"]
    assert speakers_in("王明介绍的专家李华说，这个方案可行。") == ["李华"]  # (王明 is inside a relative clause)


def test_a_name_holding_a_hand_then_the_cue() -> None:
    assert speakers_in("当时李华拉着他的手说：“你一定要坚持下去，不要放弃。”") == ["李华"]


# 黑龙江省高级法院…。法院认为: an organisation's head alone is the body named before in full.


def test_a_court_by_its_head_reported() -> None:
    text = "黑龙江省高级法院昨天作出终审判决。法院认为，原判事实清楚，证据确实充分。"
    assert speakers_in(text) == ["黑龙江省高级法院"]


def test_a_company_by_its_head_quoted() -> None:
    assert speakers_in("华为公司昨日发布声明。公司表示：“我们将依法维护自身权益，绝不退让。”") == ["华为公司"]


# 退休教师张建国…。“…”: a verb describing a noun of people before a name (退休|教师) is no predicate; the name
# is the subject of its sentence, whose bare quote after is theirs.


def test_a_bare_quote_after_a_retired_teacher_named() -> None:
    text = "退休教师张建国谈起往事，眼里含着泪水。“那时候条件很苦，可是大家都很团结。”"
    assert speakers_in(text) == ["张建国"]


# 王明的妻子李芳在一旁补充。“他每天…”: the 他 opening the quote is the words', not a pronoun whose antecedent
# must be a man; the subject before speaks.


def test_a_bare_quote_opening_with_he_is_the_wifes() -> None:
    assert speakers_in("王明的妻子李芳在一旁补充。“他每天都起得很早，比谁都辛苦。”") == ["李芳"]


# 他的妻子在一旁补充。“他每天…”: the person a 他 owns is the subject, unnamed; the quote is hers, not 王明's.


def test_a_bare_quote_after_his_wife_adds_is_hers() -> None:
    paragraph = "王明说，他的工资已经三个月没发了。他的妻子在一旁补充。“他每天都起得很早，比谁都辛苦，老板不能这样。”"
    assert speakers_in(paragraph) == ["王明", None]


def test_she_after_his_wife_is_his_wife() -> None:
    paragraph = "王明说，他的工资已经三个月没发了。他的妻子在一旁补充。她说：“他每天都起得很早，比谁都辛苦。”"
    assert speakers_in(paragraph) == ["王明", None]


# “…” / 村支书王明回忆说。: a short paragraph of a subject and a cue credits the bare quote paragraphs before it.


def test_a_quote_paragraph_credited_by_the_next_one() -> None:
    paragraphs = ("“那时候村里连一条路都没有，孩子们上学要走两个小时的山路。”", "村支书王明回忆说。")
    assert speakers_in(*paragraphs) == ["王明"]


def test_two_quote_paragraphs_credited_by_the_next_one() -> None:
    paragraphs = ("“那时候村里连一条路都没有。”", "“孩子们上学要走两个小时的山路。”", "王明说。")
    assert speakers_in(*paragraphs) == ["王明", "王明"]


# 王明的律师表示，…。其称: 其 stands for the unnamed speaker before it, as 他/她 do, not for the name they own.


def test_qi_after_an_unnamed_lawyer_is_the_lawyer() -> None:
    assert speakers_in("王明的律师表示，王明是无辜的。其称，警方的证据不足。") == [None, None]


# 小区保安说: a phrase of common dictionary nouns only (no head of a body, nothing tagged a place or a body) is a
# kind of person, no organisation's name.


def test_a_compound_of_common_nouns_is_unnamed() -> None:
    assert speakers_in("小区保安说：“那天晚上没有看到可疑的人进出。”") == [None]


# 于东军走进了房间。他说: 于 opening a clause before a given name and a verb is a surname, not a preposition.


def test_he_after_a_name_of_the_surname_yu() -> None:
    assert speakers_in("刘明站在门口。于东军走进了房间。他说，这里太冷了。") == ["于东军"]


# 记者在现场遇到一位村民。他告诉记者: the person the writer meets, counted and described, is who 他 stands for.


def test_he_after_the_writer_meets_a_villager_is_unnamed() -> None:
    text = "王明说，今年收成不错。记者在现场遇到一位村民。他告诉记者，价格太低了。"
    assert speakers_in(text) == ["王明", None]


# 也有村民不这么看。他们说: a 他们 after a group described stands for that group, unnamed, not the last person named.


def test_they_after_some_villagers_are_unnamed() -> None:
    text = "王明说，今年收成不错。不过，也有村民不这么看。他们说，价格太低了。"
    assert speakers_in(text) == ["王明", None]


def test_they_after_some_villagers_are_unnamed_in_traditional_characters() -> None:
    # 他們 is 他们: the group described, as in simplified characters
    assert speakers_in("王明說，今年收成不錯。不過，也有村民不這麼看。他們說，價格太低了。") == ["王明", None]


# “…”说这话的是村民王明: a cleft after the quote names who said it; it reports no clause of its own.


def test_a_cleft_after_the_quote_names_the_speaker() -> None:
    assert speakers_in("“以前这里全是荒地，现在变化太大了。”说这话的是村民王明。") == ["王明"]


def test_a_cleft_with_a_comma_and_zheng() -> None:
    assert speakers_in("“以前这里全是荒地，现在变化太大了。”说这番话的，正是村支书王明。") == ["王明"]


# “…”面对记者的追问，王芳连连摆手。: the person opening a clause after a quote that opens its paragraph, past a
# frame, says it; one who hears it (王芳听后…) does not.


def test_a_quote_then_a_frame_then_the_person() -> None:
    assert speakers_in("“不行，绝对不行，这个钱我不能要。”面对记者的追问，王芳连连摆手。") == ["王芳"]
    assert speakers_in("“你们放心吧，事情一定会解决。”王芳听后松了一口气。") == [None]


# 早在去年王明就曾表示: 早 of 早在 (as early as) opens a frame of time, no role of the speaker.


def test_as_early_as_last_year_is_no_role() -> None:
    assert said("事实上，早在去年王明就曾表示，工厂将扩建。") == [("王明", None)]


# 王明所说的“…”, 女儿所述的“…”: words nominalised as what someone said are that person's.


def test_words_as_said_by_a_named_person() -> None:
    assert speakers_in("这与律师张伟所称的“从未见过此人”相矛盾。") == ["张伟"]


def test_words_as_described_by_the_daughter_are_unnamed() -> None:
    text = "不过法院称她曾制止丈夫，而非女儿所述的“不闻不问，任由他胡来”。"
    assert said(text)[-1] == (None, "女儿")


# 据王明所说，…: 据 frames what someone said with 所 as 正如 does.


def test_according_to_what_a_lawyer_said() -> None:
    assert speakers_in("根据律师张伟所说，警方的证据不足。") == ["张伟"]
