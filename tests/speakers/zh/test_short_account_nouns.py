"""The short form of a body's official account and platforms jieba tags a person's name (官微, 官博, 小红书) are
accounts published on, no names: the subject before the phrase of where it was published speaks
(该企业曾在官微发布声明称 -> 该企业).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions, said


def test_a_body_on_its_official_account() -> None:
    assert mentions("该企业曾在官微发布声明称：“我们将全力配合调查。”") == ["该企业"]
    assert mentions("“我们将全力配合调查。”该企业在官微回应称。") == ["该企业"]
    assert mentions("该企业曾在官微发布声明称，将全力配合调查。") == ["该企业"]


def test_a_person_on_a_platform() -> None:
    assert said("王明在小红书上写道：“这家店不错。”") == [("王明", None)]
