"""An apposition after a name ends with its sentence: the comma that closes the next sentence's subject is not its
end ("Tom Ruiz, a coach in Leeds since 2017. Another coach, Ana Silva, …"). A period after a capital may be an
abbreviation inside the role ("a U.S. Army veteran")."""

from __future__ import annotations

from cqnews.enrich.speakers.phrases import appositive_after
from tests.quote_helpers import said


def test_the_role_learnt_for_a_later_mention_stops_at_the_sentence_end() -> None:
    text = "“We will win,” said Tom Ruiz, a coach in Leeds since 2017. Another coach, Ana Silva, disagreed. “We will not,” Ruiz said."
    assert said(text, "en") == [("Tom Ruiz", "a coach in Leeds since 2017")] * 2


def test_an_apposition_stops_after_a_number_and_a_period_not_after_an_abbreviation() -> None:
    text = "Sales rose, according to Brightline Research, double the rate of 2017. One of its rivals, Acme, fell."
    assert appositive_after(text, text.index(", double")) == "double the rate of 2017"
    text = "Jane Doe, a U.S. Army veteran, said the base would close."
    assert appositive_after(text, text.index(", a U.S.")) == "a U.S. Army veteran"
