"""A body (or a person) publishing a notice, the notice's noun right before a colon and the quote (县公安局发布警情通报：
“…”, 区应急管理局发布预警：“…”, 该公司发布声明：“…”): the quote is the notice's words and the one publishing it speaks,
the verb of publishing the cue. Before, the quote had no speaker (the notice's noun is no cue there). Every sentence
is made up; each expected value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said, who_speaks


def test_body_publishing_a_notice() -> None:
    assert said("县公安局发布警情通报：“目前，伤者已送医救治，生命体征平稳。”") == [("县公安局", None)]
    assert said("区应急管理局发布预警：“未来三小时将有强降雨。”") == [("区应急管理局", None)]
    assert said("县公安局发出通告：“严禁酒后驾车。”") == [("县公安局", None)]


def test_body_publishing_a_statement() -> None:
    assert who_speaks("该公司发布声明：“我们从未授权任何人销售该产品。”", "zh") == ["该公司"]


def test_nobody_before_the_verb() -> None:
    assert said("发布通报：“目前，伤者已送医救治。”") == [(None, None)]


def test_body_whose_head_ends_in_suo() -> None:
    # the subject's reader drops a final 所 (他所说); a body's head ending in it keeps it (before: role 城关派出)
    assert said("城关派出所发布通报：“该男子已被依法行政拘留。”") == [("城关派出所", None)]
    assert said("市律师事务所 发布声明：“本所从未委托任何人收费。”") == [("市律师事务所", None)]
    assert said("北京市律師事務所發布聲明：“本所從未委託任何人收費。”") == [("北京市律師事務所", None)]
