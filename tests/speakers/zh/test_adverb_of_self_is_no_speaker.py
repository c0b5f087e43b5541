"""An adverb of doing it oneself (自行, 亲自, 独自, 擅自) after the speaker is no part of it (Chinese).

"村里的地主自行宣布，…": the speaker is 村里的地主; 自行 ("on their own") says how, not who. Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_zixing_after_a_description_goes() -> None:
    assert said("村里的地主自行宣布，今年的租金要涨一倍。") == [(None, "村里的地主")]


def test_qinzi_after_a_name_goes() -> None:
    assert said("王明亲自表示，今年的租金不会上涨。") == [("王明", None)]
