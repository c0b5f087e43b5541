"""表示 with nothing but an attitude after it (表示感谢, 表示强烈不满和坚决反对) shows a feeling and reports no
words; after a comma, or with a clause of its own, 表示 still reports.

Every sentence is made up; what is reported is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_thanks_shown_report_nothing() -> None:
    assert texts_in("王明对此表示感谢，并向大家鞠躬致意，现场掌声雷动。") == []


def test_strong_displeasure_and_opposition_report_nothing() -> None:
    assert texts_in("外交部对此表示强烈不满和坚决反对，已向对方提出严正交涉。") == []


def test_agreement_shown_reports_nothing() -> None:
    assert texts_in("王明表示同意，双方随即签署了协议，合作正式启动。") == []


def test_thanks_after_a_comma_are_reported_words() -> None:
    assert texts_in("王明表示，感谢大家多年来的支持和帮助。") == ["感谢大家多年来的支持和帮助。"]


def test_an_attitude_with_a_clause_is_reported() -> None:
    assert texts_in("王明表示担心这项政策会让更多工人失业。") == ["担心这项政策会让更多工人失业。"]
