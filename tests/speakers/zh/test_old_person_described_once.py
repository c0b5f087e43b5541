"""老人 alone names again the one person described as old right before their name (退休教师王桂兰, 72岁的李秀珍,
年过七旬的赵德明); with two so described, or none, it stays unnamed.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_retired_teacher_is_the_old_person() -> None:
    assert speakers("退休教师王桂兰每天在公园跳舞。老人说：“跳舞让我更健康。”") == ["王桂兰"]


def test_age_of_seventy_two_is_old() -> None:
    assert speakers("72岁的李秀珍独自住在山里。老人说：“我不想给孩子添麻烦。”") == ["李秀珍"]


def test_over_seventy_is_old() -> None:
    assert speakers("年过七旬的赵德明坚持义务巡河。老人说：“河干净了，心里才踏实。”") == ["赵德明"]


def test_two_retired_people_leave_it_unnamed() -> None:
    assert speakers("退休工人刘长海和退休干部张建军一起下棋。老人说：“下棋能动脑。”") == [None]


def test_a_young_man_is_no_old_person() -> None:
    assert speakers("35岁的陈晓每天送外卖。老人说：“小伙子很勤快。”") == [None]
