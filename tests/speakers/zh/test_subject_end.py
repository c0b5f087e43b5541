"""Where a Chinese speaker ends, read with the verb of saying in view (made-up sentences; each expected
value is the sentence's subject as the sentence writes it)."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes.cues import zh_cues
from cqnews.enrich.speakers.phrases_zh import zh_subject_before
from tests.quote_helpers import mentions, speakers


def _speaker_of_last_cue(sentence: str) -> tuple[str, str] | None:
    cues = zh_cues(sentence, [])
    assert cues.starts, sentence
    who = zh_subject_before(sentence, 0, cues.starts[-1])
    return None if who is None else (who.mention, who.kind)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("赵文辩称，他当晚不在家。", "赵文"),  # 辩称: the verb starts before the cue 称
        ("孙某多次指称，邻居曾打过她。", "孙某"),  # a count of times and 指称
        ("郑小雪才说，那天下了雨。", "郑小雪"),  # an adverb jieba glues to an unknown name
        ("亚洲开发银行周二预测，经济将放缓。", "亚洲开发银行"),  # a time word between subject and verb
        ("刘中年说，明年要买房。", "刘中年"),  # a given name that is a time word stays
        ("律师付建称，案件已提交。", "付建"),  # 付建称 is no word of the dictionary: the name stays whole
        ("然後陳同佳說，他會自首。", "陳同佳"),  # traditional characters, as the page writes them
    ],
)
def test_subject_ends_where_the_verb_starts(sentence: str, speaker: str) -> None:
    found = _speaker_of_last_cue(sentence)
    assert found is not None and found[0] == speaker


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("他最近被两名校友指称，事情另有隐情。", "两名校友"),  # the agent after 被 reports
        ("三位专家认为，房价还会下跌。", "三位专家"),
        ("十多名学生称，食堂涨价了。", "十多名学生"),
    ],
)
def test_counted_people_are_a_description(sentence: str, mention: str) -> None:
    assert _speaker_of_last_cue(sentence) == (mention, "desc")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("教授張大中表示，樓價會跌。", "張大中"),  # a given name ending in a localiser (张大/中)
        ("王明在会上说，会议很成功。", "王明"),  # a real localiser, after a preposition
    ],
)
def test_given_name_ending_in_a_localiser(sentence: str, speaker: str) -> None:
    found = _speaker_of_last_cue(sentence)
    assert found is not None and found[0] == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("被告鍾翰林今日被判刑。", "钟翰林"),  # a lone surname jieba tags as a name, and a word after it
        ("立法會議員朱凱廸今日到場。", "朱凯廸"),  # a rare character jieba has no word for
    ],
)
def test_names_jieba_cuts_are_joined(text: str, name: str) -> None:
    from cqnews.enrich import segmenter

    assert name in [t.word for t in segmenter.tag(text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("被告Nathan表示，他沒有參與。", "Nathan", "被告"),  # a name in Latin letters after a title
        ("特首林鄭月娥表示，條例已經壽終正寢。", "林鄭月娥", "特首"),  # husband's surname, her own, a given name
        ("林鄭月娥表示，政府會聆聽。", "林鄭月娥", None),
        ("公民黨楊岳橋表示，政府應該撤回。", "楊岳橋", "公民黨"),  # a party, then a three-character name
    ],
)
def test_names_the_segmenter_cannot_read(sentence: str, speaker: str, role: str | None) -> None:
    cues = zh_cues(sentence, [])
    who = zh_subject_before(sentence, 0, cues.starts[-1])
    assert who is not None and (who.mention, who.kind, who.role) == (speaker, "person", role)


@pytest.mark.parametrize("sentence", ["美國CNN表示，消息屬實。", "江苏省委表示，会议很成功。"])
def test_organisations_are_no_such_names(sentence: str) -> None:
    cues = zh_cues(sentence, [])
    who = zh_subject_before(sentence, 0, cues.starts[-1])
    assert who is not None and who.kind == "org"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("議員譚文豪今日出席活動", "谭文豪"),  # 谭/文豪: a surname and a word of the dictionary
        ("議員黃碧雲今日出席活動", "黄碧云"),  # 黄/碧云: the surname read as an adjective
    ],
)
def test_name_after_a_title_is_one_word(text: str, name: str) -> None:
    from cqnews.enrich import segmenter

    assert name in [t.word for t in segmenter.tag(text)]


def test_conjunction_after_a_title_is_no_surname() -> None:
    from cqnews.enrich import segmenter

    assert "和同学" not in [t.word for t in segmenter.tag("她和研究生和同学一起去")]


@pytest.mark.parametrize(("text", "name"), [("李明说：“我们会建好。”", "李明"), ("陈明说，他们会来。", "陈明")])
def test_a_given_name_jieba_reads_into_the_cue(text: str, name: str) -> None:
    from cqnews.enrich import segmenter

    words = [t.word for t in segmenter.tag(text)]
    assert words[:2] == [name, "说"]


def test_the_verb_stays_after_a_pronoun() -> None:
    from cqnews.enrich import segmenter

    assert [t.word for t in segmenter.tag("他明说了。")][:2] == ["他", "明说"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("教育局发言人回复本报查询时表示，局方一直留意。", "教育局发言人"),  # an unnamed source before a clause of time
        ("教育局發言人回覆本報查詢時表示，局方一直留意。", "教育局發言人"),
        ("发言人续称：“我们会公布结果。”", "发言人"),  # 续: an adverb jieba glued to the cue
    ],
)
def test_the_subject_ends_before_a_time_clause_or_a_glued_adverb(text: str, role: str) -> None:
    from cqnews.enrich.quotes import find_quotes
    from cqnews.models import Block

    (quote,) = find_quotes([Block(text=text)], "zh")
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.role) == (None, role)


def test_a_time_word_before_a_time_clause_is_not_the_name() -> None:
    from cqnews.enrich.quotes import find_quotes
    from cqnews.models import Block

    (quote,) = find_quotes([Block(text="林鄭月娥今日出席活動後見記者時表示，政府會聆聽市民意見。")], "zh")
    assert quote.speaker is not None and quote.speaker.name == "林鄭月娥"


def test_a_plural_description_is_no_antecedent_of_she() -> None:
    from cqnews.enrich.quotes import find_quotes
    from cqnews.models import Block

    text = "社工張小姐說，很多年輕人都有情緒問題。她認為：「政府要投放更多資源。」"
    quotes = find_quotes([Block(text=text)], "zh")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["張小姐", "張小姐"]


def test_a_listener_jieba_glued_to_its_preposition_is_cut_off() -> None:
    from cqnews.enrich import segmenter
    from cqnews.enrich.quotes import find_quotes
    from cqnews.models import Block

    assert [t.word for t in segmenter.tag("市民对本网说")] == ["市民", "对", "本网", "说"]
    (quote,) = find_quotes([Block(text="有參與遊行的市民對本網說：「我們只是想表達意見。」")], "zh")
    assert quote.speaker is not None and quote.speaker.role == "參與遊行的市民"


def test_the_lawyer_of_the_accused_pleading_is_the_speaker_not_the_accused() -> None:
    # a time clause after 的 and a name is that person's (the lawyer pleads); the one before 的 only owns him
    assert speakers("被告李小明的代表律師陳大文求情時指，被告已經認錯。") == ["陳大文"]
    assert speakers("月底王兰与母亲通电话时说：“你又来了。”") == ["王兰"]


def test_an_unnamed_person_after_a_de_before_a_time_clause_is_the_speaker() -> None:
    # the noun heading the phrase after 的 does what the time clause says (the lawyer pleads), whoever owns it
    assert mentions("该名男子的律师求情时称，被告已深感后悔。") == ["男子的律师"]
    assert mentions("該名男子的代表律師受訪時指，被告已深感後悔。") == ["男子的代表律師"]
    assert mentions("张华的同事出庭作证时称，张华平时为人很好。") == ["张华的同事"]
