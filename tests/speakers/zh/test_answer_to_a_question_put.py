"""A Chinese quote with no cue of its own opening the paragraph after a question its cue says was asked (“…？”记者问。,
“…？”王大妈问。) answers it: it is not the asker's. It is the other side's of the dialogue when one spoke before
the question, else nobody named's. A question asked back (反问) is the speaker's own point: the speaker goes on."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_the_answer_after_the_second_question_is_the_mechanic() -> None:
    assert speakers_in(
        "“师傅，这台电脑还能修吗？”记者问。",
        "“能修，就是得换块硬盘。”维修工周师傅说。",
        "“要等多久？”记者又问。",
        "“半天吧。”",
    ) == [None, "周师傅", None, "周师傅"]


def test_the_answer_to_an_elder_asking_is_not_hers() -> None:
    assert speakers_in("“小伙子，你是哪个单位的？”陈奶奶问。", "“我是社区的志愿者。”") == ["陈奶奶", None]


def test_a_pupil_answering_the_teacher_is_not_the_teacher() -> None:
    # (the teacher asks; the pupil who answers is named by no name)
    assert speakers_in("“谁能说说这首诗的意思？”吴老师问。", "“我来！”一个学生举起了手。") == ["吴老师", None]


def test_a_question_before_its_asker_and_a_colon_may_open_a_speech() -> None:
    # (王明问：“…？” then “…”: a speaker may answer their own question; as tests/speakers/zh/test_question_and_answer)
    assert speakers_in("林峰问：“我们为什么要修这条路？”", "“因为路通了，产业才能进来。”") == ["林峰", "林峰"]


def test_a_question_asked_back_goes_on_with_its_speaker() -> None:
    assert speakers_in("“这难道不该管吗？”郑建国反问。", "“我们必须给群众一个交代。”") == ["郑建国", "郑建国"]


def test_a_statement_goes_on_with_its_speaker() -> None:
    assert speakers_in("“今年的收成不错。”种粮大户何明说。", "“明年还要多种一百亩。”") == ["何明", "何明"]
