"""An answer with no subject after a question that names nobody (记者：“…？” 答：“…”) is spoken by the one person the
article says was interviewed before the Q&A (本报记者专访了县长王明。, 县长王明接受本报记者专访。, 王明在接受…采访时);
by nobody when no one, or more than one person, is said to be interviewed.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import parsed_speakers

_QA = "\n\n记者：“今年的重点是什么？”\n\n答：“我们要把路修好。”"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("本报记者日前专访了县长王明。", "王明"),
        ("日前，本报记者专访了县长王明，请他谈谈新一年的打算。", "王明"),
        ("县长王明日前接受本报记者专访。", "王明"),
        ("县长王明日前接受了本报记者的专访，谈到了全县的交通。", "王明"),
        ("记者采访了村支书李强。", "李强"),
        ("近日，记者在村委会采访了村支书李强。", "李强"),
        ("王明在接受《东江日报》记者采访时谈到了今年的计划。", "王明"),
        ("本报记者访谈了经济学家陈立新。", "陈立新"),
        ("校长张华近日接受本报记者访谈。", "张华"),
        ("日前，记者专访县长王明。", "王明"),
        ("本报记者对县长王明进行了专访。", "王明"),
        ("围绕乡村振兴，记者对村支书李强进行专访。", "李强"),
    ],
)
def test_the_one_interviewed_answers(lead: str, name: str) -> None:
    assert parsed_speakers(lead + _QA) == [None, name]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("本報記者日前專訪了縣長王明。", "王明"),
        ("縣長王明日前接受本報記者專訪。", "王明"),
        ("記者採訪了村長李強。", "李強"),
        ("記者對村長李強進行專訪。", "李強"),
    ],
)
def test_traditional_interview_sentences(lead: str, name: str) -> None:
    text = lead + "\n\n記者：「今年的重點是什麼？」\n\n答：「我們要把路修好。」"
    assert parsed_speakers(text) == [None, name]


def test_several_answers_all_go_to_the_one_interviewed() -> None:
    text = "本报记者专访了县长王明。" + _QA + "\n\n记者：“资金从哪里来？”\n\n答：“省里有补助。”"
    assert parsed_speakers(text) == [None, "王明", None, "王明"]


@pytest.mark.parametrize(
    "lead",
    [
        "本报记者专访了县长王明和副县长李强。",  # two people interviewed: who answers is not written
        "县里今年要修三条路。",  # no interview sentence
        "王明昨天接受了体检。",  # 接受 with no interview verb
        "本报记者采访了多位村民。",  # nobody named
        "县长王明和副县长李强接受了本报记者专访。",  # two people accept the interview
    ],
)
def test_nobody_when_not_one_person_is_interviewed(lead: str) -> None:
    assert parsed_speakers(lead + _QA) == [None, None]


def test_a_question_naming_the_one_asked_still_wins() -> None:
    text = "本报记者专访了县长王明。\n\n记者问副县长李强：“资金从哪里来？”\n\n答：“省里有补助。”"
    assert parsed_speakers(text)[-1] == "李强"


def test_a_quote_with_no_cue_after_the_reporters_question() -> None:
    text = "本报记者专访了县长王明。\n\n记者：“今年的重点是什么？”\n\n“我们要把路修好。”"
    assert parsed_speakers(text) == [None, "王明"]


def test_mixed_answer_lines() -> None:
    text = "本报记者专访了县长王明。" + _QA + "\n\n记者：“资金从哪里来？”\n\n“省里有补助。”"
    assert parsed_speakers(text) == [None, "王明", None, "王明"]
