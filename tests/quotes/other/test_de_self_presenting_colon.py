"""German: a subject, a verb presenting it with "sich" and a word of mood, then a colon and a quote ("Hahn zeigte
sich überwältigt: „…“", "Müller gab sich zufrieden: „…“"): the quote is the subject's words. Made-up sentences;
each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Brandt zeigte sich überwältigt: „Davon habe ich als Kind schon geträumt.“", "Brandt"),
        ("Seidel gab sich nach dem Rennen zufrieden: „Mehr war heute nicht drin.“", "Seidel"),
        ("Keller äußerte sich vorsichtig: „Wir müssen die Zahlen erst prüfen.“", "Keller"),
    ],
)
def test_subject_presenting_itself_speaks(sentence: str, speaker: str) -> None:
    assert speakers(sentence, "de") == [speaker]
