"""Chinese speakers, round 3: unnamed sources given no name, the right person of the paragraph
(made-up paragraphs; the expected speaker is the one a reader names, None for nobody named)."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import said, speakers


def _speaker_of(paragraphs: tuple[str, ...], fragment: str) -> str | None:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "zh")
    hits = [q for q in quotes if fragment in q.text]
    assert hits, [(q.kind.value, q.text) for q in quotes]
    return hits[0].speaker.name if hits[0].speaker is not None else None


@pytest.mark.parametrize(
    ("paragraph", "fragment", "speaker"),
    [
        (  # a person named as the subject of what was said is no antecedent of the next 他
            "赵德胜还说，孙立平当年写的那封信是后来补的。他甚至表示，合同也是事后签的。",
            "事后签的",
            "赵德胜",
        ),
        (  # what a document shows is the article's own account: its subject is the antecedent
            "赵德胜一直在外地。档案显示，孙立平当年没有去报名，他后来表示，名额早就定了。",
            "名额早就定了",
            "孙立平",
        ),
    ],
)
def test_antecedent_not_inside_reported_words(paragraph: str, fragment: str, speaker: str) -> None:
    assert _speaker_of((paragraph,), fragment) == speaker


def test_person_named_inside_the_quote_is_not_its_speaker() -> None:
    paragraphs = ("王丽说，那时她刚读研究生。", "刘德明表示，他只是关心学生。", "有一次下课后，刘德明坚持要开车送王丽回家，“我想坐后排，但刘德明非要我坐前面。”")
    assert _speaker_of(paragraphs, "非要我坐前面") == "王丽"


def test_quote_after_the_clause_of_its_speaker() -> None:
    paragraphs = (
        "王建华说，厂里最近不太平。刚到厂里没多久的王建华，一听这消息就急了。",
        "干了二十年的他，在二十年的打工生涯里第一次碰到降工资，他很是不解，“工资不涨就算了，怎么还要降呢”。",
    )
    assert _speaker_of(paragraphs, "怎么还要降呢") == "王建华"




@pytest.mark.parametrize(
    "paragraph",
    [
        "路易斯是一名飞弹专家。他透過電子郵件表示：「此事非同小可。」",  # 透過 (jieba: a verb) opens a phrase
        "路易斯是一名飞弹专家。他经由律师表示，此事非同小可。",
        "路易斯是一名飞弹专家。他凭借多年经验指出，此事非同小可。",
    ],
)
def test_phrase_of_means_between_subject_and_cue(paragraph: str) -> None:
    assert _speaker_of((paragraph,), "此事非同小可") == "路易斯"



def _role_of(paragraph: str, fragment: str) -> tuple[str | None, str | None]:
    quotes = [q for q in find_quotes([Block(text=paragraph)], "zh") if fragment in q.text]
    assert quotes and quotes[0].speaker is not None
    return quotes[0].speaker.name, quotes[0].speaker.role


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("北韩又试射了一枚飞弹。不过专家也慎重指出，这项技术还不成熟。", "专家"),  # an adjective before the verb
        ("北韩又试射了一枚飞弹。一名官员谨慎表示，这项技术还不成熟。", "一名官员"),
    ],
)
def test_adjective_before_the_cue_is_no_part_of_the_speaker(paragraph: str, role: str) -> None:
    assert _role_of(paragraph, "还不成熟") == (None, role)


def test_whoever_there_is_is_unnamed() -> None:
    # 有档主指… (there are stall-holders who say): 有 makes the noun after it indefinite, no one's name, even when
    # the noun is in no table of people.
    assert said("不少市民购物后赶快离开，亦有档主指生意大跌一半。") == [(None, "档主")]
    assert said("有档主表示，生意大跌一半。") == [(None, "档主")]


def test_a_kind_of_person_the_dictionary_lacks_is_no_name() -> None:
    # 档主 (stall-holder) is no word of jieba's dictionary; its last character 主 (owner), after no surname, makes
    # it a kind of person, as 员 and 工 do (快递员, 清洁工).
    assert said("档主表示，生意大跌一半。") == [(None, "档主")]
    assert said("个别档主表示，生意大跌一半。") == [(None, "个别档主")]
    assert said("当地档主表示，生意大跌一半。") == [(None, "当地档主")]
    assert said("涉事司机表示，生意大跌一半。") == [(None, "涉事司机")]  # (涉事/v: the driver involved)


def test_ordinary_people_and_people_of_an_origin_are_unnamed() -> None:
    # 老百姓, 打工仔: nouns of ordinary people; 江苏籍 (of Jiangsu), tagged a name by jieba, names no one.
    assert said("“今年收成很好。”当地老百姓说。") == [(None, "当地老百姓")]
    assert said("“今年收成很好。”香港打工仔说。") == [(None, "香港打工仔")]
    assert said("“今年收成很好。”江苏籍游客说。") == [(None, "江苏籍游客")]


def test_a_given_name_called_alone_stays_a_name() -> None:
    # 建民, 国友: given names end in 民 and 友 as nouns of people do (村民, 网友); alone before a cue they name someone.
    assert speakers("建民说，村里变化很大。") == ["建民"]
    assert speakers("国友表示，村里变化很大。") == ["国友"]
