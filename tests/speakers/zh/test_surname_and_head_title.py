"""A surname and the title of a head of a town, a district, a factory or a bank (孙镇长, 黄区长, 周厂长, 吴行长)
names again the person of that surname named before in full (镇长孙明… / 孙镇长说 -> 孙明), as 刘局长 and 王市长
do. Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_town_head() -> None:
    assert speakers_in("镇长孙明一早带队检查河堤。", "孙镇长说：“今晚谁也不能离岗。”") == ["孙明"]


def test_district_head_and_a_pronoun_after() -> None:
    said = speakers_in("区长黄晓东来到安置点。", "黄区长说：“物资已经到位。”随后他又强调：“不能漏掉一户。”")
    assert said == ["黄晓东", "黄晓东"]


def test_factory_head() -> None:
    assert speakers_in("纺织厂厂长周玉梅介绍了订单情况。", "“工人们都在加班。”周厂长说。") == ["周玉梅"]


def test_bank_head() -> None:
    assert speakers_in("支行行长吴志刚接待了记者。", "吴行长表示：“贷款会按时放下去。”") == ["吴志刚"]
