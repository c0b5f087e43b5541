"""A text dump's dateline standing alone on its line (Session 60): it opens the lede, it is no headline. Made-up
dumps."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.dateline import find_dateline

TITLE = "Harbour board approves new ferry terminal"
LEDE = (
    "The harbour board on Tuesday approved plans for a new ferry terminal on the eastern shore, officials said "
    "after a long meeting."
)


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("BEIJING, Dec. 3 (Xinhua) --", "Beijing"),
        ("WELLINGTON, New Zealand —", "Wellington"),
        ("Stavanger (NTB) –", "Stavanger"),
        ("PORTO, 4 de março (Lusa) -", "Porto"),
    ],
)
def test_a_dateline_line_opens_the_lede(dateline: str, place: str | None) -> None:
    article = cqnews.parse_text(f"{TITLE}\n\n{dateline}\n\n{LEDE}\n")
    assert article.headline == TITLE
    assert article.body[0].text == f"{dateline} {LEDE}"
    if place is not None:
        assert article.dateline == place


def test_a_dateline_line_is_no_headline_without_a_title() -> None:
    article = cqnews.parse_text(f"BEIJING, Dec. 3 (Xinhua) --\n{LEDE}\n")
    assert article.headline is None
    assert article.dateline == "Beijing"
    assert article.body[0].text.startswith("BEIJING, Dec. 3 (Xinhua) -- The harbour board")


def test_a_chinese_dateline_line_opens_the_lede() -> None:
    text = (
        "港口新码头规划获批\n\n新华社北京12月3日电\n\n"
        "港口管理委员会3日批准了在东岸新建客运码头的规划，官员在长时间会议后表示，新码头将于明年春季开工建设。\n"
    )
    article = cqnews.parse_text(text)
    assert article.headline == "港口新码头规划获批"
    assert article.dateline == "北京"
    assert article.body[0].text.startswith("新华社北京12月3日电 港口管理委员会")


def test_a_title_ending_in_a_dash_stays_the_headline() -> None:
    # A place in capitals or an agency in brackets makes a dateline; a title in title case is none.
    article = cqnews.parse_text(f"Harbour Board —\n\n{LEDE}\n")
    assert article.headline == "Harbour Board —"
    assert article.body[0].text == LEDE


# A kicker alone on its line before the lede, written in capitals with a dash as a dateline is: a label, no place
# (review of Session 60: "EXCLUSIVE —" was joined to the lede and read as the dateline "Exclusive").
@pytest.mark.parametrize("kicker", ["EXCLUSIVE —", "UPDATE -", "BREAKING NEWS —", "ANALYSIS —", "FACT CHECK —", "LIVE —"])
def test_a_kicker_line_is_no_dateline(kicker: str) -> None:
    article = cqnews.parse_text(f"{TITLE}\n\n{kicker}\n\n{LEDE}\n")
    assert article.dateline is None
    assert article.body[0].text == LEDE


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("EXCLUSIVE — The harbour board on Tuesday approved plans for a new ferry terminal.", None),
        ("BREAKING NEWS — The harbour board on Tuesday approved plans for a new ferry terminal.", None),
        ("Update (Reuters) — The harbour board on Tuesday approved plans for a new ferry terminal.", None),
        ("LIVE OAK, Fla. (AP) — The county board on Tuesday approved plans for a new library.", "Live Oak"),
        ("NEWPORT NEWS, Va. — The harbour board on Tuesday approved plans for a new ferry terminal.", "Newport News"),
    ],
)
def test_a_kicker_opening_the_lede_is_no_place(text: str, place: str | None) -> None:
    assert find_dateline(text) == place
