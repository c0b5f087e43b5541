"""老 and a surname (老张, 老周) that jieba reads as a common noun or a time word, right before what the person does
before speaking (点点头, 摆摆手, 站起来), is a familiar name, as right before a verb of saying it already was; a
title of 老 (老师) is no name."""

from __future__ import annotations

from tests.quote_helpers import said


def test_old_zhang_waves_his_hand() -> None:
    assert said("老张摆摆手说：“不用谢，应该的。”") == [("老张", None)]


def test_a_villager_called_old_zhang() -> None:
    assert said("村民老张点点头说：“今年的收成确实不错。”") == [("老张", "村民")]


def test_old_zhou_stands_up() -> None:
    assert said("老周站起来说：“我先表个态。”") == [("老周", None)]


def test_a_teacher_nods() -> None:
    assert said("老师点点头说：“答得很好。”") == [(None, "老师")]
