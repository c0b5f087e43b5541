"""An agent noun ending as the role nouns of the lexicon do ("referee", "nominee", "weatherman") before a name
before the verb is the role, as after the verb ("said referee Mike Dean") (English).

Found by probing made-up sports and weather sentences: "“…,” referee Mike Dean told reporters" gave no role,
the walk back over the words before the name knowing fewer endings than lexicon.en.ROLE_NOUN_ENDINGS. Made-up
sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_ee_noun_before_a_name() -> None:
    assert said("“It was a clear foul,” referee Sam Kerr told reporters.", "en") == [("Sam Kerr", "referee")]


def test_a_man_noun_after_a_body_before_a_name() -> None:
    assert said("“Stay indoors,” Met Office weatherman Tom Bell said.", "en") == [("Tom Bell", "Met Office weatherman")]
