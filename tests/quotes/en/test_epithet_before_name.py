"""An adjective alone or after "the" right before a full name ("said the quiet Maeve Dolan", "said the cheerful Owen
Pryce") is no role: the name speaks without one. A noun there stays the role ("said the skipper Owen Pryce")."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_a_plain_adjective_before_a_full_name_is_no_role() -> None:
    assert _speakers("“We will be back,” said the quiet Maeve Dolan.") == [("Maeve Dolan", None)]
    assert _speakers("The hall will reopen in May, said the young Cian Rowe.") == [("Cian Rowe", None)]


def test_an_adjective_by_its_ending_is_no_role() -> None:
    assert _speakers("The ferry will sail at noon, said the cheerful Owen Pryce.") == [("Owen Pryce", None)]
    assert _speakers("“Nobody saw it coming,” said the famous Lorna Vane.") == [("Lorna Vane", None)]


def test_a_noun_before_a_full_name_stays_the_role() -> None:
    assert _speakers("The ferry will sail at noon, said the skipper Owen Pryce.") == [("Owen Pryce", "skipper")]
