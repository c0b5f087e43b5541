"""Right-to-left text and bidi overrides in the Markdown view (``Article._repr_markdown_``, ``--format markdown``).

Page text was written into each line as it was: a right-to-left override (U+202E) left open in a quote reversed
the closing quote mark and everything after it on the line, and one in a name the cue and the quote after it. Each
piece of page text holding right-to-left letters or bidi controls is now an isolate (U+2068 … U+2069) whose controls
are balanced; text without either is written as before.
"""

from __future__ import annotations

import pytest

from cqnews.models import Article, Block, Extraction, ExtractionMethod, Quote, QuoteKind, Speaker
from cqnews.render import markdown_text

FSI, PDI, RLO, PDF, RLI = "\u2068", "\u2069", "\u202e", "\u202c", "\u2067"


def _article() -> Article:
    text = f"“We open {RLO}gates today,” said Ann {RLO}Lee."
    quote = Quote(
        text=f"We open {RLO}gates today,", kind=QuoteKind.DIRECT, speaker=Speaker(name=f"Ann {RLO}Lee"), cue="said",
        block=0, start=1, end=text.index("”"),
    )
    return Article(
        headline="افتتاح جسر جديد", body=[Block(text=text)], quotes=[quote],
        extraction=Extraction(method=ExtractionMethod.TEXT),
    )


def test_an_override_left_open_ends_with_its_text() -> None:
    lines = _article()._repr_markdown_().splitlines()
    assert lines[0] == f"# {FSI}افتتاح جسر جديد{PDI}"
    [quote_line] = [line for line in lines if line.startswith("- **")]
    assert quote_line == f"- **{FSI}Ann {RLO}Lee{PDF}{PDI}** (said): “{FSI}We open {RLO}gates today,{PDF}{PDI}”"


@pytest.mark.parametrize(("text", "written"), [
    ("Budget vote on Monday", "Budget vote on Monday"),  # (no bidi: as before)
    (f"a{PDI}b{RLO}c", f"{FSI}ab{RLO}c{PDF}{PDI}"),  # a stray closer would close the isolate around it
    (f"{RLI}x{RLO}y{PDI}z", f"{FSI}{RLI}x{RLO}y{PDI}z{PDI}"),  # a PDI closes the override opened inside its isolate
    (f"{PDF}x", f"{FSI}x{PDI}"),
])
def test_controls_are_balanced_inside_the_isolate(text: str, written: str) -> None:
    assert markdown_text(text) == written
