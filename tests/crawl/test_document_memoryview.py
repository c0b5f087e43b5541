"""A Document whose data is a memoryview (a buffer kept without a copy, as ``cqnews.parse`` and ``parse_response``
take) ended ``parse_many`` with workers in ``TypeError: cannot pickle 'memoryview' object``, the pages after it lost;
it is sent to the worker as bytes now."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.sources import Document, Source

PAGE = (
    b"<html><head><title>Quay opens</title></head><body><article><h1>Quay opens</h1>"
    b"<p>The new quay opened on Monday after two years of work by the port authority, officials said.</p>"
    b"</article></body></html>"
)


def test_memoryview_document_goes_to_a_worker() -> None:
    documents = [Document(Source(url="https://news.example/quay"), data=memoryview(PAGE)),  # type: ignore[arg-type]
                 Document(Source(url="https://news.example/quay-2"), data=PAGE)]
    results = list(cqnews.parse_many(documents, jobs=1))
    assert [(result.source.url, result.article.headline if result.article else None) for result in results] == [
        ("https://news.example/quay", "Quay opens"), ("https://news.example/quay-2", "Quay opens"),
    ]


def test_document_whose_source_is_no_source_is_a_type_error() -> None:
    """``Document("a.html", data=…)`` gave a Failure of ``AttributeError: 'str' object has no attribute 'url'``, read as
    a bug of cqnews; like an input of another type, it is a ``TypeError`` when the iteration reaches it."""
    with pytest.raises(TypeError, match="Document's source takes"):
        list(cqnews.parse_many([Document("a.html", data=PAGE)], jobs=0))  # type: ignore[arg-type]
