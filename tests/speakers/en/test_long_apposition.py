"""A cue after a quote, a name and a long appositive set off by commas ("“…,” Hale, the front-runner
… primaries, said") still names the speaker. Sentences are made up."""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in_en


def test_a_long_appositive_between_the_name_and_the_cue() -> None:
    text = (
        "“Very good reporter, this one,” Hale, the front-runner in the county and the polling leader in the "
        "state by a wide margin after winning the two spring primaries, said when Boyle asked him a question."
    )
    assert speakers_in_en(text) == ["Hale"]


def test_a_cue_far_after_a_quote_without_an_appositive_is_not_taken() -> None:
    text = (
        "“He is a very good reporter, this one.” The crowd at the hall in the county seat cheered for a long time after "
        "the front-runner won the two spring primaries by a margin the mayor said was wide."
    )
    assert speakers_in_en(text) == [None]  # the quote stands alone; the mayor's cue is another sentence's


def test_a_place_ending_the_role_before_a_relative_clause_is_no_speaker() -> None:
    # the role "a retired teacher in Akron" ends with a place; the relative clause says more about Ron Daley
    assert said(
        "Ron Daley, a retired teacher in Akron, who runs a small choir, recalled, “We never saw it coming.”", "en"
    ) == [("Ron Daley", "a retired teacher in Akron")]
