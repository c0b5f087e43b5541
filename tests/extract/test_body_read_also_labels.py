"""A paragraph set into a story that points to another story of the site, in other languages than English
("Les også: …", "Lesen Sie auch: …", "(Leggi anche su: …)"), is not body; a sentence that only holds such
words further on stays (made-up pages)."""

from __future__ import annotations

import pytest

import cqnews
from tests.ferry_page import PARAGRAPHS, URL, paragraphs


def _page_with(line: str) -> str:
    body = paragraphs(PARAGRAPHS[:2]) + f'<p>{line}</p>' + paragraphs(PARAGRAPHS[2:])
    return (
        "<html><head><title>Ferry to keep running</title></head><body><article><h1>Ferry to keep running</h1>"
        f"{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        'Les også: <a href="/a/1">Bakeriet på torget stenger etter nitti år</a>',
        'Lesen Sie auch: <a href="/a/2">Die Bäckerei am Markt schließt nach neunzig Jahren</a>',
        '(Leggi anche su: <a href="/a/3">La panetteria in piazza chiude dopo novant\'anni</a>)',
        'Lire aussi : <a href="/a/4">La boulangerie de la place ferme après quatre-vingt-dix ans</a>',
        'Leia também: <a href="/a/5">A padaria da praça fecha depois de noventa anos</a>',
    ],
)
def test_a_read_also_line_is_not_body(line: str) -> None:
    article = cqnews.parse(_page_with(line), url=URL)
    assert [block.text for block in article.body] == PARAGRAPHS


def test_a_sentence_with_the_words_further_on_stays() -> None:
    sentence = "Wer mehr wissen will, sollte lesen: die Bäckerei am Markt schließt nach neunzig Jahren."
    article = cqnews.parse(_page_with(sentence), url=URL)
    assert sentence in [block.text for block in article.body]
