"""A speaker citing someone's words before the cue (媒体援引消息人士的话说, 该报引述一名官员的话说): the words are
the one's cited, who is the speaker's mention, as after 用…的话说.

Every sentence is made up; each expected mention is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions


def test_media_citing_sources() -> None:
    assert mentions("英国媒体援引消息人士的话说，首相将在下周宣布辞职。") == ["消息人士"]


def test_an_agency_citing_an_official() -> None:
    assert mentions("美联社援引一名官员的话说，救援工作仍在进行。") == ["一名官员"]


def test_a_paper_quoting_a_senior_official() -> None:
    assert mentions("该报引述一名高级官员的话说，谈判已经取得进展。") == ["一名高级官员"]


def test_citing_with_the_aspect_particle() -> None:
    assert mentions("这家公司援引了其创始人的话称，公司不会上市。") == ["其创始人"]


def test_an_outlet_reporting_the_words_it_cites() -> None:
    # 路透社援引知情人士(的话)报道称: the agency reports, the words are the source's.
    assert mentions("路透社援引知情人士的话报道称，这家公司正考虑出售部分资产。") == ["知情人士"]
    assert mentions("彭博社援引两名消息人士报道称，该银行将裁员一千人。") == ["两名消息人士"]


def test_a_report_citing_no_one_keeps_its_outlet() -> None:
    assert mentions("新华社报道称，这座大桥已正式通车。") == ["新华社"]
