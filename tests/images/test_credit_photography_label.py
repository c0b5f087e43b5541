""""Photography by" and "Photography:" before the photographer label a credit, as "Photo by", "Photographs by" and
"Photographer:" already do, closing a caption or standing alone; "photography by" inside a sentence stays caption
text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Crews lift a new gangway onto the ferry dock on Sunday afternoon."


@pytest.mark.parametrize("credit", ["Photography by Nora Lindqvist", "Photography: Nora Lindqvist"])
def test_photography_label_closes_the_caption(credit: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [("Nora Lindqvist", None, credit)])


def test_photography_label_alone_is_the_credit() -> None:
    assert caption_and_credits("PHOTOGRAPHY BY NORA LINDQVIST")[0] is None


def test_photography_in_a_sentence_stays() -> None:
    written = "The harbour museum shows landscape photography by young artists from the islands."
    assert caption_and_credits(written) == (written, [])
