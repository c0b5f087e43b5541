"""Everyday nouns of a person with no agent ending ("nurse", "vicar", "lady", "gran") end a description of a
person, as "postman" does: "the nurse" after "Cara Doyle, a nurse, …". Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_the_nurse_after_a_nurse_named() -> None:
    assert speakers_in_en(
        "Cara Doyle, a nurse at the county hospital, has worked nights for eleven years.",
        '"Some weeks I do not see my children at all," the nurse said.',
    ) == ["Cara Doyle"]

