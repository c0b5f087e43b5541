""""Eyewitnesses" and "pupils" alone as a subject are groups of people, no name: "Eyewitnesses said the bus veered off
the road" had the speaker name "Eyewitnesses"; now its role, as "Witnesses said" reads. Session 63. Made-up
sentences in the shape of Kenyan and Nigerian local pages."""

from __future__ import annotations

from tests.quote_helpers import said


def test_eyewitnesses_are_a_group() -> None:
    assert said("Eyewitnesses said the bus veered off the road at around 3am.", "en") == [(None, "Eyewitnesses")]


def test_pupils_are_a_group() -> None:
    assert said("Pupils said they had not eaten since Monday.", "en") == [(None, "Pupils")]


def test_pupils_at_a_named_school_speak_as_the_group() -> None:
    assert said("Pupils at Kisii School said they had not eaten since Monday.", "en") == [
        (None, "Pupils at Kisii School")
    ]
