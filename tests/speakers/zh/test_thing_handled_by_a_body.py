"""A clause whose subject is a thing a body handles (这批物资由县红十字会统一调配，预计…) names no body speaking for the
cue after its comma with its subject left out; and a body read there is given whole, from where its name starts
(Session 60: the speaker was "这批物资由县红十", cut inside 红十字会, and "该项目由市交通局").

Every sentence is made up, in the shape of county media-centre reports; each expected speaker is read off the
sentence.
"""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_goods_handled_by_the_red_cross() -> None:
    said = text_said_in("据悉，这批物资由县红十字会统一调配，预计本周内发放到位。")
    assert [speaker for _, speaker, _ in said] == [None]


def test_project_led_by_a_bureau() -> None:
    said = text_said_in("据了解，该项目由市交通局牵头实施，预计明年6月建成通车。")
    assert [speaker for _, speaker, _ in said] == [None]


def test_body_acting_still_speaks() -> None:
    assert text_said_in("华为公司昨日发布声明。其称，公司将依法维权。") == [("公司将依法维权。", "华为公司", None)]
