"""老 or 小 and a surname after a job and before the verb of saying is the speaker's familiar name, where jieba
reads it as an adjective (老黄, 小高) or glues the surname to the verb (小/黄说).
Made-up sentences; expected values read from them."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_found, said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“火候最要紧。”厨师老黄说。", ("老黄", "厨师")),
        ("“菜已经卖完了。”厨师小黄说。", ("小黄", "厨师")),
        ("“明天还要早起。”保洁小高表示。", ("小高", "保洁")),
        ("店主老黄说：“这条街的生意越来越好。”", ("老黄", "店主")),
    ],
)
def test_familiar_name_after_a_job_speaks(text: str, speaker: tuple[str, str]) -> None:
    assert said(text) == [speaker]


@pytest.mark.parametrize("text", ["这头老黄牛干活很卖力。", "他买了三小张说明书。"])
def test_no_name_without_a_verb_of_saying(text: str) -> None:
    assert quotes_found(text, "zh") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“排了一个小时队，值了。”游客小美说。", ("小美", "游客")),
        ("“我每天都来这里跑步。”女孩小美笑着说。", ("小美", "女孩")),
        ("网友小美表示，这家店的服务很贴心。", ("小美", "网友")),
    ],
)
def test_pet_name_after_a_kind_of_person_speaks(text: str, speaker: tuple[str, str]) -> None:
    assert said(text) == [speaker]
