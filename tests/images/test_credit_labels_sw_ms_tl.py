"""Photo labels of Swahili ("Picha:"), Malay and Indonesian ("Gambar:") and Tagalog ("Larawan:", "Kuha:", "Kuha ni …",
taken by) after a caption's last sentence: the label opens the credit and is no organisation (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wakazi wa mtaa walikusanyika uwanjani. Picha: Amina Hassan",
         ("Wakazi wa mtaa walikusanyika uwanjani.", [("Amina Hassan", None)])),
        ("Wakazi wa mtaa walikusanyika uwanjani. (Picha: Maktaba)",
         ("Wakazi wa mtaa walikusanyika uwanjani.", [(None, "Maktaba")])),
        ("Orang ramai beratur di hadapan dewan. Gambar: Bernama",
         ("Orang ramai beratur di hadapan dewan.", [(None, "Bernama")])),
        ("Nagtipon ang mga residente sa plaza. Kuha ni Juan Dela Cruz",
         ("Nagtipon ang mga residente sa plaza.", [("Juan Dela Cruz", None)])),
        ("Nagtipon ang mga residente sa plaza. (Kuha ni Juan Dela Cruz)",
         ("Nagtipon ang mga residente sa plaza.", [("Juan Dela Cruz", None)])),
        ("Nagtipon ang mga residente sa plaza. Larawan: Maria Santos",
         ("Nagtipon ang mga residente sa plaza.", [("Maria Santos", None)])),
    ],
)
def test_label_opens_the_credit(text: str, expected: tuple[str | None, list[tuple[str | None, str | None]]]) -> None:
    assert _typed(text) == expected


def test_the_by_word_needs_a_name_after_it() -> None:
    # "ni" before a lower-case word is no credit's "by"
    caption, credits = split_photo_credit("Nagtipon ang mga residente. Kuha ni lola ang larawan")
    assert credits == []
    assert caption == "Nagtipon ang mga residente. Kuha ni lola ang larawan"
