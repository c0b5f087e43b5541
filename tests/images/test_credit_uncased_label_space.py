"""A photo label of a script without capitals, a space and the taker's name, no colon ("… الجسر. تصوير أحمد علي",
"(تصوير أحمد علي)"), closes the caption as a credit: the script has no capitals to tell a name, the label tells it,
as "PHOTO MARIA ORTIZ" in capitals does. Before, the label and the name stayed caption text. The label before one
word ("تصوير جوي", aerial photography) stays caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "عمال يرفعون آخر عارضة فولاذية على الجسر الجديد بعد ظهر الثلاثاء."


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("تصوير أحمد علي", "أحمد علي"),
        ("(تصوير أحمد علي)", "أحمد علي"),
        ("تصوير محمود حسن", "محمود حسن"),
    ],
)
def test_uncased_label_and_name_close_the_caption(credit: str, name: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, None, credit)])


def test_label_before_one_word_stays_caption_text() -> None:
    written = f"{_CAPTION} تصوير جوي"
    assert caption_and_credits(written) == (written, [])
