"""A job noun after a verb or a distinguishing word that ends as a body's name does (承办/v|法官, 主办/b|检察官, 协办/v|
律师: the one charged with the case) is a job with no name, the whole phrase the role; the verb names no body, so the
phrase is no organisation's name.

Every sentence is made up; each expected name and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_judge_handling_the_case() -> None:
    assert said("承办法官表示，该案系一起典型的电信网络诈骗案件。") == [(None, "承办法官")]


def test_the_prosecutor_and_the_lawyer_handling_the_case() -> None:
    assert said("督办检察官介绍，被告人到案后如实供述了犯罪事实。") == [(None, "督办检察官")]
    assert said("协办律师指出，合同中的违约条款并不明确。") == [(None, "协办律师")]


def test_a_body_before_the_job_is_still_a_body() -> None:
    """A noun ending as a body's name does before the job (区法院|法官) is the body the job is of: a role still."""
    assert said("区法院法官表示，该案将择期宣判。") == [(None, "区法院法官")]
