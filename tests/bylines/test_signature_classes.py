"""Bylines in elements classed as the signature in Italian, Spanish and French ("firma", "signature")."""

from __future__ import annotations

import pytest

import cqnews

LEDE = "<p>Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un dibattito durato più di sei ore.</p>"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ('<p class="firma">di Marco Rossi</p>', ["Marco Rossi"]),
        ('<p class="firma">Marco Rossi e Giulia Bianchi</p>', ["Marco Rossi", "Giulia Bianchi"]),
        ('<div class="signature">Par Marie Dupont</div>', ["Marie Dupont"]),
    ],
)
def test_a_signature_element_is_the_byline(byline: str, authors: list[str]) -> None:
    html = f"<html><body><article><h1>Bilancio approvato</h1>{byline}<div>{LEDE * 4}</div></article></body></html>"
    assert cqnews.parse(html).authors == authors
