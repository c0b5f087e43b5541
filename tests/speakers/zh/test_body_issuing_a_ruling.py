"""A ruling, an indictment or a statement of facts read right after the body issuing it (该县人民法院一审判决认为,
台北地检署起诉书指出, 涉事学校发布情况说明称): the body speaks, not its document (Session 60: the speaker was
"一审判决" with the court as its role, or the whole "台北地检署起诉书").

Every sentence is made up, in the shape of county court news, Taiwan papers and school notices; each expected
speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_court_of_first_instance() -> None:
    assert text_said_in("该县人民法院一审判决认为，被告人周某的行为构成诈骗罪。") == [
        ("被告人周某的行为构成诈骗罪。", "该县人民法院", None)
    ]


def test_court_of_second_instance() -> None:
    assert text_said_in("市中级人民法院二审判决认为，原判认定事实清楚。") == [
        ("原判认定事实清楚。", "市中级人民法院", None)
    ]


def test_prosecutors_indictment() -> None:
    assert text_said_in("台北地检署起诉书指出，被告利用职务之便收受贿赂。") == [
        ("被告利用职务之便收受贿赂。", "台北地检署", None)
    ]


def test_school_publishing_a_statement_of_facts() -> None:
    assert text_said_in("涉事学校发布情况说明称，该生已被送往医院治疗。") == [
        ("该生已被送往医院治疗。", "涉事学校", None)
    ]
