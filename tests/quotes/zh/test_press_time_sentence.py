"""A sentence opening with the time of the writing (截至发稿时，…, 截至记者发稿时, 截稿前) is the writer's own: a report
opening its paragraph does not run on into it. Every sentence is made up, in the shapes of county and city papers'
follow-ups on a complaint; each expected span is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import reported_zh, who_speaks


def test_a_report_stops_before_the_time_of_the_writing() -> None:
    text = "区市场监管局执法人员表示，将对该商户的违法行为依法立案调查，并将调查结果向社会公布。截至发稿时，该商户已暂停营业。"
    assert reported_zh(text) == ["将对该商户的违法行为依法立案调查，并将调查结果向社会公布。"]
    assert who_speaks(text, "zh") == ["区市场监管局执法人员"]
    text = "县住建局工作人员称，施工方将在本周内完成整改。截至本报记者发稿时，工地仍未复工。"
    assert reported_zh(text) == ["施工方将在本周内完成整改。"]


def test_traditional_forms_stop_it_too() -> None:
    # 截至發稿前 (traditional): the same lead.
    assert reported_zh("區議員表示，會繼續跟進事件。截至發稿前，涉事公司仍未回應。") == ["會繼續跟進事件。"]


def test_a_report_going_on_with_its_reasoning_still_goes_on() -> None:
    # 因此 opens the speaker's next point: no time of the writing, the report goes on.
    assert reported_zh("交通专家孙立明认为，该路段车流量大。因此，应尽快增设红绿灯。") == [
        "该路段车流量大。因此，应尽快增设红绿灯。"
    ]
