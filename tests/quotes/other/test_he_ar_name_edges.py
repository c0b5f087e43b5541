"""Where a Hebrew or Arabic name read after (or before) a verb of saying ends: before a word opening with a
preposition joined to the article ("للسكان", to the residents; "بالنيابة", acting), an adverb or a listener of the
table ("بحزم", "لاحقا", "לתושבים", "בהתרגשות"), never running over it; a linking word and the word after it count as
one word of a name ("محمد عبد الله السيد" is whole, not cut to "محمد عبد الله"). Before, the listener was the
speaker's name ("للسكان") or its last word. Every sentence is made up in the shape of regional pages; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "ar",
            "«الطريق مغلق حتى المساء»، قال الشرطي للسكان.",
            ("الطريق مغلق حتى المساء", None, "الشرطي"),
            id="ar-listener-with-article-after-an-office",
        ),
        pytest.param(
            "ar",
            "«الطريق مغلق حتى المساء»، قال أحمد حسن للسكان.",
            ("الطريق مغلق حتى المساء", "أحمد حسن", None),
            id="ar-listener-with-article-after-a-name",
        ),
        pytest.param(
            "ar",
            "وقال سامي حداد للمراسلين: «الوضع هادئ في القرية».",
            ("الوضع هادئ في القرية", "سامي حداد", None),
            id="ar-listener-before-the-colon",
        ),
        pytest.param(
            "ar",
            "«سنعيد فتح الجسر»، قال خالد يوسف بالنيابة عن المحافظ.",
            ("سنعيد فتح الجسر", "خالد يوسف", None),
            id="ar-on-behalf-after-a-name",
        ),
        pytest.param(
            "ar",
            "«المدارس مفتوحة غدا»، قال سمير خوري بحزم.",
            ("المدارس مفتوحة غدا", "سمير خوري", None),
            id="ar-adverb-after-a-name",
        ),
        pytest.param(
            "ar",
            "وقال وزير الصحة محمد عبد الله السيد: «الوضع مستقر».",
            ("الوضع مستقر", "محمد عبد الله السيد", "وزير الصحة"),
            id="ar-linked-name-of-four-words",
        ),
        pytest.param(
            "ar",
            "«الوضع مستقر»، قال محمد عبد الله السيد.",
            ("الوضع مستقر", "محمد عبد الله السيد", None),
            id="ar-linked-name-after-the-verb",
        ),
        pytest.param(
            "he",
            '"הכביש ייפתח מחר", אמר יוסי לוי לתושבים.',
            ("הכביש ייפתח מחר", "יוסי לוי", None),
            id="he-listener-after-a-name",
        ),
        pytest.param(
            "he",
            '"הכביש ייפתח מחר", אמר ראש המועצה יוסי לוי בהתרגשות.',
            ("הכביש ייפתח מחר", "יוסי לוי", "ראש המועצה"),
            id="he-adverb-after-a-name",
        ),
        pytest.param(
            "he",
            '"הכביש ייפתח מחר", אמר לנו יוסי לוי.',
            ("הכביש ייפתח מחר", None, None),
            id="he-to-us-is-no-name",
        ),
    ],
)
def test_name_ends_before_listener_or_adverb(
    language: str, sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert text_said_in(sentence, language=language) == [expected]
