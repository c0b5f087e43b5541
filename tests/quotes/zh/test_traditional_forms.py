"""A page in traditional characters is read as the same page in simplified ones: the words the speaker readers look
for in the page's own text are found in either script (made-up paragraphs; the speakers are read from them)."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_they_in_traditional_characters_is_no_he_a_pronoun_chain_goes_through() -> None:
    # 他們 (they) in the paragraph before 他說 is no 他 going on from the one before it: the retired driver named
    # there does not speak; the factory manager who was speaking does.
    article = (
        "廠長李華昨日接受訪問，他表示：「工廠今年訂單充足。」",
        "王明是廠裡的一名司機，已經退休多年。",
        "工人每天早上五點上班，他們的工資去年加了一成。",
        "他說：「明年還會再加人工。」",
    )
    assert speakers_in(*article) == ["李華", "李華"]


def test_they_in_simplified_characters_likewise() -> None:
    article = (
        "厂长李华昨日接受访问，他表示：“工厂今年订单充足。”",
        "王明是厂里的一名司机，已经退休多年。",
        "工人每天早上五点上班，他们的工资去年加了一成。",
        "他说：“明年还会再加人工。”",
    )
    assert speakers_in(*article) == ["李华", "李华"]
