"""Hong Kong surnames that are also ordinary characters (區 "district", 源 "source") open a name where jieba's
model reads one and the name's last character is glued to the adverb before the cue (區諾/軒續/指): the whole
name speaks, not its first two characters.

Every sentence is made up; the speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_district_surname_before_went_on_to_say() -> None:
    assert speakers("立法會議員區諾軒昨日到場。區諾軒續指，政府必須盡快交代事件。") == ["區諾軒"]


def test_district_council_speaks_whole() -> None:
    assert speakers("區議會續指，政府必須盡快交代事件。") == ["區議會"]
