"""A relative clause on the subject after a verb of saying ("«…», disse à agência Lusa uma moradora, que pediu para
não ser identificada."): "que" opens a clause about the speaker, not what was said; before, Portuguese reported it
as speech with no speaker. Made-up sentences of agency copy; each expected value is read from its sentence."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_a_relative_clause_on_the_subject_after_a_listener_is_no_report() -> None:
    found = quotes_in(
        "pt", "«A água entrou em casa às três da manhã», contou à Lusa uma moradora, que pediu anonimato."
    )
    assert found == [("direct", "A água entrou em casa às três da manhã", None)]


def test_a_clause_after_the_verb_and_a_comma_is_still_reported() -> None:
    found = quotes_in("pt", "O presidente da junta disse, que a ponte estará pronta em junho.")
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "a ponte estará pronta em junho")]
