"""A speaker named by the last words of a longer name quoted before ("sagt Gómez Sáez" after "sagt Carlos Gómez
Sáez") is that person, as a lone surname is ("so Sáez"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_two_word_tail_is_the_full_name() -> None:
    paragraphs = (
        "„Von Januar an bauen wir den Vertrieb in ganz Europa aus“, sagt Carlos Gómez Sáez.",
        "Die getesteten Anwendungen sollen später ergänzt werden, sagt Gómez Sáez.",
    )
    assert speakers_in(*paragraphs, language="de") == ["Carlos Gómez Sáez", "Carlos Gómez Sáez"]


def test_another_two_word_name_stays_itself() -> None:
    paragraphs = (
        "„Von Januar an bauen wir den Vertrieb in ganz Europa aus“, sagt Carlos Gómez Sáez.",
        "Die getesteten Anwendungen sollen später ergänzt werden, sagt Lucía Sáez.",
    )
    assert speakers_in(*paragraphs, language="de") == ["Carlos Gómez Sáez", "Lucía Sáez"]
