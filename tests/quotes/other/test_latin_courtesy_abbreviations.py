"""Written courtesy titles in Spanish, Portuguese and Dutch ("el Sr. Gómez", "o sr. Silva", "de heer Bakker") are
no part of the name, and their full stop ends no sentence. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_an_abbreviated_courtesy_title_is_the_person_named_before() -> None:
    # before: "el Sr" (the name cut at the title's full stop, the article kept) was the speaker
    assert speakers_in(
        "Tomás Herrera presidió la sesión del pleno.",
        "«El presupuesto llegará antes del verano», afirmó el Sr. Herrera.",
        language="es",
    ) == ["Tomás Herrera"]
    assert speakers_in(
        "Paulo Moreira presidiu a sessão da câmara.",
        "“O orçamento chega antes do verão”, afirmou o sr. Moreira.",
        language="pt",
    ) == ["Paulo Moreira"]


def test_de_heer_and_mevrouw_are_courtesy_titles() -> None:
    assert speakers_in(
        "Kees Hendriks zat de vergadering voor.",
        "„De begroting komt voor de zomer”, zei de heer Hendriks.",
        language="nl",
    ) == ["Kees Hendriks"]
    assert speakers_in("„De begroting komt voor de zomer”, zei mevrouw Hendriks.", language="nl") == ["Hendriks"]
