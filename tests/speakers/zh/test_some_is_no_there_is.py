"""有些 ("some") opens a description; its 有 is no "there is" to drop (Chinese).

"有些家属表示，…": the role is 有些家属 (or at least a whole word of it), never 些家属, cut inside 有些.
"有专家表示" still drops "there is": 专家. Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_youxie_stays_whole() -> None:
    assert said("有些家属表示，医院应该早点通知他们。") == [(None, "有些家属")]


def test_there_is_still_goes() -> None:
    assert said("有专家表示，房价明年还会上涨。") == [(None, "专家")]
