"""Short lines that are page furniture, not article text (made-up lines)."""

from __future__ import annotations

import pytest

from cqnews.extract.boilerplate import is_boilerplate


@pytest.mark.parametrize("line", ["（c）県民新聞社", "©県民新聞社", "Copyright©2026 北部タイムス", "©2026 Town News"])
def test_a_copyright_line_without_a_space(line: str) -> None:
    # Japanese and Chinese sites write the copyright mark straight before the name or the year: such a
    # line closed the body.
    assert is_boilerplate(line)



@pytest.mark.parametrize("line", ["【字体：大 中 小】", "字号：T | T", "[字体：大 中 小] [打印本页]"])
def test_a_text_size_switcher(line: str) -> None:
    # A Chinese portal's text-size links under the article ("【字体：大 中 小】") closed the body.
    assert is_boilerplate(line)
