"""An office written with capitals after "the" ("The Deputy Prime Minister visited …", "… the Prime Minister") is
described, no name: a later "he said" is not spoken by a person named "Prime Minister". Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_an_office_opening_the_sentence_is_no_name() -> None:
    assert speakers_in_en(
        "The Deputy Prime Minister toured the flooded villages on Monday.",
        '"Nobody will be left behind," he said.',
    ) == [None]


def test_an_office_after_the_inside_a_sentence_is_no_name() -> None:
    assert speakers_in_en(
        "On Monday the Prime Minister toured the flooded villages.",
        '"Nobody will be left behind," he said.',
    ) == [None]


def test_the_office_holder_named_after_it_speaks() -> None:
    assert speakers_in_en(
        "The Prime Minister, Rania Sulaiman, toured the flooded villages on Monday.",
        '"Nobody will be left behind," she said.',
    ) == ["Rania Sulaiman"]
