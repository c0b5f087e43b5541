"""A relative's noun as a speaker's role tells the speaker's sex ("His daughter, Ngozi Okafor-Eze, said he …"
is a she), surer than the pronoun right after the name, which may be the person the relative speaks of. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_daughter_speaking_of_her_father_is_the_later_she() -> None:
    assert speakers_in(
        'His daughter, Adaeze Nwosu-Bello, said he "lived for his patients".',
        '"He would drive out at any hour," she said.',
        language="en",
    ) == ["Adaeze Nwosu-Bello", "Adaeze Nwosu-Bello"]


def test_the_role_after_the_name() -> None:
    assert speakers_in(
        'Adaeze Nwosu-Bello, his widow, said he "never took a day off".',
        '"He loved that clinic," she said.',
        language="en",
    ) == ["Adaeze Nwosu-Bello", "Adaeze Nwosu-Bello"]
