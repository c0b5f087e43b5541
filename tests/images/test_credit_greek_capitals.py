"""A Greek photo label in capitals, which drop the accent ("ΦΩΤΟΓΡΑΦΙΑ:", "ΦΩΤΟ:"), and the short "Φωτο:" label a
credit as "Φωτογραφία:" and "Φωτ.:" already did; "φωτογραφία" inside a sentence stays caption text. Made-up
captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Εργάτες τοποθετούν νέα σκάλα επιβίβασης στην αποβάθρα το απόγευμα της Κυριακής."


@pytest.mark.parametrize("label", ["ΦΩΤΟΓΡΑΦΙΑ:", "ΦΩΤΟ:", "Φωτο:"])
def test_greek_label_closes_the_caption(label: str) -> None:
    credit = f"{label} Ελένη Γεωργίου"
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [("Ελένη Γεωργίου", None, credit)])


def test_greek_photo_word_in_a_sentence_stays() -> None:
    written = "Η φωτογραφία δείχνει την αποβάθρα το απόγευμα της Κυριακής."
    assert caption_and_credits(written) == (written, [])
