"""A byline naming the writer and then the photographer ("Words by Jane Porter. Photos by Tom Hale") gives
both credits; the line used to leave the body and give none, or the photographer as the writer's
organisation. Made-up names."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits.bylines import parse_credit_line


@pytest.mark.parametrize(
    "line",
    [
        "Words by Jane Porter. Photos by Tom Hale",
        "Words by Jane Porter, photos by Tom Hale",
        "By Jane Porter. Photography by Tom Hale",
    ],
)
def test_the_writer_then_the_photographer(line: str) -> None:
    credits = [(credit.role.value, credit.name, credit.organization) for credit in parse_credit_line(line)]
    assert credits == [("author", "Jane Porter", None), ("photographer", "Tom Hale", None)]
