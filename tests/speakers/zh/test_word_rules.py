"""Chinese speakers: rules read from the words and their parts of speech, not from one page.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import said, speakers, speakers_in


def test_a_description_named_by_a_relative_clause_goes_on_speaking() -> None:
    # 名叫林晓的女孩: the girl is named; the quote after her words is hers, not an unnamed girl's.
    text = "这位名叫林晓的女孩说，她每天要走两个小时山路去上学。“路上很黑，我很害怕。”"
    assert speakers(text) == ["林晓", "林晓"]
    assert said("一位叫做王强的工人表示，工资已经三个月没发了。“我们只想拿回自己的钱。”")[1] == ("王强", "工人")


def test_a_surname_after_a_title_with_its_given_name_glued_to_the_cue() -> None:
    # jieba reads 明说 ("to say plainly") and tags the lone 林 as a morpheme: after a title it opens a name.
    assert said("高雄市副市长林明说，这个项目没有法律授权。") == [("林明", "高雄市副市长")]


def test_a_demonstrative_cut_off_a_time_word_before_an_adverb() -> None:
    # 那/r 时候/n 曾/d: the time word goes, and the demonstrative the segmenter cut off it goes with it.
    assert speakers("王丽记得，周明那时候曾告诉她，“这份工作很辛苦。”") == ["周明"]


def test_a_demonstrative_or_a_time_pronoun_never_ends_a_speaker() -> None:
    # 彼时/r, 那日/r, 这/r 两天/m: words of time the segmenter tags as pronouns, after the name.
    for when in ("彼时", "那日", "此刻", "这两天", "那一天", "这些天"):
        assert said(f"周明{when}表示，公司不会裁员。") == [("周明", None)], when


def test_a_name_whose_surname_is_also_a_word_of_quantity() -> None:
    # 许小年/m: 许 ("about") made jieba read the name as a number; 许多人 stays a count of people.
    assert said("经济学家许小年认为，降息的作用有限。") == [("许小年", "经济学家")]
    assert speakers("许小年认为，降息的作用有限。") == ["许小年"]
    assert said("许多人认为，降息的作用有限。") == [(None, "许多人")]


def test_a_surname_and_jia_read_off_the_front_of_a_name() -> None:
    # 许家/m 印说, 王家/n 明说: "the Xu family" read off 许家印, the given name glued to the cue after it.
    assert speakers("许家印说：“我们一定会还钱。”") == ["许家印"]
    assert speakers("王家明说，工厂明年将扩建。") == ["王家明"]


def test_she_after_a_verb_and_a_person_owned_by_a_name() -> None:
    # 记者找到了张伟的母亲。她说: the mother is the topic, not 张伟; she is not named.
    assert said("记者找到了张伟的母亲。她说：“孩子一直很听话。”") == [(None, "张伟的母亲")]


def test_a_titled_name_opening_the_clause_after_a_frame_after_a_quote() -> None:
    # “…”面对…，消防队长郭强…: the person the sentence after the quote opens with, past its frame and title.
    assert said("“我们已经尽力了。”面对记者的提问，消防队长郭强显得有些疲惫。") == [("郭强", "消防队长")]
    assert said("“我们已经尽力了。”听到这里，记者王明注意到他的眼圈红了。") == [(None, None)]


def test_qi_after_a_body_as_the_subject_before_it() -> None:
    # 其 is "he, she or it": after a clause whose subject is a company, the company speaks.
    assert speakers("华为公司昨日发布声明。其称，公司从未参与任何违法活动。") == ["华为公司"]
    assert speakers("王明因涉嫌诈骗被捕，其在法庭上称，自己是被冤枉的。") == ["王明"]


def test_a_space_before_the_cue() -> None:
    # 陳其邁 表示: pages that set a space before the verb; the title still goes to the role.
    assert said("高雄市長陳其邁 表示，市府將全力救災。") == [("陳其邁", "高雄市長")]


def test_a_demonstrative_of_manner_never_ends_a_speaker() -> None:
    # 这样/r, 那样/r before the cue say how, not who.
    assert speakers("王明那样说：“我们一定会回来的。”") == ["王明"]
    assert speakers("张华这么表示：“工厂明年一定复工。”") == ["张华"]


def test_a_verb_of_manner_with_its_aspect_before_the_listener() -> None:
    # 哭/着 对记者说: crying is how she speaks; the speaker is the mother, unnamed.
    assert said("王明的母亲哭着对记者说：“他是个好孩子。”") == [(None, "王明的母亲")]


def test_a_transliterated_name_joined_by_a_hyphenation_point() -> None:
    # ‧ (U+2027) joins the parts of a foreign name on Taiwanese pages, as · does elsewhere.
    text = "蘋果公司執行長蒂姆‧庫克表示，公司將加大在台投資。庫克說，台灣市場非常重要。"
    assert said(text) == [("蒂姆‧庫克", "蘋果公司執行長"), ("蒂姆‧庫克", "蘋果公司執行長")]


def test_a_paragraph_indent_is_no_part_of_the_role() -> None:
    assert said("　　国家统计局新闻发言人付凌晖表示，经济运行总体平稳。") == [("付凌晖", "国家统计局新闻发言人")]


def test_a_latin_name_after_a_space() -> None:
    # Pages set a space between a title and a name in Latin letters.
    assert said("特斯拉CEO Elon Musk表示，新车将于明年交付。") == [("Elon Musk", "特斯拉CEO")]
    assert said("市长 John Smith说，新桥将于明年通车。") == [("John Smith", "市长")]


def test_you_glued_to_a_name_before_a_colon() -> None:
    # 李华有/nr 不同看法: jieba's model glued the verb 有 to the name.
    paragraphs = ("王明说：“工厂明年就要搬走了。”", "对此，他的同事李华有不同看法：“搬走也许是好事。”")
    assert speakers_in(*paragraphs) == ["王明", "李华"]


def test_a_second_quote_introduced_by_its_own_clause_and_colon() -> None:
    # 王明说：“…”|李华却很乐观：“…”: the cue before the first quote is used; the second is 李华's.
    assert speakers("王明说：“工厂明年就要搬走了。”他的同事李华却很乐观：“搬走也许是好事。”") == ["王明", "李华"]
    assert speakers("王明说：“工厂明年就要搬走了。”一旁的李华摇了摇头：“搬走也许是好事。”") == ["王明", "李华"]
    # Only a mark between: the cue goes on with the second quote.
    assert speakers("王明说：“工厂明年就要搬走了。”“我们都舍不得。”") == ["王明", "王明"]


def test_a_name_after_a_verb_with_its_aspect_is_its_object() -> None:
    # 代理/n 了 王明的案子: jieba tags the verb a noun; 了 shows it is one, so 王明 is no subject.
    assert speakers_in("张律师代理了王明的案子。", "他认为，法院的判决存在明显错误。") == ["张律师"]


def test_she_opening_a_paragraph_goes_on_with_the_unnamed_source_before() -> None:
    paragraphs = ("村支书王明带记者来到李强家。", "李强的妻子告诉记者，丈夫已经卧床三年。", "她说：“家里的钱全花在看病上了。”")
    quotes = find_quotes([Block(text=p) for p in paragraphs], "zh")
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [
        (None, "李强的妻子"),
        (None, "李强的妻子"),
    ]


def test_a_body_named_again_by_its_head_in_the_next_paragraph() -> None:
    # 该公司, 法院, 该院: the body named in full in the paragraph before.
    assert speakers_in("华为技术有限公司昨日发布了新款手机。", "该公司表示，新机将于下周上市。") == ["华为技术有限公司"]
    court = "北京市第一中级人民法院昨日公开审理了此案。"
    assert speakers_in(court, "法院认为，被告人的行为已构成诈骗罪。") == ["北京市第一中级人民法院"]
    assert speakers_in(court, "该院认为，被告人的行为已构成诈骗罪。") == ["北京市第一中级人民法院"]


def test_a_kin_noun_opening_a_paragraph_is_the_relative_named_just_before() -> None:
    assert speakers_in("王明的女儿王小丽今年上初三。", "女儿说：“我想考到北京去。”") == ["王小丽"]


def test_a_surname_and_a_title_with_its_rank() -> None:
    # 李副教授, 赵代市长: a surname, the rank and the title name the person named before in full.
    first = "中国社科院研究员王明和北京大学副教授李华接受了采访。"
    assert speakers_in(first, "李副教授则认为：“降息仍有必要。”") == ["李华"]
    assert speakers("赵代市长表示，新桥将于明年通车。") == ["赵代市长"]
    assert speakers("浙江副省长表示，新桥将于明年通车。") == [None]


def test_a_clause_of_verbs_and_adverbs_alone_has_its_subject_left_out() -> None:
    # 实名/v 举报/v 称, 一再/d 避重就轻/i 称: no subject is written; the person of the clause before speaks.
    assert speakers("林明在开庭时，一再避重就轻称，自己并不知情。") == ["林明"]
    assert speakers("林明在开庭时，实名举报称，公司存在违规行为。") == ["林明"]


def test_a_name_the_dictionary_holds_as_a_place_after_a_title() -> None:
    # 马建国/ns: after the title 律师 it is the lawyer's name.
    assert said("律师马建国昨日表示，案件仍在审理中。") == [("马建国", "律师")]
    assert speakers_in("律师马建国代理了此案。", "马说，他会继续上诉。") == ["马建国"]


def test_he_after_a_name_the_dictionary_holds_as_a_place() -> None:
    assert speakers_in("马建国代理了此案。", "他说，他会继续上诉。") == ["马建国"]


def test_a_count_and_a_common_noun_tagged_a_name_is_unnamed() -> None:
    # 老汉/nr, 阿婆/nr: jieba tags these kinds of people as names; after a count they are no one named.
    assert said("一名老汉说：“今年的雨水太多了。”") == [(None, "一名老汉")]
    assert said("一位阿婆说：“今年的雨水太多了。”") == [(None, "一位阿婆")]


def test_he_after_a_name_jieba_tags_a_common_noun() -> None:
    # 李稻葵/n, 万钢/n: names the model made up a noun of; a surname opens them and no dictionary holds them.
    assert speakers("经济学家李稻葵长期关注消费问题。他认为，消费复苏需要时间。") == ["李稻葵"]
    assert speakers("万钢长期关注科技问题。他认为，创新需要时间。") == ["万钢"]


def test_a_name_whose_first_two_characters_jieba_reads_as_a_verb() -> None:
    # 易会/v 满/a 表示: the one character before the cue ends the name, it is no adverbial of the verb.
    assert said("易会满表示，经济运行总体平稳。") == [("易会满", None)]
    assert said("证监会主席易会满表示，经济运行总体平稳。") == [("易会满", "证监会主席")]
    assert said("王明忙表示，经济运行总体平稳。") == [("王明", None)]


def test_a_given_name_cut_before_a_verb_of_telling() -> None:
    # 宋波/nr 珊/n 告诉记者: the character before 告诉 ends the name, as before 表示.
    assert said("宋波珊告诉记者，经济运行总体平稳。") == [("宋波珊", None)]


def test_the_one_named_by_a_relative_clause_owning_the_speaker() -> None:
    # 名叫林晓的女孩的母亲: the mother speaks, unnamed; 林晓 owns her.
    text = "一位名叫林晓的女孩的母亲说，女儿每天要走两个小时山路。“路上很黑，她很害怕。”"
    assert said(text) == [(None, "一位名叫林晓的女孩的母亲")] * 2
