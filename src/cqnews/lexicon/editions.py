"""Print-edition notes: the line a newspaper's online copy ends with to name the paper and its page.

Both the body clean-up (:mod:`cqnews.extract.boilerplate`, which sets such a line aside) and the
credit reader (:mod:`cqnews.enrich.credits.bylines`, which makes it a source credit) read this pattern.
"""

from __future__ import annotations

import re

__all__ = ["PRINT_EDITION"]

# "《 人民日报 》（ 2024年05月10日   04 版）", "《光明日报》（2024年05月20日 03版）".
PRINT_EDITION = re.compile(
    r"^\s*《\s*(?P<paper>[^》\s][^》]{0,29}?)\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]\s*$"
)
"""A newspaper's print-edition note, a source credit naming the paper (group ``paper``)."""
