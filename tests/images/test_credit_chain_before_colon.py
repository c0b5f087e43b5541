"""A credit chain written before the caption, a colon between ("Tom Reyes/The Ledger: Dock workers load …",
"REUTERS/Maria Ortiz: …"): the chain of names and agencies is the credit and the sentence after the colon the
caption. A chain that names no person and no known agency ("Police/Fire Service: …"), or a lower-case sentence
after the colon, stays caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Dock workers load containers at the harbour on Tuesday morning."


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("Tom Reyes/The Ledger", "Tom Reyes", "The Ledger"),
        ("REUTERS/Maria Ortiz", "Maria Ortiz", "Reuters"),
        ("Tom Reyes/Getty Images", "Tom Reyes", "Getty Images"),
    ],
)
def test_chain_then_colon_then_caption(credit: str, name: str, outlet: str) -> None:
    assert caption_and_credits(f"{credit}: {_CAPTION}") == (_CAPTION, [(name, outlet, credit)])


@pytest.mark.parametrize(
    "written",
    [
        "Police/Fire Service: Crews attend the blaze on the quay on Monday night.",
        "Mayor/Council: the two sides meet at the town hall on Monday.",
        "Labour/Greens: Coalition talks resume in the capital on Monday.",
    ],
)
def test_a_heading_before_a_colon_stays_caption_text(written: str) -> None:
    assert caption_and_credits(written) == (written, [])
