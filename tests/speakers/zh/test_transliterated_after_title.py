"""A transliterated name written without an interpunct right after a title (北约秘书长斯托尔滕贝格, 欧洲央行行长拉加德)
is the whole run after the title, however the segmenter cuts it (斯托尔/滕/贝格, 拉加/德).

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_long_name_after_secretary_general() -> None:
    assert said("联盟秘书长斯托尔滕贝格14日说，联盟将继续向盟友提供援助。") == [("斯托尔滕贝格", "联盟秘书长")]


def test_a_name_of_three_after_a_bank_governor() -> None:
    assert said("中央银行行长拉加德表示，通胀仍将在较长时间内高于目标。") == [("拉加德", "中央银行行长")]
