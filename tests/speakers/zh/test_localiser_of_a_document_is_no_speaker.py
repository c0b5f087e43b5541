"""A localiser that stands for a speech or a document (当中, 之中, 文中, 书中) is no speaker (Chinese).

"李明去年发表了一次讲话，当中提出“…”": 当中 ("in it") points back at the speech; the one who gave it
speaks, never "当中". Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_dangzhong_points_back_at_the_speaker() -> None:
    assert said("李明去年发表了一次讲话，当中提出“要建设一支听指挥的好队伍，这是新形势下的目标”。") == [("李明", None)]


def test_wenzhong_points_back_at_the_writer() -> None:
    assert said("王伟昨天发表了一篇文章，文中提出“城市要为老人留出更多的空间，不能只顾年轻人”。") == [("王伟", None)]


def test_shuzhong_points_back_at_the_writer() -> None:
    assert said("张华去年出版了一本新书，书中提出“城市要为老人留出更多的空间，不能只顾年轻人”。") == [("张华", None)]
