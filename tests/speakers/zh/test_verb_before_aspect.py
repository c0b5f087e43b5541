"""The one fix for a verb read into a name before its particle of aspect (``enrich.segmenter.aspect``), in each of
its shapes (``lexicon.segmenter_repairs_zh``). Every sentence is made up; each expected cut is read off it."""

from __future__ import annotations

from cqnews.enrich import segmenter


def _cut(text: str, n: int) -> list[tuple[str, str]]:
    return [(t.word, t.tag[:1]) for t in segmenter.tag(text)][:n]


def test_a_name_and_its_verb_before_a_particle_are_two_words() -> None:
    assert _cut("王华拉着说", 3) == [("王华", "n"), ("拉", "v"), ("着", "u")]  # (the particle glued on too)
    assert _cut("欧阳明远笑着说：", 2) == [("欧阳明远", "n"), ("笑", "v")]


def test_a_familiar_name_before_a_verb_of_action_is_the_name() -> None:
    assert _cut("小刘举着喇叭说", 2) == [("小刘", "n"), ("举", "v")]


def test_a_verb_before_a_name_and_its_particle_is_no_familiar_name() -> None:
    # 老 or 小 opens a familiar name: a verb of one character before a name and 了 is a word of its own.
    assert _cut("老师们又见李华了", 6)[3:5] == [("见", "v"), ("李华", "n")]
    assert _cut("小时候他见过王华了，", 5)[2:5] == [("见", "v"), ("过", "u"), ("王华", "n")]


def test_a_verb_that_is_also_a_measure_word_is_cut_off_the_name() -> None:
    # 种 alone is a measure word (一种) and the verb "to plant": glued to a name's last character it is the verb.
    assert _cut("王德发种了二十年橘子", 3) == [("王德发", "n"), ("种", "v"), ("了", "u")]
    assert _cut("村民王德发种了二十年橘子。", 3)[1:] == [("王德发", "n"), ("种", "v")]


def test_a_given_name_read_into_a_word_after_a_person_noun() -> None:
    # 周长 is a word (perimeter); after 护林员 and before a verb, 周 is the surname and 长贵 the given name.
    assert _cut("护林员周长贵指着远处说", 3) == [("护林员", "n"), ("周长贵", "n"), ("指着", "v")]
