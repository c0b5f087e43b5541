"""A name given in a relative clause after the cue and its description ("…,” said a woman who gave her name as
Mary.") is the speaker's, the description her role, as before the cue ("One of the victims, who gave his name
only as Yusuf, said"). A clause that gives no name ("who describes himself as a survivor") leaves the
description. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_name_given_at_the_sentence_end() -> None:
    assert said_in_en("“The roof just lifted off,” said a woman who gave her name as Abena.") == [
        ("Abena", "a woman")
    ]


def test_name_given_in_a_clause_set_off_by_commas() -> None:
    text = "“We lost all our stock,” said one trader, who gave his name only as Kofi Mensah, as he swept the stall."
    assert said_in_en(text) == [("Kofi Mensah", "one trader")]


def test_clause_naming_no_one_leaves_the_description() -> None:
    assert said_in_en("“We lost all our stock,” said a trader who describes himself as a survivor.") == [
        (None, "a trader")
    ]
