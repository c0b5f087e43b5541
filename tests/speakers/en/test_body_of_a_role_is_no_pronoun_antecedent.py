"""A body named in the role of a person ("Lena Fox, the head of Harbor Bakeries, …") and then the subject of a
sentence of its own ("Harbor Bakeries shut 12 shops.") is no he or she: the pronoun of the next quote stands for
the person whose role names the body. A person introduced after the first one still is his or her antecedent."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_body_of_a_role_is_no_antecedent_of_she() -> None:
    text = (
        "Lena Fox, the head of Harbor Bakeries, spoke on Friday. Harbor Bakeries shut 12 shops. "
        "“It was a hard year,” she said."
    )
    assert said(text, "en") == [("Lena Fox", "the head of Harbor Bakeries")]


def test_a_person_introduced_later_is_still_the_antecedent() -> None:
    text = (
        "Lena Fox, the head of Harbor Bakeries, spoke on Friday. Dale Cruz, a driver at Harbor Bakeries, "
        "lost his job. “It was a hard year,” he said."
    )
    assert said(text, "en") == [("Dale Cruz", "a driver at Harbor Bakeries")]
