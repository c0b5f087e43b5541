"""Chinese speakers read from the words and their parts of speech, each rule shown by a sentence whose speaker was wrong by construction.

Chinese speakers: rules read from the words and their parts of speech, not from one page.

Every sentence is made up; each expected speaker is read off the sentences.

Chinese speakers: made-up sentences whose speaker is wrong by construction.

Every sentence is made up; each expected speaker is read off the sentences.

Chinese speakers: made-up sentences whose speaker is wrong by construction.

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


def test_cantonese_hua_after_a_surname_and_a_word_of_address_says() -> None:
    # 陳伯話：「…」 is "Uncle Chan says": 話 is the verb, no part of the name
    assert said("街坊陳伯今年七十歲。陳伯話：「我每個月都唔夠錢交租。」") == [("陳伯", None)]
    assert said("街坊李太話：「我每個月都唔夠錢交租。」") == [("李太", "街坊")]


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


# 刘芳 is named as the mother of 王明, her son: a later 她 is never 王明.
_MOTHER_AND_SON = "刘芳的儿子王明从邻居口中得知，那晚水倒灌进母亲开的饭店。"


def test_a_she_passes_over_the_man_named_last_to_the_woman_before() -> None:
    # The last person named is the son (儿子王明); 她 goes back to the one of her sex, 刘芳.
    assert said(_MOTHER_AND_SON + "失联前，她说：“我走不掉了。”") == [("刘芳", None)]


def test_a_cue_with_no_subject_goes_on_with_the_pronoun_of_the_clause_before() -> None:
    # 她给儿女发了一张照片，告诉他们：…: the one who tells is 她 (刘芳), not the son named before.
    text = _MOTHER_AND_SON + "失联前，她给儿女发了一张照片，告诉他们：“我走不掉了。”"
    assert said(text) == [("刘芳", None)]
    assert said("王明从外地回来了。他给母亲打了电话，告诉她：“我很想家。”") == [("王明", None)]


def test_a_person_mentioned_in_an_aside_in_brackets_is_no_antecedent() -> None:
    # （未包括其母刘芳）: the mother is named by the way; the later 她 goes on with 张丽, who accused them.
    text = "被张丽控告的人数持续增加，至少有16人（未包括其母刘芳）。后来她说：“还有二十多人。”"
    assert said(text) == [("张丽", None)]


def test_a_full_name_with_a_courtesy_title_is_the_person_named() -> None:
    # 王明先生 ("Mr Wang Ming"), 刘芳女士: the person is named 王明, 刘芳; no relative of theirs, no organisation.
    assert said("王明先生说：“我们很忙。”") == [("王明", None)]
    assert said("市民刘芳女士说：“我们很忙。”") == [("刘芳", "市民")]
    assert said("张先生说：“我们很忙。”") == [("张先生", None)]


def test_a_he_after_a_full_name_with_a_courtesy_title_is_that_name() -> None:
    # 王明先生: the given name's last character 明 is no surname of a Mr 明 standing for the later 他.
    text = "王明先生陪着母亲来到现场，李丽女士也来了。他说：“我想回家。”"
    assert said(text) == [("王明", None)]


def test_a_she_is_no_man_named_in_the_paragraph_or_the_one_before() -> None:
    # 李华先生 is a man: the 她 goes on with 刘芳, quoted before, not with the latest person named.
    assert speakers_in("刘芳说：“我每天五点出门。”", "她的邻居李华先生也证实了这一点。她说：“我很忙。”") == [
        "刘芳", "刘芳",
    ]
    # 王明先生 and 刘芳's husband are men: 她 at the head of the next paragraph is 刘芳.
    assert speakers_in("王明先生是一名司机，妻子刘芳是护士。", "她说：“我们很忙。”") == ["刘芳"]
    assert speakers_in("刘芳女士是一名护士，她的丈夫王明是司机。", "她说：“我们很忙。”") == ["刘芳"]
