"""A noun of a peer (同行, 同事, 同僚) after a place or a body names a kind of person, not someone (Chinese).

"硅谷同行认为，…": peers in Silicon Valley, a description (role), no person named 硅谷同行. Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_tonghang_after_a_place_is_a_description() -> None:
    assert said("硅谷同行认为，这家公司的技术很先进。") == [(None, "硅谷同行")]


def test_tongshi_after_a_body_is_a_description() -> None:
    assert said("公司同事表示，他平时很安静。") == [(None, "公司同事")]
