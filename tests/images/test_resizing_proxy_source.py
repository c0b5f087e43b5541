"""A picture served through a framework's resizing proxy (Next.js "/_next/image?url=…&w=…", Vercel
"/_vercel/image?url=…") has for its source the file the proxy names, as a plain <img src> would give it."""

from __future__ import annotations

import pytest

import cqnews

_TEXT = (
    "The harbour authority said on Monday that the new terminal would open in the autumn after three years of "
    "work on the eastern quay."
)


def _srcs(img: str) -> list[str]:
    html = (
        "<html><head><title>New terminal to open in autumn</title></head><body><article>"
        f"<h1>New terminal to open in autumn</h1><p>{_TEXT}</p><figure>{img}"
        f"<figcaption>A crane lifts a container on the eastern quay.</figcaption></figure><p>{_TEXT}</p>"
        "</article></body></html>"
    )
    return [image.src for image in cqnews.parse(html, url="https://news.example.org/2026/05/12/terminal").images]


@pytest.mark.parametrize(
    ("img", "src"),
    [
        (
            '<img src="/_next/image?url=https%3A%2F%2Fcdn.example.org%2F2026%2Fcrane.jpg&amp;w=1080&amp;q=75">',
            "https://cdn.example.org/2026/crane.jpg",
        ),
        (
            '<img srcset="/_next/image?url=%2Fuploads%2Fcrane.jpg&amp;w=640&amp;q=75 1x, '
            '/_next/image?url=%2Fuploads%2Fcrane.jpg&amp;w=1920&amp;q=75 2x" src="/_next/image?url=%2Fuploads%2F'
            'crane.jpg&amp;w=1920&amp;q=75">',
            "https://news.example.org/uploads/crane.jpg",
        ),
        (
            '<img src="https://news.example.org/_vercel/image?url=%2Fmedia%2Fcrane.png&amp;w=800&amp;q=80">',
            "https://news.example.org/media/crane.png",
        ),
    ],
)
def test_the_proxy_names_the_picture(img: str, src: str) -> None:
    assert _srcs(img) == [src]


def test_a_proxy_address_naming_no_file_stays() -> None:
    assert _srcs('<img src="/_next/image?w=1080&amp;q=75">') == ["https://news.example.org/_next/image?w=1080&q=75"]
