"""A page in traditional characters is read as the same page in simplified ones: the words the speaker readers look
for in the page's own text are found in either script (made-up paragraphs; the speakers are read from them)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import speakers_in, text_said_in


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


def _said(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return text_said_in(*paragraphs)


def test_a_second_clause_after_bing_in_traditional_characters_is_the_same_unnamed_speakers() -> None:
    # ，並指… goes on with the resident who 表示 the first clause, as ，并指… does: not the councillor quoted before.
    article = ("區議員陳大文昨日到場視察，他表示：「我會跟進。」", "有居民表示，大廈的升降機經常故障，並指管理公司一直沒有跟進。")
    assert _said(*article) == [
        ("我會跟進。", "陳大文", None),
        ("大廈的升降機經常故障", None, "居民"),
        ("管理公司一直沒有跟進。", None, "居民"),
    ]


def test_a_directive_or_wish_in_traditional_characters_goes_on_with_the_report() -> None:
    # 必須… and 建議… open sentences of the speaker's reasoning in either script; 不過，… is the writer's again.
    must = "王明華表示，政府應盡快撥款興建新校舍。必須在年底前完成工程。不過，當局至今未有回應。"
    assert [q.text for q in find_quotes([Block(text=must)], "zh")] == ["政府應盡快撥款興建新校舍。必須在年底前完成工程。"]
    wish = "王明華表示，政府應盡快撥款興建新校舍。建議當局在年底前完成工程。不過，當局至今未有回應。"
    assert [q.text for q in find_quotes([Block(text=wish)], "zh")] == ["政府應盡快撥款興建新校舍。建議當局在年底前完成工程。"]


def test_a_short_quote_said_over_and_over_in_traditional_characters_is_the_speakers() -> None:
    # 說著 is 说着: the cue goes on with its aspect particle and the sentence ends, the short quote before is his.
    assert speakers_in("「沒有了」，王建國反復說著。") == ["王建國"]


def test_a_company_named_again_by_a_pointer_in_traditional_characters_is_the_one_named_before() -> None:
    # 該公司 / 這家公司 in the paragraph after the company's full name stand for it, as 该公司 does.
    assert speakers_in("華為技術有限公司昨日發布新手機。", "該公司表示，新手機的銷量比預期理想，將會增加生產。") == [
        "華為技術有限公司"
    ]
    assert speakers_in("華為技術有限公司昨日發布新手機，價格比去年低。", "這家公司表示，新手機的銷量比預期理想。") == [
        "華為技術有限公司"
    ]
