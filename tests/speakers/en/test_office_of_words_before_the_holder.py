"""An office of capitalised words ending in a title ("Finance Minister"), owned by a place or "the country's" and
set off before the holder's name ("Ghana's Finance Minister, Ken Ofori-Atta, said"), is the holder's role. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_country_s_office_of_two_words_before_the_holder() -> None:
    assert said_in_en("Togo's Trade Minister, Kossi Amegah, said the border would reopen on Monday.") == [
        ("Kossi Amegah", "Togo's Trade Minister")
    ]


def test_the_country_s_office_before_the_holder() -> None:
    assert said_in_en("The country's Energy Minister, Kwesi Boadu, said the tariffs would stay.") == [
        ("Kwesi Boadu", "The country's Energy Minister")
    ]
