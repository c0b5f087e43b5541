"""An informal noun that renames a title ("the skipper" for a captain, "the boss" for a manager) after "the" is the
person last named with that title ("Captain Rohit Sharma", "Arsenal manager Mikel Arteta"), as "the captain" already
was; a person of another title is not it. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_the_skipper_after_a_captain() -> None:
    first = "Captain Rohit Sharma praised the bowlers after the win in Pune."
    second = "“They were superb from the first over,” the skipper said."
    assert speakers_in_en(first, second) == ["Rohit Sharma"]


def test_the_boss_after_a_manager_with_his_club() -> None:
    first = "Harbour City manager Tom Kinsella praised the defence after the draw."
    second = "“They were superb,” the Harbour City boss said."
    assert speakers_in_en(first, second) == ["Tom Kinsella"]


def test_the_skipper_is_no_striker() -> None:
    first = "Harbour City striker Tom Kinsella praised the defence after the draw."
    second = "“They were superb,” the skipper said."
    assert speakers_in_en(first, second) == [None]
