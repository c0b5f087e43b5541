"""Chinese speakers read from words and their parts of speech (made-up sentences; each expected value is
read from the sentence: who is its subject, and how the sentence writes that name)."""

from __future__ import annotations

import pytest

from cqnews.enrich import segmenter
from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.antecedents_zh import zh_subject_named_before
from cqnews.enrich.speakers.phrases_zh import zh_subject_before
from cqnews.models import Block


def _words(text: str) -> list[str]:
    return [t.word for t in segmenter.tag(text)]


def _subject(clause: str) -> tuple[str, str] | None:
    who = zh_subject_before(clause, 0, len(clause))
    return None if who is None else (who.mention, who.kind)


# ---------------------------------------------------------------- segmenter repairs


def test_a_question_mark_is_no_interpunct() -> None:
    words = _words("为何未提蔡祥令？汤某某称")
    assert "？" in words and not any("？" in w and len(w) > 1 for w in words)


def test_traditional_text_is_read_in_simplified_characters_with_its_offsets() -> None:
    text = "陳先生表示"
    assert segmenter.to_simplified(text) == "陈先生表示"
    first = segmenter.tag(text)[0]
    assert (first.word, first.start, first.end) == ("陈先生", 0, 3)
    plain = "王凯表示"
    assert segmenter.to_simplified(plain) is plain  # nothing to convert: the same string


def test_hong_kong_form_of_wei_is_simplified() -> None:
    # 衞 is how Hong Kong writes 衛 (衞生署, 捍衞): read as 卫, so 衞生署 is the body 卫生署.
    assert segmenter.to_simplified("衞生署表示") == "卫生署表示"


# ---------------------------------------------------------------- the subject before a cue


@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("谢礼传还不敢把这事", "谢礼传"),  # an adverb starts the predicate
        ("张伟反问", "张伟"),
        ("邱莲哭着", "邱莲"),  # a verb of manner
        ("许红云实名", "许红云"),
        ("汤某某多次", "汤某某"),  # an anonymised name
        ("李明会见记者时", "李明"),  # a time clause without 在 (jieba tags 会见 a noun)
    ],
)
def test_predicate_after_a_name_is_not_the_speaker(clause: str, name: str) -> None:
    assert _subject(clause) == (name, "person")


def test_first_of_coordinated_people_and_of_a_group() -> None:
    assert _subject("万秀玲和孩子大姑汤玉英均") == ("万秀玲", "person")
    assert _subject("刘万友、陈春付等人") == ("刘万友", "person")
    assert _subject("李明等人") == ("李明", "person")


def test_titles_and_roles_before_a_name_stay_the_role() -> None:
    who = zh_subject_before("外交部长张华会见记者时", 0, 11)
    assert who is not None and (who.mention, who.role) == ("张华", "外交部长")
    who = zh_subject_before("河南省委副书记、省长王凯", 0, 12)
    assert who is not None and (who.mention, who.role) == ("王凯", "河南省委副书记、省长")
    who = zh_subject_before("安化县乐安镇大禾村村民陈福香", 0, 14)
    assert who is not None and (who.mention, who.role) == ("陈福香", "安化县乐安镇大禾村村民")


def test_a_lone_verb_of_saying_leaves_the_subject_out() -> None:
    assert _subject("他否认指控，回应") == ("他", "pronoun")  # (，)回应称: the subject is the one before, 他


def test_a_common_noun_alone_is_someone_unnamed() -> None:
    assert _subject("家属") == ("家属", "desc")
    assert _subject("校方") == ("校方", "org")  # a party is an organisation


def test_a_dictionary_noun_is_no_name_by_its_surname() -> None:
    who = zh_subject_before("据广东省应急管理厅", 0, 9)
    assert who is not None and who.mention == "广东省应急管理厅"  # not 管理厅, though 管 is a surname


def test_a_relative_clause_keeps_its_head() -> None:
    who = zh_subject_before("来自巴西的航空与技术专业博士生泰勒斯", 0, 18)
    assert who is not None and who.mention == "泰勒斯"


def test_traditional_subject_comes_back_as_the_page_writes_it() -> None:
    who = zh_subject_before("醫院院長陳志明", 0, 7)
    assert who is not None and (who.mention, who.role) == ("陳志明", "醫院院長")


# ---------------------------------------------------------------- a quote with no cue of its own


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市民王女士：“很好”", "王女士"),  # a noun phrase and a colon
        ("国家统计局：“数据”", "国家统计局"),
        ("张伟反问：“为什么”", "张伟"),  # a verb not in the cue table
        ("张伟的回答是：“不知道”", "张伟"),  # the owner of what is said
    ],
)
def test_colon_introduces_the_speaker(text: str, name: str) -> None:
    assert zh_subject_named_before([], text, text.index("“") + 1) == name


@pytest.mark.parametrize("text", ["标语写着：“很好”", "原因有二：“一是”"])
def test_colon_after_a_clause_of_its_own_names_no_one(text: str) -> None:
    assert zh_subject_named_before([], text, text.index("“") + 1) is None


def test_traditional_page_end_to_end() -> None:
    quotes = find_quotes([Block(text="陳先生表示：「今天的天氣真好，我們出去走走。」")], "zh")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("今天的天氣真好，我們出去走走。", "陳先生")
    ]


def test_the_one_spoken_to_is_no_speaker() -> None:
    assert _subject("张华对李明和王强") == ("张华", "person")  # 张华对李明和王强说
    assert _subject("王明向李华") == ("王明", "person")
    assert _subject("她打开窗户，对母亲") == ("她", "pronoun")  # (，)对母亲说: the subject is the one before, 她


def test_a_demonstrative_before_a_title_is_no_name() -> None:
    assert _subject("这位教授") == ("这位教授", "desc")
    assert _subject("一位教授") == ("一位教授", "desc")
    assert _subject("钟南山院士") == ("钟南山", "person")


def test_a_phrase_of_place_read_as_one_idiom_is_split() -> None:
    assert _words("普京在会谈中说")[1:4] == ["在", "会谈", "中"]
    assert _subject("俄罗斯总统普京在会谈中") == ("普京", "person")


def test_with_someone_who_is_not_named_is_the_predicate() -> None:
    assert _subject("李华与母亲通电话时") == ("李华", "person")


def test_an_organisation_tagged_as_a_name_does_not_end_the_speaker() -> None:
    who = zh_subject_before("国家卫健委新闻发言人米锋", 0, 12)  # 卫健委 is tagged nr, 发言人 l
    assert who is not None and (who.mention, who.role) == ("米锋", "国家卫健委新闻发言人")


@pytest.mark.parametrize(
    ("clause", "name", "role"),
    [
        ("联合国秘书长古特雷斯", "古特雷斯", "联合国秘书长"),  # 古 is a piece of the transliteration
        ("张明研究员", "张明", "研究员"),  # a title after the name
        ("老张", "老张", None),  # a familiar name, not a common noun
    ],
)
def test_names_with_titles(clause: str, name: str, role: str | None) -> None:
    who = zh_subject_before(clause, 0, len(clause))
    assert who is not None and (who.mention, who.kind, who.role) == (name, "person", role)


def test_a_name_inside_a_quote_is_no_antecedent() -> None:
    text = "“王凤朝和李忠云何时得知，二人说法不一。” 汤家的申诉律师付建说。在他看来"
    assert zh_subject_named_before(["付建", "李忠云", "王凤朝"], text, len(text) - 3) not in ("李忠云", "王凤朝")
    quotes = find_quotes(
        [Block(text="“王凤朝和李忠云何时得知，二人说法不一。” 汤家的申诉律师付建说。在他看来，“这正是此案的要点所在。”")], "zh"
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["付建", "付建"]
