""""you" before a cue ("you know that …", "Could you tell us …", "you’ve said") is the reader or the one asked:
no speaker the article names, so no role "you" (made-up sentences)."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    blocks = [Block(text="The market opened on Monday."), Block(text=text)]
    return [(q.speaker.role if q.speaker else None, q.mention) for q in find_quotes(blocks, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "So now you know that there is a night market in the old town.",
        "If you think that rain is likely, pack a coat.",
        "You’ve said that the stalls would close early.",
    ],
)
def test_you_is_no_role(text: str) -> None:
    roles = _roles(text)
    assert roles and all(role is None for role, _ in roles)


def test_a_name_starting_with_you_still_speaks() -> None:
    blocks = [Block(text="Mark Young runs a stall."), Block(text="Young said that the stalls would close early.")]
    assert [q.speaker.name if q.speaker else None for q in find_quotes(blocks, "en")] == ["Mark Young"]
