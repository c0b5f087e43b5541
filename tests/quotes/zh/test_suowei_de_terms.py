"""所谓的“…”: a quote after 所谓 with its 的 is a term like one after 所谓 alone, not speech, however long. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import direct_texts


def test_a_long_quote_after_suowei_de_is_a_term() -> None:
    assert direct_texts("王明表示，所谓的“全面脱钩，重新建立供应链”是行不通的。", "zh") == []
    assert direct_texts("李华说，所谓的“先污染，后治理，再慢慢想办法解决问题”的老路走不通。", "zh") == []
    # (所謂的 in traditional characters reads the same)
    assert direct_texts("王明表示，所謂的「全面脫鉤，重新建立供應鏈」是行不通的。", "zh") == []
