"""A participle after a cue set off by commas is the set-off speaker's (English).

"The bridge will reopen in May, the agency said, adding that …": the clause after "adding" is the
agency's, not the sentence subject's ("The bridge"). Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_description_set_off_speaks_the_participle_clause() -> None:
    assert said("The bridge will reopen in May, the agency said, adding that repairs had cost $2 million.", "en") == [
        ("the agency", None),
        ("the agency", None),
    ]


def test_a_name_set_off_with_a_time_speaks_the_participle_clause() -> None:
    found = said("The bridge will reopen in May, Tom Hale said on Monday, adding that repairs were nearly done.", "en")
    assert found[-1] == ("Tom Hale", None)


def test_no_set_off_cue_keeps_the_sentence_subject() -> None:
    found = said("The mayor rejected the plan, adding that the town could not pay for it.", "en")
    assert found == [(None, "The mayor")]
