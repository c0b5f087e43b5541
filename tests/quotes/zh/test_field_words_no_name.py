"""Words of fields and shores that jieba tags a person's name (田埂/nr, 麦田/nr, 沙滩/nr) name no speaker a 他 or 她 could
stand for (made-up flood and farm report sentences; the expected speakers are read from them)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], "zh")]


def test_a_field_is_no_one_the_pronoun_stands_for() -> None:
    for place in ("田埂", "麦田", "沙滩"):
        text = f"洪水退去后，他蹲在{place}上，“一季的收成全没了，明年开春再种吧”，他说。"
        assert _speakers(text) == [None], place


def test_a_field_out_of_the_dictionary_is_no_name_either() -> None:
    # 田坎 is tagged a name and out of jieba's dictionary: once its tag is mended it must not pass for a made-up name
    text = "雨停了，他蹲在田坎上，“稻子倒了一大片，能扶起来的还得扶”，他说。"
    assert _speakers(text) == [None]
    text = "村民杨德富蹲在田坎上，“稻子倒了一大片，能扶起来的还得扶”，他说。"
    assert _speakers(text) == ["杨德富"]
