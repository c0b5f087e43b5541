"""Where a transliterated name with an interpunct starts and ends: the characters of the transliteration table
(彼得罗娃, 约翰逊), not a preposition before a part jieba read whole (因|安娜·…), nor the words after a part read as a
place (加西亚/ns|给), nor a verb after a part read whole (马丁|辩称). Every sentence is made up; each expected speaker
is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_a_russian_womans_name_ends_with_its_last_character() -> None:
    assert said("民警安娜·彼得罗娃说：“户口本上少了一口人。”") == [("安娜·彼得罗娃", "民警")]


def test_a_preposition_before_the_name_is_no_part_of_it() -> None:
    assert speakers("因安娜·彼得罗娃在接受询问时说，还有二十多人。") == ["安娜·彼得罗娃"]


def test_the_name_after_a_place_read_part_is_another_person() -> None:
    assert speakers("玛丽亚·加西亚给索菲·马丁回了一封邮件，说：“你会后悔的。”") == ["玛丽亚·加西亚"]


def test_a_verb_of_saying_after_the_name_is_no_part_of_it() -> None:
    assert speakers("索菲·马丁辩称，自己对此毫不知情。") == ["索菲·马丁"]

