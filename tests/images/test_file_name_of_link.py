"""The file name of a picture's link, read without parsing the URL (``cqnews.urls.file_name``)."""

from __future__ import annotations

import pytest

from cqnews.urls import file_name


@pytest.mark.parametrize(
    ("src", "name"),
    [
        ("https://example.org/media/2024/photo.jpg?w=300#top", "photo.jpg"),
        ("https://example.org/media/gallery/", "gallery"),
        ("photo.png", "photo.png"),
        ("http://[::1/a.jpg", "a.jpg"),  # urlsplit raises on this one
        ("https://example.org/a/b#frag/with/slashes", "b"),
    ],
)
def test_the_last_part_of_the_path_without_query_and_fragment(src: str, name: str) -> None:
    assert file_name(src) == name
