"""The ranks of Nigerian and Ghanaian police written as initials ("CP", "ASP", "DSP", "DPO") before a name are its
title, not the first word of the name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_commissioner_of_police_before_the_cue() -> None:
    assert said_in_en("CP Yakubu Danjuma said: “The suspects will be charged to court on Monday.”") == [
        ("Yakubu Danjuma", "CP")
    ]


def test_assistant_superintendent_after_the_cue() -> None:
    assert said_in_en("“Two of the robbers were arrested at a checkpoint,” said ASP Efua Mensah.") == [
        ("Efua Mensah", "ASP")
    ]
