"""Glued initials after a capitalised title ("Deputy Chief Minister D.K. Shivaraj") stay one run with the surname,
so a later "Shivaraj said" is the whole name, as after "The minister D.K. Shivaraj". Made-up paragraphs."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_glued_initials_after_an_office_of_three_words() -> None:
    paragraphs = (
        "Deputy Chief Minister D.K. Shivaraj said on Sunday that the party was united.",
        "“There are no differences between us,” Shivaraj said.",
    )
    assert speakers_in_en(*paragraphs) == ["D.K. Shivaraj", "D.K. Shivaraj"]


def test_three_glued_initials_after_a_title() -> None:
    paragraphs = (
        "Minister A.B.R. Menon said the canal would be dredged.",
        "“Work starts in March,” Menon said.",
    )
    assert speakers_in_en(*paragraphs) == ["A.B.R. Menon", "A.B.R. Menon"]
