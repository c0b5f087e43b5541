"""昨 and 今 alone after a name (Hong Kong papers: 胡志偉昨指, 王明今在立法會表示) are a time word: neither the name's
end (胡志偉昨) nor one word with the preposition or the cue after them (昨在, 昨指).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_yesterday_before_the_cue_is_no_part_of_the_name() -> None:
    assert speakers("胡志偉昨指，政府應盡快交代事件。") == ["胡志偉"]


def test_yesterday_before_a_place_phrase_is_no_part_of_the_name() -> None:
    assert speakers("胡志偉昨於立法會表示，政府應盡快交代事件。") == ["胡志偉"]


def test_yesterday_glued_to_zai_is_a_time_word() -> None:
    assert said("民主黨主席胡志偉昨在電台節目上指，政府應盡快交代事件。") == [("胡志偉", "民主黨主席")]


def test_today_before_zai_is_a_time_word() -> None:
    assert speakers("王明今在立法會指，政府應盡快交代事件。") == ["王明"]
