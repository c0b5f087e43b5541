"""A text dump's captions (``Photo: …`` lines, each an image without a source) were not held to
``ParseOptions.max_images`` as a page's images are: 10,000 caption lines with their credits built 10,000 images, the
caption and credit stages ran on past the time budget (about 10 s of CPU against its 3 s) and no warning said so. They
are held to the cap now, with the warning a page gets (Session 63)."""

from __future__ import annotations

import cqnews

_LEDE = "The council met on Tuesday to discuss the harbour plan, which would widen the quay and add two berths."
_CAPTION = "Photo: Crews inspect the bridge deck on Tuesday. Jon Park/Valley Courier"


def _dump(captions: int) -> str:
    return "Harbour plan approved\n" + _LEDE + "\n" + "\n".join([_CAPTION] * captions)


def test_a_dump_keeps_max_images_captions() -> None:
    article = cqnews.parse_text(_dump(8), options=cqnews.ParseOptions(max_images=5))
    assert len(article.images) == 5
    assert any("raise ParseOptions.max_images" in warning for warning in article.extraction.warnings)


def test_a_dump_under_the_cap_keeps_every_caption() -> None:
    article = cqnews.parse_text(_dump(3), options=cqnews.ParseOptions(max_images=5))
    assert [image.caption for image in article.images] == ["Crews inspect the bridge deck on Tuesday."] * 3
    assert not any("max_images" in warning for warning in article.extraction.warnings)
