"""The shapes of a dateline at the start of a story's first paragraph (read by :mod:`cqnews.enrich.dateline`), and
of a dateline standing alone on a line of a text dump (``"BEIJING, Dec. 3 (Xinhua) --"``, ``"新华社北京12月3日电"``;
read by :mod:`cqnews.extract.plaintext`, which joins it to the lede)."""

from __future__ import annotations

import re

__all__ = [
    "CHINESE_DATELINE",
    "DATELINE_LABELS",
    "DATELINE_LINE_END",
    "ENGLISH_DATELINE",
    "ENGLISH_DATELINE_LINE",
    "PLACE_CAPITALS",
    "is_kicker",
]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# The capitals a place's name opens with: Latin ones with their accents ("ZÜRICH", "ŁÓDŹ", "SÃO PAULO", "Évora"),
# Greek and Cyrillic ("ΑΘΗΝΑ", "КИЇВ"); the letters after them are any letters ("Tromsø").
_CAPITAL_RANGES = ((0xC0, 0x250), (0x386, 0x3AC), (0x400, 0x430))
PLACE_CAPITALS = "A-Z" + "".join(c for lo, hi in _CAPITAL_RANGES for c in map(chr, range(lo, hi)) if c.isupper())
_WORD = rf"[{PLACE_CAPITALS}](?:[^\W\d_]|[.'’])*"
_PLACE = rf"{_WORD}(?:[ -]{_WORD}){{0,3}}"
# A day written before its month, in any language of lexicon.dates ("PARIS, 5 mars (Reuters) -",
# "Murcia, 12 may (EFE).-"): the word is checked against MONTHS.
_DAY_MONTH = r"\d{1,2}\.?\s(?:de\s)?(?P<month>[^\W\d_]{3,12})\.?"
_ENGLISH_HEAD = (
    rf"^(?P<place>{_PLACE})(?:,\s(?:{_PLACE}))?"
    rf"(?:,\s(?:{_MONTH}\s\d{{1,2}}|{_DAY_MONTH})(?:,?\s\d{{4}})?)?"
    r"(?P<agency>\s\([A-Za-z .]{2,30}\))?"
)
ENGLISH_DATELINE = re.compile(_ENGLISH_HEAD + r"\s?(?:[–—]|--|-\s|\.-)\s?(?=\S)")
"""An English dateline opening a paragraph: a place, perhaps a region and a day, an agency, a dash."""
ENGLISH_DATELINE_LINE = re.compile(_ENGLISH_HEAD + r"\s?(?:[–—]|--|-|\.-)\s*$")
"""The same standing alone on a line, its dash ending the line."""
CHINESE_DATELINE = re.compile(
    # ("据新华社北京5月16日电": citing the agency's dateline; "经济日报北京5月16日讯": a paper's name before the place)
    r"^[（(【]?据?(?:新华社|本报|人民网|中新网|中新社|央视网|光明网|中国日报网|华龙网|上游新闻|新京报|澎湃新闻"
    r"|[\u4e00-\u9fff]{1,6}网|[\u4e00-\u9fff]{1,6}(?:日报|晚报|早报|时报|商报|电视台))?"
    r"(?:记者)?(?P<place>[\u4e00-\u9fff]{2,8}?)\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s?(?:电|讯|消息)"
)
"""A Chinese dateline: an outlet, a place and a day, then 电, 讯 or 消息."""
DATELINE_LINE_END = re.compile(r"[\s\u3000]*[)）】]?[\s\u3000]*$")
"""What may follow a Chinese dateline standing alone on a line (a closing bracket, blanks)."""

# Labels written in capitals where a dateline's place stands, before a colon or a dash ("UPDATE:", "EDITOR'S NOTE:",
# "EXCLUSIVE —"), and the agencies (a dateline's agency follows its place, in brackets).
DATELINE_LABELS = frozenset(
    """UPDATE UPDATED BREAKING WATCH EXCLUSIVE WARNING NOTE CORRECTION SPOILER SPOILERS LISTEN READ PHOTO PHOTOS
    VIDEO FILE FLASHBACK ANALYSIS COMMENT OPINION REVIEW INTERVIEW LIVE ALERT EDITOR'S EDITORS SOURCE SOURCES
    DISCLAIMER DISCLOSURE PS FYI TL;DR Q A DEAR AP AFP REUTERS UPI PTI IANS ANI DPA EFE ANSA XINHUA TASS""".split()
)
# Words that make a label only with another ("BREAKING NEWS", "FACT CHECK"): alone or with a place they are none
# ("NEWPORT NEWS").
_KICKER_WORDS = DATELINE_LABELS | frozenset(("NEWS", "FACT", "CHECK"))


def is_kicker(place: str) -> bool:
    """A dateline's place that is only a label ("EXCLUSIVE", "BREAKING NEWS", "Fact Check"), a kicker above the lede:
    every word is one, so a place holding a label's word stays ("LIVE OAK", "WATCH HILL", "NEWPORT NEWS")."""
    words = place.upper().split()
    return bool(words) and _KICKER_WORDS.issuperset(words)


# What outlets end their names with (网, 新华社, 中新社, 日报, 晚报, 客户端, 新闻, 电视台): no place
# name ends so. "台" alone is not one of them (烟台, 邢台 are cities).
OUTLET_ENDINGS = ("网", "社", "报", "客户端", "新闻", "电视台", "电台", "频道", "杂志")
# Words opening an English dateline's place that open no place ("The", "Photo", "Update"; an honorific opens a
# person's name).
NOT_PLACE_OPENERS = frozenset(
    {"The", "A", "An", "In", "On", "At", "By", "Photo", "Editor", "Source", "Update", "Updated", "Watch"}
    # an honorific opens a person's name ("Mr Smith - who lives nearby - said …"), never a place's
    | {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Rev", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."}
)
