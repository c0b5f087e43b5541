"""A document credited with "according to" and made by a body ("a notice released by the Planning Commission",
"guidelines issued by …", "a survey conducted by …") is the body's word, whatever the document's noun: the body
speaks. Found by a probe of made-up sentences (the role "a notice released" and no speaker). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    "document",
    ["a notice released", "a circular issued", "a joint notice published", "guidelines issued", "documents compiled"],
)
def test_document_opening_the_sentence(document: str) -> None:
    text = f"According to {document} by the Harbour Planning Office on Monday, ships must slow down."
    assert said(text, "en") == [("the Harbour Planning Office", None)]


def test_document_closing_the_sentence() -> None:
    assert said("Ships must slow down, according to a notice released by the Harbour Planning Office.", "en") == [
        ("the Harbour Planning Office", None)
    ]


def test_a_person_acted_on_is_no_document() -> None:
    assert said("According to a man arrested by police, the car was stolen.", "en") == [(None, "a man arrested by police")]  # the participle's agent is the description's
