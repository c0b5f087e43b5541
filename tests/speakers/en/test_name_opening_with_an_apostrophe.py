"""A Sesotho name of the "'Ma-" form opens with an apostrophe ("'Mats'eliso Lebona", the mother of Ts'eliso): glued
to the capital and with an apostrophe of its own inside, it is no quote mark, so the name set off after a relative's
noun or after the cue is read (before, "His aunt, 'Mats'eliso Lebona, said" lost the name and "said 'Mats'eliso
Lebona" gave no speaker). Made-up sentences in the shape of Lesotho reports."""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in_en


def test_a_name_set_off_after_a_relative_s_noun() -> None:
    text = "His aunt, 'Mats'eliso Lebona, said the family had not heard from him since Friday."
    assert said(text, "en") == [("Mats'eliso Lebona", "His aunt")]


def test_a_name_after_the_cue() -> None:
    assert said("“We are still waiting for answers,” said 'Mats'eliso Lebona.", "en") == [("Mats'eliso Lebona", None)]


def test_the_surname_later_stands_for_the_full_name() -> None:
    assert speakers_in_en(
        "'Mats'eliso Lebona said the family had not heard from him since Friday.",
        "“The police have told us nothing,” Lebona said.",
    ) == ["Mats'eliso Lebona", "Mats'eliso Lebona"]


def test_a_single_quote_opening_a_quote_is_still_a_quote_mark() -> None:
    assert said("'Many of us lost our homes,' said Palesa Mokoena.", "en") == [("Palesa Mokoena", None)]
