"""宣判 (to pronounce a verdict) reports the verdict quoted right after it (审判长当庭宣判：“…”): the one on the bench
speaks it. Before, 宣判 was no cue: the quote had no speaker, or was dropped. Without a quote (法院于昨日宣判，…) it
reports nothing. Every sentence is made up; each expected value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_verdict_after_the_bench() -> None:
    assert said("审判长当庭宣判：“被告人张某犯盗窃罪，判处有期徒刑三年。”") == [(None, "审判长")]
    assert said("法官当庭宣判：“被告人无罪。”") == [(None, "法官")]
    assert said("法官宣判：「被告罪名成立，判處監禁兩年。」") == [(None, "法官")]


def test_verdict_without_quote_is_no_report() -> None:
    assert said("法院于昨日宣判，被告人王某犯故意伤害罪，判处有期徒刑三年。") == []
