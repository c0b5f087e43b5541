"""Language detection and datelines."""

from __future__ import annotations

import pytest

from cqnews.enrich.dateline import find_dateline
from cqnews.enrich.language import detect_language, normalize_language


def test_normalize() -> None:
    assert normalize_language("zh-CN") == "zh"
    assert normalize_language("en_US") == "en"
    assert normalize_language("") is None
    assert normalize_language("x1") is None


def test_script_shortcuts() -> None:
    assert detect_language("重庆是一座山城，也是一座江城。", "en") == "zh"
    assert detect_language("東京は日本の首都です。ひらがなとカタカナ。") == "ja"
    assert detect_language("서울은 한국의 수도입니다.") == "ko"


def test_declared_language_trusted_when_script_agrees() -> None:
    assert detect_language("The forum invited more than one hundred guests to the city.", "en-US") == "en"


def test_langdetect_is_deterministic() -> None:
    text = "La ville a rouvert son ancien bac après quarante ans de fermeture, sous les applaudissements."
    assert {detect_language(text) for _ in range(5)} == {"fr"}


@pytest.mark.parametrize(
    ("first", "place"),
    [
        ("Chongqing – The 2021 Chongqing Liangjiang New Area Film Forum was held", "Chongqing"),
        ("BEIJING, May 16 (Xinhua) -- China on Sunday launched", "Beijing"),
        ("HONG KONG — Shares rose on Monday", "Hong Kong"),
        ("新华社重庆5月16日电（记者张三）两江新区", "重庆"),
        ("本报北京5月16日电 记者从国家卫健委获悉", "北京"),
        ("中新网上海5月16日电 据报道", "上海"),
        ("The forum was held on May 16 in Chongqing.", None),
        ("Photo – a view of the city", None),
    ],
)
def test_datelines(first: str, place: str | None) -> None:
    assert find_dateline(first) == place
