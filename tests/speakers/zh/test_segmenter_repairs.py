"""Segmenter repairs: made-up phrases, the words read off them."""

from __future__ import annotations

from cqnews.enrich import segmenter


def _words(text: str) -> list[str]:
    return [t.word for t in segmenter.tag(text)]


def test_the_verb_of_a_complement_with_de_is_cut_off_the_name() -> None:
    assert _words("周云气得跳脚")[:3] == ["周云", "气", "得"]
    assert _words("李明华得了冠军")[0] == "李明华"  # (得 as the verb "get": the name stays whole)


def test_a_verb_and_its_aspect_particle_are_cut_off_a_name() -> None:
    assert _words("当时李华拉着他的手")[:4] == ["当时", "李华", "拉", "着"]


def test_yu_opening_a_clause_before_a_verb_is_a_surname() -> None:
    assert _words("于东军走进了房间")[0] == "于东军"
    assert _words("于今年表示")[:2] == ["于", "今年"]  # (a preposition before a time word)


def test_zhang_after_a_noun_of_people_is_a_surname_not_a_measure() -> None:
    assert _words("十年的农民工张大山，今年")[2:4] == ["农民工", "张大山"]
    assert _words("他拿出三张纸说")[2:4] == ["三张", "纸"]  # (after a number 张 counts sheets)


def test_a_married_names_two_surnames_read_as_one_word_join_the_given_name() -> None:
    # 周李/nr 志强/nrfg, 吴李/nr 美玲/nr: jieba reads the two surnames of a married name as one name; the given name
    # after them is the rest of it (not 周李 alone, a person the later 他 would stand for).
    assert _words("例如周李志强在下午")[1] == "周李志强"
    assert _words("看着吴李美玲在门口")[1] == "吴李美玲"
    assert _words("记者李华王强报道")[1:3] == ["李华", "王强"]  # (two names of two characters stay apart)


def test_a_noun_or_a_count_after_a_dotted_names_part_read_whole_is_no_part_of_it() -> None:
    # 哈立德/nrt 联系/n, 卡里姆/nr 第一次/m: the last part jieba read as a name ends the name; the sentence goes on.
    assert _words("奥马尔·哈立德联系了记者")[:2] == ["奥马尔·哈立德", "联系"]
    assert _words("萨米尔·卡里姆第一次表示")[:2] == ["萨米尔·卡里姆", "第一次"]
    assert _words("阿不都热依木·买买提说")[0] == "阿不都热依木·买买提"  # (a noun as the first part after the dot)


def test_a_surname_and_xing_cut_off_a_glued_preposition_is_no_name() -> None:
    """经陈姓/nrfg -> 经/陈姓: once the preposition is cut off, 陈姓 (the one surnamed Chen) is a description, as it is
    where jieba reads it apart (据/陈姓)."""
    tags = {t.word: t.tag for t in segmenter.tag("经陈姓男子介绍")}
    assert tags["陈姓"] == "n"
    assert {t.word: t.tag for t in segmenter.tag("据陈姓男子说")}["陈姓"] == "n"


def test_a_conjunction_glued_to_the_level_of_a_place_is_cut_off() -> None:
    # jieba reads 而市, 但省 as nouns (no dictionary words): the conjunction, then the level opening a body's name.
    assert _words("而市卫生健康委员会指出")[:2] == ["而", "市"]
    assert _words("但省教育厅表示")[:2] == ["但", "省"]
    assert _words("而市政府表示")[:2] == ["而", "市政府"]  # (a word of the dictionary after the conjunction stays whole)
