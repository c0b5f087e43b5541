"""German capitalises every noun, so a description's phrase ends at a lower-case word right after a noun (a verb
or an adverb follows it: "sagte der Feuerwehrsprecher weiter"); a genitive's article ("der Sprecher der Polizei")
and "und" between two nouns go on. Made-up sentences; roles read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("„Wir haben das Feuer unter Kontrolle“, sagte der Feuerwehrsprecher weiter.", "der Feuerwehrsprecher"),
        ("„Das ist neu“, sagte der Sprecher des Daily Star gestern.", "der Sprecher des Daily Star"),
        ("„Das Wasser steigt“, erklärte der Sprecher der Polizei am Abend.", "der Sprecher der Polizei"),
        ("Laut einer Warnmeldung besteht „extreme Gefahr“.", "einer Warnmeldung"),
    ],
)
def test_a_description_ends_at_a_lower_case_word_after_a_noun(sentence: str, role: str) -> None:
    roles = {q.speaker.role for q in find_quotes([Block(text=sentence)], "de") if q.speaker}
    assert roles == {role}
