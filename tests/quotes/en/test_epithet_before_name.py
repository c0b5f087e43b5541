"""An adjective alone or after "the" right before a full name ("said the quiet Maeve Dolan", "said the cheerful Owen
Pryce") is no role: the name speaks without one. A noun there stays the role ("said the skipper Owen Pryce")."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_plain_adjective_before_a_full_name_is_no_role() -> None:
    assert said("“We will be back,” said the quiet Maeve Dolan.", "en") == [("Maeve Dolan", None)]
    assert said("The hall will reopen in May, said the young Cian Rowe.", "en") == [("Cian Rowe", None)]


def test_an_adjective_by_its_ending_is_no_role() -> None:
    assert said("The ferry will sail at noon, said the cheerful Owen Pryce.", "en") == [("Owen Pryce", None)]
    assert said("“Nobody saw it coming,” said the famous Lorna Vane.", "en") == [("Lorna Vane", None)]


def test_a_noun_before_a_full_name_stays_the_role() -> None:
    assert said("The ferry will sail at noon, said the skipper Owen Pryce.", "en") == [("Owen Pryce", "skipper")]
