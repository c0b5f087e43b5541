"""Photo and source labels of more languages before a credit: made-up credits."""

from __future__ import annotations

from cqnews.enrich.credits.photo import parse_photo_credit


def _typed(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.organization) for c in parse_photo_credit(text)]


def test_photo_labels_of_more_languages_are_no_organisation() -> None:
    assert _typed("Snímka: Ján Kováč") == [("Ján Kováč", None)]
    assert _typed("Snímek: Petr Dvořák") == [("Petr Dvořák", None)]
    assert _typed("Fotografija: Ivan Horvat") == [("Ivan Horvat", None)]
    assert _typed("Grafika: Jan Kowalski") == [("Jan Kowalski", None)]
    assert _typed("Créditos: Ana Ruiz") == [("Ana Ruiz", None)]
    assert _typed("Bildnachweis: dpa") == [(None, "dpa")]

