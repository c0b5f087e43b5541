"""Arabic: a name of four parts (given name, father's, grandfather's and family name) ending the phrase after a verb
of saying is read whole ("قال محمد أحمد علي حسن." → محمد أحمد علي حسن; before, the name was cut after its third
part). The fourth word is no name's part where it is an adverb (an accusative ending in alif: "مجددا"), an office
or a word with the article (a weekday, a description: "الأربعاء"), and a name of three parts followed by a
preposition stays of three. Every sentence is made up in the shape of regional pages in no corpus; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "\"سنواصل العمل في المشروع\"، قال محمد أحمد علي حسن.",
            ("سنواصل العمل في المشروع", "محمد أحمد علي حسن", None),
            id="after-the-quote",
        ),
        pytest.param(
            "وقال خالد سعيد يوسف منصور: \"الطريق سيفتح غدا\".",
            ("الطريق سيفتح غدا", "خالد سعيد يوسف منصور", None),
            id="before-a-colon",
        ),
        pytest.param(
            "\"المياه عادت إلى الحي\"، قال رئيس البلدية سامي خليل ناصر جابر.",
            ("المياه عادت إلى الحي", "سامي خليل ناصر جابر", "رئيس البلدية"),
            id="after-an-office",
        ),
        pytest.param(
            "\"سنواصل العمل\"، قال محمد أحمد علي حسن للصحفيين.",
            ("سنواصل العمل", "محمد أحمد علي حسن", None),
            id="before-a-listener",
        ),
        pytest.param(
            "\"سنواصل العمل\"، قالت فاطمة عبد الله محمود سالم.",
            ("سنواصل العمل", "فاطمة عبد الله محمود سالم", None),
            id="with-a-linking-word",
        ),
    ],
)
def test_a_four_part_name_ending_the_phrase_is_read_whole(sentence: str, expected: tuple[str, str, str | None]) -> None:
    assert text_said_in(sentence, language="ar") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "\"سنواصل العمل\"، قال محمد أحمد علي.",
            ("سنواصل العمل", "محمد أحمد علي", None),
            id="three-parts",
        ),
        pytest.param(
            "\"سنواصل العمل\"، قال محمد أحمد علي مجددا.",
            ("سنواصل العمل", "محمد أحمد علي", None),
            id="adverb-after",
        ),
        pytest.param(
            "\"سنواصل العمل\"، قال محمد أحمد علي الأربعاء.",
            ("سنواصل العمل", "محمد أحمد علي", None),
            id="weekday-after",
        ),
        pytest.param(
            "\"سنواصل العمل\"، قال محمد أحمد علي المتحدث باسم البلدية.",
            ("سنواصل العمل", "محمد أحمد علي", None),
            id="office-after",
        ),
    ],
)
def test_a_word_that_is_no_name_after_three_parts_is_left_out(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    assert text_said_in(sentence, language="ar") == [expected]
