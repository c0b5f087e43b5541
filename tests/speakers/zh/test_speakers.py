"""Chinese speakers read from words and their parts of speech (made-up sentences, one shape each).

Each sentence below is written for the test; the expected speaker is what a reader names.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cqnews.enrich import segmenter
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind

DIRECT, INDIRECT = QuoteKind.DIRECT, QuoteKind.INDIRECT


def run(*paragraphs: str) -> list[Quote]:
    blocks = [Block(text=p) for p in paragraphs]
    quotes = find_quotes(blocks, "zh")
    for q in quotes:
        assert blocks[q.block].text[q.start : q.end] == q.text
    return quotes


def speaker_of(quotes: list[Quote], kind: QuoteKind, fragment: str) -> str | None:
    hits = [q for q in quotes if q.kind == kind and fragment in q.text]
    assert len(hits) == 1, [(q.kind.value, q.text) for q in quotes]
    return hits[0].speaker.name if hits[0].speaker else None


# ---------------------------------------------------------------- words that are never speakers


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        # a conjunction before the name
        ("然后陈同佳说，他会在下周回到台湾接受调查。", "下周回到台湾", "陈同佳"),
        ("随后赵志刚表示，工厂下个月将恢复生产。", "恢复生产", "赵志刚"),
        # an adverb between the name and the cue
        ("付小姐只是说，她不想再提这件事了。", "不想再提", "付小姐"),
        ("清华大学研究员李华则认为，政策的效果还有待观察。", "有待观察", "李华"),
        # a time word between the organisation and the cue
        ("世界银行周一预测，今年全球经济增速将放缓。", "增速将放缓", "世界银行"),
        ("美国总统拜登周二在白宫表示，美国将继续提供援助。", "继续提供援助", "拜登"),
        ("哈马斯本月6日表示，谈判没有取得进展。", "没有取得进展", "哈马斯"),
        # the time of a zone, which the segmenter reads as a place and a noun (当地/时间)
        ("法国总统马克龙当地时间15日表示，法国将增加军费。", "增加军费", "马克龙"),
        ("普京北京时间今晨表示，俄方愿意举行谈判。", "举行谈判", "普京"),
        # a quantity of time opening the sentence, a title and a transliterated name
        ("三月份，美国司法部长梅里克·加兰说，司法部将全力调查此案。", "全力调查", "梅里克·加兰"),
        # a localiser phrase after the organisation
        ("苹果公司在信中说，这项功能将在明年推出。", "明年推出", "苹果公司"),
        ("华为公司在一份声明中表示，公司将继续投入研发。", "继续投入研发", "华为公司"),
        ("国务院总理李强在会见时指出，中方愿同各方加强合作。", "加强合作", "李强"),
    ],
)
def test_speaker_is_a_name_not_a_function_word(sentence: str, fragment: str, speaker: str) -> None:
    assert speaker_of(run(sentence), INDIRECT, fragment) == speaker


def test_organisation_is_cut_at_a_word_boundary() -> None:
    qs = run("法国国家铁路公司表示，罢工将持续到周五。")
    assert speaker_of(qs, INDIRECT, "罢工") == "法国国家铁路公司"  # not 路公司


def test_a_title_that_is_one_word_names_nobody() -> None:
    qs = run("卫生部长在记者会上说，疫苗供应充足。")
    assert speaker_of(qs, INDIRECT, "疫苗供应") is None  # 卫生部长 is a title: no person 卫生


def test_a_report_is_no_person() -> None:
    qs = run("报道中说，当地的降雨量创下了历史新高。")
    assert speaker_of(qs, INDIRECT, "降雨量") is None
    assert all(q.mention != "报道中" for q in qs)


def test_a_report_pointed_at_is_no_named_source() -> None:
    qs = run("该报道称，事故造成三人死亡。")
    assert speaker_of(qs, INDIRECT, "三人死亡") is None
    assert speaker_of(run("该公司表示，产品已经全部召回。"), INDIRECT, "召回") == "该公司"  # an organisation still


def test_organisation_after_a_relative_clause_and_a_title_after_a_demonstrative() -> None:
    qs = run("参与调查的世界卫生组织表示，病毒的来源仍需进一步研究。")
    assert speaker_of(qs, INDIRECT, "病毒的来源") == "世界卫生组织"
    qs = run("该校校长王建国在开学典礼上强调，学生要树立远大理想。")
    assert speaker_of(qs, INDIRECT, "远大理想") == "王建国"


def test_the_source_of_a_publication_speaks() -> None:
    qs = run("日本共同社报道称，日本政府计划修改相关法律。")
    assert speaker_of(qs, INDIRECT, "修改相关法律") == "日本共同社"
    qs = run("国际货币基金组织日前发布报告预测，今年全球经济将增长百分之三点二。")
    assert speaker_of(qs, INDIRECT, "全球经济") == "国际货币基金组织"


def test_transliterated_name_split_by_the_segmenter() -> None:
    qs = run("哈佛大学经济学教授肯尼斯·罗格夫在文章中写道，全球债务水平已经达到危险的程度。")
    assert speaker_of(qs, INDIRECT, "全球债务") == "肯尼斯·罗格夫"
    qs = run("美国国务卿布林肯在访问期间表示，美方愿意与中方保持沟通。")
    assert speaker_of(qs, INDIRECT, "保持沟通") == "布林肯"  # not 林肯


def test_name_the_segmenter_glued_to_the_next_word() -> None:
    qs = run("英国首相斯塔默在唐宁街发表讲话时说，英国将加大对基础设施的投资。")  # 斯塔/默在
    assert speaker_of(qs, INDIRECT, "基础设施") == "斯塔默"
    qs = run("“不能只看眼前利益，”老赵对记者说，“要为子孙后代着想。”")  # 老/赵对
    assert speaker_of(qs, DIRECT, "眼前利益") == "老赵"
    assert speaker_of(qs, DIRECT, "子孙后代") == "老赵"


def test_manner_phrase_after_the_name() -> None:
    qs = run("“现在每天都有游客来，民宿基本住满了。”村民周桂兰一边收拾房间一边说。")
    assert speaker_of(qs, DIRECT, "民宿") == "周桂兰"  # not 房间


def test_title_whose_last_character_the_segmenter_gave_to_the_name() -> None:
    qs = run("美国商务部长雷蒙多周三在国会听证会上表示，美国将继续限制先进芯片出口。")  # 商务部/长雷蒙多
    assert speaker_of(qs, INDIRECT, "芯片出口") == "雷蒙多"
    qs = run("日本经济产业大臣武藤容治则在另一场合表示，政府正在评估关税的影响。")  # 武藤容/治则
    assert speaker_of(qs, INDIRECT, "评估关税") == "武藤容治"


def test_reportedly_names_no_source_and_the_speaker_after_it_speaks() -> None:
    qs = run("据报道，日本首相石破茂13日在记者会上说，日本将继续就关税问题进行磋商。")
    assert [q.text for q in qs] == ["日本将继续就关税问题进行磋商。"]
    assert speaker_of(qs, INDIRECT, "关税") == "石破茂"


def test_second_verb_of_saying_and_listener_are_not_the_clause() -> None:
    qs = run("对此，商务部新闻发言人何亚东回应称，美方的做法违反市场经济规律。")
    assert [q.text for q in qs] == ["美方的做法违反市场经济规律。"]
    qs = run("村民杨元鼎告诉记者，他家开的农家乐去年收入超过了十万元。")
    assert [q.text for q in qs] == ["他家开的农家乐去年收入超过了十万元。"]


def test_verb_of_speaking_before_the_cue_and_a_rank_after_the_name() -> None:
    qs = run("对此，国防部新闻发言人张晓刚大校回应表示，中方坚决反对。")
    assert [q.text for q in qs] == ["中方坚决反对。"]
    assert speaker_of(qs, INDIRECT, "坚决反对") == "张晓刚"
    qs = run("对此，相关部门工作人员回复称，将加强监督检查。")
    assert [q.mention for q in qs] == ["相关部门工作人员"]


def test_source_with_an_abbreviation_in_parentheses() -> None:
    qs = run("美国有线电视新闻网（CNN）报道称，美军将加强在该地区的部署。")
    assert speaker_of(qs, INDIRECT, "加强在该地区") == "美国有线电视新闻网"


def test_manner_and_back_reference_around_the_cue() -> None:
    qs = run("“只要肯干，就一定能过上好日子。”谈及未来，种植大户刘德福如是说。")
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in qs] == [(DIRECT, "刘德福")]
    qs = run("“一开始谁也不看好。”合作社理事长陈玉梅笑称，现在大家都抢着入社。")
    assert speaker_of(qs, DIRECT, "不看好") == "陈玉梅"
    assert speaker_of(qs, INDIRECT, "抢着入社") == "陈玉梅"
    qs = run("用村支书黄大发的话说，“路通了，心也就通了”。")
    assert speaker_of(qs, DIRECT, "路通了") == "黄大发"


def test_long_transliterated_name_and_a_magazine() -> None:
    qs = run("自治区人大常委会副主任阿不都热依木·买买提说，今年的棉花产量创历史新高。")
    assert speaker_of(qs, INDIRECT, "棉花产量") == "阿不都热依木·买买提"
    qs = run("《经济学人》杂志近日刊文称，全球供应链正在重塑。")
    assert speaker_of(qs, INDIRECT, "供应链") == "《经济学人》"


def test_indefinite_description_then_a_name() -> None:
    qs = run("某在线教育公司创始人张伟说，行业正在经历洗牌。")
    assert speaker_of(qs, INDIRECT, "洗牌") == "张伟"
    qs = run("市民纷纷前往观看，许多人说这座桥将大大缩短上班时间。")
    assert speaker_of(qs, INDIRECT, "缩短上班时间") is None  # 许 is a surname, 许多人 no name


def test_visitors_with_transliterated_names_and_a_listener_without_a_clause() -> None:
    qs = run(
        "“这是我们第一次来中国，一切都很新鲜。”来自法国的游客玛丽·杜邦告诉记者。她和丈夫计划在重庆停留一周。",
        "玛丽的丈夫让·杜邦说，他最喜欢的是重庆的火锅。",
    )
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in qs] == [(DIRECT, "玛丽·杜邦"), (INDIRECT, "让·杜邦")]


def test_adverb_and_cue_word_before_the_cue() -> None:
    qs = run("不过，英国工业联合会则警告称，此举可能加重企业负担。")
    assert speaker_of(qs, INDIRECT, "企业负担") == "英国工业联合会"
    qs = run("市场人士普遍认为，央行降准的可能性正在上升。")
    assert [q.mention for q in qs] == ["市场人士"]


def test_pronoun_after_a_paragraph_naming_its_subject() -> None:
    qs = run("东方金诚首席宏观分析师王青预计，二季度央行有可能下调存款准备金率。", "他同时指出：“当前物价水平偏低。”")
    assert speaker_of(qs, DIRECT, "物价水平") == "王青"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("联合国秘书长古特雷斯的发言人迪雅里克说，秘书长对局势表示关切。", "迪雅里克"),  # 迪雅/里克
        ("欧盟委员会主席冯德莱恩在社交媒体上发文表示，欧盟将与成员国密切合作。", "冯德莱恩"),  # 冯德/莱恩
        ("德国总理默克尔表示，德国将继续支持欧洲一体化。", "默克尔"),  # 德国总理 tagged as a name
        ("市场监管总局近日发布通知称，将开展为期三个月的专项整治行动。", "市场监管总局"),
    ],
)
def test_transliterations_without_interpuncts_and_notices(sentence: str, speaker: str) -> None:
    qs = run(sentence)
    assert [q.speaker.name if q.speaker else None for q in qs] == [speaker]


def test_surname_with_honorific_or_title() -> None:
    assert speaker_of(run("市民王女士说，现在办事比以前方便多了。"), INDIRECT, "办事") == "王女士"
    assert speaker_of(run("张教授说：“这个发现很重要，我们还要继续研究。”"), DIRECT, "发现很重要") == "张教授"


def test_adverbial_frame_is_no_report() -> None:
    qs = run("在谈到下一步工作时，县委书记王刚表示，将继续加大投入力度。")
    assert [q.text for q in qs] == ["将继续加大投入力度。"]
    assert qs[0].speaker is not None and qs[0].speaker.name == "王刚"


def test_two_experts_the_pronoun_goes_to_the_subject() -> None:
    qs = run(
        "复旦大学教授王明表示，这项政策很有必要。",
        "清华大学研究员李华则认为，政策的效果还有待观察。",
        "王明在会上也谈到了李华的研究。他说：“我们的结论其实并不矛盾。”",
    )
    assert speaker_of(qs, INDIRECT, "很有必要") == "王明"
    assert speaker_of(qs, INDIRECT, "有待观察") == "李华"
    assert speaker_of(qs, DIRECT, "并不矛盾") == "王明"  # 李华 is named inside the clause, as an owner


def test_two_experts_a_bare_quote_goes_to_the_subject() -> None:
    qs = run(
        "复旦大学教授王明表示，这项政策很有必要。",
        "清华大学研究员李华则认为，政策的效果还有待观察。",
        "王明在会上也谈到了李华的研究。“我们的结论其实并不矛盾。”",
    )
    assert speaker_of(qs, DIRECT, "并不矛盾") == "王明"


def test_bare_quote_after_a_person_named_as_subject() -> None:
    qs = run("当天下午，市长李明亲自来到现场查看。“一定要尽快查明事故原因，给群众一个交代。”")
    assert speaker_of(qs, DIRECT, "查明事故原因") == "李明"


def test_two_speakers_one_paragraph_a_cue_that_opens_the_next_quote_is_not_the_first_ones() -> None:
    qs = run("张华告诉记者：“我们已经连续五年没有发生安全事故。”他的同事刘明补充说：“这离不开每个人的努力。”")
    assert speaker_of(qs, DIRECT, "安全事故") == "张华"
    assert speaker_of(qs, DIRECT, "每个人的努力") == "刘明"


def test_pronoun_then_gestures_before_the_cue() -> None:
    qs = run("王刚站在村口，望着远处的山。他想了想说：“这里是我的根。”")
    assert speaker_of(qs, DIRECT, "我的根") == "王刚"


def test_quote_opening_a_paragraph_goes_to_the_person_the_paragraph_before_introduced() -> None:
    qs = run("“现在办事方便多了。”张先生说。", "市民王女士对此也深有感触。", "“以前办一个证要跑好几趟，现在网上就能办。”")
    assert speaker_of(qs, DIRECT, "方便多了") == "张先生"
    assert speaker_of(qs, DIRECT, "跑好几趟") == "王女士"


def test_two_experts_in_one_paragraph_each_keeps_their_words() -> None:
    qs = run("中国社科院研究员张明认为，汇率将保持稳定。北京大学教授刘伟则指出：“出口压力仍然不小。”")
    assert speaker_of(qs, INDIRECT, "汇率") == "张明"
    assert speaker_of(qs, DIRECT, "出口压力") == "刘伟"


def test_pronoun_after_a_person_named_as_subject_who_never_spoke() -> None:
    qs = run("当天下午，市长李明亲自来到现场。他表示，一定要尽快查明事故原因。")
    assert speaker_of(qs, INDIRECT, "查明事故原因") == "李明"


def test_unwilling_to_disclose_is_no_report() -> None:
    qs = run("一名不愿透露姓名的官员说，谈判陷入了僵局。")
    assert [q.text for q in qs] == ["谈判陷入了僵局。"]
    assert qs[0].speaker is None or qs[0].speaker.name is None  # an unnamed official


def test_example_question_is_not_a_quote() -> None:
    assert run("它可以回答“明天会下雨吗”这样的问题。") == []
    assert run("用户可以提出“附近有什么好吃的”之类的问题，系统会给出建议。") == []


def test_that_is_to_say_is_no_report() -> None:
    assert run("也就是说，这个方案行不通。") == []


# ---------------------------------------------------------------- the segmenter


def test_segmenter_joins_names_and_keeps_offsets() -> None:
    text = "三月份，美国司法部长梅里克·加兰说"
    tokens = segmenter.tag(text)
    assert all(text[t.start : t.end] == t.word for t in tokens)
    assert ("梅里克·加兰", "nr") in [(t.word, t.tag) for t in tokens]
    assert [t.word for t in segmenter.tag("付小姐只是说")] == ["付小姐", "只是", "说"]


_PIECES = list("王李张说表示称在对中上时周一只是然后·・?-（）“”，。：的了也则长部公司") + ["\ud800", "😀", " ", "A"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@settings(max_examples=200, deadline=None)
def test_segmenter_tokens_cover_the_text_exactly(text: str) -> None:
    tokens = segmenter.tag(text)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start : t.end] == t.word and t.start < t.end for t in tokens)


def test_segmenter_reads_lone_surrogates() -> None:
    text = "然后陈\ud800同佳说"
    tokens = segmenter.tag(text)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start : t.end] == t.word for t in tokens)
    assert run("然后陈同佳说，他会在下周回到台湾\udc80接受调查。")[0].speaker is not None


def test_segmenter_results_pickle_and_agree_across_threads() -> None:
    texts = [f"第{i}位发言人王{'一二三四五'[i % 5]}明在会上表示" for i in range(50)]
    serial = [segmenter.tag(t) for t in texts]
    segmenter.tag.cache_clear()
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(segmenter.tag, texts))
    assert threaded == serial
    assert pickle.loads(pickle.dumps(serial)) == serial


def test_segmenter_loads_in_warm_up_and_reads_no_file_in_a_parse() -> None:
    """``cqnews.warm_up()`` builds the dictionary; a Chinese parse afterwards opens no file."""
    code = (
        "import builtins, io, os, sys, cqnews\n"
        "assert 'rjieba' not in sys.modules  # import cqnews stays light\n"
        "cqnews.warm_up()\n"
        "assert 'rjieba' in sys.modules\n"
        "opened = []\n"
        "real_open, real_io = builtins.open, io.open\n"
        "builtins.open = lambda *a, **k: (opened.append(a[0]), real_open(*a, **k))[1]\n"
        "io.open = builtins.open\n"
        "a = cqnews.parse('<html><body><article><p>然后陈同佳说，他会在下周回到台湾接受调查。</p>'"
        "'<p>世界银行周一预测，今年全球经济增速将放缓。</p></article></body></html>')\n"
        "assert [q.speaker.name for q in a.quotes] == ['陈同佳', '世界银行'], a.quotes\n"
        "print(len(opened))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


# ---------------------------------------------------------------- pages in traditional characters


@pytest.mark.parametrize(
    ("sentence", "kind", "fragment", "speaker", "cue"),
    [
        ("衛生署署長林文健認為，疫情已經受控，市民不必過分擔心。", INDIRECT, "疫情已經受控", "林文健", "認為"),
        ("「我們會繼續爭取，直到政府回應為止。」張國強說。", DIRECT, "繼續爭取", "張國強", "說"),
        ("警方稱，事件中無人受傷，起火原因仍在調查。", INDIRECT, "無人受傷", "警方", "稱"),
        ("李小姐告訴記者：「我每天都很擔心孩子的安全。」", DIRECT, "擔心孩子", "李小姐", "告訴"),
        ("運輸署署長李華於周一表示，新路線下月開通。", INDIRECT, "新路線", "李華", "表示"),
    ],
)
def test_traditional_cues_are_read_as_simplified_and_given_as_written(
    sentence: str, kind: QuoteKind, fragment: str, speaker: str, cue: str
) -> None:
    quotes = run(sentence)
    assert speaker_of(quotes, kind, fragment) == speaker
    assert [q.cue for q in quotes if fragment in q.text] == [cue]


def test_traditional_pronoun_after_quote_takes_the_person_named_before() -> None:
    quotes = run("立法會議員張國強昨日到場視察。", "「政府必須盡快交代事件的來龍去脈。」他說。")
    assert speaker_of(quotes, DIRECT, "來龍去脈") == "張國強"


@pytest.mark.parametrize("sentence", ["張先生沒有透露，公司何時會復工。", "張先生未有透露公司何時會復工。"])
def test_traditional_negated_cue_reports_nothing(sentence: str) -> None:
    assert run(sentence) == []


def test_traditional_particle_zhe_is_read_but_not_in_zhuming() -> None:
    assert segmenter.to_simplified("她笑著說") == "她笑着说"
    assert segmenter.to_simplified("著名學者") == "著名学者"
    assert segmenter.to_simplified("著名学者") == "著名学者"  # a simplified text keeps its 著


# ---------------------------------------------------------------- quoted fragments inside a sentence


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("同时，王市长呼吁大家“自觉抵制谣言”。", "自觉抵制谣言", "王市长"),
        ("李明表示，这次转学是因为前一个学校 “没有英语”。", "没有英语", "李明"),
        ("张华觉得 “需要承担这个责任”。", "需要承担这个责任", "张华"),
    ],
)
def test_fragment_is_the_words_of_the_cue_before_it(sentence: str, fragment: str, speaker: str) -> None:
    assert speaker_of(run(sentence), DIRECT, fragment) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "李明表示，学生们每年都要交“学费”。",  # one word: a term
        "李明表示，这多亏了“雪亮乡村”建设。",  # a modifier of the noun after it
        "李明没有表示大家应该“自觉抵制谣言”。",  # a negated cue reports nothing
        "李明表示，全省实现了的“两个确保”。",  # after 的: a noun phrase named
        "李明说，同监舍的一名“社会大哥”骂过他。",  # after a measure word
    ],
)
def test_term_in_a_reported_sentence_is_no_quote(sentence: str) -> None:
    assert [q for q in run(sentence) if q.kind == DIRECT] == []


def test_reported_clause_ends_with_its_sentence() -> None:
    quotes = run("王明回忆，当天的雨时大时小，但基本没停过。他住在泗水镇，为了看病冒雨赶到县城。")
    assert [(q.kind, q.text) for q in quotes] == [(INDIRECT, "当天的雨时大时小，但基本没停过。")]


def test_a_later_cue_whose_subject_is_no_one_does_not_cut_the_clause() -> None:
    quotes = run("李明表示，公司规定如果发现员工偷懒，第一次口头警告，第二次罚款，现实是大家都怕。")
    said = "公司规定如果发现员工偷懒，第一次口头警告，第二次罚款，现实是大家都怕。"
    assert [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in quotes] == [(INDIRECT, said, "李明")]


def test_report_frame_yields_to_the_speaker_that_opens_its_clause() -> None:
    quotes = run("据新华社报道，国务院总理李强表示，中方愿同各方加强合作。")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("中方愿同各方加强合作。", "李强")]
    alone = run("据新华社报道，今年全国粮食产量再创新高。")
    assert speaker_of(alone, INDIRECT, "粮食产量") == "新华社"


def test_next_sentence_cue_does_not_cut_the_clause_and_an_unnamed_subject_does_not() -> None:
    quotes = run("李华表示，人们普遍认为这个方案可行，但她有不同看法。王明说，方案明天公布。")
    assert speaker_of(quotes, INDIRECT, "不同看法") == "李华"
    assert [q.text for q in quotes if q.speaker and q.speaker.name == "李华"] == ["人们普遍认为这个方案可行，但她有不同看法。"]


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        (("谢礼传的父亲被埋在下面。", "一旁休息的救援人员点了枝烟，“现在只能祈祷不要埋得太深”，他说。"), None, "救援人员"),
        (("王大海的家被冲毁了。", "一名村民站在路边，“房子全没了，什么都没剩下”，他说。"), None, "一名村民"),
        (("张建国的家被冲毁了。", "张建国站在路边，“房子全没了，什么都没剩下”，他说。"), "张建国", None),
    ],
)
def test_pronoun_after_an_unnamed_subject_is_unnamed(paragraphs: tuple[str, ...], name: str | None, role: str | None) -> None:
    quotes = [q for q in run(*paragraphs) if q.kind == DIRECT]
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.name == name
    if role is not None:
        assert quotes[0].speaker.role == role


@pytest.mark.parametrize(
    ("paragraphs", "fragment", "speaker"),
    [
        (("万秀玲全盘否认，“我到现在都蒙在鼓里”。",), "蒙在鼓里", "万秀玲"),
        (("刘中年说，他很想念武汉。", "他不愿多谈在北京的经历，“那就是一场噩梦”。"), "噩梦", "刘中年"),
    ],
)
def test_quote_ending_a_sentence_without_cue_is_its_subjects(
    paragraphs: tuple[str, ...], fragment: str, speaker: str
) -> None:
    assert speaker_of(run(*paragraphs), DIRECT, fragment) == speaker


def test_quote_after_an_owner_is_not_the_owners() -> None:
    assert [q for q in run("刘中年的妻子很伤心，“那就是一场噩梦”。") if q.kind == DIRECT] == []
