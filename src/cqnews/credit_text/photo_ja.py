"""Japanese photo credits at the end of a caption: "…で、３日）＝ＡＰ", "…作業員たち。写真＝山田太郎撮影",
"…担当者＝５日午前、東京都新宿区、山田太郎撮影".

Japanese captions sign after a full-width equals sign: the agency or the taker follows it, and a photo label
("写真") written right before it after the caption's last sentence belongs to the credit. A date after the sign
("＝同国で2019年5月") is the time and place of the picture, no credit. When the time and place follow the sign,
the taker with the shot word ("撮影") after the last comma is the credit, and the time and place stay in the
caption. :mod:`cqnews.credit_text.photo` calls :func:`ja_tail` among its tail forms; every scan is bounded by a
few dozen characters from the caption's end.
"""

from __future__ import annotations

import re

from ..lexicon.credits import CJK_PHOTO_LABELS, JA_DATE_UNITS, JA_SHOT_WORD
from .photo_zh import is_zh_credit

__all__ = ["ja_tail"]


def ja_tail(text: str) -> tuple[int, str] | None:
    """G. Japanese "…で、３日）＝ＡＰ": the credit after a final full-width equals sign."""
    eq = text.rfind("＝", max(0, len(text) - 20))
    if eq > 0 and 0 < len(text) - eq - 1 <= 15 and not any(c in text[eq + 1 :] for c in "、。，,（("):
        if _JA_DATED.search(text, eq):
            return None
        start = _label_before_equals(text, eq)
        return start, text[start:]
    return _ja_taker_after_place(text)


def _label_before_equals(text: str, eq: int) -> int:
    """Where the credit before the equals sign opens: at a photo label written right before it after the caption's
    last sentence ("…作業員たち。写真＝山田太郎撮影": the credit is "写真＝山田太郎撮影", no "写真" left in the
    caption), else at the sign."""
    for label in CJK_PHOTO_LABELS:
        start = eq - len(label)
        if start > 0 and text.startswith(label, start) and text[start - 1] in _JA_LABEL_OPENERS:
            return start
    return eq


# What stands before a photo label that opens a credit: the caption's last stop or a space.
_JA_LABEL_OPENERS = "。．. 　"


_JA_PLACE_WINDOW = 60
_MAX_JA_TAKER = 12


def _ja_taker_after_place(text: str) -> tuple[int, str] | None:
    """Japanese "…担当者＝５日午前、東京都新宿区、山田太郎撮影": after the equals sign, the time and place of the
    picture, then its taker and the shot word as the last comma's part; the taker is the credit, time and place
    stay."""
    if not text.endswith(JA_SHOT_WORD):
        return None
    comma = text.rfind("、", max(0, len(text) - _MAX_JA_TAKER - 1))
    eq = text.rfind("＝", max(0, len(text) - _JA_PLACE_WINDOW), max(0, comma))
    taker = text[comma + 1 :]
    if comma < 0 or eq < 0 or len(taker) <= len(JA_SHOT_WORD) or not is_zh_credit(taker):
        return None
    return comma + 1, taker


# A date after the equals sign ("＝同国で2019年5月"): the place and time of the picture, no credit.
_JA_DATED = re.compile(r"\d[" + JA_DATE_UNITS + "]")
