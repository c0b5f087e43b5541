"""The dateline: the place a story is filed from, at the start of its first paragraph.

English forms: ``"Chongqing – The forum …"``, ``"BEIJING, May 16 (Xinhua) -- …"``,
``"CHONGQING, China —"``; Chinese: ``"新华社重庆5月16日电"``, ``"本报北京5月16日电"``,
``"中新网重庆5月16日电"``; Indian: ``"NEW DELHI: …"``; Japanese and Korean agency forms: ``"【北京共同】"``,
``"[서울=뉴시스]"``. The body text is left as written; only the place is returned.

Only a place is a dateline: "中国网5月13日讯" and "新华网5月13日电" name the outlet that filed the
story and give no place, so they give None ("人民网北京5月13日电" gives 北京).
"""

from __future__ import annotations

import re

from ..lexicon.datelines import CHINESE_DATELINE as _CHINESE
from ..lexicon.datelines import DATELINE_LABELS as _CAPS_LABELS
from ..lexicon.datelines import ENGLISH_DATELINE as _ENGLISH
from ..lexicon.datelines import NOT_PLACE_OPENERS, OUTLET_ENDINGS, PLACE_CAPITALS, is_kicker
from ..lexicon.dates import MONTHS

__all__ = ["dateline_end", "find_dateline"]

# "NEW DELHI: …", "KARACHI: …" (South Asian papers): a place in capitals and a colon. Labels written the
# same way are no place ("UPDATE:", "EDITOR'S NOTE:", "DEAR ABBY:", lexicon.datelines.DATELINE_LABELS), nor is an
# agency ("PTI:").
_CAPS = rf"[{PLACE_CAPITALS}][{PLACE_CAPITALS}.'’]+"
_CAPS_COLON = re.compile(rf"^(?P<place>{_CAPS}(?:[ -]{_CAPS}){{0,2}})\s?:\s(?=\S)")
# Japanese agency datelines ("【北京共同】", "【ワシントン＝山田太郎】", "【ロンドン時事】") and Korean ones
# ("[서울=뉴시스]", "(세종=연합뉴스)"): the place, then the agency (or, in Japanese, the reporter).
_JAPANESE = re.compile(r"^【(?P<place>[^【】＝=\s]{1,12}?)(?:[＝=][^【】]{1,20}|共同|時事)】")
_KOREAN = re.compile(
    r"^[\[(](?P<place>[\uac00-\ud7a3]{1,10})\s?=\s?(?:[\uac00-\ud7a3]{0,8}(?:뉴스|뉴시스|뉴스1|일보|신문|통신|방송))[\])]"
)  # (not "[엔터미디어=정덕현 칼럼니스트]": an outlet and its writer)


def find_dateline(first_block: str) -> str | None:
    """Return the dateline place of a first paragraph, or None."""
    text = first_block[:160]
    match = _CHINESE.match(text)
    if match:
        place = match.group("place")
        return None if place.endswith(OUTLET_ENDINGS) else place
    match = _JAPANESE.match(text) or _KOREAN.match(text)
    if match:
        return match.group("place")
    match = _ENGLISH.match(text)
    if match and (match.group("month") is None or match.group("month").lower() in MONTHS):
        place = match.group("place")
        if place.split()[0] not in NOT_PLACE_OPENERS and not is_kicker(place):  # (not "EXCLUSIVE —", "BREAKING NEWS —")
            return place.title() if place.isupper() else place
    match = _CAPS_COLON.match(text)
    if match and not _CAPS_LABELS.intersection(match.group("place").split()):
        return match.group("place").title()
    return None


def dateline_end(text: str) -> int:
    """Where the words after an English dateline start ("WASHINGTON (AP) — The …", "TALLAHASSEE — …", "KUALA
    LUMPUR: The …"), or 0. Only a place in capitals or one followed by an agency in brackets counts: "Tom Hale —
    the mayor — said" opens with a name, not a place. A label in capitals and a colon is no one's words either
    ("UPDATE: The road has reopened, police said.": the words start after it), though it is no place."""
    match = _ENGLISH.match(text[:160])
    if match is None:
        return _caps_colon_end(text)
    if match.group("month") is not None and match.group("month").lower() not in MONTHS:
        return 0
    place = match.group("place")
    if place.split()[0] in NOT_PLACE_OPENERS or not (place.isupper() or match.group("agency")):
        return 0
    return match.end()


def _caps_colon_end(text: str) -> int:
    """Where the words after a place or a label in capitals and a colon start ("KUALA LUMPUR: The …", "ISLAMABAD:
    …", "UPDATE: …", "EDITOR'S NOTE: …"), or 0."""
    match = _CAPS_COLON.match(text[:160])
    return 0 if match is None else match.end()
