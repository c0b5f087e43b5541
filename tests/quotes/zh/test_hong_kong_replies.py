"""Hong Kong government replies: 運輸署回覆查詢時指，… (回覆 and 答覆 stay so in simplified characters, unlike 回复):
the department answering speaks the clause after the cue (made-up paragraphs in traditional characters)."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_department_replying_to_an_enquiry() -> None:
    p = "運輸署回覆查詢時指，有關路段的交通燈將於下月更換。"
    assert quotes_found(p, "zh") == [("indirect", "有關路段的交通燈將於下月更換。", "運輸署")]


def test_department_replying_to_the_papers_enquiry_earlier() -> None:
    p = "食環署早前回覆本報查詢時表示，已派員到場視察，並會加強巡查。"
    assert quotes_found(p, "zh") == [("indirect", "已派員到場視察，並會加強巡查。", "食環署")]


def test_department_answering_a_question_in_council() -> None:
    p = "房屋署在答覆議員質詢時表示，會繼續跟進屋邨的維修工程。"
    assert quotes_found(p, "zh") == [("indirect", "會繼續跟進屋邨的維修工程。", "房屋署")]
