"""“…”说这话时，王明的眼里含着泪: the person whose eyes the clause after a quote describes said it.

Every sentence is made up; quotes and speakers are read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers as _speakers


def test_tears_in_the_speakers_eyes_after_the_quote() -> None:
    assert _speakers("“我们会坚持下去。”说这话时，张建国的眼里含着泪。") == ["张建国"]
    assert _speakers("“日子会好起来的。”说这话时，李建华的眼中满是期待。") == ["李建华"]
