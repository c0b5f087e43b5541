"""A description set off before its holder's full name ("the head teacher, Grace Obi", "the chairman of the market
board, Hon. Ade Bello") is the holder's role, the holder speaks: an agent noun ("teacher", "organiser") heads such a
description as a title does, and a rank in capitals ("DSP") or a title with its full stop ("Hon.") before the name is
the name's writing. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_according_to_a_head_teacher_then_her_name() -> None:
    assert said_in_en("According to the head teacher, Grace Obi, the pupils will return on Monday.") == [
        ("Grace Obi", "the head teacher")
    ]


def test_inverted_cue_then_an_organiser_and_his_name() -> None:
    assert said_in_en('"We expect a big crowd," said the race organiser, Tunde Bakare.') == [
        ("Tunde Bakare", "the race organiser")
    ]


def test_according_to_an_office_then_an_honourable_holder() -> None:
    assert said_in_en("According to the chairman of the market board, Hon. Ade Bello, the stalls will be moved.") == [
        ("Ade Bello", "the chairman of the market board")
    ]


def test_according_to_a_spokesman_then_a_police_rank() -> None:
    assert said_in_en("According to the police spokesman, DSP Bala Musa, two suspects were arrested.") == [
        ("Bala Musa", "the police spokesman")
    ]
