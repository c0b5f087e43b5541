"""A 他/她 agrees in sex with the person it stands for, and the people someone's words name are no
antecedent of it.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.speakers.antecedents_zh import zh_subject_named_before
from tests.quote_helpers import speakers_in


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
