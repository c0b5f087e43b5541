"""Spanish "describir" reports what was said like "explicar", in its perfect too: "“…”, ha descrito Ana Ruiz",
"“…”. Con esas palabras ha descrito Ana Ruiz …" (its participle is irregular: "descrito", not "describido", so
it is no cue read by its ending). Made-up sentences; speakers read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    "sentence",
    [
        "“Ha sido una noche muy larga para todo el pueblo”, ha descrito la alcaldesa Ana Ruiz.",
        "“Ha sido una noche muy larga para todo el pueblo”. Con esas palabras ha descrito Ana Ruiz la tormenta.",
    ],
)
def test_describir_reports_a_quote(sentence: str) -> None:
    quotes = find_quotes([Block(text=sentence)], "es")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ana Ruiz"]
