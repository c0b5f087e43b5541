"""Chinese quotes and speakers probed with made-up sentences in the styles of many presses (issue 11)."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, said, speakers, speakers_in, texts_in


def test_short_quote_then_comma_and_speaker() -> None:
    # A short quote heading its sentence, its speaker after it: words said, not a term.
    assert said("“不行”，王明说。") == [("王明", None)]
    assert said("「經濟仍然穩定」，行政長官李家超表示。") == [("李家超", "行政長官")]
    assert said("“再等等”李华回答。") == [("李华", None)]
    # Words between the quote and the speaker: the quote is a term the sentence talks about.
    assert said("“欢迎”二字王明说过很多次。") == []
    assert said("“创新”是今年会议的主题，王明说。") == []


def test_short_quote_then_speaker_and_listener() -> None:
    assert texts_in("王明是市长。", "“我们会考虑”，他告诉记者。") == ["我们会考虑"]



def test_verb_of_comment_is_no_part_of_the_role() -> None:
    # 评论, 分析, 爆料, 通报 before 称 or 指出 is what the speaker does, not who the speaker is.
    assert said("有网友评论称，这个决定简直太离谱了。") == [(None, "网友")]
    assert said("有业内人士分析指出，市场需求仍然疲弱。") == [(None, "业内人士")]
    assert said("有市民爆料称，该餐厅长期使用过期食材。") == [(None, "市民")]
    assert said("警方通报称，两名嫌疑人已被抓获。") == [("警方", None)]


def test_there_is_is_no_part_of_the_role() -> None:
    # 有专家(分析称): "there is" introduces the unnamed source.
    assert said("有专家分析称，房价短期内难以大幅上涨。") == [(None, "专家")]


def test_according_to_is_no_part_of_the_role() -> None:
    # 据 glued by the segmenter to the first character of the source (据市…) is still "according to".
    assert said("据市卫健委相关负责人介绍，今年共接种疫苗30万剂。") == [(None, "市卫健委相关负责人")]
    assert said("据县教育局有关负责人透露，明年将新增学位两千个。") == [(None, "县教育局有关负责人")]


def test_surname_and_title_stand_for_the_full_name_given_before() -> None:
    # 陳教授, 刘局长, 王总 after the full name: the same person, as HK, Taiwan and mainland news write.
    assert speakers_in(
        "香港大學經濟學教授陳大文接受本報訪問時表示，息口上升將令樓價受壓。",
        "陳教授續稱：「未來半年樓價或再跌一成。」",
    ) == ["陳大文", "陳大文"]
    assert speakers("市交通局局长刘洋昨天做客直播间。刘局长表示，今年将新建地铁线路3条。") == ["刘洋"]
    assert speakers("公司总经理王明接受采访。王总表示，公司今年利润增长了两成。") == ["王明"]
    # No full name of that surname before: the mention is the name.
    assert speakers("李明昨天也来了。张教授表示，这项研究还需要时间。") == ["张教授"]


def test_quote_after_a_surname_with_honorific_is_theirs() -> None:
    # 王女士 names her (as the article names ordinary people): the quote after her words is hers, by name.
    assert speakers("王女士告诉记者，她家的房子已经漏水三年了。“每次下雨都要用盆接水。”") == ["王女士", "王女士"]
    assert speakers("張先生向本報透露，事件發生在上周五。「當時現場非常混亂。」") == ["張先生", "張先生"]


def test_time_word_before_the_name_is_no_role() -> None:
    # 那时候, 这时候, 那会儿, 那天: when the person spoke, not who they are.
    assert said("那时候王明说，他要去北京读书。") == [("王明", None)]
    assert said("那个时候李华表示，她不会再回来了。") == [("李华", None)]
    assert said("那会儿张伟说，工厂每天都要加班。") == [("张伟", None)]
    assert said("那天刘芳告诉记者，她已经三天没睡觉了。") == [("刘芳", None)]


def test_quoted_word_named_as_a_word_is_no_quote() -> None:
    # “责任”二字, “创新”一词, “赶紧走”三个字: the sentence talks about the words, nobody says them here.
    assert texts_in("采访中，张华多次提到“责任”二字。") == []
    assert texts_in("他在发言中三次提到“创新”一词。") == []
    assert quotes_found("李明说，“赶紧走”三个字让他印象深刻。", "zh") == [
        ("indirect", "“赶紧走”三个字让他印象深刻。", "李明")  # (what 李明 said: the term heads it)
    ]


def test_a_flood_is_nobody() -> None:
    # 洪水 (which the segmenter's dictionary calls a name) is no speaker of the quote after it.
    assert speakers("张伟的儿子张小明从邻居口中得知，那天晚上洪水冲进了店里。“门都被冲坏了。”") == ["张小明"]


def test_time_word_glued_to_a_name_is_cut_off() -> None:
    # 见到刘芳时，她…: the person is 刘芳, 时 is "when".
    assert speakers("记者见到刘芳时，她正在整理货架。“生意比去年差多了。”她说。") == ["刘芳"]
    assert speakers("记者采访王伟后，他又打来电话。“还有一件事忘了说。”他说。") == ["王伟"]


def test_term_heading_a_reported_clause() -> None:
    # 指出，“双减”政策…: the name of a policy opens the reported clause; the clause is reported, the term
    # is no direct quote.
    assert quotes_found("专家指出，“双减”政策实施以来，学生负担明显减轻。", "zh") == [
        ("indirect", "“双减”政策实施以来，学生负担明显减轻。", None)
    ]


def test_relative_clause_before_the_speaker() -> None:
    # [与王明同住一个宿舍]的张伟: the clause before 的 describes 张伟, who speaks; 王明 only lives with him.
    assert said("与王明同住一个宿舍的张伟说：“他每天都学习到很晚。”") == [("张伟", "与王明同住一个宿舍")]
    assert said("住在附近的居民告诉记者，爆炸声很大，窗户都震碎了。") == [(None, "住在附近的居民")]
    assert said("刚从北京回来的陈静表示，那边的天气很冷。") == [("陈静", "刚从北京回来")]


def test_person_a_description_calls_by_name() -> None:
    # 一名叫张强（化名）的工人, 化名为小李的受访者: the name given is the speaker's, the noun the role.
    assert said("一名叫张强（化名）的工人说，他已经三个月没拿到工资了。") == [("张强", "工人")]
    assert said("化名为小李的受访者表示，公司经常要求员工加班。") == [("小李", "受访者")]


def test_state_noun_after_the_name_is_no_part_of_it() -> None:
    # 刘洋信心满满：“…”: 信心 opens what is said of 刘洋, as 笑着 or 感慨万千 would.
    assert speakers("谈及下一步打算，刘洋信心满满：“我们要把品牌做大做强。”") == ["刘洋"]
    assert speakers("说到这里，王明心情激动：“我们终于等到了这一天。”") == ["王明"]


def test_speaking_of_frames_a_topic() -> None:
    # 说到这里，/谈到这里，: "speaking of this" frames what follows; it reports nothing, the person after speaks.
    assert quotes_found("说到这里，王明心情激动：“我们终于等到了这一天。”", "zh") == [
        ("direct", "我们终于等到了这一天。", "王明")
    ]
    assert quotes_found("谈到这里，王明心情激动：“我们终于等到了这一天。”", "zh") == [
        ("direct", "我们终于等到了这一天。", "王明")
    ]
    # 说到时候: 到时候 is "then", what 王明 said.
    assert texts_in("王明说到时候会来看望大家。") == ["到时候会来看望大家。"]


def test_lone_surname_after_a_name_the_segmenter_split() -> None:
    # 黃國華 read 黄/a 国华/nz: still the full name 黃氏 stands for.
    assert speakers("黃國華昨日出席論壇。黃氏指出，樓市已經見頂。") == ["黃國華"]


def test_person_and_his_is_a_man() -> None:
    # 张伟和他的母亲: 张伟 is a 他, so the 她 after is not 张伟.
    assert speakers("记者联系了张伟和他的母亲。她表示，儿子从小就很听话。") == [None]
    assert speakers("记者见到了刘芳与她的丈夫。他表示，妻子这些年很辛苦。") == [None]


def test_marks_and_spaces_around_the_speaker() -> None:
    # A bullet or a bracketed column label opens the clause; a space before the cue ends the name.
    assert said("▲王明在发布会上表示，新产品将于下月上市。") == [("王明", None)]
    assert said("【记者手记】王明说，这次采访让他很受触动。") == [("王明", None)]
    assert said("王明 说：“我们会继续努力。”") == [("王明", None)]
    assert said("据@北京发布 消息，明天将有大风降温。") == [(None, "@北京发布")]


def test_this_group_is_not_a_count_of_groups() -> None:
    # 该集团 stands for the group named before, not 六大业务集团 (a count of bodies) in what it said.
    assert speakers("阿里巴巴集团表示，将拆分为六大业务集团。该集团称，此举旨在提升效率。")[1] == "阿里巴巴集团"


def test_given_name_ending_like_a_body_alone_is_a_person() -> None:
    # 徐直军说 (军 also ends the name of an army): the person named before, with the role given then.
    assert said("华为轮值董事长徐直军表示，华为将持续投入研发。徐直军说：“我们不会停下脚步。”") == [
        ("徐直军", "华为轮值董事长"),
        ("徐直军", "华为轮值董事长"),
    ]
    assert said("刘建国说：“今年的收成很好。”他又补充道：“价格也不错。”") == [("刘建国", None), ("刘建国", None)]


def test_japanese_surname_after_the_full_name() -> None:
    # 岸田 after 岸田文雄: a Japanese surname of two characters names the person given in full before.
    assert said("日本首相岸田文雄在记者会上说，日本将加强防卫能力。岸田说：“这是必要的措施。”") == [
        ("岸田文雄", "日本首相"),
        ("岸田文雄", "日本首相"),
    ]


def test_writer_clause_ends_the_report() -> None:
    # …，记者注意到，…: what the reporter noticed is not what 王明 said.
    assert texts_in("王明表示，公司今年将加大研发投入，并计划推出十款新产品，记者注意到，这一目标远高于去年。") == [
        "公司今年将加大研发投入，并计划推出十款新产品"
    ]


def test_saying_while_doing_reports_nothing() -> None:
    # 一边说，一边握紧了拳头: what he does while speaking, no reported clause.
    assert quotes_found("“我们一定能做到。”王明一边说，一边握紧了拳头。", "zh") == [
        ("direct", "我们一定能做到。", "王明")
    ]


def test_quote_interrupted_by_its_speaker() -> None:
    # “…，”王明顿了顿，“…”: one quoted sentence split by the speaker's pause; both parts are his.
    assert speakers("“我们一定能做到，”王明顿了顿，“只要大家齐心协力。”") == ["王明", "王明"]
    assert speakers("「我們一定做到，」陳大文頓了頓，「只要大家齊心。」") == ["陳大文", "陳大文"]


def test_demonstrative_and_noun_stand_for_the_person_named_with_it() -> None:
    # 市长李刚… 这位市长强调: the mayor named before; 涉事男子张某… 该男子称: 张某.
    assert said("市长李刚主持会议。会上，这位市长强调，要确保民生工程按期完成。") == [("李刚", "市长")]
    assert said("涉事男子张某被警方控制。该男子称，自己当时喝了酒。") == [("张某", "男子")]
    assert said("市交通局负责人刘洋介绍了情况。该负责人表示，地铁三号线将于年底开通。") == [("刘洋", "负责人")]


def test_demonstrative_and_noun_across_sentences_before_a_quote() -> None:
    # 这位律师还说：“…”: the lawyer named in the sentence before, with the role given then.
    assert said("王明的律师张伟表示，其当事人将提起上诉。这位律师还说：“我们有充分的证据。”") == [
        ("张伟", "王明的律师"),
        ("张伟", "王明的律师"),
    ]


def test_kin_or_title_alone_across_sentences_before_a_quote() -> None:
    # 妻子说：“…” after 妻子李娜, 村支书介绍说：“…” after 村支书王建国, in an earlier sentence of the block.
    assert said("王明和妻子李娜经营着一家小店。妻子说：“生意越来越难做了。”") == [("李娜", "妻子")]
    assert said("村支书王建国带记者参观了新建的厂房。村支书介绍说：“这里明年就能投产。”") == [("王建国", "村支书")]


def test_the_writer_is_never_he() -> None:
    # 記者致電陳大文，他表示: the reporter called 陳大文; 他 is the one called.
    assert speakers("記者昨日致電陳大文，他表示：「暫時不作回應。」") == ["陳大文"]
    assert speakers("记者联系到张伟时，他表示，自己对此并不知情。") == ["张伟"]


def test_double_surname_and_the_given_name_read_apart() -> None:
    # 司马光/明, 诸葛/明亮: after a double surname the given name has up to two characters.
    assert speakers("司马光明表示，这个问题很复杂。") == ["司马光明"]
    assert speakers("诸葛明亮认为，改革势在必行。") == ["诸葛明亮"]
    assert speakers("司马光说，这个问题很复杂。") == ["司马光"]


def test_short_quote_paragraph_credited_by_the_next() -> None:
    # 「我們不會放棄。」 / 陳大文在記者會上如是說。: a short sentence quoted alone, said by the one who "said so".
    assert speakers_in("「我們不會放棄。」", "陳大文在記者會上如是說。") == ["陳大文"]


def test_surname_and_head_of_state_title() -> None:
    # 蔡總統, 黄立委 after the full name: the person named before, with the role given then.
    assert said("蔡英文總統今（5）日表示，台灣會守護民主。蔡總統說：「民主是台灣的核心價值。」")[1] == ("蔡英文", "總統")
    assert speakers("立委黄国昌质询时说，政府应说明清楚。黄立委表示：“这是人民的钱。”") == ["黄国昌", "黄国昌"]


def test_title_after_a_foreign_name_and_tenure() -> None:
    # 拜登总统说 (a title after the name), 马英九总统任内曾表示 (任内: "while in office", no name).
    assert speakers("美国总统拜登表示，美方将继续支持乌克兰。拜登总统说：“我们不会退缩。”") == ["拜登", "拜登"]
    assert said("马英九总统任内曾表示，两岸应和平发展。") == [("马英九", "总统")]
