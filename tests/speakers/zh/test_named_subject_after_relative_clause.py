"""A person named right after a relative clause opening the sentence (家住城关镇的|李秀芳, 来自河南的|王建国), maybe
with a noun of the kind of person between (返乡创业的|大学生|邓佳怡), and before a predicate opening with a time word
or an adverb (今年68岁, 已经…, 每天都…) is the subject of that sentence, so a quote with no cue of its own after it is
that person's, as after a name that opens its sentence. A name after a verb of the writer's or someone else's and 的
(看望了住院的李四) stays its object."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_resident_living_in_a_town() -> None:
    text = "家住城关镇的李秀芳今年68岁，每天都到社区食堂吃饭。“饭菜可口，我们老年人吃得放心。”"
    assert speakers(text) == ["李秀芳"]


def test_a_resident_called_by_surname_and_address() -> None:
    text = "家住城关镇的李阿姨每天都到社区食堂吃饭。“饭菜可口，我们老年人吃得放心。”"
    assert speakers(text) == ["李阿姨"]


def test_a_worker_coming_from_another_province() -> None:
    assert speakers("来自河南的王建国已经在这里干了十年。“这里就是我的第二个家。”") == ["王建国"]


def test_a_graduate_described_by_a_relative_clause_and_a_noun() -> None:
    text = "返乡创业的大学生邓佳怡今年刚满24岁。“我想把家乡的土特产卖到全国。”"
    assert speakers(text) == ["邓佳怡"]


def test_the_person_visited_is_an_object() -> None:
    assert speakers("县委书记陈刚来到医院，看望了住院的李四。“要安心养病。”") == ["陈刚"]
