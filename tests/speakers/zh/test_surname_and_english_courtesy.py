"""Hong Kong writes an English courtesy word after a surname (陳Sir for a police officer or a teacher, 李Madam): the
two are the name; Sir alone is no one's name, and the surname is no part of the role.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_social_worker_called_sir() -> None:
    assert said("社工陳Sir表示，青少年需要更多支援。") == [("陳Sir", "社工")]


def test_a_superintendent_called_madam() -> None:
    assert said("高級警司李Madam表示：「警方會嚴正執法。」") == [("李Madam", "高級警司")]


def test_a_latin_given_name_after_a_title_stays() -> None:
    assert said("會長Ivan表示，會員需要更多支援。") == [("Ivan", "會長")]
