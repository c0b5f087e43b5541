"""An Italian preposition of whence with its article opening the sentence ("Dalla Regione fanno sapere che …",
"Dal Comune fanno sapere che …") is no part of the body's name after it; a surname "Dalla" after a given name stays
("Lucio Dalla"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_whence_preposition_is_no_part_of_the_name() -> None:
    # before: "Dalla Regione", "Dal Comune"
    assert speakers("Dalla Regione fanno sapere che non c'è alcun pericolo.", "it") == ["Regione"]
    assert speakers("Dal Comune fanno sapere che la scuola riaprirà lunedì.", "it") == ["Comune"]
    assert speakers("Lucio Dalla ha detto che la canzone era finita.", "it") == ["Lucio Dalla"]
