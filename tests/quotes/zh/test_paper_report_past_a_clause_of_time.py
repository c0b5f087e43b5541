"""A paper's report (美联社报道，…, 据新华社报道，…) whose clause opens with a clause of time alone and then a speaker
and a cue of his own (…，当地时间周二，总统拜登表示，…) relays that speaker's words: the clause of time is the day he
spoke, no words of the paper (Session 60: it was a quote "当地时间周二" credited to the agency).

Every sentence is made up, in the shape of international desks of Chinese papers; each expected quote is read off
the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_agency_report_past_a_weekday() -> None:
    assert text_said_in("美联社报道，当地时间周二，总统拜登表示，美国将继续支持乌克兰。") == [
        ("美国将继续支持乌克兰。", "拜登", "总统")
    ]


def test_framed_report_past_a_date() -> None:
    assert text_said_in("据新华社报道，当地时间4月2日，联合国秘书长古特雷斯表示，各方应保持克制。") == [
        ("各方应保持克制。", "古特雷斯", "联合国秘书长")
    ]


def test_report_of_an_event_after_a_date_stays_the_papers() -> None:
    assert text_said_in("据央视新闻报道，本月15日，该市发生一起交通事故。") == [
        ("本月15日，该市发生一起交通事故。", "央视新闻", None)
    ]
