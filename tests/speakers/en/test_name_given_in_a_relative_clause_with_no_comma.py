"""A name given in a relative clause with no comma between a description and the cue ("“…,” a witness who gave his
name as Sipho told SABC") is the speaker's, the description the role, as with the clause set off by commas ("One
of the victims, who gave his name only as Yusuf, said"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_the_name_a_witness_gives_before_a_cue_after_the_quote() -> None:
    text = "“I saw the lorry swerve,” a witness who gave his name as Thabo told the broadcaster."
    assert said_in_en(text) == [("Thabo", "a witness")]


def test_a_clause_that_names_no_one_leaves_the_description() -> None:
    text = "“I heard two loud bangs,” an elderly man who lives nearby told reporters."
    assert said_in_en(text) == [(None, "an elderly man")]
