"""An "and" before a cue form in -s and its preposition ("and fears over …", "and claims of …") with no finite verb
before it in the reported clause joins two nouns of the clause's subject: the report neither stops there nor does
the cue form open a coordinated report."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_noise_and_fears_over_safety() -> None:
    assert reported("Tenants said the damp and fears over fire safety had driven families out of the block.") == [
        "the damp and fears over fire safety had driven families out of the block"
    ]


def test_cracks_and_claims_of_subsidence() -> None:
    assert reported("Engineers said the cracks and claims of subsidence at the pier were exaggerated.") == [
        "the cracks and claims of subsidence at the pier were exaggerated"
    ]


def test_a_clause_before_and_still_stops() -> None:
    assert reported("The firm said costs rose sharply and warns of further price rises.") == ["costs rose sharply"]


def test_a_past_form_after_and_is_the_next_verb() -> None:
    assert reported("The mayor said the levy was fair and urged traders to pay it.") == [
        "the levy was fair",
        "traders to pay it",
    ]
