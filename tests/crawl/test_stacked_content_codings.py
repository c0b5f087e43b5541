"""A body under more than one Content-Encoding (``gzip, gzip``, ``deflate, gzip``: codings applied in turn, as RFC
9110 lists them) has every listed coding undone, the last applied first, each layer under the input cap and at most
``MAX_LAYERS`` layers. Before, one gzip layer was undone and the next reported as a "binary file" (``gzip, gzip``),
or the page came out as compressed bytes read as text (``deflate, gzip``)."""

from __future__ import annotations

import gzip
import zlib
from types import SimpleNamespace

import pytest

import cqnews
from cqnews.content_coding import MAX_LAYERS, decoded_body

PAGE = (
    b"<html><head><title>Ferry</title></head><body><article><h1>Night ferry returns for the summer</h1>"
    b"<p>The night ferry between the two island ports returns in June after a winter without a crossing.</p>"
    b"<p>Tickets go on sale on Monday, the operator said.</p></article></body></html>"
)


def response(body: bytes, coding: str) -> SimpleNamespace:
    return SimpleNamespace(
        url="https://ferry.example/night", content=body,
        headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": coding},
    )


@pytest.mark.parametrize(("coding", "body"), [
    ("gzip, gzip", gzip.compress(gzip.compress(PAGE))),
    ("deflate, gzip", gzip.compress(zlib.compress(PAGE))),
    ("gzip,deflate", zlib.compress(gzip.compress(PAGE))),
    ("x-gzip, identity, gzip", gzip.compress(gzip.compress(PAGE))),
])
def test_every_listed_coding_is_undone(coding: str, body: bytes) -> None:
    article = cqnews.parse_response(response(body, coding))
    assert article.headline == "Night ferry returns for the summer"


def test_a_body_the_client_decoded_is_left_as_it_is() -> None:
    # requests and httpx decode every layer but keep the header.
    assert decoded_body(PAGE, "gzip, gzip", 1 << 20) == PAGE
    assert cqnews.parse_response(response(PAGE, "deflate, gzip")).headline == "Night ferry returns for the summer"


def test_layers_past_the_cap_are_left() -> None:
    body = PAGE
    for _ in range(MAX_LAYERS + 1):
        body = gzip.compress(body)
    left = decoded_body(body, ", ".join(["gzip"] * (MAX_LAYERS + 1)), 1 << 20)
    assert left == gzip.compress(PAGE)


def test_each_layer_is_held_under_the_input_cap() -> None:
    bomb = gzip.compress(gzip.compress(b"\0" * (4 << 20)))
    with pytest.raises(cqnews.InputTooLargeError):
        cqnews.parse_response(response(bomb, "gzip, gzip"), options=cqnews.ParseOptions(max_input_bytes=1 << 20))


def test_parse_undoes_gzip_inside_gzip() -> None:
    # (a .gz file sent under Content-Encoding: gzip, its bytes given to parse: one layer was undone, then "binary file")
    assert cqnews.parse(gzip.compress(gzip.compress(PAGE))).headline == "Night ferry returns for the summer"
    body = PAGE
    for _ in range(MAX_LAYERS + 1):
        body = gzip.compress(body)
    with pytest.raises(cqnews.NotHTMLError):
        cqnews.parse(body)
