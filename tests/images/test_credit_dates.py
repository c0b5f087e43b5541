"""Dates inside a photo credit: made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize("caption", ["Das Rathaus. Foto: Anna Roe/dpa, 12.03.2024", "Das Rathaus. Foto: Anna Roe/dpa/2024-03-12"])
def test_a_date_after_the_credit_is_no_one_to_credit(caption: str) -> None:
    text, credits = split_photo_credit(caption)
    assert text == "Das Rathaus."
    assert [(c.name, c.organization) for c in credits] == [("Anna Roe", "dpa")]
