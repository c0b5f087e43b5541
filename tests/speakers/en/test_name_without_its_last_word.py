"""A later mention by the first words of a name of one word more ("Mohd Nassuruddin" after "Mohd Nassuruddin
Daud", Malay pages, which shorten a name by dropping the father's name) is the person named in full. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_a_malay_name_without_the_patronymic() -> None:
    assert speakers_in_en(
        "State executive councillor Datuk Mohd Faizal Rahman said the dam would be finished in June.",
        '"Farmers will have water for both planting seasons," Mohd Faizal said.',
    ) == ["Mohd Faizal Rahman", "Mohd Faizal Rahman"]


def test_a_market_named_after_a_person_stays_a_body() -> None:
    assert speakers_in_en(
        'The Tran Hung Dao Market said in a notice: "Stalls will open at five from Monday."',
    ) == ["The Tran Hung Dao Market"]
