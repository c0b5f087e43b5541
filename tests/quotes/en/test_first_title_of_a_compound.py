"""A description naming the first title of a compound one ("the detective" after "Det Sgt Ann Roe", "the chief"
after "Chief Inspector …") is that person, as "the sergeant" is; a title that only qualifies ("the state" after
"State Sen. …") is not. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_the_detective_after_an_abbreviated_compound_rank() -> None:
    assert speakers_in(
        'Det Sgt Rhys Pendry, of the county force, said: "We welcome the sentence."',
        '"I hope it sends a message," the detective added.',
        language="en",
    ) == ["Rhys Pendry", "Rhys Pendry"]


def test_the_detective_after_a_compound_rank_written_out() -> None:
    assert speakers_in(
        'Detective Chief Inspector Ffion Roberts said: "We are appealing for witnesses."',
        '"Did you see anything?" the detective asked.',
        language="en",
    ) == ["Ffion Roberts", "Ffion Roberts"]


def test_a_qualifying_title_names_nobody() -> None:
    assert speakers_in(
        'State Sen. Ann Roe said: "We passed it."',
        '"The bill is law," the state said.',
        language="en",
    ) == ["Ann Roe", None]
