"""Who a Chinese 他/她 stands for.

A pronoun then a verb with its object before the cue (他指着一片新房说) is the pronoun speaking.

A 她/他 goes to the person the sentence before gives that sex (妻子李华), not to a subject whose sex is untold.

A person described (not named) as the subject of someone's reported words is not who a later 他/她 is.

A 他/她 agrees in sex with the person it stands for, and the people someone's words name are no
antecedent of it.

Every sentence is made up; each expected speaker is read off the sentence.

Who a Chinese 他/她 stands for when the person was introduced as an example (made-up paragraphs; the
expected speaker is the one a reader names).
"""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.antecedents_zh import zh_subject_named_before
from cqnews.models import Block
from tests.quote_helpers import speakers, speakers_in


def test_he_pointing_at_houses_is_he() -> None:
    text = "村支书王德福带着记者走进村里。他指着一片新房说：“这些都是今年盖的。”"
    assert speakers(text) == ["王德福"]


def test_she_picking_up_her_phone_is_she() -> None:
    text = "护士长刘芳刚下夜班。她拿起手机说：“孩子还在等我回家。”"
    assert speakers(text) == ["刘芳"]


def test_his_wife_is_not_him() -> None:
    text = "王德福今年七十岁。他的妻子说：“他每天都去地里看看。”"
    assert speakers(text) != ["王德福"]


def test_she_after_a_man_and_his_wife_is_the_wife() -> None:
    assert speakers("王明带着妻子李华回到老家。她说：“这里的变化太大了。”") == ["李华"]


def test_he_after_a_woman_and_her_husband_is_the_husband() -> None:
    assert speakers("李华陪着丈夫王明去医院复查。他说，身体已经好多了。") == ["王明"]


def test_he_stays_with_the_subject_when_no_sex_is_told() -> None:
    assert speakers("王明找到了同事李强。他说，项目已经完成了。") == ["王明"]


def test_a_worker_in_what_was_said_is_not_he() -> None:
    assert speakers("王明说，一名工人在事故中受了伤。他表示，事故原因正在调查。") == ["王明", "王明"]


def test_an_old_man_in_a_description_given_is_not_she() -> None:
    # 形容 reports a clause only with punctuation after it; the old man is in 李华's words
    assert speakers("李华形容，那位老人当时非常害怕。她说：“我从没见过那样的场面。”") == ["李华", "李华"]


def test_a_worker_the_article_describes_is_he() -> None:
    quotes = find_quotes([Block(text="一名工人在事故中受了伤。他表示，自己当时正在搬货。")], "zh")
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [(None, "一名工人")]


def _antecedent(known: list[str], text: str) -> str | None:
    return zh_subject_named_before(known, text, text.index("。") + 1)


# A kin word of one sex before a name (嫂子李芳, 大哥王强) gives that person's sex.


def test_a_sister_in_law_is_never_he() -> None:
    assert _antecedent(["王明", "李芳"], "王明回到了老家，嫂子李芳也在。他说，房子早已倒了。") == "王明"


def test_an_elder_brother_is_never_she() -> None:
    assert _antecedent(["李芳", "王强"], "李芳回到了老家，大哥王强也在。她说，房子早已倒了。") == "李芳"


def test_a_brother_in_law_is_never_she() -> None:
    assert speakers_in("李芳回到村里，姐夫王强早已等在门口。她说：“我们明天再来。”") == ["李芳"]


# 其母/其父 (his or her mother, father) and the words that address an elder (大爷, 大妈) give a sex too.


def test_his_mother_is_never_he() -> None:
    assert _antecedent(["王明", "李芳"], "王明回到了老家，其母李芳也在。他说，房子早已倒了。") == "王明"


def test_an_elder_man_addressed_as_daye_is_never_she() -> None:
    assert _antecedent(["李芳", "王强"], "李芳回到了老家，大爷王强也在。她说，房子早已倒了。") == "李芳"


def test_an_elder_woman_addressed_as_dama_is_never_he() -> None:
    assert _antecedent(["王明", "李芳"], "王明回到了老家，大妈李芳也在。他说，房子早已倒了。") == "王明"


@pytest.mark.parametrize(
    ("paragraphs", "fragment", "speaker"),
    [
        (
            ("陈勇说，罚款制度很不合理，领导从来不听解释。", "有的工人会兼职来增加收入，例如周云每天下午会去送外卖。“有时困得不行。”他说。"),
            "困得不行",
            "周云",
        ),
        (
            ("陳大文表示，樓價仍會上升。", "不少學者不同意，比如李小明每年都會發表報告。他認為樓價已經見頂。"),
            "已經見頂",
            "李小明",
        ),
        (  # no example: the one just quoted goes on
            ("陈勇说，罚款制度很不合理，领导从来不听解释。", "他还说，很多工人都想辞职了。"),
            "想辞职",
            "陈勇",
        ),
    ],
)
def test_pronoun_after_example(paragraphs: tuple[str, ...], fragment: str, speaker: str) -> None:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "zh")
    hits = [q for q in quotes if fragment in q.text]
    assert len(hits) == 1, [(q.kind.value, q.text) for q in quotes]
    assert hits[0].speaker is not None and hits[0].speaker.name == speaker


def test_he_after_a_worker_named_zhang() -> None:
    # 张 after 农民工 opens the name 张大山 (jieba reads it as a measure word): 他 is 张大山, no unnamed worker.
    assert speakers_in("在工地上干了十年的农民工张大山，今年第一次没有回家过年。他说，一天能挣三百块。") == ["张大山"]


def test_a_semicolon_ends_the_words_reported_before_it() -> None:
    # 王明指出，…；另一位经济学家李华则认为，…: after the semicolon a new subject reports, not 王明's words go on;
    # the bare quote after it and a 他 go on with 李华.
    text = "经济学家王明指出，经济将稳步复苏；另一位经济学家李华则认为，风险仍然存在。“消费回暖需要时间。”"
    assert speakers(text) == ["王明", "李华", "李华"]
    assert speakers("王明说，经济将稳步复苏；李华则表示，风险仍然存在。“消费回暖需要时间。”") == ["王明", "李华", "李华"]


def test_a_name_described_by_a_relative_clause_is_the_topic_a_pronoun_goes_on_with() -> None:
    # 刚调来不久的李华，…: the verb before 的 describes 李华, who is the clause's topic; 王明 after it is the one
    # met (inside the predicate), so the 他 after them is 李华.
    paragraphs = (
        "王明说：“工资下个月就发。”",
        "李华也表示：“我们再等一等。”",
        "刚调来不久的李华，一见到王明就问起了工资的事。他说：“大家都等着用钱。”",
    )
    assert speakers_in(*paragraphs) == ["王明", "李华", "李华"]


def test_a_frame_before_the_subject_is_no_predicate() -> None:
    # 在会上|李华见到了王明: 在会上 (at the meeting) frames the clause (as 据悉 and 对此事 do), 李华 is its subject and 王明 the one met;
    # a 他 after it is 李华, whether or not 李华 was quoted before.
    assert speakers("在会上李华见到了王明。他说：“大家都等着用钱。”") == ["李华"]
    assert speakers("据悉李华昨天见到了王明。他说：“大家都等着用钱。”") == ["李华"]  # (据悉: reportedly)
    assert speakers("对此事李华找到了王明。他说：“大家都等着用钱。”") == ["李华"]  # (对此事: about this)
    assert speakers("回到家时李华见到了王明。他说：“我要报警。”") == ["李华"]  # (回到家时: a clause of time)
    paragraphs = ("王明说：“工资下个月就发。”", "李华也表示：“我们再等一等。”", "在会上李华见到了王明。他说：“大家都等着用钱。”")
    assert speakers_in(*paragraphs) == ["王明", "李华", "李华"]


def test_the_words_reported_end_with_the_quote_that_holds_them() -> None:
    # 张伟说，“…”，李华则找到了王明: the quote closes 张伟's words; 李华 is the article's subject again and the 他
    # after it is 李华.
    paragraphs = (
        "王明说：“今年的收成很好。”",
        "李华也表示：“我们再等一等。”",
        "张伟说，“工资下个月就发”，李华则找到了王明。他说：“大家都等着用钱。”",
    )
    assert speakers_in(*paragraphs) == ["王明", "李华", "张伟", "李华"]


def test_written_cantonese_and_court_pronouns_stand_for_the_person_named_before() -> None:
    # 彼稱, 渠称: "he or she said" as Hong Kong court reports and written Cantonese put it, never a speaker called 彼.
    assert speakers("王明向法院提起訴訟。彼稱，公司違反了合同約定。") == ["王明"]
    assert speakers("王明向法院提起诉讼。渠称，公司违反了合同约定。") == ["王明"]


def test_the_official_someone_criticised_is_not_he() -> None:
    # 批评|局长|李家明 is a verb and its object after the subject 王明, no description like 退休|教师|张建国
    assert speakers("王明批评局长李家明处理不当。他说：“局长应该下台。”") == ["王明", "王明"]


def test_a_father_in_traditional_characters_is_no_she() -> None:
    # 父親 is 父亲: the father 陳大文 is a man in traditional characters too, as in simplified ones
    assert speakers("李美玲的父親陳大文表示：「我個女好乖。」她說：「爸爸好好。」") == ["陳大文", "李美玲"]
    assert speakers("李美玲的父亲陈大文表示：“我女儿很乖。”她说：“爸爸很好。”") == ["陈大文", "李美玲"]


def test_she_does_not_go_on_with_an_unnamed_father_in_traditional_characters() -> None:
    # 父親 is 父亲: a 她 in the next block is not the father, in either script
    for father, she in (
        ("陳大文的父親告訴記者，兒子一直好乖。", "她說：「我唔信佢會咁做。」"),
        ("陈大文的父亲告诉记者，儿子一直很乖。", "她说：“我不信他会这样做。”"),
    ):
        quotes = find_quotes([Block(text=father), Block(text=she)], "zh")
        assert [q.speaker.role if q.speaker else None for q in quotes][-1] is None


def test_she_is_the_woman_named_with_a_person_whose_sex_is_not_told() -> None:
    # 李女士和张建国…。她表示: 张建国, named last, has no sex told; 李女士, named before him in his sentence, is a
    # woman, so 她 is her (王娟: a character of women's names).
    assert speakers("李女士和张建国都在场。她表示：“我们不同意。”") == ["李女士"]
    assert speakers("王娟和陈刚一起来到工地。她说：“工期必须保证。”") == ["王娟"]
    # 他 and no man told: the subject named last stays, as before.
    assert speakers("李女士和张建国都在场。他表示：“我们不同意。”") == ["张建国"]
